;;! set enable_nan_canonicalization=true
;; With NaN canonicalization on, a NaN result is replaced by the canonical 0x7fc00000.
(module (func (export "f") (param f32 f32) (result f32) (f32.add (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 29 instructions, 105 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec40000000         sub rsp, 0x40
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f824c000000           jb 0x67
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;      26: 440f28c9               movaps xmm9, xmm1
;;   @0025: f32.add
;;      2a: 410f28c1               movaps xmm0, xmm9
;;      2e: 410f28c8               movaps xmm1, xmm8
;;      32: f30f58c8               addss xmm1, xmm0
;;      36: 0f2ec9                 ucomiss xmm1, xmm1
;;      39: 400f95c6               setne sil
;;      3d: 400fb6f6               movzx esi, sil
;;      41: 410f9ac3               setp r11b
;;      45: 450fb6db               movzx r11d, r11b
;;      49: 4409de                 or esi, r11d
;;      4c: 85f6                   test esi, esi
;;      4e: 0f840b000000           je 0x5f
;;      54: 41bb0000c07f           mov r11d, 0x7fc00000
;;      5a: 66410f6ecb             movd xmm1, r11d
;;   @0026: end
;;      5f: 0f28c1                 movaps xmm0, xmm1
;;      62: 4889ec                 mov rsp, rbp
;;      65: 5d                     pop rbp
;;      66: c3                     ret
;;   @0020: (func (;0;) (type 0) (param f32 f32) (result f32)
;;      67: 0f0b                   ud2
