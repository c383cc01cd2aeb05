;; More integer locals than homes: the scan gives the homes to the locals the
;; loop uses ($i, $sum, $n), not to the first ones by index ($a .. $h, used
;; once each outside the loop).
(module (func (export "f") (param $a i32) (param $b i32) (param $c i32) (param $d i32) (param $e i32) (param $f i32) (param $g i32) (param $h i32) (param $n i32) (result i32) (local $i i32) (local $sum i32)
  local.get $a local.get $b i32.add local.get $c i32.add local.get $d i32.add
  local.get $e i32.add local.get $f i32.add local.get $g i32.add local.get $h i32.add
  local.set $sum
  loop
    local.get $sum local.get $i i32.add local.set $sum
    local.get $i i32.const 1 i32.add local.tee $i
    local.get $n i32.lt_u br_if 0
  end
  local.get $sum))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, s390x-unknown-linux-gnu: 49 instructions, 254 bytes
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8fffffee0           agfi %r14, -0x120
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece100674065           clgrjl %r14, %r1, 0xee
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e370bfe8ff24           stg %r7, -0x18(%r11)
;;      40: e380bfe0ff24           stg %r8, -0x20(%r11)
;;      46: e390bfd8ff24           stg %r9, -0x28(%r11)
;;      4c: e340bfd0ff50           sty %r4, -0x30(%r11)
;;      52: e350bfc8ff50           sty %r5, -0x38(%r11)
;;      58: e360bfc0ff50           sty %r6, -0x40(%r11)
;;      5e: e390b0cc0016           llgf %r9, 0xcc(%r11)
;;      64: a7790000               lghi %r7, 0
;;      68: a7890000               lghi %r8, 0
;;   @002e: i32.add
;;      6c: e320bfc8ff16           llgf %r2, -0x38(%r11)
;;      72: e330bfd0ff16           llgf %r3, -0x30(%r11)
;;      78: b9f82033               ark %r3, %r3, %r2
;;   @0031: i32.add
;;      7c: e320bfc0ff16           llgf %r2, -0x40(%r11)
;;      82: b9f82033               ark %r3, %r3, %r2
;;   @0034: i32.add
;;      86: e320b0a40016           llgf %r2, 0xa4(%r11)
;;      8c: b9f82033               ark %r3, %r3, %r2
;;   @0037: i32.add
;;      90: e320b0ac0016           llgf %r2, 0xac(%r11)
;;      96: b9f82033               ark %r3, %r3, %r2
;;   @003a: i32.add
;;      9a: e320b0b40016           llgf %r2, 0xb4(%r11)
;;      a0: b9f82033               ark %r3, %r3, %r2
;;   @003d: i32.add
;;      a4: e320b0bc0016           llgf %r2, 0xbc(%r11)
;;      aa: b9f82033               ark %r3, %r3, %r2
;;   @0040: i32.add
;;      ae: e320b0c40016           llgf %r2, 0xc4(%r11)
;;      b4: b9f82083               ark %r8, %r3, %r2
;;   @0049: i32.add
;;      b8: b9f87088               ark %r8, %r8, %r7
;;   @0050: i32.add
;;      bc: e37070010071           lay %r7, 1(%r7)
;;   @0056: br_if 0 (;@1;)
;;      c2: ec79fffb4077           clrjl %r7, %r9, 0xb8
;;   @005b: end
;;      c8: b9040028               lgr %r2, %r8
;;      cc: e370bfe8ff04           lg %r7, -0x18(%r11)
;;      d2: e380bfe0ff04           lg %r8, -0x20(%r11)
;;      d8: e390bfd8ff04           lg %r9, -0x28(%r11)
;;      de: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      e4: e3f0f0300071           lay %r15, 0x30(%r15)
;;      ea: 07fe                   br %r14
;;   @0027: (func (;0;) (type 0) (param $a i32) (param $b i32) (param $c i32) (param $d i32) (param $e i32) (param $f i32) (param $g i32) (param $h i32) (param $n i32) (result i32)
;;      ec: 0000                   .insn e,0
;;      ee: a7fbff60               aghi %r15, -0xa0
;;      f2: e3b0f0000024           stg %r11, 0(%r15)
;;      f8: c0f4fffffffa           jg 0xec
