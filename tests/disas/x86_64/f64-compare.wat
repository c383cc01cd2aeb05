;; A float comparison: unordered operands make it false.
(module (func (export "f") (param f64 f64) (result i32) local.get 0 local.get 1 f64.lt))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 21 instructions, 73 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec40000000         sub rsp, 0x40
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8225000000           jb 0x47
;;      22: f20f1145e8             movsd qword ptr [rbp - 0x18], xmm0
;;      27: f20f114de0             movsd qword ptr [rbp - 0x20], xmm1
;;   @0025: f64.lt
;;      2c: f20f1045e0             movsd xmm0, qword ptr [rbp - 0x20]
;;      31: f20f104de8             movsd xmm1, qword ptr [rbp - 0x18]
;;      36: 660f2ec1               ucomisd xmm0, xmm1
;;      3a: 0f97c3                 seta bl
;;      3d: 0fb6db                 movzx ebx, bl
;;   @0026: end
;;      40: 89d8                   mov eax, ebx
;;      42: 4889ec                 mov rsp, rbp
;;      45: 5d                     pop rbp
;;      46: c3                     ret
;;   @0020: (func (;0;) (type 0) (param f64 f64) (result i32)
;;      47: 0f0b                   ud2
