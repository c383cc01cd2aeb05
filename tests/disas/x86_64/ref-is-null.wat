;; ref.is_null.
(module (func (export "f") (param externref) (result i32) local.get 0 ref.is_null))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 19 instructions, 85 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec30000000         sub rsp, 0x30
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8223000000           jb 0x53
;;      30: 48899425e8ffffff       mov qword ptr [rbp + riz - 0x18], rdx
;;   @0022: ref.is_null
;;      38: 488b9c25e8ffffff       mov rbx, qword ptr [rbp + riz - 0x18]
;;   @0023: end
;;      40: 4885db                 test rbx, rbx
;;      43: 0f94c3                 sete bl
;;      46: 400fb6db               movzx ebx, bl
;;      4a: 4089d8                 mov eax, ebx
;;      4d: 4889ec                 mov rsp, rbp
;;      50: 405d                   pop rbp
;;      52: c3                     ret
;;   @001f: (func (;0;) (type 0) (param externref) (result i32)
;;      53: 0f0b                   ud2
