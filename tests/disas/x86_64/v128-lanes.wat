;; Lane extraction and replacement.
(module
  (func (export "get_s") (param v128) (result i32) (i8x16.extract_lane_s 5 (local.get 0)))
  (func (export "get_u16") (param v128) (result i32) (i16x8.extract_lane_u 3 (local.get 0)))
  (func (export "get_f64") (param v128) (result f64) (f64x2.extract_lane 1 (local.get 0)))
  (func (export "set_i32") (param v128 i32) (result v128) (i32x4.replace_lane 2 (local.get 0) (local.get 1)))
  (func (export "set_f32") (param v128 f32) (result v128) (f32x4.replace_lane 3 (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (get_s): kindling, x86_64-unknown-linux-gnu: 19 instructions, 65 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f821d000000           jb 0x3f
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;   @0063: i8x16.extract_lane_s 5
;;      27: f30f6f45e0             movdqu xmm0, xmmword ptr [rbp - 0x20]
;;      2c: 66400fc5d802           pextrw ebx, xmm0, 2
;;      32: c1eb08                 shr ebx, 8
;;      35: 0fbedb                 movsx ebx, bl
;;   @0066: end
;;      38: 89d8                   mov eax, ebx
;;      3a: 4889ec                 mov rsp, rbp
;;      3d: 5d                     pop rbp
;;      3e: c3                     ret
;;   @0060: (func (;0;) (type 0) (param v128) (result i32)
;;      3f: 0f0b                   ud2
;; wasm[0]::function[1] (get_u16): kindling, x86_64-unknown-linux-gnu: 17 instructions, 59 bytes
;;   @0060: (func (;0;) (type 0) (param v128) (result i32)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8217000000           jb 0x39
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;   @006b: i16x8.extract_lane_u 3
;;      27: f30f6f45e0             movdqu xmm0, xmmword ptr [rbp - 0x20]
;;      2c: 66400fc5d803           pextrw ebx, xmm0, 3
;;   @006e: end
;;      32: 89d8                   mov eax, ebx
;;      34: 4889ec                 mov rsp, rbp
;;      37: 5d                     pop rbp
;;      38: c3                     ret
;;   @0068: (func (;1;) (type 0) (param v128) (result i32)
;;      39: 0f0b                   ud2
;; wasm[0]::function[2] (get_f64): kindling, x86_64-unknown-linux-gnu: 17 instructions, 60 bytes
;;   @0068: (func (;1;) (type 0) (param v128) (result i32)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8218000000           jb 0x3a
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;   @0073: f64x2.extract_lane 1
;;      27: f30f6f45e0             movdqu xmm0, xmmword ptr [rbp - 0x20]
;;      2c: 66400f70c8ee           pshufd xmm1, xmm0, 0xee
;;   @0076: end
;;      32: 0f28c1                 movaps xmm0, xmm1
;;      35: 4889ec                 mov rsp, rbp
;;      38: 5d                     pop rbp
;;      39: c3                     ret
;;   @0070: (func (;2;) (type 1) (param v128) (result f64)
;;      3a: 0f0b                   ud2
;; wasm[0]::function[3] (set_i32): kindling, x86_64-unknown-linux-gnu: 18 instructions, 64 bytes
;;   @0070: (func (;2;) (type 1) (param v128) (result f64)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f821c000000           jb 0x3e
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;      27: 8955d8                 mov dword ptr [rbp - 0x28], edx
;;   @007d: i32x4.replace_lane 2
;;      2a: 8b5dd8                 mov ebx, dword ptr [rbp - 0x28]
;;      2d: f30f6f45e0             movdqu xmm0, xmmword ptr [rbp - 0x20]
;;      32: 66400f3a22c302         pinsrd xmm0, ebx, 2
;;   @0080: end
;;      39: 4889ec                 mov rsp, rbp
;;      3c: 5d                     pop rbp
;;      3d: c3                     ret
;;   @0078: (func (;3;) (type 2) (param v128 i32) (result v128)
;;      3e: 0f0b                   ud2
;; wasm[0]::function[4] (set_f32): kindling, x86_64-unknown-linux-gnu: 19 instructions, 71 bytes
;;   @0078: (func (;3;) (type 2) (param v128 i32) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8223000000           jb 0x45
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;      27: f30f114dd8             movss dword ptr [rbp - 0x28], xmm1
;;   @0087: f32x4.replace_lane 3
;;      2c: f30f1045d8             movss xmm0, dword ptr [rbp - 0x28]
;;      31: f30f6f4de0             movdqu xmm1, xmmword ptr [rbp - 0x20]
;;      36: 66400f3a21c830         insertps xmm1, xmm0, 0x30
;;   @008a: end
;;      3d: 0f28c1                 movaps xmm0, xmm1
;;      40: 4889ec                 mov rsp, rbp
;;      43: 5d                     pop rbp
;;      44: c3                     ret
;;   @0082: (func (;4;) (type 3) (param v128 f32) (result v128)
;;      45: 0f0b                   ud2
