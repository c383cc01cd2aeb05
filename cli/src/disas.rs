//! `kindling disas`: the machine code a compiler emits for each function,
//! disassembled with capstone and annotated with the wasm operator (and its
//! byte offset) that produced each run of instructions.
//!
//! The module is compiled exactly as wasmtime would load it, with
//! `Engine::precompile_module`, for any target. The listing reads the
//! artifact's ELF symbols (one per function and trampoline), its `.text`
//! and its `.wasmtime.addrmap` section, the address map that wasmtime keeps
//! for backtraces.

use crate::{Compiler, EngineOptions};
use anyhow::{anyhow, bail, Context, Result};
use capstone::arch::{self, BuildsCapstone, BuildsCapstoneExtraMode, BuildsCapstoneSyntax};
use capstone::Capstone;
use object::{Object, ObjectSection, ObjectSymbol, SymbolKind};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use target_lexicon::{Architecture, Triple};
use wasmtime::{Config, Engine};

/// One function's disassembly.
#[derive(Clone, Debug)]
pub struct Listing {
    /// The artifact's symbol, e.g. `wasm[0]::function[3]`.
    pub symbol: String,
    /// The function's export or name-section name, if it has one.
    pub name: Option<String>,
    /// Instructions decoded.
    pub instructions: usize,
    /// Code bytes.
    pub bytes: usize,
    /// The annotated listing, one line per instruction or annotation.
    pub text: String,
}

/// What to disassemble and how to compile it.
#[derive(Clone, Debug)]
pub struct DisasRequest<'a> {
    /// The compiler and engine settings.
    pub options: EngineOptions,
    /// The target triple; the host when `None`.
    pub target: Option<&'a str>,
    /// Which functions: a function index, an export or name-section name, or
    /// a part of a symbol name (`trampoline` selects the trampolines). Every
    /// wasm function when `None`.
    pub func: Option<&'a str>,
    /// Compiler settings to enable, such as CPU features (`has_lzcnt`), in
    /// place of what the host has: listings then do not depend on the host.
    pub enable: &'a [&'a str],
}

/// Compiles `wasm` as `request` says and disassembles the selected
/// functions.
pub fn disassemble(wasm: &[u8], request: &DisasRequest) -> Result<Vec<Listing>> {
    let triple = match request.target {
        Some(t) => t
            .parse::<Triple>()
            .map_err(|e| anyhow!("invalid target `{t}`: {e}"))?,
        None => Triple::host(),
    };
    let mut config: Config = request.options.config();
    if let Some(t) = request.target {
        crate::set_target(&mut config, t).with_context(|| format!("invalid target `{t}`"))?;
    }
    for flag in request.enable {
        // SAFETY: the engine only compiles (`precompile_module`) and never
        // runs the code, so settings the host lacks cannot misbehave.
        unsafe {
            config.cranelift_flag_enable(flag);
        }
    }
    let engine = Engine::new(&config).with_context(|| {
        if request.target.is_some() && request.options.compiler == Compiler::Cranelift {
            "failed to create the engine (Cranelift compiles for other targets only when \
             kindling-cli is built with its default `all-arch` feature)"
        } else {
            "failed to create the engine"
        }
    })?;
    let artifact = engine
        .precompile_module(wasm)
        .with_context(|| format!("{} failed to compile the module", request.options.compiler))?;
    let module = WasmInfo::parse(wasm)?;
    let elf = object::File::parse(&*artifact).context("the compiled artifact is not ELF")?;
    let text_section = elf
        .section_by_name(".text")
        .ok_or_else(|| anyhow!("the compiled artifact has no .text section"))?;
    let text = text_section.data()?;
    let address_map: Vec<(u32, Option<u32>)> = elf
        .section_by_name(".wasmtime.addrmap")
        .and_then(|s| s.data().ok())
        .and_then(wasmtime_environ::iterate_address_map)
        .map(|entries| {
            entries
                .map(|(code, pos)| (code, pos.file_offset()))
                .collect()
        })
        .unwrap_or_default();

    let mut symbols: Vec<(String, u64, u64)> = elf
        .symbols()
        .filter(|s| s.kind() == SymbolKind::Text)
        .filter_map(|s| Some((s.name().ok()?.to_string(), s.address(), s.size())))
        .collect();
    symbols.sort_by_key(|(_, address, _)| *address);
    let selected = select(&symbols, &module, request.func)?;

    let disassembler = disassembler_for(&triple)?;
    let mut listings = Vec::new();
    for (symbol, address, size) in selected {
        let start = address as usize;
        let code = text
            .get(start..start + size as usize)
            .ok_or_else(|| anyhow!("symbol `{symbol}` lies outside .text"))?;
        let (instructions, listing) = listing(
            &disassembler,
            code,
            address,
            &address_map,
            &module.operators,
        )?;
        listings.push(Listing {
            name: function_index(&symbol).and_then(|i| module.names.get(&i).cloned()),
            symbol,
            instructions,
            bytes: code.len(),
            text: listing,
        });
    }
    Ok(listings)
}

/// The header line of a listing.
pub fn header(listing: &Listing, compiler: Compiler, triple: &str) -> String {
    let name = listing
        .name
        .as_deref()
        .map(|n| format!(" ({n})"))
        .unwrap_or_default();
    format!(
        "{}{name}: {compiler}, {triple}: {} instructions, {} bytes",
        listing.symbol, listing.instructions, listing.bytes
    )
}

/// What the listing needs from the wasm module itself.
struct WasmInfo {
    /// Function names (exports first, then the name section), by index.
    names: BTreeMap<u32, String>,
    /// Each operator's text (as wasmprinter prints it), by byte offset.
    operators: BTreeMap<u32, String>,
}

impl WasmInfo {
    fn parse(wasm: &[u8]) -> Result<WasmInfo> {
        let mut names = BTreeMap::new();
        for payload in wasmparser::Parser::new(0).parse_all(wasm) {
            match payload? {
                wasmparser::Payload::ExportSection(exports) => {
                    for export in exports {
                        let export = export?;
                        if export.kind == wasmparser::ExternalKind::Func {
                            names
                                .entry(export.index)
                                .or_insert_with(|| export.name.to_string());
                        }
                    }
                }
                wasmparser::Payload::CustomSection(c) if c.name() == "name" => {
                    let reader = wasmparser::NameSectionReader::new(c.data(), c.data_offset());
                    for subsection in reader.flatten() {
                        if let wasmparser::Name::Function(map) = subsection {
                            for naming in map.into_iter().flatten() {
                                names
                                    .entry(naming.index)
                                    .or_insert_with(|| naming.name.to_string());
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        let mut printer = wasmprinter::Printer::new();
        let mut operators = BTreeMap::new();
        for (offset, line) in printer.offsets_and_lines(wasm)? {
            let line = line.trim();
            if let Some(offset) = offset {
                operators.insert(offset as u32, line.to_string());
            }
        }
        Ok(WasmInfo { names, operators })
    }
}

/// The function index in a symbol named `wasm[0]::function[N]`.
fn function_index(symbol: &str) -> Option<u32> {
    symbol
        .strip_prefix("wasm[0]::function[")?
        .strip_suffix(']')?
        .parse()
        .ok()
}

/// The symbols `func` selects (see [`DisasRequest::func`]).
fn select(
    symbols: &[(String, u64, u64)],
    module: &WasmInfo,
    func: Option<&str>,
) -> Result<Vec<(String, u64, u64)>> {
    let index = func.and_then(|f| {
        f.parse::<u32>().ok().or_else(|| {
            module
                .names
                .iter()
                .find(|(_, name)| name.as_str() == f)
                .map(|(i, _)| *i)
        })
    });
    let chosen: Vec<_> = symbols
        .iter()
        .filter(|(name, _, _)| match (func, index) {
            (_, Some(i)) => function_index(name) == Some(i),
            (Some(part), None) => name.contains(part),
            (None, None) => function_index(name).is_some(),
        })
        .cloned()
        .collect();
    if chosen.is_empty() {
        let known: Vec<String> = symbols
            .iter()
            .map(
                |(name, _, _)| match function_index(name).and_then(|i| module.names.get(&i)) {
                    Some(n) => format!("{name} ({n})"),
                    None => name.clone(),
                },
            )
            .collect();
        bail!(
            "no function matches `{}`; the module has: {}",
            func.unwrap_or("*"),
            known.join(", ")
        );
    }
    Ok(chosen)
}

/// An ISA's own decoder: the instruction at the start of the bytes, as
/// its length and spelling, if it is one the decoder covers.
type Decode = fn(&[u8]) -> Option<(usize, String)>;

/// The instructions capstone 0.14 cannot spell, and when to ask for them.
#[derive(Clone, Copy)]
enum Extension {
    /// Asked only where capstone decodes nothing: riscv64's Zba, Zbb, A
    /// and V words, which capstone does not know.
    AfterCapstone(Decode),
    /// Asked first: s390x's z15 words, some of which capstone (z14 at most)
    /// decodes as something else, and its trap.
    BeforeCapstone(Decode),
}

/// How to disassemble one ISA's code.
struct Disassembler {
    /// Capstone for the ISA.
    capstone: Capstone,
    /// The bytes to show at once of what nothing decodes (1 on x86_64,
    /// whose instructions have any length; the instruction word elsewhere,
    /// the halfword on s390x).
    unit: usize,
    /// Spells what capstone cannot.
    extension: Option<Extension>,
}

/// riscv64's extension words, little-endian, for [`Extension`].
fn riscv64_word(bytes: &[u8]) -> Option<(usize, String)> {
    let word = u32::from_le_bytes(bytes.get(..4)?.try_into().ok()?);
    kindling_isa_riscv64::forms::decode_word(word).map(|text| (4, text))
}

/// A disassembler for `triple`'s architecture.
fn disassembler_for(triple: &Triple) -> Result<Disassembler> {
    let unit = match triple.architecture {
        Architecture::X86_64 => 1,
        Architecture::S390x => 2,
        _ => 4,
    };
    let extension = match triple.architecture {
        Architecture::Riscv64(_) => Some(Extension::AfterCapstone(riscv64_word)),
        Architecture::S390x => Some(Extension::BeforeCapstone(kindling_isa_s390x::forms::decode)),
        _ => None,
    };
    let cs = match triple.architecture {
        Architecture::X86_64 => Capstone::new()
            .x86()
            .mode(arch::x86::ArchMode::Mode64)
            .syntax(arch::x86::ArchSyntax::Intel)
            .build(),
        Architecture::Aarch64(_) => Capstone::new()
            .arm64()
            .mode(arch::arm64::ArchMode::Arm)
            .build(),
        Architecture::Riscv64(_) => Capstone::new()
            .riscv()
            .mode(arch::riscv::ArchMode::RiscV64)
            .extra_mode([arch::riscv::ArchExtraMode::RiscVC].into_iter())
            .build(),
        Architecture::S390x => Capstone::new()
            .sysz()
            .mode(arch::sysz::ArchMode::Default)
            .build(),
        other => bail!("`kindling disas` cannot disassemble {other} code"),
    };
    let capstone = cs.map_err(|e| anyhow!("capstone: {e}"))?;
    Ok(Disassembler {
        capstone,
        unit,
        extension,
    })
}

/// Disassembles `code` (at `.text` offset `address`), printing offsets
/// relative to the function and an annotation line wherever the address map
/// moves to another wasm operator. Returns the instruction count and text.
fn listing(
    disassembler: &Disassembler,
    code: &[u8],
    address: u64,
    address_map: &[(u32, Option<u32>)],
    operators: &BTreeMap<u32, String>,
) -> Result<(usize, String)> {
    let mut out = String::new();
    let mut count = 0;
    let mut at = 0usize;
    let mut last_wasm = None;
    while at < code.len() {
        let text_offset = address + at as u64;
        let wasm = wasm_offset(address_map, text_offset as u32);
        if wasm != last_wasm {
            if let Some(w) = wasm {
                // wasmprinter gives the body's final `end` no line of its own.
                let op = operators.get(&w).map(String::as_str).unwrap_or("end");
                let _ = writeln!(out, "  @{w:04x}: {op}");
            }
            last_wasm = wasm;
        }
        let (len, text) = match decode(disassembler, &code[at..], at)? {
            Some(decoded) => decoded,
            None => raw(disassembler.unit, &code[at..]),
        };
        let hex: String = code[at..at + len]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        let _ = writeln!(out, "  {at:>5x}: {hex:<22} {text}");
        count += 1;
        at += len;
    }
    Ok((count, out))
}

/// The instruction at the start of `code` (at function offset `at`), as
/// its length and spelling: by the ISA's extension decoder or capstone, in
/// the extension's order; `None` if neither decodes it.
fn decode(disassembler: &Disassembler, code: &[u8], at: usize) -> Result<Option<(usize, String)>> {
    if let Some(Extension::BeforeCapstone(spell)) = disassembler.extension {
        if let Some(decoded) = spell(code) {
            return Ok(Some(decoded));
        }
    }
    // Addresses are relative to the function, so that a listing does not
    // change when code before it does.
    let decoded = disassembler
        .capstone
        .disasm_count(code, at as u64, 1)
        .map_err(|e| anyhow!("capstone: {e}"))?;
    if let Some(insn) = decoded.iter().next() {
        let text = format!(
            "{} {}",
            insn.mnemonic().unwrap_or("?"),
            insn.op_str().unwrap_or("")
        );
        return Ok(Some((insn.len(), text.trim_end().to_string())));
    }
    Ok(match disassembler.extension {
        Some(Extension::AfterCapstone(spell)) => spell(code),
        _ => None,
    })
}

/// What nothing decodes at the start of `code`, as raw data: a
/// little-endian `.word` of a 4-byte `unit`, a big-endian `.hword` of a
/// 2-byte one (s390x), a `.byte` otherwise or when fewer bytes are left.
fn raw(unit: usize, code: &[u8]) -> (usize, String) {
    match (unit, code) {
        (4, [a, b, c, d, ..]) => (
            4,
            format!(".word 0x{:08x}", u32::from_le_bytes([*a, *b, *c, *d])),
        ),
        (2, [a, b, ..]) => (2, format!(".hword 0x{:04x}", u16::from_be_bytes([*a, *b]))),
        _ => (1, format!(".byte 0x{:02x}", code[0])),
    }
}

/// The wasm byte offset the address map gives `.text` offset `code`.
fn wasm_offset(map: &[(u32, Option<u32>)], code: u32) -> Option<u32> {
    let i = map.partition_point(|(c, _)| *c <= code);
    i.checked_sub(1).and_then(|i| map[i].1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn address_map_lookup_takes_the_last_entry_at_or_before() {
        let map = [(0, None), (4, Some(0x20)), (9, Some(0x22)), (12, None)];
        assert_eq!(wasm_offset(&map, 0), None);
        assert_eq!(wasm_offset(&map, 4), Some(0x20));
        assert_eq!(wasm_offset(&map, 8), Some(0x20));
        assert_eq!(wasm_offset(&map, 9), Some(0x22));
        assert_eq!(wasm_offset(&map, 100), None);
        assert_eq!(wasm_offset(&[], 3), None);
    }

    #[test]
    fn every_riscv64_instruction_word_is_spelled() {
        // Every word of every kind of riscv64 encoding form, 40 of each: what
        // capstone 0.14 cannot decode, the extension decoder must.
        use kindling_isa_riscv64::{forms::Form, Assembler};
        use std::str::FromStr;
        let triple = Triple::from_str("riscv64gc-unknown-linux-gnu").unwrap();
        let disassembler = disassembler_for(&triple).unwrap();
        let forms: Vec<Form> = kindling_isa_check::of_every_kind(0x5eed, 40);
        let (mut by_capstone, mut by_decoder) = (0, 0);
        for form in &forms {
            let mut asm = Assembler::new();
            form.emit(&mut asm);
            let mut code = Vec::new();
            asm.finish_into(&mut code).unwrap();
            let (_, text) = listing(&disassembler, &code, 0, &[], &BTreeMap::new()).unwrap();
            assert!(!text.contains(".word"), "{form:?}:\n{text}");
            for word in code.chunks(4) {
                let word = u32::from_le_bytes([word[0], word[1], word[2], word[3]]);
                if kindling_isa_riscv64::forms::decode_word(word).is_some() {
                    by_decoder += 1;
                } else {
                    by_capstone += 1;
                }
            }
        }
        assert!(
            by_capstone > 500 && by_decoder > 500,
            "{by_capstone} {by_decoder}"
        );
    }

    #[test]
    fn every_s390x_instruction_is_spelled() {
        // Every instruction of every kind of s390x encoding form, 40 of
        // each: what capstone 0.14 (z14 at most) cannot spell, the extension
        // decoder must.
        use kindling_isa_s390x::forms::{self, Form};
        use kindling_isa_s390x::{Assembler, VecRrOp};
        use std::str::FromStr;
        let triple = Triple::from_str("s390x-unknown-linux-gnu").unwrap();
        let disassembler = disassembler_for(&triple).unwrap();
        let listed = |emit: &dyn Fn(&mut Assembler)| {
            let mut asm = Assembler::new();
            emit(&mut asm);
            let mut code = Vec::new();
            asm.finish_into(&mut code).unwrap();
            let (count, text) = listing(&disassembler, &code, 0, &[], &BTreeMap::new()).unwrap();
            for raw in [".byte", ".hword", ".word"] {
                assert!(!text.contains(raw), "{text}");
            }
            (code, count, text)
        };
        let forms: Vec<Form> = kindling_isa_check::of_every_kind(0x5eed, 40);
        let (mut by_capstone, mut by_decoder) = (0, 0);
        for form in &forms {
            // Each form is one instruction.
            let (code, count, _) = listed(&|a| form.emit(a));
            assert_eq!(count, 1, "{form:?}");
            match forms::decode(&code) {
                Some(_) => by_decoder += 1,
                None => by_capstone += 1,
            }
        }
        assert!(
            by_capstone > 1000 && by_decoder > 15,
            "{by_capstone} {by_decoder}"
        );
        // The trap, and a z15 conversion that capstone decodes as its
        // generic older form (`vcdg` with element size 2): the decoder
        // goes first.
        let vcefb = Form::VecRr {
            op: VecRrOp::Vcdg,
            v1: 17,
            v2: 3,
            m: [2, 0, 0],
        };
        let (_, count, text) = listed(&|a| {
            a.trap();
            vcefb.emit(a);
        });
        assert_eq!(count, 2, "{text}");
        assert!(text.contains(forms::TRAP_TEXT), "{text}");
        assert!(text.contains("vcefb %v17, %v3, 0, 0"), "{text}");
    }

    #[test]
    fn function_symbols_name_their_index() {
        assert_eq!(function_index("wasm[0]::function[12]"), Some(12));
        assert_eq!(function_index("wasm[0]::array_to_wasm_trampoline[1]"), None);
    }

    #[test]
    fn disassembles_and_annotates_a_function() {
        let wasm = wat::parse_str(
            r#"(module (func (export "add1") (param i32) (result i32)
                 local.get 0 i32.const 1 i32.add))"#,
        )
        .unwrap();
        let request = DisasRequest {
            options: EngineOptions::new(Compiler::Kindling),
            target: Some("x86_64-unknown-linux-gnu"),
            func: Some("add1"),
            enable: &[],
        };
        let listings = disassemble(&wasm, &request).unwrap();
        assert_eq!(listings.len(), 1);
        let l = &listings[0];
        assert_eq!(l.name.as_deref(), Some("add1"));
        assert!(l.text.contains("i32.add"), "{}", l.text);
        assert!(l.text.contains("ret"), "{}", l.text);
        assert!(l.instructions > 3 && l.bytes > l.instructions);
        let missing = DisasRequest {
            func: Some("nope"),
            ..request
        };
        let err = disassemble(&wasm, &missing).unwrap_err().to_string();
        assert!(err.contains("wasm[0]::function[0] (add1)"), "{err}");
    }
}
