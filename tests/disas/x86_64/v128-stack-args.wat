;; v128 arguments beyond the argument registers go in 16-byte, 16-byte-aligned stack slots.
(module
  (func $many (param v128 v128 v128 v128 v128 v128 v128 v128 i32 v128 v128) (result v128) (i32x4.add (local.get 9) (local.get 10)))
  (func (export "call") (param v128) (result v128) (call $many (local.get 0) (local.get 0) (local.get 0) (local.get 0) (local.get 0) (local.get 0) (local.get 0) (local.get 0) (i32.const 1) (local.get 0) (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (many): kindling, x86_64-unknown-linux-gnu: 28 instructions, 119 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ece0000000         sub rsp, 0xe0
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f825a000000           jb 0x75
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;      27: f30f7f4dd0             movdqu xmmword ptr [rbp - 0x30], xmm1
;;      2c: f30f7f55c0             movdqu xmmword ptr [rbp - 0x40], xmm2
;;      31: f30f7f5db0             movdqu xmmword ptr [rbp - 0x50], xmm3
;;      36: f30f7f65a0             movdqu xmmword ptr [rbp - 0x60], xmm4
;;      3b: f30f7f6d90             movdqu xmmword ptr [rbp - 0x70], xmm5
;;      40: f30f7f7580             movdqu xmmword ptr [rbp - 0x80], xmm6
;;      45: f30f7fbd70ffffff       movdqu xmmword ptr [rbp - 0x90], xmm7
;;      4d: 899568ffffff           mov dword ptr [rbp - 0x98], edx
;;      53: f3440f6f4510           movdqu xmm8, xmmword ptr [rbp + 0x10]
;;      59: f3440f6f4d20           movdqu xmm9, xmmword ptr [rbp + 0x20]
;;   @0037: i32x4.add
;;      5f: 410f28c1               movaps xmm0, xmm9
;;      63: 410f28c8               movaps xmm1, xmm8
;;      67: 660ffec8               paddd xmm1, xmm0
;;   @003a: end
;;      6b: 0f28c1                 movaps xmm0, xmm1
;;      6e: 4889ec                 mov rsp, rbp
;;      71: 5d                     pop rbp
;;      72: c22000                 ret 0x20
;;   @0032: (func $many (;0;) (type 0) (param v128 v128 v128 v128 v128 v128 v128 v128 i32 v128 v128) (result v128)
;;      75: 0f0b                   ud2
;; wasm[0]::function[1] (call): kindling, x86_64-unknown-linux-gnu: 32 instructions, 126 bytes
;;   @0032: (func $many (;0;) (type 0) (param v128 v128 v128 v128 v128 v128 v128 v128 i32 v128 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ecf0000000         sub rsp, 0xf0
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8261000000           jb 0x7c
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;   @0053: call $many
;;      26: f3440f7f0424           movdqu xmmword ptr [rsp], xmm8
;;      2c: f3440f7f442410         movdqu xmmword ptr [rsp + 0x10], xmm8
;;      33: 4c89f7                 mov rdi, r14
;;      36: 4c89f6                 mov rsi, r14
;;      39: 410f28c0               movaps xmm0, xmm8
;;      3d: 410f28c8               movaps xmm1, xmm8
;;      41: 410f28d0               movaps xmm2, xmm8
;;      45: 410f28d8               movaps xmm3, xmm8
;;      49: 410f28e0               movaps xmm4, xmm8
;;      4d: 410f28e8               movaps xmm5, xmm8
;;      51: 410f28f0               movaps xmm6, xmm8
;;      55: 410f28f8               movaps xmm7, xmm8
;;      59: ba01000000             mov edx, 1
;;      5e: f3440f7f45e0           movdqu xmmword ptr [rbp - 0x20], xmm8
;;      64: e817ffffff             call 0xffffffffffffff80
;;      69: 4883ec20               sub rsp, 0x20
;;      6d: 4c8b75f8               mov r14, qword ptr [rbp - 8]
;;      71: f3440f6f45e0           movdqu xmm8, xmmword ptr [rbp - 0x20]
;;   @0055: end
;;      77: 4889ec                 mov rsp, rbp
;;      7a: 5d                     pop rbp
;;      7b: c3                     ret
;;   @003c: (func (;1;) (type 1) (param v128) (result v128)
;;      7c: 0f0b                   ud2
