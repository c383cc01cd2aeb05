;; More live values than registers: the oldest spill to their frame slots.
(module (func (export "f") (param i32) (result i32)
  local.get 0 i32.const 1 i32.add local.get 0 i32.const 2 i32.add local.get 0 i32.const 3 i32.add
  local.get 0 i32.const 4 i32.add local.get 0 i32.const 5 i32.add local.get 0 i32.const 6 i32.add
  local.get 0 i32.const 7 i32.add local.get 0 i32.const 8 i32.add local.get 0 i32.const 9 i32.add
  local.get 0 i32.const 10 i32.add
  i32.add i32.add i32.add i32.add i32.add i32.add i32.add i32.add i32.add))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 50 instructions, 155 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ecd0000000         sub rsp, 0xd0
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8277000000           jb 0x99
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
;;      57: 895dd8                 mov dword ptr [rbp - 0x28], ebx
;;      5a: 8b5de8                 mov ebx, dword ptr [rbp - 0x18]
;;      5d: 83c308                 add ebx, 8
;;   @004c: i32.add
;;      60: 8975c8                 mov dword ptr [rbp - 0x38], esi
;;      63: 8b75e8                 mov esi, dword ptr [rbp - 0x18]
;;      66: 83c609                 add esi, 9
;;   @0051: i32.add
;;      69: 897db8                 mov dword ptr [rbp - 0x48], edi
;;      6c: 8b7de8                 mov edi, dword ptr [rbp - 0x18]
;;      6f: 83c70a                 add edi, 0xa
;;   @0052: i32.add
;;      72: 01fe                   add esi, edi
;;   @0053: i32.add
;;      74: 01f3                   add ebx, esi
;;   @0054: i32.add
;;      76: 4101dd                 add r13d, ebx
;;   @0055: i32.add
;;      79: 4501ec                 add r12d, r13d
;;   @0056: i32.add
;;      7c: 4501e1                 add r9d, r12d
;;   @0057: i32.add
;;      7f: 4501c8                 add r8d, r9d
;;   @0058: i32.add
;;      82: 8b5db8                 mov ebx, dword ptr [rbp - 0x48]
;;      85: 4401c3                 add ebx, r8d
;;   @0059: i32.add
;;      88: 8b75c8                 mov esi, dword ptr [rbp - 0x38]
;;      8b: 01de                   add esi, ebx
;;   @005a: i32.add
;;      8d: 8b5dd8                 mov ebx, dword ptr [rbp - 0x28]
;;      90: 01f3                   add ebx, esi
;;   @005b: end
;;      92: 89d8                   mov eax, ebx
;;      94: 4889ec                 mov rsp, rbp
;;      97: 5d                     pop rbp
;;      98: c3                     ret
;;   @001f: (func (;0;) (type 0) (param i32) (result i32)
;;      99: 0f0b                   ud2
