;; Lane loads and stores, composed from a scalar access and a lane move.
(module
  (memory 1)
  (func (export "load8_lane") (param i32 v128) (result v128) (v128.load8_lane 9 (local.get 0) (local.get 1)))
  (func (export "load64_lane") (param i32 v128) (result v128) (v128.load64_lane 1 (local.get 0) (local.get 1)))
  (func (export "store16_lane") (param i32 v128) (v128.store16_lane 3 (local.get 0) (local.get 1)))
  (func (export "store32_lane") (param i32 v128) (v128.store32_lane 2 (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (load8_lane): kindling, x86_64-unknown-linux-gnu: 23 instructions, 78 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8231000000           jb 0x4c
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 4d8b7e50               mov r15, qword ptr [r14 + 0x50]
;;      26: 48895de8               mov qword ptr [rbp - 0x18], rbx
;;      2a: 89d3                   mov ebx, edx
;;      2c: 440f28c0               movaps xmm8, xmm0
;;   @0067: v128.load8_lane 9
;;      30: 410f28c0               movaps xmm0, xmm8
;;      34: 89de                   mov esi, ebx
;;      36: 4c01fe                 add rsi, r15
;;      39: 0fb636                 movzx esi, byte ptr [rsi]
;;      3c: 66400f3a20c609         pinsrb xmm0, esi, 9
;;   @006c: end
;;      43: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      47: 4889ec                 mov rsp, rbp
;;      4a: 5d                     pop rbp
;;      4b: c3                     ret
;;   @0062: (func (;0;) (type 0) (param i32 v128) (result v128)
;;      4c: 0f0b                   ud2
;; wasm[0]::function[1] (load64_lane): kindling, x86_64-unknown-linux-gnu: 23 instructions, 78 bytes
;;   @0062: (func (;0;) (type 0) (param i32 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8231000000           jb 0x4c
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 4d8b7e50               mov r15, qword ptr [r14 + 0x50]
;;      26: 48895de8               mov qword ptr [rbp - 0x18], rbx
;;      2a: 89d3                   mov ebx, edx
;;      2c: 440f28c0               movaps xmm8, xmm0
;;   @0073: v128.load64_lane 1
;;      30: 410f28c0               movaps xmm0, xmm8
;;      34: 89de                   mov esi, ebx
;;      36: 4c01fe                 add rsi, r15
;;      39: 488b36                 mov rsi, qword ptr [rsi]
;;      3c: 66480f3a22c601         pinsrq xmm0, rsi, 1
;;   @0078: end
;;      43: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      47: 4889ec                 mov rsp, rbp
;;      4a: 5d                     pop rbp
;;      4b: c3                     ret
;;   @006e: (func (;1;) (type 0) (param i32 v128) (result v128)
;;      4c: 0f0b                   ud2
;; wasm[0]::function[2] (store16_lane): kindling, x86_64-unknown-linux-gnu: 23 instructions, 77 bytes
;;   @006e: (func (;1;) (type 0) (param i32 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8230000000           jb 0x4b
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 4d8b7e50               mov r15, qword ptr [r14 + 0x50]
;;      26: 48895de8               mov qword ptr [rbp - 0x18], rbx
;;      2a: 89d3                   mov ebx, edx
;;      2c: 440f28c0               movaps xmm8, xmm0
;;   @007f: v128.store16_lane 3
;;      30: 410f28c0               movaps xmm0, xmm8
;;      34: 66400fc5f003           pextrw esi, xmm0, 3
;;      3a: 89df                   mov edi, ebx
;;      3c: 4c01ff                 add rdi, r15
;;      3f: 668937                 mov word ptr [rdi], si
;;   @0084: end
;;      42: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      46: 4889ec                 mov rsp, rbp
;;      49: 5d                     pop rbp
;;      4a: c3                     ret
;;   @007a: (func (;2;) (type 1) (param i32 v128)
;;      4b: 0f0b                   ud2
;; wasm[0]::function[3] (store32_lane): kindling, x86_64-unknown-linux-gnu: 24 instructions, 81 bytes
;;   @007a: (func (;2;) (type 1) (param i32 v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8234000000           jb 0x4f
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 4d8b7e50               mov r15, qword ptr [r14 + 0x50]
;;      26: 48895de8               mov qword ptr [rbp - 0x18], rbx
;;      2a: 89d3                   mov ebx, edx
;;      2c: 440f28c0               movaps xmm8, xmm0
;;   @008b: v128.store32_lane 2
;;      30: 410f28c0               movaps xmm0, xmm8
;;      34: 66440f70f802           pshufd xmm15, xmm0, 2
;;      3a: 66440f7efe             movd esi, xmm15
;;      3f: 89df                   mov edi, ebx
;;      41: 4c01ff                 add rdi, r15
;;      44: 8937                   mov dword ptr [rdi], esi
;;   @0090: end
;;      46: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      4a: 4889ec                 mov rsp, rbp
;;      4d: 5d                     pop rbp
;;      4e: c3                     ret
;;   @0086: (func (;3;) (type 1) (param i32 v128)
;;      4f: 0f0b                   ud2
