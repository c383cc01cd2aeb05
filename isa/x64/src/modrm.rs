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
    /// r/m `rm`. Inlined, so that each encoder's constant prefix and opcode
    /// fold away.
    #[inline(always)]
    pub(crate) fn modrm_op(&mut self, op: Op<'_>, reg: u8, rm: Rm) {
        // Everything up to a disp8 fits in eight bytes, built in a register
        // and appended at once (the hottest path of the encoder; bytes
        // written to memory one by one and read back whole would stall).
        let mut head = 0u64;
        let mut n = 0u32;
        let mut put = |b: u8| {
            head |= u64::from(b) << (8 * (n & 7));
            n += 1;
        };
        if let Some(prefix) = op.prefix {
            put(prefix);
        }
        let rm_reg = match rm {
            Rm::Reg(r) | Rm::Mem(r, _) => r,
        };
        let byte_reg = |r: u8| op.byte_regs && (4..8).contains(&r);
        let needs_byte_rex = byte_reg(reg) || matches!(rm, Rm::Reg(r) if byte_reg(r));
        let rex = 0x40 | u8::from(op.w) << 3 | (reg >> 3 & 1) << 2 | (rm_reg >> 3 & 1);
        if rex != 0x40 || needs_byte_rex {
            put(rex);
        }
        // Escapes included, no opcode is longer than three bytes.
        debug_assert!(op.opcode.len() <= 3, "opcode {:x?}", op.opcode);
        for &b in op.opcode.iter().take(3) {
            put(b);
        }
        let reg = (reg & 7) << 3;
        let mut disp32 = None;
        match rm {
            Rm::Reg(r) => put(0xc0 | reg | (r & 7)),
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
                put(mode | reg | low);
                // rsp and r12 as a base need a SIB byte (no index).
                if low == 4 {
                    put(0x24);
                }
                match mode {
                    0x40 => put(disp as i8 as u8),
                    0x80 => disp32 = Some(disp as u32),
                    _ => {}
                }
            }
        }
        self.ops.put(head, n);
        if let Some(disp) = disp32 {
            self.ops.put(u64::from(disp), 4);
        }
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
