;; v128 arguments beyond the argument registers go in 16-byte, 16-byte-aligned stack slots.
(module
  (func $many (param v128 v128 v128 v128 v128 v128 v128 v128 i32 v128 v128) (result v128) (i32x4.add (local.get 9) (local.get 10)))
  (func (export "call") (param v128) (result v128) (call $many (local.get 0) (local.get 0) (local.get 0) (local.get 0) (local.get 0) (local.get 0) (local.get 0) (local.get 0) (i32.const 1) (local.get 0) (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (many): kindling, x86_64-unknown-linux-gnu: 26 instructions, 109 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ecc0000000         sub rsp, 0xc0
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8249000000           jb 0x6b
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;      27: f30f7f4dd0             movdqu xmmword ptr [rbp - 0x30], xmm1
;;      2c: f30f7f55c0             movdqu xmmword ptr [rbp - 0x40], xmm2
;;      31: f30f7f5db0             movdqu xmmword ptr [rbp - 0x50], xmm3
;;      36: f30f7f65a0             movdqu xmmword ptr [rbp - 0x60], xmm4
;;      3b: f30f7f6d90             movdqu xmmword ptr [rbp - 0x70], xmm5
;;      40: f30f7f7580             movdqu xmmword ptr [rbp - 0x80], xmm6
;;      45: f30f7fbd70ffffff       movdqu xmmword ptr [rbp - 0x90], xmm7
;;      4d: 899568ffffff           mov dword ptr [rbp - 0x98], edx
;;   @0037: i32x4.add
;;      53: f30f6f4520             movdqu xmm0, xmmword ptr [rbp + 0x20]
;;      58: f30f6f4d10             movdqu xmm1, xmmword ptr [rbp + 0x10]
;;      5d: 660ffec8               paddd xmm1, xmm0
;;   @003a: end
;;      61: 0f28c1                 movaps xmm0, xmm1
;;      64: 4889ec                 mov rsp, rbp
;;      67: 5d                     pop rbp
;;      68: c22000                 ret 0x20
;;   @0032: (func $many (;0;) (type 0) (param v128 v128 v128 v128 v128 v128 v128 v128 i32 v128 v128) (result v128)
;;      6b: 0f0b                   ud2
;; wasm[0]::function[1] (call): kindling, x86_64-unknown-linux-gnu: 32 instructions, 135 bytes
;;   @0032: (func $many (;0;) (type 0) (param v128 v128 v128 v128 v128 v128 v128 v128 i32 v128 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ecf0000000         sub rsp, 0xf0
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8263000000           jb 0x85
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;   @0053: call $many
;;      27: f3440f6f7de0           movdqu xmm15, xmmword ptr [rbp - 0x20]
;;      2d: f3440f7f3c24           movdqu xmmword ptr [rsp], xmm15
;;      33: f3440f6f7de0           movdqu xmm15, xmmword ptr [rbp - 0x20]
;;      39: f3440f7f7c2410         movdqu xmmword ptr [rsp + 0x10], xmm15
;;      40: 4c89f7                 mov rdi, r14
;;      43: 4c89f6                 mov rsi, r14
;;      46: f30f6f45e0             movdqu xmm0, xmmword ptr [rbp - 0x20]
;;      4b: f30f6f4de0             movdqu xmm1, xmmword ptr [rbp - 0x20]
;;      50: f30f6f55e0             movdqu xmm2, xmmword ptr [rbp - 0x20]
;;      55: f30f6f5de0             movdqu xmm3, xmmword ptr [rbp - 0x20]
;;      5a: f30f6f65e0             movdqu xmm4, xmmword ptr [rbp - 0x20]
;;      5f: f30f6f6de0             movdqu xmm5, xmmword ptr [rbp - 0x20]
;;      64: f30f6f75e0             movdqu xmm6, xmmword ptr [rbp - 0x20]
;;      69: f30f6f7de0             movdqu xmm7, xmmword ptr [rbp - 0x20]
;;      6e: ba01000000             mov edx, 1
;;      73: e818ffffff             call 0xffffffffffffff90
;;      78: 4883ec20               sub rsp, 0x20
;;      7c: 4c8b75f8               mov r14, qword ptr [rbp - 8]
;;   @0055: end
;;      80: 4889ec                 mov rsp, rbp
;;      83: 5d                     pop rbp
;;      84: c3                     ret
;;   @003c: (func (;1;) (type 1) (param v128) (result v128)
;;      85: 0f0b                   ud2
