;; A trapping float-to-int truncation.
(module (func (export "f") (param f32) (result i32) local.get 0 i32.trunc_f32_s))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, s390x-unknown-linux-gnu: 38 instructions, 194 bytes
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff30           agfi %r14, -0xd0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece100494065           clgrjl %r14, %r1, 0xb2
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e70000000856           vlr %v16, %v0
;;   @0022: i32.trunc_f32_s
;;      40: e70000000456           vlr %v0, %v16
;;      46: e700000020cb           wfcsb %f0, %f0
;;      4c: a7290000               lghi %r2, 0
;;      50: ec2700010046           locghine %r2, 1
;;      56: ec27002c007e           cij %r2, 0, 7, 0xae
;;      5c: c011cf000001           lgfi %r1, -0x30ffffff
;;      62: e71100002022           vlvgf %v1, %r1, 0
;;      68: e701000020cb           wfcsb %f0, %f1
;;      6e: a7290000               lghi %r2, 0
;;      72: ec2200010046           locghih %r2, 1
;;      78: ec28001c007e           cije %r2, 0, 0xb0
;;      7e: c0114f000000           lgfi %r1, 0x4f000000
;;      84: e71100002022           vlvgf %v1, %r1, 0
;;      8a: e701000020cb           wfcsb %f0, %f1
;;      90: a7290000               lghi %r2, 0
;;      94: ec2400010046           locghil %r2, 1
;;      9a: ec28000b007e           cije %r2, 0, 0xb0
;;      a0: b3985020               cfebr %r2, 5, %f0
;;   @0023: end
;;      a4: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      aa: 07fe                   br %r14
;;   @001f: (func (;0;) (type 0) (param f32) (result i32)
;;      ac: 0000                   .insn e,0
;;   @0022: i32.trunc_f32_s
;;      ae: 0000                   .insn e,0
;;      b0: 0000                   .insn e,0
;;      b2: a7fbff60               aghi %r15, -0xa0
;;      b6: e3b0f0000024           stg %r11, 0(%r15)
;;      bc: c0f4fffffff8           jg 0xac
