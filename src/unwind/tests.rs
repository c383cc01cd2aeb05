//! The hand-written `.eh_frame` against gimli's writer, byte for byte, on
//! every ISA's CIE and on drawn unwind steps (every advance width, register
//! numbers past 63, negative and positive CFA offsets, both byte orders).

use super::{eh_frame, systemv_cie};
use crate::isa::{aarch64::Aarch64Masm, riscv64::Riscv64Masm, s390x::S390xMasm, x64::X64Masm};
use crate::masm::{MacroAssembler, UnwindStep};
use gimli::write::{
    Address, CallFrameInstruction, EhFrame, EndianVec, FrameDescriptionEntry, FrameTable, Writer,
};
use gimli::{Register, RunTimeEndian};

/// What gimli writes for the same input (the implementation before the
/// hand-written one).
fn gimli_eh_frame<M: MacroAssembler>(
    big_endian: bool,
    text_size: u64,
    funcs: &[(u64, u64, &[UnwindStep])],
) -> Option<Vec<u8>> {
    let regs = M::DWARF;
    let mut cie = systemv_cie::<M>();
    cie.fde_address_encoding = gimli::constants::DW_EH_PE_pcrel;
    let mut table = FrameTable::default();
    let cie_id = table.add_cie(cie);
    for &(offset, len, steps) in funcs {
        let relative = -((text_size - offset) as i64);
        let mut fde = FrameDescriptionEntry::new(Address::Constant(relative as u64), len as u32);
        for step in steps {
            let (at, insn) = match *step {
                UnwindStep::CfaOffset { offset, cfa_offset } => {
                    (offset, CallFrameInstruction::CfaOffset(cfa_offset))
                }
                UnwindStep::Saved {
                    offset,
                    dwarf_reg,
                    cfa_offset,
                } => (
                    offset,
                    CallFrameInstruction::Offset(Register(dwarf_reg), cfa_offset),
                ),
                UnwindStep::CfaOnFp { offset } => {
                    (offset, CallFrameInstruction::CfaRegister(Register(regs.fp)))
                }
            };
            fde.add_instruction(at, insn);
        }
        table.add_fde(cie_id, fde);
    }
    let endian = if big_endian {
        RunTimeEndian::Big
    } else {
        RunTimeEndian::Little
    };
    let mut out = EhFrame(PcRelWriter(EndianVec::new(endian)));
    table.write_eh_frame(&mut out).ok()?;
    let mut bytes = (out.0).0;
    bytes.write_u32(0).ok()?;
    Some(bytes.into_vec())
}

/// A writer whose pc-relative pointers are relative to their own position.
struct PcRelWriter(EndianVec<RunTimeEndian>);

impl Writer for PcRelWriter {
    type Endian = RunTimeEndian;

    fn endian(&self) -> RunTimeEndian {
        self.0.endian()
    }

    fn len(&self) -> usize {
        self.0.len()
    }

    fn write(&mut self, buf: &[u8]) -> gimli::write::Result<()> {
        self.0.write(buf)
    }

    fn write_at(&mut self, pos: usize, buf: &[u8]) -> gimli::write::Result<()> {
        self.0.write_at(pos, buf)
    }

    fn write_eh_pointer(
        &mut self,
        address: Address,
        eh_pe: gimli::DwEhPe,
        size: u8,
    ) -> gimli::write::Result<()> {
        let Address::Constant(val) = address else {
            return Err(gimli::write::Error::InvalidAddress);
        };
        let here = self.len() as u64;
        self.write_eh_pointer_data(val.wrapping_sub(here), eh_pe.format(), size)
    }
}

/// A small deterministic generator (xorshift).
struct Draw(u64);

impl Draw {
    fn next(&mut self, below: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % below
    }
}

/// Drawn functions: each a text offset, a length and unwind steps in code
/// order, whose code offsets are multiples of `factor`.
fn drawn_functions(seed: u64, factor: u8) -> Vec<(u64, u64, Vec<UnwindStep>)> {
    let mut d = Draw(seed | 1);
    let mut funcs = Vec::new();
    let mut text = 0u64;
    for _ in 0..200 {
        let mut steps = Vec::new();
        let mut at = 0u32;
        for _ in 0..d.next(7) {
            // Advances of every width: 0, < 0x40, < 0x100, < 0x10000, more.
            let delta = match d.next(5) {
                0 => 0,
                1 => d.next(0x40),
                2 => d.next(0x100),
                3 => d.next(0x10000),
                _ => 0x10000 + d.next(1 << 20),
            } as u32;
            at += delta * u32::from(factor);
            steps.push(match d.next(3) {
                0 => UnwindStep::CfaOffset {
                    offset: at,
                    cfa_offset: (d.next(4096) as i32) * 8 - 64,
                },
                1 => UnwindStep::Saved {
                    offset: at,
                    dwarf_reg: d.next(100) as u16,
                    cfa_offset: -8 * (d.next(300) as i32) + 8 * (d.next(4) as i32),
                },
                _ => UnwindStep::CfaOnFp { offset: at },
            });
        }
        let len = u64::from(at) + 4 + d.next(5000);
        funcs.push((text, len, steps));
        text += len + d.next(64);
    }
    funcs
}

fn same_as_gimli<M: MacroAssembler>() {
    let factor = M::DWARF.code_alignment;
    for seed in 1..=20u64 {
        let funcs = drawn_functions(seed * 0x9e37_79b9, factor);
        let text_size = funcs.last().map_or(0, |f| f.0 + f.1) + 4096;
        let borrowed: Vec<_> = funcs
            .iter()
            .map(|(o, l, s)| (*o, *l, s.as_slice()))
            .collect();
        for big_endian in [false, true] {
            let ours = eh_frame::<M>(big_endian, text_size, &borrowed);
            let theirs = gimli_eh_frame::<M>(big_endian, text_size, &borrowed);
            assert!(theirs.is_some(), "gimli wrote nothing for seed {seed}");
            assert_eq!(
                ours,
                theirs,
                "{} seed {seed} big-endian {big_endian}",
                M::ISA
            );
        }
    }
}

#[test]
fn eh_frame_matches_gimli_on_x86_64() {
    same_as_gimli::<X64Masm>();
}

#[test]
fn eh_frame_matches_gimli_on_aarch64() {
    same_as_gimli::<Aarch64Masm>();
}

#[test]
fn eh_frame_matches_gimli_on_riscv64() {
    same_as_gimli::<Riscv64Masm>();
}

#[test]
fn eh_frame_matches_gimli_on_s390x() {
    same_as_gimli::<S390xMasm>();
}

#[test]
fn steps_that_cannot_be_encoded_give_none() {
    // A saved register at an offset that is not a multiple of 8.
    let steps = [UnwindStep::Saved {
        offset: 4,
        dwarf_reg: 3,
        cfa_offset: -12,
    }];
    assert_eq!(eh_frame::<X64Masm>(false, 4096, &[(0, 16, &steps)]), None);
    // Steps out of code order.
    let steps = [
        UnwindStep::CfaOnFp { offset: 8 },
        UnwindStep::CfaOnFp { offset: 4 },
    ];
    assert_eq!(eh_frame::<X64Masm>(false, 4096, &[(0, 16, &steps)]), None);
}
