;; The sign-extension operators.
(module (func (export "f") (param i32 i64) (result i64) local.get 0 i32.extend8_s i32.extend16_s i64.extend_i32_s local.get 1 i64.extend32_s i64.add))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, s390x-unknown-linux-gnu: 30 instructions, 144 bytes
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff10           agfi %r14, -0xf0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece100304065           clgrjl %r14, %r1, 0x80
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e370bfe8ff24           stg %r7, -0x18(%r11)
;;      40: e380bfe0ff24           stg %r8, -0x20(%r11)
;;      46: b9040074               lgr %r7, %r4
;;      4a: b9040085               lgr %r8, %r5
;;   @0023: i32.extend8_s
;;      4e: b9040027               lgr %r2, %r7
;;      52: b9060022               lgbr %r2, %r2
;;   @0024: i32.extend16_s
;;      56: b9070022               lghr %r2, %r2
;;   @0025: i64.extend_i32_s
;;      5a: b9140022               lgfr %r2, %r2
;;   @0028: i64.extend32_s
;;      5e: b9040038               lgr %r3, %r8
;;      62: b9140033               lgfr %r3, %r3
;;   @0029: i64.add
;;      66: b9e83022               agrk %r2, %r2, %r3
;;   @002a: end
;;      6a: e370bfe8ff04           lg %r7, -0x18(%r11)
;;      70: e380bfe0ff04           lg %r8, -0x20(%r11)
;;      76: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      7c: 07fe                   br %r14
;;   @0020: (func (;0;) (type 0) (param i32 i64) (result i64)
;;      7e: 0000                   .insn e,0
;;      80: a7fbff60               aghi %r15, -0xa0
;;      84: e3b0f0000024           stg %r11, 0(%r15)
;;      8a: c0f4fffffffa           jg 0x7e
