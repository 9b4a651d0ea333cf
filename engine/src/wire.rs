//! A compact binary form of a [`Comparison`], for handing it from one thread to another (the
//! browser's engine worker to its page): numbers as LEB128 varints, texts as their length and
//! UTF-8 bytes, scores as four little-endian bytes, enums as their position. Reading it back
//! takes far less code than a JSON reader for every model type (about 12 KB gzip less in the
//! bundle) and less time. Not a file format: writer and reader are always the same build; the
//! JSON of `docs/SCHEMA.md` stays the format for files.
//!
//! A comparison travels in parts of about a given size, so the reader can take one part per
//! task: the head, each document, then the facts and the groups in slices ([`encode_parts`],
//! [`Assembler`]).

use crate::facts::FactKind;
use crate::language::Language;
use crate::model::{
    Agreement, Comparison, Coverage, Document, Fact, FactDifference, Group, Member, Mention, Near,
    Passage, WordMark,
};
use crate::options::{CompareOptions, Granularity};
use crate::segment::{BoilerplateReason, PassageKind};

/// Appends values to a byte buffer.
#[derive(Debug, Default)]
pub struct Writer {
    bytes: Vec<u8>,
}

/// Reads values back from bytes; every read is `None` once the bytes do not fit.
#[derive(Debug)]
pub struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

/// A value with a binary form.
pub trait Wire: Sized {
    /// Appends the value.
    fn write(&self, w: &mut Writer);
    /// Reads a value, or `None` for bytes that are not one.
    fn read(r: &mut Reader) -> Option<Self>;
}

impl Writer {
    fn uint(&mut self, mut v: usize) {
        loop {
            let byte = (v & 0x7f) as u8;
            v >>= 7;
            if v == 0 {
                self.bytes.push(byte);
                return;
            }
            self.bytes.push(byte | 0x80);
        }
    }

    /// Writes `value`.
    pub fn put<T: Wire>(&mut self, value: &T) -> &mut Self {
        value.write(self);
        self
    }

    /// The bytes written.
    pub fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }
}

impl<'a> Reader<'a> {
    /// A reader at the start of `bytes`.
    pub fn new(bytes: &'a [u8]) -> Self {
        Self { bytes, pos: 0 }
    }

    fn uint(&mut self) -> Option<usize> {
        let mut v = 0usize;
        for shift in (0..usize::BITS).step_by(7) {
            let byte = *self.bytes.get(self.pos)?;
            self.pos += 1;
            v |= usize::from(byte & 0x7f).checked_shl(shift)?;
            if byte & 0x80 == 0 {
                return Some(v);
            }
        }
        None
    }

    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let slice = self.bytes.get(self.pos..self.pos.checked_add(n)?)?;
        self.pos += n;
        Some(slice)
    }

    /// Reads a value.
    pub fn get<T: Wire>(&mut self) -> Option<T> {
        T::read(self)
    }

    /// Has every byte been read?
    pub fn is_done(&self) -> bool {
        self.pos == self.bytes.len()
    }
}

/// `value` as bytes.
pub fn to_bytes<T: Wire>(value: &T) -> Vec<u8> {
    let mut w = Writer::default();
    w.put(value);
    w.into_bytes()
}

/// The value that `bytes` hold, all of them.
pub fn from_bytes<T: Wire>(bytes: &[u8]) -> Option<T> {
    let mut r = Reader::new(bytes);
    let value = r.get()?;
    r.is_done().then_some(value)
}

impl Wire for usize {
    fn write(&self, w: &mut Writer) {
        w.uint(*self);
    }
    fn read(r: &mut Reader) -> Option<Self> {
        r.uint()
    }
}

impl Wire for u32 {
    fn write(&self, w: &mut Writer) {
        w.uint(*self as usize);
    }
    fn read(r: &mut Reader) -> Option<Self> {
        r.uint()?.try_into().ok()
    }
}

impl Wire for f32 {
    fn write(&self, w: &mut Writer) {
        w.bytes.extend_from_slice(&self.to_le_bytes());
    }
    fn read(r: &mut Reader) -> Option<Self> {
        Some(f32::from_le_bytes(r.take(4)?.try_into().ok()?))
    }
}

impl Wire for bool {
    fn write(&self, w: &mut Writer) {
        w.uint(usize::from(*self));
    }
    fn read(r: &mut Reader) -> Option<Self> {
        match r.uint()? {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }
}

impl Wire for String {
    fn write(&self, w: &mut Writer) {
        w.uint(self.len());
        w.bytes.extend_from_slice(self.as_bytes());
    }
    fn read(r: &mut Reader) -> Option<Self> {
        let n = r.uint()?;
        String::from_utf8(r.take(n)?.to_vec()).ok()
    }
}

impl<T: Wire> Wire for Vec<T> {
    fn write(&self, w: &mut Writer) {
        w.uint(self.len());
        self.iter().for_each(|item| item.write(w));
    }
    fn read(r: &mut Reader) -> Option<Self> {
        let n = r.uint()?;
        // Every item takes at least one byte: a longer count is damage, not a big allocation.
        if n > r.bytes.len() - r.pos {
            return None;
        }
        // (A plain loop: collecting into `Option<Vec<T>>` cost an adapter per item type.)
        let mut items = Vec::with_capacity(n);
        for _ in 0..n {
            items.push(T::read(r)?);
        }
        Some(items)
    }
}

impl<T: Wire> Wire for Option<T> {
    fn write(&self, w: &mut Writer) {
        match self {
            None => w.uint(0),
            Some(v) => {
                w.uint(1);
                v.write(w);
            }
        }
    }
    fn read(r: &mut Reader) -> Option<Self> {
        match r.uint()? {
            0 => Some(None),
            1 => Some(Some(T::read(r)?)),
            _ => None,
        }
    }
}

/// Fieldless enums as their position in an array of every variant.
macro_rules! wire_enum {
    ($t:ty, $all:expr) => {
        impl Wire for $t {
            fn write(&self, w: &mut Writer) {
                w.uint($all.iter().position(|v| v == self).unwrap_or(0));
            }
            fn read(r: &mut Reader) -> Option<Self> {
                $all.get(r.uint()?).copied()
            }
        }
    };
}

wire_enum!(Granularity, [Granularity::Sentence, Granularity::Paragraph]);
wire_enum!(
    PassageKind,
    [
        PassageKind::Content,
        PassageKind::Heading,
        PassageKind::Boilerplate
    ]
);
wire_enum!(
    Agreement,
    [Agreement::All, Agreement::Some, Agreement::OnlyHere]
);
wire_enum!(FactKind, FactKind::ALL);
wire_enum!(BoilerplateReason, BoilerplateReason::ALL);

impl Wire for Language {
    /// A detectable language by its position, `Other` after them.
    fn write(&self, w: &mut Writer) {
        let all = Language::DETECTABLE;
        w.uint(all.iter().position(|l| l == self).unwrap_or(all.len()));
    }
    fn read(r: &mut Reader) -> Option<Self> {
        let i = r.uint()?;
        let all = Language::DETECTABLE;
        all.get(i)
            .copied()
            .or((i == all.len()).then_some(Language::Other))
    }
}

/// Structs as their fields in order.
macro_rules! wire_struct {
    ($t:ident { $($field:ident),+ $(,)? }) => {
        impl Wire for $t {
            fn write(&self, w: &mut Writer) {
                $(self.$field.write(w);)+
            }
            fn read(r: &mut Reader) -> Option<Self> {
                Some($t { $($field: r.get()?),+ })
            }
        }
    };
}

wire_struct!(CompareOptions {
    threshold,
    granularity,
    max_per_report
});
wire_struct!(Document {
    name,
    title,
    language,
    lang,
    passages
});
wire_struct!(Passage {
    text,
    start,
    end,
    kind,
    reason,
    paragraph,
    group,
    also,
    agreement,
    near
});
wire_struct!(Near {
    doc,
    passage,
    score
});
wire_struct!(Group {
    members,
    reports,
    score,
    agreement,
    fact_differences
});
wire_struct!(Member {
    doc,
    passage,
    tokens
});
wire_struct!(WordMark {
    text,
    start,
    end,
    shared_with,
    moved,
    content,
    number
});
wire_struct!(Coverage {
    doc,
    statements,
    in_all,
    in_some,
    only_here
});
wire_struct!(Fact {
    kind,
    key,
    label,
    variants,
    reports,
    mentions
});
wire_struct!(Mention {
    doc,
    passage,
    start,
    end
});
wire_struct!(FactDifference { fact, reports });
wire_struct!(Comparison {
    schema_version,
    options,
    documents,
    groups,
    summary,
    facts
});

/// The first part: everything but documents, facts and groups, and how many parts of each
/// follow.
struct Head {
    schema_version: u32,
    options: CompareOptions,
    documents: usize,
    fact_parts: usize,
    summary: Vec<Coverage>,
}

wire_struct!(Head {
    schema_version,
    options,
    documents,
    fact_parts,
    summary
});

/// `items` in slices of about `part_bytes` each (one item at least).
fn slices<T: Wire>(items: &[T], part_bytes: usize) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let (mut part, mut count) = (Writer::default(), 0usize);
    let mut flush = |part: &mut Writer, count: &mut usize| {
        let mut w = Writer::default();
        w.uint(*count);
        w.bytes.append(&mut part.bytes);
        out.push(w.into_bytes());
        *count = 0;
    };
    for item in items {
        let before = part.bytes.len();
        item.write(&mut part);
        count += 1;
        if before > 0 && part.bytes.len() > part_bytes {
            // The item overflows the part: it starts the next one.
            let spill = part.bytes.split_off(before);
            count -= 1;
            flush(&mut part, &mut count);
            part.bytes = spill;
            count = 1;
        }
    }
    if count > 0 {
        flush(&mut part, &mut count);
    }
    out
}

/// `c` as parts of about `part_bytes` bytes: the head, each document, the facts in slices, the
/// groups in slices. [`Assembler`] puts them together again.
pub fn encode_parts(c: &Comparison, part_bytes: usize) -> Vec<Vec<u8>> {
    let facts = slices(&c.facts, part_bytes);
    let head = Head {
        schema_version: c.schema_version,
        options: c.options,
        documents: c.documents.len(),
        fact_parts: facts.len(),
        summary: c.summary.clone(),
    };
    let mut parts = vec![to_bytes(&head)];
    parts.extend(c.documents.iter().map(to_bytes));
    parts.extend(facts);
    parts.extend(slices(&c.groups, part_bytes));
    parts
}

/// Puts a comparison together from the parts of [`encode_parts`], one part at a time.
pub struct Assembler {
    head: Head,
    documents: Vec<Document>,
    facts: Vec<Fact>,
    groups: Vec<Group>,
    read: usize,
}

impl Assembler {
    /// Starts with the head part, or `None` if it is none.
    pub fn new(head: &[u8]) -> Option<Self> {
        let head: Head = from_bytes(head)?;
        Some(Self {
            documents: Vec::with_capacity(head.documents.min(1 << 16)),
            head,
            facts: Vec::new(),
            groups: Vec::new(),
            read: 0,
        })
    }

    /// Reads the next part, or `None` if it does not fit.
    pub fn add(&mut self, part: &[u8]) -> Option<()> {
        let (docs, fact_parts) = (self.head.documents, self.head.fact_parts);
        if self.read < docs {
            self.documents.push(from_bytes(part)?);
        } else if self.read < docs + fact_parts {
            self.facts.extend(from_bytes::<Vec<Fact>>(part)?);
        } else {
            self.groups.extend(from_bytes::<Vec<Group>>(part)?);
        }
        self.read += 1;
        Some(())
    }

    /// The comparison, once every document came.
    pub fn finish(self) -> Option<Comparison> {
        (self.documents.len() == self.head.documents).then_some(Comparison {
            schema_version: self.head.schema_version,
            options: self.head.options,
            documents: self.documents,
            groups: self.groups,
            summary: self.head.summary,
            facts: self.facts,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{compare, ReportInput};

    fn seeds() -> Comparison {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../data");
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        let reports: Vec<ReportInput> = files
            .iter()
            .map(|p| ReportInput::new("r", std::fs::read_to_string(p).unwrap()))
            .collect();
        compare(&reports, &CompareOptions::default())
    }

    #[test]
    fn a_comparison_comes_back_whole() {
        let c = seeds();
        assert!(!c.groups.is_empty() && !c.facts.is_empty());
        assert_eq!(from_bytes::<Comparison>(&to_bytes(&c)), Some(c.clone()));
        // In parts, small ones too (every group and fact in a part of its own).
        for part_bytes in [1, 200, 200_000] {
            let parts = encode_parts(&c, part_bytes);
            let mut a = Assembler::new(&parts[0]).unwrap();
            for p in &parts[1..] {
                a.add(p).unwrap();
            }
            assert_eq!(a.finish(), Some(c.clone()), "parts of {part_bytes} bytes");
        }
        assert!(encode_parts(&c, 1).len() > c.groups.len() + c.facts.len());
    }

    #[test]
    fn damaged_bytes_are_refused_without_panic() {
        let bytes = to_bytes(&seeds());
        assert_eq!(from_bytes::<Comparison>(&bytes[..bytes.len() - 1]), None);
        let mut longer = bytes.clone();
        longer.push(0);
        assert_eq!(from_bytes::<Comparison>(&longer), None);
        for cut in (0..bytes.len()).step_by(97) {
            let _ = from_bytes::<Comparison>(&bytes[..cut]);
            let mut flipped = bytes.clone();
            flipped[cut] ^= 0xff;
            let _ = from_bytes::<Comparison>(&flipped);
        }
        assert_eq!(from_bytes::<Vec<u32>>(&[0xff; 12]), None);
        assert!(Assembler::new(&[]).is_none());
    }

    #[test]
    fn numbers_of_every_size() {
        for v in [0usize, 1, 127, 128, 300, 1 << 20, usize::MAX] {
            assert_eq!(from_bytes::<usize>(&to_bytes(&v)), Some(v));
        }
        for v in [0.0f32, 0.3, 1.0, f32::MIN_POSITIVE] {
            assert_eq!(from_bytes::<f32>(&to_bytes(&v)), Some(v));
        }
    }
}
