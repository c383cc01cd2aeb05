;; More live values than registers: the oldest spill to their frame slots.
(module (func (export "f") (param i32) (result i32)
  local.get 0 i32.const 1 i32.add local.get 0 i32.const 2 i32.add local.get 0 i32.const 3 i32.add
  local.get 0 i32.const 4 i32.add local.get 0 i32.const 5 i32.add local.get 0 i32.const 6 i32.add
  local.get 0 i32.const 7 i32.add local.get 0 i32.const 8 i32.add local.get 0 i32.const 9 i32.add
  local.get 0 i32.const 10 i32.add
  i32.add i32.add i32.add i32.add i32.add i32.add i32.add i32.add i32.add))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, s390x-unknown-linux-gnu: 50 instructions, 260 bytes
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8fffffe90           agfi %r14, -0x170
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece1006a4065           clgrjl %r14, %r1, 0xf4
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e370bfe8ff24           stg %r7, -0x18(%r11)
;;      40: b9040074               lgr %r7, %r4
;;   @0024: i32.add
;;      44: e32070010071           lay %r2, 1(%r7)
;;   @0029: i32.add
;;      4a: e33070020071           lay %r3, 2(%r7)
;;   @002e: i32.add
;;      50: e34070030071           lay %r4, 3(%r7)
;;   @0033: i32.add
;;      56: e35070040071           lay %r5, 4(%r7)
;;   @0038: i32.add
;;      5c: e36070050071           lay %r6, 5(%r7)
;;   @003d: i32.add
;;      62: e320bfd0ff50           sty %r2, -0x30(%r11)
;;      68: e32070060071           lay %r2, 6(%r7)
;;   @0042: i32.add
;;      6e: e330bfc0ff50           sty %r3, -0x40(%r11)
;;      74: e33070070071           lay %r3, 7(%r7)
;;   @0047: i32.add
;;      7a: e340bfb0ff50           sty %r4, -0x50(%r11)
;;      80: e34070080071           lay %r4, 8(%r7)
;;   @004c: i32.add
;;      86: e350bfa0ff50           sty %r5, -0x60(%r11)
;;      8c: e35070090071           lay %r5, 9(%r7)
;;   @0051: i32.add
;;      92: e360bf90ff50           sty %r6, -0x70(%r11)
;;      98: e360700a0071           lay %r6, 0xa(%r7)
;;   @0052: i32.add
;;      9e: b9f86055               ark %r5, %r5, %r6
;;   @0053: i32.add
;;      a2: b9f85044               ark %r4, %r4, %r5
;;   @0054: i32.add
;;      a6: b9f84033               ark %r3, %r3, %r4
;;   @0055: i32.add
;;      aa: b9f83022               ark %r2, %r2, %r3
;;   @0056: i32.add
;;      ae: e330bf90ff16           llgf %r3, -0x70(%r11)
;;      b4: b9f82033               ark %r3, %r3, %r2
;;   @0057: i32.add
;;      b8: e320bfa0ff16           llgf %r2, -0x60(%r11)
;;      be: b9f83022               ark %r2, %r2, %r3
;;   @0058: i32.add
;;      c2: e330bfb0ff16           llgf %r3, -0x50(%r11)
;;      c8: b9f82033               ark %r3, %r3, %r2
;;   @0059: i32.add
;;      cc: e320bfc0ff16           llgf %r2, -0x40(%r11)
;;      d2: b9f83022               ark %r2, %r2, %r3
;;   @005a: i32.add
;;      d6: e330bfd0ff16           llgf %r3, -0x30(%r11)
;;      dc: b9f82033               ark %r3, %r3, %r2
;;   @005b: end
;;      e0: b9040023               lgr %r2, %r3
;;      e4: e370bfe8ff04           lg %r7, -0x18(%r11)
;;      ea: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      f0: 07fe                   br %r14
;;   @001f: (func (;0;) (type 0) (param i32) (result i32)
;;      f2: 0000                   .insn e,0
;;      f4: a7fbff60               aghi %r15, -0xa0
;;      f8: e3b0f0000024           stg %r11, 0(%r15)
;;      fe: c0f4fffffffa           jg 0xf2
