//! Table-driven encodings of the packed instructions: one [`Encoding`]
//! (mandatory prefix, opcode map, opcode byte, whether VEX.vvvv is an
//! operand) describes an operation's legacy SSE, VEX and EVEX forms, and
//! the three register-form encoders here turn it into bytes. Also the
//! AVX2-only ([`AvxOp`]) and AVX-512-only ([`EvexOp`]) operations.
//!
//! Only register operands and 128-bit vectors are encoded (VEX.L = 0,
//! EVEX.L'L = 00, no masking, no broadcast); registers are xmm0–xmm15, so
//! EVEX.R' and EVEX.V' are always zero.

use crate::modrm::{Op, Rm};
use crate::Assembler;
use dynasmrt::DynasmApi;

/// A mandatory prefix, numbered as VEX/EVEX `pp` encodes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Prefix {
    /// No prefix.
    None = 0,
    /// `66`.
    P66 = 1,
    /// `F3`.
    F3 = 2,
    /// `F2`.
    F2 = 3,
}

/// An opcode map, numbered as VEX `m-mmmm` encodes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Map {
    /// `0F`.
    M0F = 1,
    /// `0F 38`.
    M0F38 = 2,
    /// `0F 3A`.
    M0F3A = 3,
}

/// How one packed operation is encoded, in every encoding it has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Encoding {
    /// The mandatory prefix.
    pub prefix: Prefix,
    /// The opcode map.
    pub map: Map,
    /// The opcode byte.
    pub opcode: u8,
    /// The VEX/EVEX form takes a first source in VEX.vvvv (`vop dst, src1,
    /// src2`); false for operations that read one source (`vop dst, src`).
    pub three: bool,
}

impl Encoding {
    /// A three-operand operation (`op dst, src` / `vop dst, src1, src2`).
    pub const fn new(prefix: Prefix, map: Map, opcode: u8) -> Encoding {
        Encoding {
            prefix,
            map,
            opcode,
            three: true,
        }
    }

    /// The same encoding, marked as reading one source (no VEX.vvvv).
    pub const fn two(self) -> Encoding {
        Encoding {
            three: false,
            ..self
        }
    }
}

impl Assembler {
    /// Pushes `bytes` to the code.
    fn push_all(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.ops.push(b);
        }
    }

    /// The legacy SSE encoding of `enc` with ModRM `reg` (a register or an
    /// opcode extension) and register `rm`: prefix, REX if needed, map,
    /// opcode, ModRM.
    pub(crate) fn encode_legacy(&mut self, enc: Encoding, reg: u8, rm: u8) {
        let prefix = [None, Some(0x66), Some(0xf3), Some(0xf2)][enc.prefix as usize];
        let (bytes, len) = match enc.map {
            Map::M0F => ([0x0f, enc.opcode, 0], 2),
            Map::M0F38 => ([0x0f, 0x38, enc.opcode], 3),
            Map::M0F3A => ([0x0f, 0x3a, enc.opcode], 3),
        };
        let op = Op {
            prefix,
            opcode: &bytes[..len],
            ..Op::default()
        };
        self.modrm_op(op, reg, Rm::Reg(rm));
    }

    /// The VEX.128 encoding of `enc` with VEX.W `w`, ModRM `reg`, VEX.vvvv
    /// `vvvv` (0 when unused) and register `rm`: the two-byte `C5` form
    /// when it can express it, else the three-byte `C4` form.
    pub(crate) fn encode_vex(&mut self, enc: Encoding, w: bool, reg: u8, vvvv: u8, rm: u8) {
        let r = !(reg >> 3) & 1;
        let b = !(rm >> 3) & 1;
        let tail = (!vvvv & 0xf) << 3 | enc.prefix as u8;
        if !w && b == 1 && enc.map == Map::M0F {
            self.push_all(&[0xc5, r << 7 | tail]);
        } else {
            // X is never used (no index register): inverted, 1.
            let byte1 = r << 7 | 1 << 6 | b << 5 | enc.map as u8;
            self.push_all(&[0xc4, byte1, u8::from(w) << 7 | tail]);
        }
        self.push_all(&[enc.opcode, modrm(reg, rm)]);
    }

    /// The EVEX.128 encoding of `enc` (no masking, no broadcast or
    /// rounding) with EVEX.W `w`, ModRM `reg`, EVEX.vvvv `vvvv` (0 when
    /// unused) and register `rm`, all below 16.
    pub(crate) fn encode_evex(&mut self, enc: Encoding, w: bool, reg: u8, vvvv: u8, rm: u8) {
        let r = !(reg >> 3) & 1;
        let b = !(rm >> 3) & 1;
        // P0: R X B R' 0 0 m m, with X (the high bit of a 32-register rm)
        // and R' inverted zeros.
        let p0 = r << 7 | 1 << 6 | b << 5 | 1 << 4 | enc.map as u8;
        // P1: W vvvv 1 pp.
        let p1 = u8::from(w) << 7 | (!vvvv & 0xf) << 3 | 1 << 2 | enc.prefix as u8;
        // P2: z L'L b V' aaa, with V' an inverted zero.
        let p2 = 1 << 3;
        self.push_all(&[0x62, p0, p1, p2, enc.opcode, modrm(reg, rm)]);
    }
}

/// A register-direct ModRM byte.
fn modrm(reg: u8, rm: u8) -> u8 {
    0xc0 | (reg & 7) << 3 | (rm & 7)
}

/// VEX-only instructions `vop xmm, xmm` (AVX2): broadcasts of the low lane.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AvxOp {
    /// `vpbroadcastb` (AVX2): the low byte in every byte
    Vpbroadcastb,
    /// `vpbroadcastw` (AVX2): the low word in every word
    Vpbroadcastw,
    /// `vpbroadcastd` (AVX2): the low doubleword in every doubleword
    Vpbroadcastd,
    /// `vpbroadcastq` (AVX2): the low quadword in both quadwords
    Vpbroadcastq,
    /// `vbroadcastss` with a register source (AVX2): the low f32 in every lane
    Vbroadcastss,
}

impl AvxOp {
    /// Every operation.
    pub const ALL: [AvxOp; 5] = [
        AvxOp::Vpbroadcastb,
        AvxOp::Vpbroadcastw,
        AvxOp::Vpbroadcastd,
        AvxOp::Vpbroadcastq,
        AvxOp::Vbroadcastss,
    ];

    /// The instruction's mnemonic.
    pub fn mnemonic(self) -> &'static str {
        match self {
            AvxOp::Vpbroadcastb => "vpbroadcastb",
            AvxOp::Vpbroadcastw => "vpbroadcastw",
            AvxOp::Vpbroadcastd => "vpbroadcastd",
            AvxOp::Vpbroadcastq => "vpbroadcastq",
            AvxOp::Vbroadcastss => "vbroadcastss",
        }
    }

    /// The encoding (VEX.128.66.0F38.W0, one source).
    pub fn encoding(self) -> Encoding {
        let opcode = match self {
            AvxOp::Vpbroadcastb => 0x78,
            AvxOp::Vpbroadcastw => 0x79,
            AvxOp::Vpbroadcastd => 0x58,
            AvxOp::Vpbroadcastq => 0x59,
            AvxOp::Vbroadcastss => 0x18,
        };
        Encoding::new(Prefix::P66, Map::M0F38, opcode).two()
    }
}

/// AVX-512 instructions on xmm registers (EVEX.128, so each needs
/// AVX512VL besides the feature named).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EvexOp {
    /// `vpmullq dst, a, b` (AVX512DQ): low halves of 64-bit products
    Vpmullq,
    /// `vpsraq dst, a, count` (AVX512F): arithmetic 64-bit shift by the low quadword of count
    Vpsraq,
    /// `vpermi2b dst, a, b` (AVX512VBMI): bytes of `a:b` picked by the indices in dst
    Vpermi2b,
    /// `vpabsq dst, src` (AVX512F): 64-bit absolute value
    Vpabsq,
    /// `vcvtudq2ps dst, src` (AVX512F): unsigned doublewords to f32
    Vcvtudq2ps,
    /// `vpopcntb dst, src` (AVX512BITALG): bits set in each byte
    Vpopcntb,
}

impl EvexOp {
    /// Every operation.
    pub const ALL: [EvexOp; 6] = [
        EvexOp::Vpmullq,
        EvexOp::Vpsraq,
        EvexOp::Vpermi2b,
        EvexOp::Vpabsq,
        EvexOp::Vcvtudq2ps,
        EvexOp::Vpopcntb,
    ];

    /// The instruction's mnemonic.
    pub fn mnemonic(self) -> &'static str {
        match self {
            EvexOp::Vpmullq => "vpmullq",
            EvexOp::Vpsraq => "vpsraq",
            EvexOp::Vpermi2b => "vpermi2b",
            EvexOp::Vpabsq => "vpabsq",
            EvexOp::Vcvtudq2ps => "vcvtudq2ps",
            EvexOp::Vpopcntb => "vpopcntb",
        }
    }

    /// The encoding and EVEX.W.
    pub fn encoding(self) -> (Encoding, bool) {
        use Map::*;
        use Prefix::*;
        match self {
            EvexOp::Vpmullq => (Encoding::new(P66, M0F38, 0x40), true),
            EvexOp::Vpsraq => (Encoding::new(P66, M0F, 0xe2), true),
            EvexOp::Vpermi2b => (Encoding::new(P66, M0F38, 0x75), false),
            EvexOp::Vpabsq => (Encoding::new(P66, M0F38, 0x1f).two(), true),
            EvexOp::Vcvtudq2ps => (Encoding::new(F2, M0F, 0x7a).two(), false),
            EvexOp::Vpopcntb => (Encoding::new(P66, M0F38, 0x54).two(), false),
        }
    }
}

impl Assembler {
    /// `op dst, src` for a VEX-only operation (AVX2).
    pub fn avx(&mut self, op: AvxOp, dst: u8, src: u8) {
        self.encode_vex(op.encoding(), false, dst, 0, src);
    }

    /// `op dst, a, b` for an AVX-512 operation on xmm registers; `a` is
    /// ignored by the one-source operations (`vop dst, b`).
    pub fn evex(&mut self, op: EvexOp, dst: u8, a: u8, b: u8) {
        let (enc, w) = op.encoding();
        let a = if enc.three { a } else { 0 };
        self.encode_evex(enc, w, dst, a, b);
    }

    /// `vpsraq dst, src, imm` (AVX512F with AVX512VL): arithmetic 64-bit
    /// shift by an immediate.
    pub fn vpsraq_imm(&mut self, dst: u8, src: u8, imm: u8) {
        // EVEX.128.66.0F.W1 72 /4 ib: the destination in EVEX.vvvv.
        let enc = Encoding::new(Prefix::P66, Map::M0F, 0x72);
        self.encode_evex(enc, true, 4, dst, src);
        self.ops.push(imm);
    }
}
