//! Permalinks: reports and settings in the URL fragment (`#c=…`), deflated by the browser's own
//! `CompressionStream` and base64url-encoded. The unchanged built-in example travels as a flag,
//! not as text. The fragment never reaches a server.

use crate::dom;
use crate::json::{within, Json};
use crate::state::{reports_from_json, Draft, Saved, Settings, ViewMode};
use parallax_engine::Granularity;
use serde::Serialize;

/// Longest link Parallax offers; longer ones break in chat apps, mail and some browsers.
pub const MAX_LINK: usize = 8000;

/// The fragment's prefix.
pub const PREFIX: &str = "#c=";

/// What a link carries (the reader keeps their own interface language).
#[derive(Serialize)]
struct Payload {
    v: u32,
    example: bool,
    reports: Vec<Draft>,
    threshold: f32,
    granularity: Granularity,
    show_boilerplate: bool,
    view: ViewMode,
}

impl Payload {
    /// Reads a payload as `Serialize` writes it (`example` and `reports` may be missing).
    fn from_json(v: &Json) -> Result<Self, String> {
        let version = within("v", v.field("v")?.u32())?;
        let example = v.optional("example").map_or(Ok(false), Json::bool)?;
        let reports = v
            .optional("reports")
            .map_or(Ok(Vec::new()), reports_from_json)?;
        let settings = Settings::from_json(v)?;
        Ok(Self {
            v: version,
            example,
            reports,
            threshold: settings.threshold,
            granularity: settings.granularity,
            show_boilerplate: settings.show_boilerplate,
            view: settings.view,
        })
    }
}

/// The permalink for `saved`: this page's address with the comparison in the fragment.
pub async fn link(saved: &Saved) -> Result<String, String> {
    let example = saved.reports == Saved::example(saved.ui_lang).reports;
    let payload = Payload {
        v: 1,
        example,
        reports: if example {
            Vec::new()
        } else {
            saved.reports.clone()
        },
        threshold: saved.threshold,
        granularity: saved.granularity,
        show_boilerplate: saved.show_boilerplate,
        view: saved.view,
    };
    let json =
        serde_json::to_string(&payload).map_err(|_| "the link could not be written".to_owned())?;
    let packed = dom::deflate_raw(json.as_bytes(), false).await?;
    let data = dom::base64url(&packed).ok_or("base64 failed")?;
    Ok(format!("{}{PREFIX}{data}", dom::address_without_fragment()))
}

/// The comparison in a `#c=…` fragment, or why it cannot be read.
pub async fn read(fragment: &str, current: &Saved) -> Result<Saved, String> {
    let data = fragment.strip_prefix(PREFIX).ok_or("not a Parallax link")?;
    let packed = dom::from_base64url(data).ok_or("the link is damaged (not base64url)")?;
    let json = dom::deflate_raw(&packed, true)
        .await
        .map_err(|_| "the link is damaged or cut off".to_owned())?;
    let payload = std::str::from_utf8(&json)
        .map_err(|_| "not UTF-8".to_owned())
        .and_then(crate::json::parse)
        .and_then(|v| Payload::from_json(&v))
        .map_err(|e| format!("the link is unreadable ({e})"))?;
    if payload.v != 1 {
        return Err(format!("link version {} is not supported", payload.v));
    }
    let reports = if payload.example {
        Saved::example(current.ui_lang).reports
    } else {
        payload.reports
    };
    Ok(Saved {
        next_id: reports.iter().map(|d| d.id + 1).max().unwrap_or(0),
        reports,
        threshold: payload.threshold,
        granularity: payload.granularity,
        show_boilerplate: payload.show_boilerplate,
        view: payload.view,
        ui_lang: current.ui_lang,
    })
}
