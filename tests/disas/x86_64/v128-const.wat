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
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8209000000           jb 0x2b
;;   @0031: v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
;;      22: 660fefc0               pxor xmm0, xmm0
;;   @0043: end
;;      26: 4889ec                 mov rsp, rbp
;;      29: 5d                     pop rbp
;;      2a: c3                     ret
;;   @0030: (func (;0;) (type 0) (result v128)
;;      2b: 0f0b                   ud2
;; wasm[0]::function[1] (low): kindling, x86_64-unknown-linux-gnu: 15 instructions, 52 bytes
;;   @0030: (func (;0;) (type 0) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec20000000         sub rsp, 0x20
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8210000000           jb 0x32
;;   @0046: v128.const i32x4 0x00001234 0x00000000 0x00000000 0x00000000
;;      22: 41bb34120000           mov r11d, 0x1234
;;      28: 66490f6ec3             movq xmm0, r11
;;   @0058: end
;;      2d: 4889ec                 mov rsp, rbp
;;      30: 5d                     pop rbp
;;      31: c3                     ret
;;   @0045: (func (;1;) (type 0) (result v128)
;;      32: 0f0b                   ud2
;; wasm[0]::function[2] (both): kindling, x86_64-unknown-linux-gnu: 17 instructions, 73 bytes
;;   @0045: (func (;1;) (type 0) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec20000000         sub rsp, 0x20
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8225000000           jb 0x47
;;   @005b: v128.const i32x4 0x00000001 0x00000002 0x00000003 0x00000004
;;      22: 49bb0100000002000000   movabs r11, 0x200000001
;;      2c: 66490f6ec3             movq xmm0, r11
;;      31: 49bb0300000004000000   movabs r11, 0x400000003
;;      3b: 66490f3a22c301         pinsrq xmm0, r11, 1
;;   @006d: end
;;      42: 4889ec                 mov rsp, rbp
;;      45: 5d                     pop rbp
;;      46: c3                     ret
;;   @005a: (func (;2;) (type 0) (result v128)
;;      47: 0f0b                   ud2
