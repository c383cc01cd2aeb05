;; Sums `len` i32 values starting at byte address `ptr`:
;; `kindling run examples/sum-array.wat --invoke sum 0 4` prints 0 (memory starts zeroed).
(module
  (memory (export "memory") 1)
  (func (export "sum") (param $ptr i32) (param $len i32) (result i32)
    (local $acc i32)
    (block $done
      (br_if $done (i32.eqz (local.get $len)))
      (loop $next
        (local.set $acc (i32.add (local.get $acc) (i32.load (local.get $ptr))))
        (local.set $ptr (i32.add (local.get $ptr) (i32.const 4)))
        (br_if $next (local.tee $len (i32.sub (local.get $len) (i32.const 1))))))
    (local.get $acc)))
