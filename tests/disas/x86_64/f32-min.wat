;; f32.min: NaN and -0.0 handling around minss.
(module (func (export "f") (param f32 f32) (result f32) local.get 0 local.get 1 f32.min))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 26 instructions, 100 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec40000000         sub rsp, 0x40
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8240000000           jb 0x62
;;      22: f30f1145e8             movss dword ptr [rbp - 0x18], xmm0
;;      27: f30f114de0             movss dword ptr [rbp - 0x20], xmm1
;;   @0025: f32.min
;;      2c: f30f1045e0             movss xmm0, dword ptr [rbp - 0x20]
;;      31: f30f104de8             movss xmm1, dword ptr [rbp - 0x18]
;;      36: 0f2ec8                 ucomiss xmm1, xmm0
;;      39: 0f8a0e000000           jp 0x4d
;;      3f: 0f8511000000           jne 0x56
;;      45: 0f56c8                 orps xmm1, xmm0
;;      48: e90d000000             jmp 0x5a
;;      4d: f30f58c8               addss xmm1, xmm0
;;      51: e904000000             jmp 0x5a
;;      56: f30f5dc8               minss xmm1, xmm0
;;   @0026: end
;;      5a: 0f28c1                 movaps xmm0, xmm1
;;      5d: 4889ec                 mov rsp, rbp
;;      60: 5d                     pop rbp
;;      61: c3                     ret
;;   @0020: (func (;0;) (type 0) (param f32 f32) (result f32)
;;      62: 0f0b                   ud2
