#!/usr/bin/env bash
# Installs what kindling's build and tests need on a Debian 12 machine:
# qemu-user, cross linkers and libcs, llvm-14 (llvm-mc), clang-14 with lld-14,
# wasi-libc and the wasm32 compiler-rt (the run-time bench compiles its SIMD
# programs, benches/simd/*.c, and its realistic C programs to WASI modules),
# the three cross Rust targets, wasm32-wasip1 (the realistic Rust programs),
# rustfmt and clippy (recipes: ../shared/TOOLCHAIN.md).
# Idempotent: anything already present is skipped, so re-runs take seconds.
set -euo pipefail

APT_PACKAGES=(
  gcc libc6-dev
  qemu-user-static
  gcc-aarch64-linux-gnu gcc-s390x-linux-gnu gcc-riscv64-linux-gnu
  libc6-dev-arm64-cross libc6-dev-s390x-cross libc6-dev-riscv64-cross
  binutils-aarch64-linux-gnu binutils-s390x-linux-gnu binutils-riscv64-linux-gnu
  llvm-14
  clang-14 lld-14 wasi-libc libclang-rt-14-dev-wasm32
)
RUST_TARGETS=(aarch64-unknown-linux-gnu s390x-unknown-linux-gnu riscv64gc-unknown-linux-gnu wasm32-wasip1)
RUST_COMPONENTS=(rustfmt clippy)

log() { echo "setup: $*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    log "need root to run: $*" >&2
    exit 1
  fi
}

apt_updated=false
apt_install() {
  if [ "$apt_updated" = false ]; then
    as_root apt-get update -qq
    apt_updated=true
  fi
  as_root env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends "$@"
}

missing=()
for package in "${APT_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
if [ "${#missing[@]}" -gt 0 ]; then
  log "installing ${missing[*]}"
  apt_install "${missing[@]}"
else
  log "apt packages already installed"
fi

if ! command -v cargo >/dev/null 2>&1; then
  if [ ! -x "$HOME/.cargo/bin/cargo" ]; then
    log "installing Rust with rustup"
    if ! command -v curl >/dev/null 2>&1; then
      apt_install curl ca-certificates
    fi
    curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs |
      sh -s -- -y --profile minimal --component rustfmt,clippy
  fi
  export PATH="$HOME/.cargo/bin:$PATH"
fi

if command -v rustup >/dev/null 2>&1; then
  installed_targets=$(rustup target list --installed)
  for target in "${RUST_TARGETS[@]}"; do
    if ! grep -qx "$target" <<<"$installed_targets"; then
      log "adding Rust target $target"
      rustup target add "$target"
    fi
  done
  installed_components=$(rustup component list --installed)
  for component in "${RUST_COMPONENTS[@]}"; do
    if ! grep -q "^$component" <<<"$installed_components"; then
      log "adding Rust component $component"
      rustup component add "$component"
    fi
  done
else
  log "rustup not found: cross targets need Debian's rust-web-src fallback (see TOOLCHAIN.md)" >&2
fi

log "done ($(cargo --version))"
