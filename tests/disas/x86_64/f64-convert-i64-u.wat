;; Unsigned 64-bit integer to float.
(module (func (export "f") (param i64) (result f64) local.get 0 f64.convert_i64_u))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 26 instructions, 121 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec30000000         sub rsp, 0x30
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8247000000           jb 0x77
;;      30: 48899425e8ffffff       mov qword ptr [rbp + riz - 0x18], rdx
;;   @0022: f64.convert_i64_u
;;      38: 488b9c25e8ffffff       mov rbx, qword ptr [rbp + riz - 0x18]
;;      40: 4885db                 test rbx, rbx
;;      43: 0f880a000000           js 0x53
;;      49: f2480f2ac3             cvtsi2sd xmm0, rbx
;;      4e: e91e000000             jmp 0x71
;;      53: 4989db                 mov r11, rbx
;;      56: 49c1eb01               shr r11, 1
;;      5a: 4889d8                 mov rax, rbx
;;      5d: 4081e001000000         and eax, 1
;;      64: 4909c3                 or r11, rax
;;      67: f2490f2ac3             cvtsi2sd xmm0, r11
;;      6c: f2400f58c0             addsd xmm0, xmm0
;;   @0023: end
;;      71: 4889ec                 mov rsp, rbp
;;      74: 405d                   pop rbp
;;      76: c3                     ret
;;   @001f: (func (;0;) (type 0) (param i64) (result f64)
;;      77: 0f0b                   ud2
