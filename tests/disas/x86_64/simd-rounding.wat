;; The four roundings on f32 and f64 lanes.
(module
  (func (export "ceil") (param v128) (result v128) (f32x4.ceil (local.get 0)))
  (func (export "floor") (param v128) (result v128) (f64x2.floor (local.get 0)))
  (func (export "trunc") (param v128) (result v128) (f32x4.trunc (local.get 0)))
  (func (export "nearest") (param v128) (result v128) (f64x2.nearest (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (ceil): kindling, x86_64-unknown-linux-gnu: 16 instructions, 55 bytes
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
;;   @0042: f32x4.ceil
;;      26: 410f28c0               movaps xmm0, xmm8
;;      2a: 660f3a08c002           roundps xmm0, xmm0, 2
;;   @0044: end
;;      30: 4889ec                 mov rsp, rbp
;;      33: 5d                     pop rbp
;;      34: c3                     ret
;;   @003f: (func (;0;) (type 0) (param v128) (result v128)
;;      35: 0f0b                   ud2
;; wasm[0]::function[1] (floor): kindling, x86_64-unknown-linux-gnu: 16 instructions, 55 bytes
;;   @003f: (func (;0;) (type 0) (param v128) (result v128)
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
;;   @0049: f64x2.floor
;;      26: 410f28c0               movaps xmm0, xmm8
;;      2a: 660f3a09c001           roundpd xmm0, xmm0, 1
;;   @004b: end
;;      30: 4889ec                 mov rsp, rbp
;;      33: 5d                     pop rbp
;;      34: c3                     ret
;;   @0046: (func (;1;) (type 0) (param v128) (result v128)
;;      35: 0f0b                   ud2
;; wasm[0]::function[2] (trunc): kindling, x86_64-unknown-linux-gnu: 16 instructions, 55 bytes
;;   @0046: (func (;1;) (type 0) (param v128) (result v128)
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
;;   @0050: f32x4.trunc
;;      26: 410f28c0               movaps xmm0, xmm8
;;      2a: 660f3a08c003           roundps xmm0, xmm0, 3
;;   @0052: end
;;      30: 4889ec                 mov rsp, rbp
;;      33: 5d                     pop rbp
;;      34: c3                     ret
;;   @004d: (func (;2;) (type 0) (param v128) (result v128)
;;      35: 0f0b                   ud2
;; wasm[0]::function[3] (nearest): kindling, x86_64-unknown-linux-gnu: 16 instructions, 55 bytes
;;   @004d: (func (;2;) (type 0) (param v128) (result v128)
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
;;   @0057: f64x2.nearest
;;      26: 410f28c0               movaps xmm0, xmm8
;;      2a: 660f3a09c000           roundpd xmm0, xmm0, 0
;;   @005a: end
;;      30: 4889ec                 mov rsp, rbp
;;      33: 5d                     pop rbp
;;      34: c3                     ret
;;   @0054: (func (;3;) (type 0) (param v128) (result v128)
;;      35: 0f0b                   ud2
