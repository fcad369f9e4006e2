//! `cargo run --release --example evaluate -- aeb|wcxb-dev|readability [--min-f1 X] [--worst N [--gaps]] [--out preds.json]`
//!
//! Extracts every page of a shared benchmark corpus in this process, on every core,
//! and scores the texts with the corpus's published metric, computed exactly as
//! `../shared/bench/bench.py score` computes it (so `--out preds.json` followed by
//! `python3 ../shared/bench/bench.py score CORPUS preds.json` prints the same figures).
//!
//! - `aeb`: 4-gram shingles of `\w+` tokens, normalised per page; mean precision and
//!   recall over pages; F1 of those means.
//! - `wcxb-dev`: bag of lowercase `\w+` words; P, R and F1 per page, then means; per
//!   page type too, and the rate of `with` snippets kept and `without` snippets leaked.
//! - `readability`: the text of each `expected.html`, scored like `wcxb-dev`.
//!
//! `\w` means what it means to Python's `re` on `str`: letters, numbers and `_`.
//!
//! Flags: `--bench-dir DIR` (default `$BENCH_DATA`, else `../shared/bench` beside the
//! crate); `--worst N` lists the N pages of lowest F1, and with `--gaps` the longest
//! runs of words each one missed and leaked; `--out FILE` writes the
//! predictions as `{id: text}`; `--preds FILE` scores such a file instead of
//! extracting; `--min-f1 X` exits 1 when F1 is below X; `--require` exits 1, not 0,
//! when the corpus is missing.

#[path = "support/mod.rs"]
mod support;
#[path = "support/bench.rs"]
mod bench;

use bench::{to_json_indent1, Corpus, Metric, Page, Row, summarise, extract, read_preds};

use std::collections::BTreeMap;
use std::error::Error;
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;
use std::fs;


const USAGE: &str = "\
usage: evaluate aeb|wcxb-dev|readability [--min-f1 X] [--bench-dir DIR] [--worst N [--gaps]]
                [--out PREDS.json] [--preds PREDS.json] [--require]";

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        Err(e) => {
            eprintln!("evaluate: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<ExitCode, Box<dyn Error>> {
    let Some(args) = Args::parse(std::env::args().skip(1))? else {
        eprintln!("{USAGE}");
        return Ok(ExitCode::FAILURE);
    };
    let corpus = args.corpus;
    if let Some(missing) = corpus.missing(&args.bench_dir) {
        let name = corpus.name();
        eprintln!("evaluate: corpus {name} not found: {} is missing", missing.display());
        return Ok(if args.require { ExitCode::FAILURE } else { ExitCode::SUCCESS });
    }
    let metric = Metric::new()?;
    let bench_dir = fs::canonicalize(&args.bench_dir)?;
    let pages = corpus.pages(&bench_dir, &metric)?;
    let started = Instant::now();
    let preds = match &args.preds {
        Some(file) => read_preds(file, &pages)?,
        None => support::par_map(&pages, |page| extract(&page.path)),
    };
    let seconds = started.elapsed().as_secs_f64();
    let texts: Vec<&str> = preds.iter().map(|p| p.as_deref().unwrap_or("")).collect();
    let rows: Vec<Row> = pages.iter().zip(&texts).map(|(page, text)| metric.score(corpus, page, text)).collect();
    let summary = summarise(corpus, &rows, &pages, &preds, seconds);
    let mut report = to_json_indent1(&summary)? + "\n";
    if args.worst > 0 {
        let gaps = args.gaps.then_some((&metric, texts.as_slice()));
        print_worst(&mut report, &rows, &pages, args.worst, gaps);
    }
    // A reader that stops early (`evaluate … | head`) is not an error.
    match std::io::stdout().lock().write_all(report.as_bytes()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => return Err(e.into()),
        _ => {}
    }
    if let Some(out) = &args.out {
        let map: BTreeMap<&str, &str> = pages.iter().map(|p| p.id.as_str()).zip(texts).collect();
        let json = serde_json::to_string(&map)?;
        fs::write(out, json).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    }
    match args.min_f1 {
        Some(floor) if summary.f1 < floor => {
            eprintln!("evaluate: {} F1 {:.4} is below --min-f1 {floor}", corpus.name(), summary.f1);
            Ok(ExitCode::FAILURE)
        }
        _ => Ok(ExitCode::SUCCESS),
    }
}

struct Args {
    corpus: Corpus,
    bench_dir: PathBuf,
    min_f1: Option<f64>,
    worst: usize,
    gaps: bool,
    out: Option<PathBuf>,
    preds: Option<PathBuf>,
    require: bool,
}

impl Args {
    /// The parsed command line, or `None` when it does not parse (a message is printed).
    fn parse(mut argv: impl Iterator<Item = String>) -> Result<Option<Self>, Box<dyn Error>> {
        let bench_dir = support::bench_dir();
        let mut args =
            Args { corpus: Corpus::Aeb, bench_dir, min_f1: None, worst: 0, gaps: false, out: None, preds: None, require: false };
        let mut corpus = None;
        while let Some(arg) = argv.next() {
            let mut value = || argv.next().ok_or_else(|| format!("{arg} needs a value"));
            match arg.as_str() {
                "--bench-dir" => args.bench_dir = PathBuf::from(value()?),
                "--min-f1" => args.min_f1 = Some(value()?.parse().map_err(|e| format!("--min-f1: {e}"))?),
                "--worst" => args.worst = value()?.parse().map_err(|e| format!("--worst: {e}"))?,
                "--out" => args.out = Some(PathBuf::from(value()?)),
                "--preds" => args.preds = Some(PathBuf::from(value()?)),
                "--require" => args.require = true,
                "--gaps" => args.gaps = true,
                name if corpus.is_none() && !name.starts_with('-') => {
                    let known = Corpus::from_name(name);
                    corpus = Some(known.ok_or_else(|| format!("unknown corpus `{name}`"))?);
                }
                _ => {
                    eprintln!("evaluate: unexpected argument `{arg}`");
                    return Ok(None);
                }
            }
        }
        let Some(corpus) = corpus else {
            eprintln!("evaluate: no corpus given");
            return Ok(None);
        };
        Ok(Some(Args { corpus, ..args }))
    }
}

fn print_worst(out: &mut String, rows: &[Row], pages: &[Page], n: usize, gaps: Option<(&Metric, &[&str])>) {
    let mut order: Vec<(usize, &Row, &Page)> = rows.iter().zip(pages).enumerate().map(|(i, (r, p))| (i, r, p)).collect();
    order.sort_by(|a, b| a.1.f1.total_cmp(&b.1.f1).then_with(|| a.2.id.cmp(&b.2.id)));
    let fmt = |x: Option<f64>| x.map_or_else(|| "    -".to_owned(), |v| format!("{v:.3}"));
    let _ = writeln!(out, "worst {} pages by F1:", n.min(order.len()));
    let _ = writeln!(out, "{:>6} {:>6} {:>6}  {:<13} id  path", "f1", "P", "R", "type");
    for (i, row, page) in order.into_iter().take(n) {
        let _ = writeln!(
            out,
            "{:>6.3} {:>6} {:>6}  {:<13} {}  {}",
            row.f1,
            fmt(row.precision),
            fmt(row.recall),
            page.page_type,
            page.id,
            page.path.display()
        );
        if let Some((metric, texts)) = gaps {
            let pred = texts.get(i).copied().unwrap_or("");
            print_runs(out, "missed", &metric.unmatched_runs(&page.truth, pred));
            print_runs(out, "leaked", &metric.unmatched_runs(pred, &page.truth));
        }
    }
}

/// How many runs of each kind `--gaps` prints per page, and how many words of each.
const GAP_RUNS: usize = 3;
const GAP_WORDS: usize = 24;

fn print_runs(out: &mut String, label: &str, runs: &[Vec<&str>]) {
    for run in runs.iter().take(GAP_RUNS) {
        let shown = run.get(..GAP_WORDS.min(run.len())).unwrap_or_default().join(" ");
        let more = if run.len() > GAP_WORDS { "…" } else { "" };
        let _ = writeln!(out, "         {label} {:>4} words: {shown}{more}", run.len());
    }
}

impl Metric {
    /// Runs of words of `text` that `other` does not have, longest first: a word is
    /// matched when a word trigram holding it occurs in `other` (lowercased). Runs
    /// shorter than four words are left out.
    fn unmatched_runs<'t>(&self, text: &'t str, other: &str) -> Vec<Vec<&'t str>> {
        let lower = |words: &[&str]| words.iter().map(|w| w.to_lowercase()).collect::<Vec<_>>();
        let (words, theirs) = (self.words(text), lower(&self.words(other)));
        let known: std::collections::HashSet<&[String]> = theirs.windows(3).collect();
        let mine = lower(&words);
        let mut matched = vec![false; words.len()];
        for (start, tri) in mine.windows(3).enumerate() {
            if known.contains(tri) {
                matched.iter_mut().skip(start).take(3).for_each(|m| *m = true);
            }
        }
        let mut runs: Vec<Vec<&str>> = Vec::new();
        let mut current = Vec::new();
        for (word, hit) in words.iter().zip(&matched) {
            if *hit {
                runs.push(std::mem::take(&mut current));
            } else {
                current.push(*word);
            }
        }
        runs.push(current);
        runs.retain(|r| r.len() >= 4);
        runs.sort_by_key(|r| std::cmp::Reverse(r.len()));
        runs
    }
}
