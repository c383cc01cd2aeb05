;; sqrt, ceil, floor, trunc and nearest.
(module (func (export "f") (param f64) (result f64) local.get 0 f64.sqrt f64.ceil f64.floor f64.trunc f64.nearest))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 20 instructions, 109 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec30000000         sub rsp, 0x30
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f823b000000           jb 0x6b
;;      30: f2400f118425e8ffffff   movsd qword ptr [rbp + riz - 0x18], xmm0
;;   @0022: f64.sqrt
;;      3a: f2400f108425e8ffffff   movsd xmm0, qword ptr [rbp + riz - 0x18]
;;      44: f2400f51c0             sqrtsd xmm0, xmm0
;;   @0023: f64.ceil
;;      49: 66400f3a0bc002         roundsd xmm0, xmm0, 2
;;   @0024: f64.floor
;;      50: 66400f3a0bc001         roundsd xmm0, xmm0, 1
;;   @0025: f64.trunc
;;      57: 66400f3a0bc003         roundsd xmm0, xmm0, 3
;;   @0026: f64.nearest
;;      5e: 66400f3a0bc000         roundsd xmm0, xmm0, 0
;;   @0027: end
;;      65: 4889ec                 mov rsp, rbp
;;      68: 405d                   pop rbp
;;      6a: c3                     ret
;;   @001f: (func (;0;) (type 0) (param f64) (result f64)
;;      6b: 0f0b                   ud2
