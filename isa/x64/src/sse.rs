//! Packed SSE instructions (the v128 operations): the operation enums and
//! their [`Assembler`] methods.

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
}

impl Assembler {
    /// A packed-integer or bitwise operation `op dst, src`.
    pub fn packed(&mut self, op: PackedOp, dst: u8, src: u8) {
        match op {
            PackedOp::Pand => dynasm!(self.ops ; .arch x64 ; pand Rx(dst), Rx(src)),
            PackedOp::Pandn => dynasm!(self.ops ; .arch x64 ; pandn Rx(dst), Rx(src)),
            PackedOp::Por => dynasm!(self.ops ; .arch x64 ; por Rx(dst), Rx(src)),
            PackedOp::Pxor => dynasm!(self.ops ; .arch x64 ; pxor Rx(dst), Rx(src)),
            PackedOp::Paddb => dynasm!(self.ops ; .arch x64 ; paddb Rx(dst), Rx(src)),
            PackedOp::Paddw => dynasm!(self.ops ; .arch x64 ; paddw Rx(dst), Rx(src)),
            PackedOp::Paddd => dynasm!(self.ops ; .arch x64 ; paddd Rx(dst), Rx(src)),
            PackedOp::Paddq => dynasm!(self.ops ; .arch x64 ; paddq Rx(dst), Rx(src)),
            PackedOp::Psubb => dynasm!(self.ops ; .arch x64 ; psubb Rx(dst), Rx(src)),
            PackedOp::Psubw => dynasm!(self.ops ; .arch x64 ; psubw Rx(dst), Rx(src)),
            PackedOp::Psubd => dynasm!(self.ops ; .arch x64 ; psubd Rx(dst), Rx(src)),
            PackedOp::Psubq => dynasm!(self.ops ; .arch x64 ; psubq Rx(dst), Rx(src)),
            PackedOp::Paddsb => dynasm!(self.ops ; .arch x64 ; paddsb Rx(dst), Rx(src)),
            PackedOp::Paddsw => dynasm!(self.ops ; .arch x64 ; paddsw Rx(dst), Rx(src)),
            PackedOp::Paddusb => dynasm!(self.ops ; .arch x64 ; paddusb Rx(dst), Rx(src)),
            PackedOp::Paddusw => dynasm!(self.ops ; .arch x64 ; paddusw Rx(dst), Rx(src)),
            PackedOp::Psubsb => dynasm!(self.ops ; .arch x64 ; psubsb Rx(dst), Rx(src)),
            PackedOp::Psubsw => dynasm!(self.ops ; .arch x64 ; psubsw Rx(dst), Rx(src)),
            PackedOp::Psubusb => dynasm!(self.ops ; .arch x64 ; psubusb Rx(dst), Rx(src)),
            PackedOp::Psubusw => dynasm!(self.ops ; .arch x64 ; psubusw Rx(dst), Rx(src)),
            PackedOp::Pmullw => dynasm!(self.ops ; .arch x64 ; pmullw Rx(dst), Rx(src)),
            PackedOp::Pmulld => dynasm!(self.ops ; .arch x64 ; pmulld Rx(dst), Rx(src)),
            PackedOp::Pmuludq => dynasm!(self.ops ; .arch x64 ; pmuludq Rx(dst), Rx(src)),
            PackedOp::Punpcklqdq => dynasm!(self.ops ; .arch x64 ; punpcklqdq Rx(dst), Rx(src)),
            PackedOp::Pcmpeqb => dynasm!(self.ops ; .arch x64 ; pcmpeqb Rx(dst), Rx(src)),
            PackedOp::Pcmpeqw => dynasm!(self.ops ; .arch x64 ; pcmpeqw Rx(dst), Rx(src)),
            PackedOp::Pcmpeqd => dynasm!(self.ops ; .arch x64 ; pcmpeqd Rx(dst), Rx(src)),
            PackedOp::Pcmpeqq => dynasm!(self.ops ; .arch x64 ; pcmpeqq Rx(dst), Rx(src)),
            PackedOp::Pcmpgtb => dynasm!(self.ops ; .arch x64 ; pcmpgtb Rx(dst), Rx(src)),
            PackedOp::Pcmpgtw => dynasm!(self.ops ; .arch x64 ; pcmpgtw Rx(dst), Rx(src)),
            PackedOp::Pcmpgtd => dynasm!(self.ops ; .arch x64 ; pcmpgtd Rx(dst), Rx(src)),
            PackedOp::Pcmpgtq => dynasm!(self.ops ; .arch x64 ; pcmpgtq Rx(dst), Rx(src)),
            PackedOp::Pmaxud => dynasm!(self.ops ; .arch x64 ; pmaxud Rx(dst), Rx(src)),
            PackedOp::Pminud => dynasm!(self.ops ; .arch x64 ; pminud Rx(dst), Rx(src)),
            PackedOp::Addps => dynasm!(self.ops ; .arch x64 ; addps Rx(dst), Rx(src)),
            PackedOp::Addpd => dynasm!(self.ops ; .arch x64 ; addpd Rx(dst), Rx(src)),
            PackedOp::Subps => dynasm!(self.ops ; .arch x64 ; subps Rx(dst), Rx(src)),
            PackedOp::Subpd => dynasm!(self.ops ; .arch x64 ; subpd Rx(dst), Rx(src)),
            PackedOp::Mulps => dynasm!(self.ops ; .arch x64 ; mulps Rx(dst), Rx(src)),
            PackedOp::Mulpd => dynasm!(self.ops ; .arch x64 ; mulpd Rx(dst), Rx(src)),
            PackedOp::Divps => dynasm!(self.ops ; .arch x64 ; divps Rx(dst), Rx(src)),
            PackedOp::Divpd => dynasm!(self.ops ; .arch x64 ; divpd Rx(dst), Rx(src)),
            PackedOp::Sqrtps => dynasm!(self.ops ; .arch x64 ; sqrtps Rx(dst), Rx(src)),
            PackedOp::Sqrtpd => dynasm!(self.ops ; .arch x64 ; sqrtpd Rx(dst), Rx(src)),
            PackedOp::Pminsb => dynasm!(self.ops ; .arch x64 ; pminsb Rx(dst), Rx(src)),
            PackedOp::Pminsw => dynasm!(self.ops ; .arch x64 ; pminsw Rx(dst), Rx(src)),
            PackedOp::Pminsd => dynasm!(self.ops ; .arch x64 ; pminsd Rx(dst), Rx(src)),
            PackedOp::Pminub => dynasm!(self.ops ; .arch x64 ; pminub Rx(dst), Rx(src)),
            PackedOp::Pminuw => dynasm!(self.ops ; .arch x64 ; pminuw Rx(dst), Rx(src)),
            PackedOp::Pmaxsb => dynasm!(self.ops ; .arch x64 ; pmaxsb Rx(dst), Rx(src)),
            PackedOp::Pmaxsw => dynasm!(self.ops ; .arch x64 ; pmaxsw Rx(dst), Rx(src)),
            PackedOp::Pmaxsd => dynasm!(self.ops ; .arch x64 ; pmaxsd Rx(dst), Rx(src)),
            PackedOp::Pmaxub => dynasm!(self.ops ; .arch x64 ; pmaxub Rx(dst), Rx(src)),
            PackedOp::Pmaxuw => dynasm!(self.ops ; .arch x64 ; pmaxuw Rx(dst), Rx(src)),
            PackedOp::Pavgb => dynasm!(self.ops ; .arch x64 ; pavgb Rx(dst), Rx(src)),
            PackedOp::Pavgw => dynasm!(self.ops ; .arch x64 ; pavgw Rx(dst), Rx(src)),
            PackedOp::Punpcklbw => dynasm!(self.ops ; .arch x64 ; punpcklbw Rx(dst), Rx(src)),
            PackedOp::Punpcklwd => dynasm!(self.ops ; .arch x64 ; punpcklwd Rx(dst), Rx(src)),
            PackedOp::Movlhps => dynasm!(self.ops ; .arch x64 ; movlhps Rx(dst), Rx(src)),
            PackedOp::Movsd => dynasm!(self.ops ; .arch x64 ; movsd Rx(dst), Rx(src)),
            PackedOp::Pshufb => dynasm!(self.ops ; .arch x64 ; pshufb Rx(dst), Rx(src)),
            PackedOp::Pmaddwd => dynasm!(self.ops ; .arch x64 ; pmaddwd Rx(dst), Rx(src)),
            PackedOp::Pmaddubsw => dynasm!(self.ops ; .arch x64 ; pmaddubsw Rx(dst), Rx(src)),
            PackedOp::Pmulhrsw => dynasm!(self.ops ; .arch x64 ; pmulhrsw Rx(dst), Rx(src)),
            PackedOp::Pmuldq => dynasm!(self.ops ; .arch x64 ; pmuldq Rx(dst), Rx(src)),
            PackedOp::Packsswb => dynasm!(self.ops ; .arch x64 ; packsswb Rx(dst), Rx(src)),
            PackedOp::Packuswb => dynasm!(self.ops ; .arch x64 ; packuswb Rx(dst), Rx(src)),
            PackedOp::Packssdw => dynasm!(self.ops ; .arch x64 ; packssdw Rx(dst), Rx(src)),
            PackedOp::Packusdw => dynasm!(self.ops ; .arch x64 ; packusdw Rx(dst), Rx(src)),
            PackedOp::Punpckhbw => dynasm!(self.ops ; .arch x64 ; punpckhbw Rx(dst), Rx(src)),
            PackedOp::Punpckhwd => dynasm!(self.ops ; .arch x64 ; punpckhwd Rx(dst), Rx(src)),
            PackedOp::Punpckldq => dynasm!(self.ops ; .arch x64 ; punpckldq Rx(dst), Rx(src)),
            PackedOp::Punpckhdq => dynasm!(self.ops ; .arch x64 ; punpckhdq Rx(dst), Rx(src)),
            PackedOp::Punpckhqdq => dynasm!(self.ops ; .arch x64 ; punpckhqdq Rx(dst), Rx(src)),
            PackedOp::Pmovsxbw => dynasm!(self.ops ; .arch x64 ; pmovsxbw Rx(dst), Rx(src)),
            PackedOp::Pmovzxbw => dynasm!(self.ops ; .arch x64 ; pmovzxbw Rx(dst), Rx(src)),
            PackedOp::Pmovsxwd => dynasm!(self.ops ; .arch x64 ; pmovsxwd Rx(dst), Rx(src)),
            PackedOp::Pmovzxwd => dynasm!(self.ops ; .arch x64 ; pmovzxwd Rx(dst), Rx(src)),
            PackedOp::Pmovsxdq => dynasm!(self.ops ; .arch x64 ; pmovsxdq Rx(dst), Rx(src)),
            PackedOp::Pmovzxdq => dynasm!(self.ops ; .arch x64 ; pmovzxdq Rx(dst), Rx(src)),
            PackedOp::Psllw => dynasm!(self.ops ; .arch x64 ; psllw Rx(dst), Rx(src)),
            PackedOp::Pslld => dynasm!(self.ops ; .arch x64 ; pslld Rx(dst), Rx(src)),
            PackedOp::Psllq => dynasm!(self.ops ; .arch x64 ; psllq Rx(dst), Rx(src)),
            PackedOp::Psrlw => dynasm!(self.ops ; .arch x64 ; psrlw Rx(dst), Rx(src)),
            PackedOp::Psrld => dynasm!(self.ops ; .arch x64 ; psrld Rx(dst), Rx(src)),
            PackedOp::Psrlq => dynasm!(self.ops ; .arch x64 ; psrlq Rx(dst), Rx(src)),
            PackedOp::Psraw => dynasm!(self.ops ; .arch x64 ; psraw Rx(dst), Rx(src)),
            PackedOp::Psrad => dynasm!(self.ops ; .arch x64 ; psrad Rx(dst), Rx(src)),
            PackedOp::Minps => dynasm!(self.ops ; .arch x64 ; minps Rx(dst), Rx(src)),
            PackedOp::Minpd => dynasm!(self.ops ; .arch x64 ; minpd Rx(dst), Rx(src)),
            PackedOp::Maxps => dynasm!(self.ops ; .arch x64 ; maxps Rx(dst), Rx(src)),
            PackedOp::Maxpd => dynasm!(self.ops ; .arch x64 ; maxpd Rx(dst), Rx(src)),
            PackedOp::Andps => dynasm!(self.ops ; .arch x64 ; andps Rx(dst), Rx(src)),
            PackedOp::Andnps => dynasm!(self.ops ; .arch x64 ; andnps Rx(dst), Rx(src)),
            PackedOp::Orps => dynasm!(self.ops ; .arch x64 ; orps Rx(dst), Rx(src)),
            PackedOp::Xorps => dynasm!(self.ops ; .arch x64 ; xorps Rx(dst), Rx(src)),
            PackedOp::Cvtdq2ps => dynasm!(self.ops ; .arch x64 ; cvtdq2ps Rx(dst), Rx(src)),
            PackedOp::Cvttps2dq => dynasm!(self.ops ; .arch x64 ; cvttps2dq Rx(dst), Rx(src)),
            PackedOp::Cvtdq2pd => dynasm!(self.ops ; .arch x64 ; cvtdq2pd Rx(dst), Rx(src)),
            PackedOp::Cvttpd2dq => dynasm!(self.ops ; .arch x64 ; cvttpd2dq Rx(dst), Rx(src)),
            PackedOp::Cvtpd2ps => dynasm!(self.ops ; .arch x64 ; cvtpd2ps Rx(dst), Rx(src)),
            PackedOp::Cvtps2pd => dynasm!(self.ops ; .arch x64 ; cvtps2pd Rx(dst), Rx(src)),
            PackedOp::Ptest => dynasm!(self.ops ; .arch x64 ; ptest Rx(dst), Rx(src)),
        }
    }

    /// A packed shift of every lane of `dst` by `imm` bits.
    pub fn packed_shift_imm(&mut self, op: PackedShift, dst: u8, imm: u8) {
        let imm = imm as i8;
        match op {
            PackedShift::Psllq => dynasm!(self.ops ; .arch x64 ; psllq Rx(dst), BYTE imm),
            PackedShift::Psrlq => dynasm!(self.ops ; .arch x64 ; psrlq Rx(dst), BYTE imm),
            PackedShift::Pslld => dynasm!(self.ops ; .arch x64 ; pslld Rx(dst), BYTE imm),
            PackedShift::Psrld => dynasm!(self.ops ; .arch x64 ; psrld Rx(dst), BYTE imm),
            PackedShift::Psrlw => dynasm!(self.ops ; .arch x64 ; psrlw Rx(dst), BYTE imm),
            PackedShift::Psllw => dynasm!(self.ops ; .arch x64 ; psllw Rx(dst), BYTE imm),
            PackedShift::Psraw => dynasm!(self.ops ; .arch x64 ; psraw Rx(dst), BYTE imm),
            PackedShift::Psrad => dynasm!(self.ops ; .arch x64 ; psrad Rx(dst), BYTE imm),
        }
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
}
