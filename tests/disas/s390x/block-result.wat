;; A block result carried by a branch.
(module (func (export "f") (param i32) (result i32) block (result i32) i32.const 7 local.get 0 br_if 0 drop i32.const 9 end))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, s390x-unknown-linux-gnu: 24 instructions, 118 bytes
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff20           agfi %r14, -0xe0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece100234065           clgrjl %r14, %r1, 0x66
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e370bfe8ff24           stg %r7, -0x18(%r11)
;;      40: b9040074               lgr %r7, %r4
;;   @0026: br_if 0 (;@1;)
;;      44: ec780007007e           cije %r7, 0, 0x52
;;      4a: a7290007               lghi %r2, 7
;;      4e: a7f40004               j 0x56
;;   @002b: end
;;      52: a7290009               lghi %r2, 9
;;   @002c: end
;;      56: e370bfe8ff04           lg %r7, -0x18(%r11)
;;      5c: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      62: 07fe                   br %r14
;;   @001f: (func (;0;) (type 0) (param i32) (result i32)
;;      64: 0000                   .insn e,0
;;      66: a7fbff60               aghi %r15, -0xa0
;;      6a: e3b0f0000024           stg %r11, 0(%r15)
;;      70: c0f4fffffffa           jg 0x64
