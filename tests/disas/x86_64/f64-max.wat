;; f64.max.
(module (func (export "f") (param f64 f64) (result f64) local.get 0 local.get 1 f64.max))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 26 instructions, 101 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec40000000         sub rsp, 0x40
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8241000000           jb 0x63
;;      22: f20f1145e8             movsd qword ptr [rbp - 0x18], xmm0
;;      27: f20f114de0             movsd qword ptr [rbp - 0x20], xmm1
;;   @0025: f64.max
;;      2c: f20f1045e0             movsd xmm0, qword ptr [rbp - 0x20]
;;      31: f20f104de8             movsd xmm1, qword ptr [rbp - 0x18]
;;      36: 660f2ec8               ucomisd xmm1, xmm0
;;      3a: 0f8a0e000000           jp 0x4e
;;      40: 0f8511000000           jne 0x57
;;      46: 0f54c8                 andps xmm1, xmm0
;;      49: e90d000000             jmp 0x5b
;;      4e: f20f58c8               addsd xmm1, xmm0
;;      52: e904000000             jmp 0x5b
;;      57: f20f5fc8               maxsd xmm1, xmm0
;;   @0026: end
;;      5b: 0f28c1                 movaps xmm0, xmm1
;;      5e: 4889ec                 mov rsp, rbp
;;      61: 5d                     pop rbp
;;      62: c3                     ret
;;   @0020: (func (;0;) (type 0) (param f64 f64) (result f64)
;;      63: 0f0b                   ud2
