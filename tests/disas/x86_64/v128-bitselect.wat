;; v128.bitselect(a, b, mask) = (a & mask) | (b & !mask), from three two-operand operations.
(module
  (func (export "f") (param v128 v128 v128) (result v128)
    (v128.bitselect (local.get 0) (local.get 1) (local.get 2))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 25 instructions, 94 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec70000000         sub rsp, 0x70
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f823a000000           jb 0x5c
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;      27: f30f7f4dd0             movdqu xmmword ptr [rbp - 0x30], xmm1
;;      2c: f30f7f55c0             movdqu xmmword ptr [rbp - 0x40], xmm2
;;   @0028: v128.bitselect
;;      31: f30f6f45c0             movdqu xmm0, xmmword ptr [rbp - 0x40]
;;      36: f30f6f4dd0             movdqu xmm1, xmmword ptr [rbp - 0x30]
;;      3b: f30f6f55e0             movdqu xmm2, xmmword ptr [rbp - 0x20]
;;      40: 660fdbd0               pand xmm2, xmm0
;;      44: 440f28f9               movaps xmm15, xmm1
;;      48: 0f28c8                 movaps xmm1, xmm0
;;      4b: 66410fdfcf             pandn xmm1, xmm15
;;      50: 660febd1               por xmm2, xmm1
;;   @002a: end
;;      54: 0f28c2                 movaps xmm0, xmm2
;;      57: 4889ec                 mov rsp, rbp
;;      5a: 5d                     pop rbp
;;      5b: c3                     ret
;;   @0021: (func (;0;) (type 0) (param v128 v128 v128) (result v128)
;;      5c: 0f0b                   ud2
