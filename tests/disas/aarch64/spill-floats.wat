;; Float register pressure.
(module (func (export "f") (param f64) (result f64)
  local.get 0 f64.const 1 f64.add local.get 0 f64.const 2 f64.add local.get 0 f64.const 3 f64.add
  local.get 0 f64.const 4 f64.add local.get 0 f64.const 5 f64.add local.get 0 f64.const 6 f64.add
  local.get 0 f64.const 7 f64.add local.get 0 f64.const 8 f64.add local.get 0 f64.const 9 f64.add
  local.get 0 f64.const 10 f64.add local.get 0 f64.const 11 f64.add local.get 0 f64.const 12 f64.add
  local.get 0 f64.const 13 f64.add local.get 0 f64.const 14 f64.add local.get 0 f64.const 15 f64.add
  f64.add f64.add f64.add f64.add f64.add f64.add f64.add f64.add f64.add f64.add f64.add f64.add f64.add f64.add))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 91 instructions, 364 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff8304d1               sub sp, sp, #0x120
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: f1030091               mov x17, sp
;;      1c: 3f0210eb               cmp x17, x16
;;      20: 430a0054               b.lo #0x168
;;      24: fc0300aa               mov x28, x0
;;      28: bc831ff8               stur x28, [x29, #-8]
;;      2c: 1040601e               fmov d16, d0
;;   @002d: f64.add
;;      30: 10fee7d2               mov x16, #0x3ff0000000000000
;;      34: 0002679e               fmov d0, x16
;;      38: 0142601e               fmov d1, d16
;;      3c: 2128601e               fadd d1, d1, d0
;;   @0039: f64.add
;;      40: 1000e8d2               mov x16, #0x4000000000000000
;;      44: 0002679e               fmov d0, x16
;;      48: 0242601e               fmov d2, d16
;;      4c: 4228601e               fadd d2, d2, d0
;;   @0045: f64.add
;;      50: 1001e8d2               mov x16, #0x4008000000000000
;;      54: 0002679e               fmov d0, x16
;;      58: 0342601e               fmov d3, d16
;;      5c: 6328601e               fadd d3, d3, d0
;;   @0051: f64.add
;;      60: 1002e8d2               mov x16, #0x4010000000000000
;;      64: 0002679e               fmov d0, x16
;;      68: 0442601e               fmov d4, d16
;;      6c: 8428601e               fadd d4, d4, d0
;;   @005d: f64.add
;;      70: 9002e8d2               mov x16, #0x4014000000000000
;;      74: 0002679e               fmov d0, x16
;;      78: 0542601e               fmov d5, d16
;;      7c: a528601e               fadd d5, d5, d0
;;   @0069: f64.add
;;      80: 1003e8d2               mov x16, #0x4018000000000000
;;      84: 0002679e               fmov d0, x16
;;      88: 0642601e               fmov d6, d16
;;      8c: c628601e               fadd d6, d6, d0
;;   @0075: f64.add
;;      90: 9003e8d2               mov x16, #0x401c000000000000
;;      94: 0002679e               fmov d0, x16
;;      98: 0742601e               fmov d7, d16
;;      9c: e728601e               fadd d7, d7, d0
;;   @0081: f64.add
;;      a0: 1004e8d2               mov x16, #0x4020000000000000
;;      a4: 0002679e               fmov d0, x16
;;      a8: 1142601e               fmov d17, d16
;;      ac: 312a601e               fadd d17, d17, d0
;;   @008d: f64.add
;;      b0: 5004e8d2               mov x16, #0x4022000000000000
;;      b4: 0002679e               fmov d0, x16
;;      b8: 1242601e               fmov d18, d16
;;      bc: 522a601e               fadd d18, d18, d0
;;   @0099: f64.add
;;      c0: 9004e8d2               mov x16, #0x4024000000000000
;;      c4: 0002679e               fmov d0, x16
;;      c8: 1342601e               fmov d19, d16
;;      cc: 732a601e               fadd d19, d19, d0
;;   @00a5: f64.add
;;      d0: d004e8d2               mov x16, #0x4026000000000000
;;      d4: 0002679e               fmov d0, x16
;;      d8: 1442601e               fmov d20, d16
;;      dc: 942a601e               fadd d20, d20, d0
;;   @00b1: f64.add
;;      e0: 1005e8d2               mov x16, #0x4028000000000000
;;      e4: 0002679e               fmov d0, x16
;;      e8: 1542601e               fmov d21, d16
;;      ec: b52a601e               fadd d21, d21, d0
;;   @00bd: f64.add
;;      f0: 5005e8d2               mov x16, #0x402a000000000000
;;      f4: 0002679e               fmov d0, x16
;;      f8: 1642601e               fmov d22, d16
;;      fc: d62a601e               fadd d22, d22, d0
;;   @00c9: f64.add
;;     100: 9005e8d2               mov x16, #0x402c000000000000
;;     104: 0002679e               fmov d0, x16
;;     108: 1742601e               fmov d23, d16
;;     10c: f72a601e               fadd d23, d23, d0
;;   @00d5: f64.add
;;     110: d005e8d2               mov x16, #0x402e000000000000
;;     114: 0002679e               fmov d0, x16
;;     118: 1842601e               fmov d24, d16
;;     11c: 182b601e               fadd d24, d24, d0
;;   @00d6: f64.add
;;     120: f72a781e               fadd d23, d23, d24
;;   @00d7: f64.add
;;     124: d62a771e               fadd d22, d22, d23
;;   @00d8: f64.add
;;     128: b52a761e               fadd d21, d21, d22
;;   @00d9: f64.add
;;     12c: 942a751e               fadd d20, d20, d21
;;   @00da: f64.add
;;     130: 732a741e               fadd d19, d19, d20
;;   @00db: f64.add
;;     134: 522a731e               fadd d18, d18, d19
;;   @00dc: f64.add
;;     138: 312a721e               fadd d17, d17, d18
;;   @00dd: f64.add
;;     13c: e728711e               fadd d7, d7, d17
;;   @00de: f64.add
;;     140: c628671e               fadd d6, d6, d7
;;   @00df: f64.add
;;     144: a528661e               fadd d5, d5, d6
;;   @00e0: f64.add
;;     148: 8428651e               fadd d4, d4, d5
;;   @00e1: f64.add
;;     14c: 6328641e               fadd d3, d3, d4
;;   @00e2: f64.add
;;     150: 4228631e               fadd d2, d2, d3
;;   @00e3: f64.add
;;     154: 2128621e               fadd d1, d1, d2
;;   @00e4: end
;;     158: 2040601e               fmov d0, d1
;;     15c: bf030091               mov sp, x29
;;     160: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;     164: c0035fd6               ret
;;   @0021: (func (;0;) (type 0) (param f64) (result f64)
;;     168: 00000000               udf #0
