;; Float register pressure.
(module (func (export "f") (param f64) (result f64)
  local.get 0 f64.const 1 f64.add local.get 0 f64.const 2 f64.add local.get 0 f64.const 3 f64.add
  local.get 0 f64.const 4 f64.add local.get 0 f64.const 5 f64.add local.get 0 f64.const 6 f64.add
  local.get 0 f64.const 7 f64.add local.get 0 f64.const 8 f64.add local.get 0 f64.const 9 f64.add
  local.get 0 f64.const 10 f64.add local.get 0 f64.const 11 f64.add local.get 0 f64.const 12 f64.add
  local.get 0 f64.const 13 f64.add local.get 0 f64.const 14 f64.add local.get 0 f64.const 15 f64.add
  f64.add f64.add f64.add f64.add f64.add f64.add f64.add f64.add f64.add f64.add f64.add f64.add f64.add f64.add))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 93 instructions, 630 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec20010000         sub rsp, 0x120
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8244020000           jb 0x274
;;      30: f2400f118425e8ffffff   movsd qword ptr [rbp + riz - 0x18], xmm0
;;   @002d: f64.add
;;      3a: 49bb000000000000f03f   movabs r11, 0x3ff0000000000000
;;      44: 66490f6ec3             movq xmm0, r11
;;      49: f2400f108c25e8ffffff   movsd xmm1, qword ptr [rbp + riz - 0x18]
;;      53: f2400f58c8             addsd xmm1, xmm0
;;   @0039: f64.add
;;      58: 49bb0000000000000040   movabs r11, 0x4000000000000000
;;      62: 66490f6ec3             movq xmm0, r11
;;      67: f2400f109425e8ffffff   movsd xmm2, qword ptr [rbp + riz - 0x18]
;;      71: f2400f58d0             addsd xmm2, xmm0
;;   @0045: f64.add
;;      76: 49bb0000000000000840   movabs r11, 0x4008000000000000
;;      80: 66490f6ec3             movq xmm0, r11
;;      85: f2400f109c25e8ffffff   movsd xmm3, qword ptr [rbp + riz - 0x18]
;;      8f: f2400f58d8             addsd xmm3, xmm0
;;   @0051: f64.add
;;      94: 49bb0000000000001040   movabs r11, 0x4010000000000000
;;      9e: 66490f6ec3             movq xmm0, r11
;;      a3: f2400f10a425e8ffffff   movsd xmm4, qword ptr [rbp + riz - 0x18]
;;      ad: f2400f58e0             addsd xmm4, xmm0
;;   @005d: f64.add
;;      b2: 49bb0000000000001440   movabs r11, 0x4014000000000000
;;      bc: 66490f6ec3             movq xmm0, r11
;;      c1: f2400f10ac25e8ffffff   movsd xmm5, qword ptr [rbp + riz - 0x18]
;;      cb: f2400f58e8             addsd xmm5, xmm0
;;   @0069: f64.add
;;      d0: 49bb0000000000001840   movabs r11, 0x4018000000000000
;;      da: 66490f6ec3             movq xmm0, r11
;;      df: f2400f10b425e8ffffff   movsd xmm6, qword ptr [rbp + riz - 0x18]
;;      e9: f2400f58f0             addsd xmm6, xmm0
;;   @0075: f64.add
;;      ee: 49bb0000000000001c40   movabs r11, 0x401c000000000000
;;      f8: 66490f6ec3             movq xmm0, r11
;;      fd: f2400f10bc25e8ffffff   movsd xmm7, qword ptr [rbp + riz - 0x18]
;;     107: f2400f58f8             addsd xmm7, xmm0
;;   @0081: f64.add
;;     10c: 49bb0000000000002040   movabs r11, 0x4020000000000000
;;     116: 66490f6ec3             movq xmm0, r11
;;     11b: f2440f108425e8ffffff   movsd xmm8, qword ptr [rbp + riz - 0x18]
;;     125: f2440f58c0             addsd xmm8, xmm0
;;   @008d: f64.add
;;     12a: 49bb0000000000002240   movabs r11, 0x4022000000000000
;;     134: 66490f6ec3             movq xmm0, r11
;;     139: f2440f108c25e8ffffff   movsd xmm9, qword ptr [rbp + riz - 0x18]
;;     143: f2440f58c8             addsd xmm9, xmm0
;;   @0099: f64.add
;;     148: 49bb0000000000002440   movabs r11, 0x4024000000000000
;;     152: 66490f6ec3             movq xmm0, r11
;;     157: f2440f109425e8ffffff   movsd xmm10, qword ptr [rbp + riz - 0x18]
;;     161: f2440f58d0             addsd xmm10, xmm0
;;   @00a5: f64.add
;;     166: 49bb0000000000002640   movabs r11, 0x4026000000000000
;;     170: 66490f6ec3             movq xmm0, r11
;;     175: f2440f109c25e8ffffff   movsd xmm11, qword ptr [rbp + riz - 0x18]
;;     17f: f2440f58d8             addsd xmm11, xmm0
;;   @00b1: f64.add
;;     184: 49bb0000000000002840   movabs r11, 0x4028000000000000
;;     18e: 66490f6ec3             movq xmm0, r11
;;     193: f2440f10a425e8ffffff   movsd xmm12, qword ptr [rbp + riz - 0x18]
;;     19d: f2440f58e0             addsd xmm12, xmm0
;;   @00bd: f64.add
;;     1a2: 49bb0000000000002a40   movabs r11, 0x402a000000000000
;;     1ac: 66490f6ec3             movq xmm0, r11
;;     1b1: f2440f10ac25e8ffffff   movsd xmm13, qword ptr [rbp + riz - 0x18]
;;     1bb: f2440f58e8             addsd xmm13, xmm0
;;   @00c9: f64.add
;;     1c0: 49bb0000000000002c40   movabs r11, 0x402c000000000000
;;     1ca: 66490f6ec3             movq xmm0, r11
;;     1cf: f2400f118c25d8ffffff   movsd qword ptr [rbp + riz - 0x28], xmm1
;;     1d9: f2400f108c25e8ffffff   movsd xmm1, qword ptr [rbp + riz - 0x18]
;;     1e3: f2400f58c8             addsd xmm1, xmm0
;;   @00d5: f64.add
;;     1e8: 49bb0000000000002e40   movabs r11, 0x402e000000000000
;;     1f2: 66490f6ec3             movq xmm0, r11
;;     1f7: f2400f119425c8ffffff   movsd qword ptr [rbp + riz - 0x38], xmm2
;;     201: f2400f109425e8ffffff   movsd xmm2, qword ptr [rbp + riz - 0x18]
;;     20b: f2400f58d0             addsd xmm2, xmm0
;;   @00d6: f64.add
;;     210: f2400f58ca             addsd xmm1, xmm2
;;   @00d7: f64.add
;;     215: f2440f58e9             addsd xmm13, xmm1
;;   @00d8: f64.add
;;     21a: f2450f58e5             addsd xmm12, xmm13
;;   @00d9: f64.add
;;     21f: f2450f58dc             addsd xmm11, xmm12
;;   @00da: f64.add
;;     224: f2450f58d3             addsd xmm10, xmm11
;;   @00db: f64.add
;;     229: f2450f58ca             addsd xmm9, xmm10
;;   @00dc: f64.add
;;     22e: f2450f58c1             addsd xmm8, xmm9
;;   @00dd: f64.add
;;     233: f2410f58f8             addsd xmm7, xmm8
;;   @00de: f64.add
;;     238: f2400f58f7             addsd xmm6, xmm7
;;   @00df: f64.add
;;     23d: f2400f58ee             addsd xmm5, xmm6
;;   @00e0: f64.add
;;     242: f2400f58e5             addsd xmm4, xmm5
;;   @00e1: f64.add
;;     247: f2400f58dc             addsd xmm3, xmm4
;;   @00e2: f64.add
;;     24c: f2400f108425c8ffffff   movsd xmm0, qword ptr [rbp + riz - 0x38]
;;     256: f2400f58c3             addsd xmm0, xmm3
;;   @00e3: f64.add
;;     25b: f2400f108c25d8ffffff   movsd xmm1, qword ptr [rbp + riz - 0x28]
;;     265: f2400f58c8             addsd xmm1, xmm0
;;   @00e4: end
;;     26a: 400f28c1               movaps xmm0, xmm1
;;     26e: 4889ec                 mov rsp, rbp
;;     271: 405d                   pop rbp
;;     273: c3                     ret
;;   @0021: (func (;0;) (type 0) (param f64) (result f64)
;;     274: 0f0b                   ud2
