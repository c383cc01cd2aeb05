;; `bitmask` in each lane size.
(module
  (func (export "b8") (param v128) (result i32) (i8x16.bitmask (local.get 0)))
  (func (export "b16") (param v128) (result i32) (i16x8.bitmask (local.get 0)))
  (func (export "b32") (param v128) (result i32) (i32x4.bitmask (local.get 0)))
  (func (export "b64") (param v128) (result i32) (i64x2.bitmask (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (b8): kindling, x86_64-unknown-linux-gnu: 17 instructions, 84 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec30000000         sub rsp, 0x30
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8222000000           jb 0x52
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;   @0038: i8x16.bitmask
;;      3a: f3400f6f8425e0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x20]
;;      44: 66400fd7d8             pmovmskb ebx, xmm0
;;   @003a: end
;;      49: 4089d8                 mov eax, ebx
;;      4c: 4889ec                 mov rsp, rbp
;;      4f: 405d                   pop rbp
;;      51: c3                     ret
;;   @0035: (func (;0;) (type 0) (param v128) (result i32)
;;      52: 0f0b                   ud2
;; wasm[0]::function[1] (b16): kindling, x86_64-unknown-linux-gnu: 20 instructions, 100 bytes
;;   @0035: (func (;0;) (type 0) (param v128) (result i32)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec30000000         sub rsp, 0x30
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8232000000           jb 0x62
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;   @003f: i16x8.bitmask
;;      3a: f3400f6f8425e0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x20]
;;      44: 440f28f8               movaps xmm15, xmm0
;;      48: 66440f63f8             packsswb xmm15, xmm0
;;      4d: 66410fd7df             pmovmskb ebx, xmm15
;;      52: 4081e3ff000000         and ebx, 0xff
;;   @0042: end
;;      59: 4089d8                 mov eax, ebx
;;      5c: 4889ec                 mov rsp, rbp
;;      5f: 405d                   pop rbp
;;      61: c3                     ret
;;   @003c: (func (;1;) (type 0) (param v128) (result i32)
;;      62: 0f0b                   ud2
;; wasm[0]::function[2] (b32): kindling, x86_64-unknown-linux-gnu: 17 instructions, 83 bytes
;;   @003c: (func (;1;) (type 0) (param v128) (result i32)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec30000000         sub rsp, 0x30
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8221000000           jb 0x51
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;   @0047: i32x4.bitmask
;;      3a: f3400f6f8425e0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x20]
;;      44: 400f50d8               movmskps ebx, xmm0
;;   @004a: end
;;      48: 4089d8                 mov eax, ebx
;;      4b: 4889ec                 mov rsp, rbp
;;      4e: 405d                   pop rbp
;;      50: c3                     ret
;;   @0044: (func (;2;) (type 0) (param v128) (result i32)
;;      51: 0f0b                   ud2
;; wasm[0]::function[3] (b64): kindling, x86_64-unknown-linux-gnu: 17 instructions, 84 bytes
;;   @0044: (func (;2;) (type 0) (param v128) (result i32)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec30000000         sub rsp, 0x30
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8222000000           jb 0x52
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;   @004f: i64x2.bitmask
;;      3a: f3400f6f8425e0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x20]
;;      44: 66400f50d8             movmskpd ebx, xmm0
;;   @0052: end
;;      49: 4089d8                 mov eax, ebx
;;      4c: 4889ec                 mov rsp, rbp
;;      4f: 405d                   pop rbp
;;      51: c3                     ret
;;   @004c: (func (;3;) (type 0) (param v128) (result i32)
;;      52: 0f0b                   ud2
