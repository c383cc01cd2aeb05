;; `bitmask` in each lane size.
(module
  (func (export "b8") (param v128) (result i32) (i8x16.bitmask (local.get 0)))
  (func (export "b16") (param v128) (result i32) (i16x8.bitmask (local.get 0)))
  (func (export "b32") (param v128) (result i32) (i32x4.bitmask (local.get 0)))
  (func (export "b64") (param v128) (result i32) (i64x2.bitmask (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (b8): kindling, x86_64-unknown-linux-gnu: 17 instructions, 58 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8216000000           jb 0x38
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;   @0038: i8x16.bitmask
;;      27: f30f6f45e0             movdqu xmm0, xmmword ptr [rbp - 0x20]
;;      2c: 66400fd7d8             pmovmskb ebx, xmm0
;;   @003a: end
;;      31: 89d8                   mov eax, ebx
;;      33: 4889ec                 mov rsp, rbp
;;      36: 5d                     pop rbp
;;      37: c3                     ret
;;   @0035: (func (;0;) (type 0) (param v128) (result i32)
;;      38: 0f0b                   ud2
;; wasm[0]::function[1] (b16): kindling, x86_64-unknown-linux-gnu: 20 instructions, 73 bytes
;;   @0035: (func (;0;) (type 0) (param v128) (result i32)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8225000000           jb 0x47
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;   @003f: i16x8.bitmask
;;      27: f30f6f45e0             movdqu xmm0, xmmword ptr [rbp - 0x20]
;;      2c: 440f28f8               movaps xmm15, xmm0
;;      30: 66440f63f8             packsswb xmm15, xmm0
;;      35: 66410fd7df             pmovmskb ebx, xmm15
;;      3a: 81e3ff000000           and ebx, 0xff
;;   @0042: end
;;      40: 89d8                   mov eax, ebx
;;      42: 4889ec                 mov rsp, rbp
;;      45: 5d                     pop rbp
;;      46: c3                     ret
;;   @003c: (func (;1;) (type 0) (param v128) (result i32)
;;      47: 0f0b                   ud2
;; wasm[0]::function[2] (b32): kindling, x86_64-unknown-linux-gnu: 17 instructions, 57 bytes
;;   @003c: (func (;1;) (type 0) (param v128) (result i32)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8215000000           jb 0x37
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;   @0047: i32x4.bitmask
;;      27: f30f6f45e0             movdqu xmm0, xmmword ptr [rbp - 0x20]
;;      2c: 400f50d8               movmskps ebx, xmm0
;;   @004a: end
;;      30: 89d8                   mov eax, ebx
;;      32: 4889ec                 mov rsp, rbp
;;      35: 5d                     pop rbp
;;      36: c3                     ret
;;   @0044: (func (;2;) (type 0) (param v128) (result i32)
;;      37: 0f0b                   ud2
;; wasm[0]::function[3] (b64): kindling, x86_64-unknown-linux-gnu: 17 instructions, 58 bytes
;;   @0044: (func (;2;) (type 0) (param v128) (result i32)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8216000000           jb 0x38
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;   @004f: i64x2.bitmask
;;      27: f30f6f45e0             movdqu xmm0, xmmword ptr [rbp - 0x20]
;;      2c: 66400f50d8             movmskpd ebx, xmm0
;;   @0052: end
;;      31: 89d8                   mov eax, ebx
;;      33: 4889ec                 mov rsp, rbp
;;      36: 5d                     pop rbp
;;      37: c3                     ret
;;   @004c: (func (;3;) (type 0) (param v128) (result i32)
;;      38: 0f0b                   ud2
