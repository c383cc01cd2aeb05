;; More live values than registers: the oldest spill to their frame slots.
(module (func (export "f") (param i32) (result i32)
  local.get 0 i32.const 1 i32.add local.get 0 i32.const 2 i32.add local.get 0 i32.const 3 i32.add
  local.get 0 i32.const 4 i32.add local.get 0 i32.const 5 i32.add local.get 0 i32.const 6 i32.add
  local.get 0 i32.const 7 i32.add local.get 0 i32.const 8 i32.add local.get 0 i32.const 9 i32.add
  local.get 0 i32.const 10 i32.add
  i32.add i32.add i32.add i32.add i32.add i32.add i32.add i32.add i32.add))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 58 instructions, 170 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ecd0000000         sub rsp, 0xd0
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f828d000000           jb 0xa8
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 48895de8               mov qword ptr [rbp - 0x18], rbx
;;      26: 89d3                   mov ebx, edx
;;   @0024: i32.add
;;      28: 89de                   mov esi, ebx
;;      2a: 83c601                 add esi, 1
;;   @0029: i32.add
;;      2d: 89df                   mov edi, ebx
;;      2f: 83c702                 add edi, 2
;;   @002e: i32.add
;;      32: 4189d8                 mov r8d, ebx
;;      35: 4183c003               add r8d, 3
;;   @0033: i32.add
;;      39: 4189d9                 mov r9d, ebx
;;      3c: 4183c104               add r9d, 4
;;   @0038: i32.add
;;      40: 8975d0                 mov dword ptr [rbp - 0x30], esi
;;      43: 89de                   mov esi, ebx
;;      45: 83c605                 add esi, 5
;;   @003d: i32.add
;;      48: 897dc0                 mov dword ptr [rbp - 0x40], edi
;;      4b: 89df                   mov edi, ebx
;;      4d: 83c706                 add edi, 6
;;   @0042: i32.add
;;      50: 448945b0               mov dword ptr [rbp - 0x50], r8d
;;      54: 4189d8                 mov r8d, ebx
;;      57: 4183c007               add r8d, 7
;;   @0047: i32.add
;;      5b: 44894da0               mov dword ptr [rbp - 0x60], r9d
;;      5f: 4189d9                 mov r9d, ebx
;;      62: 4183c108               add r9d, 8
;;   @004c: i32.add
;;      66: 897590                 mov dword ptr [rbp - 0x70], esi
;;      69: 89de                   mov esi, ebx
;;      6b: 83c609                 add esi, 9
;;   @0051: i32.add
;;      6e: 897d80                 mov dword ptr [rbp - 0x80], edi
;;      71: 89df                   mov edi, ebx
;;      73: 83c70a                 add edi, 0xa
;;   @0052: i32.add
;;      76: 01fe                   add esi, edi
;;   @0053: i32.add
;;      78: 4101f1                 add r9d, esi
;;   @0054: i32.add
;;      7b: 4501c8                 add r8d, r9d
;;   @0055: i32.add
;;      7e: 8b7580                 mov esi, dword ptr [rbp - 0x80]
;;      81: 4401c6                 add esi, r8d
;;   @0056: i32.add
;;      84: 8b7d90                 mov edi, dword ptr [rbp - 0x70]
;;      87: 01f7                   add edi, esi
;;   @0057: i32.add
;;      89: 8b75a0                 mov esi, dword ptr [rbp - 0x60]
;;      8c: 01fe                   add esi, edi
;;   @0058: i32.add
;;      8e: 8b7db0                 mov edi, dword ptr [rbp - 0x50]
;;      91: 01f7                   add edi, esi
;;   @0059: i32.add
;;      93: 8b75c0                 mov esi, dword ptr [rbp - 0x40]
;;      96: 01fe                   add esi, edi
;;   @005a: i32.add
;;      98: 8b7dd0                 mov edi, dword ptr [rbp - 0x30]
;;      9b: 01f7                   add edi, esi
;;   @005b: end
;;      9d: 89f8                   mov eax, edi
;;      9f: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      a3: 4889ec                 mov rsp, rbp
;;      a6: 5d                     pop rbp
;;      a7: c3                     ret
;;   @001f: (func (;0;) (type 0) (param i32) (result i32)
;;      a8: 0f0b                   ud2
