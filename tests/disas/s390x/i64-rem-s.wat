;; i64.rem_s: INT_MIN % -1 is 0, not a trap.
(module (func (export "f") (param i64 i64) (result i64) local.get 0 local.get 1 i64.rem_s))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, s390x-unknown-linux-gnu: 33 instructions, 158 bytes
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff10           agfi %r14, -0xf0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece100374065           clgrjl %r14, %r1, 0x8e
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e370bfe8ff24           stg %r7, -0x18(%r11)
;;      40: e380bfe0ff24           stg %r8, -0x20(%r11)
;;      46: b9040074               lgr %r7, %r4
;;      4a: b9040085               lgr %r8, %r5
;;   @0025: i64.rem_s
;;      4e: b9040028               lgr %r2, %r8
;;      52: b9040037               lgr %r3, %r7
;;      56: ec28001b007c           cgije %r2, 0, 0x8c
;;      5c: b9040013               lgr %r1, %r3
;;      60: a72fffff               cghi %r2, -1
;;      64: ec1800000046           locghie %r1, 0
;;      6a: b90d0002               dsgr %r0, %r2
;;      6e: b9040030               lgr %r3, %r0
;;   @0026: end
;;      72: b9040023               lgr %r2, %r3
;;      76: e370bfe8ff04           lg %r7, -0x18(%r11)
;;      7c: e380bfe0ff04           lg %r8, -0x20(%r11)
;;      82: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      88: 07fe                   br %r14
;;   @0020: (func (;0;) (type 0) (param i64 i64) (result i64)
;;      8a: 0000                   .insn e,0
;;   @0025: i64.rem_s
;;      8c: 0000                   .insn e,0
;;      8e: a7fbff60               aghi %r15, -0xa0
;;      92: e3b0f0000024           stg %r11, 0(%r15)
;;      98: c0f4fffffff9           jg 0x8a
