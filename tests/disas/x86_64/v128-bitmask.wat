;; `bitmask` in each lane size.
(module
  (func (export "b8") (param v128) (result i32) (i8x16.bitmask (local.get 0)))
  (func (export "b16") (param v128) (result i32) (i16x8.bitmask (local.get 0)))
  (func (export "b32") (param v128) (result i32) (i32x4.bitmask (local.get 0)))
  (func (export "b64") (param v128) (result i32) (i64x2.bitmask (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (b8): kindling, x86_64-unknown-linux-gnu: 17 instructions, 56 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f821b000000           jb 0x36
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;   @0038: i8x16.bitmask
;;      26: 410f28c0               movaps xmm0, xmm8
;;      2a: 66400fd7f0             pmovmskb esi, xmm0
;;   @003a: end
;;      2f: 89f0                   mov eax, esi
;;      31: 4889ec                 mov rsp, rbp
;;      34: 5d                     pop rbp
;;      35: c3                     ret
;;   @0035: (func (;0;) (type 0) (param v128) (result i32)
;;      36: 0f0b                   ud2
;; wasm[0]::function[1] (b16): kindling, x86_64-unknown-linux-gnu: 20 instructions, 71 bytes
;;   @0035: (func (;0;) (type 0) (param v128) (result i32)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f822a000000           jb 0x45
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;   @003f: i16x8.bitmask
;;      26: 410f28c0               movaps xmm0, xmm8
;;      2a: 440f28f8               movaps xmm15, xmm0
;;      2e: 66440f63f8             packsswb xmm15, xmm0
;;      33: 66410fd7f7             pmovmskb esi, xmm15
;;      38: 81e6ff000000           and esi, 0xff
;;   @0042: end
;;      3e: 89f0                   mov eax, esi
;;      40: 4889ec                 mov rsp, rbp
;;      43: 5d                     pop rbp
;;      44: c3                     ret
;;   @003c: (func (;1;) (type 0) (param v128) (result i32)
;;      45: 0f0b                   ud2
;; wasm[0]::function[2] (b32): kindling, x86_64-unknown-linux-gnu: 17 instructions, 55 bytes
;;   @003c: (func (;1;) (type 0) (param v128) (result i32)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f821a000000           jb 0x35
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;   @0047: i32x4.bitmask
;;      26: 410f28c0               movaps xmm0, xmm8
;;      2a: 400f50f0               movmskps esi, xmm0
;;   @004a: end
;;      2e: 89f0                   mov eax, esi
;;      30: 4889ec                 mov rsp, rbp
;;      33: 5d                     pop rbp
;;      34: c3                     ret
;;   @0044: (func (;2;) (type 0) (param v128) (result i32)
;;      35: 0f0b                   ud2
;; wasm[0]::function[3] (b64): kindling, x86_64-unknown-linux-gnu: 17 instructions, 56 bytes
;;   @0044: (func (;2;) (type 0) (param v128) (result i32)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f821b000000           jb 0x36
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;   @004f: i64x2.bitmask
;;      26: 410f28c0               movaps xmm0, xmm8
;;      2a: 66400f50f0             movmskpd esi, xmm0
;;   @0052: end
;;      2f: 89f0                   mov eax, esi
;;      31: 4889ec                 mov rsp, rbp
;;      34: 5d                     pop rbp
;;      35: c3                     ret
;;   @004c: (func (;3;) (type 0) (param v128) (result i32)
;;      36: 0f0b                   ud2
