;; Unsigned 64-bit integer to float.
(module (func (export "f") (param i64) (result f64) local.get 0 f64.convert_i64_u))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, s390x-unknown-linux-gnu: 22 instructions, 108 bytes
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff30           agfi %r14, -0xd0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece1001e4065           clgrjl %r14, %r1, 0x5c
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e370bfe8ff24           stg %r7, -0x18(%r11)
;;      40: b9040074               lgr %r7, %r4
;;   @0022: f64.convert_i64_u
;;      44: b9040027               lgr %r2, %r7
;;      48: b3a10002               cdlgbr %f0, 0, %r2, 0
;;   @0023: end
;;      4c: e370bfe8ff04           lg %r7, -0x18(%r11)
;;      52: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      58: 07fe                   br %r14
;;   @001f: (func (;0;) (type 0) (param i64) (result f64)
;;      5a: 0000                   .insn e,0
;;      5c: a7fbff60               aghi %r15, -0xa0
;;      60: e3b0f0000024           stg %r11, 0(%r15)
;;      66: c0f4fffffffa           jg 0x5a
