;; The sign-extension operators.
(module (func (export "f") (param i32 i64) (result i64) local.get 0 i32.extend8_s i32.extend16_s i64.extend_i32_s local.get 1 i64.extend32_s i64.add))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 23 instructions, 73 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec40000000         sub rsp, 0x40
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8225000000           jb 0x47
;;      22: 8955e8                 mov dword ptr [rbp - 0x18], edx
;;      25: 48894de0               mov qword ptr [rbp - 0x20], rcx
;;   @0023: i32.extend8_s
;;      29: 8b5de8                 mov ebx, dword ptr [rbp - 0x18]
;;      2c: 0fbedb                 movsx ebx, bl
;;   @0024: i32.extend16_s
;;      2f: 0fbfdb                 movsx ebx, bx
;;   @0025: i64.extend_i32_s
;;      32: 4863db                 movsxd rbx, ebx
;;   @0028: i64.extend32_s
;;      35: 488b75e0               mov rsi, qword ptr [rbp - 0x20]
;;      39: 4863f6                 movsxd rsi, esi
;;   @0029: i64.add
;;      3c: 4801f3                 add rbx, rsi
;;   @002a: end
;;      3f: 4889d8                 mov rax, rbx
;;      42: 4889ec                 mov rsp, rbp
;;      45: 5d                     pop rbp
;;      46: c3                     ret
;;   @0020: (func (;0;) (type 0) (param i32 i64) (result i64)
;;      47: 0f0b                   ud2
