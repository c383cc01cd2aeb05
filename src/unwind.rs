//! System V unwind information: the CIE per ISA, one FDE per function, and
//! the `.eh_frame` section wasmtime registers at load time.

use crate::masm::{MacroAssembler, UnwindStep};
use gimli::write::{CallFrameInstruction, CommonInformationEntry};
use gimli::{Encoding, Format, Register};

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
    let mut cie = CommonInformationEntry::new(
        encoding,
        regs.code_alignment,
        DATA_ALIGNMENT,
        Register(regs.ra),
    );
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
/// `text_size` bytes (wasmtime's layout): the CIE of [`systemv_cie`], one
/// FDE per function, and a zero terminator. Written directly, byte for byte
/// what gimli's writer produces (a test checks that), at a fraction of its
/// cost: a large module has tens of thousands of FDEs. `None` when a step
/// cannot be encoded (an offset that is not a multiple of its factor, or
/// steps out of order).
pub fn eh_frame<M: MacroAssembler>(
    big_endian: bool,
    text_size: u64,
    funcs: &[(u64, u64, &[UnwindStep])],
) -> Option<Vec<u8>> {
    let regs = M::DWARF;
    let mut w = CfiWriter {
        bytes: Vec::with_capacity(32 + funcs.len() * 32),
        big_endian,
    };
    // The CIE.
    let cie_at = w.begin_entry();
    w.u32(0); // the CIE id
    w.u8(1); // version
    w.bytes.extend_from_slice(b"zR\0");
    w.uleb(u64::from(regs.code_alignment));
    w.sleb(i64::from(DATA_ALIGNMENT));
    w.uleb(u64::from(regs.ra));
    w.uleb(1); // augmentation data: the FDE pointer encoding
    w.u8(gimli::constants::DW_EH_PE_pcrel.0);
    w.cfa(regs.sp, regs.entry_cfa_offset)?;
    if let Some(offset) = regs.entry_ra_offset {
        w.offset(regs.ra, offset)?;
    }
    w.end_entry(cie_at);
    for &(offset, len, steps) in funcs {
        let at = w.begin_entry();
        let cie_pointer = w.bytes.len() - cie_at;
        w.u32(cie_pointer as u32);
        // pc_begin, relative to this field: the function starts `text_size -
        // offset` bytes before the section.
        let here = w.bytes.len() as u64;
        w.u64(offset.wrapping_sub(text_size).wrapping_sub(here));
        w.u64(len);
        w.uleb(0); // no augmentation data
        let mut last = 0u32;
        for step in steps {
            let (at, kind) = match *step {
                UnwindStep::CfaOffset { offset, cfa_offset } => {
                    (offset, Step::CfaOffset(cfa_offset))
                }
                UnwindStep::Saved {
                    offset,
                    dwarf_reg,
                    cfa_offset,
                } => (offset, Step::Saved(dwarf_reg, cfa_offset)),
                UnwindStep::CfaOnFp { offset } => (offset, Step::CfaOnFp),
            };
            w.advance(last, at, regs.code_alignment)?;
            last = at;
            match kind {
                Step::CfaOffset(cfa_offset) => w.cfa_offset(cfa_offset)?,
                Step::Saved(reg, cfa_offset) => w.offset(reg, cfa_offset)?,
                Step::CfaOnFp => {
                    w.u8(gimli::constants::DW_CFA_def_cfa_register.0);
                    w.uleb(u64::from(regs.fp));
                }
            }
        }
        w.end_entry(at);
    }
    // A zero-length terminator, which some unwinders expect.
    w.u32(0);
    Some(w.bytes)
}

/// The CIE's data alignment factor: every saved register is 8-byte aligned.
const DATA_ALIGNMENT: i8 = -8;

/// One unwind step, as the FDE encodes it.
enum Step {
    CfaOffset(i32),
    Saved(u16, i32),
    CfaOnFp,
}

/// Appends DWARF call-frame information in the target's byte order.
struct CfiWriter {
    bytes: Vec<u8>,
    big_endian: bool,
}

impl CfiWriter {
    fn u8(&mut self, v: u8) {
        self.bytes.push(v);
    }

    /// The low `size` bytes of `v` in the target's byte order.
    fn uint(&mut self, v: u64, size: usize) {
        let le = v.to_le_bytes();
        let low = &le[..size.min(8)];
        if self.big_endian {
            self.bytes.extend(low.iter().rev());
        } else {
            self.bytes.extend_from_slice(low);
        }
    }

    fn u32(&mut self, v: u32) {
        self.uint(u64::from(v), 4);
    }

    fn u64(&mut self, v: u64) {
        self.uint(v, 8);
    }

    fn uleb(&mut self, mut v: u64) {
        loop {
            let byte = (v & 0x7f) as u8;
            v >>= 7;
            if v == 0 {
                self.u8(byte);
                return;
            }
            self.u8(byte | 0x80);
        }
    }

    fn sleb(&mut self, mut v: i64) {
        loop {
            let byte = (v & 0x7f) as u8;
            v >>= 7;
            let done = (v == 0 && byte & 0x40 == 0) || (v == -1 && byte & 0x40 != 0);
            if done {
                self.u8(byte);
                return;
            }
            self.u8(byte | 0x80);
        }
    }

    /// Starts an entry with a placeholder length; returns where it starts.
    fn begin_entry(&mut self) -> usize {
        let at = self.bytes.len();
        self.u32(0);
        at
    }

    /// Pads the entry that starts at `at` with `DW_CFA_nop` to a multiple
    /// of the address size and writes its length.
    fn end_entry(&mut self, at: usize) {
        while !(self.bytes.len() - at).is_multiple_of(8) {
            self.u8(gimli::constants::DW_CFA_nop.0);
        }
        // The length, written in place of the placeholder.
        let len = (self.bytes.len() - at - 4) as u32;
        let end = self.bytes.len();
        self.u32(len);
        self.bytes.copy_within(end..end + 4, at);
        self.bytes.truncate(end);
    }

    /// `DW_CFA_advance_loc*` from code offset `from` to `to`.
    fn advance(&mut self, from: u32, to: u32, factor: u8) -> Option<()> {
        if to == from {
            return Some(());
        }
        let delta = to.checked_sub(from)?;
        let factor = u32::from(factor);
        if delta % factor != 0 {
            return None;
        }
        let delta = delta / factor;
        if delta < 0x40 {
            self.u8(gimli::constants::DW_CFA_advance_loc.0 | delta as u8);
        } else if delta < 0x100 {
            self.u8(gimli::constants::DW_CFA_advance_loc1.0);
            self.u8(delta as u8);
        } else if delta < 0x10000 {
            self.u8(gimli::constants::DW_CFA_advance_loc2.0);
            self.uint(u64::from(delta), 2);
        } else {
            self.u8(gimli::constants::DW_CFA_advance_loc4.0);
            self.u32(delta);
        }
        Some(())
    }

    /// `offset` over the data alignment factor, when it divides exactly.
    fn factored(offset: i32) -> Option<i32> {
        let factor = i32::from(DATA_ALIGNMENT);
        (offset % factor == 0).then_some(offset / factor)
    }

    /// The CFA is `reg + offset`.
    fn cfa(&mut self, reg: u16, offset: i32) -> Option<()> {
        if offset < 0 {
            self.u8(gimli::constants::DW_CFA_def_cfa_sf.0);
            self.uleb(u64::from(reg));
            self.sleb(i64::from(Self::factored(offset)?));
        } else {
            self.u8(gimli::constants::DW_CFA_def_cfa.0);
            self.uleb(u64::from(reg));
            self.uleb(offset as u64);
        }
        Some(())
    }

    /// The CFA is now `offset` from its register.
    fn cfa_offset(&mut self, offset: i32) -> Option<()> {
        if offset < 0 {
            self.u8(gimli::constants::DW_CFA_def_cfa_offset_sf.0);
            self.sleb(i64::from(Self::factored(offset)?));
        } else {
            self.u8(gimli::constants::DW_CFA_def_cfa_offset.0);
            self.uleb(offset as u64);
        }
        Some(())
    }

    /// `reg` is saved at `CFA + offset`.
    fn offset(&mut self, reg: u16, offset: i32) -> Option<()> {
        let factored = Self::factored(offset)?;
        if factored < 0 {
            self.u8(gimli::constants::DW_CFA_offset_extended_sf.0);
            self.uleb(u64::from(reg));
            self.sleb(i64::from(factored));
        } else if reg < 0x40 {
            self.u8(gimli::constants::DW_CFA_offset.0 | reg as u8);
            self.uleb(factored as u64);
        } else {
            self.u8(gimli::constants::DW_CFA_offset_extended.0);
            self.uleb(u64::from(reg));
            self.uleb(factored as u64);
        }
        Some(())
    }
}

#[cfg(test)]
mod tests;
