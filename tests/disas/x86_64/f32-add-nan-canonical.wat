;;! set enable_nan_canonicalization=true
;; With NaN canonicalization on, a NaN result is replaced by the canonical 0x7fc00000.
(module (func (export "f") (param f32 f32) (result f32) (f32.add (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 29 instructions, 111 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec40000000         sub rsp, 0x40
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f824b000000           jb 0x6d
;;      22: f30f1145e8             movss dword ptr [rbp - 0x18], xmm0
;;      27: f30f114de0             movss dword ptr [rbp - 0x20], xmm1
;;   @0025: f32.add
;;      2c: f30f1045e0             movss xmm0, dword ptr [rbp - 0x20]
;;      31: f30f104de8             movss xmm1, dword ptr [rbp - 0x18]
;;      36: f3400f58c8             addss xmm1, xmm0
;;      3b: 400f2ec9               ucomiss xmm1, xmm1
;;      3f: 0f95c3                 setne bl
;;      42: 400fb6db               movzx ebx, bl
;;      46: 410f9ac3               setp r11b
;;      4a: 450fb6db               movzx r11d, r11b
;;      4e: 4409db                 or ebx, r11d
;;      51: 85db                   test ebx, ebx
;;      53: 0f840b000000           je 0x64
;;      59: 41bb0000c07f           mov r11d, 0x7fc00000
;;      5f: 66410f6ecb             movd xmm1, r11d
;;   @0026: end
;;      64: 400f28c1               movaps xmm0, xmm1
;;      68: 4889ec                 mov rsp, rbp
;;      6b: 5d                     pop rbp
;;      6c: c3                     ret
;;   @0020: (func (;0;) (type 0) (param f32 f32) (result f32)
;;      6d: 0f0b                   ud2
