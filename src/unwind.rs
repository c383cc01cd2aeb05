//! System V unwind information: the CIE per ISA, one FDE per function, and
//! the `.eh_frame` section wasmtime registers at load time.

use crate::masm::{MacroAssembler, UnwindStep};
use gimli::write::{
    Address, CallFrameInstruction, CommonInformationEntry, EhFrame, EndianVec,
    FrameDescriptionEntry, FrameTable, Writer,
};
use gimli::{Encoding, Format, Register, RunTimeEndian};

/// DWARF register numbers an ISA's unwind info needs, and how its CIE
/// starts: each masm gives its own as [`MacroAssembler::DWARF`].
#[derive(Clone, Copy, Debug)]
pub struct DwarfRegs {
    /// The stack pointer's DWARF number.
    pub sp: u16,
    /// The frame pointer's DWARF number.
    pub fp: u16,
    /// The return address column.
    pub ra: u16,
    /// Instructions are multiples of this many bytes.
    pub code_alignment: u8,
    /// The CFA's offset from sp on entry (the return address pushed on
    /// x86_64; nothing on aarch64, where it is in the link register; the
    /// caller's 160-byte register save area on s390x).
    pub entry_cfa_offset: i32,
    /// Where the return address is on entry, as an offset from the CFA:
    /// `Some(-8)` on x86_64, whose call pushed it; `None` where it stays in
    /// its register (the `ra` column) until the prologue saves it.
    pub entry_ra_offset: Option<i32>,
    /// The DWARF number of each general register by hardware encoding, or
    /// empty where they are the same (see `MacroAssembler::dwarf_reg`).
    pub gpr_numbers: &'static [u16],
    /// The DWARF number of float register 0; the others follow it, unless
    /// `fpr_numbers` says otherwise.
    pub fpr_base: u16,
    /// The DWARF number of each float register by hardware encoding, or
    /// empty where they are `fpr_base` onwards (s390x interleaves them:
    /// f0, f2, f4, f6, f1, ...).
    pub fpr_numbers: &'static [u16],
}

/// The CIE for the ISA of masm `M`.
pub fn systemv_cie<M: MacroAssembler>() -> CommonInformationEntry {
    let regs = M::DWARF;
    let encoding = Encoding {
        address_size: 8,
        format: Format::Dwarf32,
        version: 1,
    };
    let mut cie = CommonInformationEntry::new(encoding, regs.code_alignment, -8, Register(regs.ra));
    cie.add_instruction(CallFrameInstruction::Cfa(
        Register(regs.sp),
        regs.entry_cfa_offset,
    ));
    if let Some(offset) = regs.entry_ra_offset {
        // The call left the return address on the stack.
        cie.add_instruction(CallFrameInstruction::Offset(Register(regs.ra), offset));
    }
    cie
}

/// Builds the `.eh_frame` bytes for functions at the given text offsets,
/// assuming the section is loaded right after a text section of
/// `text_size` bytes (wasmtime's layout).
pub fn eh_frame<M: MacroAssembler>(
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
        // The FDE's address is relative to the FDE itself; the writer below
        // turns this section-relative value into that.
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
    // A zero-length terminator, which some unwinders expect.
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
