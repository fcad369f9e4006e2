//! `cargo run --release --example readerable -- [--bench-dir DIR]`
//!
//! Measures `dechrome::is_readerable` on the shared corpora and sweeps its threshold.
//! Input: `../shared/bench` beside the crate (or `--bench-dir DIR`, or `$BENCH_DATA`).
//! Output, on stdout, for each threshold of the sweep (the library's
//! `READERABLE_MIN_SCORE` marked `*`):
//!
//! - Mozilla's Readability test pages (`readability/test-pages/*/source.html`): the
//!   share of pages whose verdict agrees with the `readerable` field of
//!   `expected-metadata.json`, with false positives and negatives; pages without the
//!   field count as readerable, and how many lack it is reported.
//! - WCXB dev (`wcxb/dev/html/*.html.gz`, page types from `wcxb/metadata.json`): the
//!   share of pages judged readerable, per page type.
//!
//! A missing corpus is reported by path and the example exits 0.

#[path = "support/mod.rs"]
mod support;

use std::collections::BTreeMap;
use std::error::Error;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use dechrome::READERABLE_MIN_SCORE;

/// The thresholds tried; the library's own is added if missing.
const SWEEP: &[f64] = &[5.0, 10.0, 15.0, 20.0, 25.0, 30.0, 40.0, 50.0];

fn main() -> ExitCode {
    support::exit_code("readerable", run())
}

fn run() -> Result<(), Box<dyn Error>> {
    let dir = bench_dir()?;
    if !dir.is_dir() {
        println!("no corpus at {}: nothing measured", dir.display());
        return Ok(());
    }
    let thresholds = thresholds();
    readability(&dir.join("readability/test-pages"), &thresholds)?;
    println!();
    wcxb(&dir.join("wcxb"), &thresholds)
}

/// `--bench-dir DIR`, else `$BENCH_DATA`, else `../shared/bench` beside the crate.
fn bench_dir() -> Result<PathBuf, Box<dyn Error>> {
    let mut args = std::env::args().skip(1);
    match (args.next().as_deref(), args.next()) {
        (Some("--bench-dir"), Some(dir)) => Ok(PathBuf::from(dir)),
        (None, _) => Ok(support::bench_dir()),
        _ => Err("usage: readerable [--bench-dir DIR]".into()),
    }
}

fn thresholds() -> Vec<f64> {
    let mut all = SWEEP.to_vec();
    if !all.iter().any(|&t| (t - READERABLE_MIN_SCORE).abs() < f64::EPSILON) {
        all.push(READERABLE_MIN_SCORE);
    }
    all.sort_by(f64::total_cmp);
    all
}

fn mark(threshold: f64) -> &'static str {
    if (threshold - READERABLE_MIN_SCORE).abs() < f64::EPSILON {
        "*"
    } else {
        " "
    }
}

/// One Readability test page: its name, the expected flag (None when absent) and our score.
struct Page {
    name: String,
    expected: Option<bool>,
    score: f64,
}

fn readability(root: &Path, thresholds: &[f64]) -> Result<(), Box<dyn Error>> {
    println!("Readability test pages ({})", root.display());
    if !root.is_dir() {
        println!("  missing: nothing measured");
        return Ok(());
    }
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(root)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("source.html").is_file())
        .collect();
    dirs.sort();
    let pages = support::par_map(&dirs, |dir| readability_page(dir));
    let pages: Vec<Page> = pages.into_iter().collect::<Result<_, _>>()?;
    let missing = pages.iter().filter(|p| p.expected.is_none()).count();
    let positives = pages.iter().filter(|p| p.expected.unwrap_or(true)).count();
    println!(
        "  {} pages, {positives} expected readerable, {} not; {missing} without a `readerable` field (counted as readerable)",
        pages.len(),
        pages.len() - positives
    );
    println!("  threshold  agree           false+  false-");
    for &t in thresholds {
        let agree = pages.iter().filter(|p| (p.score > t) == p.expected.unwrap_or(true)).count();
        let false_pos = pages.iter().filter(|p| p.score > t && !p.expected.unwrap_or(true)).count();
        let false_neg = pages.iter().filter(|p| p.score <= t && p.expected.unwrap_or(true)).count();
        println!("  {mark}{t:>8.0}  {agree:>3}/{:<3} {:>5.1}%  {false_pos:>6}  {false_neg:>6}", pages.len(), percent(agree, pages.len()), mark = mark(t));
    }
    println!("  disagreeing at {READERABLE_MIN_SCORE}:");
    for p in pages.iter().filter(|p| (p.score > READERABLE_MIN_SCORE) != p.expected.unwrap_or(true)) {
        println!("    {:<40} expected {:<5} score {:.1}", p.name, p.expected.unwrap_or(true), p.score);
    }
    Ok(())
}

fn readability_page(dir: &Path) -> Result<Page, String> {
    let name = dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let html = support::read_text(&dir.join("source.html"))?;
    let expected = std::fs::read_to_string(dir.join("expected-metadata.json"))
        .ok()
        .and_then(|text| serde_json::from_str::<serde_json::Value>(&text).ok())
        .and_then(|meta| meta.get("readerable").and_then(serde_json::Value::as_bool));
    Ok(Page { name, expected, score: dechrome::readerable_score(&html) })
}

fn wcxb(root: &Path, thresholds: &[f64]) -> Result<(), Box<dyn Error>> {
    let html_dir = root.join("dev/html");
    println!("WCXB dev ({})", html_dir.display());
    if !html_dir.is_dir() {
        println!("  missing: nothing measured");
        return Ok(());
    }
    let meta: serde_json::Value = serde_json::from_str(&support::read_text(&root.join("metadata.json"))?)?;
    let mut files: Vec<PathBuf> = std::fs::read_dir(&html_dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".html.gz"))
        .collect();
    files.sort();
    let scored = support::par_map(&files, |path| support::read_text(path).map(|html| dechrome::readerable_score(&html)));
    let mut by_type: BTreeMap<String, Vec<f64>> = BTreeMap::new();
    for (path, score) in files.iter().zip(scored) {
        let id = path.file_name().map(|n| n.to_string_lossy().replace(".html.gz", "")).unwrap_or_default();
        let page_type = meta
            .pointer(&format!("/files/{id}/page_type"))
            .and_then(serde_json::Value::as_str)
            .unwrap_or("(no type)");
        by_type.entry(page_type.to_owned()).or_default().push(score?);
    }
    print!("  {:<14} {:>5}", "page type", "pages");
    for &t in thresholds {
        print!("  {}>{t:<4}", mark(t));
    }
    println!();
    for (page_type, scores) in &by_type {
        print!("  {page_type:<14} {:>5}", scores.len());
        for &t in thresholds {
            print!("  {:>5.1}%", percent(scores.iter().filter(|&&s| s > t).count(), scores.len()));
        }
        println!();
    }
    Ok(())
}


fn percent(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        100.0 * part as f64 / whole as f64
    }
}
