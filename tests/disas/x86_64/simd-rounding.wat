;; The four roundings on f32 and f64 lanes.
(module
  (func (export "ceil") (param v128) (result v128) (f32x4.ceil (local.get 0)))
  (func (export "floor") (param v128) (result v128) (f64x2.floor (local.get 0)))
  (func (export "trunc") (param v128) (result v128) (f32x4.trunc (local.get 0)))
  (func (export "nearest") (param v128) (result v128) (f64x2.nearest (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (ceil): kindling, x86_64-unknown-linux-gnu: 16 instructions, 82 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec30000000         sub rsp, 0x30
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8220000000           jb 0x50
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;   @0042: f32x4.ceil
;;      3a: f3400f6f8425e0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x20]
;;      44: 660f3a08c002           roundps xmm0, xmm0, 2
;;   @0044: end
;;      4a: 4889ec                 mov rsp, rbp
;;      4d: 405d                   pop rbp
;;      4f: c3                     ret
;;   @003f: (func (;0;) (type 0) (param v128) (result v128)
;;      50: 0f0b                   ud2
;; wasm[0]::function[1] (floor): kindling, x86_64-unknown-linux-gnu: 16 instructions, 82 bytes
;;   @003f: (func (;0;) (type 0) (param v128) (result v128)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec30000000         sub rsp, 0x30
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8220000000           jb 0x50
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;   @0049: f64x2.floor
;;      3a: f3400f6f8425e0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x20]
;;      44: 660f3a09c001           roundpd xmm0, xmm0, 1
;;   @004b: end
;;      4a: 4889ec                 mov rsp, rbp
;;      4d: 405d                   pop rbp
;;      4f: c3                     ret
;;   @0046: (func (;1;) (type 0) (param v128) (result v128)
;;      50: 0f0b                   ud2
;; wasm[0]::function[2] (trunc): kindling, x86_64-unknown-linux-gnu: 16 instructions, 82 bytes
;;   @0046: (func (;1;) (type 0) (param v128) (result v128)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec30000000         sub rsp, 0x30
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8220000000           jb 0x50
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;   @0050: f32x4.trunc
;;      3a: f3400f6f8425e0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x20]
;;      44: 660f3a08c003           roundps xmm0, xmm0, 3
;;   @0052: end
;;      4a: 4889ec                 mov rsp, rbp
;;      4d: 405d                   pop rbp
;;      4f: c3                     ret
;;   @004d: (func (;2;) (type 0) (param v128) (result v128)
;;      50: 0f0b                   ud2
;; wasm[0]::function[3] (nearest): kindling, x86_64-unknown-linux-gnu: 16 instructions, 82 bytes
;;   @004d: (func (;2;) (type 0) (param v128) (result v128)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec30000000         sub rsp, 0x30
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8220000000           jb 0x50
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;   @0057: f64x2.nearest
;;      3a: f3400f6f8425e0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x20]
;;      44: 660f3a09c000           roundpd xmm0, xmm0, 0
;;   @005a: end
;;      4a: 4889ec                 mov rsp, rbp
;;      4d: 405d                   pop rbp
;;      4f: c3                     ret
;;   @0054: (func (;3;) (type 0) (param v128) (result v128)
;;      50: 0f0b                   ud2
