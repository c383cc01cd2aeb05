;; NaN canonicalization: with `--set enable_nan_canonicalization=true`, `g`
;; prints 2143289344 (0x7fc00000) and `h` 9221120237041090560
;; (0x7ff8000000000000), as Cranelift does; without it, what the hardware
;; leaves (the input NaN's payload, or the sign of x86's default NaN).
(module
  (func (export "g") (result i32)
    (i32.reinterpret_f32
      (f32.add (f32.reinterpret_i32 (i32.const 0x7fa00001)) (f32.const 1.0))))
  (func (export "h") (result i64)
    (i64.reinterpret_f64 (f64.sqrt (f64.const -1.0)))))
