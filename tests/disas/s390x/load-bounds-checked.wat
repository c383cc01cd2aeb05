;;! no-guard-pages
;; Without guard pages every access is bounds-checked against the memory's length. Under
;; Spectre mitigation (wasmtime's default) the check is branch-free, as Cranelift's: the whole
;; address, offset included, becomes null by a conditional move when the access would end past
;; the memory's length, and the load itself faults there. Not even a mispredicted path can read
;; outside the heap.
(module (memory 1) (func (export "f") (param i32) (result i32) local.get 0 i32.load offset=4))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, s390x-unknown-linux-gnu: 29 instructions, 148 bytes
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff30           agfi %r14, -0xd0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece100324065           clgrjl %r14, %r1, 0x84
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e3c0d0500004           lg %r12, 0x50(%r13)
;;      40: e370bfe8ff24           stg %r7, -0x18(%r11)
;;      46: b9040074               lgr %r7, %r4
;;   @0027: i32.load offset=4
;;      4a: b9160027               llgfr %r2, %r7
;;      4e: e33020080071           lay %r3, 8(%r2)
;;      54: b9e8c022               agrk %r2, %r2, %r12
;;      58: e32020040071           lay %r2, 4(%r2)
;;      5e: e3a0d0580004           lg %r10, 0x58(%r13)
;;      64: b921003a               clgr %r3, %r10
;;      68: ec2200000046           locghih %r2, 0
;;      6e: e3202000001e           lrv %r2, 0(%r2)
;;   @002a: end
;;      74: e370bfe8ff04           lg %r7, -0x18(%r11)
;;      7a: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      80: 07fe                   br %r14
;;   @0024: (func (;0;) (type 0) (param i32) (result i32)
;;      82: 0000                   .insn e,0
;;      84: a7fbff60               aghi %r15, -0xa0
;;      88: e3b0f0000024           stg %r11, 0(%r15)
;;      8e: c0f4fffffffa           jg 0x82
