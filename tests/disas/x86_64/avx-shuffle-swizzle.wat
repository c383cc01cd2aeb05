;;! set has_avx=true
;; With AVX (no AVX-512), a two-operand shuffle is two vpshufb and a por; swizzle is
;; vpaddusb then vpshufb.
(module
  (func (export "shuffle") (param v128 v128) (result v128)
    (i8x16.shuffle 0 16 1 17 2 18 3 19 4 20 5 21 6 22 7 23 (local.get 0) (local.get 1)))
  (func (export "swizzle") (param v128 v128) (result v128) (i8x16.swizzle (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (shuffle): kindling, x86_64-unknown-linux-gnu: 29 instructions, 139 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f826e000000           jb 0x89
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;      26: 440f28c9               movaps xmm9, xmm1
;;   @0036: i8x16.shuffle 0 16 1 17 2 18 3 19 4 20 5 21 6 22 7 23
;;      2a: 410f28c1               movaps xmm0, xmm9
;;      2e: 410f28c8               movaps xmm1, xmm8
;;      32: 49bb0080018002800380   movabs r11, 0x8003800280018000
;;      3c: 664d0f6ef3             movq xmm14, r11
;;      41: 49bb0480058006800780   movabs r11, 0x8007800680058004
;;      4b: 664d0f3a22f301         pinsrq xmm14, r11, 1
;;      52: c4427100fe             vpshufb xmm15, xmm1, xmm14
;;      57: 49bb8000800180028003   movabs r11, 0x380028001800080
;;      61: 664d0f6ef3             movq xmm14, r11
;;      66: 49bb8004800580068007   movabs r11, 0x780068005800480
;;      70: 664d0f3a22f301         pinsrq xmm14, r11, 1
;;      77: c4c27900ce             vpshufb xmm1, xmm0, xmm14
;;      7c: 66410febcf             por xmm1, xmm15
;;   @0048: end
;;      81: 0f28c1                 movaps xmm0, xmm1
;;      84: 4889ec                 mov rsp, rbp
;;      87: 5d                     pop rbp
;;      88: c3                     ret
;;   @0031: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      89: 0f0b                   ud2
;; wasm[0]::function[1] (swizzle): kindling, x86_64-unknown-linux-gnu: 30 instructions, 96 bytes
;;   @0031: (func (;0;) (type 0) (param v128 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8232000000           jb 0x4d
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;      26: 440f28c9               movaps xmm9, xmm1
;;   @004f: i8x16.swizzle
;;      2a: 410f28c1               movaps xmm0, xmm9
;;      2e: 410f28c8               movaps xmm1, xmm8
;;      32: f3440f6f3515000000     movdqu xmm14, xmmword ptr [rip + 0x15]
;;      3b: 66440fdcf0             paddusb xmm14, xmm0
;;      40: c4c27100ce             vpshufb xmm1, xmm1, xmm14
;;   @0051: end
;;      45: 0f28c1                 movaps xmm0, xmm1
;;      48: 4889ec                 mov rsp, rbp
;;      4b: 5d                     pop rbp
;;      4c: c3                     ret
;;   @004a: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      4d: 0f0b                   ud2
;;      4f: 90                     nop
;;      50: 7070                   jo 0xc2
;;      52: 7070                   jo 0xc4
;;      54: 7070                   jo 0xc6
;;      56: 7070                   jo 0xc8
;;      58: 7070                   jo 0xca
;;      5a: 7070                   jo 0xcc
;;      5c: 7070                   jo 0xce
;;      5e: 7070                   jo 0xd0
