;; f32.add.
(module (func (export "f") (param f32 f32) (result f32) local.get 0 local.get 1 f32.add))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 19 instructions, 68 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec40000000         sub rsp, 0x40
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8220000000           jb 0x42
;;      22: f30f1145e8             movss dword ptr [rbp - 0x18], xmm0
;;      27: f30f114de0             movss dword ptr [rbp - 0x20], xmm1
;;   @0025: f32.add
;;      2c: f30f1045e0             movss xmm0, dword ptr [rbp - 0x20]
;;      31: f30f104de8             movss xmm1, dword ptr [rbp - 0x18]
;;      36: f30f58c8               addss xmm1, xmm0
;;   @0026: end
;;      3a: 0f28c1                 movaps xmm0, xmm1
;;      3d: 4889ec                 mov rsp, rbp
;;      40: 5d                     pop rbp
;;      41: c3                     ret
;;   @0020: (func (;0;) (type 0) (param f32 f32) (result f32)
;;      42: 0f0b                   ud2
