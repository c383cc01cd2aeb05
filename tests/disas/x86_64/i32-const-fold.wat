;; Constant operands fold at compile time.
(module (func (export "f") (result i32) i32.const 6 i32.const 7 i32.mul))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 14 instructions, 46 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8211000000           jb 0x2c
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;   @0024: end
;;      22: b82a000000             mov eax, 0x2a
;;      27: 4889ec                 mov rsp, rbp
;;      2a: 5d                     pop rbp
;;      2b: c3                     ret
;;   @001e: (func (;0;) (type 0) (result i32)
;;      2c: 0f0b                   ud2
