;; Recursive factorial.
(module (func $fac (export "fac") (param i64) (result i64) local.get 0 i64.const 1 i64.le_u if (result i64) i64.const 1 else local.get 0 local.get 0 i64.const 1 i64.sub call $fac i64.mul end))

;; ==== kindling disas ====
;; wasm[0]::function[0] (fac): kindling, s390x-unknown-linux-gnu: 30 instructions, 148 bytes
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff10           agfi %r14, -0xf0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece100324065           clgrjl %r14, %r1, 0x84
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e370bfe8ff24           stg %r7, -0x18(%r11)
;;      40: b9040074               lgr %r7, %r4
;;   @0027: if (result i64) ;; label = @1
;;      44: ec720007017d           clgijh %r7, 1, 0x52
;;   @002b: else
;;      4a: a7290001               lghi %r2, 1
;;      4e: a7f40013               j 0x74
;;   @0032: i64.sub
;;      52: e3207fffff71           lay %r2, -1(%r7)
;;   @0033: call $fac
;;      58: b904003d               lgr %r3, %r13
;;      5c: b9040042               lgr %r4, %r2
;;      60: b904002d               lgr %r2, %r13
;;      64: c0e5ffffffce           brasl %r14, 0
;;      6a: e3d0bff8ff04           lg %r13, -8(%r11)
;;   @0035: i64.mul
;;      70: b9ed2027               msgrkc %r2, %r7, %r2
;;   @0037: end
;;      74: e370bfe8ff04           lg %r7, -0x18(%r11)
;;      7a: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      80: 07fe                   br %r14
;;   @0021: (func $fac (;0;) (type 0) (param i64) (result i64)
;;      82: 0000                   .insn e,0
;;      84: a7fbff60               aghi %r15, -0xa0
;;      88: e3b0f0000024           stg %r11, 0(%r15)
;;      8e: c0f4fffffffa           jg 0x82
