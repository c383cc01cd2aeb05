;;! set has_vxrs_ext2=true
;; f32/f64/v128-free float loads and stores with the vector-enhancements
;; facility 2: one byte-reversing element access each.
(module (memory 1)
  (func (export "f") (param i32) (result f64)
    local.get 0 local.get 0 f32.load offset=4 f32.store offset=8
    local.get 0 f64.load offset=16))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, s390x-unknown-linux-gnu: 30 instructions, 148 bytes
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff20           agfi %r14, -0xe0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece100324065           clgrjl %r14, %r1, 0x84
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
;;      52: e60020040003           vlebrf %v0, 4(%r2), 0
;;   @002c: f32.store offset=8
;;      58: b9160027               llgfr %r2, %r7
;;      5c: b9e8c022               agrk %r2, %r2, %r12
;;      60: e6002008000b           vstebrf %v0, 8(%r2), 0
;;   @0031: f64.load offset=16
;;      66: b9160027               llgfr %r2, %r7
;;      6a: b9e8c022               agrk %r2, %r2, %r12
;;      6e: e60020100002           vlebrg %v0, 16(%r2), 0
;;   @0034: end
;;      74: e370bfe8ff04           lg %r7, -0x18(%r11)
;;      7a: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      80: 07fe                   br %r14
;;   @0024: (func (;0;) (type 0) (param i32) (result f64)
;;      82: 0000                   .insn e,0
;;      84: a7fbff60               aghi %r15, -0xa0
;;      88: e3b0f0000024           stg %r11, 0(%r15)
;;      8e: c0f4fffffffa           jg 0x82
