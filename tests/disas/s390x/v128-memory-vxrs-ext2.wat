;;! set has_vxrs_ext2=true
;; The same with z15's byte-reversing vector loads and stores.
(module (memory 1)
  (func (export "copy") (param i32)
    (v128.store offset=16 (local.get 0) (v128.load (local.get 0))))
  (func (export "zero") (param i32) (result v128) (v128.load64_zero (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (copy): kindling, s390x-unknown-linux-gnu: 27 instructions, 134 bytes
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff20           agfi %r14, -0xe0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece1002b4065           clgrjl %r14, %r1, 0x76
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e3c0d0500004           lg %r12, 0x50(%r13)
;;      40: e370bfe8ff24           stg %r7, -0x18(%r11)
;;      46: b9040074               lgr %r7, %r4
;;   @0038: v128.load
;;      4a: b9160027               llgfr %r2, %r7
;;      4e: b9e8c022               agrk %r2, %r2, %r12
;;      52: e60020004006           vlbrq %v0, 0(%r2)
;;   @003c: v128.store offset=16
;;      58: b9160027               llgfr %r2, %r7
;;      5c: b9e8c022               agrk %r2, %r2, %r12
;;      60: e6002010400e           vstbrq %v0, 16(%r2)
;;   @0040: end
;;      66: e370bfe8ff04           lg %r7, -0x18(%r11)
;;      6c: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      72: 07fe                   br %r14
;;   @0033: (func (;0;) (type 0) (param i32)
;;      74: 0000                   .insn e,0
;;      76: a7fbff60               aghi %r15, -0xa0
;;      7a: e3b0f0000024           stg %r11, 0(%r15)
;;      80: c0f4fffffffa           jg 0x74
;; wasm[0]::function[1] (zero): kindling, s390x-unknown-linux-gnu: 26 instructions, 132 bytes
;;   @0033: (func (;0;) (type 0) (param i32)
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff30           agfi %r14, -0xd0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece1002a4065           clgrjl %r14, %r1, 0x74
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e3c0d0500004           lg %r12, 0x50(%r13)
;;      40: e370bfe8ff24           stg %r7, -0x18(%r11)
;;      46: b9040074               lgr %r7, %r4
;;   @0045: v128.load64_zero
;;      4a: b9160027               llgfr %r2, %r7
;;      4e: b9e8c022               agrk %r2, %r2, %r12
;;      52: e70000000044           vzero %v0
;;      58: e60020001002           vlebrg %v0, 0(%r2), 1
;;   @0049: end
;;      5e: e78000000856           vlr %v24, %v0
;;      64: e370bfe8ff04           lg %r7, -0x18(%r11)
;;      6a: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      70: 07fe                   br %r14
;;   @0042: (func (;1;) (type 1) (param i32) (result v128)
;;      72: 0000                   .insn e,0
;;      74: a7fbff60               aghi %r15, -0xa0
;;      78: e3b0f0000024           stg %r11, 0(%r15)
;;      7e: c0f4fffffffa           jg 0x72
