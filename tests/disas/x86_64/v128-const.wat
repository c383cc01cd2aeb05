;; v128.const: zero by xor, otherwise each 64-bit half through a general register.
(module
  (func (export "zero") (result v128) (v128.const i64x2 0 0))
  (func (export "low") (result v128) (v128.const i64x2 0x1234 0))
  (func (export "both") (result v128) (v128.const i32x4 1 2 3 4)))

;; ==== kindling disas ====
;; wasm[0]::function[0] (zero): kindling, x86_64-unknown-linux-gnu: 14 instructions, 45 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec20000000         sub rsp, 0x20
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8210000000           jb 0x2b
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;   @0031: v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
;;      22: 660fefc0               pxor xmm0, xmm0
;;   @0043: end
;;      26: 4889ec                 mov rsp, rbp
;;      29: 5d                     pop rbp
;;      2a: c3                     ret
;;   @0030: (func (;0;) (type 0) (result v128)
;;      2b: 0f0b                   ud2
;; wasm[0]::function[1] (low): kindling, x86_64-unknown-linux-gnu: 36 instructions, 80 bytes
;;   @0030: (func (;0;) (type 0) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec20000000         sub rsp, 0x20
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8215000000           jb 0x30
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;   @0046: v128.const i32x4 0x00001234 0x00000000 0x00000000 0x00000000
;;      22: f3400f6f0515000000     movdqu xmm0, xmmword ptr [rip + 0x15]
;;   @0058: end
;;      2b: 4889ec                 mov rsp, rbp
;;      2e: 5d                     pop rbp
;;      2f: c3                     ret
;;   @0045: (func (;1;) (type 0) (result v128)
;;      30: 0f0b                   ud2
;;      32: 90                     nop
;;      33: 90                     nop
;;      34: 90                     nop
;;      35: 90                     nop
;;      36: 90                     nop
;;      37: 90                     nop
;;      38: 90                     nop
;;      39: 90                     nop
;;      3a: 90                     nop
;;      3b: 90                     nop
;;      3c: 90                     nop
;;      3d: 90                     nop
;;      3e: 90                     nop
;;      3f: 90                     nop
;;      40: 3412                   xor al, 0x12
;;      42: 0000                   add byte ptr [rax], al
;;      44: 0000                   add byte ptr [rax], al
;;      46: 0000                   add byte ptr [rax], al
;;      48: 0000                   add byte ptr [rax], al
;;      4a: 0000                   add byte ptr [rax], al
;;      4c: 0000                   add byte ptr [rax], al
;;      4e: 0000                   add byte ptr [rax], al
;; wasm[0]::function[2] (both): kindling, x86_64-unknown-linux-gnu: 36 instructions, 80 bytes
;;   @0045: (func (;1;) (type 0) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec20000000         sub rsp, 0x20
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8215000000           jb 0x30
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;   @005b: v128.const i32x4 0x00000001 0x00000002 0x00000003 0x00000004
;;      22: f3400f6f0515000000     movdqu xmm0, xmmword ptr [rip + 0x15]
;;   @006d: end
;;      2b: 4889ec                 mov rsp, rbp
;;      2e: 5d                     pop rbp
;;      2f: c3                     ret
;;   @005a: (func (;2;) (type 0) (result v128)
;;      30: 0f0b                   ud2
;;      32: 90                     nop
;;      33: 90                     nop
;;      34: 90                     nop
;;      35: 90                     nop
;;      36: 90                     nop
;;      37: 90                     nop
;;      38: 90                     nop
;;      39: 90                     nop
;;      3a: 90                     nop
;;      3b: 90                     nop
;;      3c: 90                     nop
;;      3d: 90                     nop
;;      3e: 90                     nop
;;      3f: 90                     nop
;;      40: 0100                   add dword ptr [rax], eax
;;      42: 0000                   add byte ptr [rax], al
;;      44: 0200                   add al, byte ptr [rax]
;;      46: 0000                   add byte ptr [rax], al
;;      48: 0300                   add eax, dword ptr [rax]
;;      4a: 0000                   add byte ptr [rax], al
;;      4c: 0400                   add al, 0
;;      4e: 0000                   add byte ptr [rax], al
