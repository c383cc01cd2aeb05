;; i32x4.mul and i16x8.mul: one instruction each (pmulld needs SSE4.1 on x86_64).
(module
  (func (export "mul32") (param v128 v128) (result v128) (i32x4.mul (local.get 0) (local.get 1)))
  (func (export "mul16") (param v128 v128) (result v128) (i16x8.mul (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (mul32): kindling, x86_64-unknown-linux-gnu: 19 instructions, 69 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8221000000           jb 0x43
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;      27: f30f7f4dd0             movdqu xmmword ptr [rbp - 0x30], xmm1
;;   @0032: i32x4.mul
;;      2c: f30f6f45d0             movdqu xmm0, xmmword ptr [rbp - 0x30]
;;      31: f30f6f4de0             movdqu xmm1, xmmword ptr [rbp - 0x20]
;;      36: 660f3840c8             pmulld xmm1, xmm0
;;   @0035: end
;;      3b: 0f28c1                 movaps xmm0, xmm1
;;      3e: 4889ec                 mov rsp, rbp
;;      41: 5d                     pop rbp
;;      42: c3                     ret
;;   @002d: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      43: 0f0b                   ud2
;; wasm[0]::function[1] (mul16): kindling, x86_64-unknown-linux-gnu: 19 instructions, 68 bytes
;;   @002d: (func (;0;) (type 0) (param v128 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8220000000           jb 0x42
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;      27: f30f7f4dd0             movdqu xmmword ptr [rbp - 0x30], xmm1
;;   @003c: i16x8.mul
;;      2c: f30f6f45d0             movdqu xmm0, xmmword ptr [rbp - 0x30]
;;      31: f30f6f4de0             movdqu xmm1, xmmword ptr [rbp - 0x20]
;;      36: 660fd5c8               pmullw xmm1, xmm0
;;   @003f: end
;;      3a: 0f28c1                 movaps xmm0, xmm1
;;      3d: 4889ec                 mov rsp, rbp
;;      40: 5d                     pop rbp
;;      41: c3                     ret
;;   @0037: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      42: 0f0b                   ud2
