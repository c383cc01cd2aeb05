;; Splats from general registers (x86_64: movd then unpack and pshufd; aarch64: dup).
(module
  (func (export "i8") (param i32) (result v128) (i8x16.splat (local.get 0)))
  (func (export "i64") (param i64) (result v128) (i64x2.splat (local.get 0)))
  (func (export "f32") (param f32) (result v128) (f32x4.splat (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (i8): kindling, x86_64-unknown-linux-gnu: 19 instructions, 65 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f821d000000           jb 0x3f
;;      22: 8955e8                 mov dword ptr [rbp - 0x18], edx
;;   @003b: i8x16.splat
;;      25: 8b5de8                 mov ebx, dword ptr [rbp - 0x18]
;;      28: 660f6ec3               movd xmm0, ebx
;;      2c: 660f60c0               punpcklbw xmm0, xmm0
;;      30: 660f61c0               punpcklwd xmm0, xmm0
;;      34: 66400f70c000           pshufd xmm0, xmm0, 0
;;   @003d: end
;;      3a: 4889ec                 mov rsp, rbp
;;      3d: 5d                     pop rbp
;;      3e: c3                     ret
;;   @0038: (func (;0;) (type 0) (param i32) (result v128)
;;      3f: 0f0b                   ud2
;; wasm[0]::function[1] (i64): kindling, x86_64-unknown-linux-gnu: 17 instructions, 58 bytes
;;   @0038: (func (;0;) (type 0) (param i32) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8216000000           jb 0x38
;;      22: 488955e8               mov qword ptr [rbp - 0x18], rdx
;;   @0042: i64x2.splat
;;      26: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      2a: 66480f6ec3             movq xmm0, rbx
;;      2f: 660f6cc0               punpcklqdq xmm0, xmm0
;;   @0044: end
;;      33: 4889ec                 mov rsp, rbp
;;      36: 5d                     pop rbp
;;      37: c3                     ret
;;   @003f: (func (;1;) (type 1) (param i64) (result v128)
;;      38: 0f0b                   ud2
;; wasm[0]::function[2] (f32): kindling, x86_64-unknown-linux-gnu: 17 instructions, 60 bytes
;;   @003f: (func (;1;) (type 1) (param i64) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8218000000           jb 0x3a
;;      22: f30f1145e8             movss dword ptr [rbp - 0x18], xmm0
;;   @0049: f32x4.splat
;;      27: f30f1045e8             movss xmm0, dword ptr [rbp - 0x18]
;;      2c: 66400f70c800           pshufd xmm1, xmm0, 0
;;   @004b: end
;;      32: 0f28c1                 movaps xmm0, xmm1
;;      35: 4889ec                 mov rsp, rbp
;;      38: 5d                     pop rbp
;;      39: c3                     ret
;;   @0046: (func (;2;) (type 2) (param f32) (result v128)
;;      3a: 0f0b                   ud2
