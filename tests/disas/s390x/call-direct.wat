;; A direct call.
(module (func $callee (param i32) (result i32) local.get 0) (func (export "f") (param i32) (result i32) local.get 0 i32.const 1 i32.add call $callee))

;; ==== kindling disas ====
;; wasm[0]::function[0] (callee): kindling, s390x-unknown-linux-gnu: 21 instructions, 104 bytes
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff30           agfi %r14, -0xd0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece1001c4065           clgrjl %r14, %r1, 0x58
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e370bfe8ff24           stg %r7, -0x18(%r11)
;;      40: b9040074               lgr %r7, %r4
;;   @0023: end
;;      44: b9040027               lgr %r2, %r7
;;      48: e370bfe8ff04           lg %r7, -0x18(%r11)
;;      4e: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      54: 07fe                   br %r14
;;   @0020: (func $callee (;0;) (type 0) (param i32) (result i32)
;;      56: 0000                   .insn e,0
;;      58: a7fbff60               aghi %r15, -0xa0
;;      5c: e3b0f0000024           stg %r11, 0(%r15)
;;      62: c0f4fffffffa           jg 0x56
;; wasm[0]::function[1] (f): kindling, s390x-unknown-linux-gnu: 26 instructions, 130 bytes
;;   @0020: (func $callee (;0;) (type 0) (param i32) (result i32)
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff20           agfi %r14, -0xe0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece100294065           clgrjl %r14, %r1, 0x72
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e370bfe8ff24           stg %r7, -0x18(%r11)
;;      40: b9040074               lgr %r7, %r4
;;   @002a: i32.add
;;      44: e32070010071           lay %r2, 1(%r7)
;;   @002b: call $callee
;;      4a: b904003d               lgr %r3, %r13
;;      4e: b9040042               lgr %r4, %r2
;;      52: b904002d               lgr %r2, %r13
;;      56: c0e5ffffff9d           brasl %r14, -0x70
;;      5c: e3d0bff8ff04           lg %r13, -8(%r11)
;;   @002d: end
;;      62: e370bfe8ff04           lg %r7, -0x18(%r11)
;;      68: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      6e: 07fe                   br %r14
;;   @0025: (func (;1;) (type 0) (param i32) (result i32)
;;      70: 0000                   .insn e,0
;;      72: a7fbff60               aghi %r15, -0xa0
;;      76: e3b0f0000024           stg %r11, 0(%r15)
;;      7c: c0f4fffffffa           jg 0x70
