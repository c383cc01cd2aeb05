;; Mutable global get and set.
(module (global $g (mut i64) (i64.const 0)) (func (export "f") (param i64) global.get $g local.get 0 i64.add global.set $g))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, s390x-unknown-linux-gnu: 23 instructions, 116 bytes
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff20           agfi %r14, -0xe0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece100224065           clgrjl %r14, %r1, 0x64
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e370bfe8ff24           stg %r7, -0x18(%r11)
;;      40: b9040074               lgr %r7, %r4
;;   @0027: global.get $g
;;      44: e320d0500004           lg %r2, 0x50(%r13)
;;   @002b: i64.add
;;      4a: b9e87022               agrk %r2, %r2, %r7
;;   @002c: global.set $g
;;      4e: e320d0500024           stg %r2, 0x50(%r13)
;;   @002e: end
;;      54: e370bfe8ff04           lg %r7, -0x18(%r11)
;;      5a: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      60: 07fe                   br %r14
;;   @0026: (func (;0;) (type 0) (param i64)
;;      62: 0000                   .insn e,0
;;      64: a7fbff60               aghi %r15, -0xa0
;;      68: e3b0f0000024           stg %r11, 0(%r15)
;;      6e: c0f4fffffffa           jg 0x62
