;; Relaxed lane select: the top bit of each mask lane on x86_64 (as `blendv`), a bit select on aarch64.
(module
  (func (export "i8") (param v128 v128 v128) (result v128) (i8x16.relaxed_laneselect (local.get 0) (local.get 1) (local.get 2)))
  (func (export "i32") (param v128 v128 v128) (result v128) (i32x4.relaxed_laneselect (local.get 0) (local.get 1) (local.get 2))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (i8): kindling, x86_64-unknown-linux-gnu: 26 instructions, 97 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec70000000         sub rsp, 0x70
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8244000000           jb 0x5f
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;      26: 440f28c9               movaps xmm9, xmm1
;;      2a: 440f28d2               movaps xmm10, xmm2
;;   @0030: i8x16.relaxed_laneselect
;;      2e: 410f28c2               movaps xmm0, xmm10
;;      32: 410f28c9               movaps xmm1, xmm9
;;      36: 410f28d0               movaps xmm2, xmm8
;;      3a: 66450feff6             pxor xmm14, xmm14
;;      3f: 66440f64f0             pcmpgtb xmm14, xmm0
;;      44: 450f28fe               movaps xmm15, xmm14
;;      48: 66440fdff9             pandn xmm15, xmm1
;;      4d: 66410fdbd6             pand xmm2, xmm14
;;      52: 66410febd7             por xmm2, xmm15
;;   @0033: end
;;      57: 0f28c2                 movaps xmm0, xmm2
;;      5a: 4889ec                 mov rsp, rbp
;;      5d: 5d                     pop rbp
;;      5e: c3                     ret
;;   @0029: (func (;0;) (type 0) (param v128 v128 v128) (result v128)
;;      5f: 0f0b                   ud2
;; wasm[0]::function[1] (i32): kindling, x86_64-unknown-linux-gnu: 26 instructions, 97 bytes
;;   @0029: (func (;0;) (type 0) (param v128 v128 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec70000000         sub rsp, 0x70
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8244000000           jb 0x5f
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;      26: 440f28c9               movaps xmm9, xmm1
;;      2a: 440f28d2               movaps xmm10, xmm2
;;   @003c: i32x4.relaxed_laneselect
;;      2e: 410f28c2               movaps xmm0, xmm10
;;      32: 410f28c9               movaps xmm1, xmm9
;;      36: 410f28d0               movaps xmm2, xmm8
;;      3a: 440f28f0               movaps xmm14, xmm0
;;      3e: 66410f72e61f           psrad xmm14, 0x1f
;;      44: 450f28fe               movaps xmm15, xmm14
;;      48: 66440fdff9             pandn xmm15, xmm1
;;      4d: 66410fdbd6             pand xmm2, xmm14
;;      52: 66410febd7             por xmm2, xmm15
;;   @003f: end
;;      57: 0f28c2                 movaps xmm0, xmm2
;;      5a: 4889ec                 mov rsp, rbp
;;      5d: 5d                     pop rbp
;;      5e: c3                     ret
;;   @0035: (func (;1;) (type 0) (param v128 v128 v128) (result v128)
;;      5f: 0f0b                   ud2
