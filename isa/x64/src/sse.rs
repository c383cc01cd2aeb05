//! Packed SSE instructions (the v128 operations): the operation enums and
//! their [`Assembler`] methods.

use crate::vex::{Encoding, Map, Prefix};
use crate::{Assembler, Gpr};
use dynasmrt::{dynasm, DynasmApi};

/// Packed-integer and bitwise SSE instructions of the form `op xmm, xmm`
/// (SSE2 unless noted).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PackedOp {
    /// `pand`: and
    Pand,
    /// `pandn`: `dst = !dst & src`
    Pandn,
    /// `por`
    Por,
    /// `pxor`
    Pxor,
    /// `paddb`
    Paddb,
    /// `paddw`
    Paddw,
    /// `paddd`
    Paddd,
    /// `paddq`
    Paddq,
    /// `psubb`
    Psubb,
    /// `psubw`
    Psubw,
    /// `psubd`
    Psubd,
    /// `psubq`
    Psubq,
    /// `paddsb`: signed saturating
    Paddsb,
    /// `paddsw`: signed saturating
    Paddsw,
    /// `paddusb`: unsigned saturating
    Paddusb,
    /// `paddusw`: unsigned saturating
    Paddusw,
    /// `psubsb`: signed saturating
    Psubsb,
    /// `psubsw`: signed saturating
    Psubsw,
    /// `psubusb`: unsigned saturating
    Psubusb,
    /// `psubusw`: unsigned saturating
    Psubusw,
    /// `pmullw`: low halves of 16-bit products
    Pmullw,
    /// `pmulld` (SSE4.1): low halves of 32-bit products
    Pmulld,
    /// `pmuludq`: 64-bit products of the even unsigned 32-bit lanes
    Pmuludq,
    /// `punpcklqdq`: the low quadwords of dst and src
    Punpcklqdq,
    /// `pcmpeqb`: all ones where equal
    Pcmpeqb,
    /// `pcmpeqw`
    Pcmpeqw,
    /// `pcmpeqd`
    Pcmpeqd,
    /// `pcmpeqq` (SSE4.1)
    Pcmpeqq,
    /// `pcmpgtb`: all ones where signed greater
    Pcmpgtb,
    /// `pcmpgtw`
    Pcmpgtw,
    /// `pcmpgtd`
    Pcmpgtd,
    /// `pcmpgtq` (SSE4.2)
    Pcmpgtq,
    /// `pmaxud` (SSE4.1): unsigned 32-bit maximum
    Pmaxud,
    /// `pminud` (SSE4.1): unsigned 32-bit minimum
    Pminud,
    /// `addps`
    Addps,
    /// `addpd`
    Addpd,
    /// `subps`
    Subps,
    /// `subpd`
    Subpd,
    /// `mulps`
    Mulps,
    /// `mulpd`
    Mulpd,
    /// `divps`
    Divps,
    /// `divpd`
    Divpd,
    /// `sqrtps`
    Sqrtps,
    /// `sqrtpd`
    Sqrtpd,
    /// `pminsb` (SSE4.1)
    Pminsb,
    /// `pminsw`
    Pminsw,
    /// `pminsd` (SSE4.1)
    Pminsd,
    /// `pminub`
    Pminub,
    /// `pminuw` (SSE4.1)
    Pminuw,
    /// `pmaxsb` (SSE4.1)
    Pmaxsb,
    /// `pmaxsw`
    Pmaxsw,
    /// `pmaxsd` (SSE4.1)
    Pmaxsd,
    /// `pmaxub`
    Pmaxub,
    /// `pmaxuw` (SSE4.1)
    Pmaxuw,
    /// `pavgb`: unsigned rounding average
    Pavgb,
    /// `pavgw`: unsigned rounding average
    Pavgw,
    /// `punpcklbw`: interleaves the low bytes
    Punpcklbw,
    /// `punpcklwd`: interleaves the low words
    Punpcklwd,
    /// `movlhps`: the low quadword of src into the high one of dst
    Movlhps,
    /// `movsd` between registers: the low quadword of src into dst
    Movsd,
    /// `pshufb` (SSSE3): bytes of dst picked by src (top bit set: zero)
    Pshufb,
    /// `pmaddwd`: sums of adjacent signed 16-bit products, as 32 bits
    Pmaddwd,
    /// `pmaddubsw` (SSSE3): unsigned dst bytes times signed src bytes, adjacent sums saturated to 16 bits
    Pmaddubsw,
    /// `pmulhrsw` (SSSE3): rounded high halves of 16-bit products, `(a*b + 0x4000) >> 15`
    Pmulhrsw,
    /// `pmuldq` (SSE4.1): 64-bit products of the even signed 32-bit lanes
    Pmuldq,
    /// `packsswb`: signed words of dst then src to signed-saturated bytes
    Packsswb,
    /// `packuswb`: signed words to unsigned-saturated bytes
    Packuswb,
    /// `packssdw`: signed doublewords to signed-saturated words
    Packssdw,
    /// `packusdw` (SSE4.1): signed doublewords to unsigned-saturated words
    Packusdw,
    /// `punpckhbw`: interleaves the high bytes
    Punpckhbw,
    /// `punpckhwd`: interleaves the high words
    Punpckhwd,
    /// `punpckldq`: interleaves the low doublewords
    Punpckldq,
    /// `punpckhdq`: interleaves the high doublewords
    Punpckhdq,
    /// `punpckhqdq`: the high quadwords of dst and src
    Punpckhqdq,
    /// `pmovsxbw` (SSE4.1): the low 8 bytes sign-extended to words
    Pmovsxbw,
    /// `pmovzxbw` (SSE4.1): the low 8 bytes zero-extended to words
    Pmovzxbw,
    /// `pmovsxwd` (SSE4.1): the low 4 words sign-extended
    Pmovsxwd,
    /// `pmovzxwd` (SSE4.1): the low 4 words zero-extended
    Pmovzxwd,
    /// `pmovsxdq` (SSE4.1): the low 2 doublewords sign-extended
    Pmovsxdq,
    /// `pmovzxdq` (SSE4.1): the low 2 doublewords zero-extended
    Pmovzxdq,
    /// `psllw` by the count in the low quadword of src
    Psllw,
    /// `pslld` by a register count
    Pslld,
    /// `psllq` by a register count
    Psllq,
    /// `psrlw` by a register count
    Psrlw,
    /// `psrld` by a register count
    Psrld,
    /// `psrlq` by a register count
    Psrlq,
    /// `psraw` by a register count
    Psraw,
    /// `psrad` by a register count
    Psrad,
    /// `minps`: `dst < src ? dst : src` (src on NaN)
    Minps,
    /// `minpd`
    Minpd,
    /// `maxps`: `dst > src ? dst : src` (src on NaN)
    Maxps,
    /// `maxpd`
    Maxpd,
    /// `andps`
    Andps,
    /// `andnps`: `!dst & src`
    Andnps,
    /// `orps`
    Orps,
    /// `xorps`
    Xorps,
    /// `cvtdq2ps`: signed doublewords to f32
    Cvtdq2ps,
    /// `cvttps2dq`: f32 to signed doublewords, truncating (0x80000000 when out of range)
    Cvttps2dq,
    /// `cvtdq2pd`: the low two signed doublewords to f64
    Cvtdq2pd,
    /// `cvttpd2dq`: f64 to the low two signed doublewords, upper zero
    Cvttpd2dq,
    /// `cvtpd2ps`: f64 to the low two f32 lanes, upper zero
    Cvtpd2ps,
    /// `cvtps2pd`: the low two f32 lanes to f64
    Cvtps2pd,
    /// `ptest` (SSE4.1): ZF when `dst & src` is zero
    Ptest,
}

impl PackedOp {
    /// Every packed operation.
    pub const ALL: [PackedOp; 103] = [
        PackedOp::Pand,
        PackedOp::Pandn,
        PackedOp::Por,
        PackedOp::Pxor,
        PackedOp::Paddb,
        PackedOp::Paddw,
        PackedOp::Paddd,
        PackedOp::Paddq,
        PackedOp::Psubb,
        PackedOp::Psubw,
        PackedOp::Psubd,
        PackedOp::Psubq,
        PackedOp::Paddsb,
        PackedOp::Paddsw,
        PackedOp::Paddusb,
        PackedOp::Paddusw,
        PackedOp::Psubsb,
        PackedOp::Psubsw,
        PackedOp::Psubusb,
        PackedOp::Psubusw,
        PackedOp::Pmullw,
        PackedOp::Pmulld,
        PackedOp::Pmuludq,
        PackedOp::Punpcklqdq,
        PackedOp::Pcmpeqb,
        PackedOp::Pcmpeqw,
        PackedOp::Pcmpeqd,
        PackedOp::Pcmpeqq,
        PackedOp::Pcmpgtb,
        PackedOp::Pcmpgtw,
        PackedOp::Pcmpgtd,
        PackedOp::Pcmpgtq,
        PackedOp::Pmaxud,
        PackedOp::Pminud,
        PackedOp::Addps,
        PackedOp::Addpd,
        PackedOp::Subps,
        PackedOp::Subpd,
        PackedOp::Mulps,
        PackedOp::Mulpd,
        PackedOp::Divps,
        PackedOp::Divpd,
        PackedOp::Sqrtps,
        PackedOp::Sqrtpd,
        PackedOp::Pminsb,
        PackedOp::Pminsw,
        PackedOp::Pminsd,
        PackedOp::Pminub,
        PackedOp::Pminuw,
        PackedOp::Pmaxsb,
        PackedOp::Pmaxsw,
        PackedOp::Pmaxsd,
        PackedOp::Pmaxub,
        PackedOp::Pmaxuw,
        PackedOp::Pavgb,
        PackedOp::Pavgw,
        PackedOp::Punpcklbw,
        PackedOp::Punpcklwd,
        PackedOp::Movlhps,
        PackedOp::Movsd,
        PackedOp::Pshufb,
        PackedOp::Pmaddwd,
        PackedOp::Pmaddubsw,
        PackedOp::Pmulhrsw,
        PackedOp::Pmuldq,
        PackedOp::Packsswb,
        PackedOp::Packuswb,
        PackedOp::Packssdw,
        PackedOp::Packusdw,
        PackedOp::Punpckhbw,
        PackedOp::Punpckhwd,
        PackedOp::Punpckldq,
        PackedOp::Punpckhdq,
        PackedOp::Punpckhqdq,
        PackedOp::Pmovsxbw,
        PackedOp::Pmovzxbw,
        PackedOp::Pmovsxwd,
        PackedOp::Pmovzxwd,
        PackedOp::Pmovsxdq,
        PackedOp::Pmovzxdq,
        PackedOp::Psllw,
        PackedOp::Pslld,
        PackedOp::Psllq,
        PackedOp::Psrlw,
        PackedOp::Psrld,
        PackedOp::Psrlq,
        PackedOp::Psraw,
        PackedOp::Psrad,
        PackedOp::Minps,
        PackedOp::Minpd,
        PackedOp::Maxps,
        PackedOp::Maxpd,
        PackedOp::Andps,
        PackedOp::Andnps,
        PackedOp::Orps,
        PackedOp::Xorps,
        PackedOp::Cvtdq2ps,
        PackedOp::Cvttps2dq,
        PackedOp::Cvtdq2pd,
        PackedOp::Cvttpd2dq,
        PackedOp::Cvtpd2ps,
        PackedOp::Cvtps2pd,
        PackedOp::Ptest,
    ];

    /// The instruction's mnemonic.
    pub fn mnemonic(self) -> &'static str {
        match self {
            PackedOp::Pand => "pand",
            PackedOp::Pandn => "pandn",
            PackedOp::Por => "por",
            PackedOp::Pxor => "pxor",
            PackedOp::Paddb => "paddb",
            PackedOp::Paddw => "paddw",
            PackedOp::Paddd => "paddd",
            PackedOp::Paddq => "paddq",
            PackedOp::Psubb => "psubb",
            PackedOp::Psubw => "psubw",
            PackedOp::Psubd => "psubd",
            PackedOp::Psubq => "psubq",
            PackedOp::Paddsb => "paddsb",
            PackedOp::Paddsw => "paddsw",
            PackedOp::Paddusb => "paddusb",
            PackedOp::Paddusw => "paddusw",
            PackedOp::Psubsb => "psubsb",
            PackedOp::Psubsw => "psubsw",
            PackedOp::Psubusb => "psubusb",
            PackedOp::Psubusw => "psubusw",
            PackedOp::Pmullw => "pmullw",
            PackedOp::Pmulld => "pmulld",
            PackedOp::Pmuludq => "pmuludq",
            PackedOp::Punpcklqdq => "punpcklqdq",
            PackedOp::Pcmpeqb => "pcmpeqb",
            PackedOp::Pcmpeqw => "pcmpeqw",
            PackedOp::Pcmpeqd => "pcmpeqd",
            PackedOp::Pcmpeqq => "pcmpeqq",
            PackedOp::Pcmpgtb => "pcmpgtb",
            PackedOp::Pcmpgtw => "pcmpgtw",
            PackedOp::Pcmpgtd => "pcmpgtd",
            PackedOp::Pcmpgtq => "pcmpgtq",
            PackedOp::Pmaxud => "pmaxud",
            PackedOp::Pminud => "pminud",
            PackedOp::Addps => "addps",
            PackedOp::Addpd => "addpd",
            PackedOp::Subps => "subps",
            PackedOp::Subpd => "subpd",
            PackedOp::Mulps => "mulps",
            PackedOp::Mulpd => "mulpd",
            PackedOp::Divps => "divps",
            PackedOp::Divpd => "divpd",
            PackedOp::Sqrtps => "sqrtps",
            PackedOp::Sqrtpd => "sqrtpd",
            PackedOp::Pminsb => "pminsb",
            PackedOp::Pminsw => "pminsw",
            PackedOp::Pminsd => "pminsd",
            PackedOp::Pminub => "pminub",
            PackedOp::Pminuw => "pminuw",
            PackedOp::Pmaxsb => "pmaxsb",
            PackedOp::Pmaxsw => "pmaxsw",
            PackedOp::Pmaxsd => "pmaxsd",
            PackedOp::Pmaxub => "pmaxub",
            PackedOp::Pmaxuw => "pmaxuw",
            PackedOp::Pavgb => "pavgb",
            PackedOp::Pavgw => "pavgw",
            PackedOp::Punpcklbw => "punpcklbw",
            PackedOp::Punpcklwd => "punpcklwd",
            PackedOp::Movlhps => "movlhps",
            PackedOp::Movsd => "movsd",
            PackedOp::Pshufb => "pshufb",
            PackedOp::Pmaddwd => "pmaddwd",
            PackedOp::Pmaddubsw => "pmaddubsw",
            PackedOp::Pmulhrsw => "pmulhrsw",
            PackedOp::Pmuldq => "pmuldq",
            PackedOp::Packsswb => "packsswb",
            PackedOp::Packuswb => "packuswb",
            PackedOp::Packssdw => "packssdw",
            PackedOp::Packusdw => "packusdw",
            PackedOp::Punpckhbw => "punpckhbw",
            PackedOp::Punpckhwd => "punpckhwd",
            PackedOp::Punpckldq => "punpckldq",
            PackedOp::Punpckhdq => "punpckhdq",
            PackedOp::Punpckhqdq => "punpckhqdq",
            PackedOp::Pmovsxbw => "pmovsxbw",
            PackedOp::Pmovzxbw => "pmovzxbw",
            PackedOp::Pmovsxwd => "pmovsxwd",
            PackedOp::Pmovzxwd => "pmovzxwd",
            PackedOp::Pmovsxdq => "pmovsxdq",
            PackedOp::Pmovzxdq => "pmovzxdq",
            PackedOp::Psllw => "psllw",
            PackedOp::Pslld => "pslld",
            PackedOp::Psllq => "psllq",
            PackedOp::Psrlw => "psrlw",
            PackedOp::Psrld => "psrld",
            PackedOp::Psrlq => "psrlq",
            PackedOp::Psraw => "psraw",
            PackedOp::Psrad => "psrad",
            PackedOp::Minps => "minps",
            PackedOp::Minpd => "minpd",
            PackedOp::Maxps => "maxps",
            PackedOp::Maxpd => "maxpd",
            PackedOp::Andps => "andps",
            PackedOp::Andnps => "andnps",
            PackedOp::Orps => "orps",
            PackedOp::Xorps => "xorps",
            PackedOp::Cvtdq2ps => "cvtdq2ps",
            PackedOp::Cvttps2dq => "cvttps2dq",
            PackedOp::Cvtdq2pd => "cvtdq2pd",
            PackedOp::Cvttpd2dq => "cvttpd2dq",
            PackedOp::Cvtpd2ps => "cvtpd2ps",
            PackedOp::Cvtps2pd => "cvtps2pd",
            PackedOp::Ptest => "ptest",
        }
    }

    /// How the operation is encoded: its legacy SSE form `op dst, src` and
    /// its VEX form `vop dst, src1, src2` (or `vop dst, src` for the
    /// one-source operations) come from this one table.
    pub fn encoding(self) -> Encoding {
        use Map::*;
        use Prefix::*;
        match self {
            PackedOp::Pand => Encoding::new(P66, M0F, 0xdb),
            PackedOp::Pandn => Encoding::new(P66, M0F, 0xdf),
            PackedOp::Por => Encoding::new(P66, M0F, 0xeb),
            PackedOp::Pxor => Encoding::new(P66, M0F, 0xef),
            PackedOp::Paddb => Encoding::new(P66, M0F, 0xfc),
            PackedOp::Paddw => Encoding::new(P66, M0F, 0xfd),
            PackedOp::Paddd => Encoding::new(P66, M0F, 0xfe),
            PackedOp::Paddq => Encoding::new(P66, M0F, 0xd4),
            PackedOp::Psubb => Encoding::new(P66, M0F, 0xf8),
            PackedOp::Psubw => Encoding::new(P66, M0F, 0xf9),
            PackedOp::Psubd => Encoding::new(P66, M0F, 0xfa),
            PackedOp::Psubq => Encoding::new(P66, M0F, 0xfb),
            PackedOp::Paddsb => Encoding::new(P66, M0F, 0xec),
            PackedOp::Paddsw => Encoding::new(P66, M0F, 0xed),
            PackedOp::Paddusb => Encoding::new(P66, M0F, 0xdc),
            PackedOp::Paddusw => Encoding::new(P66, M0F, 0xdd),
            PackedOp::Psubsb => Encoding::new(P66, M0F, 0xe8),
            PackedOp::Psubsw => Encoding::new(P66, M0F, 0xe9),
            PackedOp::Psubusb => Encoding::new(P66, M0F, 0xd8),
            PackedOp::Psubusw => Encoding::new(P66, M0F, 0xd9),
            PackedOp::Pmullw => Encoding::new(P66, M0F, 0xd5),
            PackedOp::Pmulld => Encoding::new(P66, M0F38, 0x40),
            PackedOp::Pmuludq => Encoding::new(P66, M0F, 0xf4),
            PackedOp::Punpcklqdq => Encoding::new(P66, M0F, 0x6c),
            PackedOp::Pcmpeqb => Encoding::new(P66, M0F, 0x74),
            PackedOp::Pcmpeqw => Encoding::new(P66, M0F, 0x75),
            PackedOp::Pcmpeqd => Encoding::new(P66, M0F, 0x76),
            PackedOp::Pcmpeqq => Encoding::new(P66, M0F38, 0x29),
            PackedOp::Pcmpgtb => Encoding::new(P66, M0F, 0x64),
            PackedOp::Pcmpgtw => Encoding::new(P66, M0F, 0x65),
            PackedOp::Pcmpgtd => Encoding::new(P66, M0F, 0x66),
            PackedOp::Pcmpgtq => Encoding::new(P66, M0F38, 0x37),
            PackedOp::Pmaxud => Encoding::new(P66, M0F38, 0x3f),
            PackedOp::Pminud => Encoding::new(P66, M0F38, 0x3b),
            PackedOp::Addps => Encoding::new(None, M0F, 0x58),
            PackedOp::Addpd => Encoding::new(P66, M0F, 0x58),
            PackedOp::Subps => Encoding::new(None, M0F, 0x5c),
            PackedOp::Subpd => Encoding::new(P66, M0F, 0x5c),
            PackedOp::Mulps => Encoding::new(None, M0F, 0x59),
            PackedOp::Mulpd => Encoding::new(P66, M0F, 0x59),
            PackedOp::Divps => Encoding::new(None, M0F, 0x5e),
            PackedOp::Divpd => Encoding::new(P66, M0F, 0x5e),
            PackedOp::Sqrtps => Encoding::new(None, M0F, 0x51).two(),
            PackedOp::Sqrtpd => Encoding::new(P66, M0F, 0x51).two(),
            PackedOp::Pminsb => Encoding::new(P66, M0F38, 0x38),
            PackedOp::Pminsw => Encoding::new(P66, M0F, 0xea),
            PackedOp::Pminsd => Encoding::new(P66, M0F38, 0x39),
            PackedOp::Pminub => Encoding::new(P66, M0F, 0xda),
            PackedOp::Pminuw => Encoding::new(P66, M0F38, 0x3a),
            PackedOp::Pmaxsb => Encoding::new(P66, M0F38, 0x3c),
            PackedOp::Pmaxsw => Encoding::new(P66, M0F, 0xee),
            PackedOp::Pmaxsd => Encoding::new(P66, M0F38, 0x3d),
            PackedOp::Pmaxub => Encoding::new(P66, M0F, 0xde),
            PackedOp::Pmaxuw => Encoding::new(P66, M0F38, 0x3e),
            PackedOp::Pavgb => Encoding::new(P66, M0F, 0xe0),
            PackedOp::Pavgw => Encoding::new(P66, M0F, 0xe3),
            PackedOp::Punpcklbw => Encoding::new(P66, M0F, 0x60),
            PackedOp::Punpcklwd => Encoding::new(P66, M0F, 0x61),
            PackedOp::Movlhps => Encoding::new(None, M0F, 0x16),
            PackedOp::Movsd => Encoding::new(F2, M0F, 0x10),
            PackedOp::Pshufb => Encoding::new(P66, M0F38, 0x00),
            PackedOp::Pmaddwd => Encoding::new(P66, M0F, 0xf5),
            PackedOp::Pmaddubsw => Encoding::new(P66, M0F38, 0x04),
            PackedOp::Pmulhrsw => Encoding::new(P66, M0F38, 0x0b),
            PackedOp::Pmuldq => Encoding::new(P66, M0F38, 0x28),
            PackedOp::Packsswb => Encoding::new(P66, M0F, 0x63),
            PackedOp::Packuswb => Encoding::new(P66, M0F, 0x67),
            PackedOp::Packssdw => Encoding::new(P66, M0F, 0x6b),
            PackedOp::Packusdw => Encoding::new(P66, M0F38, 0x2b),
            PackedOp::Punpckhbw => Encoding::new(P66, M0F, 0x68),
            PackedOp::Punpckhwd => Encoding::new(P66, M0F, 0x69),
            PackedOp::Punpckldq => Encoding::new(P66, M0F, 0x62),
            PackedOp::Punpckhdq => Encoding::new(P66, M0F, 0x6a),
            PackedOp::Punpckhqdq => Encoding::new(P66, M0F, 0x6d),
            PackedOp::Pmovsxbw => Encoding::new(P66, M0F38, 0x20).two(),
            PackedOp::Pmovzxbw => Encoding::new(P66, M0F38, 0x30).two(),
            PackedOp::Pmovsxwd => Encoding::new(P66, M0F38, 0x23).two(),
            PackedOp::Pmovzxwd => Encoding::new(P66, M0F38, 0x33).two(),
            PackedOp::Pmovsxdq => Encoding::new(P66, M0F38, 0x25).two(),
            PackedOp::Pmovzxdq => Encoding::new(P66, M0F38, 0x35).two(),
            PackedOp::Psllw => Encoding::new(P66, M0F, 0xf1),
            PackedOp::Pslld => Encoding::new(P66, M0F, 0xf2),
            PackedOp::Psllq => Encoding::new(P66, M0F, 0xf3),
            PackedOp::Psrlw => Encoding::new(P66, M0F, 0xd1),
            PackedOp::Psrld => Encoding::new(P66, M0F, 0xd2),
            PackedOp::Psrlq => Encoding::new(P66, M0F, 0xd3),
            PackedOp::Psraw => Encoding::new(P66, M0F, 0xe1),
            PackedOp::Psrad => Encoding::new(P66, M0F, 0xe2),
            PackedOp::Minps => Encoding::new(None, M0F, 0x5d),
            PackedOp::Minpd => Encoding::new(P66, M0F, 0x5d),
            PackedOp::Maxps => Encoding::new(None, M0F, 0x5f),
            PackedOp::Maxpd => Encoding::new(P66, M0F, 0x5f),
            PackedOp::Andps => Encoding::new(None, M0F, 0x54),
            PackedOp::Andnps => Encoding::new(None, M0F, 0x55),
            PackedOp::Orps => Encoding::new(None, M0F, 0x56),
            PackedOp::Xorps => Encoding::new(None, M0F, 0x57),
            PackedOp::Cvtdq2ps => Encoding::new(None, M0F, 0x5b).two(),
            PackedOp::Cvttps2dq => Encoding::new(F3, M0F, 0x5b).two(),
            PackedOp::Cvtdq2pd => Encoding::new(F3, M0F, 0xe6).two(),
            PackedOp::Cvttpd2dq => Encoding::new(P66, M0F, 0xe6).two(),
            PackedOp::Cvtpd2ps => Encoding::new(P66, M0F, 0x5a).two(),
            PackedOp::Cvtps2pd => Encoding::new(None, M0F, 0x5a).two(),
            PackedOp::Ptest => Encoding::new(P66, M0F38, 0x17).two(),
        }
    }
}

/// Packed shifts of every 64-, 32- or 16-bit lane by an immediate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PackedShift {
    /// `psllq`
    Psllq,
    /// `psrlq`
    Psrlq,
    /// `pslld`
    Pslld,
    /// `psrld`
    Psrld,
    /// `psrlw`
    Psrlw,
    /// `psllw`
    Psllw,
    /// `psraw`: arithmetic
    Psraw,
    /// `psrad`: arithmetic
    Psrad,
}

impl PackedShift {
    /// Every shift.
    pub const ALL: [PackedShift; 8] = [
        PackedShift::Psllq,
        PackedShift::Psrlq,
        PackedShift::Pslld,
        PackedShift::Psrld,
        PackedShift::Psrlw,
        PackedShift::Psllw,
        PackedShift::Psraw,
        PackedShift::Psrad,
    ];

    /// The instruction's mnemonic.
    pub fn mnemonic(self) -> &'static str {
        match self {
            PackedShift::Psllq => "psllq",
            PackedShift::Psrlq => "psrlq",
            PackedShift::Pslld => "pslld",
            PackedShift::Psrld => "psrld",
            PackedShift::Psrlw => "psrlw",
            PackedShift::Psllw => "psllw",
            PackedShift::Psraw => "psraw",
            PackedShift::Psrad => "psrad",
        }
    }

    /// The encoding (`66 0F 71/72/73`, one source) and the ModRM opcode
    /// extension.
    pub fn encoding(self) -> (Encoding, u8) {
        let (opcode, ext) = match self {
            PackedShift::Psllq => (0x73, 6),
            PackedShift::Psrlq => (0x73, 2),
            PackedShift::Pslld => (0x72, 6),
            PackedShift::Psrld => (0x72, 2),
            PackedShift::Psrlw => (0x71, 2),
            PackedShift::Psllw => (0x71, 6),
            PackedShift::Psraw => (0x71, 4),
            PackedShift::Psrad => (0x72, 4),
        };
        (Encoding::new(Prefix::P66, Map::M0F, opcode).two(), ext)
    }
}

impl Assembler {
    /// A packed operation `op dst, src` (legacy SSE encoding).
    pub fn packed(&mut self, op: PackedOp, dst: u8, src: u8) {
        self.encode_legacy(op.encoding(), dst, src);
    }

    /// The AVX form `vop dst, src1, src2` of a packed operation: what
    /// `op` computes on `dst = src1` and `src2`, without the copy. A
    /// one-source operation ignores `src1` (`vop dst, src2`).
    pub fn packed_vex(&mut self, op: PackedOp, dst: u8, src1: u8, src2: u8) {
        let enc = op.encoding();
        let src1 = if enc.three { src1 } else { 0 };
        self.encode_vex(enc, false, dst, src1, src2);
    }

    /// A packed shift of every lane of `dst` by `imm` bits.
    pub fn packed_shift_imm(&mut self, op: PackedShift, dst: u8, imm: u8) {
        let (enc, ext) = op.encoding();
        self.encode_legacy(enc, ext, dst);
        self.ops.push(imm);
    }

    /// `vop dst, src, imm` (AVX): every lane of `src` shifted by `imm` bits
    /// into `dst` (which VEX.vvvv names).
    pub fn packed_shift_imm_vex(&mut self, op: PackedShift, dst: u8, src: u8, imm: u8) {
        let (enc, ext) = op.encoding();
        self.encode_vex(enc, false, ext, dst, src);
        self.ops.push(imm);
    }

    /// `pextrw dst, src, index`: one 16-bit lane, zero-extended.
    pub fn pextrw(&mut self, dst: Gpr, src: u8, index: u8) {
        let index = (index & 7) as i8;
        dynasm!(self.ops ; .arch x64 ; pextrw Rd(dst), Rx(src), BYTE index);
    }

    /// `pinsrb`/`pinsrw`/`pinsrd`/`pinsrq dst, src, index` for lanes of
    /// `lane_bytes` (1, 2, 4, 8): writes one lane from a general register.
    /// All but `pinsrw` need SSE4.1.
    pub fn pinsr(&mut self, lane_bytes: u8, dst: u8, src: Gpr, index: u8) {
        match lane_bytes {
            1 => dynasm!(self.ops ; .arch x64 ; pinsrb Rx(dst), Rd(src), BYTE (index & 15) as i8),
            2 => dynasm!(self.ops ; .arch x64 ; pinsrw Rx(dst), Rd(src), BYTE (index & 7) as i8),
            4 => dynasm!(self.ops ; .arch x64 ; pinsrd Rx(dst), Rd(src), BYTE (index & 3) as i8),
            _ => dynasm!(self.ops ; .arch x64 ; pinsrq Rx(dst), Rq(src), BYTE (index & 1) as i8),
        }
    }

    /// `insertps dst, src, imm` (SSE4.1): a 32-bit lane of src into a lane
    /// of dst (`imm` = source lane << 6 | destination lane << 4 | zero mask).
    pub fn insertps(&mut self, dst: u8, src: u8, imm: u8) {
        dynasm!(self.ops ; .arch x64 ; insertps Rx(dst), Rx(src), BYTE imm as i8);
    }

    /// `cmpps`/`cmppd dst, src, pred` (`double` picks `cmppd`): all ones in
    /// each lane where the predicate holds (0 eq, 1 lt, 2 le, 3 unord,
    /// 4 neq, 5 nlt, 6 nle, 7 ord).
    pub fn packed_float_cmp(&mut self, double: bool, pred: u8, dst: u8, src: u8) {
        let pred = pred as i8;
        if double {
            dynasm!(self.ops ; .arch x64 ; cmppd Rx(dst), Rx(src), BYTE pred);
        } else {
            dynasm!(self.ops ; .arch x64 ; cmpps Rx(dst), Rx(src), BYTE pred);
        }
    }

    /// `vcmpps`/`vcmppd dst, a, b, pred` (AVX): `cmpps`/`cmppd` on a copy
    /// of `a`, for the same predicates 0-7.
    pub fn packed_float_cmp_vex(&mut self, double: bool, pred: u8, dst: u8, a: u8, b: u8) {
        let prefix = if double { Prefix::P66 } else { Prefix::None };
        self.encode_vex(Encoding::new(prefix, Map::M0F, 0xc2), false, dst, a, b);
        self.ops.push(pred & 7);
    }
}
