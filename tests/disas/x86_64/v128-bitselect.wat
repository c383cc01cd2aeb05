;; v128.bitselect(a, b, mask) = (a & mask) | (b & !mask), from three two-operand operations.
(module
  (func (export "f") (param v128 v128 v128) (result v128)
    (v128.bitselect (local.get 0) (local.get 1) (local.get 2))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 25 instructions, 88 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec70000000         sub rsp, 0x70
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f823b000000           jb 0x56
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;      26: 440f28c9               movaps xmm9, xmm1
;;      2a: 440f28d2               movaps xmm10, xmm2
;;   @0028: v128.bitselect
;;      2e: 410f28c2               movaps xmm0, xmm10
;;      32: 410f28c9               movaps xmm1, xmm9
;;      36: 410f28d0               movaps xmm2, xmm8
;;      3a: 660fdbd0               pand xmm2, xmm0
;;      3e: 440f28f9               movaps xmm15, xmm1
;;      42: 0f28c8                 movaps xmm1, xmm0
;;      45: 66410fdfcf             pandn xmm1, xmm15
;;      4a: 660febd1               por xmm2, xmm1
;;   @002a: end
;;      4e: 0f28c2                 movaps xmm0, xmm2
;;      51: 4889ec                 mov rsp, rbp
;;      54: 5d                     pop rbp
;;      55: c3                     ret
;;   @0021: (func (;0;) (type 0) (param v128 v128 v128) (result v128)
;;      56: 0f0b                   ud2
