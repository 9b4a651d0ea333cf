//! Reading JSON without serde: a small parser into a [`Json`] tree, and field helpers with
//! one-line error messages. serde's generated readers and `serde_json`'s deserializer cost
//! about 16 KB gzip of the bundle more than this parser for the few files the app reads (saved
//! state, permalinks, imports). Writing stays with serde (one schema with the CLI). A test checks this
//! parser against `serde_json` on the same inputs.

/// A parsed JSON value; object members keep their order.
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// Any number.
    Number(f64),
    /// A string, unescaped.
    String(String),
    /// An array.
    Array(Vec<Json>),
    /// An object's members in file order.
    Object(Vec<(String, Json)>),
}

/// Nesting deeper than this is refused (no stack overflow on hostile files).
const MAX_DEPTH: usize = 128;

/// Parses `text` as one JSON value, or says where it is not JSON.
pub fn parse(text: &str) -> Result<Json, String> {
    let mut p = Parser {
        bytes: text.as_bytes(),
        at: 0,
    };
    let value = p.value(0)?;
    p.space();
    if p.at < p.bytes.len() {
        return Err(p.error("trailing characters"));
    }
    Ok(value)
}

struct Parser<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Parser<'_> {
    fn error(&self, what: &str) -> String {
        let before = &self.bytes[..self.at.min(self.bytes.len())];
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let column = before.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
        format!("{what} at line {line} column {column}")
    }

    fn space(&mut self) {
        while self
            .bytes
            .get(self.at)
            .is_some_and(|b| b" \t\r\n".contains(b))
        {
            self.at += 1;
        }
    }

    fn eat(&mut self, literal: &str) -> bool {
        let found = self.bytes[self.at..].starts_with(literal.as_bytes());
        if found {
            self.at += literal.len();
        }
        found
    }

    fn value(&mut self, depth: usize) -> Result<Json, String> {
        if depth > MAX_DEPTH {
            return Err(self.error("nested too deeply"));
        }
        self.space();
        match self.bytes.get(self.at) {
            None => Err(self.error("EOF while parsing a value")),
            Some(b'{') => self.object(depth),
            Some(b'[') => self.array(depth),
            Some(b'"') => self.string().map(Json::String),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) if self.eat("true") => Ok(Json::Bool(true)),
            Some(_) if self.eat("false") => Ok(Json::Bool(false)),
            Some(_) if self.eat("null") => Ok(Json::Null),
            Some(_) => Err(self.error("expected value")),
        }
    }

    /// After `open`: values separated by commas up to `close`, each read by `item`.
    fn list(
        &mut self,
        close: u8,
        mut item: impl FnMut(&mut Self) -> Result<(), String>,
    ) -> Result<(), String> {
        self.at += 1;
        self.space();
        if self.bytes.get(self.at) == Some(&close) {
            self.at += 1;
            return Ok(());
        }
        loop {
            item(self)?;
            self.space();
            match self.bytes.get(self.at) {
                Some(b',') => self.at += 1,
                Some(&b) if b == close => {
                    self.at += 1;
                    return Ok(());
                }
                None => return Err(self.error("EOF while parsing a list or object")),
                Some(_) => return Err(self.error("expected `,` or a closing bracket")),
            }
        }
    }

    fn array(&mut self, depth: usize) -> Result<Json, String> {
        let mut items = Vec::new();
        self.list(b']', |p| {
            items.push(p.value(depth + 1)?);
            Ok(())
        })?;
        Ok(Json::Array(items))
    }

    fn object(&mut self, depth: usize) -> Result<Json, String> {
        let mut members = Vec::new();
        self.list(b'}', |p| {
            p.space();
            if p.bytes.get(p.at) != Some(&b'"') {
                return Err(p.error("expected a member name"));
            }
            let key = p.string()?;
            p.space();
            if !p.eat(":") {
                return Err(p.error("expected `:`"));
            }
            members.push((key, p.value(depth + 1)?));
            Ok(())
        })?;
        Ok(Json::Object(members))
    }

    fn number(&mut self) -> Result<Json, String> {
        let start = self.at;
        let digits = |p: &mut Self| {
            let from = p.at;
            while p.bytes.get(p.at).is_some_and(u8::is_ascii_digit) {
                p.at += 1;
            }
            p.at > from
        };
        self.eat("-");
        let int_start = self.at;
        if !digits(self) || (self.bytes[int_start] == b'0' && self.at - int_start > 1) {
            return Err(self.error("invalid number"));
        }
        if self.eat(".") && !digits(self) {
            return Err(self.error("invalid number"));
        }
        if self.eat("e") || self.eat("E") {
            let _ = self.eat("+") || self.eat("-");
            if !digits(self) {
                return Err(self.error("invalid number"));
            }
        }
        let value = decimal(&self.bytes[start..self.at]);
        if !value.is_finite() {
            return Err(self.error("number out of range"));
        }
        Ok(Json::Number(value))
    }

    fn string(&mut self) -> Result<String, String> {
        self.at += 1; // the opening quote
        let mut out = String::new();
        loop {
            let run = self.at;
            while self
                .bytes
                .get(self.at)
                .is_some_and(|&b| b != b'"' && b != b'\\' && b >= 0x20)
            {
                self.at += 1;
            }
            // The input is a &str and the run stops at ASCII bytes: always whole characters.
            out.push_str(std::str::from_utf8(&self.bytes[run..self.at]).unwrap_or_default());
            match self.bytes.get(self.at) {
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    let escaped = self.escape()?;
                    out.push(escaped);
                }
                Some(_) => return Err(self.error("control character in a string")),
                None => return Err(self.error("EOF while parsing a string")),
            }
        }
    }

    /// After a backslash: the escaped character (surrogate pairs joined).
    fn escape(&mut self) -> Result<char, String> {
        let c = match self.bytes.get(self.at) {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                self.at += 1;
                let high = self.hex4()?;
                let code = if (0xD800..0xDC00).contains(&high) && self.eat("\\u") {
                    let low = self.hex4()?;
                    if !(0xDC00..0xE000).contains(&low) {
                        return Err(self.error("invalid surrogate pair"));
                    }
                    0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                } else {
                    high
                };
                return char::from_u32(code).ok_or_else(|| self.error("lone surrogate"));
            }
            _ => return Err(self.error("invalid escape")),
        };
        self.at += 1;
        Ok(c)
    }

    fn hex4(&mut self) -> Result<u32, String> {
        let hex = self
            .bytes
            .get(self.at..self.at + 4)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u32::from_str_radix(h, 16).ok())
            .ok_or_else(|| self.error("invalid \\u escape"))?;
        self.at += 4;
        Ok(hex)
    }
}

/// The value of a well-formed JSON number. Exact (correctly rounded) for up to 15 significant
/// digits and exponents up to ±22, everything the app writes; close otherwise. The standard
/// library's parser would be exact everywhere but brings 24 KB of tables into the bundle.
fn decimal(number: &[u8]) -> f64 {
    let (mut mantissa, mut digits, mut exponent) = (0u64, 0usize, 0i32);
    let (mut fraction, mut negative, mut bytes) = (false, false, number.iter());
    for &b in bytes.by_ref() {
        match b {
            b'-' => negative = true,
            b'.' => fraction = true,
            b'0'..=b'9' if digits < 19 => {
                if mantissa > 0 || b != b'0' {
                    digits += 1;
                }
                mantissa = mantissa * 10 + u64::from(b - b'0');
                exponent -= i32::from(fraction);
            }
            b'0'..=b'9' => exponent += i32::from(!fraction), // digits beyond u64: scale only
            _ => break,                                      // 'e' or 'E'
        }
    }
    let rest: Vec<u8> = bytes.copied().collect();
    let (sign, power) = match rest.split_first() {
        Some((b'-', p)) => (-1, p),
        Some((b'+', p)) => (1, p),
        _ => (1, &rest[..]),
    };
    let power = power.iter().fold(0i32, |a, &d| {
        a.saturating_mul(10).saturating_add(i32::from(d - b'0'))
    });
    exponent = exponent.saturating_add(sign * power);
    while mantissa > 0 && mantissa % 10 == 0 && exponent < 0 {
        mantissa /= 10; // "3.0e-22" is 3e-22: keeps the exponent in the exact range
        exponent += 1;
    }
    let m = mantissa as f64;
    // Powers of ten up to 1e22 are exact, so one rounding step (Clinger's fast path).
    let value = if exponent >= 0 {
        m * 10f64.powi(exponent)
    } else {
        m / 10f64.powi(exponent.saturating_neg())
    };
    if negative {
        -value
    } else {
        value
    }
}

impl Json {
    /// The member `key` of an object (`None` for other values or when absent).
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// What kind of value this is, for messages.
    fn kind(&self) -> &'static str {
        match self {
            Json::Null => "null",
            Json::Bool(_) => "a boolean",
            Json::Number(_) => "a number",
            Json::String(_) => "a string",
            Json::Array(_) => "an array",
            Json::Object(_) => "an object",
        }
    }

    /// Member `key`, required: absent (or `null`) gives "missing field `key`".
    pub fn field(&self, key: &str) -> Result<&Json, String> {
        match self.get(key) {
            Some(Json::Null) | None => Err(format!("missing field `{key}`")),
            Some(v) => Ok(v),
        }
    }

    /// Member `key` if present and not `null`.
    pub fn optional(&self, key: &str) -> Option<&Json> {
        self.get(key).filter(|v| **v != Json::Null)
    }

    /// This value as a string.
    pub fn string(&self) -> Result<String, String> {
        match self {
            Json::String(s) => Ok(s.clone()),
            other => Err(format!("expected a string, found {}", other.kind())),
        }
    }

    /// This value as a number.
    pub fn number(&self) -> Result<f64, String> {
        match self {
            Json::Number(n) => Ok(*n),
            other => Err(format!("expected a number, found {}", other.kind())),
        }
    }

    /// This value as a whole number in `u32`.
    pub fn u32(&self) -> Result<u32, String> {
        let n = self.number()?;
        if n.fract() == 0.0 && (0.0..=u32::MAX as f64).contains(&n) {
            Ok(n as u32)
        } else {
            Err("expected a whole number".to_owned())
        }
    }

    /// This value as a boolean.
    pub fn bool(&self) -> Result<bool, String> {
        match self {
            Json::Bool(b) => Ok(*b),
            other => Err(format!("expected a boolean, found {}", other.kind())),
        }
    }

    /// This value as an array, each item read by `item`.
    pub fn array<T>(&self, item: impl Fn(&Json) -> Result<T, String>) -> Result<Vec<T>, String> {
        match self {
            // (A plain loop: collecting into `Result<Vec<T>, _>` cost an adapter per type.)
            Json::Array(items) => {
                let mut out = Vec::with_capacity(items.len());
                for x in items {
                    out.push(item(x)?);
                }
                Ok(out)
            }
            other => Err(format!("expected an array, found {}", other.kind())),
        }
    }

    /// This value as one of `names` (a unit enum variant), by position.
    pub fn variant(&self, names: &[&str]) -> Result<usize, String> {
        let s = self.string()?;
        names.iter().position(|n| *n == s).ok_or_else(|| {
            format!(
                "unknown variant `{s}`, expected one of {}",
                names.join(", ")
            )
        })
    }
}

/// Prefixes an error with the field it occurred in.
pub fn within<T>(key: &str, read: Result<T, String>) -> Result<T, String> {
    read.map_err(|e| format!("{key}: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same_as_serde(text: &str) {
        let ours = parse(text);
        let theirs = serde_json::from_str::<serde_json::Value>(text);
        assert_eq!(
            ours.is_ok(),
            theirs.is_ok(),
            "{text:?}: {ours:?} vs {theirs:?}"
        );
        if let (Ok(ours), Ok(theirs)) = (ours, theirs) {
            assert!(close(&sorted(ours), &from_serde(&theirs)), "{text:?}");
        }
    }

    /// Equal, numbers within a relative 1e-12 (exact up to 15 digits and exponents of ±22;
    /// [`decimal`]).
    fn close(a: &Json, b: &Json) -> bool {
        match (a, b) {
            (Json::Number(x), Json::Number(y)) => (x - y).abs() <= 1e-12 * x.abs().max(y.abs()),
            (Json::Array(x), Json::Array(y)) => {
                x.len() == y.len() && x.iter().zip(y).all(|(a, b)| close(a, b))
            }
            (Json::Object(x), Json::Object(y)) => {
                x.len() == y.len()
                    && x.iter()
                        .zip(y)
                        .all(|((ka, a), (kb, b))| ka == kb && close(a, b))
            }
            _ => a == b,
        }
    }

    /// Members in key order, as `serde_json::Value` keeps them.
    fn sorted(v: Json) -> Json {
        match v {
            Json::Array(a) => Json::Array(a.into_iter().map(sorted).collect()),
            Json::Object(mut o) => {
                o.sort_by(|a, b| a.0.cmp(&b.0));
                Json::Object(o.into_iter().map(|(k, v)| (k, sorted(v))).collect())
            }
            other => other,
        }
    }

    fn from_serde(v: &serde_json::Value) -> Json {
        use serde_json::Value as V;
        match v {
            V::Null => Json::Null,
            V::Bool(b) => Json::Bool(*b),
            V::Number(n) => Json::Number(n.as_f64().unwrap()),
            V::String(s) => Json::String(s.clone()),
            V::Array(a) => Json::Array(a.iter().map(from_serde).collect()),
            V::Object(o) => {
                Json::Object(o.iter().map(|(k, v)| (k.clone(), from_serde(v))).collect())
            }
        }
    }

    #[test]
    fn parses_like_serde_json() {
        for text in [
            "null",
            "true",
            " false ",
            "0",
            "-0",
            "12",
            "-3.5e2",
            "1E+2",
            "0.25",
            "\"\"",
            "\"a\\\"b\\\\c\\/d\\n\\t\\u00e9\\ud83d\\ude00 ü\"",
            "[]",
            "[1, [2, [3]]]",
            "{}",
            "{\"a\": 1, \"b\": [true, null], \"c\": {\"d\": \"e\"}}",
            "{",
            "[1,]",
            "[1 2]",
            "{\"a\" 1}",
            "{\"a\": }",
            "01",
            "1.",
            "-",
            ".5",
            "1e",
            "\"abc",
            "\"\\x\"",
            "\"\\ud800\"",
            "\"tab\there\"",
            "tru",
            "nul",
            "[] x",
            "{\"a\":1}}",
            "",
        ] {
            same_as_serde(text);
        }
    }

    proptest::proptest! {
        /// Random texts of JSON's building blocks: both parsers accept and reject alike and read
        /// the same values.
        #[test]
        fn random_texts_parse_like_serde_json(parts in proptest::collection::vec(
            proptest::sample::select(vec![
                "{", "}", "[", "]", ",", ":", " ", "\n", "\"a\"", "\"\\u00e9\\n\"", "\"ü\"", "0",
                "-1", "2.5", "1e3", "-0.0e-2", "01", "1.", "true", "false", "null", "nul", "\"",
                "\\", "\"\\ud83d\\ude00\"", "\"\\ud800\"", "x",
            ]),
            0..24,
        )) {
            same_as_serde(&parts.concat());
        }
    }

    #[test]
    fn saved_state_round_trips_through_serde_writer() {
        let saved = crate::state::Saved::example(crate::i18n::UiLang::En);
        let text = serde_json::to_string(&saved).unwrap();
        same_as_serde(&text);
    }

    #[test]
    fn numbers_as_the_standard_library_reads_them() {
        for text in [
            "0",
            "-0",
            "7",
            "0.3",
            "0.42",
            "0.05",
            "0.95",
            "-2.5E+3",
            "1e-7",
            "12.5e1",
            "123456789012345",
            "0.123456789012345",
            "4294967295",
            "1E22",
            "3.0e-22",
        ] {
            let expected: f64 = text.parse().unwrap();
            assert_eq!(decimal(text.as_bytes()), expected, "{text}");
            assert_eq!(
                decimal(text.as_bytes()) as f32,
                text.parse::<f32>().unwrap(),
                "{text}"
            );
        }
    }

    #[test]
    fn errors_say_where_and_what() {
        let e = parse("{\"a\": [1, 2,\n  x]}").unwrap_err();
        assert_eq!(e, "expected value at line 2 column 3");
        let deep = "[".repeat(1000);
        assert!(parse(&deep).unwrap_err().starts_with("nested too deeply"));
        let v = parse("{\"n\": 1.5, \"s\": \"x\", \"z\": null}").unwrap();
        assert_eq!(
            v.field("n").unwrap().u32().unwrap_err(),
            "expected a whole number"
        );
        assert_eq!(v.field("z").unwrap_err(), "missing field `z`");
        assert_eq!(
            v.field("s").unwrap().number().unwrap_err(),
            "expected a number, found a string"
        );
        assert_eq!(
            v.field("s").unwrap().variant(&["A", "B"]).unwrap_err(),
            "unknown variant `x`, expected one of A, B"
        );
    }
}
