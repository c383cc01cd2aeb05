;; Float register pressure.
(module (func (export "f") (param f64) (result f64)
  local.get 0 f64.const 1 f64.add local.get 0 f64.const 2 f64.add local.get 0 f64.const 3 f64.add
  local.get 0 f64.const 4 f64.add local.get 0 f64.const 5 f64.add local.get 0 f64.const 6 f64.add
  local.get 0 f64.const 7 f64.add local.get 0 f64.const 8 f64.add local.get 0 f64.const 9 f64.add
  local.get 0 f64.const 10 f64.add local.get 0 f64.const 11 f64.add local.get 0 f64.const 12 f64.add
  local.get 0 f64.const 13 f64.add local.get 0 f64.const 14 f64.add local.get 0 f64.const 15 f64.add
  f64.add f64.add f64.add f64.add f64.add f64.add f64.add f64.add f64.add f64.add f64.add f64.add f64.add f64.add))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 90 instructions, 360 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff8304d1               sub sp, sp, #0x120
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: 430a0054               b.lo #0x164
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: 1040601e               fmov d16, d0
;;   @002d: f64.add
;;      2c: 10fee7d2               mov x16, #0x3ff0000000000000
;;      30: 0002679e               fmov d0, x16
;;      34: 0142601e               fmov d1, d16
;;      38: 2128601e               fadd d1, d1, d0
;;   @0039: f64.add
;;      3c: 1000e8d2               mov x16, #0x4000000000000000
;;      40: 0002679e               fmov d0, x16
;;      44: 0242601e               fmov d2, d16
;;      48: 4228601e               fadd d2, d2, d0
;;   @0045: f64.add
;;      4c: 1001e8d2               mov x16, #0x4008000000000000
;;      50: 0002679e               fmov d0, x16
;;      54: 0342601e               fmov d3, d16
;;      58: 6328601e               fadd d3, d3, d0
;;   @0051: f64.add
;;      5c: 1002e8d2               mov x16, #0x4010000000000000
;;      60: 0002679e               fmov d0, x16
;;      64: 0442601e               fmov d4, d16
;;      68: 8428601e               fadd d4, d4, d0
;;   @005d: f64.add
;;      6c: 9002e8d2               mov x16, #0x4014000000000000
;;      70: 0002679e               fmov d0, x16
;;      74: 0542601e               fmov d5, d16
;;      78: a528601e               fadd d5, d5, d0
;;   @0069: f64.add
;;      7c: 1003e8d2               mov x16, #0x4018000000000000
;;      80: 0002679e               fmov d0, x16
;;      84: 0642601e               fmov d6, d16
;;      88: c628601e               fadd d6, d6, d0
;;   @0075: f64.add
;;      8c: 9003e8d2               mov x16, #0x401c000000000000
;;      90: 0002679e               fmov d0, x16
;;      94: 0742601e               fmov d7, d16
;;      98: e728601e               fadd d7, d7, d0
;;   @0081: f64.add
;;      9c: 1004e8d2               mov x16, #0x4020000000000000
;;      a0: 0002679e               fmov d0, x16
;;      a4: 1142601e               fmov d17, d16
;;      a8: 312a601e               fadd d17, d17, d0
;;   @008d: f64.add
;;      ac: 5004e8d2               mov x16, #0x4022000000000000
;;      b0: 0002679e               fmov d0, x16
;;      b4: 1242601e               fmov d18, d16
;;      b8: 522a601e               fadd d18, d18, d0
;;   @0099: f64.add
;;      bc: 9004e8d2               mov x16, #0x4024000000000000
;;      c0: 0002679e               fmov d0, x16
;;      c4: 1342601e               fmov d19, d16
;;      c8: 732a601e               fadd d19, d19, d0
;;   @00a5: f64.add
;;      cc: d004e8d2               mov x16, #0x4026000000000000
;;      d0: 0002679e               fmov d0, x16
;;      d4: 1442601e               fmov d20, d16
;;      d8: 942a601e               fadd d20, d20, d0
;;   @00b1: f64.add
;;      dc: 1005e8d2               mov x16, #0x4028000000000000
;;      e0: 0002679e               fmov d0, x16
;;      e4: 1542601e               fmov d21, d16
;;      e8: b52a601e               fadd d21, d21, d0
;;   @00bd: f64.add
;;      ec: 5005e8d2               mov x16, #0x402a000000000000
;;      f0: 0002679e               fmov d0, x16
;;      f4: 1642601e               fmov d22, d16
;;      f8: d62a601e               fadd d22, d22, d0
;;   @00c9: f64.add
;;      fc: 9005e8d2               mov x16, #0x402c000000000000
;;     100: 0002679e               fmov d0, x16
;;     104: 1742601e               fmov d23, d16
;;     108: f72a601e               fadd d23, d23, d0
;;   @00d5: f64.add
;;     10c: d005e8d2               mov x16, #0x402e000000000000
;;     110: 0002679e               fmov d0, x16
;;     114: 1842601e               fmov d24, d16
;;     118: 182b601e               fadd d24, d24, d0
;;   @00d6: f64.add
;;     11c: f72a781e               fadd d23, d23, d24
;;   @00d7: f64.add
;;     120: d62a771e               fadd d22, d22, d23
;;   @00d8: f64.add
;;     124: b52a761e               fadd d21, d21, d22
;;   @00d9: f64.add
;;     128: 942a751e               fadd d20, d20, d21
;;   @00da: f64.add
;;     12c: 732a741e               fadd d19, d19, d20
;;   @00db: f64.add
;;     130: 522a731e               fadd d18, d18, d19
;;   @00dc: f64.add
;;     134: 312a721e               fadd d17, d17, d18
;;   @00dd: f64.add
;;     138: e728711e               fadd d7, d7, d17
;;   @00de: f64.add
;;     13c: c628671e               fadd d6, d6, d7
;;   @00df: f64.add
;;     140: a528661e               fadd d5, d5, d6
;;   @00e0: f64.add
;;     144: 8428651e               fadd d4, d4, d5
;;   @00e1: f64.add
;;     148: 6328641e               fadd d3, d3, d4
;;   @00e2: f64.add
;;     14c: 4228631e               fadd d2, d2, d3
;;   @00e3: f64.add
;;     150: 2128621e               fadd d1, d1, d2
;;   @00e4: end
;;     154: 2040601e               fmov d0, d1
;;     158: bf030091               mov sp, x29
;;     15c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;     160: c0035fd6               ret
;;   @0021: (func (;0;) (type 0) (param f64) (result f64)
;;     164: 00000000               udf #0
