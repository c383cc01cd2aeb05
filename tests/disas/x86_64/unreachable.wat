;; unreachable traps through an out-of-line stub.
(module (func (export "f") unreachable))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 11 instructions, 38 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec10000000         sub rsp, 0x10
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8202000000           jb 0x24
;;   @001e: unreachable
;;      22: 0f0b                   ud2
;;   @001d: (func (;0;) (type 0)
;;      24: 0f0b                   ud2
