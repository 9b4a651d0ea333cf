//! A deterministic synthetic corpus for scaling benchmarks: N reports of about W words about one
//! "event". Each report retells a random share of shared base facts (with dropped, swapped and
//! inserted words) and adds its own sentences, in paragraphs under a title, with a Zipf-like
//! vocabulary. Shared by the criterion bench and the memory/others examples.
#![allow(dead_code)]

/// xorshift64*: small, deterministic, good enough for test data.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed.max(1))
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }
    pub fn chance(&mut self, p: f64) -> bool {
        (self.next_u64() % 1_000_000) as f64 / 1_000_000.0 < p
    }
    /// Zipf-ish index in 0..n: small indices are much more frequent.
    pub fn zipf(&mut self, n: usize) -> usize {
        let u = (self.next_u64() % 1_000_000) as f64 / 1_000_000.0;
        ((n as f64).powf(u) - 1.0) as usize % n.max(1)
    }
}

const SYLLABLES: &[&str] = &[
    "ka", "re", "mi", "to", "sa", "lun", "ber", "gen", "ost", "an", "vor", "wer", "schaft", "ung",
    "lich", "bar", "tel", "mon", "dra", "ki", "pol", "zen", "tri", "ha", "fen", "sto", "ner",
    "wal", "du", "gra",
];
const FUNCTION_WORDS: &[&str] = &[
    "der", "die", "das", "und", "in", "den", "von", "mit", "auf", "für", "ist", "im", "dem",
    "nicht", "ein", "eine", "als", "auch", "es", "an",
];

fn vocabulary(rng: &mut Rng, size: usize) -> Vec<String> {
    (0..size)
        .map(|i| {
            let n = 2 + rng.below(3);
            let mut w: String = (0..n)
                .map(|_| SYLLABLES[rng.below(SYLLABLES.len())])
                .collect();
            w.push_str(&i.to_string()[..1]);
            if i % 3 == 0 {
                let mut c = w.chars();
                w = c
                    .next()
                    .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
                    .unwrap_or(w);
            }
            w
        })
        .collect()
}

fn sentence(rng: &mut Rng, vocab: &[String]) -> Vec<String> {
    let len = 12 + rng.below(14);
    (0..len)
        .map(|_| {
            if rng.chance(0.4) {
                FUNCTION_WORDS[rng.below(FUNCTION_WORDS.len())].to_owned()
            } else {
                vocab[rng.zipf(vocab.len())].clone()
            }
        })
        .collect()
}

fn paraphrase(rng: &mut Rng, words: &[String], vocab: &[String]) -> Vec<String> {
    let mut out: Vec<String> = words.iter().filter(|_| !rng.chance(0.2)).cloned().collect();
    for _ in 0..rng.below(4) {
        let at = rng.below(out.len() + 1);
        out.insert(at, vocab[rng.zipf(vocab.len())].clone());
    }
    if out.len() > 3 && rng.chance(0.5) {
        let i = rng.below(out.len() - 1);
        out.swap(i, i + 1);
    }
    out
}

/// `reports` synthetic reports of about `words` words each.
pub fn generate(reports: usize, words: usize, seed: u64) -> Vec<String> {
    let mut rng = Rng::new(seed);
    let vocab = vocabulary(&mut rng, 20_000);
    let facts: Vec<Vec<String>> = (0..(words / 10).max(20))
        .map(|_| sentence(&mut rng, &vocab))
        .collect();
    (0..reports)
        .map(|r| {
            let mut text = format!("Bericht {r} über das Ereignis\n");
            let mut count = 0;
            let mut in_paragraph = 0;
            while count < words {
                let s = if rng.chance(0.6) {
                    let fact = rng.zipf(facts.len());
                    paraphrase(&mut rng, &facts[fact], &vocab)
                } else {
                    sentence(&mut rng, &vocab)
                };
                count += s.len();
                let mut line = s.join(" ");
                if let Some(first) = line.get(..1) {
                    line = first.to_uppercase() + &line[1..];
                }
                text.push_str(&line);
                text.push_str(". ");
                in_paragraph += 1;
                if in_paragraph >= 3 + rng.below(3) {
                    text.push('\n');
                    in_paragraph = 0;
                }
            }
            text
        })
        .collect()
}
