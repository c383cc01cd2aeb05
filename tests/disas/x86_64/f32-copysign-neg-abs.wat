;; Sign-bit operators.
(module (func (export "f") (param f32 f32) (result f32) local.get 0 local.get 1 f32.copysign f32.neg f32.abs))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 31 instructions, 121 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec40000000         sub rsp, 0x40
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f825c000000           jb 0x77
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;      26: 440f28c9               movaps xmm9, xmm1
;;   @0025: f32.copysign
;;      2a: 410f28c1               movaps xmm0, xmm9
;;      2e: 410f28c8               movaps xmm1, xmm8
;;      32: 41bb00000080           mov r11d, 0x80000000
;;      38: 664d0f6ef3             movq xmm14, r11
;;      3d: 440f28f8               movaps xmm15, xmm0
;;      41: 450f54fe               andps xmm15, xmm14
;;      45: 440f55f1               andnps xmm14, xmm1
;;      49: 410f28ce               movaps xmm1, xmm14
;;      4d: 410f56cf               orps xmm1, xmm15
;;   @0026: f32.neg
;;      51: 41bb00000080           mov r11d, 0x80000000
;;      57: 664d0f6efb             movq xmm15, r11
;;      5c: 410f57cf               xorps xmm1, xmm15
;;   @0027: f32.abs
;;      60: 41bbffffff7f           mov r11d, 0x7fffffff
;;      66: 664d0f6efb             movq xmm15, r11
;;      6b: 410f54cf               andps xmm1, xmm15
;;   @0028: end
;;      6f: 0f28c1                 movaps xmm0, xmm1
;;      72: 4889ec                 mov rsp, rbp
;;      75: 5d                     pop rbp
;;      76: c3                     ret
;;   @0020: (func (;0;) (type 0) (param f32 f32) (result f32)
;;      77: 0f0b                   ud2
