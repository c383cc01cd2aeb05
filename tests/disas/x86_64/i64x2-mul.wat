;; i64x2.mul has no instruction on SSE4 or NEON: x86_64 builds it from 32-bit halves with
;; pmuludq, aarch64 multiplies each lane in general registers.
(module
  (func (export "f") (param v128 v128) (result v128) (i64x2.mul (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 30 instructions, 123 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8257000000           jb 0x79
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;      27: f30f7f4dd0             movdqu xmmword ptr [rbp - 0x30], xmm1
;;   @0025: i64x2.mul
;;      2c: f30f6f45d0             movdqu xmm0, xmmword ptr [rbp - 0x30]
;;      31: f30f6f4de0             movdqu xmm1, xmmword ptr [rbp - 0x20]
;;      36: 440f28f9               movaps xmm15, xmm1
;;      3a: 66410f73d720           psrlq xmm15, 0x20
;;      40: 66440ff4f8             pmuludq xmm15, xmm0
;;      45: 440f28f0               movaps xmm14, xmm0
;;      49: 66410f73d620           psrlq xmm14, 0x20
;;      4f: 66440ff4f1             pmuludq xmm14, xmm1
;;      54: 66450fd4fe             paddq xmm15, xmm14
;;      59: 66410f73f720           psllq xmm15, 0x20
;;      5f: 440f28f1               movaps xmm14, xmm1
;;      63: 66440ff4f0             pmuludq xmm14, xmm0
;;      68: 410f28ce               movaps xmm1, xmm14
;;      6c: 66410fd4cf             paddq xmm1, xmm15
;;   @0028: end
;;      71: 0f28c1                 movaps xmm0, xmm1
;;      74: 4889ec                 mov rsp, rbp
;;      77: 5d                     pop rbp
;;      78: c3                     ret
;;   @0020: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      79: 0f0b                   ud2
