;; clz, ctz and popcnt.
(module (func (export "f") (param i32) (result i32) local.get 0 i32.clz local.get 0 i32.ctz i32.add local.get 0 i32.popcnt i32.add))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, riscv64gc-unknown-linux-gnu: 149 instructions, 596 bytes
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f04               addiw t5, t5, 0x40
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 033f8500               ld t5, 8(a0)
;;      20: 033f0f00               ld t5, 0(t5)
;;      24: 6366e123               bltu sp, t5, 0x22c
;;      28: 930d0500               mv s11, a0
;;      2c: 233cb4ff               sd s11, -8(s0)
;;      30: 233494fe               sd s1, -0x18(s0)
;;      34: 93040600               mv s1, a2
;;   @0022: i32.clz
;;      38: 138c0400               mv s8, s1
;;      3c: 131f0c02               slli t5, s8, 0x20
;;      40: 130c0000               mv s8, zero
;;      44: 935e0f03               srli t4, t5, 0x30
;;      48: 93be1e00               seqz t4, t4
;;      4c: 939e4e00               slli t4, t4, 4
;;      50: 330cdc01               add s8, s8, t4
;;      54: 331fdf01               sll t5, t5, t4
;;      58: 935e8f03               srli t4, t5, 0x38
;;      5c: 93be1e00               seqz t4, t4
;;      60: 939e3e00               slli t4, t4, 3
;;      64: 330cdc01               add s8, s8, t4
;;      68: 331fdf01               sll t5, t5, t4
;;      6c: 935ecf03               srli t4, t5, 0x3c
;;      70: 93be1e00               seqz t4, t4
;;      74: 939e2e00               slli t4, t4, 2
;;      78: 330cdc01               add s8, s8, t4
;;      7c: 331fdf01               sll t5, t5, t4
;;      80: 935eef03               srli t4, t5, 0x3e
;;      84: 93be1e00               seqz t4, t4
;;      88: 939e1e00               slli t4, t4, 1
;;      8c: 330cdc01               add s8, s8, t4
;;      90: 331fdf01               sll t5, t5, t4
;;      94: 935eff03               srli t4, t5, 0x3f
;;      98: 93be1e00               seqz t4, t4
;;      9c: 939e0e00               slli t4, t4, 0
;;      a0: 330cdc01               add s8, s8, t4
;;      a4: 331fdf01               sll t5, t5, t4
;;      a8: 933e1f00               seqz t4, t5
;;      ac: 330cdc01               add s8, s8, t4
;;   @0025: i32.ctz
;;      b0: 938c0400               mv s9, s1
;;      b4: 138f0c00               mv t5, s9
;;      b8: 930e1000               addi t4, zero, 1
;;      bc: 939e0e02               slli t4, t4, 0x20
;;      c0: 336fdf01               or t5, t5, t4
;;      c4: 930effff               addi t4, t5, -1
;;      c8: 134fffff               not t5, t5
;;      cc: 337fdf01               and t5, t5, t4
;;      d0: 935e1f00               srli t4, t5, 1
;;      d4: b75c5505               lui s9, 0x5555
;;      d8: 9b8c5c55               addiw s9, s9, 0x555
;;      dc: 939ccc00               slli s9, s9, 0xc
;;      e0: 938c5c55               addi s9, s9, 0x555
;;      e4: 939ccc00               slli s9, s9, 0xc
;;      e8: 938c5c55               addi s9, s9, 0x555
;;      ec: 939ccc00               slli s9, s9, 0xc
;;      f0: 938c5c55               addi s9, s9, 0x555
;;      f4: b3fe9e01               and t4, t4, s9
;;      f8: 330fdf41               sub t5, t5, t4
;;      fc: b73c3303               lui s9, 0x3333
;;     100: 9b8c3c33               addiw s9, s9, 0x333
;;     104: 939ccc00               slli s9, s9, 0xc
;;     108: 938c3c33               addi s9, s9, 0x333
;;     10c: 939ccc00               slli s9, s9, 0xc
;;     110: 938c3c33               addi s9, s9, 0x333
;;     114: 939ccc00               slli s9, s9, 0xc
;;     118: 938c3c33               addi s9, s9, 0x333
;;     11c: 935e2f00               srli t4, t5, 2
;;     120: b3fe9e01               and t4, t4, s9
;;     124: 337f9f01               and t5, t5, s9
;;     128: 330fdf01               add t5, t5, t4
;;     12c: 935e4f00               srli t4, t5, 4
;;     130: 330fdf01               add t5, t5, t4
;;     134: b7fcf000               lui s9, 0xf0f
;;     138: 9b8c1c0f               addiw s9, s9, 0xf1
;;     13c: 939ccc00               slli s9, s9, 0xc
;;     140: 938cfcf0               addi s9, s9, -0xf1
;;     144: 939ccc00               slli s9, s9, 0xc
;;     148: 938c1c0f               addi s9, s9, 0xf1
;;     14c: 939ccc00               slli s9, s9, 0xc
;;     150: 938cfcf0               addi s9, s9, -0xf1
;;     154: 337f9f01               and t5, t5, s9
;;     158: b70c0101               lui s9, 0x1010
;;     15c: 9b8c1c10               addiw s9, s9, 0x101
;;     160: 939c0c01               slli s9, s9, 0x10
;;     164: 938c1c10               addi s9, s9, 0x101
;;     168: 939c0c01               slli s9, s9, 0x10
;;     16c: 938c1c10               addi s9, s9, 0x101
;;     170: 330f9f03               mul t5, t5, s9
;;     174: 935c8f03               srli s9, t5, 0x38
;;   @0026: i32.add
;;     178: 3b0c9c01               addw s8, s8, s9
;;   @0029: i32.popcnt
;;     17c: 938c0400               mv s9, s1
;;     180: 139f0c02               slli t5, s9, 0x20
;;     184: 135f0f02               srli t5, t5, 0x20
;;     188: 935e1f00               srli t4, t5, 1
;;     18c: b75c5505               lui s9, 0x5555
;;     190: 9b8c5c55               addiw s9, s9, 0x555
;;     194: 939ccc00               slli s9, s9, 0xc
;;     198: 938c5c55               addi s9, s9, 0x555
;;     19c: 939ccc00               slli s9, s9, 0xc
;;     1a0: 938c5c55               addi s9, s9, 0x555
;;     1a4: 939ccc00               slli s9, s9, 0xc
;;     1a8: 938c5c55               addi s9, s9, 0x555
;;     1ac: b3fe9e01               and t4, t4, s9
;;     1b0: 330fdf41               sub t5, t5, t4
;;     1b4: b73c3303               lui s9, 0x3333
;;     1b8: 9b8c3c33               addiw s9, s9, 0x333
;;     1bc: 939ccc00               slli s9, s9, 0xc
;;     1c0: 938c3c33               addi s9, s9, 0x333
;;     1c4: 939ccc00               slli s9, s9, 0xc
;;     1c8: 938c3c33               addi s9, s9, 0x333
;;     1cc: 939ccc00               slli s9, s9, 0xc
;;     1d0: 938c3c33               addi s9, s9, 0x333
;;     1d4: 935e2f00               srli t4, t5, 2
;;     1d8: b3fe9e01               and t4, t4, s9
;;     1dc: 337f9f01               and t5, t5, s9
;;     1e0: 330fdf01               add t5, t5, t4
;;     1e4: 935e4f00               srli t4, t5, 4
;;     1e8: 330fdf01               add t5, t5, t4
;;     1ec: b7fcf000               lui s9, 0xf0f
;;     1f0: 9b8c1c0f               addiw s9, s9, 0xf1
;;     1f4: 939ccc00               slli s9, s9, 0xc
;;     1f8: 938cfcf0               addi s9, s9, -0xf1
;;     1fc: 939ccc00               slli s9, s9, 0xc
;;     200: 938c1c0f               addi s9, s9, 0xf1
;;     204: 939ccc00               slli s9, s9, 0xc
;;     208: 938cfcf0               addi s9, s9, -0xf1
;;     20c: 337f9f01               and t5, t5, s9
;;     210: b70c0101               lui s9, 0x1010
;;     214: 9b8c1c10               addiw s9, s9, 0x101
;;     218: 939c0c01               slli s9, s9, 0x10
;;     21c: 938c1c10               addi s9, s9, 0x101
;;     220: 939c0c01               slli s9, s9, 0x10
;;     224: 938c1c10               addi s9, s9, 0x101
;;     228: 330f9f03               mul t5, t5, s9
;;     22c: 935c8f03               srli s9, t5, 0x38
;;   @002a: i32.add
;;     230: 3b0c9c01               addw s8, s8, s9
;;   @002b: end
;;     234: 13050c00               mv a0, s8
;;     238: 833484fe               ld s1, -0x18(s0)
;;     23c: 13010400               mv sp, s0
;;     240: 83308100               ld ra, 8(sp)
;;     244: 03340100               ld s0, 0(sp)
;;     248: 13010101               addi sp, sp, 0x10
;;     24c: 67800000               ret
;;   @001f: (func (;0;) (type 0) (param i32) (result i32)
;;     250: 731000c0               unimp
