//! Input stage: one report's raw text, normalised (LF line endings, Unicode NFC) with a map
//! back to byte offsets in the text as it was read.

/// NFC, when the `nfc` feature is on; otherwise the text is taken as already in NFC (the web
/// app normalises with the browser before calling the engine).
#[cfg(feature = "nfc")]
mod unicode {
    use unicode_normalization::char::canonical_combining_class;
    use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

    pub fn is_nfc(text: &str) -> bool {
        is_nfc_quick(text.chars()) == IsNormalized::Yes
    }
    pub fn push_nfc(out: &mut String, chunk: &str) {
        out.extend(chunk.nfc());
    }
    pub fn is_stable(c: char) -> bool {
        canonical_combining_class(c) == 0 && is_nfc_quick(std::iter::once(c)) == IsNormalized::Yes
    }
}

#[cfg(not(feature = "nfc"))]
mod unicode {
    pub fn is_nfc(_: &str) -> bool {
        true
    }
    pub fn push_nfc(out: &mut String, chunk: &str) {
        out.push_str(chunk);
    }
    pub fn is_stable(_: char) -> bool {
        true
    }
}

/// One report as given by the user: a file name or label, its text, and an optional title.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportInput {
    /// File name or label shown to the user.
    pub name: String,
    /// The text exactly as read (any line endings, any Unicode normal form).
    pub text: String,
    /// Title to use instead of the first non-empty line.
    pub title: Option<String>,
}

impl ReportInput {
    /// A report named `name` with text `text` and a title taken from its first line.
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            text: text.into(),
            title: None,
        }
    }
}

/// A stretch of the normalised text whose bytes differ from the original.
#[derive(Debug, Clone, Copy)]
struct Edit {
    norm_start: usize,
    norm_len: usize,
    orig_start: usize,
    orig_len: usize,
}

/// Text in LF + NFC form, with a map from its byte offsets back to the original's.
///
/// Only the changed stretches are stored, so the map costs nothing for clean input.
#[derive(Debug, Clone)]
pub struct NormalizedText {
    /// The normalised text every later stage works on.
    pub text: String,
    edits: Vec<Edit>,
}

impl NormalizedText {
    /// Normalises `original`: CRLF and lone CR become LF, then Unicode NFC.
    pub fn new(original: &str) -> Self {
        if !original.contains('\r') && unicode::is_nfc(original) {
            return Self {
                text: original.to_owned(),
                edits: Vec::new(),
            };
        }
        let mut text = String::with_capacity(original.len());
        let mut edits = Vec::new();
        for (orig_start, chunk) in stable_chunks(original) {
            let norm_start = text.len();
            if chunk == "\r\n" || chunk == "\r" {
                text.push('\n');
            } else {
                unicode::push_nfc(&mut text, chunk);
            }
            let norm_len = text.len() - norm_start;
            if text[norm_start..] != *chunk {
                edits.push(Edit {
                    norm_start,
                    norm_len,
                    orig_start,
                    orig_len: chunk.len(),
                });
            }
        }
        Self { text, edits }
    }

    /// Maps a byte offset of the normalised text to the original text.
    ///
    /// Offsets inside a changed stretch snap to its start, or to its end when `is_end`.
    pub fn original_offset(&self, norm: usize, is_end: bool) -> usize {
        let idx = self.edits.partition_point(|e| e.norm_start <= norm);
        let Some(edit) = idx.checked_sub(1).map(|i| self.edits[i]) else {
            return norm;
        };
        let norm_end = edit.norm_start + edit.norm_len;
        if norm < norm_end && norm > edit.norm_start {
            return if is_end {
                edit.orig_start + edit.orig_len
            } else {
                edit.orig_start
            };
        }
        if norm == edit.norm_start {
            return edit.orig_start;
        }
        edit.orig_start + edit.orig_len + (norm - norm_end)
    }
}

/// Splits text into pieces that normalise independently: a piece starts at a line break or at
/// a character that never combines with what precedes it (combining class 0, NFC quick check Yes).
fn stable_chunks(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut starts: Vec<usize> = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c == '\r' {
            starts.push(i);
            if let Some(&(j, '\n')) = chars.peek() {
                chars.next();
                starts.push(j + 1);
                continue;
            }
            starts.push(i + 1);
        } else if unicode::is_stable(c) {
            starts.push(i);
        }
    }
    starts.push(text.len());
    starts.dedup();
    if starts.first() != Some(&0) {
        starts.insert(0, 0);
    }
    starts
        .windows(2)
        .filter(|w| w[0] < w[1])
        .map(move |w| (w[0], &text[w[0]..w[1]]))
        .collect::<Vec<_>>()
        .into_iter()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_text_maps_to_itself() {
        let n = NormalizedText::new("Hallo Welt.");
        assert_eq!(n.text, "Hallo Welt.");
        assert_eq!(n.original_offset(6, false), 6);
    }

    #[test]
    fn crlf_becomes_lf_and_offsets_follow_the_original() {
        let original = "Eins.\r\nZwei.\r\n";
        let n = NormalizedText::new(original);
        assert_eq!(n.text, "Eins.\nZwei.\n");
        let start = n.text.find("Zwei").unwrap();
        let orig = n.original_offset(start, false);
        assert_eq!(&original[orig..orig + 4], "Zwei");
        assert_eq!(n.original_offset(n.text.len(), true), original.len());
    }

    #[test]
    #[cfg(feature = "nfc")]
    fn nfd_becomes_nfc_and_offsets_follow_the_original() {
        let original = "Gru\u{0308}n und Ba\u{0308}r.";
        let n = NormalizedText::new(original);
        assert_eq!(n.text, "Grün und Bär.");
        let start = n.text.find("und").unwrap();
        let orig = n.original_offset(start, false);
        assert_eq!(&original[orig..orig + 3], "und");
        let end = n.text.find(" und").unwrap();
        assert_eq!(&original[..n.original_offset(end, true)], "Gru\u{0308}n");
    }
}
