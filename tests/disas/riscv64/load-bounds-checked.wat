;;! no-guard-pages
;; Without guard pages every access is bounds-checked against the memory's length. Under
;; Spectre mitigation (wasmtime's default) the check is branch-free, as Cranelift's: the whole
;; address, offset included, becomes null by a conditional move when the access would end past
;; the memory's length, and the load itself faults there. Not even a mispredicted path can read
;; outside the heap.
(module (memory 1) (func (export "f") (param i32) (result i32) local.get 0 i32.load offset=4))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, riscv64gc-unknown-linux-gnu: 33 instructions, 132 bytes
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f03               addiw t5, t5, 0x30
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 033f8500               ld t5, 8(a0)
;;      20: 033f0f00               ld t5, 0(t5)
;;      24: 636ee105               bltu sp, t5, 0x5c
;;      28: 930d0500               mv s11, a0
;;      2c: 233cb4ff               sd s11, -8(s0)
;;      30: 03bd0d05               ld s10, 0x50(s11)
;;      34: 233494fe               sd s1, -0x18(s0)
;;      38: 93040600               mv s1, a2
;;   @0027: i32.load offset=4
;;      3c: 139c0402               slli s8, s1, 0x20
;;      40: 135c0c02               srli s8, s8, 0x20
;;      44: 930c8c00               addi s9, s8, 8
;;      48: 330cac01               add s8, s8, s10
;;      4c: 130c4c00               addi s8, s8, 4
;;      50: 03be8d05               ld t3, 0x58(s11)
;;      54: 333f9e01               sltu t5, t3, s9
;;      58: 130fffff               addi t5, t5, -1
;;      5c: 337cec01               and s8, s8, t5
;;      60: 032c0c00               lw s8, 0(s8)
;;   @002a: end
;;      64: 13050c00               mv a0, s8
;;      68: 833484fe               ld s1, -0x18(s0)
;;      6c: 13010400               mv sp, s0
;;      70: 83308100               ld ra, 8(sp)
;;      74: 03340100               ld s0, 0(sp)
;;      78: 13010101               addi sp, sp, 0x10
;;      7c: 67800000               ret
;;   @0024: (func (;0;) (type 0) (param i32) (result i32)
;;      80: 731000c0               unimp
