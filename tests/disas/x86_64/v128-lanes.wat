;; Lane extraction and replacement.
(module
  (func (export "get_s") (param v128) (result i32) (i8x16.extract_lane_s 5 (local.get 0)))
  (func (export "get_u16") (param v128) (result i32) (i16x8.extract_lane_u 3 (local.get 0)))
  (func (export "get_f64") (param v128) (result f64) (f64x2.extract_lane 1 (local.get 0)))
  (func (export "set_i32") (param v128 i32) (result v128) (i32x4.replace_lane 2 (local.get 0) (local.get 1)))
  (func (export "set_f32") (param v128 f32) (result v128) (f32x4.replace_lane 3 (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (get_s): kindling, x86_64-unknown-linux-gnu: 19 instructions, 64 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8223000000           jb 0x3e
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;   @0063: i8x16.extract_lane_s 5
;;      26: 410f28c0               movaps xmm0, xmm8
;;      2a: 66400fc5f002           pextrw esi, xmm0, 2
;;      30: c1ee08                 shr esi, 8
;;      33: 400fbef6               movsx esi, sil
;;   @0066: end
;;      37: 89f0                   mov eax, esi
;;      39: 4889ec                 mov rsp, rbp
;;      3c: 5d                     pop rbp
;;      3d: c3                     ret
;;   @0060: (func (;0;) (type 0) (param v128) (result i32)
;;      3e: 0f0b                   ud2
;; wasm[0]::function[1] (get_u16): kindling, x86_64-unknown-linux-gnu: 17 instructions, 57 bytes
;;   @0060: (func (;0;) (type 0) (param v128) (result i32)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f821c000000           jb 0x37
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;   @006b: i16x8.extract_lane_u 3
;;      26: 410f28c0               movaps xmm0, xmm8
;;      2a: 66400fc5f003           pextrw esi, xmm0, 3
;;   @006e: end
;;      30: 89f0                   mov eax, esi
;;      32: 4889ec                 mov rsp, rbp
;;      35: 5d                     pop rbp
;;      36: c3                     ret
;;   @0068: (func (;1;) (type 0) (param v128) (result i32)
;;      37: 0f0b                   ud2
;; wasm[0]::function[2] (get_f64): kindling, x86_64-unknown-linux-gnu: 17 instructions, 58 bytes
;;   @0068: (func (;1;) (type 0) (param v128) (result i32)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f821d000000           jb 0x38
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;   @0073: f64x2.extract_lane 1
;;      26: 410f28c0               movaps xmm0, xmm8
;;      2a: 66400f70c8ee           pshufd xmm1, xmm0, 0xee
;;   @0076: end
;;      30: 0f28c1                 movaps xmm0, xmm1
;;      33: 4889ec                 mov rsp, rbp
;;      36: 5d                     pop rbp
;;      37: c3                     ret
;;   @0070: (func (;2;) (type 1) (param v128) (result f64)
;;      38: 0f0b                   ud2
;; wasm[0]::function[3] (set_i32): kindling, x86_64-unknown-linux-gnu: 20 instructions, 68 bytes
;;   @0070: (func (;2;) (type 1) (param v128) (result f64)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8227000000           jb 0x42
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 48895de8               mov qword ptr [rbp - 0x18], rbx
;;      26: 440f28c0               movaps xmm8, xmm0
;;      2a: 89d3                   mov ebx, edx
;;   @007d: i32x4.replace_lane 2
;;      2c: 89de                   mov esi, ebx
;;      2e: 410f28c0               movaps xmm0, xmm8
;;      32: 66400f3a22c602         pinsrd xmm0, esi, 2
;;   @0080: end
;;      39: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      3d: 4889ec                 mov rsp, rbp
;;      40: 5d                     pop rbp
;;      41: c3                     ret
;;   @0078: (func (;3;) (type 2) (param v128 i32) (result v128)
;;      42: 0f0b                   ud2
;; wasm[0]::function[4] (set_f32): kindling, x86_64-unknown-linux-gnu: 19 instructions, 67 bytes
;;   @0078: (func (;3;) (type 2) (param v128 i32) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8226000000           jb 0x41
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;      26: 440f28c9               movaps xmm9, xmm1
;;   @0087: f32x4.replace_lane 3
;;      2a: 410f28c1               movaps xmm0, xmm9
;;      2e: 410f28c8               movaps xmm1, xmm8
;;      32: 66400f3a21c830         insertps xmm1, xmm0, 0x30
;;   @008a: end
;;      39: 0f28c1                 movaps xmm0, xmm1
;;      3c: 4889ec                 mov rsp, rbp
;;      3f: 5d                     pop rbp
;;      40: c3                     ret
;;   @0082: (func (;4;) (type 3) (param v128 f32) (result v128)
;;      41: 0f0b                   ud2
