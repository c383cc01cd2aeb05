;; Lane loads and stores, composed from a scalar access and a lane move.
(module
  (memory 1)
  (func (export "load8_lane") (param i32 v128) (result v128) (v128.load8_lane 9 (local.get 0) (local.get 1)))
  (func (export "load64_lane") (param i32 v128) (result v128) (v128.load64_lane 1 (local.get 0) (local.get 1)))
  (func (export "store16_lane") (param i32 v128) (v128.store16_lane 3 (local.get 0) (local.get 1)))
  (func (export "store32_lane") (param i32 v128) (v128.store32_lane 2 (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (load8_lane): kindling, x86_64-unknown-linux-gnu: 22 instructions, 76 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b7e50               mov r15, qword ptr [r14 + 0x50]
;;      16: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      1a: 4d8b1b                 mov r11, qword ptr [r11]
;;      1d: 4c39dc                 cmp rsp, r11
;;      20: 0f8224000000           jb 0x4a
;;      26: 8955e8                 mov dword ptr [rbp - 0x18], edx
;;      29: f30f7f45d8             movdqu xmmword ptr [rbp - 0x28], xmm0
;;   @0067: v128.load8_lane 9
;;      2e: f30f6f45d8             movdqu xmm0, xmmword ptr [rbp - 0x28]
;;      33: 8b5de8                 mov ebx, dword ptr [rbp - 0x18]
;;      36: 89db                   mov ebx, ebx
;;      38: 4c01fb                 add rbx, r15
;;      3b: 0fb61b                 movzx ebx, byte ptr [rbx]
;;      3e: 66400f3a20c309         pinsrb xmm0, ebx, 9
;;   @006c: end
;;      45: 4889ec                 mov rsp, rbp
;;      48: 5d                     pop rbp
;;      49: c3                     ret
;;   @0062: (func (;0;) (type 0) (param i32 v128) (result v128)
;;      4a: 0f0b                   ud2
;; wasm[0]::function[1] (load64_lane): kindling, x86_64-unknown-linux-gnu: 22 instructions, 76 bytes
;;   @0062: (func (;0;) (type 0) (param i32 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b7e50               mov r15, qword ptr [r14 + 0x50]
;;      16: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      1a: 4d8b1b                 mov r11, qword ptr [r11]
;;      1d: 4c39dc                 cmp rsp, r11
;;      20: 0f8224000000           jb 0x4a
;;      26: 8955e8                 mov dword ptr [rbp - 0x18], edx
;;      29: f30f7f45d8             movdqu xmmword ptr [rbp - 0x28], xmm0
;;   @0073: v128.load64_lane 1
;;      2e: f30f6f45d8             movdqu xmm0, xmmword ptr [rbp - 0x28]
;;      33: 8b5de8                 mov ebx, dword ptr [rbp - 0x18]
;;      36: 89db                   mov ebx, ebx
;;      38: 4c01fb                 add rbx, r15
;;      3b: 488b1b                 mov rbx, qword ptr [rbx]
;;      3e: 66480f3a22c301         pinsrq xmm0, rbx, 1
;;   @0078: end
;;      45: 4889ec                 mov rsp, rbp
;;      48: 5d                     pop rbp
;;      49: c3                     ret
;;   @006e: (func (;1;) (type 0) (param i32 v128) (result v128)
;;      4a: 0f0b                   ud2
;; wasm[0]::function[2] (store16_lane): kindling, x86_64-unknown-linux-gnu: 22 instructions, 75 bytes
;;   @006e: (func (;1;) (type 0) (param i32 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b7e50               mov r15, qword ptr [r14 + 0x50]
;;      16: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      1a: 4d8b1b                 mov r11, qword ptr [r11]
;;      1d: 4c39dc                 cmp rsp, r11
;;      20: 0f8223000000           jb 0x49
;;      26: 8955e8                 mov dword ptr [rbp - 0x18], edx
;;      29: f30f7f45d8             movdqu xmmword ptr [rbp - 0x28], xmm0
;;   @007f: v128.store16_lane 3
;;      2e: f30f6f45d8             movdqu xmm0, xmmword ptr [rbp - 0x28]
;;      33: 66400fc5d803           pextrw ebx, xmm0, 3
;;      39: 8b75e8                 mov esi, dword ptr [rbp - 0x18]
;;      3c: 89f6                   mov esi, esi
;;      3e: 4c01fe                 add rsi, r15
;;      41: 66891e                 mov word ptr [rsi], bx
;;   @0084: end
;;      44: 4889ec                 mov rsp, rbp
;;      47: 5d                     pop rbp
;;      48: c3                     ret
;;   @007a: (func (;2;) (type 1) (param i32 v128)
;;      49: 0f0b                   ud2
;; wasm[0]::function[3] (store32_lane): kindling, x86_64-unknown-linux-gnu: 23 instructions, 79 bytes
;;   @007a: (func (;2;) (type 1) (param i32 v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b7e50               mov r15, qword ptr [r14 + 0x50]
;;      16: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      1a: 4d8b1b                 mov r11, qword ptr [r11]
;;      1d: 4c39dc                 cmp rsp, r11
;;      20: 0f8227000000           jb 0x4d
;;      26: 8955e8                 mov dword ptr [rbp - 0x18], edx
;;      29: f30f7f45d8             movdqu xmmword ptr [rbp - 0x28], xmm0
;;   @008b: v128.store32_lane 2
;;      2e: f30f6f45d8             movdqu xmm0, xmmword ptr [rbp - 0x28]
;;      33: 66440f70f802           pshufd xmm15, xmm0, 2
;;      39: 66440f7efb             movd ebx, xmm15
;;      3e: 8b75e8                 mov esi, dword ptr [rbp - 0x18]
;;      41: 89f6                   mov esi, esi
;;      43: 4c01fe                 add rsi, r15
;;      46: 891e                   mov dword ptr [rsi], ebx
;;   @0090: end
;;      48: 4889ec                 mov rsp, rbp
;;      4b: 5d                     pop rbp
;;      4c: c3                     ret
;;   @0086: (func (;3;) (type 1) (param i32 v128)
;;      4d: 0f0b                   ud2
