//! Short encodings of the general-purpose and memory-operand forms: a REX
//! prefix only when a bit of it is needed, a SIB byte only for an rsp or r12
//! base, and no displacement, a disp8 or a disp32, whichever is shortest.
//! (`dynasm!` with run-time registers must assume the worst: it always
//! writes a REX, a SIB and a disp32.)

use crate::{Assembler, Gpr};
use dynasmrt::DynasmApi;

/// The r/m operand of a ModRM-encoded instruction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Rm {
    /// A register.
    Reg(u8),
    /// `[base + disp]`.
    Mem(Gpr, i32),
}

/// How one ModRM-encoded instruction is prefixed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Op<'a> {
    /// A legacy or mandatory prefix (`66`, `F2`, `F3`), written before REX.
    pub prefix: Option<u8>,
    /// REX.W: a 64-bit operand.
    pub w: bool,
    /// The operands are byte registers, so spl/bpl/sil/dil need a REX.
    pub byte_regs: bool,
    /// The opcode bytes (escape bytes included).
    pub opcode: &'a [u8],
}

impl Assembler {
    /// Emits `op` with ModRM `reg` (a register or an opcode extension) and
    /// r/m `rm`.
    pub(crate) fn modrm_op(&mut self, op: Op<'_>, reg: u8, rm: Rm) {
        // Gathered here and appended at once: this is the encoder's hottest
        // path. An instruction has at most 15 bytes.
        let mut buf = [0u8; 16];
        let mut n = 0;
        if let Some(prefix) = op.prefix {
            buf[0] = prefix;
            n = 1;
        }
        let rm_reg = match rm {
            Rm::Reg(r) | Rm::Mem(r, _) => r,
        };
        let byte_reg = |r: u8| op.byte_regs && (4..8).contains(&r);
        let needs_byte_rex = byte_reg(reg) || matches!(rm, Rm::Reg(r) if byte_reg(r));
        let rex = 0x40 | u8::from(op.w) << 3 | (reg >> 3 & 1) << 2 | (rm_reg >> 3 & 1);
        if rex != 0x40 || needs_byte_rex {
            buf[n] = rex;
            n += 1;
        }
        // Escapes included, no opcode is longer than three bytes.
        debug_assert!(op.opcode.len() <= 3, "opcode {:x?}", op.opcode);
        for &b in op.opcode.iter().take(3) {
            buf[n] = b;
            n += 1;
        }
        let reg = (reg & 7) << 3;
        match rm {
            Rm::Reg(r) => {
                buf[n] = 0xc0 | reg | (r & 7);
                n += 1;
            }
            Rm::Mem(base, disp) => {
                let low = base & 7;
                // rbp and r13 as a base have no form without a displacement.
                let mode = if disp == 0 && low != 5 {
                    0x00
                } else if disp as i8 as i32 == disp {
                    0x40
                } else {
                    0x80
                };
                buf[n] = mode | reg | low;
                n += 1;
                // rsp and r12 as a base need a SIB byte (no index).
                if low == 4 {
                    buf[n] = 0x24;
                    n += 1;
                }
                match mode {
                    0x40 => {
                        buf[n] = disp as i8 as u8;
                        n += 1;
                    }
                    0x80 => {
                        buf[n..n + 4].copy_from_slice(&disp.to_le_bytes());
                        n += 4;
                    }
                    _ => {}
                }
            }
        }
        self.ops.put(&buf, n);
    }

    /// Emits `bytes` little-endian.
    pub(crate) fn push_u32(&mut self, value: u32) {
        for b in value.to_le_bytes() {
            self.ops.push(b);
        }
    }

    /// `opcode + reg` forms (`push`, `pop`, `mov r, imm`), with REX.B (and
    /// REX.W when `w`) only when needed.
    pub(crate) fn plus_reg_op(&mut self, w: bool, opcode: u8, reg: u8) {
        let rex = 0x40 | u8::from(w) << 3 | (reg >> 3 & 1);
        if rex != 0x40 {
            self.ops.push(rex);
        }
        self.ops.push(opcode + (reg & 7));
    }
}
