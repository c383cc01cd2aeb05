;; Float register pressure.
(module (func (export "f") (param f64) (result f64)
  local.get 0 f64.const 1 f64.add local.get 0 f64.const 2 f64.add local.get 0 f64.const 3 f64.add
  local.get 0 f64.const 4 f64.add local.get 0 f64.const 5 f64.add local.get 0 f64.const 6 f64.add
  local.get 0 f64.const 7 f64.add local.get 0 f64.const 8 f64.add local.get 0 f64.const 9 f64.add
  local.get 0 f64.const 10 f64.add local.get 0 f64.const 11 f64.add local.get 0 f64.const 12 f64.add
  local.get 0 f64.const 13 f64.add local.get 0 f64.const 14 f64.add local.get 0 f64.const 15 f64.add
  f64.add f64.add f64.add f64.add f64.add f64.add f64.add f64.add f64.add f64.add f64.add f64.add f64.add f64.add))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 93 instructions, 504 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec20010000         sub rsp, 0x120
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f82d4010000           jb 0x1f6
;;      22: f20f1145e8             movsd qword ptr [rbp - 0x18], xmm0
;;   @002d: f64.add
;;      27: 49bb000000000000f03f   movabs r11, 0x3ff0000000000000
;;      31: 66490f6ec3             movq xmm0, r11
;;      36: f20f104de8             movsd xmm1, qword ptr [rbp - 0x18]
;;      3b: f20f58c8               addsd xmm1, xmm0
;;   @0039: f64.add
;;      3f: 49bb0000000000000040   movabs r11, 0x4000000000000000
;;      49: 66490f6ec3             movq xmm0, r11
;;      4e: f20f1055e8             movsd xmm2, qword ptr [rbp - 0x18]
;;      53: f20f58d0               addsd xmm2, xmm0
;;   @0045: f64.add
;;      57: 49bb0000000000000840   movabs r11, 0x4008000000000000
;;      61: 66490f6ec3             movq xmm0, r11
;;      66: f20f105de8             movsd xmm3, qword ptr [rbp - 0x18]
;;      6b: f20f58d8               addsd xmm3, xmm0
;;   @0051: f64.add
;;      6f: 49bb0000000000001040   movabs r11, 0x4010000000000000
;;      79: 66490f6ec3             movq xmm0, r11
;;      7e: f20f1065e8             movsd xmm4, qword ptr [rbp - 0x18]
;;      83: f20f58e0               addsd xmm4, xmm0
;;   @005d: f64.add
;;      87: 49bb0000000000001440   movabs r11, 0x4014000000000000
;;      91: 66490f6ec3             movq xmm0, r11
;;      96: f20f106de8             movsd xmm5, qword ptr [rbp - 0x18]
;;      9b: f20f58e8               addsd xmm5, xmm0
;;   @0069: f64.add
;;      9f: 49bb0000000000001840   movabs r11, 0x4018000000000000
;;      a9: 66490f6ec3             movq xmm0, r11
;;      ae: f20f1075e8             movsd xmm6, qword ptr [rbp - 0x18]
;;      b3: f20f58f0               addsd xmm6, xmm0
;;   @0075: f64.add
;;      b7: 49bb0000000000001c40   movabs r11, 0x401c000000000000
;;      c1: 66490f6ec3             movq xmm0, r11
;;      c6: f20f107de8             movsd xmm7, qword ptr [rbp - 0x18]
;;      cb: f20f58f8               addsd xmm7, xmm0
;;   @0081: f64.add
;;      cf: 49bb0000000000002040   movabs r11, 0x4020000000000000
;;      d9: 66490f6ec3             movq xmm0, r11
;;      de: f2440f1045e8           movsd xmm8, qword ptr [rbp - 0x18]
;;      e4: f2440f58c0             addsd xmm8, xmm0
;;   @008d: f64.add
;;      e9: 49bb0000000000002240   movabs r11, 0x4022000000000000
;;      f3: 66490f6ec3             movq xmm0, r11
;;      f8: f2440f104de8           movsd xmm9, qword ptr [rbp - 0x18]
;;      fe: f2440f58c8             addsd xmm9, xmm0
;;   @0099: f64.add
;;     103: 49bb0000000000002440   movabs r11, 0x4024000000000000
;;     10d: 66490f6ec3             movq xmm0, r11
;;     112: f2440f1055e8           movsd xmm10, qword ptr [rbp - 0x18]
;;     118: f2440f58d0             addsd xmm10, xmm0
;;   @00a5: f64.add
;;     11d: 49bb0000000000002640   movabs r11, 0x4026000000000000
;;     127: 66490f6ec3             movq xmm0, r11
;;     12c: f2440f105de8           movsd xmm11, qword ptr [rbp - 0x18]
;;     132: f2440f58d8             addsd xmm11, xmm0
;;   @00b1: f64.add
;;     137: 49bb0000000000002840   movabs r11, 0x4028000000000000
;;     141: 66490f6ec3             movq xmm0, r11
;;     146: f2440f1065e8           movsd xmm12, qword ptr [rbp - 0x18]
;;     14c: f2440f58e0             addsd xmm12, xmm0
;;   @00bd: f64.add
;;     151: 49bb0000000000002a40   movabs r11, 0x402a000000000000
;;     15b: 66490f6ec3             movq xmm0, r11
;;     160: f2440f106de8           movsd xmm13, qword ptr [rbp - 0x18]
;;     166: f2440f58e8             addsd xmm13, xmm0
;;   @00c9: f64.add
;;     16b: 49bb0000000000002c40   movabs r11, 0x402c000000000000
;;     175: 66490f6ec3             movq xmm0, r11
;;     17a: f20f114dd8             movsd qword ptr [rbp - 0x28], xmm1
;;     17f: f20f104de8             movsd xmm1, qword ptr [rbp - 0x18]
;;     184: f20f58c8               addsd xmm1, xmm0
;;   @00d5: f64.add
;;     188: 49bb0000000000002e40   movabs r11, 0x402e000000000000
;;     192: 66490f6ec3             movq xmm0, r11
;;     197: f20f1155c8             movsd qword ptr [rbp - 0x38], xmm2
;;     19c: f20f1055e8             movsd xmm2, qword ptr [rbp - 0x18]
;;     1a1: f20f58d0               addsd xmm2, xmm0
;;   @00d6: f64.add
;;     1a5: f20f58ca               addsd xmm1, xmm2
;;   @00d7: f64.add
;;     1a9: f2440f58e9             addsd xmm13, xmm1
;;   @00d8: f64.add
;;     1ae: f2450f58e5             addsd xmm12, xmm13
;;   @00d9: f64.add
;;     1b3: f2450f58dc             addsd xmm11, xmm12
;;   @00da: f64.add
;;     1b8: f2450f58d3             addsd xmm10, xmm11
;;   @00db: f64.add
;;     1bd: f2450f58ca             addsd xmm9, xmm10
;;   @00dc: f64.add
;;     1c2: f2450f58c1             addsd xmm8, xmm9
;;   @00dd: f64.add
;;     1c7: f2410f58f8             addsd xmm7, xmm8
;;   @00de: f64.add
;;     1cc: f20f58f7               addsd xmm6, xmm7
;;   @00df: f64.add
;;     1d0: f20f58ee               addsd xmm5, xmm6
;;   @00e0: f64.add
;;     1d4: f20f58e5               addsd xmm4, xmm5
;;   @00e1: f64.add
;;     1d8: f20f58dc               addsd xmm3, xmm4
;;   @00e2: f64.add
;;     1dc: f20f1045c8             movsd xmm0, qword ptr [rbp - 0x38]
;;     1e1: f20f58c3               addsd xmm0, xmm3
;;   @00e3: f64.add
;;     1e5: f20f104dd8             movsd xmm1, qword ptr [rbp - 0x28]
;;     1ea: f20f58c8               addsd xmm1, xmm0
;;   @00e4: end
;;     1ee: 0f28c1                 movaps xmm0, xmm1
;;     1f1: 4889ec                 mov rsp, rbp
;;     1f4: 5d                     pop rbp
;;     1f5: c3                     ret
;;   @0021: (func (;0;) (type 0) (param f64) (result f64)
;;     1f6: 0f0b                   ud2
