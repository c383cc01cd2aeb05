;; Float width conversions and reinterpretation.
(module (func (export "f") (param f64) (result i64) local.get 0 f32.demote_f64 f64.promote_f32 i64.reinterpret_f64))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 19 instructions, 67 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f821f000000           jb 0x41
;;      22: f20f1145e8             movsd qword ptr [rbp - 0x18], xmm0
;;   @0022: f32.demote_f64
;;      27: f20f1045e8             movsd xmm0, qword ptr [rbp - 0x18]
;;      2c: f20f5ac0               cvtsd2ss xmm0, xmm0
;;   @0023: f64.promote_f32
;;      30: f30f5ac0               cvtss2sd xmm0, xmm0
;;   @0024: i64.reinterpret_f64
;;      34: 66480f7ec3             movq rbx, xmm0
;;   @0025: end
;;      39: 4889d8                 mov rax, rbx
;;      3c: 4889ec                 mov rsp, rbp
;;      3f: 5d                     pop rbp
;;      40: c3                     ret
;;   @001f: (func (;0;) (type 0) (param f64) (result i64)
;;      41: 0f0b                   ud2
