;;! func = trampoline
;; Trampolines for a signature with floats and several results.
(module (func (export "f") (param i64 f64 i32) (result f64 i64) local.get 1 local.get 0))

;; ==== kindling disas ====
;; wasm[0]::array_to_wasm_trampoline[0]: kindling, s390x-unknown-linux-gnu: 34 instructions, 196 bytes
;;   @0022: (func (;0;) (type 0) (param i64 f64 i32) (result f64 i64)
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: c2f8ffffff20           agfi %r15, -0xe0
;;      10: e3b0f0000024           stg %r11, 0(%r15)
;;      16: e360bff8ff24           stg %r6, -8(%r11)
;;      1c: e370bff0ff24           stg %r7, -0x10(%r11)
;;      22: e380bfe8ff24           stg %r8, -0x18(%r11)
;;      28: e390bfe0ff24           stg %r9, -0x20(%r11)
;;      2e: e3a0bfd8ff24           stg %r10, -0x28(%r11)
;;      34: e340bfd0ff24           stg %r4, -0x30(%r11)
;;      3a: e3a020080004           lg %r10, 8(%r2)
;;      40: e3f0a0280024           stg %r15, 0x28(%r10)
;;      46: e310a0280004           lg %r1, 0x28(%r10)
;;      4c: c218000000a0           agfi %r1, 0xa0
;;      52: e310a0280024           stg %r1, 0x28(%r10)
;;      58: b90400d4               lgr %r13, %r4
;;      5c: e340d000000f           lrvg %r4, 0(%r13)
;;      62: e310d010000f           lrvg %r1, 0x10(%r13)
;;      68: e70100003022           vlvgg %v0, %r1, 0
;;      6e: e350d020001e           lrv %r5, 0x20(%r13)
;;      74: e360f0a00071           lay %r6, 0xa0(%r15)
;;      7a: c0e5ffffff73           brasl %r14, -0xa0
;;      80: e3d0bfd0ff04           lg %r13, -0x30(%r11)
;;      86: e71000003021           vlgvg %r1, %v0, 0
;;      8c: e310d000002f           strvg %r1, 0(%r13)
;;      92: e3a0f0a00004           lg %r10, 0xa0(%r15)
;;      98: e3a0d010002f           strvg %r10, 0x10(%r13)
;;      9e: e360bff8ff04           lg %r6, -8(%r11)
;;      a4: e370bff0ff04           lg %r7, -0x10(%r11)
;;      aa: e380bfe8ff04           lg %r8, -0x18(%r11)
;;      b0: e390bfe0ff04           lg %r9, -0x20(%r11)
;;      b6: e3a0bfd8ff04           lg %r10, -0x28(%r11)
;;      bc: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      c2: 07fe                   br %r14
;; wasm[0]::native_to_wasm_trampoline[0]: kindling, s390x-unknown-linux-gnu: 22 instructions, 126 bytes
;;   @0022: (func (;0;) (type 0) (param i64 f64 i32) (result f64 i64)
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: c2f8ffffff30           agfi %r15, -0xd0
;;      10: e3b0f0000024           stg %r11, 0(%r15)
;;      16: e360bff8ff24           stg %r6, -8(%r11)
;;      1c: e370bff0ff24           stg %r7, -0x10(%r11)
;;      22: e380bfe8ff24           stg %r8, -0x18(%r11)
;;      28: e390bfe0ff24           stg %r9, -0x20(%r11)
;;      2e: e3a0bfd8ff24           stg %r10, -0x28(%r11)
;;      34: e3a020080004           lg %r10, 8(%r2)
;;      3a: e3f0a0280024           stg %r15, 0x28(%r10)
;;      40: e310a0280004           lg %r1, 0x28(%r10)
;;      46: c218000000a0           agfi %r1, 0xa0
;;      4c: e310a0280024           stg %r1, 0x28(%r10)
;;      52: c0e5ffffff1f           brasl %r14, -0x170
;;      58: e360bff8ff04           lg %r6, -8(%r11)
;;      5e: e370bff0ff04           lg %r7, -0x10(%r11)
;;      64: e380bfe8ff04           lg %r8, -0x18(%r11)
;;      6a: e390bfe0ff04           lg %r9, -0x20(%r11)
;;      70: e3a0bfd8ff04           lg %r10, -0x28(%r11)
;;      76: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      7c: 07fe                   br %r14
;; signatures[0]::wasm_to_native_trampoline: kindling, s390x-unknown-linux-gnu: 16 instructions, 84 bytes
;;   @0022: (func (;0;) (type 0) (param i64 f64 i32) (result f64 i64)
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: c2f8ffffff60           agfi %r15, -0xa0
;;      10: e3b0f0000024           stg %r11, 0(%r15)
;;      16: e3a030080004           lg %r10, 8(%r3)
;;      1c: e3d0b0000004           lg %r13, 0(%r11)
;;      22: e3c0a0280004           lg %r12, 0x28(%r10)
;;      28: ecdc00054065           clgrjl %r13, %r12, 0x32
;;      2e: b90400db               lgr %r13, %r11
;;      32: e3d0a0180024           stg %r13, 0x18(%r10)
;;      38: e310b0700004           lg %r1, 0x70(%r11)
;;      3e: e310a0200024           stg %r1, 0x20(%r10)
;;      44: e3a020080004           lg %r10, 8(%r2)
;;      4a: 0dea                   basr %r14, %r10
;;      4c: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      52: 07fe                   br %r14
