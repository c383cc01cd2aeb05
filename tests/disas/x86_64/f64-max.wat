;; f64.max.
(module (func (export "f") (param f64 f64) (result f64) local.get 0 local.get 1 f64.max))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 26 instructions, 97 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec40000000         sub rsp, 0x40
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8244000000           jb 0x5f
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;      26: 440f28c9               movaps xmm9, xmm1
;;   @0025: f64.max
;;      2a: 410f28c1               movaps xmm0, xmm9
;;      2e: 410f28c8               movaps xmm1, xmm8
;;      32: 660f2ec8               ucomisd xmm1, xmm0
;;      36: 0f8a0e000000           jp 0x4a
;;      3c: 0f8511000000           jne 0x53
;;      42: 0f54c8                 andps xmm1, xmm0
;;      45: e90d000000             jmp 0x57
;;      4a: f20f58c8               addsd xmm1, xmm0
;;      4e: e904000000             jmp 0x57
;;      53: f20f5fc8               maxsd xmm1, xmm0
;;   @0026: end
;;      57: 0f28c1                 movaps xmm0, xmm1
;;      5a: 4889ec                 mov rsp, rbp
;;      5d: 5d                     pop rbp
;;      5e: c3                     ret
;;   @0020: (func (;0;) (type 0) (param f64 f64) (result f64)
;;      5f: 0f0b                   ud2
