;; if/else producing a value.
(module (func (export "f") (param i32) (result i32) local.get 0 if (result i32) i32.const 1 else i32.const 2 end))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, s390x-unknown-linux-gnu: 24 instructions, 118 bytes
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff30           agfi %r14, -0xd0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece100234065           clgrjl %r14, %r1, 0x66
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e370bfe8ff24           stg %r7, -0x18(%r11)
;;      40: b9040074               lgr %r7, %r4
;;   @0022: if (result i32) ;; label = @1
;;      44: ec780007007e           cije %r7, 0, 0x52
;;   @0026: else
;;      4a: a7290001               lghi %r2, 1
;;      4e: a7f40004               j 0x56
;;   @0029: end
;;      52: a7290002               lghi %r2, 2
;;   @002a: end
;;      56: e370bfe8ff04           lg %r7, -0x18(%r11)
;;      5c: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      62: 07fe                   br %r14
;;   @001f: (func (;0;) (type 0) (param i32) (result i32)
;;      64: 0000                   .insn e,0
;;      66: a7fbff60               aghi %r15, -0xa0
;;      6a: e3b0f0000024           stg %r11, 0(%r15)
;;      70: c0f4fffffffa           jg 0x64
