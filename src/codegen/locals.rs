//! Locals in registers.
//!
//! Each function gives some of its locals a home register for its whole
//! body: integer locals take the ABI's `local_gprs`, float and v128 locals
//! its `local_fprs` (externrefs stay in frame slots, which the stack maps
//! cover). When there are more locals than homes, the most used ones win,
//! uses inside loops counting more. A homed local is read and written in
//! its register, so `local.get`, `local.set` and `local.tee` are register
//! moves or nothing.
//!
//! Because a home never changes within a function, every path into a join or
//! a loop header finds each local in the same place, and branches need no
//! moves for locals: the merge state of every join is the function's homes.
//! Which locals get homes is decided once, before the body: by a scan of the
//! operators (linear in the body) when a class has more locals than homes,
//! and then in time linear in the number of locals.
//!
//! Integer homes are natively callee-saved registers that every wasm-call
//! function preserves: a function saves the ones it uses below its frame
//! record in the prologue and reloads them before it returns or tail-calls,
//! so values in them live across calls with no reload. Float homes are
//! clobbered by calls: the caller stores them to the locals' frame slots
//! before each call and reloads them after.

use super::stack::{is_float, Val};
use super::{mem, mem_size, CodeGen, FIXED_SLOTS_BYTES, VMCTX_SLOT};
use crate::masm::{Loc, MacroAssembler, MemSize, Reg, RegImm};
use wasmparser::{FunctionBody, ValType};

/// The most homes of one class any ISA has.
const MAX_HOMES: usize = 8;

/// Frame-pointer offset of the first saved integer home.
pub(super) const SAVED_HOMES_OFFSET: i32 = -(FIXED_SLOTS_BYTES as i32) - 8;

impl<M: MacroAssembler> CodeGen<'_, '_, M> {
    /// Chooses the locals that get home registers and takes those registers,
    /// and every integer home, from the allocator. When a class has more
    /// locals than homes, a scan of the body weighs
    /// each local by its uses, each counting 8^loop depth (up to depth 6),
    /// and the heaviest get the homes; unused ones get none.
    pub(super) fn choose_local_homes(&mut self, body: &FunctionBody<'_>) {
        let abi = M::abi();
        // Callers keep their own locals in the integer homes, so a function
        // uses none of them as temporaries, only those it saves as homes.
        for &r in abi.local_gprs {
            self.free.remove(r);
        }
        let n = self.cx.locals.len();
        self.cx.local_homes.resize(n, None);
        let regs = [abi.local_gprs, abi.local_fprs];
        let mut counts = [0usize; 2];
        for &ty in &self.cx.locals {
            if ty != ValType::EXTERNREF {
                counts[usize::from(is_float(ty))] += 1;
            }
        }
        let weigh =
            (counts[0] > regs[0].len() || counts[1] > regs[1].len()) && self.weigh_locals(body);
        // The heaviest locals of each class, heaviest first (among equal
        // weights, the lower index first), in one pass.
        let mut best = [[(0u32, 0u32); MAX_HOMES]; 2];
        let mut len = [0usize; 2];
        for (i, &ty) in self.cx.locals.iter().enumerate() {
            let weight = if !weigh { 1 } else { self.cx.local_weights[i] };
            if ty == ValType::EXTERNREF || weight == 0 {
                continue;
            }
            let class = usize::from(is_float(ty));
            let keep = regs[class].len().min(MAX_HOMES);
            let list = &mut best[class];
            let mut at = len[class];
            while at > 0 && list[at - 1].0 < weight {
                at -= 1;
            }
            if at >= keep {
                continue;
            }
            let end = len[class].min(keep - 1);
            list.copy_within(at..end, at + 1);
            list[at] = (weight, i as u32);
            len[class] = (len[class] + 1).min(keep);
        }
        for class in 0..2 {
            for (&r, &(_, i)) in regs[class].iter().zip(&best[class][..len[class]]) {
                self.cx.local_homes[i as usize] = Some(r);
                self.cx.home_owners.push((r, i));
                self.homes.insert(r);
                self.free.remove(r);
                if class == 1 {
                    self.cx.clobbered_homes.push(i);
                } else {
                    self.cx.saved_homes.push(r);
                }
            }
        }
    }

    /// Weighs every local by its `local.get`, `local.set` and `local.tee`
    /// uses, in one scan of the operators (see [`scan_operator`]); returns
    /// false when there is no body to scan. A body that does not decode is
    /// left to the compiling pass to report.
    fn weigh_locals(&mut self, body: &FunctionBody<'_>) -> bool {
        let weights = &mut self.cx.local_weights;
        weights.clear();
        weights.resize(self.cx.locals.len(), 0);
        let Ok(ops) = body.get_operators_reader() else {
            return false;
        };
        let mut whole = body.get_binary_reader();
        let start = whole.original_position();
        let Ok(bytes) = whole.read_bytes(whole.bytes_remaining()) else {
            return false;
        };
        let mut at = ops.original_position() - start;
        // Whether each open frame is a loop.
        let loops = &mut self.cx.scan_frames;
        loops.clear();
        let mut loop_depth = 0u32;
        while at < bytes.len() {
            let Some(op) = scan_operator(bytes, &mut at) else {
                return true;
            };
            match op {
                Scanned::Local(local) => {
                    if let Some(w) = weights.get_mut(local as usize) {
                        *w = w.saturating_add(1 << (3 * loop_depth.min(6)));
                    }
                }
                Scanned::Open { is_loop } => {
                    loops.push(is_loop);
                    loop_depth += u32::from(is_loop);
                }
                Scanned::End => {
                    if loops.pop() == Some(true) {
                        loop_depth -= 1;
                    }
                }
                Scanned::Other => {}
            }
        }
        true
    }

    /// The bytes below the fixed slots that hold the saved integer homes.
    pub(super) fn saved_homes_bytes(&self) -> u32 {
        8 * self.cx.saved_homes.len() as u32
    }

    /// Where local `index` lives: its home register or its frame slot.
    pub(super) fn local_loc(&self, index: u32) -> Loc {
        match self.cx.local_homes[index as usize] {
            Some(r) => Loc::Reg(r),
            None => Loc::Mem(self.local_mem(index)),
        }
    }

    /// Whether `r` is some local's home (a borrowed operand, never freed).
    pub(super) fn is_home(&self, r: Reg) -> bool {
        self.homes.contains(r)
    }

    /// The local whose home is `r`.
    fn home_owner(&self, r: Reg) -> Option<u32> {
        let owners = &self.cx.home_owners;
        owners.iter().find(|(h, _)| *h == r).map(|(_, i)| *i)
    }

    /// The locals whose current values `val` reads without holding a copy:
    /// a latent `local.get`, or a latent compare of homed locals.
    pub(super) fn locals_read_by(&self, val: Val) -> [Option<u32>; 2] {
        match val {
            Val::Local(i) => [Some(i), None],
            Val::Cmp { lhs, rhs, .. } if self.is_home(lhs) => {
                let rhs = match rhs {
                    RegImm::Reg(r) => self.home_owner(r),
                    RegImm::Imm(_) => None,
                };
                [self.home_owner(lhs), rhs]
            }
            _ => [None, None],
        }
    }

    /// The home register of local `index`, if it has one.
    pub(super) fn local_home(&self, index: u32) -> Option<Reg> {
        self.cx.local_homes[index as usize]
    }

    /// Prologue: saves the integer homes the function uses (their callers'
    /// values).
    pub(super) fn save_homes(&mut self) {
        let regs = std::mem::take(&mut self.cx.saved_homes);
        self.cx.masm.save_regs(&regs, SAVED_HOMES_OFFSET);
        self.cx.saved_homes = regs;
    }

    /// Before returning or tail-calling: gives the caller its integer homes
    /// back.
    pub(super) fn restore_homes(&mut self) {
        let regs = std::mem::take(&mut self.cx.saved_homes);
        self.cx.masm.restore_regs(&regs, SAVED_HOMES_OFFSET);
        self.cx.saved_homes = regs;
    }

    /// Prologue: a declared local starts at zero.
    pub(super) fn zero_local(&mut self, index: u32) {
        let ty = self.cx.locals[index as usize];
        match self.local_home(index) {
            Some(r) if ty == ValType::V128 => self.cx.masm.v128_const(r, 0),
            Some(r) => self.cx.masm.mov(mem_size(ty), Loc::Reg(r), Loc::Imm(0)),
            None => {
                let dst = self.local_mem(index);
                self.cx.masm.mov(MemSize::S64, Loc::Mem(dst), Loc::Imm(0));
                if ty == ValType::V128 {
                    let high = mem(M::fp(), dst.offset + 8);
                    self.cx.masm.mov(MemSize::S64, Loc::Mem(high), Loc::Imm(0));
                }
            }
        }
    }

    /// Just before a call: stores the homes calls clobber into their slots.
    pub(super) fn save_clobbered_homes(&mut self) {
        for k in 0..self.cx.clobbered_homes.len() {
            let i = self.cx.clobbered_homes[k];
            let (Some(r), ty) = (self.local_home(i), self.cx.locals[i as usize]) else {
                continue;
            };
            let slot = Loc::Mem(self.local_mem(i));
            self.cx.masm.mov(mem_size(ty), slot, Loc::Reg(r));
        }
    }

    /// Just after a call: reloads the pinned vmctx and heap base, and the
    /// homes the call clobbered.
    pub(super) fn reload_after_call(&mut self) {
        let vmctx_slot = Loc::Mem(mem(M::fp(), VMCTX_SLOT));
        self.cx
            .masm
            .mov(MemSize::S64, Loc::Reg(M::vmctx_reg()), vmctx_slot);
        self.load_pinned_heap_base();
        for k in 0..self.cx.clobbered_homes.len() {
            let i = self.cx.clobbered_homes[k];
            let (Some(r), ty) = (self.local_home(i), self.cx.locals[i as usize]) else {
                continue;
            };
            let slot = Loc::Mem(self.local_mem(i));
            self.cx.masm.mov(mem_size(ty), Loc::Reg(r), slot);
        }
    }
}

/// What the weighing scan needs to know of one operator.
enum Scanned {
    /// `local.get`, `local.set` or `local.tee` of this local.
    Local(u32),
    /// `block`, `if` or (`is_loop`) `loop`.
    Open {
        /// Whether it is a `loop`.
        is_loop: bool,
    },
    /// `end`.
    End,
    /// Anything else.
    Other,
}

/// How [`scan_operator`] reads each one-byte opcode.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// Through wasmparser: prefixed, rare or unknown.
    Other,
    /// No immediate.
    Bare,
    /// This many LEB128 immediates.
    Lebs(u8),
    /// A memarg: flags (bit 6: a memory index follows) and offset.
    MemArg,
    /// This many bytes of immediate.
    Bytes(u8),
    /// `local.get`, `local.set`, `local.tee`.
    Local,
    /// `block`, `if` (a block type).
    Open,
    /// `loop`.
    Loop,
    /// `end`.
    End,
}

/// The shape of every one-byte opcode.
const SHAPES: [Shape; 256] = {
    let mut t = [Shape::Other; 256];
    let mut op = 0;
    while op < 256 {
        t[op] = match op {
            0x00 | 0x01 | 0x05 | 0x0f | 0x1a | 0x1b | 0x45..=0xc4 | 0xd1 => Shape::Bare,
            0x0c | 0x0d | 0x10 | 0x12 | 0x23..=0x26 | 0x3f..=0x42 | 0xd0 | 0xd2 => Shape::Lebs(1),
            0x11 | 0x13 => Shape::Lebs(2),
            0x28..=0x3e => Shape::MemArg,
            0x43 => Shape::Bytes(4),
            0x44 => Shape::Bytes(8),
            0x20..=0x22 => Shape::Local,
            0x02 | 0x04 => Shape::Open,
            0x03 => Shape::Loop,
            0x0b => Shape::End,
            _ => Shape::Other,
        };
        op += 1;
    }
    t
};

/// Moves `*at` past `n` LEB128 numbers in `bytes`.
#[inline(always)]
fn skip_lebs(bytes: &[u8], at: &mut usize, n: u8) -> Option<()> {
    for _ in 0..n {
        while *bytes.get(*at)? & 0x80 != 0 {
            *at += 1;
        }
        *at += 1;
    }
    Some(())
}

/// Reads the operator at `*at` just far enough to skip it and moves `*at`
/// past it: the one-byte opcodes and their immediates by [`SHAPES`],
/// anything prefixed or rare through wasmparser. `None` when the bytes do
/// not decode. Inlined into the weighing loop, which runs over every
/// body with more locals than homes.
#[inline(always)]
fn scan_operator(bytes: &[u8], at: &mut usize) -> Option<Scanned> {
    let start = *at;
    let op = *bytes.get(start)?;
    let mut next = start + 1;
    let scanned = match SHAPES[op as usize] {
        Shape::Bare => Scanned::Other,
        Shape::Lebs(n) => {
            skip_lebs(bytes, &mut next, n)?;
            Scanned::Other
        }
        Shape::MemArg => {
            let n = if *bytes.get(next)? & 0x40 != 0 { 3 } else { 2 };
            skip_lebs(bytes, &mut next, n)?;
            Scanned::Other
        }
        Shape::Bytes(n) => {
            next += usize::from(n);
            Scanned::Other
        }
        Shape::Local => {
            let mut index = 0u32;
            let mut shift = 0u32;
            loop {
                let b = *bytes.get(next)?;
                next += 1;
                index |= u32::from(b & 0x7f).checked_shl(shift).unwrap_or(0);
                shift += 7;
                if b & 0x80 == 0 {
                    break;
                }
            }
            Scanned::Local(index)
        }
        Shape::Open | Shape::Loop => {
            skip_lebs(bytes, &mut next, 1)?;
            Scanned::Open {
                is_loop: SHAPES[op as usize] == Shape::Loop,
            }
        }
        Shape::End => Scanned::End,
        Shape::Other => {
            let mut reader = wasmparser::BinaryReader::new(bytes.get(start..)?);
            reader.read_operator().ok()?;
            next = start + reader.current_position();
            Scanned::Other
        }
    };
    if next > bytes.len() {
        return None;
    }
    *at = next;
    Some(scanned)
}

#[cfg(test)]
mod tests {
    use super::{scan_operator, Scanned};
    use wasmparser::{BinaryReader, Operator};

    #[test]
    fn the_scan_skips_operators_exactly_as_wasmparser_reads_them() {
        #[rustfmt::skip]
        let bytes: &[u8] = &[
            0x02, 0x40,                         // block
            0x03, 0x7f,                         // loop (result i32)
            0x04, 0x05,                         // if (type 5)
            0x41, 0xff, 0xff, 0x03,             // i32.const
            0x42, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x7f, // i64.const
            0x43, 1, 2, 3, 4,                   // f32.const
            0x44, 1, 2, 3, 4, 5, 6, 7, 8,       // f64.const
            0x28, 0x02, 0x80, 0x01,             // i32.load offset=128
            0x36, 0x42, 0x01, 0x05,             // i32.store with a memory index
            0x0c, 0x01, 0x0d, 0x00,             // br 1, br_if 0
            0x0e, 0x02, 0x00, 0x01, 0x02,       // br_table
            0x10, 0x85, 0x01,                   // call 133
            0x11, 0x01, 0x00,                   // call_indirect
            0x20, 0x85, 0x01,                   // local.get 133
            0x21, 0x03, 0x22, 0x00,             // local.set 3, local.tee 0
            0x23, 0x01, 0x24, 0x01,             // global.get/set
            0x1c, 0x01, 0x7f,                   // select (result i32)
            0x1a, 0x1b, 0x6a, 0x0f,             // drop, select, i32.add, return
            0x3f, 0x00, 0x40, 0x00,             // memory.size, memory.grow
            0xfc, 0x0a, 0x00, 0x00,             // memory.copy
            0xfd, 0x0c, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, // v128.const
            0xfd, 0x00, 0x04, 0x10,             // v128.load
            0xd0, 0x70, 0xd1, 0xd2, 0x00,       // ref.null func, ref.is_null, ref.func 0
            0x0b, 0x0b, 0x0b,                   // end, end, end
        ];
        let mut reader = BinaryReader::new(bytes);
        let mut at = 0;
        let mut count = 0;
        while !reader.eof() {
            let op = reader.read_operator().unwrap();
            let scanned = scan_operator(bytes, &mut at).expect("decodes");
            assert_eq!(at, reader.current_position(), "after {op:?}");
            let agrees = match (&op, scanned) {
                (
                    Operator::LocalGet { local_index }
                    | Operator::LocalSet { local_index }
                    | Operator::LocalTee { local_index },
                    Scanned::Local(i),
                ) => *local_index == i,
                (Operator::Loop { .. }, Scanned::Open { is_loop }) => is_loop,
                (Operator::Block { .. } | Operator::If { .. }, Scanned::Open { is_loop }) => {
                    !is_loop
                }
                (Operator::End, Scanned::End) => true,
                (_, Scanned::Other) => !matches!(
                    op,
                    Operator::LocalGet { .. }
                        | Operator::LocalSet { .. }
                        | Operator::LocalTee { .. }
                        | Operator::Block { .. }
                        | Operator::Loop { .. }
                        | Operator::If { .. }
                        | Operator::End
                ),
                _ => false,
            };
            assert!(agrees, "{op:?}");
            count += 1;
        }
        assert_eq!(count, 35);
        // Truncated immediates do not decode.
        assert!(scan_operator(&[0x41, 0x80], &mut 0).is_none());
        assert!(scan_operator(&[0x20], &mut 0).is_none());
    }
}
