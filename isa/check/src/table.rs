//! The form table: one entry per kind of encoding form, from which
//! [`form_table!`](crate::form_table) generates the form enum and
//! everything a check needs of it, so that an ISA writes only its encoder,
//! how to draw each form's operands and how llvm-mc spells it.

use crate::Intended;

/// A kind-indexed list of encoding forms, as [`form_table!`](crate::form_table)
/// generates it. Tables nest: one entry of a table may hold a whole
/// sub-table (the x86_64 VEX forms, the aarch64 NEON forms), whose kinds
/// follow the entries of its parent.
pub trait FormTable: Sized + Clone + std::fmt::Debug {
    /// The assembler the forms are calls of.
    type Assembler;
    /// How many kinds of form there are.
    const KINDS: u64;
    /// The assembler method each kind covers, in kind order (a method
    /// several kinds cover appears once for each).
    fn methods() -> Vec<&'static str>;
    /// The form of kind `kind` (taken modulo [`KINDS`](Self::KINDS)), with
    /// operands drawn from `draw`.
    fn of_kind(kind: u64, draw: &mut dyn FnMut() -> u64) -> Self;
    /// The assembler method this form calls.
    fn method(&self) -> &'static str;
    /// Emits the form.
    fn emit(&self, asm: &mut Self::Assembler);
    /// The instructions the form intends, given the `len` bytes it emitted
    /// (which places the labels of its branches).
    fn intended(&self, len: usize) -> Vec<Intended>;
}

/// What a form's spelling may be: one line of llvm-mc source, one
/// [`Intended`] line, or several.
pub trait Spelling {
    /// The spelling as intended lines.
    fn into_lines(self) -> Vec<Intended>;
}

impl Spelling for String {
    fn into_lines(self) -> Vec<Intended> {
        vec![Intended::Source(self)]
    }
}

impl Spelling for &str {
    fn into_lines(self) -> Vec<Intended> {
        vec![Intended::Source(self.to_string())]
    }
}

impl Spelling for Intended {
    fn into_lines(self) -> Vec<Intended> {
        vec![self]
    }
}

impl Spelling for Vec<Intended> {
    fn into_lines(self) -> Vec<Intended> {
        self
    }
}

/// A number in `0..n`, from the operand source `d`.
pub fn below(d: &mut dyn FnMut() -> u64, n: u64) -> u64 {
    d() % n
}

/// `true` or `false`, evenly, from the operand source `d`.
pub fn flag(d: &mut dyn FnMut() -> u64) -> bool {
    below(d, 2) == 1
}

/// One of `from`, evenly, from the operand source `d`.
pub fn pick<T: Copy>(d: &mut dyn FnMut() -> u64, from: &[T]) -> T {
    from[below(d, from.len() as u64) as usize]
}

/// An assembler's labels, for the forms that branch to one.
pub trait Labels {
    /// A label of this assembler.
    type Label: Copy;
    /// A new, unbound label.
    fn new_label(&mut self) -> Self::Label;
    /// Binds `label` at the current offset.
    fn bind(&mut self, label: Self::Label);
}

/// Implements [`Labels`] for an assembler type whose inherent `new_label`
/// and `bind` take and give `$label`.
#[macro_export]
macro_rules! impl_labels {
    ($asm:ty, $label:ty) => {
        impl $crate::Labels for $asm {
            type Label = $label;
            fn new_label(&mut self) -> $label {
                <$asm>::new_label(self)
            }
            fn bind(&mut self, label: $label) {
                <$asm>::bind(self, label)
            }
        }
    };
}

/// Emits `jump` to a new label bound right before it (`backward`) or right
/// after it.
pub fn branch_around<A: Labels>(asm: &mut A, backward: bool, jump: impl FnOnce(&mut A, A::Label)) {
    let label = asm.new_label();
    if backward {
        asm.bind(label);
        jump(asm, label);
    } else {
        jump(asm, label);
        asm.bind(label);
    }
}

/// The public `fn NAME(` items of `source` that `covered` does not name
/// and `exempt` does not excuse: the assembler methods a form table misses.
pub fn uncovered_methods<'a>(source: &'a str, covered: &[&str], exempt: &[&str]) -> Vec<&'a str> {
    source
        .lines()
        .filter_map(|line| line.trim().strip_prefix("pub fn "))
        .filter_map(|rest| rest.split(['(', '<']).next())
        .filter(|m| !covered.contains(m) && !exempt.contains(m))
        .collect()
}

/// Generates a form enum and its [`FormTable`] from one table.
///
/// ```text
/// form_table! {
///     /// Docs of the enum.
///     pub enum Form for Assembler;
///     (asm, draw, len)
///     Variant { field: Type = <draw expression>, ... }
///         "method" => <emit expression>, <spelling expression>;
///     ...
///     @nested Sub(SubForm);
/// }
/// ```
///
/// `asm` names the assembler in the emit expressions, `draw` the operand
/// source (`&mut dyn FnMut() -> u64`) in the draw expressions, and `len`
/// the emitted length in the spellings. Fields are drawn in the order they
/// are written, and a field's draw may use the fields before it. A spelling is any [`Spelling`]. Each `@nested` entry holds a
/// table of its own; its kinds follow the table's entries. The enum also
/// gets inherent `KINDS`, `methods`, `of_kind`, `method`, `emit` and
/// `intended`, so callers need not import the trait.
#[macro_export]
macro_rules! form_table {
    (
        $(#[$meta:meta])*
        $vis:vis enum $form:ident for $asm_ty:ty;
        ($asm:ident, $draw:ident, $len:ident)
        $(
            $(#[$vmeta:meta])*
            $variant:ident { $($field:ident: $ty:ty = $drawn:expr),* $(,)? }
                $method:literal => $emit:expr, $spell:expr;
        )*
        $(
            @nested $(#[$nmeta:meta])* $nvariant:ident($nty:ty);
        )*
    ) => {
        $(#[$meta])*
        #[allow(missing_docs)] // the fields are the method's parameters
        #[derive(Clone, Debug)]
        $vis enum $form {
            $($(#[$vmeta])* $variant { $($field: $ty),* },)*
            $($(#[$nmeta])* $nvariant($nty),)*
        }

        impl $form {
            /// How many kinds of form there are.
            pub const KINDS: u64 = [$($method),*].len() as u64
                $(+ <$nty as $crate::FormTable>::KINDS)*;

            /// The assembler method each kind covers, in kind order.
            pub fn methods() -> Vec<&'static str> {
                #[allow(unused_mut)]
                let mut methods = vec![$($method),*];
                $(methods.extend(<$nty as $crate::FormTable>::methods());)*
                methods
            }

            /// The form of kind `kind` (taken modulo `KINDS`), with operands
            /// drawn from `draw`.
            #[allow(unused_assignments)]
            pub fn of_kind(kind: u64, $draw: &mut dyn FnMut() -> u64) -> Self {
                let mut left = kind % Self::KINDS;
                $(
                    if left == 0 {
                        $(let $field: $ty = $drawn;)*
                        return $form::$variant { $($field),* };
                    }
                    left -= 1;
                )*
                $(
                    if left < <$nty as $crate::FormTable>::KINDS {
                        return $form::$nvariant(
                            <$nty as $crate::FormTable>::of_kind(left, $draw),
                        );
                    }
                    left -= <$nty as $crate::FormTable>::KINDS;
                )*
                let _ = $draw;
                unreachable!("kind % KINDS is below KINDS")
            }

            /// A form of any kind, with operands from `draw`.
            pub fn generate(draw: &mut dyn FnMut() -> u64) -> Self {
                let kind = draw();
                Self::of_kind(kind, draw)
            }

            /// The assembler method this form calls.
            pub fn method(&self) -> &'static str {
                match self {
                    $($form::$variant { .. } => $method,)*
                    $($form::$nvariant(inner) => $crate::FormTable::method(inner),)*
                }
            }

            /// Emits the form.
            #[allow(unused_variables)]
            pub fn emit(&self, $asm: &mut $asm_ty) {
                match *self {
                    $($form::$variant { $($field),* } => {
                        $emit;
                    })*
                    $($form::$nvariant(ref inner) => $crate::FormTable::emit(inner, $asm),)*
                }
            }

            /// The instructions the form intends, given the `len` bytes it
            /// emitted.
            #[allow(unused_variables)]
            pub fn intended(&self, $len: usize) -> Vec<$crate::Intended> {
                match *self {
                    $($form::$variant { $($field),* } => $crate::Spelling::into_lines($spell),)*
                    $($form::$nvariant(ref inner) => $crate::FormTable::intended(inner, $len),)*
                }
            }
        }

        impl $crate::FormTable for $form {
            type Assembler = $asm_ty;
            const KINDS: u64 = $form::KINDS;
            fn methods() -> Vec<&'static str> {
                $form::methods()
            }
            fn of_kind(kind: u64, draw: &mut dyn FnMut() -> u64) -> Self {
                $form::of_kind(kind, draw)
            }
            fn method(&self) -> &'static str {
                $form::method(self)
            }
            fn emit(&self, asm: &mut Self::Assembler) {
                $form::emit(self, asm)
            }
            fn intended(&self, len: usize) -> Vec<$crate::Intended> {
                $form::intended(self, len)
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use crate::{FormTable, Intended};

    /// A toy assembler: each call appends its name.
    #[derive(Default)]
    pub struct Toy(Vec<String>);

    crate::form_table! {
        /// The toy sub-table.
        pub enum Sub for Toy;
        (a, d, len)
        Halt {} "halt" => a.0.push("halt".into()), "halt";
        Wait { ticks: u8 = (d() % 4) as u8, until: u8 = ticks + 1 } "wait" => a.0.push(format!("wait {ticks}")),
            format!("wait {ticks}, {until}");
    }

    crate::form_table! {
        /// The toy table.
        pub enum Toy1 for Toy;
        (a, d, len)
        Add { x: u8 = (d() % 8) as u8, y: u8 = (d() % 8) as u8 } "add" => a.0.push(format!("add {x} {y}")),
            format!("add {x} {y}");
        Jump { forward: bool = d().is_multiple_of(2) } "jump" => a.0.push("jump".into()),
            Intended::Decoded(format!("jump {}", if forward { len } else { 0 }));
        @nested Inner(Sub);
    }

    #[test]
    fn kinds_count_nested_tables() {
        assert_eq!(Toy1::KINDS, 4);
        assert_eq!(Toy1::methods(), ["add", "jump", "halt", "wait"]);
        let mut n = 0u64;
        let mut draw = move || {
            n += 1;
            n
        };
        let kinds: Vec<&str> = (0..8)
            .map(|k| Toy1::of_kind(k, &mut draw).method())
            .collect();
        assert_eq!(
            kinds,
            ["add", "jump", "halt", "wait", "add", "jump", "halt", "wait"]
        );
        // `generate` draws the kind first: 9 % 4 is `jump`.
        let mut draws = [9u64, 0].into_iter();
        assert_eq!(
            Toy1::generate(&mut || draws.next().unwrap()).method(),
            "jump"
        );
        assert_eq!(Sub::generate(&mut || 1).method(), "wait");
    }

    #[test]
    fn forms_draw_in_field_order_and_emit_and_spell() {
        let mut values = [3u64, 5].into_iter();
        let form = Toy1::of_kind(0, &mut || values.next().unwrap());
        let mut toy = Toy::default();
        form.emit(&mut toy);
        assert_eq!(toy.0, ["add 3 5"]);
        assert_eq!(form.intended(0), [Intended::Source("add 3 5".into())]);
        let sub = <Toy1 as FormTable>::of_kind(3, &mut || 6);
        assert_eq!(sub.intended(0), [Intended::Source("wait 2, 3".into())]);
    }

    impl super::Labels for Toy {
        type Label = usize;
        fn new_label(&mut self) -> usize {
            self.0.len()
        }
        fn bind(&mut self, label: usize) {
            self.0.push(format!("bind {label}"));
        }
    }

    #[test]
    fn branches_go_around_their_label() {
        let mut toy = Toy::default();
        super::branch_around(&mut toy, true, |t, l| t.0.push(format!("jump {l}")));
        super::branch_around(&mut toy, false, |t, l| t.0.push(format!("jump {l}")));
        assert_eq!(toy.0, ["bind 0", "jump 0", "jump 2", "bind 2"]);
    }

    #[test]
    fn draws_stay_in_range() {
        let mut n = 0u64;
        let mut d = move || {
            n += 7;
            n
        };
        assert!((0..100).all(|_| super::below(&mut d, 5) < 5));
        let picked: Vec<u8> = (0..6).map(|_| super::pick(&mut d, &[1, 2, 3])).collect();
        // 707, 714, 721, ... modulo 3.
        assert_eq!(picked, [3, 1, 2, 3, 1, 2]);
        assert!(super::flag(&mut || 3) && !super::flag(&mut || 4));
    }

    #[test]
    fn uncovered_methods_are_found() {
        let source = "impl A {\n    pub fn add(&mut self) {}\n    pub fn sub<T>(&mut self) {}\n    fn private() {}\n    pub fn new() {}\n}";
        assert_eq!(
            super::uncovered_methods(source, &["add"], &["new"]),
            ["sub"]
        );
    }
}
