;; Float width conversions and reinterpretation.
(module (func (export "f") (param f64) (result i64) local.get 0 f32.demote_f64 f64.promote_f32 i64.reinterpret_f64))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 19 instructions, 65 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8224000000           jb 0x3f
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;   @0022: f32.demote_f64
;;      26: 410f28c0               movaps xmm0, xmm8
;;      2a: f20f5ac0               cvtsd2ss xmm0, xmm0
;;   @0023: f64.promote_f32
;;      2e: f30f5ac0               cvtss2sd xmm0, xmm0
;;   @0024: i64.reinterpret_f64
;;      32: 66480f7ec6             movq rsi, xmm0
;;   @0025: end
;;      37: 4889f0                 mov rax, rsi
;;      3a: 4889ec                 mov rsp, rbp
;;      3d: 5d                     pop rbp
;;      3e: c3                     ret
;;   @001f: (func (;0;) (type 0) (param f64) (result i64)
;;      3f: 0f0b                   ud2
