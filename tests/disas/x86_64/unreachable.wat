;; unreachable traps through an out-of-line stub.
(module (func (export "f") unreachable))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 11 instructions, 38 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec10000000         sub rsp, 0x10
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8209000000           jb 0x24
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;   @001e: unreachable
;;      22: 0f0b                   ud2
;;   @001d: (func (;0;) (type 0)
;;      24: 0f0b                   ud2
