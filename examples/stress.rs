//! `cargo run --release --example stress -- CASE [ARGS]`: time and peak memory of
//! `dechrome::extract` on pages built to be hard, one case per process (so that
//! each peak-memory figure is that case's own).
//!
//! - `nesting [DEPTH] [TAG...]`: a page of DEPTH nested elements of each TAG
//!   (default 1000000 of `div`, `b` and `li`, each `li` inside its own `ul`), with a
//!   paragraph of prose at the bottom.
//! - `size [MB] [PAGE]`: PAGE's body repeated until the page is MB megabytes
//!   (default 100 MB of `tests/fixtures/seed-appeals-in-containers/source.html`).
//! - `linear [FACTOR] [PAGE]`: time on PAGE and on PAGE with its body repeated
//!   FACTOR times (default 64), best of five rounds each, and the ratio.
//! - `memory parse|extract PAGE`: peak memory of parsing PAGE into an `RcDom`
//!   alone, or of extracting it; run both, one process each, to compare.
//!
//! Peak memory is the growth of the process's high-water mark (`VmHWM` in
//! `/proc/self/status`, Linux only) over its resident size once the page is built.

#[path = "support/mod.rs"]
mod support;

use std::error::Error;
use std::hint::black_box;
use std::path::Path;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use html5ever::tendril::TendrilSink;
use markup5ever_rcdom::RcDom;

const USAGE: &str = "\
usage: stress nesting [DEPTH] [TAG...]
       stress size [MB] [PAGE]
       stress linear [FACTOR] [PAGE]
       stress memory parse|extract PAGE";

/// The page `size` and `linear` repeat when none is named.
const DEFAULT_PAGE: &str = "tests/fixtures/seed-appeals-in-containers/source.html";

const PROSE: &str = "<p>The council voted on Tuesday to keep the old library open for another year, \
    after residents filled the hall and spoke for three hours about what the building means to them.</p>";

fn main() -> ExitCode {
    if cfg!(debug_assertions) {
        eprintln!("stress: this is a debug build; run with --release for meaningful figures");
    }
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("nesting") => nesting(args.get(1..).unwrap_or_default()),
        Some("size") => size(args.get(1..).unwrap_or_default()),
        Some("linear") => linear(args.get(1..).unwrap_or_default()),
        Some("memory") => memory(args.get(1..).unwrap_or_default()),
        _ => Err(USAGE.into()),
    };
    result.map_or_else(
        |e| {
            eprintln!("stress: {e}");
            ExitCode::FAILURE
        },
        |()| ExitCode::SUCCESS,
    )
}

fn nesting(args: &[String]) -> Result<(), Box<dyn Error>> {
    let depth: usize = args.first().map_or(Ok(1_000_000), |d| d.parse())?;
    let tags: Vec<&str> = match args.get(1..) {
        Some(tags) if !tags.is_empty() => tags.iter().map(String::as_str).collect(),
        _ => vec!["div", "b", "li"],
    };
    for tag in tags {
        let page = nested_page(tag, depth);
        let before = Memory::now();
        let (elapsed, outcome) = time(|| dechrome::extract(&page).map(|a| a.text.len()));
        println!(
            "nesting {depth} <{tag}>: {:.2} s, page {:.1} MB, peak memory +{:.0} MB, {}",
            elapsed.as_secs_f64(),
            support::mb(page.len()),
            before.peak_growth_mb(),
            describe(&outcome)
        );
    }
    Ok(())
}

/// DEPTH open tags, the prose, then DEPTH close tags; each list item sits in its own `<ul>`.
fn nested_page(tag: &str, depth: usize) -> String {
    let (open, close) =
        if tag == "li" { ("<ul><li>".to_owned(), "</li></ul>".to_owned()) } else { (format!("<{tag}>"), format!("</{tag}>")) };
    format!("<html><body>{}{PROSE}{}</body></html>", open.repeat(depth), close.repeat(depth))
}

fn size(args: &[String]) -> Result<(), Box<dyn Error>> {
    let target_mb: f64 = args.first().map_or(Ok(100.0), |m| m.parse())?;
    let page = support::read_text(Path::new(args.get(1).map_or(DEFAULT_PAGE, String::as_str)))?;
    let (start, end) = body_bounds(&page);
    let rest = page.len() - (end - start);
    let copies = ((target_mb * 1e6 - rest as f64) / (end - start).max(1) as f64).ceil().max(1.0) as usize;
    let big = repeat_body(&page, copies);
    let before = Memory::now();
    let (elapsed, outcome) = time(|| dechrome::extract(&big).map(|a| a.text.len()));
    let peak = before.peak_growth_mb();
    println!(
        "size {:.1} MB ({copies} copies of the body): {:.2} s, {:.1} MB/s, peak memory +{peak:.0} MB ({:.1}x the page), {}",
        support::mb(big.len()),
        elapsed.as_secs_f64(),
        support::mb(big.len()) / elapsed.as_secs_f64().max(1e-9),
        peak / support::mb(big.len()),
        describe(&outcome)
    );
    Ok(())
}

fn linear(args: &[String]) -> Result<(), Box<dyn Error>> {
    let factor: usize = args.first().map_or(Ok(64), |f| f.parse())?;
    let page = support::read_text(Path::new(args.get(1).map_or(DEFAULT_PAGE, String::as_str)))?;
    let big = repeat_body(&page, factor);
    println!("linear: {:.1} KB page, and {factor}x its body ({:.1} MB); best of five", page.len() as f64 / 1e3, support::mb(big.len()));
    for (step, run) in [("parse", parse_only as fn(&str)), ("extract", extract_only)] {
        let (one, many) = (best_of(5, || run(&page)), best_of(5, || run(&big)));
        println!(
            "{step:<8} {:.2} ms, {:.1} ms: time ratio {:.1} for {factor}x the page",
            one.as_secs_f64() * 1e3,
            many.as_secs_f64() * 1e3,
            many.as_secs_f64() / one.as_secs_f64().max(1e-12)
        );
    }
    Ok(())
}

fn parse_only(page: &str) {
    black_box(html5ever::parse_document(RcDom::default(), Default::default()).one(page));
}

fn extract_only(page: &str) {
    let _ = black_box(dechrome::extract(page));
}

fn memory(args: &[String]) -> Result<(), Box<dyn Error>> {
    let (Some(mode), Some(path)) = (args.first(), args.get(1)) else { return Err(USAGE.into()) };
    let page = support::read_text(Path::new(path))?;
    let before = Memory::now();
    let elapsed = match mode.as_str() {
        "parse" => time(|| parse_only(&page)).0,
        "extract" => time(|| extract_only(&page)).0,
        _ => return Err(USAGE.into()),
    };
    let peak = before.peak_growth_mb();
    println!(
        "memory {mode} {path}: page {:.1} MB, {:.0} ms, peak memory +{peak:.1} MB ({:.1}x the page)",
        support::mb(page.len()),
        elapsed.as_secs_f64() * 1e3,
        peak / support::mb(page.len())
    );
    Ok(())
}

/// The page with everything between `<body…>` and `</body>` repeated `copies` times
/// (the whole page, when it has no body tags).
fn repeat_body(page: &str, copies: usize) -> String {
    let (start, end) = body_bounds(page);
    let (head, body, tail) = (&page[..start], &page[start..end], &page[end..]);
    let mut out = String::with_capacity(head.len() + body.len() * copies + tail.len());
    out.push_str(head);
    for _ in 0..copies {
        out.push_str(body);
    }
    out.push_str(tail);
    out
}

/// Byte offsets of the body's content: just past `<body…>` and at `</body`.
fn body_bounds(page: &str) -> (usize, usize) {
    let lower = page.to_ascii_lowercase();
    let start = lower.find("<body").and_then(|at| lower[at..].find('>').map(|end| at + end + 1)).unwrap_or(0);
    let end = lower.rfind("</body").filter(|&end| end >= start).unwrap_or(page.len());
    (start, end)
}

fn time<R>(f: impl FnOnce() -> R) -> (Duration, R) {
    let started = Instant::now();
    let result = black_box(f());
    (started.elapsed(), result)
}

fn best_of<R>(rounds: usize, mut f: impl FnMut() -> R) -> Duration {
    (0..rounds).map(|_| time(&mut f).0).min().unwrap_or_default()
}

fn describe(outcome: &Result<usize, dechrome::Error>) -> String {
    match outcome {
        Ok(chars) => format!("article of {chars} bytes of text"),
        Err(e) => format!("error: {e}"),
    }
}

/// The process's resident size when built; its high-water mark read later.
struct Memory {
    resident_kb: Option<u64>,
}

impl Memory {
    /// Also resets the high-water mark to the resident size (`clear_refs`), so that
    /// building the page does not count.
    fn now() -> Self {
        let _ = std::fs::write("/proc/self/clear_refs", "5");
        Memory { resident_kb: status_kb("VmRSS:") }
    }

    /// Megabytes the high-water mark rose above the resident size at `now()`.
    fn peak_growth_mb(&self) -> f64 {
        match (self.resident_kb, status_kb("VmHWM:")) {
            (Some(before), Some(peak)) => peak.saturating_sub(before) as f64 / 1e3,
            _ => f64::NAN,
        }
    }
}

/// A `kB` figure from `/proc/self/status`; `None` off Linux.
fn status_kb(key: &str) -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(key))?;
    line.split_whitespace().nth(1)?.parse().ok()
}
