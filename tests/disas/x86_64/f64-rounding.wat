;; sqrt, ceil, floor, trunc and nearest.
(module (func (export "f") (param f64) (result f64) local.get 0 f64.sqrt f64.ceil f64.floor f64.trunc f64.nearest))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 20 instructions, 81 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8234000000           jb 0x4f
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;   @0022: f64.sqrt
;;      26: 410f28c0               movaps xmm0, xmm8
;;      2a: f20f51c0               sqrtsd xmm0, xmm0
;;   @0023: f64.ceil
;;      2e: 66400f3a0bc002         roundsd xmm0, xmm0, 2
;;   @0024: f64.floor
;;      35: 66400f3a0bc001         roundsd xmm0, xmm0, 1
;;   @0025: f64.trunc
;;      3c: 66400f3a0bc003         roundsd xmm0, xmm0, 3
;;   @0026: f64.nearest
;;      43: 66400f3a0bc000         roundsd xmm0, xmm0, 0
;;   @0027: end
;;      4a: 4889ec                 mov rsp, rbp
;;      4d: 5d                     pop rbp
;;      4e: c3                     ret
;;   @001f: (func (;0;) (type 0) (param f64) (result f64)
;;      4f: 0f0b                   ud2
