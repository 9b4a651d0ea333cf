//! The root component: owns the state, computes the comparison once per change, lays out the
//! page, and routes keyboard navigation.

use crate::components::column::Column;
use crate::components::connectors::Connectors;
use crate::components::controls::Controls;
use crate::components::detail::Detail;
use crate::components::editor::Editor;
use crate::components::facts::Facts;
use crate::components::legend::Legend;
use crate::components::synopsis::Synopsis;
use crate::components::tabs::Tabs;
use crate::components::Shared;
use crate::compute::mark;
use crate::i18n::UiLang;
use crate::state::{Action, Saved, State, ViewMode};
use crate::{dom, storage};
use parallax_engine::model::Agreement;
use std::rc::Rc;
use yew::prelude::*;

fn initial_state() -> State {
    let browser = web_sys::window()
        .and_then(|w| w.navigator().language())
        .unwrap_or_default();
    let lang = UiLang::from_browser(&browser);
    let embed = dom::query_flag("embed");
    let shared_link = dom::fragment().starts_with(crate::permalink::PREFIX);
    if embed || shared_link || dom::query_value("src").is_some() {
        // A widget, or a page showing a given comparison file, never reads or overwrites the
        // reader's own saved work.
        let mut s = State::new(Saved::example(lang));
        s.embed = embed;
        s.persist = false;
        s.loading = shared_link || dom::query_value("src").is_some();
        if shared_link && !embed {
            s.notice = Some(lang.texts().shared_opened.into());
        }
        return s;
    }
    match storage::load() {
        storage::Loaded::Found(saved) => State::new(saved),
        storage::Loaded::Nothing => State::new(Saved::example(lang)),
        storage::Loaded::Unreadable => {
            // Replace the unreadable data at once, so the message comes once.
            let mut s = State::new(Saved::example(lang));
            let _ = storage::save(&s.saved);
            s.notice = Some(lang.texts().storage_reset.into());
            s
        }
    }
}

/// The Parallax app.
#[function_component]
pub fn App() -> Html {
    let state = use_reducer(initial_state);
    // One callback for the app's lifetime, so components given only it do not re-render.
    let dispatch = {
        let dispatcher = state.dispatcher();
        (*use_memo((), move |_| {
            Callback::from(move |a: Action| dispatcher.dispatch(a))
        }))
        .clone()
    };
    let problem = state.saved.problem();
    // The engine runs in its own task after each change (the shell or the previous result stays
    // painted meanwhile), or in a worker for big inputs; see `compute`.
    let computation = crate::compute::use_comparison(&state);
    let computed = computation.result.clone();
    let comparison: Rc<Option<Shared>> = Rc::new(computed.as_ref().map(|(_, c)| c.clone()));
    crate::persist::use_persistence(&state, &dispatch);
    // ?src=comparison.json: load a comparison file from this site (reports, labels, settings).
    {
        let d = dispatch.clone();
        let s = state.clone();
        use_effect_with((), move |_| {
            if let Some(src) = dom::query_value("src") {
                let current = s.saved.clone();
                let lang = current.ui_lang;
                wasm_bindgen_futures::spawn_local(async move {
                    let fetched = dom::fetch_same_origin(&src).await;
                    // A big file is read in a task of its own, not in the one that received it.
                    crate::worker::yield_to_page().await;
                    let loaded =
                        fetched.and_then(|text| crate::transfer::import_json(&text, &current));
                    match loaded {
                        Ok(saved) => d.emit(Action::Import(Box::new(saved))),
                        Err(why) => d.emit(Action::Notify(format!(
                            "{}: {}",
                            lang.texts().import_failed,
                            why
                        ))),
                    }
                });
            }
        });
    }
    // #c=…: a permalink's reports and settings.
    {
        let d = dispatch.clone();
        let s = state.clone();
        use_effect_with((), move |_| {
            let fragment = dom::fragment();
            // Another link pasted into the address bar changes only the fragment: start over.
            let listener =
                gloo::events::EventListener::new(&gloo::utils::window(), "hashchange", |_| {
                    if dom::fragment().starts_with(crate::permalink::PREFIX) {
                        let _ = gloo::utils::window().location().reload();
                    }
                });
            if fragment.starts_with(crate::permalink::PREFIX) {
                let current = s.saved.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    match crate::permalink::read(&fragment, &current).await {
                        Ok(saved) => d.emit(Action::Import(Box::new(saved))),
                        Err(why) => d.emit(Action::Notify(format!(
                            "{}: {why}",
                            current.ui_lang.texts().link_failed
                        ))),
                    }
                });
            }
            move || drop(listener)
        });
    }
    // In a host page's iframe: report the content height so the host can size the frame.
    use_effect_with(state.embed, |embed| {
        let observer = embed.then(dom::post_height_on_resize);
        move || drop(observer)
    });
    // Interface language on <html lang>, and a performance mark after the first render.
    use_effect_with(state.saved.ui_lang, |lang| {
        if let Some(html) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = html.set_attribute("lang", lang.tag());
        }
    });
    {
        let rendered = comparison.is_some();
        use_effect_with(rendered, |rendered| {
            if *rendered {
                mark("parallax:first-render");
            }
        });
    }
    // Scroll the hovered statement's counterparts into view in the other columns.
    {
        let c = comparison.clone();
        use_effect_with(state.hovered, move |hovered| {
            if let (Some((doc, p)), Some(c)) = (*hovered, c.as_ref()) {
                let mut seen = Vec::new();
                for (d, q) in c.0.counterparts(doc, p).into_iter().filter(|m| m.0 != doc) {
                    if !seen.contains(&d) {
                        seen.push(d);
                        dom::reveal(d, q);
                    }
                }
            }
        });
    }

    let lang = state.saved.ui_lang;
    let t = lang.texts();
    let labels: Vec<AttrValue> = state
        .saved
        .reports
        .iter()
        .map(|d| AttrValue::from(d.label.clone()))
        .collect();
    let onkeydown = {
        let c = comparison.clone();
        let d = dispatch.clone();
        let hovered = state.hovered;
        Callback::from(move |e: KeyboardEvent| {
            if let Some(c) = c.as_ref() {
                navigate(&e, c, hovered, &d);
            }
        })
    };
    let on_export = {
        let c = comparison.clone();
        let s = state.clone();
        let d = dispatch.clone();
        Callback::from(move |kind: &'static str| {
            let Some(c) = c.as_ref() else { return };
            match kind {
                "csv" => dom::download(
                    "parallax.csv",
                    "text/csv;charset=utf-8",
                    &parallax_engine::export::csv(&c.0),
                ),
                "link" => {
                    let saved = s.saved.clone();
                    let d = d.clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        let t = saved.ui_lang.texts();
                        match crate::permalink::link(&saved).await {
                            Ok(url) if url.len() > crate::permalink::MAX_LINK => {
                                let (a, b) = t.link_too_long;
                                d.emit(Action::ShowLink(None));
                                d.emit(Action::Notify(format!("{a} {} {b}", url.len())));
                            }
                            Ok(url) => {
                                let copied = dom::copy_text(&url).await;
                                d.emit(Action::ShowLink(Some((url, copied))));
                            }
                            Err(why) => d.emit(Action::Notify(why)),
                        }
                    });
                }
                "tei" => dom::download(
                    "parallax-tei.xml",
                    "application/tei+xml",
                    &parallax_engine::export::tei(&c.0),
                ),
                "html" => {
                    let t = s.saved.ui_lang.texts();
                    let labels: Vec<String> =
                        s.saved.reports.iter().map(|d| d.label.clone()).collect();
                    let text = parallax_engine::export::SnapshotText {
                        lang: s.saved.ui_lang.tag(),
                        in_all: t.legend_all,
                        in_some: t.legend_some,
                        only_here: t.legend_only,
                        labels: &labels,
                    };
                    dom::download(
                        "parallax-snapshot.html",
                        "text/html;charset=utf-8",
                        &parallax_engine::export::html(&c.0, &text),
                    )
                }
                "facts-csv" => dom::download(
                    "parallax-facts.csv",
                    "text/csv;charset=utf-8",
                    &parallax_engine::export::facts_csv(&c.0),
                ),
                _ => dom::download(
                    "parallax.json",
                    "application/json",
                    &crate::transfer::export_json(&c.0, &s.saved),
                ),
            }
        })
    };
    let notice = state.notice.clone().map(|msg| {
        let d = dispatch.clone();
        html! {
            <p class="notice" role="alert">{ msg }{ " " }
                <button type="button" class="link-button" onclick={Callback::from(move |_| d.emit(Action::DismissNotice))}>{ t.close }</button>
            </p>
        }
    });
    let cancel = {
        let stop = computation.cancel.clone();
        let d = dispatch.clone();
        let text = t.cancelled;
        Callback::from(move |_: MouseEvent| {
            stop.emit(());
            d.emit(Action::Notify(text.into()));
        })
    };
    let share = state.share_link.clone().map(|(url, copied)| {
        let d = dispatch.clone();
        let select = Callback::from(|e: FocusEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            input.select();
        });
        html! {
            <p class="share-link" role="status">
                <label for="share-link">{ if copied { t.link_copied } else { t.link_ready } }</label>{ " " }
                <input id="share-link" type="text" readonly=true value={url} onfocus={select} />{ " " }
                <button type="button" class="link-button" onclick={Callback::from(move |_| d.emit(Action::ShowLink(None)))}>{ t.close }</button>
            </p>
        }
    });
    let main = match (comparison.as_ref(), problem) {
        (Some(c), None) => {
            let view = match state.saved.view {
                ViewMode::Columns => html! {
                    <main class="columns">
                        { for (0..c.0.documents.len()).map(|doc| html! {
                            <Column comparison={c.clone()} {doc} label={labels.get(doc).cloned().unwrap_or_default()}
                                hovered={state.hovered} show_boilerplate={state.saved.show_boilerplate}
                                active={doc == state.active_tab} {lang} dispatch={dispatch.clone()} />
                        }) }
                        <Connectors members={hovered_members(c, state.hovered)} />
                    </main>
                },
                ViewMode::Synopsis => html! {
                    <Synopsis comparison={c.clone()} labels={labels.clone()} {lang} dispatch={dispatch.clone()} />
                },
                ViewMode::Facts => html! {
                    <Facts comparison={c.clone()} labels={labels.clone()} {lang} dispatch={dispatch.clone()} on_export={on_export.clone()} />
                },
            };
            html! {
                <>
                <Tabs labels={labels.clone()} active={state.active_tab} {lang} dispatch={dispatch.clone()} />
                { view }
                if let Some(target) = state.detail {
                    <Detail comparison={c.clone()} {target} labels={labels.clone()} {lang} dispatch={dispatch.clone()} />
                }
                </>
            }
        }
        (_, Some(msg)) => html! { <p class="problem" role="status">{ msg }</p> },
        (None, None) => html! { <p class="loading" role="status">{ "…" }</p> },
    };
    html! {
        <div class={classes!("app", state.detail.is_some().then_some("has-detail"), state.embed.then_some("is-embed"))} {onkeydown}>
            <header class="app-head">
                <h1 class="brand">{ "Parallax" }</h1>
                <p class="tagline">{ t.tagline }</p>
                if !state.embed {
                <Controls on_export={on_export} threshold={state.saved.threshold} granularity={state.saved.granularity} view={state.saved.view}
                    show_boilerplate={state.saved.show_boilerplate} editing={state.editing} {lang} dispatch={dispatch.clone()} />
                }
                <Legend {lang} />
            </header>
            { notice }
            { share }
            if computation.running.is_some() {
                <div class="progress" role="status">
                    <progress aria-label={t.aligning}></progress>
                    <span>{ t.aligning }</span>
                    <button type="button" id="cancel-compare" onclick={cancel}>{ t.cancel }</button>
                </div>
            }
            if !state.embed && (state.editing || problem.is_some()) {
                <Editor reports={state.saved.reports.clone()} saved={state.saved.clone()} {lang} dispatch={dispatch.clone()} />
            }
            { main }
            if !state.embed {
                <footer class="app-foot"><p>{ t.keyboard_hint }</p></footer>
            }
        </div>
    }
}

/// Members (report, passage) of the hovered passage's statement groups, in report order.
fn hovered_members(c: &Shared, hovered: Option<(usize, usize)>) -> Vec<(usize, usize)> {
    hovered
        .map(|(d, p)| c.0.counterparts(d, p))
        .unwrap_or_default()
}

/// Keyboard navigation between statements: arrows, j/k (next/previous divergent statement),
/// Esc (close the detail). Only when a passage has the focus.
fn navigate(
    e: &KeyboardEvent,
    c: &Shared,
    hovered: Option<(usize, usize)>,
    dispatch: &Callback<Action>,
) {
    if e.key() == "Escape" {
        dispatch.emit(Action::CloseDetail);
        return;
    }
    let on_passage = e
        .target()
        .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
        .is_some_and(|el| {
            el.get_attribute("data-passage").is_some()
                && el.get_attribute("role").as_deref() == Some("button")
                && el.closest(".column").ok().flatten().is_some()
        });
    let Some((doc, current)) = hovered.filter(|_| on_passage) else {
        return;
    };
    let docs = &c.0.documents;
    let order = dom::rendered_passages(doc);
    let pos = order.iter().position(|&p| p == current).unwrap_or(0);
    let target = match e.key().as_str() {
        "ArrowDown" => order.get(pos + 1).map(|&p| (doc, p)),
        "ArrowUp" => pos
            .checked_sub(1)
            .and_then(|i| order.get(i))
            .map(|&p| (doc, p)),
        "j" | "k" => {
            let divergent = |p: &usize| {
                docs[doc].passages[*p]
                    .agreement
                    .is_some_and(|a| a != Agreement::All)
            };
            if e.key() == "j" {
                order[pos + 1..]
                    .iter()
                    .find(|p| divergent(p))
                    .map(|&p| (doc, p))
            } else {
                order[..pos]
                    .iter()
                    .rev()
                    .find(|p| divergent(p))
                    .map(|&p| (doc, p))
            }
        }
        "ArrowRight" | "ArrowLeft" => {
            let next = if e.key() == "ArrowRight" {
                doc + 1
            } else {
                doc.wrapping_sub(1)
            };
            (next < docs.len()).then(|| {
                let counterpart =
                    c.0.counterparts(doc, current)
                        .into_iter()
                        .find(|m| m.0 == next)
                        .map(|m| m.1);
                let fallback = || {
                    let rel = current as f64 / docs[doc].passages.len().max(1) as f64;
                    let order = dom::rendered_passages(next);
                    order
                        .iter()
                        .copied()
                        .min_by_key(|&p| {
                            ((p as f64 / docs[next].passages.len().max(1) as f64 - rel).abs() * 1e6)
                                as i64
                        })
                        .unwrap_or(0)
                };
                (next, counterpart.unwrap_or_else(fallback))
            })
        }
        _ => return,
    };
    e.prevent_default();
    if let Some((d, p)) = target {
        dispatch.emit(Action::SetTab(d));
        dom::focus_passage(d, p);
    }
}
