#!/usr/bin/env bash
# Sets the machine up (scripts/setup.sh), builds the `kindling` CLI in release
# mode, then compiles and runs the examples with kindling.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$HOME/.cargo/bin:$PATH"

scripts/setup.sh

cargo build --release -p kindling-cli
kindling=target/release/kindling

run() {
  echo "\$ kindling $*"
  "$kindling" "$@"
}

run compile examples/fac.wat -o target/fac.cwasm
ls -l target/fac.cwasm
run run examples/fac.wat --invoke fac 10
run run examples/add.wat --invoke add 2 3
run run examples/add.wat --invoke divmod 17 5
run run examples/sum-array.wat --invoke sum 0 4
run run examples/nan.wat --invoke g --set enable_nan_canonicalization=true
run run examples/nan.wat --invoke h --set enable_nan_canonicalization=true
run disas examples/fac.wat --compare cranelift
