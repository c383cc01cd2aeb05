;;! set has_avx512f=true
;;! set has_avx512vl=true
;;! set has_avx512bitalg=true
;; AVX-512 without AVX's VEX forms: vcvtudq2ps for f32x4.convert_i32x4_u (VL, F) and
;; vpopcntb for i8x16.popcnt (VL, BITALG).
(module
  (func (export "convert_u") (param v128) (result v128) (f32x4.convert_i32x4_u (local.get 0)))
  (func (export "popcnt") (param v128) (result v128) (i8x16.popcnt (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (convert_u): kindling, x86_64-unknown-linux-gnu: 16 instructions, 55 bytes
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
;;   @0034: f32x4.convert_i32x4_u
;;      26: 410f28c0               movaps xmm0, xmm8
;;      2a: 62f17f087ac0           vcvtudq2ps xmm0, xmm0
;;   @0037: end
;;      30: 4889ec                 mov rsp, rbp
;;      33: 5d                     pop rbp
;;      34: c3                     ret
;;   @0031: (func (;0;) (type 0) (param v128) (result v128)
;;      35: 0f0b                   ud2
;; wasm[0]::function[1] (popcnt): kindling, x86_64-unknown-linux-gnu: 16 instructions, 55 bytes
;;   @0031: (func (;0;) (type 0) (param v128) (result v128)
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
;;   @003c: i8x16.popcnt
;;      26: 410f28c0               movaps xmm0, xmm8
;;      2a: 62f27d0854c0           vpopcntb xmm0, xmm0
;;   @003e: end
;;      30: 4889ec                 mov rsp, rbp
;;      33: 5d                     pop rbp
;;      34: c3                     ret
;;   @0039: (func (;1;) (type 0) (param v128) (result v128)
;;      35: 0f0b                   ud2
