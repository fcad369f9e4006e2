//! `cargo run --release --example throughput -- [aeb] [wcxb-dev] [readability] [PAGE.html ...] [--rounds N] [--limit N] [--bench-dir DIR]`
//!
//! Times, in one process and on one thread, html5ever's tokenizer alone, html5ever
//! parsing a page into an `RcDom` (and dropping it), and `dechrome::extract`, on the
//! same text, page by page and interleaved, over several rounds; then prints MB/s and
//! ms per page (mean, median, p99) for each, the ratio of extract to parse, and how
//! the extract time splits into tokenizer, tree building and dechrome's own stages. Pages are inflated and
//! decoded (lossy UTF-8) before any timing, so both sides get the same `&str`.
//!
//! With no corpus or page named, it runs over `aeb` and `wcxb-dev` from
//! `--bench-dir` (default `$BENCH_DATA`, else `../shared/bench` beside the crate).
//! `--limit N` keeps the first N pages of each corpus.

#[path = "support/mod.rs"]
mod support;

use std::error::Error;
use std::hint::black_box;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::tokenizer::{
    BufferQueue, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};
use html5ever::tokenizer::states::RawKind;
use markup5ever_rcdom::RcDom;

const USAGE: &str = "\
usage: throughput [aeb] [wcxb-dev] [readability] [PAGE.html ...] [--rounds N] [--limit N] [--bench-dir DIR]";

fn main() -> ExitCode {
    support::exit_code("throughput", run())
}

fn run() -> Result<(), Box<dyn Error>> {
    let args = Args::parse(std::env::args().skip(1))?;
    if cfg!(debug_assertions) {
        eprintln!("throughput: this is a debug build; run with --release for meaningful figures");
    }
    let pages = load(&args)?;
    if pages.is_empty() {
        return Err("no pages to time".into());
    }
    let total_bytes: usize = pages.iter().map(|p| p.text.len()).sum();
    println!("{} pages, {:.1} MB of decoded text, {} rounds", pages.len(), support::mb(total_bytes), args.rounds);
    let (times, failures) = time_pages(&pages, args.rounds);
    println!("{:<8} {:>8} {:>9} {:>9} {:>9}", "", "MB/s", "mean ms", "median ms", "p99 ms");
    for ((name, _), per_page) in STEPS.iter().zip(&times) {
        report(name, per_page, total_bytes);
    }
    let [t, p, e] = [0, 1, 2].map(|i| times.get(i).map_or(0.0, |d| d.iter().sum::<Duration>().as_secs_f64()));
    println!("extract/parse: {:.2}x", e / p.max(f64::MIN_POSITIVE));
    println!(
        "of extract time: tokenizer {:.0}%, tree building {:.0}%, dechrome's stages {:.0}%",
        100.0 * t / e.max(f64::MIN_POSITIVE),
        100.0 * (p - t) / e.max(f64::MIN_POSITIVE),
        100.0 * (e - p) / e.max(f64::MIN_POSITIVE)
    );
    println!("pages where extract returned an error: {failures}");
    Ok(())
}

struct Args {
    corpora: Vec<String>,
    files: Vec<PathBuf>,
    rounds: usize,
    limit: usize,
    bench_dir: PathBuf,
}

impl Args {
    fn parse(mut argv: impl Iterator<Item = String>) -> Result<Self, Box<dyn Error>> {
        let bench_dir = support::bench_dir();
        let mut args = Args { corpora: Vec::new(), files: Vec::new(), rounds: 3, limit: usize::MAX, bench_dir };
        while let Some(arg) = argv.next() {
            let mut value = || argv.next().ok_or_else(|| format!("{arg} needs a value\n{USAGE}"));
            match arg.as_str() {
                "--rounds" => args.rounds = value()?.parse::<usize>().map_err(|e| format!("--rounds: {e}"))?.max(1),
                "--limit" => args.limit = value()?.parse().map_err(|e| format!("--limit: {e}"))?,
                "--bench-dir" => args.bench_dir = PathBuf::from(value()?),
                "aeb" | "wcxb-dev" | "readability" => args.corpora.push(arg),
                flag if flag.starts_with('-') => return Err(format!("unknown flag `{flag}`\n{USAGE}").into()),
                _ => args.files.push(PathBuf::from(arg)),
            }
        }
        if args.corpora.is_empty() && args.files.is_empty() {
            args.corpora = vec!["aeb".into(), "wcxb-dev".into()];
        }
        Ok(args)
    }
}

/// A page ready to time: decoded once, so parse and extract see the same text.
struct Page {
    text: String,
}

fn load(args: &Args) -> Result<Vec<Page>, Box<dyn Error>> {
    let mut paths = args.files.clone();
    for corpus in &args.corpora {
        let (dir, suffix) = match corpus.as_str() {
            "aeb" => (args.bench_dir.join("aeb/html"), ".html.gz"),
            "wcxb-dev" => (args.bench_dir.join("wcxb/dev/html"), ".html.gz"),
            _ => (args.bench_dir.join("readability/test-pages"), ""),
        };
        if !dir.is_dir() {
            eprintln!("throughput: corpus {corpus} not found: {} is missing", dir.display());
            continue;
        }
        let mut found: Vec<PathBuf> = std::fs::read_dir(&dir)?
            .map(|e| e.map(|e| e.path()))
            .collect::<Result<Vec<_>, _>>()?
            .into_iter()
            .map(|p| if suffix.is_empty() { p.join("source.html") } else { p })
            .filter(|p| p.is_file() && p.to_string_lossy().ends_with(suffix))
            .collect();
        found.sort();
        found.truncate(args.limit);
        paths.extend(found);
    }
    paths.iter().map(|p| Ok(Page { text: support::read_text(p)? })).collect()
}


/// What is timed on every page: html5ever's tokenizer alone, html5ever parsing into
/// an `RcDom` (tokenizer and tree builder), and `dechrome::extract`. Each returns
/// whether it produced a result.
type Step = (&'static str, fn(&str) -> bool);

const STEPS: [Step; 3] = [("tokenize", tokenize_only), ("parse", parse_only), ("extract", extract)];

/// Per step and page, the mean time over the rounds; and how many pages extraction
/// failed on. Each round starts the rotation of steps at a different one.
fn time_pages(pages: &[Page], rounds: usize) -> (Vec<Vec<Duration>>, usize) {
    let mut times = vec![vec![Duration::ZERO; pages.len()]; STEPS.len()];
    let mut failures = 0;
    for round in 0..rounds {
        for (i, page) in pages.iter().enumerate() {
            for k in 0..STEPS.len() {
                let step = (round + k) % STEPS.len();
                let Some(((_, run), slot)) = STEPS.get(step).zip(times.get_mut(step).and_then(|t| t.get_mut(i))) else {
                    continue;
                };
                let started = Instant::now();
                let ok = run(black_box(&page.text));
                *slot += started.elapsed();
                // Only extraction can fail; the parser recovers from anything.
                failures += usize::from(round == 0 && !ok);
            }
        }
    }
    let divisor = u32::try_from(rounds).unwrap_or(u32::MAX);
    for d in times.iter_mut().flatten() {
        *d /= divisor;
    }
    (times, failures)
}

fn tokenize_only(text: &str) -> bool {
    let tokenizer = Tokenizer::new(NullSink, TokenizerOpts::default());
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(text));
    let _ = tokenizer.feed(&input);
    tokenizer.end();
    true
}

/// Takes every token and drops it, switching the tokenizer into raw text after the
/// start tags whose content is not markup, as the tree builder would.
struct NullSink;

impl TokenSink for NullSink {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        let Token::TagToken(tag) = token else { return TokenSinkResult::Continue };
        if tag.kind != TagKind::StartTag {
            return TokenSinkResult::Continue;
        }
        match &*tag.name {
            "script" => TokenSinkResult::RawData(RawKind::ScriptData),
            "style" | "xmp" | "iframe" | "noembed" | "noframes" => TokenSinkResult::RawData(RawKind::Rawtext),
            "title" | "textarea" => TokenSinkResult::RawData(RawKind::Rcdata),
            "plaintext" => TokenSinkResult::Plaintext,
            _ => TokenSinkResult::Continue,
        }
    }
}

fn parse_only(text: &str) -> bool {
    let dom = html5ever::parse_document(RcDom::default(), Default::default()).one(text);
    black_box(&dom.document);
    true
}

fn extract(text: &str) -> bool {
    black_box(dechrome::extract(text)).is_ok()
}

fn report(name: &str, per_page: &[Duration], total_bytes: usize) {
    let total: Duration = per_page.iter().sum();
    let mut ms: Vec<f64> = per_page.iter().map(|d| d.as_secs_f64() * 1e3).collect();
    ms.sort_by(f64::total_cmp);
    let mean = total.as_secs_f64() * 1e3 / len_f64(ms.len());
    println!(
        "{name:<8} {:>8.1} {:>9.2} {:>9.2} {:>9.2}",
        support::mb(total_bytes) / total.as_secs_f64().max(f64::MIN_POSITIVE),
        mean,
        percentile(&ms, 0.5),
        percentile(&ms, 0.99)
    );
}

/// The value at fraction `q` of a sorted list (nearest rank).
fn percentile(sorted: &[f64], q: f64) -> f64 {
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let rank = ((len_f64(sorted.len()) * q).ceil() as usize).saturating_sub(1);
    sorted.get(rank.min(sorted.len().saturating_sub(1))).copied().unwrap_or(0.0)
}

#[allow(clippy::cast_precision_loss)]
fn len_f64(n: usize) -> f64 {
    n.max(1) as f64
}

