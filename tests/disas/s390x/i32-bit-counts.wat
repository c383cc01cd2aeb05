;; clz, ctz and popcnt.
(module (func (export "f") (param i32) (result i32) local.get 0 i32.clz local.get 0 i32.ctz i32.add local.get 0 i32.popcnt i32.add))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, s390x-unknown-linux-gnu: 40 instructions, 186 bytes
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff20           agfi %r14, -0xe0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece100454065           clgrjl %r14, %r1, 0xaa
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e370bfe8ff24           stg %r7, -0x18(%r11)
;;      40: b9040074               lgr %r7, %r4
;;   @0022: i32.clz
;;      44: b9040027               lgr %r2, %r7
;;      48: b91600e2               llgfr %r14, %r2
;;      4c: b983000e               flogr %r0, %r14
;;      50: a70affe0               ahi %r0, -0x20
;;      54: b9040020               lgr %r2, %r0
;;   @0025: i32.ctz
;;      58: b9040037               lgr %r3, %r7
;;      5c: b9160013               llgfr %r1, %r3
;;      60: c01c00000001           oihf %r1, 1
;;      66: b90300e1               lcgr %r14, %r1
;;      6a: b98000e1               ngr %r14, %r1
;;      6e: b983000e               flogr %r0, %r14
;;      72: a739003f               lghi %r3, 0x3f
;;      76: b9090030               sgr %r3, %r0
;;   @0026: i32.add
;;      7a: b9f83022               ark %r2, %r2, %r3
;;   @0029: i32.popcnt
;;      7e: b9040037               lgr %r3, %r7
;;      82: b9160013               llgfr %r1, %r3
;;      86: b9e10011               popcnt %r1, %r1
;;      8a: c21101010101           msfi %r1, 0x1010101
;;      90: eb31001800de           srlk %r3, %r1, 0x18
;;   @002a: i32.add
;;      96: b9f83022               ark %r2, %r2, %r3
;;   @002b: end
;;      9a: e370bfe8ff04           lg %r7, -0x18(%r11)
;;      a0: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      a6: 07fe                   br %r14
;;   @001f: (func (;0;) (type 0) (param i32) (result i32)
;;      a8: 0000                   .insn e,0
;;      aa: a7fbff60               aghi %r15, -0xa0
;;      ae: e3b0f0000024           stg %r11, 0(%r15)
;;      b4: c0f4fffffffa           jg 0xa8
