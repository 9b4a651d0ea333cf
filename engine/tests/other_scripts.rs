//! Reports in Chinese, Japanese and Thai (written without spaces between words), Korean
//! (particles glued to the words), Arabic (right to left), Hindi and Greek — languages without
//! a stemmer here: every sentence is content, not page furniture, and each statement finds its
//! counterpart in the other report although the two tell the event in another order. Counting a line of Chinese as one word (it has no spaces) once made every
//! sentence a "menu item"; Korean "중국이" and "중국의" were two words until their particles
//! went (`hangul`).

use parallax_engine::model::Comparison;
use parallax_engine::segment::PassageKind;
use parallax_engine::{compare, CompareOptions, ReportInput};

fn compare_pair(language: &str) -> Comparison {
    let read = |n: usize| {
        let path = format!(
            "{}/tests/fixtures/scripts/{language}{n}.txt",
            env!("CARGO_MANIFEST_DIR")
        );
        ReportInput::new(
            format!("{language}{n}"),
            std::fs::read_to_string(path).unwrap(),
        )
    };
    compare(&[read(1), read(2)], &CompareOptions::default())
}

/// The passage of report `doc` that contains `snippet`.
fn passage(c: &Comparison, doc: usize, snippet: &str) -> usize {
    c.documents[doc]
        .passages
        .iter()
        .position(|p| p.text.contains(snippet))
        .unwrap_or_else(|| panic!("no passage with {snippet:?} in report {doc}"))
}

/// Every passage is content, and each pair of snippets is one statement group.
fn check(language: &str, pairs: &[(&str, &str)]) {
    let c = compare_pair(language);
    for d in &c.documents {
        let furniture: Vec<&str> = d
            .passages
            .iter()
            .filter(|p| p.kind == PassageKind::Boilerplate)
            .map(|p| p.text.as_str())
            .collect();
        assert!(furniture.is_empty(), "{language}: {furniture:?}");
    }
    for (a, b) in pairs {
        let (a, b) = (passage(&c, 0, a), passage(&c, 1, b));
        let together = c.groups.iter().any(|g| {
            g.members.iter().any(|m| (m.doc, m.passage) == (0, a))
                && g.members.iter().any(|m| (m.doc, m.passage) == (1, b))
        });
        assert!(together, "{language}: passages {a} and {b} are not linked");
    }
    assert_eq!(
        c.groups.len(),
        pairs.len(),
        "{language}: one group per statement"
    );
}

#[test]
fn chinese_reports_align_statement_by_statement() {
    check(
        "zh",
        &[
            ("美国指责中国发动网络攻击", "西方国家联合谴责"),
            ("对微软电子邮件系统", "攻击微软电子邮件服务器"),
            ("布林肯表示", "布林肯说"),
            ("中国外交部否认", "中国外交部发言人"),
            ("北约和欧盟也发表声明", "欧盟和北约分别发表声明"),
        ],
    );
}

#[test]
fn japanese_reports_align_statement_by_statement() {
    check(
        "ja",
        &[
            ("中国のサイバー攻撃を非難", "サイバー活動を一斉に批判"),
            (
                "マイクロソフトのメールシステム",
                "マイクロソフトのメールサーバー",
            ),
            ("ブリンケン国務長官", "ブリンケン氏"),
            ("中国外務省はこれらの非難", "中国外務省の報道官"),
            (
                "北大西洋条約機構と欧州連合も",
                "欧州連合と北大西洋条約機構は",
            ),
        ],
    );
}

#[test]
fn thai_reports_align_statement_by_statement() {
    check(
        "th",
        &[
            ("สหรัฐฯ กล่าวหาจีน", "ชาติตะวันตกประณามจีน"),
            ("สหรัฐอเมริกาและพันธมิตร", "สหรัฐฯ และพันธมิตร"),
            ("ปฏิเสธข้อกล่าวหา", "ระบุว่าข้อกล่าวหา"),
            ("นาโตและสหภาพยุโรปออก", "นาโตและสหภาพยุโรปต่าง"),
        ],
    );
}

#[test]
fn korean_reports_align_statement_by_statement() {
    check(
        "ko",
        &[
            ("중국의 사이버 공격 비난", "베이징의 사이버 활동 규탄"),
            (
                "마이크로소프트 이메일 서버를 공격했다고",
                "마이크로소프트 이메일 서버 해킹을",
            ),
            ("블링컨 국무장관은", "블링컨 장관은"),
            ("중국 외교부는 이러한", "중국 외교부 대변인은"),
        ],
    );
}

#[test]
fn arabic_hindi_and_greek_reports_align_statement_by_statement() {
    check(
        "ar",
        &[
            ("تتهم الصين بشن هجمات", "الغرب يدين بكين"),
            ("اتهمت الولايات المتحدة", "وجهت الولايات المتحدة"),
            ("وقال وزير الخارجية", "قال بلينكن"),
            ("ونفت وزارة الخارجية", "نفت الصين"),
        ],
    );
    check(
        "hi",
        &[
            ("अमेरिका ने चीन पर साइबर", "पश्चिमी देशों ने"),
            ("अमेरिका और उसके सहयोगियों", "अमेरिका के नेतृत्व में"),
            ("विदेश मंत्री ब्लिंकन", "ब्लिंकन ने कहा"),
            ("इन आरोपों को निराधार", "आरोपों को खारिज करते"),
        ],
    );
    check(
        "el",
        &[
            ("Οι ΗΠΑ κατηγορούν", "Η Δύση καταδικάζει"),
            ("Οι Ηνωμένες Πολιτείες", "στήριξε την επίθεση"),
            ("Ο υπουργός Εξωτερικών", "Ο Μπλίνκεν είπε"),
            ("απέρριψε τις κατηγορίες ως", "χαρακτηρίζοντάς τες"),
        ],
    );
}
