//! Snippets: for each page named in `tests/snippets.json`, text that must survive
//! extraction (the lede, the last paragraph, a long paragraph that only looks like an
//! appeal) and text that must not (donation appeals, "Read more" lists, newsletter
//! boxes, comments, cookie banners).
//!
//! `snippets.json` maps a fixture slug to `{"must": [...], "must_not": [...]}`. Every
//! `must` string has to appear in the article's text and in its Markdown (read as
//! text); no `must_not` string may appear in the text, the Markdown or the HTML.
//! Matching is exact and case-sensitive.
//!
//! The trial `snippets-agree-with-expected` checks the test data itself: every `must`
//! string is in the fixture's `expected.txt` and no `must_not` string is.
//!
//! ```text
//! cargo test --test snippets
//! cargo test --test snippets -- seed-
//! ```

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use libtest_mimic::{Arguments, Failed, Trial};
use serde_json::Value;

/// How many characters of output to show either side of an unwanted snippet.
const CONTEXT_CHARS: usize = 50;

#[derive(Debug, Clone, Default)]
struct Snippets {
    must: Vec<String>,
    must_not: Vec<String>,
}

fn main() {
    let args = Arguments::from_args();
    let trials = match load() {
        Ok(pages) => {
            let consistency = {
                let pages = pages.clone();
                Trial::test("snippets-agree-with-expected", move || agree_with_expected(&pages).map_err(Failed::from))
            };
            let mut trials: Vec<Trial> = pages
                .into_iter()
                .map(|(slug, snippets)| {
                    let gap = common::known_gap(&slug).is_some();
                    Trial::test(slug.clone(), move || check(&slug, &snippets).map_err(|m| Failed::from(format!("fixture `{slug}`:\n{m}"))))
                        .with_ignored_flag(gap)
                })
                .collect();
            trials.push(consistency);
            trials
        }
        Err(message) => vec![Trial::test("load-snippets", move || Err(message.into()))],
    };
    libtest_mimic::run(&args, trials).exit();
}

fn snippets_path() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("snippets.json")
}

fn load() -> Result<BTreeMap<String, Snippets>, String> {
    let path = snippets_path();
    let json: Value = serde_json::from_str(&common::read(&path)?).map_err(|e| format!("{}: {e}", path.display()))?;
    let pages = json.as_object().ok_or_else(|| format!("{}: not a JSON object", path.display()))?;
    let strings = |page: &Value, key: &str| -> Result<Vec<String>, String> {
        let Some(list) = page.get(key) else { return Ok(Vec::new()) };
        let list = list.as_array().ok_or_else(|| format!("{}: `{key}` is not an array", path.display()))?;
        list.iter()
            .map(|s| s.as_str().map(str::to_owned).ok_or_else(|| format!("{}: `{key}` holds a non-string", path.display())))
            .collect()
    };
    pages
        .iter()
        .map(|(slug, page)| Ok((slug.clone(), Snippets { must: strings(page, "must")?, must_not: strings(page, "must_not")? })))
        .collect()
}

fn fixture(slug: &str) -> common::Fixture {
    common::Fixture { slug: slug.to_owned(), dir: common::fixtures_dir().join(slug) }
}

fn check(slug: &str, snippets: &Snippets) -> Result<(), String> {
    let source = fixture(slug).source()?;
    let article = dechrome::extract(&source).map_err(|e| format!("extraction failed: {e} ({e:?})"))?;
    let markdown = common::markdown_text(&article.markdown);
    let html_text = common::page_text(&article.html);
    let mut problems = Vec::new();
    for wanted in &snippets.must {
        let missing: Vec<&str> =
            [("text", &article.text), ("markdown", &markdown)].into_iter().filter(|(_, out)| !out.contains(wanted.as_str())).map(|(form, _)| form).collect();
        if !missing.is_empty() {
            problems.push(format!("  missing from the {}: {wanted:?}", missing.join(", ")));
        }
    }
    for unwanted in &snippets.must_not {
        // The html is searched as text (entities decoded), and as markup for what
        // hides in attributes (an `alt="paiment methods"`).
        let forms = [("text", &article.text), ("markdown", &markdown), ("html", &html_text), ("html markup", &article.html)];
        let found: Vec<(&str, usize, &String)> =
            forms.into_iter().filter_map(|(form, out)| out.find(unwanted.as_str()).map(|at| (form, at, out))).collect();
        let Some(&(_, at, output)) = found.first() else { continue };
        let names: Vec<&str> = found.iter().map(|(form, ..)| *form).filter(|f| *f != "html markup" || found.len() == 1).collect();
        let context = common::context(output, at, unwanted.len(), CONTEXT_CHARS);
        problems.push(format!("  unwanted in the {}: {unwanted:?}\n      in {context}", names.join(", ")));
    }
    if problems.is_empty() { Ok(()) } else { Err(problems.join("\n")) }
}

/// The snippets and the hand-written expectations say the same thing.
fn agree_with_expected(pages: &BTreeMap<String, Snippets>) -> Result<(), String> {
    let mut problems = Vec::new();
    for (slug, snippets) in pages {
        let expected = match fixture(slug).expected() {
            Ok(Some(text)) => text,
            Ok(None) => {
                problems.push(format!("{slug}: no expected.txt to check the snippets against"));
                continue;
            }
            Err(e) => {
                problems.push(format!("{slug}: {e}"));
                continue;
            }
        };
        for wanted in snippets.must.iter().filter(|s| !expected.contains(s.as_str())) {
            problems.push(format!("{slug}: `must` snippet not in expected.txt: {wanted:?}"));
        }
        for unwanted in snippets.must_not.iter().filter(|s| expected.contains(s.as_str())) {
            problems.push(format!("{slug}: `must_not` snippet is in expected.txt: {unwanted:?}"));
        }
    }
    if problems.is_empty() { Ok(()) } else { Err(problems.join("\n")) }
}
