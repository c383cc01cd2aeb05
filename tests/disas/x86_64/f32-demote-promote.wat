;; Float width conversions and reinterpretation.
(module (func (export "f") (param f64) (result i64) local.get 0 f32.demote_f64 f64.promote_f32 i64.reinterpret_f64))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 19 instructions, 94 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec30000000         sub rsp, 0x30
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f822c000000           jb 0x5c
;;      30: f2400f118425e8ffffff   movsd qword ptr [rbp + riz - 0x18], xmm0
;;   @0022: f32.demote_f64
;;      3a: f2400f108425e8ffffff   movsd xmm0, qword ptr [rbp + riz - 0x18]
;;      44: f2400f5ac0             cvtsd2ss xmm0, xmm0
;;   @0023: f64.promote_f32
;;      49: f3400f5ac0             cvtss2sd xmm0, xmm0
;;   @0024: i64.reinterpret_f64
;;      4e: 66480f7ec3             movq rbx, xmm0
;;   @0025: end
;;      53: 4889d8                 mov rax, rbx
;;      56: 4889ec                 mov rsp, rbp
;;      59: 405d                   pop rbp
;;      5b: c3                     ret
;;   @001f: (func (;0;) (type 0) (param f64) (result i64)
;;      5c: 0f0b                   ud2
