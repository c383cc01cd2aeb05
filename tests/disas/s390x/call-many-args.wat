;; A call with more arguments than argument registers: the rest go on the stack.
(module (func $callee (param i32 i32 i32 i32 i32 i32 i32 i32) (result i32) local.get 7) (func (export "f") (result i32) i32.const 1 i32.const 2 i32.const 3 i32.const 4 i32.const 5 i32.const 6 i32.const 7 i32.const 8 call $callee))

;; ==== kindling disas ====
;; wasm[0]::function[0] (callee): kindling, s390x-unknown-linux-gnu: 25 instructions, 130 bytes
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff10           agfi %r14, -0xf0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece100294065           clgrjl %r14, %r1, 0x72
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e370bfe8ff24           stg %r7, -0x18(%r11)
;;      40: e340bfe0ff50           sty %r4, -0x20(%r11)
;;      46: e350bfd8ff50           sty %r5, -0x28(%r11)
;;      4c: e360bfd0ff50           sty %r6, -0x30(%r11)
;;      52: e370b0c40016           llgf %r7, 0xc4(%r11)
;;   @002e: end
;;      58: b9040027               lgr %r2, %r7
;;      5c: e370bfe8ff04           lg %r7, -0x18(%r11)
;;      62: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      68: e3f0f0300071           lay %r15, 0x30(%r15)
;;      6e: 07fe                   br %r14
;;   @002b: (func $callee (;0;) (type 0) (param i32 i32 i32 i32 i32 i32 i32 i32) (result i32)
;;      70: 0000                   .insn e,0
;;      72: a7fbff60               aghi %r15, -0xa0
;;      76: e3b0f0000024           stg %r11, 0(%r15)
;;      7c: c0f4fffffffa           jg 0x70
;; wasm[0]::function[1] (f): kindling, s390x-unknown-linux-gnu: 30 instructions, 152 bytes
;;   @002b: (func $callee (;0;) (type 0) (param i32 i32 i32 i32 i32 i32 i32 i32) (result i32)
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8fffffea0           agfi %r14, -0x160
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece100344065           clgrjl %r14, %r1, 0x88
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;   @0041: call $callee
;;      3a: e54cf0a40004           mvhi 0xa4(%r15), 4
;;      40: e54cf0ac0005           mvhi 0xac(%r15), 5
;;      46: e54cf0b40006           mvhi 0xb4(%r15), 6
;;      4c: e54cf0bc0007           mvhi 0xbc(%r15), 7
;;      52: e54cf0c40008           mvhi 0xc4(%r15), 8
;;      58: b904002d               lgr %r2, %r13
;;      5c: b904003d               lgr %r3, %r13
;;      60: a7490001               lghi %r4, 1
;;      64: a7590002               lghi %r5, 2
;;      68: a7690003               lghi %r6, 3
;;      6c: c0e5ffffff82           brasl %r14, -0x90
;;      72: e3f0ffd0ff71           lay %r15, -0x30(%r15)
;;      78: e3d0bff8ff04           lg %r13, -8(%r11)
;;   @0043: end
;;      7e: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      84: 07fe                   br %r14
;;   @0030: (func (;1;) (type 1) (result i32)
;;      86: 0000                   .insn e,0
;;      88: a7fbff60               aghi %r15, -0xa0
;;      8c: e3b0f0000024           stg %r11, 0(%r15)
;;      92: c0f4fffffffa           jg 0x86
