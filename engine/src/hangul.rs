//! Korean words without their endings. Korean is written with spaces, but particles and verb
//! endings are glued to the word: "중국이" / "중국의" / "중국" are one country, "공격했다고"
//! ("said that … attacked") and "공격" one attack. No Snowball stemmer covers Korean, so a
//! word of Hangul syllables loses its longest known ending (twice: "해커들을" → "해커들" →
//! "해커"), as long as two syllables remain: "국가" (state) keeps its "가".

/// Particles and the endings of verbs made with 하다 / 되다, longest first within each length.
const ENDINGS: crate::words::Words = crate::words![
    "하겠다고",
    "에서는",
    "에게서",
    "으로는",
    "으로서",
    "으로써",
    "이라고",
    "했다고",
    "했다며",
    "했으며",
    "했다는",
    "하겠다",
    "한다고",
    "한다는",
    "되었다",
    "에서",
    "에게",
    "으로",
    "까지",
    "부터",
    "처럼",
    "보다",
    "라고",
    "이며",
    "이고",
    "했다",
    "했고",
    "한다",
    "하고",
    "하는",
    "하며",
    "하기",
    "하여",
    "해서",
    "하던",
    "된다",
    "됐다",
    "되는",
    "와",
    "과",
    "은",
    "는",
    "이",
    "가",
    "을",
    "를",
    "의",
    "에",
    "로",
    "도",
    "만",
    "들",
    "된",
];

/// Is every character of `word` a Hangul syllable?
fn is_hangul(word: &str) -> bool {
    !word.is_empty() && word.chars().all(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c))
}

/// A Korean amount as one key, its value and its unit's first syllable: "1천550원으로",
/// "1,550원이" and "1550원" are all "1550원"; "1조2천억원" is "1200000000000원" (thousands
/// with 천, ten thousands with 만, 억 and 조 above; the particles after the unit dropped).
/// `None` for anything else, so other words and scripts keep their keys.
pub fn amount(word: &str) -> Option<String> {
    if !word.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let (mut total, mut section, mut current) = (0u64, 0u64, 0u64);
    for c in word.chars() {
        let scale = match c {
            '0'..='9' => {
                current = current.checked_mul(10)? + u64::from(c as u8 - b'0');
                continue;
            }
            ',' => continue,
            '천' => 1_000,
            '백' => 100,
            '만' => 10_000,
            '억' => 100_000_000,
            '조' => 1_000_000_000_000,
            c if is_hangul(c.encode_utf8(&mut [0; 4])) => {
                let value = total + section + current;
                return Some(format!("{value}{c}"));
            }
            _ => return None,
        };
        if scale < 10_000 {
            section += current.max(1).checked_mul(scale)?;
        } else {
            total += (section + current).max(1).checked_mul(scale)?;
            section = 0;
        }
        current = 0;
    }
    None
}

/// `word` without up to two Korean endings (see the module doc); other words as they are.
pub fn strip_endings(word: &str) -> &str {
    if !is_hangul(word) {
        return word;
    }
    let mut stem = word;
    for _ in 0..2 {
        let syllables = stem.chars().count();
        let cut = ENDINGS
            .iter()
            .filter(|e| stem.ends_with(e) && syllables >= e.chars().count() + 2)
            .max_by_key(|e| e.len());
        match cut {
            Some(e) => stem = &stem[..stem.len() - e.len()],
            None => break,
        }
    }
    stem
}

#[cfg(test)]
mod tests {
    use super::{amount, strip_endings};

    #[test]
    fn korean_amounts_meet_however_they_are_written() {
        for written in ["1천550원으로", "1,550원이", "1550원", "1천5백50원"] {
            assert_eq!(amount(written).as_deref(), Some("1550원"), "{written}");
        }
        assert_eq!(amount("1조2천억원에").as_deref(), Some("1200000000000원"));
        assert_eq!(amount("3만명이").as_deref(), Some("30000명"));
        // Other words keep their keys: no figure first, no unit, another script.
        for other in ["서울시는", "2026", "1.5km", "4小时", "16:20"] {
            assert_eq!(amount(other), None, "{other}");
        }
    }

    #[test]
    fn particles_and_verb_endings_go_two_syllables_stay() {
        assert_eq!(strip_endings("중국이"), "중국");
        assert_eq!(strip_endings("외교부는"), "외교부");
        assert_eq!(strip_endings("해커들을"), "해커");
        assert_eq!(strip_endings("공격했다고"), "공격");
        assert_eq!(strip_endings("비난했다"), "비난");
        // Two syllables stay whole: "국가" is a state, not "국" with a particle.
        assert_eq!(strip_endings("국가"), "국가");
        assert_eq!(strip_endings("이메일"), "이메일");
        // Other scripts are untouched.
        assert_eq!(strip_endings("Angriffe"), "Angriffe");
    }
}
