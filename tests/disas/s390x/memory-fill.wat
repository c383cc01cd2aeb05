;; Bulk memory through a builtin.
(module (memory 1) (func (export "f") (param i32 i32 i32) local.get 0 local.get 1 local.get 2 memory.fill))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, s390x-unknown-linux-gnu: 40 instructions, 196 bytes
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8fffffef0           agfi %r14, -0x110
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece1004a4065           clgrjl %r14, %r1, 0xb4
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e3c0d0500004           lg %r12, 0x50(%r13)
;;      40: e370bfe8ff24           stg %r7, -0x18(%r11)
;;      46: e380bfe0ff24           stg %r8, -0x20(%r11)
;;      4c: e390bfd8ff24           stg %r9, -0x28(%r11)
;;      52: b9040074               lgr %r7, %r4
;;      56: b9040085               lgr %r8, %r5
;;      5a: b9040096               lgr %r9, %r6
;;   @002c: memory.fill
;;      5e: b904002d               lgr %r2, %r13
;;      62: b9040047               lgr %r4, %r7
;;      66: b9040058               lgr %r5, %r8
;;      6a: b9040069               lgr %r6, %r9
;;      6e: a7390000               lghi %r3, 0
;;      72: b9160044               llgfr %r4, %r4
;;      76: b9160055               llgfr %r5, %r5
;;      7a: b9160066               llgfr %r6, %r6
;;      7e: e3a0d0380004           lg %r10, 0x38(%r13)
;;      84: e3a0a0280004           lg %r10, 0x28(%r10)
;;      8a: 0dea                   basr %r14, %r10
;;      8c: e3d0bff8ff04           lg %r13, -8(%r11)
;;      92: e3c0d0500004           lg %r12, 0x50(%r13)
;;   @002f: end
;;      98: e370bfe8ff04           lg %r7, -0x18(%r11)
;;      9e: e380bfe0ff04           lg %r8, -0x20(%r11)
;;      a4: e390bfd8ff04           lg %r9, -0x28(%r11)
;;      aa: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      b0: 07fe                   br %r14
;;   @0025: (func (;0;) (type 0) (param i32 i32 i32)
;;      b2: 0000                   .insn e,0
;;      b4: a7fbff60               aghi %r15, -0xa0
;;      b8: e3b0f0000024           stg %r11, 0(%r15)
;;      be: c0f4fffffffa           jg 0xb2
