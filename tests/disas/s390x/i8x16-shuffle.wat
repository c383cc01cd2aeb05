;; `i8x16.shuffle`: an interleave of both operands and a reversal of one.
(module
  (func (export "interleave") (param v128 v128) (result v128) (i8x16.shuffle 0 16 1 17 2 18 3 19 4 20 5 21 6 22 7 23 (local.get 0) (local.get 1)))
  (func (export "reverse") (param v128 v128) (result v128) (i8x16.shuffle 15 14 13 12 11 10 9 8 7 6 5 4 3 2 1 0 (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (interleave): kindling, s390x-unknown-linux-gnu: 28 instructions, 150 bytes
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff10           agfi %r14, -0xf0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece100334065           clgrjl %r14, %r1, 0x86
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e70800000c56           vlr %v16, %v24
;;      40: e71900000c56           vlr %v17, %v25
;;   @0039: i8x16.shuffle 0 16 1 17 2 18 3 19 4 20 5 21 6 22 7 23
;;      46: e70100000456           vlr %v0, %v17
;;      4c: e71000000456           vlr %v1, %v16
;;      52: c01e08180919           llihf %r1, 0x8180919
;;      58: c0190a1a0b1b           iilf %r1, 0xa1a0b1b
;;      5e: c00e0c1c0d1d           llihf %r0, 0xc1c0d1d
;;      64: c0090e1e0f1f           iilf %r0, 0xe1e0f1f
;;      6a: e7e100000862           vlvgp %v30, %r1, %r0
;;      70: e7101000e18c           vperm %v1, %v0, %v1, %v30
;;   @004b: end
;;      76: e78100000856           vlr %v24, %v1
;;      7c: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      82: 07fe                   br %r14
;;   @0034: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      84: 0000                   .insn e,0
;;      86: a7fbff60               aghi %r15, -0xa0
;;      8a: e3b0f0000024           stg %r11, 0(%r15)
;;      90: c0f4fffffffa           jg 0x84
;; wasm[0]::function[1] (reverse): kindling, s390x-unknown-linux-gnu: 28 instructions, 150 bytes
;;   @0034: (func (;0;) (type 0) (param v128 v128) (result v128)
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff10           agfi %r14, -0xf0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece100334065           clgrjl %r14, %r1, 0x86
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e70800000c56           vlr %v16, %v24
;;      40: e71900000c56           vlr %v17, %v25
;;   @0052: i8x16.shuffle 15 14 13 12 11 10 9 8 7 6 5 4 3 2 1 0
;;      46: e70100000456           vlr %v0, %v17
;;      4c: e71000000456           vlr %v1, %v16
;;      52: c01e1f1e1d1c           llihf %r1, 0x1f1e1d1c
;;      58: c0191b1a1918           iilf %r1, 0x1b1a1918
;;      5e: c00e17161514           llihf %r0, 0x17161514
;;      64: c00913121110           iilf %r0, 0x13121110
;;      6a: e7e100000862           vlvgp %v30, %r1, %r0
;;      70: e7101000e18c           vperm %v1, %v0, %v1, %v30
;;   @0064: end
;;      76: e78100000856           vlr %v24, %v1
;;      7c: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      82: 07fe                   br %r14
;;   @004d: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      84: 0000                   .insn e,0
;;      86: a7fbff60               aghi %r15, -0xa0
;;      8a: e3b0f0000024           stg %r11, 0(%r15)
;;      90: c0f4fffffffa           jg 0x84
