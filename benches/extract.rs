//! `cargo bench --bench extract [-- FILTER]`
//!
//! Groups over the same pages, so the pipeline's own cost shows apart from
//! html5ever's: `parse` (html5ever into an `RcDom`, then dropped), `extract` (the
//! whole of `dechrome::extract`, all three outputs), and `format/text`,
//! `format/html`, `format/markdown` (an extractor rendering only the text, the text
//! and the clean HTML, or the text and the Markdown). The pages are the repository's fixtures
//! (`tests/fixtures/*/source.html`), a small inline page that always runs, and the
//! first pages of the shared AEB and WCXB dev corpora when `../shared/bench` is there.

use std::hint::black_box;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, SamplingMode, Throughput};
use html5ever::tendril::TendrilSink;
use markup5ever_rcdom::RcDom;

/// Pages taken from each shared corpus: enough variety, and `cargo bench` stays
/// within a few minutes on two cores.
const PAGES_PER_CORPUS: usize = 10;

/// A short news page with the usual chrome, so a fresh clone always has something to time.
const INLINE_PAGE: &str =
    "<!doctype html><html lang=en><head><title>Floods close the valley roads | The Courier</title>\
<meta name=author content='Ana Lima'></head><body>\
<nav><a href='/'>Home</a> <a href='/world'>World</a> <a href='/sport'>Sport</a></nav>\
<article><h1>Floods close the valley roads</h1><p class=byline>By Ana Lima</p>\
<p>It rained all day in the valley, and the river rose by a metre before dusk.</p>\
<p>By night the roads to the north were closed, and the schools shut early.</p>\
<p>Farmers moved their herds to the high fields, where the ground was still firm.</p>\
<aside class=share>Share on Facebook Share on X Email</aside>\
<p>The council said the bridge at Ponte Alta would be inspected once the water falls.</p>\
<div class=donate><p>Support us: we have a small favor to ask.</p><button>Remind me later</button></div></article>\
<section class=related><h2>Read more</h2><ul><li><a href='/a'>Storm warnings for the coast</a></li>\
<li><a href='/b'>Harvest delayed by wet spring</a></li></ul></section>\
<footer>© The Courier. All rights reserved.</footer></body></html>";

fn main() {
    let mut c = Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(1))
        .configure_from_args();
    let pages = pages();
    bench_parse(&mut c, &pages);
    bench_extract(&mut c, &pages);
    bench_formats(&mut c, &pages);
    c.final_summary();
}

fn bench_parse(c: &mut Criterion, pages: &[(String, String)]) {
    bench_group(c, "parse", pages, |html| drop(html5ever::parse_document(RcDom::default(), Default::default()).one(html)));
}

fn bench_extract(c: &mut Criterion, pages: &[(String, String)]) {
    bench_group(c, "extract", pages, |html| drop(dechrome::extract(html)));
}

fn bench_formats(c: &mut Criterion, pages: &[(String, String)]) {
    let base = dechrome::Extractor::new().html(false).markdown(false);
    let formats = [("text", base.clone()), ("html", base.clone().html(true)), ("markdown", base.markdown(true))];
    for (format, extractor) in formats {
        bench_group(c, &format!("format/{format}"), pages, |html| drop(extractor.extract(html)));
    }
}

/// One criterion group timing `run` on every page, with the page size as throughput.
fn bench_group(c: &mut Criterion, name: &str, pages: &[(String, String)], run: impl Fn(&str)) {
    let mut group = c.benchmark_group(name);
    group.sampling_mode(SamplingMode::Flat);
    for (page, html) in pages {
        group.throughput(Throughput::Bytes(html.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(page), html.as_str(), |b, html| {
            b.iter(|| run(black_box(html)));
        });
    }
    group.finish();
}

/// (name, text) of every page to time, each decoded once as lossy UTF-8.
fn pages() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut pages = vec![("inline-article".to_owned(), INLINE_PAGE.to_owned())];
    for dir in sorted_entries(&root.join("tests/fixtures")) {
        let source = dir.join("source.html");
        if let Some(text) = read_text(&source) {
            pages.push((format!("fixture-{}", file_name(&dir)), text));
        }
    }
    let bench = root.join("../shared/bench");
    if !bench.is_dir() {
        eprintln!("dechrome bench: ../shared/bench not found, benchmarking repository pages only");
        return pages;
    }
    for (corpus, dir) in [("aeb", "aeb/html"), ("wcxb", "wcxb/dev/html")] {
        let found = sorted_entries(&bench.join(dir));
        if found.is_empty() {
            eprintln!("dechrome bench: {} not found, skipping {corpus}", bench.join(dir).display());
        }
        for path in found.into_iter().take(PAGES_PER_CORPUS) {
            if let Some(text) = read_text(&path) {
                let id: String = file_name(&path).chars().take_while(|&c| c != '.').take(12).collect();
                pages.push((format!("{corpus}-{id}"), text));
            }
        }
    }
    pages
}

fn sorted_entries(dir: &Path) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    found.sort();
    found
}

fn file_name(path: &Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}

/// The page as text, inflated if gzip; `None` (with a note) if it cannot be read.
fn read_text(path: &Path) -> Option<String> {
    let mut bytes = std::fs::read(path).ok()?;
    if bytes.starts_with(&[0x1f, 0x8b]) {
        let mut out = Vec::new();
        if let Err(e) = flate2::read::GzDecoder::new(bytes.as_slice()).read_to_end(&mut out) {
            eprintln!("dechrome bench: cannot inflate {}: {e}", path.display());
            return None;
        }
        bytes = out;
    }
    Some(String::from_utf8_lossy(&bytes).into_owned())
}
