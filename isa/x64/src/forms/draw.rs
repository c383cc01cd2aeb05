//! Operand drawing for [`Form::of_kind`](super::Form::of_kind): registers,
//! sizes, conditions and immediates from a stream of numbers.

use crate::{Cond, Size};

/// Operands drawn from a stream of numbers.
pub(super) struct Draw<'a>(pub(super) &'a mut dyn FnMut() -> u64);

impl Draw<'_> {
    pub(super) fn below(&mut self, n: u64) -> u64 {
        (self.0)() % n
    }
    pub(super) fn flag(&mut self) -> bool {
        self.below(2) == 1
    }
    pub(super) fn reg(&mut self) -> u8 {
        self.below(16) as u8
    }
    pub(super) fn wide(&mut self) -> Size {
        if self.flag() {
            Size::S64
        } else {
            Size::S32
        }
    }
    pub(super) fn any_size(&mut self) -> Size {
        [Size::S8, Size::S16, Size::S32, Size::S64][self.below(4) as usize]
    }
    pub(super) fn narrow(&mut self) -> Size {
        [Size::S8, Size::S16, Size::S32][self.below(3) as usize]
    }
    pub(super) fn cond(&mut self) -> Cond {
        crate::ALL_CONDS[self.below(16) as usize]
    }
    /// A 32-bit value: zero, a small (8-bit) one or any.
    pub(super) fn imm32(&mut self) -> i32 {
        match self.below(4) {
            0 => 0,
            1 => (self.0)() as i8 as i32,
            _ => (self.0)() as i32,
        }
    }
    /// A 64-bit value of every shape `mov_ri` distinguishes.
    pub(super) fn imm64(&mut self) -> i64 {
        match self.below(5) {
            0 => 0,
            1 => (self.0)() as u32 as i64,
            2 => (self.0)() as i32 as i64,
            3 => (self.0)() as i8 as i64,
            _ => (self.0)() as i64,
        }
    }
}
