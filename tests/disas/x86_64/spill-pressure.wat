;; More live values than registers: the oldest spill to their frame slots.
(module (func (export "f") (param i32) (result i32)
  local.get 0 i32.const 1 i32.add local.get 0 i32.const 2 i32.add local.get 0 i32.const 3 i32.add
  local.get 0 i32.const 4 i32.add local.get 0 i32.const 5 i32.add local.get 0 i32.const 6 i32.add
  local.get 0 i32.const 7 i32.add local.get 0 i32.const 8 i32.add local.get 0 i32.const 9 i32.add
  local.get 0 i32.const 10 i32.add
  i32.add i32.add i32.add i32.add i32.add i32.add i32.add i32.add i32.add))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 48 instructions, 152 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ecd0000000         sub rsp, 0xd0
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8274000000           jb 0x96
;;      22: 8955e8                 mov dword ptr [rbp - 0x18], edx
;;   @0024: i32.add
;;      25: 8b5de8                 mov ebx, dword ptr [rbp - 0x18]
;;      28: 83c301                 add ebx, 1
;;   @0029: i32.add
;;      2b: 8b75e8                 mov esi, dword ptr [rbp - 0x18]
;;      2e: 83c602                 add esi, 2
;;   @002e: i32.add
;;      31: 8b7de8                 mov edi, dword ptr [rbp - 0x18]
;;      34: 83c703                 add edi, 3
;;   @0033: i32.add
;;      37: 448b45e8               mov r8d, dword ptr [rbp - 0x18]
;;      3b: 4183c004               add r8d, 4
;;   @0038: i32.add
;;      3f: 448b4de8               mov r9d, dword ptr [rbp - 0x18]
;;      43: 4183c105               add r9d, 5
;;   @003d: i32.add
;;      47: 448b65e8               mov r12d, dword ptr [rbp - 0x18]
;;      4b: 4183c406               add r12d, 6
;;   @0042: i32.add
;;      4f: 448b6de8               mov r13d, dword ptr [rbp - 0x18]
;;      53: 4183c507               add r13d, 7
;;   @0047: i32.add
;;      57: 448b7de8               mov r15d, dword ptr [rbp - 0x18]
;;      5b: 4183c708               add r15d, 8
;;   @004c: i32.add
;;      5f: 895dd8                 mov dword ptr [rbp - 0x28], ebx
;;      62: 8b5de8                 mov ebx, dword ptr [rbp - 0x18]
;;      65: 83c309                 add ebx, 9
;;   @0051: i32.add
;;      68: 8975c8                 mov dword ptr [rbp - 0x38], esi
;;      6b: 8b75e8                 mov esi, dword ptr [rbp - 0x18]
;;      6e: 83c60a                 add esi, 0xa
;;   @0052: i32.add
;;      71: 01f3                   add ebx, esi
;;   @0053: i32.add
;;      73: 4101df                 add r15d, ebx
;;   @0054: i32.add
;;      76: 4501fd                 add r13d, r15d
;;   @0055: i32.add
;;      79: 4501ec                 add r12d, r13d
;;   @0056: i32.add
;;      7c: 4501e1                 add r9d, r12d
;;   @0057: i32.add
;;      7f: 4501c8                 add r8d, r9d
;;   @0058: i32.add
;;      82: 4401c7                 add edi, r8d
;;   @0059: i32.add
;;      85: 8b5dc8                 mov ebx, dword ptr [rbp - 0x38]
;;      88: 01fb                   add ebx, edi
;;   @005a: i32.add
;;      8a: 8b75d8                 mov esi, dword ptr [rbp - 0x28]
;;      8d: 01de                   add esi, ebx
;;   @005b: end
;;      8f: 89f0                   mov eax, esi
;;      91: 4889ec                 mov rsp, rbp
;;      94: 5d                     pop rbp
;;      95: c3                     ret
;;   @001f: (func (;0;) (type 0) (param i32) (result i32)
;;      96: 0f0b                   ud2
