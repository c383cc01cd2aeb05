//! The V extension's (1.0) operand types and operations: element widths,
//! sources, and each operation's `funct6`, group and forms (the encoding
//! methods are in `encode_vector.rs`).

use crate::{FReg, Reg};

/// A vector register number (`0..=31`; v0 is also the mask register).
pub type VReg = u8;

/// The selected element width (SEW).
#[allow(missing_docs)] // the assembler's names
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sew {
    E8,
    E16,
    E32,
    E64,
}

impl Sew {
    /// The width in bits.
    pub fn bits(self) -> u32 {
        8 << self.code()
    }

    pub(crate) fn code(self) -> u32 {
        match self {
            Sew::E8 => 0,
            Sew::E16 => 1,
            Sew::E32 => 2,
            Sew::E64 => 3,
        }
    }
}

/// The register group multiplier (LMUL): one register, or half of one (for
/// widening the low half of a v128).
#[allow(missing_docs)] // the assembler's names
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lmul {
    M1,
    Mf2,
}

/// What an arithmetic instruction takes as its first source (`vs1`, `rs1`,
/// `fs1` or a 5-bit immediate): the `.vv`, `.vx`, `.vf` and `.vi` forms.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VSrc {
    /// A vector register.
    V(VReg),
    /// An integer register.
    X(Reg),
    /// A float register.
    F(FReg),
    /// A 5-bit immediate (signed, or unsigned for shifts and slides).
    I(i8),
}

/// The kind of a [`VSrc`], for saying which forms an operation has.
#[allow(missing_docs)] // the form suffixes
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SrcKind {
    V,
    X,
    F,
    /// A signed immediate, -16..=15.
    I,
    /// An unsigned immediate, 0..=31.
    U,
}

/// The three OP-V groups, which give each source kind its `funct3`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Group {
    Int,
    Mul,
    Float,
}

/// Declares an enum of operations and `ALL`, every variant in declaration
/// order, from one list.
macro_rules! listed_enum {
    ($(#[$meta:meta])* pub enum $name:ident { $($variant:ident,)* }) => {
        $(#[$meta])*
        pub enum $name {
            $($variant,)*
        }

        impl $name {
            /// Every operation, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant,)*];
        }
    };
}

listed_enum! {
/// Two-operand vector operations, `vd = vs2 op src` (compares write a mask,
/// narrowing ones read a two-register `vs2`).
#[allow(missing_docs)] // the instruction names
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VecOp {
    Vadd,
    Vsub,
    Vrsub,
    Vminu,
    Vmin,
    Vmaxu,
    Vmax,
    Vand,
    Vor,
    Vxor,
    Vrgather,
    Vslideup,
    Vslidedown,
    Vmseq,
    Vmsne,
    Vmsltu,
    Vmslt,
    Vmsleu,
    Vmsle,
    Vmsgtu,
    Vmsgt,
    Vsaddu,
    Vsadd,
    Vssubu,
    Vssub,
    Vsll,
    Vsmul,
    Vsrl,
    Vsra,
    Vnsrl,
    Vnsra,
    Vnclipu,
    Vnclip,
    Vaaddu,
    Vmul,
    Vmulh,
    Vmulhu,
    Vwaddu,
    Vwadd,
    Vwmulu,
    Vwmul,
    Vwmacc,
    Vmandn,
    Vmand,
    Vmor,
    Vmxor,
    Vmnand,
    Vmxnor,
    Vfadd,
    Vfsub,
    Vfmin,
    Vfmax,
    Vfsgnj,
    Vfsgnjn,
    Vfsgnjx,
    Vmfeq,
    Vmfle,
    Vmflt,
    Vmfne,
    Vmfgt,
    Vmfge,
    Vfdiv,
    Vfmul,
    Vfmacc,
    Vfnmsac,
}
}

impl VecOp {
    /// `funct6` and group.
    pub(crate) fn encoding(self) -> (u32, Group) {
        use Group::*;
        use VecOp::*;
        match self {
            Vadd => (0x00, Int),
            Vsub => (0x02, Int),
            Vrsub => (0x03, Int),
            Vminu => (0x04, Int),
            Vmin => (0x05, Int),
            Vmaxu => (0x06, Int),
            Vmax => (0x07, Int),
            Vand => (0x09, Int),
            Vor => (0x0a, Int),
            Vxor => (0x0b, Int),
            Vrgather => (0x0c, Int),
            Vslideup => (0x0e, Int),
            Vslidedown => (0x0f, Int),
            Vmseq => (0x18, Int),
            Vmsne => (0x19, Int),
            Vmsltu => (0x1a, Int),
            Vmslt => (0x1b, Int),
            Vmsleu => (0x1c, Int),
            Vmsle => (0x1d, Int),
            Vmsgtu => (0x1e, Int),
            Vmsgt => (0x1f, Int),
            Vsaddu => (0x20, Int),
            Vsadd => (0x21, Int),
            Vssubu => (0x22, Int),
            Vssub => (0x23, Int),
            Vsll => (0x25, Int),
            Vsmul => (0x27, Int),
            Vsrl => (0x28, Int),
            Vsra => (0x29, Int),
            Vnsrl => (0x2c, Int),
            Vnsra => (0x2d, Int),
            Vnclipu => (0x2e, Int),
            Vnclip => (0x2f, Int),
            Vaaddu => (0x08, Mul),
            Vmul => (0x25, Mul),
            Vmulh => (0x27, Mul),
            Vmulhu => (0x24, Mul),
            Vwaddu => (0x30, Mul),
            Vwadd => (0x31, Mul),
            Vwmulu => (0x38, Mul),
            Vwmul => (0x3b, Mul),
            Vwmacc => (0x3d, Mul),
            Vmandn => (0x18, Mul),
            Vmand => (0x19, Mul),
            Vmor => (0x1a, Mul),
            Vmxor => (0x1b, Mul),
            Vmnand => (0x1d, Mul),
            Vmxnor => (0x1f, Mul),
            Vfadd => (0x00, Float),
            Vfsub => (0x02, Float),
            Vfmin => (0x04, Float),
            Vfmax => (0x06, Float),
            Vfsgnj => (0x08, Float),
            Vfsgnjn => (0x09, Float),
            Vfsgnjx => (0x0a, Float),
            Vmfeq => (0x18, Float),
            Vmfle => (0x19, Float),
            Vmflt => (0x1b, Float),
            Vmfne => (0x1c, Float),
            Vmfgt => (0x1d, Float),
            Vmfge => (0x1f, Float),
            Vfdiv => (0x20, Float),
            Vfmul => (0x24, Float),
            Vfmacc => (0x2c, Float),
            Vfnmsac => (0x2f, Float),
        }
    }

    /// The source kinds the operation has a form for.
    pub fn sources(self) -> &'static [SrcKind] {
        use SrcKind::*;
        use VecOp::*;
        match self {
            Vadd | Vand | Vor | Vxor | Vmseq | Vmsne | Vmsleu | Vmsle | Vsaddu | Vsadd => {
                &[V, X, I]
            }
            // `vrgather.vi`'s index is unsigned.
            Vsll | Vsrl | Vsra | Vnsrl | Vnsra | Vnclipu | Vnclip | Vrgather => &[V, X, U],
            Vslideup | Vslidedown => &[X, U],
            Vrsub | Vmsgtu | Vmsgt => &[X, I],
            Vsub | Vminu | Vmin | Vmaxu | Vmax | Vmsltu | Vmslt | Vssubu | Vssub | Vsmul => &[V, X],
            Vmandn | Vmand | Vmor | Vmxor | Vmnand | Vmxnor => &[V],
            Vmfgt | Vmfge => &[F],
            op if op.encoding().1 == Group::Mul => &[V, X],
            _ => &[V, F],
        }
    }

    /// Whether `vs2` is a two-register group of twice the element width.
    pub fn narrows(self) -> bool {
        matches!(
            self,
            VecOp::Vnsrl | VecOp::Vnsra | VecOp::Vnclipu | VecOp::Vnclip
        )
    }

    /// Whether it operates on mask registers (the `.mm` forms).
    pub fn on_masks(self) -> bool {
        matches!(
            self,
            VecOp::Vmandn
                | VecOp::Vmand
                | VecOp::Vmor
                | VecOp::Vmxor
                | VecOp::Vmnand
                | VecOp::Vmxnor
        )
    }
}

listed_enum! {
/// One-operand vector operations, `vd = op(vs2)`, each selected by its
/// `vs1` field.
#[allow(missing_docs)] // the instruction names, dots dropped
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VecUnary {
    VzextVf2,
    VsextVf2,
    VzextVf4,
    VsextVf4,
    VfcvtXuFV,
    VfcvtXFV,
    VfcvtFXuV,
    VfcvtFXV,
    VfcvtRtzXuFV,
    VfcvtRtzXFV,
    VfwcvtFXuV,
    VfwcvtFXV,
    VfwcvtFFV,
    VfncvtFFW,
    VfncvtXuFW,
    VfncvtXFW,
    VfncvtRtzXuFW,
    VfncvtRtzXFW,
    VfsqrtV,
}
}

impl VecUnary {
    /// `funct6`, group and `vs1`.
    pub(crate) fn encoding(self) -> (u32, Group, u8) {
        use Group::*;
        use VecUnary::*;
        match self {
            VzextVf2 => (0x12, Mul, 0x06),
            VsextVf2 => (0x12, Mul, 0x07),
            VzextVf4 => (0x12, Mul, 0x04),
            VsextVf4 => (0x12, Mul, 0x05),
            VfcvtXuFV => (0x12, Float, 0x00),
            VfcvtXFV => (0x12, Float, 0x01),
            VfcvtFXuV => (0x12, Float, 0x02),
            VfcvtFXV => (0x12, Float, 0x03),
            VfcvtRtzXuFV => (0x12, Float, 0x06),
            VfcvtRtzXFV => (0x12, Float, 0x07),
            VfwcvtFXuV => (0x12, Float, 0x0a),
            VfwcvtFXV => (0x12, Float, 0x0b),
            VfwcvtFFV => (0x12, Float, 0x0c),
            VfncvtFFW => (0x12, Float, 0x14),
            VfncvtXuFW => (0x12, Float, 0x10),
            VfncvtXFW => (0x12, Float, 0x11),
            VfncvtRtzXuFW => (0x12, Float, 0x16),
            VfncvtRtzXFW => (0x12, Float, 0x17),
            VfsqrtV => (0x13, Float, 0x00),
        }
    }

    /// The assembler's name.
    pub fn mnemonic(self) -> &'static str {
        use VecUnary::*;
        match self {
            VzextVf2 => "vzext.vf2",
            VsextVf2 => "vsext.vf2",
            VzextVf4 => "vzext.vf4",
            VsextVf4 => "vsext.vf4",
            VfcvtXuFV => "vfcvt.xu.f.v",
            VfcvtXFV => "vfcvt.x.f.v",
            VfcvtFXuV => "vfcvt.f.xu.v",
            VfcvtFXV => "vfcvt.f.x.v",
            VfcvtRtzXuFV => "vfcvt.rtz.xu.f.v",
            VfcvtRtzXFV => "vfcvt.rtz.x.f.v",
            VfwcvtFXuV => "vfwcvt.f.xu.v",
            VfwcvtFXV => "vfwcvt.f.x.v",
            VfwcvtFFV => "vfwcvt.f.f.v",
            VfncvtFFW => "vfncvt.f.f.w",
            VfncvtXuFW => "vfncvt.xu.f.w",
            VfncvtXFW => "vfncvt.x.f.w",
            VfncvtRtzXuFW => "vfncvt.rtz.xu.f.w",
            VfncvtRtzXFW => "vfncvt.rtz.x.f.w",
            VfsqrtV => "vfsqrt.v",
        }
    }
}

/// Moves between element 0 (or a mask) and a scalar register.
#[allow(missing_docs)] // the instruction names, dots dropped
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VecToScalar {
    /// `vmv.x.s rd, vs2`: element 0, sign-extended.
    VmvXS,
    /// `vcpop.m rd, vs2`: the set mask bits.
    VcpopM,
    /// `vfirst.m rd, vs2`: the lowest set mask bit, or -1.
    VfirstM,
}
