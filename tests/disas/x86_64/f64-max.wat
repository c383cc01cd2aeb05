;; f64.max.
(module (func (export "f") (param f64 f64) (result f64) local.get 0 local.get 1 f64.max))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 26 instructions, 106 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec40000000         sub rsp, 0x40
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8246000000           jb 0x68
;;      22: f20f1145e8             movsd qword ptr [rbp - 0x18], xmm0
;;      27: f20f114de0             movsd qword ptr [rbp - 0x20], xmm1
;;   @0025: f64.max
;;      2c: f20f1045e0             movsd xmm0, qword ptr [rbp - 0x20]
;;      31: f20f104de8             movsd xmm1, qword ptr [rbp - 0x18]
;;      36: 66400f2ec8             ucomisd xmm1, xmm0
;;      3b: 0f8a0f000000           jp 0x50
;;      41: 0f8513000000           jne 0x5a
;;      47: 400f54c8               andps xmm1, xmm0
;;      4b: e90f000000             jmp 0x5f
;;      50: f2400f58c8             addsd xmm1, xmm0
;;      55: e905000000             jmp 0x5f
;;      5a: f2400f5fc8             maxsd xmm1, xmm0
;;   @0026: end
;;      5f: 400f28c1               movaps xmm0, xmm1
;;      63: 4889ec                 mov rsp, rbp
;;      66: 5d                     pop rbp
;;      67: c3                     ret
;;   @0020: (func (;0;) (type 0) (param f64 f64) (result f64)
;;      68: 0f0b                   ud2
