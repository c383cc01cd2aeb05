;; Saturating lane arithmetic, signed and unsigned.
(module
  (func (export "add_s") (param v128 v128) (result v128) (i16x8.add_sat_s (local.get 0) (local.get 1)))
  (func (export "sub_u") (param v128 v128) (result v128) (i8x16.sub_sat_u (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (add_s): kindling, x86_64-unknown-linux-gnu: 19 instructions, 64 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8223000000           jb 0x3e
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;      26: 440f28c9               movaps xmm9, xmm1
;;   @0032: i16x8.add_sat_s
;;      2a: 410f28c1               movaps xmm0, xmm9
;;      2e: 410f28c8               movaps xmm1, xmm8
;;      32: 660fedc8               paddsw xmm1, xmm0
;;   @0035: end
;;      36: 0f28c1                 movaps xmm0, xmm1
;;      39: 4889ec                 mov rsp, rbp
;;      3c: 5d                     pop rbp
;;      3d: c3                     ret
;;   @002d: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      3e: 0f0b                   ud2
;; wasm[0]::function[1] (sub_u): kindling, x86_64-unknown-linux-gnu: 19 instructions, 64 bytes
;;   @002d: (func (;0;) (type 0) (param v128 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8223000000           jb 0x3e
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;      26: 440f28c9               movaps xmm9, xmm1
;;   @003c: i8x16.sub_sat_u
;;      2a: 410f28c1               movaps xmm0, xmm9
;;      2e: 410f28c8               movaps xmm1, xmm8
;;      32: 660fd8c8               psubusb xmm1, xmm0
;;   @003e: end
;;      36: 0f28c1                 movaps xmm0, xmm1
;;      39: 4889ec                 mov rsp, rbp
;;      3c: 5d                     pop rbp
;;      3d: c3                     ret
;;   @0037: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      3e: 0f0b                   ud2
