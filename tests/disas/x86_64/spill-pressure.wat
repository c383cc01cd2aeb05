;; More live values than registers: the oldest spill to their frame slots.
(module (func (export "f") (param i32) (result i32)
  local.get 0 i32.const 1 i32.add local.get 0 i32.const 2 i32.add local.get 0 i32.const 3 i32.add
  local.get 0 i32.const 4 i32.add local.get 0 i32.const 5 i32.add local.get 0 i32.const 6 i32.add
  local.get 0 i32.const 7 i32.add local.get 0 i32.const 8 i32.add local.get 0 i32.const 9 i32.add
  local.get 0 i32.const 10 i32.add
  i32.add i32.add i32.add i32.add i32.add i32.add i32.add i32.add i32.add))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 48 instructions, 276 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ecd0000000         sub rsp, 0xd0
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f82e2000000           jb 0x112
;;      30: 40899425e8ffffff       mov dword ptr [rbp + riz - 0x18], edx
;;   @0024: i32.add
;;      38: 408b9c25e8ffffff       mov ebx, dword ptr [rbp + riz - 0x18]
;;      40: 4081c301000000         add ebx, 1
;;   @0029: i32.add
;;      47: 408bb425e8ffffff       mov esi, dword ptr [rbp + riz - 0x18]
;;      4f: 4081c602000000         add esi, 2
;;   @002e: i32.add
;;      56: 408bbc25e8ffffff       mov edi, dword ptr [rbp + riz - 0x18]
;;      5e: 4081c703000000         add edi, 3
;;   @0033: i32.add
;;      65: 448b8425e8ffffff       mov r8d, dword ptr [rbp + riz - 0x18]
;;      6d: 4181c004000000         add r8d, 4
;;   @0038: i32.add
;;      74: 448b8c25e8ffffff       mov r9d, dword ptr [rbp + riz - 0x18]
;;      7c: 4181c105000000         add r9d, 5
;;   @003d: i32.add
;;      83: 448ba425e8ffffff       mov r12d, dword ptr [rbp + riz - 0x18]
;;      8b: 4181c406000000         add r12d, 6
;;   @0042: i32.add
;;      92: 448bac25e8ffffff       mov r13d, dword ptr [rbp + riz - 0x18]
;;      9a: 4181c507000000         add r13d, 7
;;   @0047: i32.add
;;      a1: 448bbc25e8ffffff       mov r15d, dword ptr [rbp + riz - 0x18]
;;      a9: 4181c708000000         add r15d, 8
;;   @004c: i32.add
;;      b0: 40899c25d8ffffff       mov dword ptr [rbp + riz - 0x28], ebx
;;      b8: 408b9c25e8ffffff       mov ebx, dword ptr [rbp + riz - 0x18]
;;      c0: 4081c309000000         add ebx, 9
;;   @0051: i32.add
;;      c7: 4089b425c8ffffff       mov dword ptr [rbp + riz - 0x38], esi
;;      cf: 408bb425e8ffffff       mov esi, dword ptr [rbp + riz - 0x18]
;;      d7: 4081c60a000000         add esi, 0xa
;;   @0052: i32.add
;;      de: 4001f3                 add ebx, esi
;;   @0053: i32.add
;;      e1: 4101df                 add r15d, ebx
;;   @0054: i32.add
;;      e4: 4501fd                 add r13d, r15d
;;   @0055: i32.add
;;      e7: 4501ec                 add r12d, r13d
;;   @0056: i32.add
;;      ea: 4501e1                 add r9d, r12d
;;   @0057: i32.add
;;      ed: 4501c8                 add r8d, r9d
;;   @0058: i32.add
;;      f0: 4401c7                 add edi, r8d
;;   @0059: i32.add
;;      f3: 408b9c25c8ffffff       mov ebx, dword ptr [rbp + riz - 0x38]
;;      fb: 4001fb                 add ebx, edi
;;   @005a: i32.add
;;      fe: 408bb425d8ffffff       mov esi, dword ptr [rbp + riz - 0x28]
;;     106: 4001de                 add esi, ebx
;;   @005b: end
;;     109: 4089f0                 mov eax, esi
;;     10c: 4889ec                 mov rsp, rbp
;;     10f: 405d                   pop rbp
;;     111: c3                     ret
;;   @001f: (func (;0;) (type 0) (param i32) (result i32)
;;     112: 0f0b                   ud2
