;; Float lane comparisons: false on NaN lanes, except `ne`, which is an inverted `eq`.
(module
  (func (export "lt") (param v128 v128) (result v128) (f32x4.lt (local.get 0) (local.get 1)))
  (func (export "ge") (param v128 v128) (result v128) (f64x2.ge (local.get 0) (local.get 1)))
  (func (export "ne") (param v128 v128) (result v128) (f32x4.ne (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (lt): kindling, x86_64-unknown-linux-gnu: 19 instructions, 69 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8221000000           jb 0x43
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;      27: f30f7f4dd0             movdqu xmmword ptr [rbp - 0x30], xmm1
;;   @0032: f32x4.lt
;;      2c: f30f6f45d0             movdqu xmm0, xmmword ptr [rbp - 0x30]
;;      31: f30f6f4de0             movdqu xmm1, xmmword ptr [rbp - 0x20]
;;      36: 400fc2c801             cmpltps xmm1, xmm0
;;   @0034: end
;;      3b: 0f28c1                 movaps xmm0, xmm1
;;      3e: 4889ec                 mov rsp, rbp
;;      41: 5d                     pop rbp
;;      42: c3                     ret
;;   @002d: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      43: 0f0b                   ud2
;; wasm[0]::function[1] (ge): kindling, x86_64-unknown-linux-gnu: 21 instructions, 78 bytes
;;   @002d: (func (;0;) (type 0) (param v128 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f822a000000           jb 0x4c
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;      27: f30f7f4dd0             movdqu xmmword ptr [rbp - 0x30], xmm1
;;   @003b: f64x2.ge
;;      2c: f30f6f45d0             movdqu xmm0, xmmword ptr [rbp - 0x30]
;;      31: f30f6f4de0             movdqu xmm1, xmmword ptr [rbp - 0x20]
;;      36: 440f28f8               movaps xmm15, xmm0
;;      3a: 66440fc2f902           cmplepd xmm15, xmm1
;;      40: 410f28cf               movaps xmm1, xmm15
;;   @003d: end
;;      44: 0f28c1                 movaps xmm0, xmm1
;;      47: 4889ec                 mov rsp, rbp
;;      4a: 5d                     pop rbp
;;      4b: c3                     ret
;;   @0036: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      4c: 0f0b                   ud2
;; wasm[0]::function[2] (ne): kindling, x86_64-unknown-linux-gnu: 23 instructions, 91 bytes
;;   @0036: (func (;1;) (type 0) (param v128 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8237000000           jb 0x59
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;      27: f30f7f4dd0             movdqu xmmword ptr [rbp - 0x30], xmm1
;;   @0044: f32x4.ne
;;      2c: f30f6f45d0             movdqu xmm0, xmmword ptr [rbp - 0x30]
;;      31: f30f6f4de0             movdqu xmm1, xmmword ptr [rbp - 0x20]
;;      36: 400fc2c800             cmpeqps xmm1, xmm0
;;      3b: 49c7c3ffffffff         mov r11, 0xffffffffffffffff
;;      42: 66490f6ec3             movq xmm0, r11
;;      47: 66400f70c044           pshufd xmm0, xmm0, 0x44
;;      4d: 660fefc8               pxor xmm1, xmm0
;;   @0046: end
;;      51: 0f28c1                 movaps xmm0, xmm1
;;      54: 4889ec                 mov rsp, rbp
;;      57: 5d                     pop rbp
;;      58: c3                     ret
;;   @003f: (func (;2;) (type 0) (param v128 v128) (result v128)
;;      59: 0f0b                   ud2
