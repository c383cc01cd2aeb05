;;! set has_v=true
;; wasm `min`/`max` on f32 lanes (NaN and signed-zero rules) and the pseudo `pmin`/`pmax`.
(module
  (func (export "min") (param v128 v128) (result v128) (f32x4.min (local.get 0) (local.get 1)))
  (func (export "max") (param v128 v128) (result v128) (f32x4.max (local.get 0) (local.get 1)))
  (func (export "pmin") (param v128 v128) (result v128) (f32x4.pmin (local.get 0) (local.get 1)))
  (func (export "pmax") (param v128 v128) (result v128) (f32x4.pmax (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (min): kindling, riscv64gc-unknown-linux-gnu: 30 instructions, 120 bytes
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f05               addiw t5, t5, 0x50
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 930d0500               mv s11, a0
;;      20: 233cb4ff               sd s11, -8(s0)
;;      24: 03bf8d00               ld t5, 8(s11)
;;      28: 033f0f00               ld t5, 0(t5)
;;      2c: 6364e105               bltu sp, t5, 0x48
;;      30: d73da09e               .word 0x9ea03dd7
;;      34: d730b09e               .word 0x9eb030d7
;;   @003e: f32x4.min
;;      38: 5731109e               .word 0x9e103157
;;      3c: d731b09f               .word 0x9fb031d7
;;      40: 577002cd               .word 0xcd027057
;;      44: d71f3112               .word 0x12311fd7
;;      48: 57903172               .word 0x72319057
;;      4c: 57142172               .word 0x72211457
;;      50: 5720046a               .word 0x6a042057
;;      54: 571f3102               .word 0x02311f57
;;      58: d701ff5d               .word 0x5dff01d7
;;   @0041: end
;;      5c: 5735309e               .word 0x9e303557
;;      60: 13010400               mv sp, s0
;;      64: 83308100               ld ra, 8(sp)
;;      68: 03340100               ld s0, 0(sp)
;;      6c: 13010101               addi sp, sp, 0x10
;;      70: 67800000               ret
;;   @0039: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      74: 731000c0               unimp
;; wasm[0]::function[1] (max): kindling, riscv64gc-unknown-linux-gnu: 30 instructions, 120 bytes
;;   @0039: (func (;0;) (type 0) (param v128 v128) (result v128)
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f05               addiw t5, t5, 0x50
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 930d0500               mv s11, a0
;;      20: 233cb4ff               sd s11, -8(s0)
;;      24: 03bf8d00               ld t5, 8(s11)
;;      28: 033f0f00               ld t5, 0(t5)
;;      2c: 6364e105               bltu sp, t5, 0x48
;;      30: d73da09e               .word 0x9ea03dd7
;;      34: d730b09e               .word 0x9eb030d7
;;   @0048: f32x4.max
;;      38: 5731109e               .word 0x9e103157
;;      3c: d731b09f               .word 0x9fb031d7
;;      40: 577002cd               .word 0xcd027057
;;      44: d71f311a               .word 0x1a311fd7
;;      48: 57903172               .word 0x72319057
;;      4c: 57142172               .word 0x72211457
;;      50: 5720046a               .word 0x6a042057
;;      54: 571f3102               .word 0x02311f57
;;      58: d701ff5d               .word 0x5dff01d7
;;   @004b: end
;;      5c: 5735309e               .word 0x9e303557
;;      60: 13010400               mv sp, s0
;;      64: 83308100               ld ra, 8(sp)
;;      68: 03340100               ld s0, 0(sp)
;;      6c: 13010101               addi sp, sp, 0x10
;;      70: 67800000               ret
;;   @0043: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      74: 731000c0               unimp
;; wasm[0]::function[2] (pmin): kindling, riscv64gc-unknown-linux-gnu: 26 instructions, 104 bytes
;;   @0043: (func (;1;) (type 0) (param v128 v128) (result v128)
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f05               addiw t5, t5, 0x50
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 930d0500               mv s11, a0
;;      20: 233cb4ff               sd s11, -8(s0)
;;      24: 03bf8d00               ld t5, 8(s11)
;;      28: 033f0f00               ld t5, 0(t5)
;;      2c: 636ce103               bltu sp, t5, 0x38
;;      30: d73da09e               .word 0x9ea03dd7
;;      34: d730b09e               .word 0x9eb030d7
;;   @0052: f32x4.pmin
;;      38: 5731109e               .word 0x9e103157
;;      3c: d731b09f               .word 0x9fb031d7
;;      40: 577002cd               .word 0xcd027057
;;      44: 5790216e               .word 0x6e219057
;;      48: d701315c               .word 0x5c3101d7
;;   @0055: end
;;      4c: 5735309e               .word 0x9e303557
;;      50: 13010400               mv sp, s0
;;      54: 83308100               ld ra, 8(sp)
;;      58: 03340100               ld s0, 0(sp)
;;      5c: 13010101               addi sp, sp, 0x10
;;      60: 67800000               ret
;;   @004d: (func (;2;) (type 0) (param v128 v128) (result v128)
;;      64: 731000c0               unimp
;; wasm[0]::function[3] (pmax): kindling, riscv64gc-unknown-linux-gnu: 26 instructions, 104 bytes
;;   @004d: (func (;2;) (type 0) (param v128 v128) (result v128)
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f05               addiw t5, t5, 0x50
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 930d0500               mv s11, a0
;;      20: 233cb4ff               sd s11, -8(s0)
;;      24: 03bf8d00               ld t5, 8(s11)
;;      28: 033f0f00               ld t5, 0(t5)
;;      2c: 636ce103               bltu sp, t5, 0x38
;;      30: d73da09e               .word 0x9ea03dd7
;;      34: d730b09e               .word 0x9eb030d7
;;   @005c: f32x4.pmax
;;      38: 5731109e               .word 0x9e103157
;;      3c: d731b09f               .word 0x9fb031d7
;;      40: 577002cd               .word 0xcd027057
;;      44: 5710316e               .word 0x6e311057
;;      48: d701315c               .word 0x5c3101d7
;;   @005f: end
;;      4c: 5735309e               .word 0x9e303557
;;      50: 13010400               mv sp, s0
;;      54: 83308100               ld ra, 8(sp)
;;      58: 03340100               ld s0, 0(sp)
;;      5c: 13010101               addi sp, sp, 0x10
;;      60: 67800000               ret
;;   @0057: (func (;3;) (type 0) (param v128 v128) (result v128)
;;      64: 731000c0               unimp
