;;! set enable_nan_canonicalization=true
;; With NaN canonicalization on, sqrt's NaN becomes the canonical 0x7ff8000000000000.
(module (func (export "f") (param f64) (result f64) (f64.sqrt (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 26 instructions, 128 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec30000000         sub rsp, 0x30
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f824e000000           jb 0x7e
;;      30: f2400f118425e8ffffff   movsd qword ptr [rbp + riz - 0x18], xmm0
;;   @0022: f64.sqrt
;;      3a: f2400f108425e8ffffff   movsd xmm0, qword ptr [rbp + riz - 0x18]
;;      44: f2400f51c0             sqrtsd xmm0, xmm0
;;      49: 66400f2ec0             ucomisd xmm0, xmm0
;;      4e: 0f95c3                 setne bl
;;      51: 400fb6db               movzx ebx, bl
;;      55: 410f9ac3               setp r11b
;;      59: 450fb6db               movzx r11d, r11b
;;      5d: 4409db                 or ebx, r11d
;;      60: 4085db                 test ebx, ebx
;;      63: 0f840f000000           je 0x78
;;      69: 49bb000000000000f87f   movabs r11, 0x7ff8000000000000
;;      73: 66490f6ec3             movq xmm0, r11
;;   @0023: end
;;      78: 4889ec                 mov rsp, rbp
;;      7b: 405d                   pop rbp
;;      7d: c3                     ret
;;   @001f: (func (;0;) (type 0) (param f64) (result f64)
;;      7e: 0f0b                   ud2
