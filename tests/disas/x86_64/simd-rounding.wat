;; The four roundings on f32 and f64 lanes.
(module
  (func (export "ceil") (param v128) (result v128) (f32x4.ceil (local.get 0)))
  (func (export "floor") (param v128) (result v128) (f64x2.floor (local.get 0)))
  (func (export "trunc") (param v128) (result v128) (f32x4.trunc (local.get 0)))
  (func (export "nearest") (param v128) (result v128) (f64x2.nearest (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (ceil): kindling, x86_64-unknown-linux-gnu: 16 instructions, 57 bytes
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
;;   @0042: f32x4.ceil
;;      27: f30f6f45e0             movdqu xmm0, xmmword ptr [rbp - 0x20]
;;      2c: 660f3a08c002           roundps xmm0, xmm0, 2
;;   @0044: end
;;      32: 4889ec                 mov rsp, rbp
;;      35: 5d                     pop rbp
;;      36: c3                     ret
;;   @003f: (func (;0;) (type 0) (param v128) (result v128)
;;      37: 0f0b                   ud2
;; wasm[0]::function[1] (floor): kindling, x86_64-unknown-linux-gnu: 16 instructions, 57 bytes
;;   @003f: (func (;0;) (type 0) (param v128) (result v128)
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
;;   @0049: f64x2.floor
;;      27: f30f6f45e0             movdqu xmm0, xmmword ptr [rbp - 0x20]
;;      2c: 660f3a09c001           roundpd xmm0, xmm0, 1
;;   @004b: end
;;      32: 4889ec                 mov rsp, rbp
;;      35: 5d                     pop rbp
;;      36: c3                     ret
;;   @0046: (func (;1;) (type 0) (param v128) (result v128)
;;      37: 0f0b                   ud2
;; wasm[0]::function[2] (trunc): kindling, x86_64-unknown-linux-gnu: 16 instructions, 57 bytes
;;   @0046: (func (;1;) (type 0) (param v128) (result v128)
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
;;   @0050: f32x4.trunc
;;      27: f30f6f45e0             movdqu xmm0, xmmword ptr [rbp - 0x20]
;;      2c: 660f3a08c003           roundps xmm0, xmm0, 3
;;   @0052: end
;;      32: 4889ec                 mov rsp, rbp
;;      35: 5d                     pop rbp
;;      36: c3                     ret
;;   @004d: (func (;2;) (type 0) (param v128) (result v128)
;;      37: 0f0b                   ud2
;; wasm[0]::function[3] (nearest): kindling, x86_64-unknown-linux-gnu: 16 instructions, 57 bytes
;;   @004d: (func (;2;) (type 0) (param v128) (result v128)
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
;;   @0057: f64x2.nearest
;;      27: f30f6f45e0             movdqu xmm0, xmmword ptr [rbp - 0x20]
;;      2c: 660f3a09c000           roundpd xmm0, xmm0, 0
;;   @005a: end
;;      32: 4889ec                 mov rsp, rbp
;;      35: 5d                     pop rbp
;;      36: c3                     ret
;;   @0054: (func (;3;) (type 0) (param v128) (result v128)
;;      37: 0f0b                   ud2
