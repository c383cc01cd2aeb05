;; Float register pressure.
(module (func (export "f") (param f64) (result f64)
  local.get 0 f64.const 1 f64.add local.get 0 f64.const 2 f64.add local.get 0 f64.const 3 f64.add
  local.get 0 f64.const 4 f64.add local.get 0 f64.const 5 f64.add local.get 0 f64.const 6 f64.add
  local.get 0 f64.const 7 f64.add local.get 0 f64.const 8 f64.add local.get 0 f64.const 9 f64.add
  local.get 0 f64.const 10 f64.add local.get 0 f64.const 11 f64.add local.get 0 f64.const 12 f64.add
  local.get 0 f64.const 13 f64.add local.get 0 f64.const 14 f64.add local.get 0 f64.const 15 f64.add
  f64.add f64.add f64.add f64.add f64.add f64.add f64.add f64.add f64.add f64.add f64.add f64.add f64.add f64.add))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, s390x-unknown-linux-gnu: 93 instructions, 540 bytes
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8fffffe40           agfi %r14, -0x1c0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece100f64065           clgrjl %r14, %r1, 0x20c
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e70000000856           vlr %v16, %v0
;;   @002d: f64.add
;;      40: c01e3ff00000           llihf %r1, 0x3ff00000
;;      46: e70100003022           vlvgg %v0, %r1, 0
;;      4c: e71000000456           vlr %v1, %v16
;;      52: e711000830e3           wfadb %f1, %f1, %f0
;;   @0039: f64.add
;;      58: c01e40000000           llihf %r1, 0x40000000
;;      5e: e70100003022           vlvgg %v0, %r1, 0
;;      64: e72000000456           vlr %v2, %v16
;;      6a: e722000830e3           wfadb %f2, %f2, %f0
;;   @0045: f64.add
;;      70: c01e40080000           llihf %r1, 0x40080000
;;      76: e70100003022           vlvgg %v0, %r1, 0
;;      7c: e73000000456           vlr %v3, %v16
;;      82: e733000830e3           wfadb %f3, %f3, %f0
;;   @0051: f64.add
;;      88: c01e40100000           llihf %r1, 0x40100000
;;      8e: e70100003022           vlvgg %v0, %r1, 0
;;      94: e74000000456           vlr %v4, %v16
;;      9a: e744000830e3           wfadb %f4, %f4, %f0
;;   @005d: f64.add
;;      a0: c01e40140000           llihf %r1, 0x40140000
;;      a6: e70100003022           vlvgg %v0, %r1, 0
;;      ac: e76000000456           vlr %v6, %v16
;;      b2: e766000830e3           wfadb %f6, %f6, %f0
;;   @0069: f64.add
;;      b8: c01e40180000           llihf %r1, 0x40180000
;;      be: e70100003022           vlvgg %v0, %r1, 0
;;      c4: e71000000c56           vlr %v17, %v16
;;      ca: e71100083ce3           wfadb %v17, %v17, %f0
;;   @0075: f64.add
;;      d0: c01e401c0000           llihf %r1, 0x401c0000
;;      d6: e70100003022           vlvgg %v0, %r1, 0
;;      dc: e72000000c56           vlr %v18, %v16
;;      e2: e72200083ce3           wfadb %v18, %v18, %f0
;;   @0081: f64.add
;;      e8: c01e40200000           llihf %r1, 0x40200000
;;      ee: e70100003022           vlvgg %v0, %r1, 0
;;      f4: e73000000c56           vlr %v19, %v16
;;      fa: e73300083ce3           wfadb %v19, %v19, %f0
;;   @008d: f64.add
;;     100: c01e40220000           llihf %r1, 0x40220000
;;     106: e70100003022           vlvgg %v0, %r1, 0
;;     10c: e74000000c56           vlr %v20, %v16
;;     112: e74400083ce3           wfadb %v20, %v20, %f0
;;   @0099: f64.add
;;     118: c01e40240000           llihf %r1, 0x40240000
;;     11e: e70100003022           vlvgg %v0, %r1, 0
;;     124: e75000000c56           vlr %v21, %v16
;;     12a: e75500083ce3           wfadb %v21, %v21, %f0
;;   @00a5: f64.add
;;     130: c01e40260000           llihf %r1, 0x40260000
;;     136: e70100003022           vlvgg %v0, %r1, 0
;;     13c: e76000000c56           vlr %v22, %v16
;;     142: e76600083ce3           wfadb %v22, %v22, %f0
;;   @00b1: f64.add
;;     148: c01e40280000           llihf %r1, 0x40280000
;;     14e: e70100003022           vlvgg %v0, %r1, 0
;;     154: e77000000c56           vlr %v23, %v16
;;     15a: e77700083ce3           wfadb %v23, %v23, %f0
;;   @00bd: f64.add
;;     160: c01e402a0000           llihf %r1, 0x402a0000
;;     166: e70100003022           vlvgg %v0, %r1, 0
;;     16c: e78000000c56           vlr %v24, %v16
;;     172: e78800083ce3           wfadb %v24, %v24, %f0
;;   @00c9: f64.add
;;     178: c01e402c0000           llihf %r1, 0x402c0000
;;     17e: e70100003022           vlvgg %v0, %r1, 0
;;     184: e79000000c56           vlr %v25, %v16
;;     18a: e79900083ce3           wfadb %v25, %v25, %f0
;;   @00d5: f64.add
;;     190: c01e402e0000           llihf %r1, 0x402e0000
;;     196: e70100003022           vlvgg %v0, %r1, 0
;;     19c: e7a000000c56           vlr %v26, %v16
;;     1a2: e7aa00083ce3           wfadb %v26, %v26, %f0
;;   @00d6: f64.add
;;     1a8: e799a0083ee3           wfadb %v25, %v25, %v26
;;   @00d7: f64.add
;;     1ae: e78890083ee3           wfadb %v24, %v24, %v25
;;   @00d8: f64.add
;;     1b4: e77780083ee3           wfadb %v23, %v23, %v24
;;   @00d9: f64.add
;;     1ba: e76670083ee3           wfadb %v22, %v22, %v23
;;   @00da: f64.add
;;     1c0: e75560083ee3           wfadb %v21, %v21, %v22
;;   @00db: f64.add
;;     1c6: e74450083ee3           wfadb %v20, %v20, %v21
;;   @00dc: f64.add
;;     1cc: e73340083ee3           wfadb %v19, %v19, %v20
;;   @00dd: f64.add
;;     1d2: e72230083ee3           wfadb %v18, %v18, %v19
;;   @00de: f64.add
;;     1d8: e71120083ee3           wfadb %v17, %v17, %v18
;;   @00df: f64.add
;;     1de: e766100832e3           wfadb %f6, %f6, %v17
;;   @00e0: f64.add
;;     1e4: e744600830e3           wfadb %f4, %f4, %f6
;;   @00e1: f64.add
;;     1ea: e733400830e3           wfadb %f3, %f3, %f4
;;   @00e2: f64.add
;;     1f0: e722300830e3           wfadb %f2, %f2, %f3
;;   @00e3: f64.add
;;     1f6: e711200830e3           wfadb %f1, %f1, %f2
;;   @00e4: end
;;     1fc: e70100000056           vlr %v0, %v1
;;     202: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;     208: 07fe                   br %r14
;;   @0021: (func (;0;) (type 0) (param f64) (result f64)
;;     20a: 0000                   .insn e,0
;;     20c: a7fbff60               aghi %r15, -0xa0
;;     210: e3b0f0000024           stg %r11, 0(%r15)
;;     216: c0f4fffffffa           jg 0x20a
