;; Unsigned 64-bit integer to float.
(module (func (export "f") (param i64) (result f64) local.get 0 f64.convert_i64_u))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 26 instructions, 93 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8239000000           jb 0x5b
;;      22: 488955e8               mov qword ptr [rbp - 0x18], rdx
;;   @0022: f64.convert_i64_u
;;      26: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      2a: 4885db                 test rbx, rbx
;;      2d: 0f880a000000           js 0x3d
;;      33: f2480f2ac3             cvtsi2sd xmm0, rbx
;;      38: e919000000             jmp 0x56
;;      3d: 4989db                 mov r11, rbx
;;      40: 49c1eb01               shr r11, 1
;;      44: 4889d8                 mov rax, rbx
;;      47: 83e001                 and eax, 1
;;      4a: 4909c3                 or r11, rax
;;      4d: f2490f2ac3             cvtsi2sd xmm0, r11
;;      52: f20f58c0               addsd xmm0, xmm0
;;   @0023: end
;;      56: 4889ec                 mov rsp, rbp
;;      59: 5d                     pop rbp
;;      5a: c3                     ret
;;   @001f: (func (;0;) (type 0) (param i64) (result f64)
;;      5b: 0f0b                   ud2
