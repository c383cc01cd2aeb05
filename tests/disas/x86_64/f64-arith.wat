;; f64 multiply, divide, subtract.
(module (func (export "f") (param f64 f64) (result f64) local.get 0 local.get 1 f64.mul local.get 1 f64.div local.get 0 f64.sub))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 23 instructions, 86 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec40000000         sub rsp, 0x40
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8232000000           jb 0x54
;;      22: f20f1145e8             movsd qword ptr [rbp - 0x18], xmm0
;;      27: f20f114de0             movsd qword ptr [rbp - 0x20], xmm1
;;   @0025: f64.mul
;;      2c: f20f1045e0             movsd xmm0, qword ptr [rbp - 0x20]
;;      31: f20f104de8             movsd xmm1, qword ptr [rbp - 0x18]
;;      36: f20f59c8               mulsd xmm1, xmm0
;;   @0028: f64.div
;;      3a: f20f1045e0             movsd xmm0, qword ptr [rbp - 0x20]
;;      3f: f20f5ec8               divsd xmm1, xmm0
;;   @002b: f64.sub
;;      43: f20f1045e8             movsd xmm0, qword ptr [rbp - 0x18]
;;      48: f20f5cc8               subsd xmm1, xmm0
;;   @002c: end
;;      4c: 0f28c1                 movaps xmm0, xmm1
;;      4f: 4889ec                 mov rsp, rbp
;;      52: 5d                     pop rbp
;;      53: c3                     ret
;;   @0020: (func (;0;) (type 0) (param f64 f64) (result f64)
;;      54: 0f0b                   ud2
