//! The fixture corpus: one trial per directory under `tests/fixtures/`.
//!
//! Each trial extracts `source.html` with [`dechrome::extract`] and compares the
//! article text with the hand-written `expected.txt` (trailing whitespace aside),
//! then each field `meta.json` names with the article's field of that name. A
//! fixture whose `meta.json` has `"error": "NoContent"` must give that error instead.
//!
//! ```text
//! cargo test --test corpus                    # every fixture
//! cargo test --test corpus -- seed            # the fixtures whose slug contains "seed"
//! UPDATE_EXPECT=1 cargo test --test corpus    # rewrite expected.txt from the output
//! ```
//!
//! Blessing rewrites `expected.txt` only (never `meta.json`, never an expected error);
//! review the diff before committing it, since an expectation is a claim about what the
//! right answer is, not a record of what the code does today.
//!
//! The trials named `shared-bench::*` run the first pages of each corpus in
//! `../shared/bench/` through [`dechrome::extract_bytes`] and fail only on a panic.
//! When a corpus is absent they say so, naming the path, and pass.
//! `DECHROME_BENCH_DIR` points them at another copy of the corpora.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

mod common;

use std::fs;
use std::io::Read as _;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

use common::Fixture;
use libtest_mimic::{Arguments, Failed, Trial};

/// How many pages of each shared corpus the smoke trials read.
const BENCH_PAGES: usize = 20;

/// Lists a corpus's page files, in a stable order.
type PageLister = fn(&Path) -> Vec<PathBuf>;

fn main() {
    let args = Arguments::from_args();
    let mut trials = match common::discover() {
        Ok(fixtures) => fixtures.into_iter().map(fixture_trial).collect(),
        Err(message) => vec![Trial::test("discover-fixtures", move || Err(message.into()))],
    };
    trials.extend(bench_trials());
    libtest_mimic::run(&args, trials).exit();
}

fn fixture_trial(fixture: Fixture) -> Trial {
    let gap = common::known_gap(&fixture.slug).is_some();
    Trial::test(fixture.slug.clone(), move || check_fixture(&fixture).map_err(|m| Failed::from(format!("fixture `{}`: {m}", fixture.slug))))
        .with_ignored_flag(gap)
}

fn check_fixture(fixture: &Fixture) -> Result<(), String> {
    let source = fixture.source()?;
    let expected_error = fixture.expected_error()?;
    let result = dechrome::extract(&source);
    if let Some(want) = expected_error {
        if fixture.expected_path().exists() {
            return Err("meta.json expects an error, yet expected.txt holds a text: keep one".to_owned());
        }
        return match result {
            Err(e) if common::variant_name(&e) == want => Ok(()),
            Err(e) => Err(format!("expected Err({want}), got Err({e:?})")),
            Ok(article) => Err(format!("expected Err({want}), got an article whose text begins {:?}", preview(&article.text))),
        };
    }
    let article = result.map_err(|e| format!("extraction failed: {e} ({e:?})"))?;
    let mut problems = Vec::new();
    if let Err(problem) = check_text(fixture, &article.text) {
        problems.push(problem);
    }
    problems.extend(check_meta(fixture, &article)?);
    if problems.is_empty() { Ok(()) } else { Err(problems.join("\n")) }
}

fn check_text(fixture: &Fixture, text: &str) -> Result<(), String> {
    let path = fixture.expected_path();
    let blessing = std::env::var_os("UPDATE_EXPECT").is_some_and(|v| !v.is_empty() && v != "0");
    let expected = fixture.expected()?;
    let difference = match &expected {
        Some(expected) => common::first_difference(expected, text),
        None => Some(format!("{} is missing", path.display())),
    };
    match difference {
        None => Ok(()),
        Some(_) if blessing => {
            let mut blessed = common::normalise(text);
            blessed.push('\n');
            fs::write(&path, blessed).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
            println!("blessed {}", path.display());
            Ok(())
        }
        Some(difference) => Err(format!(
            "text differs from {}\n  {difference}\n  (UPDATE_EXPECT=1 rewrites expected.txt from the output; review the diff)",
            path.display()
        )),
    }
}

/// Each field `meta.json` names, compared with the article's field of that name.
fn check_meta(fixture: &Fixture, article: &dechrome::Article) -> Result<Vec<String>, String> {
    let meta = fixture.meta()?;
    let actual = serde_json::to_value(article).map_err(|e| format!("cannot serialise the article: {e}"))?;
    let mut problems = Vec::new();
    for (field, want) in meta.iter().filter(|(field, _)| !["error", "reextraction"].contains(&field.as_str())) {
        match actual.get(field) {
            None => problems.push(format!("meta.json names `{field}`, which Article does not have")),
            Some(got) if got == want => {}
            Some(got) => problems.push(format!("meta.json `{field}`: expected {want}, got {got}")),
        }
    }
    Ok(problems)
}

fn preview(text: &str) -> String {
    text.chars().take(160).collect()
}

/// One smoke trial per shared corpus.
fn bench_trials() -> Vec<Trial> {
    let bench = common::bench_dir();
    let corpora: [(&str, PathBuf, PageLister); 3] = [
        ("aeb", bench.join("aeb").join("html"), gz_pages),
        ("wcxb", bench.join("wcxb").join("dev").join("html"), gz_pages),
        ("readability", bench.join("readability").join("test-pages"), readability_pages),
    ];
    corpora
        .into_iter()
        .map(|(name, dir, list)| Trial::test(format!("shared-bench::{name}"), move || smoke(&dir, list)))
        .collect()
}

fn gz_pages(dir: &Path) -> Vec<PathBuf> {
    sorted_entries(dir).into_iter().filter(|p| p.to_string_lossy().ends_with(".html.gz")).collect()
}

fn readability_pages(dir: &Path) -> Vec<PathBuf> {
    sorted_entries(dir).into_iter().map(|d| d.join("source.html")).filter(|p| p.is_file()).collect()
}

fn sorted_entries(dir: &Path) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = fs::read_dir(dir).map(|it| it.filter_map(|e| e.ok().map(|e| e.path())).collect()).unwrap_or_default();
    paths.sort();
    paths
}

/// The first [`BENCH_PAGES`] pages of a corpus through `extract_bytes`: any result is
/// fine, a panic is not. Every panicking page is named.
fn smoke(dir: &Path, list: PageLister) -> Result<(), Failed> {
    if !dir.is_dir() {
        println!("shared-bench: skipped, {} not found (the shared corpora sit beside the project)", dir.display());
        return Ok(());
    }
    let pages: Vec<PathBuf> = list(dir).into_iter().take(BENCH_PAGES).collect();
    if pages.is_empty() {
        println!("shared-bench: skipped, no pages found in {}", dir.display());
        return Ok(());
    }
    let mut panicked = Vec::new();
    for page in &pages {
        let bytes = read_page(page).map_err(|e| format!("{}: {e}", page.display()))?;
        if catch_unwind(AssertUnwindSafe(|| dechrome::extract_bytes(&bytes))).is_err() {
            panicked.push(page.display().to_string());
        }
    }
    if panicked.is_empty() {
        Ok(())
    } else {
        Err(format!("extract_bytes panicked on {} of {} pages:\n  {}", panicked.len(), pages.len(), panicked.join("\n  ")).into())
    }
}

fn read_page(path: &Path) -> std::io::Result<Vec<u8>> {
    let raw = fs::read(path)?;
    if !path.to_string_lossy().ends_with(".gz") {
        return Ok(raw);
    }
    let mut bytes = Vec::new();
    flate2::read::GzDecoder::new(raw.as_slice()).read_to_end(&mut bytes)?;
    Ok(bytes)
}
