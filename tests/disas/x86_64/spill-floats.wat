;; Float register pressure.
(module (func (export "f") (param f64) (result f64)
  local.get 0 f64.const 1 f64.add local.get 0 f64.const 2 f64.add local.get 0 f64.const 3 f64.add
  local.get 0 f64.const 4 f64.add local.get 0 f64.const 5 f64.add local.get 0 f64.const 6 f64.add
  local.get 0 f64.const 7 f64.add local.get 0 f64.const 8 f64.add local.get 0 f64.const 9 f64.add
  local.get 0 f64.const 10 f64.add local.get 0 f64.const 11 f64.add local.get 0 f64.const 12 f64.add
  local.get 0 f64.const 13 f64.add local.get 0 f64.const 14 f64.add local.get 0 f64.const 15 f64.add
  f64.add f64.add f64.add f64.add f64.add f64.add f64.add f64.add f64.add f64.add f64.add f64.add f64.add f64.add))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 94 instructions, 487 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec20010000         sub rsp, 0x120
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f82ca010000           jb 0x1e5
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;   @002d: f64.add
;;      26: 49bb000000000000f03f   movabs r11, 0x3ff0000000000000
;;      30: 66490f6ec3             movq xmm0, r11
;;      35: 410f28c8               movaps xmm1, xmm8
;;      39: f20f58c8               addsd xmm1, xmm0
;;   @0039: f64.add
;;      3d: 49bb0000000000000040   movabs r11, 0x4000000000000000
;;      47: 66490f6ec3             movq xmm0, r11
;;      4c: 410f28d0               movaps xmm2, xmm8
;;      50: f20f58d0               addsd xmm2, xmm0
;;   @0045: f64.add
;;      54: 49bb0000000000000840   movabs r11, 0x4008000000000000
;;      5e: 66490f6ec3             movq xmm0, r11
;;      63: 410f28d8               movaps xmm3, xmm8
;;      67: f20f58d8               addsd xmm3, xmm0
;;   @0051: f64.add
;;      6b: 49bb0000000000001040   movabs r11, 0x4010000000000000
;;      75: 66490f6ec3             movq xmm0, r11
;;      7a: 410f28e0               movaps xmm4, xmm8
;;      7e: f20f58e0               addsd xmm4, xmm0
;;   @005d: f64.add
;;      82: 49bb0000000000001440   movabs r11, 0x4014000000000000
;;      8c: 66490f6ec3             movq xmm0, r11
;;      91: 410f28e8               movaps xmm5, xmm8
;;      95: f20f58e8               addsd xmm5, xmm0
;;   @0069: f64.add
;;      99: 49bb0000000000001840   movabs r11, 0x4018000000000000
;;      a3: 66490f6ec3             movq xmm0, r11
;;      a8: 410f28f0               movaps xmm6, xmm8
;;      ac: f20f58f0               addsd xmm6, xmm0
;;   @0075: f64.add
;;      b0: 49bb0000000000001c40   movabs r11, 0x401c000000000000
;;      ba: 66490f6ec3             movq xmm0, r11
;;      bf: 410f28f8               movaps xmm7, xmm8
;;      c3: f20f58f8               addsd xmm7, xmm0
;;   @0081: f64.add
;;      c7: 49bb0000000000002040   movabs r11, 0x4020000000000000
;;      d1: 66490f6ec3             movq xmm0, r11
;;      d6: 450f28c8               movaps xmm9, xmm8
;;      da: f2440f58c8             addsd xmm9, xmm0
;;   @008d: f64.add
;;      df: 49bb0000000000002240   movabs r11, 0x4022000000000000
;;      e9: 66490f6ec3             movq xmm0, r11
;;      ee: 450f28d0               movaps xmm10, xmm8
;;      f2: f2440f58d0             addsd xmm10, xmm0
;;   @0099: f64.add
;;      f7: 49bb0000000000002440   movabs r11, 0x4024000000000000
;;     101: 66490f6ec3             movq xmm0, r11
;;     106: 450f28d8               movaps xmm11, xmm8
;;     10a: f2440f58d8             addsd xmm11, xmm0
;;   @00a5: f64.add
;;     10f: 49bb0000000000002640   movabs r11, 0x4026000000000000
;;     119: 66490f6ec3             movq xmm0, r11
;;     11e: 450f28e0               movaps xmm12, xmm8
;;     122: f2440f58e0             addsd xmm12, xmm0
;;   @00b1: f64.add
;;     127: 49bb0000000000002840   movabs r11, 0x4028000000000000
;;     131: 66490f6ec3             movq xmm0, r11
;;     136: 450f28e8               movaps xmm13, xmm8
;;     13a: f2440f58e8             addsd xmm13, xmm0
;;   @00bd: f64.add
;;     13f: 49bb0000000000002a40   movabs r11, 0x402a000000000000
;;     149: 66490f6ec3             movq xmm0, r11
;;     14e: f20f114dd8             movsd qword ptr [rbp - 0x28], xmm1
;;     153: 410f28c8               movaps xmm1, xmm8
;;     157: f20f58c8               addsd xmm1, xmm0
;;   @00c9: f64.add
;;     15b: 49bb0000000000002c40   movabs r11, 0x402c000000000000
;;     165: 66490f6ec3             movq xmm0, r11
;;     16a: f20f1155c8             movsd qword ptr [rbp - 0x38], xmm2
;;     16f: 410f28d0               movaps xmm2, xmm8
;;     173: f20f58d0               addsd xmm2, xmm0
;;   @00d5: f64.add
;;     177: 49bb0000000000002e40   movabs r11, 0x402e000000000000
;;     181: 66490f6ec3             movq xmm0, r11
;;     186: f20f115db8             movsd qword ptr [rbp - 0x48], xmm3
;;     18b: 410f28d8               movaps xmm3, xmm8
;;     18f: f20f58d8               addsd xmm3, xmm0
;;   @00d6: f64.add
;;     193: f20f58d3               addsd xmm2, xmm3
;;   @00d7: f64.add
;;     197: f20f58ca               addsd xmm1, xmm2
;;   @00d8: f64.add
;;     19b: f2440f58e9             addsd xmm13, xmm1
;;   @00d9: f64.add
;;     1a0: f2450f58e5             addsd xmm12, xmm13
;;   @00da: f64.add
;;     1a5: f2450f58dc             addsd xmm11, xmm12
;;   @00db: f64.add
;;     1aa: f2450f58d3             addsd xmm10, xmm11
;;   @00dc: f64.add
;;     1af: f2450f58ca             addsd xmm9, xmm10
;;   @00dd: f64.add
;;     1b4: f2410f58f9             addsd xmm7, xmm9
;;   @00de: f64.add
;;     1b9: f20f58f7               addsd xmm6, xmm7
;;   @00df: f64.add
;;     1bd: f20f58ee               addsd xmm5, xmm6
;;   @00e0: f64.add
;;     1c1: f20f58e5               addsd xmm4, xmm5
;;   @00e1: f64.add
;;     1c5: f20f1045b8             movsd xmm0, qword ptr [rbp - 0x48]
;;     1ca: f20f58c4               addsd xmm0, xmm4
;;   @00e2: f64.add
;;     1ce: f20f104dc8             movsd xmm1, qword ptr [rbp - 0x38]
;;     1d3: f20f58c8               addsd xmm1, xmm0
;;   @00e3: f64.add
;;     1d7: f20f1045d8             movsd xmm0, qword ptr [rbp - 0x28]
;;     1dc: f20f58c1               addsd xmm0, xmm1
;;   @00e4: end
;;     1e0: 4889ec                 mov rsp, rbp
;;     1e3: 5d                     pop rbp
;;     1e4: c3                     ret
;;   @0021: (func (;0;) (type 0) (param f64) (result f64)
;;     1e5: 0f0b                   ud2
