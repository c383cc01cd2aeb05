;; A saturating unsigned truncation.
(module (func (export "f") (param f64) (result i64) local.get 0 i64.trunc_sat_f64_u))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, s390x-unknown-linux-gnu: 40 instructions, 206 bytes
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff30           agfi %r14, -0xd0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece1004f4065           clgrjl %r14, %r1, 0xbe
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e70000000856           vlr %v16, %v0
;;   @0022: i64.trunc_sat_f64_u
;;      40: e70000000456           vlr %v0, %v16
;;      46: a7290000               lghi %r2, 0
;;      4a: e700000030cb           wfcdb %f0, %f0
;;      50: a7390000               lghi %r3, 0
;;      54: ec3700010046           locghine %r3, 1
;;      5a: ec37002d007e           cij %r3, 0, 7, 0xb4
;;      60: a7290000               lghi %r2, 0
;;      64: c01ebff00000           llihf %r1, 0xbff00000
;;      6a: e71100003022           vlvgg %v1, %r1, 0
;;      70: e701000030cb           wfcdb %f0, %f1
;;      76: a7390000               lghi %r3, 0
;;      7a: ec3200010046           locghih %r3, 1
;;      80: ec38001a007e           cije %r3, 0, 0xb4
;;      86: a729ffff               lghi %r2, -1
;;      8a: c01e43f00000           llihf %r1, 0x43f00000
;;      90: e71100003022           vlvgg %v1, %r1, 0
;;      96: e701000030cb           wfcdb %f0, %f1
;;      9c: a7390000               lghi %r3, 0
;;      a0: ec3400010046           locghil %r3, 1
;;      a6: ec370005007e           cij %r3, 0, 7, 0xb0
;;      ac: a7f40004               j 0xb4
;;      b0: b3ad5020               clgdbr %r2, 5, %f0, 0
;;   @0024: end
;;      b4: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      ba: 07fe                   br %r14
;;   @001f: (func (;0;) (type 0) (param f64) (result i64)
;;      bc: 0000                   .insn e,0
;;      be: a7fbff60               aghi %r15, -0xa0
;;      c2: e3b0f0000024           stg %r11, 0(%r15)
;;      c8: c0f4fffffffa           jg 0xbc
