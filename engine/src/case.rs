//! Lower case from a compact table: about 3 KB instead of the standard library's 12 KB in the
//! browser bundle. `build.rs` derives the table from `char::to_lowercase`, and a test checks every
//! character against it, so the two cannot drift apart.

include!(concat!(env!("OUT_DIR"), "/lower_runs.rs"));

/// Appends the lower case of `c` to `out`, exactly as `char::to_lowercase` gives it.
#[inline(always)]
pub fn push_lower(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else {
        push_lower_other(c, out);
    }
}

/// The lower case of `c` as one character ("İ", the one that lower-cases to two, gives "i").
pub fn lower_one(c: char) -> char {
    if c.is_ascii() {
        c.to_ascii_lowercase()
    } else if c.is_lowercase() {
        c
    } else if c == '\u{130}' {
        'i'
    } else {
        lower_char(c)
    }
}

/// [`push_lower`] for characters beyond ASCII.
fn push_lower_other(c: char, out: &mut String) {
    if c.is_lowercase() {
        out.push(c); // "ä", "é": most letters that are not ASCII, without a table search
    } else if c == '\u{130}' {
        out.push_str("i\u{307}"); // the one character that lower-cases to two
    } else {
        out.push(lower_char(c));
    }
}

/// The lower case of `c` when it is one character (all but U+0130, "İ").
fn lower_char(c: char) -> char {
    let u = c as u32;
    let i = LOWER_RUNS.partition_point(|r| r.0 <= u);
    let Some(&(first, last, delta, stride)) = i.checked_sub(1).map(|i| &LOWER_RUNS[i]) else {
        return c;
    };
    if u > last || !(u - first).is_multiple_of(stride) {
        return c;
    }
    char::from_u32(u.wrapping_add_signed(delta)).unwrap_or(c)
}

/// `text` in lower case, character by character (a final capital sigma becomes "σ", not "ς" as
/// with `str::to_lowercase`).
pub fn lower(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    text.chars().for_each(|c| push_lower(c, &mut out));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_character_lowers_like_the_standard_library() {
        let mut mine = String::new();
        for c in (0..=0x10FFFF_u32).filter_map(char::from_u32) {
            mine.clear();
            push_lower(c, &mut mine);
            assert_eq!(
                mine,
                c.to_lowercase().collect::<String>(),
                "U+{:04X}",
                c as u32
            );
        }
    }

    #[test]
    fn words_lower() {
        assert_eq!(
            lower("ÉTATS-UNIS Straße İ ΣΟΦΟΣ"),
            "états-unis straße i\u{307} σοφοσ"
        );
    }
}
