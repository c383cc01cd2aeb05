;; The bitwise v128 operators; `andnot` is `a & !b`, `not` an xor with all ones.
(module
  (func (export "and") (param v128 v128) (result v128) (v128.and (local.get 0) (local.get 1)))
  (func (export "or") (param v128 v128) (result v128) (v128.or (local.get 0) (local.get 1)))
  (func (export "xor") (param v128 v128) (result v128) (v128.xor (local.get 0) (local.get 1)))
  (func (export "andnot") (param v128 v128) (result v128) (v128.andnot (local.get 0) (local.get 1)))
  (func (export "not") (param v128) (result v128) (v128.not (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (and): kindling, x86_64-unknown-linux-gnu: 19 instructions, 68 bytes
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
;;   @004a: v128.and
;;      2c: f30f6f45d0             movdqu xmm0, xmmword ptr [rbp - 0x30]
;;      31: f30f6f4de0             movdqu xmm1, xmmword ptr [rbp - 0x20]
;;      36: 660fdbc8               pand xmm1, xmm0
;;   @004c: end
;;      3a: 0f28c1                 movaps xmm0, xmm1
;;      3d: 4889ec                 mov rsp, rbp
;;      40: 5d                     pop rbp
;;      41: c3                     ret
;;   @0045: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      42: 0f0b                   ud2
;; wasm[0]::function[1] (or): kindling, x86_64-unknown-linux-gnu: 19 instructions, 68 bytes
;;   @0045: (func (;0;) (type 0) (param v128 v128) (result v128)
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
;;   @0053: v128.or
;;      2c: f30f6f45d0             movdqu xmm0, xmmword ptr [rbp - 0x30]
;;      31: f30f6f4de0             movdqu xmm1, xmmword ptr [rbp - 0x20]
;;      36: 660febc8               por xmm1, xmm0
;;   @0055: end
;;      3a: 0f28c1                 movaps xmm0, xmm1
;;      3d: 4889ec                 mov rsp, rbp
;;      40: 5d                     pop rbp
;;      41: c3                     ret
;;   @004e: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      42: 0f0b                   ud2
;; wasm[0]::function[2] (xor): kindling, x86_64-unknown-linux-gnu: 19 instructions, 68 bytes
;;   @004e: (func (;1;) (type 0) (param v128 v128) (result v128)
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
;;   @005c: v128.xor
;;      2c: f30f6f45d0             movdqu xmm0, xmmword ptr [rbp - 0x30]
;;      31: f30f6f4de0             movdqu xmm1, xmmword ptr [rbp - 0x20]
;;      36: 660fefc8               pxor xmm1, xmm0
;;   @005e: end
;;      3a: 0f28c1                 movaps xmm0, xmm1
;;      3d: 4889ec                 mov rsp, rbp
;;      40: 5d                     pop rbp
;;      41: c3                     ret
;;   @0057: (func (;2;) (type 0) (param v128 v128) (result v128)
;;      42: 0f0b                   ud2
;; wasm[0]::function[3] (andnot): kindling, x86_64-unknown-linux-gnu: 21 instructions, 76 bytes
;;   @0057: (func (;2;) (type 0) (param v128 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8228000000           jb 0x4a
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;      27: f30f7f4dd0             movdqu xmmword ptr [rbp - 0x30], xmm1
;;   @0065: v128.andnot
;;      2c: f30f6f45d0             movdqu xmm0, xmmword ptr [rbp - 0x30]
;;      31: f30f6f4de0             movdqu xmm1, xmmword ptr [rbp - 0x20]
;;      36: 440f28f9               movaps xmm15, xmm1
;;      3a: 0f28c8                 movaps xmm1, xmm0
;;      3d: 66410fdfcf             pandn xmm1, xmm15
;;   @0067: end
;;      42: 0f28c1                 movaps xmm0, xmm1
;;      45: 4889ec                 mov rsp, rbp
;;      48: 5d                     pop rbp
;;      49: c3                     ret
;;   @0060: (func (;3;) (type 0) (param v128 v128) (result v128)
;;      4a: 0f0b                   ud2
;; wasm[0]::function[4] (not): kindling, x86_64-unknown-linux-gnu: 19 instructions, 73 bytes
;;   @0060: (func (;3;) (type 0) (param v128 v128) (result v128)
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
;;   @006c: v128.not
;;      27: f30f6f45e0             movdqu xmm0, xmmword ptr [rbp - 0x20]
;;      2c: 49c7c3ffffffff         mov r11, 0xffffffffffffffff
;;      33: 66490f6ecb             movq xmm1, r11
;;      38: 66400f70c944           pshufd xmm1, xmm1, 0x44
;;      3e: 660fefc1               pxor xmm0, xmm1
;;   @006e: end
;;      42: 4889ec                 mov rsp, rbp
;;      45: 5d                     pop rbp
;;      46: c3                     ret
;;   @0069: (func (;4;) (type 1) (param v128) (result v128)
;;      47: 0f0b                   ud2
