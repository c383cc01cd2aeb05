;;! set enable_nan_canonicalization=true
;; With NaN canonicalization on, the NaN lanes of a float lane result become the canonical
;; NaN: (x & (x == x)) | (canonical & !(x == x)).
(module (func (export "f") (param v128 v128) (result v128) (f32x4.add (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, s390x-unknown-linux-gnu: 30 instructions, 162 bytes
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff10           agfi %r14, -0xf0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece100394065           clgrjl %r14, %r1, 0x92
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e70800000c56           vlr %v16, %v24
;;      40: e71900000c56           vlr %v17, %v25
;;   @0025: f32x4.add
;;      46: e70100000456           vlr %v0, %v17
;;      4c: e71000000456           vlr %v1, %v16
;;      52: e711000020e3           vfasb %v1, %v1, %v0
;;      58: e701100020e8           vfcesb %v0, %v1, %v1
;;      5e: c01e7fc00000           llihf %r1, 0x7fc00000
;;      64: c0197fc00000           iilf %r1, 0x7fc00000
;;      6a: e72110000062           vlvgp %v2, %r1, %r1
;;      70: e71100000068           vn %v1, %v1, %v0
;;      76: e72200000069           vnc %v2, %v2, %v0
;;      7c: e7112000006a           vo %v1, %v1, %v2
;;   @0028: end
;;      82: e78100000856           vlr %v24, %v1
;;      88: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      8e: 07fe                   br %r14
;;   @0020: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      90: 0000                   .insn e,0
;;      92: a7fbff60               aghi %r15, -0xa0
;;      96: e3b0f0000024           stg %r11, 0(%r15)
;;      9c: c0f4fffffffa           jg 0x90
