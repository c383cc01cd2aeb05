;; More integer locals than homes: the scan gives the homes to the locals the
;; loop uses ($i, $sum, $n), not to the first ones by index ($a .. $h, used
;; once each outside the loop).
(module (func (export "f") (param $a i32) (param $b i32) (param $c i32) (param $d i32) (param $e i32) (param $f i32) (param $g i32) (param $h i32) (param $n i32) (result i32) (local $i i32) (local $sum i32)
  local.get $a local.get $b i32.add local.get $c i32.add local.get $d i32.add
  local.get $e i32.add local.get $f i32.add local.get $g i32.add local.get $h i32.add
  local.set $sum
  loop
    local.get $sum local.get $i i32.add local.set $sum
    local.get $i i32.const 1 i32.add local.tee $i
    local.get $n i32.lt_u br_if 0
  end
  local.get $sum))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 47 instructions, 150 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec80000000         sub rsp, 0x80
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8279000000           jb 0x94
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 48895de8               mov qword ptr [rbp - 0x18], rbx
;;      26: 4c8965e0               mov qword ptr [rbp - 0x20], r12
;;      2a: 4c896dd8               mov qword ptr [rbp - 0x28], r13
;;      2e: 8955d0                 mov dword ptr [rbp - 0x30], edx
;;      31: 894dc8                 mov dword ptr [rbp - 0x38], ecx
;;      34: 448945c0               mov dword ptr [rbp - 0x40], r8d
;;      38: 44894db8               mov dword ptr [rbp - 0x48], r9d
;;      3c: 448b6d30               mov r13d, dword ptr [rbp + 0x30]
;;      40: 31db                   xor ebx, ebx
;;      42: 4531e4                 xor r12d, r12d
;;   @002e: i32.add
;;      45: 8b75c8                 mov esi, dword ptr [rbp - 0x38]
;;      48: 8b7dd0                 mov edi, dword ptr [rbp - 0x30]
;;      4b: 01f7                   add edi, esi
;;   @0031: i32.add
;;      4d: 8b75c0                 mov esi, dword ptr [rbp - 0x40]
;;      50: 01f7                   add edi, esi
;;   @0034: i32.add
;;      52: 8b75b8                 mov esi, dword ptr [rbp - 0x48]
;;      55: 01f7                   add edi, esi
;;   @0037: i32.add
;;      57: 8b7510                 mov esi, dword ptr [rbp + 0x10]
;;      5a: 01f7                   add edi, esi
;;   @003a: i32.add
;;      5c: 8b7518                 mov esi, dword ptr [rbp + 0x18]
;;      5f: 01f7                   add edi, esi
;;   @003d: i32.add
;;      61: 8b7520                 mov esi, dword ptr [rbp + 0x20]
;;      64: 01f7                   add edi, esi
;;   @0040: i32.add
;;      66: 8b7528                 mov esi, dword ptr [rbp + 0x28]
;;      69: 4189fc                 mov r12d, edi
;;      6c: 4101f4                 add r12d, esi
;;   @0049: i32.add
;;      6f: 4101dc                 add r12d, ebx
;;   @0050: i32.add
;;      72: 83c301                 add ebx, 1
;;   @0056: br_if 0 (;@1;)
;;      75: 4439eb                 cmp ebx, r13d
;;      78: 0f82f1ffffff           jb 0x6f
;;   @005b: end
;;      7e: 4489e0                 mov eax, r12d
;;      81: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      85: 4c8b65e0               mov r12, qword ptr [rbp - 0x20]
;;      89: 4c8b6dd8               mov r13, qword ptr [rbp - 0x28]
;;      8d: 4889ec                 mov rsp, rbp
;;      90: 5d                     pop rbp
;;      91: c23000                 ret 0x30
;;   @0027: (func (;0;) (type 0) (param $a i32) (param $b i32) (param $c i32) (param $d i32) (param $e i32) (param $f i32) (param $g i32) (param $h i32) (param $n i32) (result i32)
;;      94: 0f0b                   ud2
