;; f32/f64 loads and stores on the z14 baseline: byte-reversed through a
;; general register.
(module (memory 1)
  (func (export "f") (param i32) (result f64)
    local.get 0 local.get 0 f32.load offset=4 f32.store offset=8
    local.get 0 f64.load offset=16))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, s390x-unknown-linux-gnu: 33 instructions, 166 bytes
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff20           agfi %r14, -0xe0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece1003b4065           clgrjl %r14, %r1, 0x96
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e3c0d0500004           lg %r12, 0x50(%r13)
;;      40: e370bfe8ff24           stg %r7, -0x18(%r11)
;;      46: b9040074               lgr %r7, %r4
;;   @0029: f32.load offset=4
;;      4a: b9160027               llgfr %r2, %r7
;;      4e: b9e8c022               agrk %r2, %r2, %r12
;;      52: e3102004001e           lrv %r1, 4(%r2)
;;      58: e70100002022           vlvgf %v0, %r1, 0
;;   @002c: f32.store offset=8
;;      5e: b9160027               llgfr %r2, %r7
;;      62: b9e8c022               agrk %r2, %r2, %r12
;;      66: e71000002021           vlgvf %r1, %v0, 0
;;      6c: e3102008003e           strv %r1, 8(%r2)
;;   @0031: f64.load offset=16
;;      72: b9160027               llgfr %r2, %r7
;;      76: b9e8c022               agrk %r2, %r2, %r12
;;      7a: e3102010000f           lrvg %r1, 0x10(%r2)
;;      80: e70100003022           vlvgg %v0, %r1, 0
;;   @0034: end
;;      86: e370bfe8ff04           lg %r7, -0x18(%r11)
;;      8c: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      92: 07fe                   br %r14
;;   @0024: (func (;0;) (type 0) (param i32) (result f64)
;;      94: 0000                   .insn e,0
;;      96: a7fbff60               aghi %r15, -0xa0
;;      9a: e3b0f0000024           stg %r11, 0(%r15)
;;      a0: c0f4fffffffa           jg 0x94
