//! Converting between command-line text and wasm values.

use anyhow::{bail, Context, Result};
use wasmtime::{Val, ValType};

/// Parses `text` as a value of type `ty`.
///
/// Integers are decimal or `0x` hexadecimal, optionally negative; any value
/// that fits the signed or unsigned range of the type is accepted (so `-1`
/// and `0xffffffff` are the same `i32`). Floats use Rust's syntax, which
/// includes `inf`, `-inf` and `NaN`.
pub fn parse_value(text: &str, ty: &ValType) -> Result<Val> {
    match ty {
        ValType::I32 => {
            let v = parse_int(text, i128::from(i32::MIN), i128::from(u32::MAX), "i32")?;
            Ok(Val::I32(v as u32 as i32))
        }
        ValType::I64 => {
            let v = parse_int(text, i128::from(i64::MIN), i128::from(u64::MAX), "i64")?;
            Ok(Val::I64(v as u64 as i64))
        }
        ValType::F32 => {
            let v: f32 = text
                .parse()
                .with_context(|| format!("`{text}` is not a valid f32"))?;
            Ok(Val::F32(v.to_bits()))
        }
        ValType::F64 => {
            let v: f64 = text
                .parse()
                .with_context(|| format!("`{text}` is not a valid f64"))?;
            Ok(Val::F64(v.to_bits()))
        }
        other => bail!("parameters of type {other} cannot be passed from the command line"),
    }
}

fn parse_int(text: &str, min: i128, max: i128, ty: &str) -> Result<i128> {
    let invalid = || format!("`{text}` is not a valid {ty} (expected decimal or 0x hex)");
    let (negative, magnitude) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    let (digits, radix) = match magnitude
        .strip_prefix("0x")
        .or_else(|| magnitude.strip_prefix("0X"))
    {
        Some(hex) => (hex, 16),
        None => (magnitude, 10),
    };
    if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
        bail!(invalid());
    }
    let value = u128::from_str_radix(digits, radix)
        .ok()
        .and_then(|v| i128::try_from(v).ok())
        .with_context(|| format!("`{text}` is out of range for {ty}"))?;
    let value = if negative { -value } else { value };
    if value < min || value > max {
        bail!("`{text}` is out of range for {ty}");
    }
    Ok(value)
}

/// Formats a result value: integers as signed decimal, floats with Rust's `Display`.
pub fn format_value(val: &Val) -> String {
    match val {
        Val::I32(v) => v.to_string(),
        Val::I64(v) => v.to_string(),
        Val::F32(bits) => f32::from_bits(*bits).to_string(),
        Val::F64(bits) => f64::from_bits(*bits).to_string(),
        Val::V128(v) => format!("{v:#034x}"),
        Val::FuncRef(f) => if f.is_some() { "funcref" } else { "null" }.to_string(),
        Val::ExternRef(r) => if r.is_some() { "externref" } else { "null" }.to_string(),
    }
}

/// A neutral value of type `ty`, used to size result buffers.
pub fn default_value(ty: &ValType) -> Val {
    match ty {
        ValType::I32 => Val::I32(0),
        ValType::I64 => Val::I64(0),
        ValType::F32 => Val::F32(0),
        ValType::F64 => Val::F64(0),
        ValType::V128 => Val::V128(0),
        ValType::FuncRef => Val::FuncRef(None),
        ValType::ExternRef => Val::ExternRef(None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn i32_of(text: &str) -> Result<i32> {
        parse_value(text, &ValType::I32).map(|v| v.unwrap_i32())
    }

    fn i64_of(text: &str) -> Result<i64> {
        parse_value(text, &ValType::I64).map(|v| v.unwrap_i64())
    }

    #[test]
    fn integers_parse() {
        assert_eq!(i32_of("10").unwrap(), 10);
        assert_eq!(i32_of("+10").unwrap(), 10);
        assert_eq!(i32_of("-1").unwrap(), -1);
        assert_eq!(i32_of("0xffffffff").unwrap(), -1);
        assert_eq!(i32_of("0X7fffffff").unwrap(), i32::MAX);
        assert_eq!(i32_of("-2147483648").unwrap(), i32::MIN);
        assert_eq!(i32_of("-0x10").unwrap(), -16);
        assert!(i32_of("4294967296").is_err());
        assert!(i32_of("-2147483649").is_err());
        assert!(i32_of("0x").is_err());
        assert!(i32_of("12a").is_err());
        assert!(i32_of("").is_err());
        assert!(i32_of("--1").is_err());
        assert!(i32_of("1.5").is_err());
        assert_eq!(i64_of("0xffffffffffffffff").unwrap(), -1);
        assert_eq!(i64_of("-9223372036854775808").unwrap(), i64::MIN);
        assert!(i64_of("18446744073709551616").is_err());
        assert!(i64_of("999999999999999999999999999999999999999999").is_err());
    }

    #[test]
    fn floats_parse_and_format() {
        let v = parse_value("1.5", &ValType::F32).unwrap();
        assert_eq!(format_value(&v), "1.5");
        let v = parse_value("-inf", &ValType::F64).unwrap();
        assert_eq!(format_value(&v), "-inf");
        let v = parse_value("NaN", &ValType::F64).unwrap();
        assert_eq!(format_value(&v), "NaN");
        assert!(parse_value("one", &ValType::F32).is_err());
        assert!(parse_value("1", &ValType::V128).is_err());
    }

    #[test]
    fn results_format() {
        assert_eq!(format_value(&Val::I32(-5)), "-5");
        assert_eq!(format_value(&Val::I64(i64::MAX)), "9223372036854775807");
        assert_eq!(format_value(&Val::F64(2.0f64.to_bits())), "2");
        assert_eq!(format_value(&Val::FuncRef(None)), "null");
    }
}
