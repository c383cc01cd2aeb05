;; f32.min: NaN and -0.0 handling around minss.
(module (func (export "f") (param f32 f32) (result f32) local.get 0 local.get 1 f32.min))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 26 instructions, 96 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec40000000         sub rsp, 0x40
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8243000000           jb 0x5e
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;      26: 440f28c9               movaps xmm9, xmm1
;;   @0025: f32.min
;;      2a: 410f28c1               movaps xmm0, xmm9
;;      2e: 410f28c8               movaps xmm1, xmm8
;;      32: 0f2ec8                 ucomiss xmm1, xmm0
;;      35: 0f8a0e000000           jp 0x49
;;      3b: 0f8511000000           jne 0x52
;;      41: 0f56c8                 orps xmm1, xmm0
;;      44: e90d000000             jmp 0x56
;;      49: f30f58c8               addss xmm1, xmm0
;;      4d: e904000000             jmp 0x56
;;      52: f30f5dc8               minss xmm1, xmm0
;;   @0026: end
;;      56: 0f28c1                 movaps xmm0, xmm1
;;      59: 4889ec                 mov rsp, rbp
;;      5c: 5d                     pop rbp
;;      5d: c3                     ret
;;   @0020: (func (;0;) (type 0) (param f32 f32) (result f32)
;;      5e: 0f0b                   ud2
