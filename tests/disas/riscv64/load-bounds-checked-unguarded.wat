;;! no-guard-pages
;;! set enable_heap_access_spectre_mitigation=false
;; Without guard pages every access is bounds-checked against the memory's length. With
;; Spectre mitigation off (wasmtime defaults it on) the check is a branch to an out-of-line trap.
(module (memory 1) (func (export "f") (param i32) (result i32) local.get 0 i32.load offset=4))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, riscv64gc-unknown-linux-gnu: 31 instructions, 124 bytes
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f03               addiw t5, t5, 0x30
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 033f8500               ld t5, 8(a0)
;;      20: 033f0f00               ld t5, 0(t5)
;;      24: 6368e105               bltu sp, t5, 0x50
;;      28: 930d0500               mv s11, a0
;;      2c: 233cb4ff               sd s11, -8(s0)
;;      30: 03bd0d05               ld s10, 0x50(s11)
;;      34: 233494fe               sd s1, -0x18(s0)
;;      38: 93040600               mv s1, a2
;;   @0027: i32.load offset=4
;;      3c: 139c0402               slli s8, s1, 0x20
;;      40: 135c0c02               srli s8, s8, 0x20
;;      44: 930c8c00               addi s9, s8, 8
;;      48: 03be8d05               ld t3, 0x58(s11)
;;      4c: 63669e03               bltu t3, s9, 0x2c
;;      50: 330cac01               add s8, s8, s10
;;      54: 032c4c00               lw s8, 4(s8)
;;   @002a: end
;;      58: 13050c00               mv a0, s8
;;      5c: 833484fe               ld s1, -0x18(s0)
;;      60: 13010400               mv sp, s0
;;      64: 83308100               ld ra, 8(sp)
;;      68: 03340100               ld s0, 0(sp)
;;      6c: 13010101               addi sp, sp, 0x10
;;      70: 67800000               ret
;;   @0024: (func (;0;) (type 0) (param i32) (result i32)
;;      74: 731000c0               unimp
;;   @0027: i32.load offset=4
;;      78: 731000c0               unimp
