;;! set enable_nan_canonicalization=true
;; With NaN canonicalization on, a NaN result is replaced by the canonical 0x7fc00000.
(module (func (export "f") (param f32 f32) (result f32) (f32.add (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 29 instructions, 107 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec40000000         sub rsp, 0x40
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8247000000           jb 0x69
;;      22: f30f1145e8             movss dword ptr [rbp - 0x18], xmm0
;;      27: f30f114de0             movss dword ptr [rbp - 0x20], xmm1
;;   @0025: f32.add
;;      2c: f30f1045e0             movss xmm0, dword ptr [rbp - 0x20]
;;      31: f30f104de8             movss xmm1, dword ptr [rbp - 0x18]
;;      36: f30f58c8               addss xmm1, xmm0
;;      3a: 0f2ec9                 ucomiss xmm1, xmm1
;;      3d: 0f95c3                 setne bl
;;      40: 0fb6db                 movzx ebx, bl
;;      43: 410f9ac3               setp r11b
;;      47: 450fb6db               movzx r11d, r11b
;;      4b: 4409db                 or ebx, r11d
;;      4e: 85db                   test ebx, ebx
;;      50: 0f840b000000           je 0x61
;;      56: 41bb0000c07f           mov r11d, 0x7fc00000
;;      5c: 66410f6ecb             movd xmm1, r11d
;;   @0026: end
;;      61: 0f28c1                 movaps xmm0, xmm1
;;      64: 4889ec                 mov rsp, rbp
;;      67: 5d                     pop rbp
;;      68: c3                     ret
;;   @0020: (func (;0;) (type 0) (param f32 f32) (result f32)
;;      69: 0f0b                   ud2
