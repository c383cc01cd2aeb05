//! The operation tables: each operation once, with its opcode. The
//! mnemonic is the variant's name in lower case, as llvm-mc spells it.

/// Declares an operation enum with its opcodes, `ALL` and `mnemonic`.
macro_rules! op_table {
    (
        $(#[$meta:meta])*
        $name:ident: $code:ty { $($variant:ident = $value:expr),* $(,)? }
    ) => {
        $(#[$meta])*
        #[allow(missing_docs)] // each variant is its mnemonic
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum $name {
            $($variant),*
        }

        impl $name {
            /// Every operation, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            /// The opcode.
            pub(crate) fn code(self) -> $code {
                match self {
                    $($name::$variant => $value),*
                }
            }

            /// llvm-mc's mnemonic.
            pub fn mnemonic(self) -> String {
                format!("{self:?}").to_lowercase()
            }
        }
    };
}

/// How a two-register operation is encoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum RegCode {
    /// RR: one opcode byte, 2 bytes.
    Rr(u8),
    /// RRE: a two-byte opcode, 4 bytes.
    Rre(u16),
}

use RegCode::{Rr, Rre};

op_table! {
    /// Two-register operations, `r1 = r1 op r2` (or `r1 = op r2`): RR and
    /// RRE.
    RegOp: RegCode {
        Lr = Rr(0x18), Ar = Rr(0x1a), Sr = Rr(0x1b), Nr = Rr(0x14), Or = Rr(0x16),
        Xr = Rr(0x17), Cr = Rr(0x19), Clr = Rr(0x15), Lcr = Rr(0x13), Ltr = Rr(0x12),
        Lpr = Rr(0x10), Alr = Rr(0x1e), Slr = Rr(0x1f),
        Lgr = Rre(0xb904), Agr = Rre(0xb908), Sgr = Rre(0xb909), Ngr = Rre(0xb980),
        Ogr = Rre(0xb981), Xgr = Rre(0xb982), Cgr = Rre(0xb920), Clgr = Rre(0xb921),
        Lcgr = Rre(0xb903), Ltgr = Rre(0xb902), Lpgr = Rre(0xb900), Lgfr = Rre(0xb914),
        Llgfr = Rre(0xb916), Lghr = Rre(0xb907), Llghr = Rre(0xb985), Lgbr = Rre(0xb906),
        Llgcr = Rre(0xb984), Lhr = Rre(0xb927), Llhr = Rre(0xb995), Lbr = Rre(0xb926),
        Llcr = Rre(0xb994), Lrvr = Rre(0xb91f), Lrvgr = Rre(0xb90f), Msr = Rre(0xb252),
        Msgr = Rre(0xb90c), Msgfr = Rre(0xb91c), Algr = Rre(0xb90a), Slgr = Rre(0xb90b),
        Agfr = Rre(0xb918), Sgfr = Rre(0xb919), Cgfr = Rre(0xb930), Clgfr = Rre(0xb931),
        Ltgfr = Rre(0xb912),
    }
}

op_table! {
    /// Two-register operations whose first operand is an even/odd register
    /// pair (`r1` even): divides, the 64x64 multiply and `flogr`.
    PairOp: u16 {
        Dsgr = 0xb90d, Dsgfr = 0xb91d, Dlr = 0xb997, Dlgr = 0xb987, Mlgr = 0xb986,
        Flogr = 0xb983,
    }
}

op_table! {
    /// Three-register operations with distinct operands, `r1 = r2 op r3`
    /// (RRF-a).
    DistinctOp: u16 {
        Ark = 0xb9f8, Agrk = 0xb9e8, Srk = 0xb9f9, Sgrk = 0xb9e9, Nrk = 0xb9f4,
        Ngrk = 0xb9e4, Ork = 0xb9f6, Ogrk = 0xb9e6, Xrk = 0xb9f7, Xgrk = 0xb9e7,
        Alrk = 0xb9fa, Algrk = 0xb9ea, Slrk = 0xb9fb, Slgrk = 0xb9eb, Msrkc = 0xb9fd,
        Msgrkc = 0xb9ed,
    }
}

op_table! {
    /// Two-register operations under a condition mask (RRF-c): conditional
    /// loads, and compares that trap when the mask matches.
    CondRegOp: u16 {
        Locr = 0xb9f2, Locgr = 0xb9e2, Crt = 0xb972, Cgrt = 0xb960, Clrt = 0xb973,
        Clgrt = 0xb961,
    }
}

op_table! {
    /// Register and storage operations `op r1, r3, d(b2)` (RSY-a): shifts
    /// and rotates by `d(b2)` bits, and the multiple loads and stores.
    RsyOp: u8 {
        Sllg = 0x0d, Srlg = 0x0c, Srag = 0x0a, Sllk = 0xdf, Srlk = 0xde, Srak = 0xdc,
        Rll = 0x1d, Rllg = 0x1c, Stmg = 0x24, Lmg = 0x04,
    }
}

op_table! {
    /// Loads and stores `op r1, d(x2, b2)` with a 20-bit signed
    /// displacement (RXY-a), byte-reversed ones included.
    MemOp: u8 {
        Lg = 0x04, Lgf = 0x14, Llgf = 0x16, Lgh = 0x15, Llgh = 0x91, Lgb = 0x77,
        Llgc = 0x90, Lhy = 0x78, Llh = 0x95, Lb = 0x76, Llc = 0x94, Ly = 0x58, Sty = 0x50,
        Stg = 0x24, Sthy = 0x70, Stcy = 0x72, Lrv = 0x1e, Lrvg = 0x0f, Lrvh = 0x1f,
        Strv = 0x3e, Strvg = 0x2f, Strvh = 0x3f, Lay = 0x71,
    }
}

op_table! {
    /// Operations with a 16-bit immediate, `op r1, i2` (RI-a): the opcode's
    /// low nibble.
    Imm16Op: u8 {
        Lhi = 0x8, Lghi = 0x9, Ahi = 0xa, Aghi = 0xb, Mhi = 0xc, Mghi = 0xd, Chi = 0xe,
        Cghi = 0xf, Tmll = 0x1, Tmlh = 0x0, Tmhl = 0x3, Tmhh = 0x2,
    }
}

impl Imm16Op {
    /// Whether the immediate is unsigned (the test-under-mask operations).
    pub fn unsigned(self) -> bool {
        matches!(
            self,
            Imm16Op::Tmll | Imm16Op::Tmlh | Imm16Op::Tmhl | Imm16Op::Tmhh
        )
    }
}

op_table! {
    /// Operations with a 32-bit immediate, `op r1, i2` (RIL-a): the first
    /// byte and the low nibble of the second.
    Imm32Op: (u8, u8) {
        Lgfi = (0xc0, 0x1), Llilf = (0xc0, 0xf), Llihf = (0xc0, 0xe), Iilf = (0xc0, 0x9),
        Iihf = (0xc0, 0x8), Nilf = (0xc0, 0xb), Nihf = (0xc0, 0xa), Oilf = (0xc0, 0xd),
        Oihf = (0xc0, 0xc), Xilf = (0xc0, 0x7), Xihf = (0xc0, 0x6), Afi = (0xc2, 0x9),
        Agfi = (0xc2, 0x8), Alfi = (0xc2, 0xb), Algfi = (0xc2, 0xa), Slfi = (0xc2, 0x5),
        Slgfi = (0xc2, 0x4), Msfi = (0xc2, 0x1), Msgfi = (0xc2, 0x0), Cfi = (0xc2, 0xd),
        Cgfi = (0xc2, 0xc), Clfi = (0xc2, 0xf), Clgfi = (0xc2, 0xe),
    }
}

impl Imm32Op {
    /// Whether the immediate is signed.
    pub fn signed(self) -> bool {
        use Imm32Op::*;
        matches!(self, Lgfi | Afi | Agfi | Msfi | Msgfi | Cfi | Cgfi)
    }
}

op_table! {
    /// Compares of two registers that branch when the mask matches
    /// (RIE-b), `op r1, r2, m3, label`.
    CmpBranchOp: u8 {
        Crj = 0x76, Cgrj = 0x64, Clrj = 0x77, Clgrj = 0x65,
    }
}

impl CmpBranchOp {
    /// The plain compare, for a branch too far back for the 16-bit field.
    pub(crate) fn compare(self) -> RegOp {
        match self {
            CmpBranchOp::Crj => RegOp::Cr,
            CmpBranchOp::Cgrj => RegOp::Cgr,
            CmpBranchOp::Clrj => RegOp::Clr,
            CmpBranchOp::Clgrj => RegOp::Clgr,
        }
    }
}

op_table! {
    /// Compares of a register with an 8-bit immediate that branch when the
    /// mask matches (RIE-c), `op r1, i2, m3, label`.
    CmpImmBranchOp: u8 {
        Cij = 0x7e, Cgij = 0x7c, Clij = 0x7f, Clgij = 0x7d,
    }
}

impl CmpImmBranchOp {
    /// Whether the immediate is unsigned.
    pub fn unsigned(self) -> bool {
        matches!(self, CmpImmBranchOp::Clij | CmpImmBranchOp::Clgij)
    }
}

op_table! {
    /// Compares of a register with a 16-bit immediate that trap when the
    /// mask matches (RIE-a), `op r1, i2, m3`.
    CmpTrapImmOp: u8 {
        Cit = 0x72, Cgit = 0x70, Clfit = 0x73, Clgit = 0x71,
    }
}

impl CmpTrapImmOp {
    /// Whether the immediate is unsigned.
    pub fn unsigned(self) -> bool {
        matches!(self, CmpTrapImmOp::Clfit | CmpTrapImmOp::Clgit)
    }
}

op_table! {
    /// Two-register binary floating-point operations, `f1 = f1 op f2` or
    /// `f1 = op f2` (RR, RRE): `e` single, `d` double.
    FpRegOp: RegCode {
        Ler = Rr(0x38), Ldr = Rr(0x28), Aebr = Rre(0xb30a), Adbr = Rre(0xb31a),
        Sebr = Rre(0xb30b), Sdbr = Rre(0xb31b), Meebr = Rre(0xb317), Mdbr = Rre(0xb31c),
        Debr = Rre(0xb30d), Ddbr = Rre(0xb31d), Sqebr = Rre(0xb314), Sqdbr = Rre(0xb315),
        Lcdfr = Rre(0xb373), Lpdfr = Rre(0xb370), Lndfr = Rre(0xb371), Cebr = Rre(0xb309),
        Cdbr = Rre(0xb319), Ldebr = Rre(0xb304), Ltebr = Rre(0xb302), Ltdbr = Rre(0xb312),
    }
}

op_table! {
    /// Roundings under a rounding mode `m3` (RRF-e): to an integral value,
    /// and double to single.
    FpRoundOp: u16 {
        Fiebra = 0xb357, Fidbra = 0xb35f, Ledbra = 0xb344,
    }
}

op_table! {
    /// Conversions from a general register to a floating-point one under a
    /// rounding mode (RRF-e): `f` 32-bit, `g` 64-bit, `l` unsigned.
    IntToFpOp: u16 {
        Cefbra = 0xb394, Cdfbra = 0xb395, Cegbra = 0xb3a4, Cdgbra = 0xb3a5,
        Celfbr = 0xb390, Cdlfbr = 0xb391, Celgbr = 0xb3a0, Cdlgbr = 0xb3a1,
    }
}

op_table! {
    /// Conversions from a floating-point register to a general one under a
    /// rounding mode (RRF-e), setting the condition code 3 when the value
    /// does not fit.
    FpToIntOp: u16 {
        Cfebra = 0xb398, Cfdbra = 0xb399, Cgebra = 0xb3a8, Cgdbra = 0xb3a9,
        Clfebr = 0xb39c, Clfdbr = 0xb39d, Clgebr = 0xb3ac, Clgdbr = 0xb3ad,
    }
}

op_table! {
    /// Floating-point loads and stores `op f1, d(x2, b2)` with a 20-bit
    /// signed displacement (RXY-a), big-endian.
    FpMemOp: u8 {
        Ley = 0x64, Ldy = 0x65, Stey = 0x66, Stdy = 0x67,
    }
}

op_table! {
    /// Vector loads and stores `op v1, d(x2, b2), m3` (VRX, 12-bit
    /// displacement): the first opcode byte (0xe7, or 0xe6 for the
    /// byte-reversing ones of the vector-enhancements-2 facility) and the
    /// last.
    VecMemOp: (u8, u8) {
        Vl = (0xe7, 0x06), Vst = (0xe7, 0x0e), Vlrep = (0xe7, 0x05), Vllez = (0xe7, 0x04),
        Vleb = (0xe7, 0x00), Vleh = (0xe7, 0x01), Vlef = (0xe7, 0x03), Vleg = (0xe7, 0x02),
        Vsteb = (0xe7, 0x08), Vsteh = (0xe7, 0x09), Vstef = (0xe7, 0x0b), Vsteg = (0xe7, 0x0a),
        Vlbr = (0xe6, 0x06), Vstbr = (0xe6, 0x0e), Vler = (0xe6, 0x07), Vster = (0xe6, 0x0f),
        Vlebrh = (0xe6, 0x01), Vlebrf = (0xe6, 0x03), Vlebrg = (0xe6, 0x02),
        Vstebrh = (0xe6, 0x09), Vstebrf = (0xe6, 0x0b), Vstebrg = (0xe6, 0x0a),
        Vlbrrep = (0xe6, 0x05), Vllebrz = (0xe6, 0x04),
    }
}

op_table! {
    /// Vector operations on two vector registers (VRR-a): the opcode and
    /// how many mask fields follow the registers (`m3`, `m4`, `m5`).
    VecRrOp: (u8, usize) {
        Vlr = (0x56, 0), Vlc = (0xde, 1), Vlp = (0xdf, 1), Vpopct = (0x50, 1),
        Vclz = (0x53, 1), Vctz = (0x52, 1), Vuph = (0xd7, 1), Vupl = (0xd6, 1),
        Vuplh = (0xd5, 1), Vupll = (0xd4, 1), Vseg = (0x5f, 1), Vtm = (0xd8, 0),
        Vfi = (0xc7, 3), Vfsq = (0xce, 2), Vfll = (0xc4, 2), Vflr = (0xc5, 3),
        Vfpso = (0xcc, 3), Vcdg = (0xc3, 3), Vcdlg = (0xc1, 3), Vcgd = (0xc2, 3),
        Vclgd = (0xc0, 3), Wfc = (0xcb, 2),
    }
}

op_table! {
    /// Vector operations on three vector registers (VRR-b, VRR-c): the
    /// opcode and how many mask fields follow (`m4`, `m5`, `m6`).
    VecRrrOp: (u8, usize) {
        Va = (0xf3, 1), Vs = (0xf7, 1), Vml = (0xa2, 1), Vmh = (0xa3, 1), Vmlh = (0xa1, 1),
        Vme = (0xa6, 1), Vmo = (0xa7, 1), Vmle = (0xa4, 1), Vmlo = (0xa5, 1),
        Vn = (0x68, 0), Vo = (0x6a, 0), Vx = (0x6d, 0), Vnc = (0x69, 0), Vno = (0x6b, 0),
        Vnn = (0x6e, 0), Vnx = (0x6c, 0), Voc = (0x6f, 0), Veslv = (0x70, 1),
        Vesrlv = (0x78, 1), Vesrav = (0x7a, 1), Verllv = (0x73, 1), Vmx = (0xff, 1),
        Vmxl = (0xfd, 1), Vmn = (0xfe, 1), Vmnl = (0xfc, 1), Vavgl = (0xf0, 1),
        Vavg = (0xf2, 1), Vceq = (0xf8, 2), Vch = (0xfb, 2), Vchl = (0xf9, 2),
        Vfa = (0xe3, 2), Vfs = (0xe2, 2), Vfm = (0xe7, 2), Vfd = (0xe5, 2),
        Vfce = (0xe8, 3), Vfch = (0xeb, 3), Vfche = (0xea, 3), Vfmax = (0xef, 3),
        Vfmin = (0xee, 3), Vpk = (0x94, 1), Vpks = (0x97, 2), Vpkls = (0x95, 2),
        Vmrh = (0x61, 1), Vmrl = (0x60, 1), Vpdi = (0x84, 1), Vsum = (0x64, 1),
        Vsumg = (0x65, 1), Vsumq = (0x67, 1), Vsl = (0x74, 0), Vsrl = (0x7c, 0),
        Vsra = (0x7e, 0), Vslb = (0x75, 0), Vsrlb = (0x7d, 0), Vbperm = (0x85, 0),
    }
}

impl VecRrrOp {
    /// Whether the operation is VRR-b, whose second mask (`m5`, a
    /// condition-code flag) sits in the high half of byte 3 rather than the
    /// low: the compares and the saturating packs.
    pub(crate) fn is_vrr_b(self) -> bool {
        use VecRrrOp::*;
        matches!(self, Vceq | Vch | Vchl | Vpks | Vpkls)
    }
}

op_table! {
    /// Vector operations on four vector registers (VRR-e): the opcode and
    /// how many mask fields follow (`m5`, `m6`).
    VecRrrrOp: (u8, usize) {
        Vperm = (0x8c, 0), Vsel = (0x8d, 0), Vfma = (0x8f, 2), Vfms = (0x8e, 2),
        Vfnma = (0x9f, 2), Vfnms = (0x9e, 2),
    }
}

op_table! {
    /// Vector element shifts and rotates by `d(b2)` bits (VRS-a),
    /// `op v1, v3, d(b2), m4`.
    VecShiftOp: u8 {
        Vesl = 0x30, Vesrl = 0x38, Vesra = 0x3a, Verll = 0x33,
    }
}
