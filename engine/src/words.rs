//! Fixed word lists kept as one string each. A list of `&str` costs eight bytes of pointer and
//! length per word in WebAssembly, more than most words themselves; one string with a separator
//! costs one byte per word (3.7 KB gzip less bundle for the engine's stop words, cues and lexicon).
//! Finding a word means scanning the string, so lists looked up for every word of a report stay
//! slices.

/// Separator between the words of a [`Words`] string (the ASCII unit separator).
pub const SEPARATOR: char = '\u{1f}';

/// A fixed list of words, built with [`words!`](crate::words!).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Words(pub &'static str);

impl Words {
    /// The words in order.
    pub fn iter(self) -> WordsIter {
        WordsIter(self.0)
    }

    /// Is `word` in the list?
    pub fn contains(self, word: &str) -> bool {
        self.iter().any(|w| w == word)
    }

    /// The first word ("" for an empty list).
    pub fn first(self) -> &'static str {
        self.iter().next().unwrap_or("")
    }
}

impl IntoIterator for Words {
    type Item = &'static str;
    type IntoIter = WordsIter;

    /// The words in order.
    fn into_iter(self) -> WordsIter {
        self.iter()
    }
}

/// The words of a [`Words`] list, in order (a plain byte scan: faster than `str::split` on
/// these short words).
#[derive(Debug, Clone)]
pub struct WordsIter(&'static str);

impl Iterator for WordsIter {
    type Item = &'static str;

    fn next(&mut self) -> Option<&'static str> {
        if self.0.is_empty() {
            return None;
        }
        let end = self
            .0
            .bytes()
            .position(|b| b == SEPARATOR as u8)
            .unwrap_or(self.0.len());
        let word = &self.0[..end];
        self.0 = self.0.get(end + 1..).unwrap_or("");
        Some(word)
    }
}

/// A [`Words`] list from string literals: `words!["der", "die", "das"]`.
#[macro_export]
macro_rules! words {
    ($($word:literal),* $(,)?) => {
        $crate::words::Words(concat!($($word, "\u{1f}"),*))
    };
}

#[cfg(test)]
mod tests {
    #[test]
    fn lists_iterate_and_answer_membership() {
        let list = crate::words!["Vereinigte Staaten", "USA", "U.S."];
        assert_eq!(
            list.iter().collect::<Vec<_>>(),
            ["Vereinigte Staaten", "USA", "U.S."]
        );
        assert!(list.contains("USA") && !list.contains("US") && !list.contains(""));
        assert!(list.contains("U.S.") && !list.contains("S.") && !list.contains("Staaten"));
        let tricky = crate::words!["aaa", "ab", "a"];
        assert!(tricky.contains("a") && tricky.contains("aaa") && !tricky.contains("aa"));
        assert_eq!(list.first(), "Vereinigte Staaten");
        assert_eq!(crate::words![].iter().count(), 0);
        assert_eq!(crate::words![].first(), "");
    }
}
