;; br_table through a jump table.
(module (func (export "f") (param i32) (result i32) block block block local.get 0 br_table 0 1 2 end i32.const 10 return end i32.const 20 return end i32.const 30))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, s390x-unknown-linux-gnu: 39 instructions, 186 bytes
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff30           agfi %r14, -0xd0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece100454065           clgrjl %r14, %r1, 0xaa
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e370bfe8ff24           stg %r7, -0x18(%r11)
;;      40: b9040074               lgr %r7, %r4
;;   @0028: br_table 0 (;@3;) 1 (;@2;) 2 (;@1;)
;;      44: b9040027               lgr %r2, %r7
;;      48: b9160022               llgfr %r2, %r2
;;      4c: c22e00000002           clgfi %r2, 2
;;      52: a7a40022               jhe 0x96
;;      56: c01000000008           larl %r1, 0x66
;;      5c: a72d0006               mghi %r2, 6
;;      60: b9080012               agr %r1, %r2
;;      64: 07f1                   br %r1
;;      66: c0f400000006           jg 0x72
;;      6c: c0f40000000c           jg 0x84
;;   @0030: return
;;      72: a729000a               lghi %r2, 0xa
;;      76: e370bfe8ff04           lg %r7, -0x18(%r11)
;;      7c: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      82: 07fe                   br %r14
;;   @0034: return
;;      84: a7290014               lghi %r2, 0x14
;;      88: e370bfe8ff04           lg %r7, -0x18(%r11)
;;      8e: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      94: 07fe                   br %r14
;;   @0038: end
;;      96: a729001e               lghi %r2, 0x1e
;;      9a: e370bfe8ff04           lg %r7, -0x18(%r11)
;;      a0: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      a6: 07fe                   br %r14
;;   @001f: (func (;0;) (type 0) (param i32) (result i32)
;;      a8: 0000                   .insn e,0
;;      aa: a7fbff60               aghi %r15, -0xa0
;;      ae: e3b0f0000024           stg %r11, 0(%r15)
;;      b4: c0f4fffffffa           jg 0xa8
