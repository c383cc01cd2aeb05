;; Unsigned 64-bit integer to float.
(module (func (export "f") (param i64) (result f64) local.get 0 f64.convert_i64_u))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 28 instructions, 99 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8246000000           jb 0x61
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 48895de8               mov qword ptr [rbp - 0x18], rbx
;;      26: 4889d3                 mov rbx, rdx
;;   @0022: f64.convert_i64_u
;;      29: 4889de                 mov rsi, rbx
;;      2c: 4885f6                 test rsi, rsi
;;      2f: 0f880a000000           js 0x3f
;;      35: f2480f2ac6             cvtsi2sd xmm0, rsi
;;      3a: e919000000             jmp 0x58
;;      3f: 4989f3                 mov r11, rsi
;;      42: 49c1eb01               shr r11, 1
;;      46: 4889f0                 mov rax, rsi
;;      49: 83e001                 and eax, 1
;;      4c: 4909c3                 or r11, rax
;;      4f: f2490f2ac3             cvtsi2sd xmm0, r11
;;      54: f20f58c0               addsd xmm0, xmm0
;;   @0023: end
;;      58: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      5c: 4889ec                 mov rsp, rbp
;;      5f: 5d                     pop rbp
;;      60: c3                     ret
;;   @001f: (func (;0;) (type 0) (param i64) (result f64)
;;      61: 0f0b                   ud2
