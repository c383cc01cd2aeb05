;; Lane extraction and replacement.
(module
  (func (export "get_s") (param v128) (result i32) (i8x16.extract_lane_s 5 (local.get 0)))
  (func (export "get_u16") (param v128) (result i32) (i16x8.extract_lane_u 3 (local.get 0)))
  (func (export "get_f64") (param v128) (result f64) (f64x2.extract_lane 1 (local.get 0)))
  (func (export "set_i32") (param v128 i32) (result v128) (i32x4.replace_lane 2 (local.get 0) (local.get 1)))
  (func (export "set_f32") (param v128 f32) (result v128) (f32x4.replace_lane 3 (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (get_s): kindling, x86_64-unknown-linux-gnu: 19 instructions, 93 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec30000000         sub rsp, 0x30
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f822b000000           jb 0x5b
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;   @0063: i8x16.extract_lane_s 5
;;      3a: f3400f6f8425e0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x20]
;;      44: 66400fc5d802           pextrw ebx, xmm0, 2
;;      4a: 40c1eb08               shr ebx, 8
;;      4e: 400fbedb               movsx ebx, bl
;;   @0066: end
;;      52: 4089d8                 mov eax, ebx
;;      55: 4889ec                 mov rsp, rbp
;;      58: 405d                   pop rbp
;;      5a: c3                     ret
;;   @0060: (func (;0;) (type 0) (param v128) (result i32)
;;      5b: 0f0b                   ud2
;; wasm[0]::function[1] (get_u16): kindling, x86_64-unknown-linux-gnu: 17 instructions, 85 bytes
;;   @0060: (func (;0;) (type 0) (param v128) (result i32)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec30000000         sub rsp, 0x30
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8223000000           jb 0x53
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;   @006b: i16x8.extract_lane_u 3
;;      3a: f3400f6f8425e0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x20]
;;      44: 66400fc5d803           pextrw ebx, xmm0, 3
;;   @006e: end
;;      4a: 4089d8                 mov eax, ebx
;;      4d: 4889ec                 mov rsp, rbp
;;      50: 405d                   pop rbp
;;      52: c3                     ret
;;   @0068: (func (;1;) (type 0) (param v128) (result i32)
;;      53: 0f0b                   ud2
;; wasm[0]::function[2] (get_f64): kindling, x86_64-unknown-linux-gnu: 17 instructions, 86 bytes
;;   @0068: (func (;1;) (type 0) (param v128) (result i32)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec30000000         sub rsp, 0x30
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8224000000           jb 0x54
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;   @0073: f64x2.extract_lane 1
;;      3a: f3400f6f8425e0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x20]
;;      44: 66400f70c8ee           pshufd xmm1, xmm0, 0xee
;;   @0076: end
;;      4a: 400f28c1               movaps xmm0, xmm1
;;      4e: 4889ec                 mov rsp, rbp
;;      51: 405d                   pop rbp
;;      53: c3                     ret
;;   @0070: (func (;2;) (type 1) (param v128) (result f64)
;;      54: 0f0b                   ud2
;; wasm[0]::function[3] (set_i32): kindling, x86_64-unknown-linux-gnu: 18 instructions, 99 bytes
;;   @0070: (func (;2;) (type 1) (param v128) (result f64)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec50000000         sub rsp, 0x50
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8231000000           jb 0x61
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;      3a: 40899425d8ffffff       mov dword ptr [rbp + riz - 0x28], edx
;;   @007d: i32x4.replace_lane 2
;;      42: 408b9c25d8ffffff       mov ebx, dword ptr [rbp + riz - 0x28]
;;      4a: f3400f6f8425e0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x20]
;;      54: 66400f3a22c302         pinsrd xmm0, ebx, 2
;;   @0080: end
;;      5b: 4889ec                 mov rsp, rbp
;;      5e: 405d                   pop rbp
;;      60: c3                     ret
;;   @0078: (func (;3;) (type 2) (param v128 i32) (result v128)
;;      61: 0f0b                   ud2
;; wasm[0]::function[4] (set_f32): kindling, x86_64-unknown-linux-gnu: 19 instructions, 107 bytes
;;   @0078: (func (;3;) (type 2) (param v128 i32) (result v128)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec50000000         sub rsp, 0x50
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8239000000           jb 0x69
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;      3a: f3400f118c25d8ffffff   movss dword ptr [rbp + riz - 0x28], xmm1
;;   @0087: f32x4.replace_lane 3
;;      44: f3400f108425d8ffffff   movss xmm0, dword ptr [rbp + riz - 0x28]
;;      4e: f3400f6f8c25e0ffffff   movdqu xmm1, xmmword ptr [rbp + riz - 0x20]
;;      58: 66400f3a21c830         insertps xmm1, xmm0, 0x30
;;   @008a: end
;;      5f: 400f28c1               movaps xmm0, xmm1
;;      63: 4889ec                 mov rsp, rbp
;;      66: 405d                   pop rbp
;;      68: c3                     ret
;;   @0082: (func (;4;) (type 3) (param v128 f32) (result v128)
;;      69: 0f0b                   ud2
