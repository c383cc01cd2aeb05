;; Float register pressure.
(module (func (export "f") (param f64) (result f64)
  local.get 0 f64.const 1 f64.add local.get 0 f64.const 2 f64.add local.get 0 f64.const 3 f64.add
  local.get 0 f64.const 4 f64.add local.get 0 f64.const 5 f64.add local.get 0 f64.const 6 f64.add
  local.get 0 f64.const 7 f64.add local.get 0 f64.const 8 f64.add local.get 0 f64.const 9 f64.add
  local.get 0 f64.const 10 f64.add local.get 0 f64.const 11 f64.add local.get 0 f64.const 12 f64.add
  local.get 0 f64.const 13 f64.add local.get 0 f64.const 14 f64.add local.get 0 f64.const 15 f64.add
  f64.add f64.add f64.add f64.add f64.add f64.add f64.add f64.add f64.add f64.add f64.add f64.add f64.add f64.add))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, riscv64gc-unknown-linux-gnu: 120 instructions, 480 bytes
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f12               addiw t5, t5, 0x120
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 033f8500               ld t5, 8(a0)
;;      20: 033f0f00               ld t5, 0(t5)
;;      24: 636ce11b               bltu sp, t5, 0x1b8
;;      28: 930d0500               mv s11, a0
;;      2c: 233cb4ff               sd s11, -8(s0)
;;      30: 5300a522               fmv.d ft0, fa0
;;   @002d: f64.add
;;      34: 130ff03f               addi t5, zero, 0x3ff
;;      38: 131f4f03               slli t5, t5, 0x34
;;      3c: d3000ff2               fmv.d.x ft1, t5
;;      40: 53010022               fmv.d ft2, ft0
;;      44: 53011102               fadd.d ft2, ft2, ft1, rne
;;   @0039: f64.add
;;      48: 130f1000               addi t5, zero, 1
;;      4c: 131fef03               slli t5, t5, 0x3e
;;      50: d3000ff2               fmv.d.x ft1, t5
;;      54: d3010022               fmv.d ft3, ft0
;;      58: d3811102               fadd.d ft3, ft3, ft1, rne
;;   @0045: f64.add
;;      5c: 371f0000               lui t5, 1
;;      60: 1b0f1f80               addiw t5, t5, -0x7ff
;;      64: 131f3f03               slli t5, t5, 0x33
;;      68: d3000ff2               fmv.d.x ft1, t5
;;      6c: 53020022               fmv.d ft4, ft0
;;      70: 53021202               fadd.d ft4, ft4, ft1, rne
;;   @0051: f64.add
;;      74: 130f1040               addi t5, zero, 0x401
;;      78: 131f4f03               slli t5, t5, 0x34
;;      7c: d3000ff2               fmv.d.x ft1, t5
;;      80: d3020022               fmv.d ft5, ft0
;;      84: d3821202               fadd.d ft5, ft5, ft1, rne
;;   @005d: f64.add
;;      88: 371f0000               lui t5, 1
;;      8c: 1b0f5f00               addiw t5, t5, 5
;;      90: 131f2f03               slli t5, t5, 0x32
;;      94: d3000ff2               fmv.d.x ft1, t5
;;      98: 53030022               fmv.d ft6, ft0
;;      9c: 53031302               fadd.d ft6, ft6, ft1, rne
;;   @0069: f64.add
;;      a0: 371f0000               lui t5, 1
;;      a4: 1b0f3f80               addiw t5, t5, -0x7fd
;;      a8: 131f3f03               slli t5, t5, 0x33
;;      ac: d3000ff2               fmv.d.x ft1, t5
;;      b0: d3030022               fmv.d ft7, ft0
;;      b4: d3831302               fadd.d ft7, ft7, ft1, rne
;;   @0075: f64.add
;;      b8: 371f0000               lui t5, 1
;;      bc: 1b0f7f00               addiw t5, t5, 7
;;      c0: 131f2f03               slli t5, t5, 0x32
;;      c4: d3000ff2               fmv.d.x ft1, t5
;;      c8: 53050022               fmv.d fa0, ft0
;;      cc: 53051502               fadd.d fa0, fa0, ft1, rne
;;   @0081: f64.add
;;      d0: 130f1020               addi t5, zero, 0x201
;;      d4: 131f5f03               slli t5, t5, 0x35
;;      d8: d3000ff2               fmv.d.x ft1, t5
;;      dc: d3050022               fmv.d fa1, ft0
;;      e0: d3851502               fadd.d fa1, fa1, ft1, rne
;;   @008d: f64.add
;;      e4: 372f0000               lui t5, 2
;;      e8: 1b0f1f01               addiw t5, t5, 0x11
;;      ec: 131f1f03               slli t5, t5, 0x31
;;      f0: d3000ff2               fmv.d.x ft1, t5
;;      f4: 53060022               fmv.d fa2, ft0
;;      f8: 53061602               fadd.d fa2, fa2, ft1, rne
;;   @0099: f64.add
;;      fc: 371f0000               lui t5, 1
;;     100: 1b0f9f00               addiw t5, t5, 9
;;     104: 131f2f03               slli t5, t5, 0x32
;;     108: d3000ff2               fmv.d.x ft1, t5
;;     10c: d3060022               fmv.d fa3, ft0
;;     110: d3861602               fadd.d fa3, fa3, ft1, rne
;;   @00a5: f64.add
;;     114: 372f0000               lui t5, 2
;;     118: 1b0f3f01               addiw t5, t5, 0x13
;;     11c: 131f1f03               slli t5, t5, 0x31
;;     120: d3000ff2               fmv.d.x ft1, t5
;;     124: 53070022               fmv.d fa4, ft0
;;     128: 53071702               fadd.d fa4, fa4, ft1, rne
;;   @00b1: f64.add
;;     12c: 371f0000               lui t5, 1
;;     130: 1b0f5f80               addiw t5, t5, -0x7fb
;;     134: 131f3f03               slli t5, t5, 0x33
;;     138: d3000ff2               fmv.d.x ft1, t5
;;     13c: d3070022               fmv.d fa5, ft0
;;     140: d3871702               fadd.d fa5, fa5, ft1, rne
;;   @00bd: f64.add
;;     144: 372f0000               lui t5, 2
;;     148: 1b0f5f01               addiw t5, t5, 0x15
;;     14c: 131f1f03               slli t5, t5, 0x31
;;     150: d3000ff2               fmv.d.x ft1, t5
;;     154: 53080022               fmv.d fa6, ft0
;;     158: 53081802               fadd.d fa6, fa6, ft1, rne
;;   @00c9: f64.add
;;     15c: 371f0000               lui t5, 1
;;     160: 1b0fbf00               addiw t5, t5, 0xb
;;     164: 131f2f03               slli t5, t5, 0x32
;;     168: d3000ff2               fmv.d.x ft1, t5
;;     16c: d3080022               fmv.d fa7, ft0
;;     170: d3881802               fadd.d fa7, fa7, ft1, rne
;;   @00d5: f64.add
;;     174: 372f0000               lui t5, 2
;;     178: 1b0f7f01               addiw t5, t5, 0x17
;;     17c: 131f1f03               slli t5, t5, 0x31
;;     180: d3000ff2               fmv.d.x ft1, t5
;;     184: 530e0022               fmv.d ft8, ft0
;;     188: 530e1e02               fadd.d ft8, ft8, ft1, rne
;;   @00d6: f64.add
;;     18c: d388c803               fadd.d fa7, fa7, ft8, rne
;;   @00d7: f64.add
;;     190: 53081803               fadd.d fa6, fa6, fa7, rne
;;   @00d8: f64.add
;;     194: d3870703               fadd.d fa5, fa5, fa6, rne
;;   @00d9: f64.add
;;     198: 5307f702               fadd.d fa4, fa4, fa5, rne
;;   @00da: f64.add
;;     19c: d386e602               fadd.d fa3, fa3, fa4, rne
;;   @00db: f64.add
;;     1a0: 5306d602               fadd.d fa2, fa2, fa3, rne
;;   @00dc: f64.add
;;     1a4: d385c502               fadd.d fa1, fa1, fa2, rne
;;   @00dd: f64.add
;;     1a8: 5305b502               fadd.d fa0, fa0, fa1, rne
;;   @00de: f64.add
;;     1ac: d383a302               fadd.d ft7, ft7, fa0, rne
;;   @00df: f64.add
;;     1b0: 53037302               fadd.d ft6, ft6, ft7, rne
;;   @00e0: f64.add
;;     1b4: d3826202               fadd.d ft5, ft5, ft6, rne
;;   @00e1: f64.add
;;     1b8: 53025202               fadd.d ft4, ft4, ft5, rne
;;   @00e2: f64.add
;;     1bc: d3814102               fadd.d ft3, ft3, ft4, rne
;;   @00e3: f64.add
;;     1c0: 53013102               fadd.d ft2, ft2, ft3, rne
;;   @00e4: end
;;     1c4: 53052122               fmv.d fa0, ft2
;;     1c8: 13010400               mv sp, s0
;;     1cc: 83308100               ld ra, 8(sp)
;;     1d0: 03340100               ld s0, 0(sp)
;;     1d4: 13010101               addi sp, sp, 0x10
;;     1d8: 67800000               ret
;;   @0021: (func (;0;) (type 0) (param f64) (result f64)
;;     1dc: 731000c0               unimp
