;; ref.is_null.
(module (func (export "f") (param externref) (result i32) local.get 0 ref.is_null))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 19 instructions, 62 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8221000000           jb 0x3c
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 488955e8               mov qword ptr [rbp - 0x18], rdx
;;   @0022: ref.is_null
;;      26: 488b75e8               mov rsi, qword ptr [rbp - 0x18]
;;   @0023: end
;;      2a: 4885f6                 test rsi, rsi
;;      2d: 400f94c6               sete sil
;;      31: 400fb6f6               movzx esi, sil
;;      35: 89f0                   mov eax, esi
;;      37: 4889ec                 mov rsp, rbp
;;      3a: 5d                     pop rbp
;;      3b: c3                     ret
;;   @001f: (func (;0;) (type 0) (param externref) (result i32)
;;      3c: 0f0b                   ud2
