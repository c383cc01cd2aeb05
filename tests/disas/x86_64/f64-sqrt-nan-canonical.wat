;;! set enable_nan_canonicalization=true
;; With NaN canonicalization on, sqrt's NaN becomes the canonical 0x7ff8000000000000.
(module (func (export "f") (param f64) (result f64) (f64.sqrt (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 26 instructions, 99 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8246000000           jb 0x61
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;   @0022: f64.sqrt
;;      26: 410f28c0               movaps xmm0, xmm8
;;      2a: f20f51c0               sqrtsd xmm0, xmm0
;;      2e: 660f2ec0               ucomisd xmm0, xmm0
;;      32: 400f95c6               setne sil
;;      36: 400fb6f6               movzx esi, sil
;;      3a: 410f9ac3               setp r11b
;;      3e: 450fb6db               movzx r11d, r11b
;;      42: 4409de                 or esi, r11d
;;      45: 85f6                   test esi, esi
;;      47: 0f840f000000           je 0x5c
;;      4d: 49bb000000000000f87f   movabs r11, 0x7ff8000000000000
;;      57: 66490f6ec3             movq xmm0, r11
;;   @0023: end
;;      5c: 4889ec                 mov rsp, rbp
;;      5f: 5d                     pop rbp
;;      60: c3                     ret
;;   @001f: (func (;0;) (type 0) (param f64) (result f64)
;;      61: 0f0b                   ud2
