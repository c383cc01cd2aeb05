//! ELF emission: lays functions out in `.text`, resolves calls between them,
//! and appends the trap table, the address map and `.eh_frame`.

use crate::codegen::CompiledCode;
use crate::masm::MacroAssembler;
use anyhow::{anyhow, bail, Result};
use object::write::{Object, SectionId, StandardSegment, Symbol, SymbolId, SymbolSection};
use object::{SectionKind, SymbolFlags, SymbolKind, SymbolScope};
use std::any::Any;
use target_lexicon::Triple;
use wasmtime_environ::{AddressMapSection, FuncIndex, FunctionLoc, TrapEncodingBuilder};

/// What `append_code` needs to know about the compiler's configuration.
pub struct TextOptions<'a> {
    /// The target.
    pub triple: &'a Triple,
    /// Page alignment of the text section.
    pub page_align: u64,
    /// Write the address map.
    pub address_map: bool,
    /// Write `.eh_frame`.
    pub unwind_info: bool,
}

/// Appends `funcs` to a new `.text` section of `obj`.
pub fn append_functions<M: MacroAssembler>(
    obj: &mut Object<'static>,
    opts: &TextOptions<'_>,
    funcs: &[(String, Box<dyn Any + Send>)],
    resolve_reloc: &dyn Fn(usize, FuncIndex) -> usize,
) -> Result<Vec<(SymbolId, FunctionLoc)>> {
    let text_section = obj.add_section(
        obj.segment_name(StandardSegment::Text).to_vec(),
        b".text".to_vec(),
        SectionKind::Text,
    );
    // The whole text at its final size (alignment padding and the page
    // padding before `.eh_frame` included) in one allocation: grown by
    // doubling, a large module's text would be copied and faulted in
    // several times over.
    let mut capacity = opts.page_align as usize;
    let mut calls = 0;
    for (_, func) in funcs {
        if let Some(code) = func.downcast_ref::<CompiledCode>() {
            capacity += code.body.len() + code.alignment as usize;
            calls += code.relocs.len();
        }
    }
    let mut text: Vec<u8> = Vec::with_capacity(capacity);
    let mut placed = Vec::with_capacity(funcs.len());
    let mut pending_calls = Vec::with_capacity(calls);
    let mut traps = TrapEncodingBuilder::default();
    let mut addrs = AddressMapSection::default();
    for (i, (name, func)) in funcs.iter().enumerate() {
        let code = func
            .downcast_ref::<CompiledCode>()
            .ok_or_else(|| anyhow!("`{name}` was not compiled by kindling"))?;
        let align = code.alignment.max(1) as usize;
        text.resize(text.len().next_multiple_of(align), 0);
        let start = text.len() as u64;
        text.extend_from_slice(&code.body);
        let end = text.len() as u64;
        let symbol = obj.add_symbol(Symbol {
            name: name.as_bytes().to_vec(),
            value: start,
            size: end - start,
            kind: SymbolKind::Text,
            scope: SymbolScope::Compilation,
            weak: false,
            section: SymbolSection::Section(text_section),
            flags: SymbolFlags::None,
        });
        for r in &code.relocs {
            let target = resolve_reloc(i, FuncIndex::from_u32(r.callee));
            pending_calls.push((start as usize + r.offset as usize, target));
        }
        traps.push(start..end, &code.traps);
        if opts.address_map {
            addrs.push(start..end, &code.address_map);
        }
        let loc = FunctionLoc {
            start: u32::try_from(start)?,
            length: u32::try_from(end - start)?,
        };
        placed.push((symbol, loc, code));
    }
    for (site, target) in pending_calls {
        let Some((_, loc, _)) = placed.get(target) else {
            bail!("call relocation targets function {target}, which is not in this object");
        };
        if !M::patch_call(&mut text, site, loc.start as usize) {
            bail!(
                "call at text offset {site:#x} cannot reach its target at {:#x}",
                loc.start
            );
        }
    }
    obj.section_mut(text_section)
        .set_data(text, opts.page_align);
    if opts.unwind_info {
        append_eh_frame::<M>(obj, opts, text_section, &placed);
    }
    if opts.address_map {
        addrs.append_to(obj);
    }
    traps.append_to(obj);
    Ok(placed.into_iter().map(|(s, l, _)| (s, l)).collect())
}

fn append_eh_frame<M: MacroAssembler>(
    obj: &mut Object<'static>,
    opts: &TextOptions<'_>,
    text_section: SectionId,
    placed: &[(SymbolId, FunctionLoc, &CompiledCode)],
) {
    // Pad the text to a page: `.eh_frame` is loaded right after it.
    let text_size = obj.append_section_data(text_section, &[], opts.page_align);
    let funcs: Vec<_> = placed
        .iter()
        .filter(|(_, _, c)| !c.unwind.is_empty())
        .map(|(_, l, c)| (u64::from(l.start), u64::from(l.length), c.unwind.as_slice()))
        .collect();
    if funcs.is_empty() {
        return;
    }
    let big_endian = opts.triple.endianness().ok() == Some(target_lexicon::Endianness::Big);
    let Some(bytes) = crate::unwind::eh_frame::<M>(big_endian, text_size, &funcs) else {
        return;
    };
    let segment = obj.segment_name(StandardSegment::Data).to_vec();
    let section = obj.add_section(segment, b".eh_frame".to_vec(), SectionKind::ReadOnlyData);
    obj.append_section_data(section, &bytes, 1);
}
