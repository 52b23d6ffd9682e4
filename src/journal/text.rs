//! Words made when they are read: a static template and the values it shows.
//!
//! The hot paths describe a call with [`text!`]: the template is a `&'static str` written in
//! `format!`'s syntax and the values are small [`Arg`]s, so recording costs a few stores and no
//! allocation. The words are made only when someone reads the journal (`WddmShimGetJournal`,
//! `WDDMSHIM_LOG`). Cold paths (leak reports, contract notes) may hand over a `String`.

use std::fmt::{self, Write};

/// The most values one template shows.
pub const MAX_ARGS: usize = 6;

/// One value a template shows, kept as data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arg {
    /// An unsigned integer.
    Unsigned(u64),
    /// A signed integer of 64 bits.
    Signed(i64),
    /// A signed integer of 32 bits (its hexadecimal form has 32 bits).
    Signed32(i32),
    /// A pointer or a pointer-sized handle, shown as `{:p}` shows it.
    Pointer(usize),
    /// A fixed word.
    Word(&'static str),
    /// An HRESULT, shown by name (`E_INVALIDARG`).
    HResult(i32),
    /// An NTSTATUS, shown by name (`STATUS_NO_MEMORY`).
    NtStatus(i32),
    /// A pool tag, shown as its four characters (`'Wddm'`).
    PoolTag(u32),
}

macro_rules! unsigned_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(value: $t) -> Self {
                Arg::Unsigned(value as u64)
            }
        }
    )*};
}
unsigned_args!(u8, u16, u32, u64, usize);

impl From<i32> for Arg {
    fn from(value: i32) -> Self {
        Arg::Signed32(value)
    }
}

impl From<i64> for Arg {
    fn from(value: i64) -> Self {
        Arg::Signed(value)
    }
}

impl<T: Copy> From<&T> for Arg
where
    Arg: From<T>,
{
    fn from(value: &T) -> Self {
        Arg::from(*value)
    }
}

impl From<&'static str> for Arg {
    fn from(value: &'static str) -> Self {
        Arg::Word(value)
    }
}

impl From<bool> for Arg {
    fn from(value: bool) -> Self {
        Arg::Word(if value { "true" } else { "false" })
    }
}

impl<T> From<*const T> for Arg {
    fn from(value: *const T) -> Self {
        Arg::Pointer(value as usize)
    }
}

impl<T> From<*mut T> for Arg {
    fn from(value: *mut T) -> Self {
        Arg::Pointer(value as usize)
    }
}

/// How one stored value reads back as an [`Arg`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
enum ArgKind {
    Unsigned,
    Signed,
    Signed32,
    Pointer,
    Word,
    HResult,
    NtStatus,
    PoolTag,
}

/// The most [`Arg::Word`]s one template shows; a further word reads as `(word)`.
pub const MAX_WORDS: usize = 2;

/// A template's values, kept compactly: the integers in one array, their kinds in another, and
/// the (few) words apart, so an entry holding one is small to copy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Values {
    values: [u64; MAX_ARGS],
    words: [&'static str; MAX_WORDS],
    kinds: [ArgKind; MAX_ARGS],
    count: u8,
}

impl Values {
    fn new(args: &[Arg]) -> Self {
        let mut stored = Values {
            values: [0; MAX_ARGS],
            words: [""; MAX_WORDS],
            kinds: [ArgKind::Unsigned; MAX_ARGS],
            count: args.len().min(MAX_ARGS) as u8,
        };
        let mut words = 0;
        for (at, arg) in args.iter().take(MAX_ARGS).enumerate() {
            let (kind, value) = match *arg {
                Arg::Unsigned(v) => (ArgKind::Unsigned, v),
                Arg::Signed(v) => (ArgKind::Signed, v as u64),
                Arg::Signed32(v) => (ArgKind::Signed32, v as u32 as u64),
                Arg::Pointer(v) => (ArgKind::Pointer, v as u64),
                Arg::Word(word) => {
                    if words < MAX_WORDS {
                        stored.words[words] = word;
                    }
                    words += 1;
                    (ArgKind::Word, words as u64 - 1)
                }
                Arg::HResult(v) => (ArgKind::HResult, v as u32 as u64),
                Arg::NtStatus(v) => (ArgKind::NtStatus, v as u32 as u64),
                Arg::PoolTag(v) => (ArgKind::PoolTag, u64::from(v)),
            };
            stored.kinds[at] = kind;
            stored.values[at] = value;
        }
        stored
    }

    fn get(&self, at: usize) -> Arg {
        let value = self.values[at];
        match self.kinds[at] {
            ArgKind::Unsigned => Arg::Unsigned(value),
            ArgKind::Signed => Arg::Signed(value as i64),
            ArgKind::Signed32 => Arg::Signed32(value as u32 as i32),
            ArgKind::Pointer => Arg::Pointer(value as usize),
            ArgKind::Word => Arg::Word(self.words.get(value as usize).copied().unwrap_or("(word)")),
            ArgKind::HResult => Arg::HResult(value as u32 as i32),
            ArgKind::NtStatus => Arg::NtStatus(value as u32 as i32),
            ArgKind::PoolTag => Arg::PoolTag(value as u32),
        }
    }

    fn iter(&self) -> impl Iterator<Item = Arg> + '_ {
        (0..self.count as usize).map(|at| self.get(at))
    }
}

/// Words for the journal: a template with its values, a fixed sentence, or (cold paths) text
/// made by the caller.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Text {
    /// A `format!`-style template (`{}`, `{:#x}`, `{:#010x}`, `{:p}`, `{:?}`) and its values.
    Template {
        /// The template, written where the call is.
        template: &'static str,
        /// Its values.
        values: Values,
    },
    /// A fixed sentence, shown as it is.
    Fixed(&'static str),
    /// Text a cold path made itself.
    Made(Box<str>),
}

impl Text {
    /// `template` showing `args` (at most [`MAX_ARGS`], of which at most [`MAX_WORDS`] words);
    /// [`text!`](crate::journal_text) checks at compile time that the counts agree.
    #[inline]
    pub fn template(template: &'static str, args: &[Arg]) -> Self {
        Text::Template { template, values: Values::new(args) }
    }

    /// The values shown, in order.
    pub fn args(&self) -> impl Iterator<Item = Arg> + '_ {
        let values = match self {
            Text::Template { values, .. } => Some(values),
            _ => None,
        };
        values.into_iter().flat_map(Values::iter)
    }
}

impl From<&'static str> for Text {
    fn from(sentence: &'static str) -> Self {
        Text::Fixed(sentence)
    }
}

impl From<String> for Text {
    fn from(text: String) -> Self {
        Text::Made(text.into_boxed_str())
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Text::Template { template, values } => render(f, template, values.iter()),
            Text::Fixed(sentence) => f.write_str(sentence),
            Text::Made(text) => f.write_str(text),
        }
    }
}

/// How many values `template` shows (`{{` and `}}` are literal braces).
pub const fn placeholders(template: &str) -> usize {
    let bytes = template.as_bytes();
    let (mut i, mut count) = (0, 0);
    while i < bytes.len() {
        if bytes[i] == b'{' {
            if i + 1 < bytes.len() && bytes[i + 1] == b'{' {
                i += 1;
            } else {
                count += 1;
            }
        }
        i += 1;
    }
    count
}

/// One placeholder's format: `#`, `0`, a width, and a kind (`x`, `p`, `?` or none).
#[derive(Default)]
struct Spec {
    alternate: bool,
    zero: bool,
    width: usize,
    kind: Option<char>,
}

fn parse_spec(spec: &str) -> Spec {
    let mut parsed = Spec::default();
    let mut chars = spec.chars().peekable();
    if chars.peek() == Some(&'#') {
        parsed.alternate = true;
        chars.next();
    }
    if chars.peek() == Some(&'0') {
        parsed.zero = true;
        chars.next();
    }
    while let Some(digit) = chars.peek().and_then(|c| c.to_digit(10)) {
        parsed.width = parsed.width * 10 + digit as usize;
        chars.next();
    }
    parsed.kind = chars.next();
    parsed
}

fn render(f: &mut fmt::Formatter<'_>, template: &str, mut next: impl Iterator<Item = Arg>) -> fmt::Result {
    let mut rest = template;
    while let Some(at) = rest.find(['{', '}']) {
        f.write_str(&rest[..at])?;
        let tail = &rest[at..];
        if tail.starts_with("{{") || tail.starts_with("}}") {
            f.write_char(tail.as_bytes()[0] as char)?;
            rest = &tail[2..];
            continue;
        }
        let Some(end) = tail.find('}') else {
            return f.write_str(tail);
        };
        let spec = tail[1..end].split_once(':').map_or("", |(_, spec)| spec);
        match next.next() {
            Some(arg) => render_arg(f, arg, &parse_spec(spec))?,
            None => f.write_str("{?}")?,
        }
        rest = &tail[end + 1..];
    }
    f.write_str(rest)
}

fn render_arg(f: &mut fmt::Formatter<'_>, arg: Arg, spec: &Spec) -> fmt::Result {
    let mut digits = String::new();
    // An integer's bits as `{:x}` shows them (a signed value in its own width).
    let bits = match arg {
        Arg::Unsigned(v) => Some(v),
        Arg::Signed(v) => Some(v as u64),
        Arg::Signed32(v) | Arg::HResult(v) | Arg::NtStatus(v) => Some(v as u32 as u64),
        Arg::Pointer(v) => Some(v as u64),
        Arg::Word(_) | Arg::PoolTag(_) => None,
    };
    let (prefix, body): (&str, &str) = match (arg, bits) {
        (_, Some(bits)) if spec.kind == Some('x') => {
            write!(digits, "{bits:x}")?;
            (if spec.alternate { "0x" } else { "" }, &digits)
        }
        (Arg::Pointer(v), _) => {
            write!(digits, "{v:x}")?;
            ("0x", &digits)
        }
        (Arg::Unsigned(v), _) => {
            write!(digits, "{v}")?;
            ("", &digits)
        }
        (Arg::Signed(v), _) => {
            write!(digits, "{v}")?;
            ("", &digits)
        }
        (Arg::Signed32(v), _) => {
            write!(digits, "{v}")?;
            ("", &digits)
        }
        (Arg::Word(word), _) if spec.kind == Some('?') => {
            write!(digits, "{word:?}")?;
            ("", &digits)
        }
        (Arg::Word(word), _) => ("", word),
        (Arg::HResult(code), _) => match super::names::hresult(code) {
            Some(name) => ("", name),
            None => {
                write!(digits, "HRESULT {:#010x}", code as u32)?;
                ("", &digits)
            }
        },
        (Arg::NtStatus(status), _) => match super::names::ntstatus(status) {
            Some(name) => ("", name),
            None => {
                write!(digits, "NTSTATUS {:#010x}", status as u32)?;
                ("", &digits)
            }
        },
        (Arg::PoolTag(tag), _) => {
            // As poolmon shows a tag: its four bytes in memory order, unprintable ones as `.`.
            digits.push('\'');
            for byte in tag.to_le_bytes() {
                digits.push(if (0x20..0x7f).contains(&byte) { byte as char } else { '.' });
            }
            write!(digits, "' ({tag:#010x})")?;
            ("", &digits)
        }
    };
    let shown = prefix.len() + body.chars().count();
    let pad = spec.width.saturating_sub(shown);
    if spec.zero {
        f.write_str(prefix)?;
        for _ in 0..pad {
            f.write_char('0')?;
        }
    } else {
        for _ in 0..pad {
            f.write_char(' ')?;
        }
        f.write_str(prefix)?;
    }
    f.write_str(body)
}

/// Journal words from a `format!`-style template and integer, pointer or `&'static str`
/// values, made only when read: `text!("hDevice {:#010x}, NumAllocations {}", h, n)`. The count
/// of values is checked against the template at compile time; named (`{n}`) placeholders are
/// not supported.
#[macro_export]
#[doc(hidden)]
macro_rules! journal_text {
    ($template:expr $(, $arg:expr)* $(,)?) => {{
        const _: () = assert!(
            $crate::journal::placeholders($template) == <[()]>::len(&[$($crate::journal_text!(@unit $arg)),*]),
            "the template's placeholders and its values differ in number"
        );
        $crate::journal::Text::template($template, &[$($crate::journal::Arg::from($arg)),*])
    }};
    (@unit $arg:expr) => { () };
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(text: Text) -> String {
        text.to_string()
    }

    #[test]
    fn templates_read_as_format_would_write_them() {
        let (h, n, p) = (0x4000_0001u32, 2u32, 0x1234usize as *const u8);
        assert_eq!(
            shown(crate::journal_text!("hDevice {:#010x}, NumAllocations {}, hResource {:p}", h, n, p)),
            format!("hDevice {h:#010x}, NumAllocations {n}, hResource {p:p}")
        );
        let null: *const u8 = std::ptr::null();
        assert_eq!(shown(crate::journal_text!("{:p}", null)), format!("{null:p}"));
        assert_eq!(
            shown(crate::journal_text!("{:#x} {:x} {}", -1i32, 255u64, -5i64)),
            format!("{:#x} {:x} {}", -1i32, 255u64, -5i64)
        );
        assert_eq!(
            shown(crate::journal_text!("{{literal}} {:?} {}", "word", "bare")),
            "{literal} \"word\" bare"
        );
        assert_eq!(
            shown(crate::journal_text!("{:#06x}|{:4}|", 0x2au32, 7u32)),
            format!("{:#06x}|{:4}|", 0x2a, 7)
        );
    }

    #[test]
    fn status_codes_and_tags_read_by_name() {
        let text = Text::template(
            "{} {} {} {}",
            &[
                Arg::HResult(crate::abi::E_INVALIDARG),
                Arg::NtStatus(crate::abi::STATUS_NO_MEMORY),
                Arg::HResult(0x1234),
                Arg::PoolTag(u32::from_le_bytes(*b"Wddm")),
            ],
        );
        assert_eq!(shown(text), "E_INVALIDARG STATUS_NO_MEMORY HRESULT 0x00001234 'Wddm' (0x6d646457)");
    }

    #[test]
    fn placeholders_are_counted_without_escaped_braces() {
        assert_eq!(placeholders("a {} b {:#x} {{c}}"), 2);
        assert_eq!(placeholders("none"), 0);
    }
}
