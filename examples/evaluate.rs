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

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::error::Error;
use std::fmt::Write as _;
use std::io::Write as _;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;
use std::fs;

use regex::{Captures, Regex};
use serde_json::Value;

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
        let bench_dir = std::env::var_os("BENCH_DATA")
            .map_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/bench"), PathBuf::from);
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

#[derive(Debug, Clone, Copy)]
enum Corpus {
    Aeb,
    WcxbDev,
    Readability,
}

/// One page of a corpus: its HTML and the truth it is scored against (for AEB the
/// `articleBody`, for WCXB the `main_content` and the snippets, for Readability the
/// text of `expected.html`).
struct Page {
    id: String,
    path: PathBuf,
    page_type: String,
    truth: String,
    with: Vec<String>,
    without: Vec<String>,
}

impl Corpus {
    fn from_name(name: &str) -> Option<Self> {
        match name {
            "aeb" => Some(Corpus::Aeb),
            "wcxb-dev" => Some(Corpus::WcxbDev),
            "readability" => Some(Corpus::Readability),
            _ => None,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Corpus::Aeb => "aeb",
            Corpus::WcxbDev => "wcxb-dev",
            Corpus::Readability => "readability",
        }
    }

    /// The first path this corpus needs that does not exist under `dir`.
    fn missing(self, dir: &Path) -> Option<PathBuf> {
        let needed: &[&str] = match self {
            Corpus::Aeb => &["aeb/ground-truth.json", "aeb/html"],
            Corpus::WcxbDev => &["wcxb/metadata.json", "wcxb/dev/ground-truth", "wcxb/dev/html"],
            Corpus::Readability => &["readability/test-pages"],
        };
        needed.iter().map(|p| dir.join(p)).find(|p| !p.exists())
    }

    /// Every page, in the order `bench.py list` gives them.
    fn pages(self, dir: &Path, metric: &Metric) -> Result<Vec<Page>, Box<dyn Error>> {
        let page = |id: String, path: PathBuf, truth: String| Page {
            id,
            path,
            page_type: "-".into(),
            truth,
            with: Vec::new(),
            without: Vec::new(),
        };
        match self {
            Corpus::Aeb => {
                let truth = read_json(&dir.join("aeb/ground-truth.json"))?;
                let items = truth.as_object().ok_or("aeb/ground-truth.json is not an object")?;
                let html = |id: &str| dir.join(format!("aeb/html/{id}.html.gz"));
                Ok(items.iter().map(|(id, item)| page(id.clone(), html(id), str_field(item, "articleBody"))).collect())
            }
            Corpus::WcxbDev => wcxb_pages(dir),
            Corpus::Readability => {
                let mut pages = Vec::new();
                for d in sorted_listing(&dir.join("readability/test-pages"))? {
                    let (source, expected) = (d.join("source.html"), d.join("expected.html"));
                    if source.exists() && expected.exists() {
                        let expected = String::from_utf8_lossy(&fs::read(expected)?).into_owned();
                        pages.push(page(file_stem(&d), source, metric.html_text(&expected)));
                    }
                }
                Ok(pages)
            }
        }
    }
}

fn wcxb_pages(dir: &Path) -> Result<Vec<Page>, Box<dyn Error>> {
    let meta = read_json(&dir.join("wcxb/metadata.json"))?;
    let mut pages = Vec::new();
    for file in sorted_listing(&dir.join("wcxb/dev/ground-truth"))? {
        if file.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let id = file_stem(&file);
        let doc = read_json(&file)?;
        let truth = doc.get("ground_truth").unwrap_or(&Value::Null);
        let snippets = |key: &str| -> Vec<String> {
            let list = truth.get(key).and_then(Value::as_array).map_or(&[][..], Vec::as_slice);
            list.iter().map(|s| s.as_str().unwrap_or("").to_owned()).collect()
        };
        let page_type = meta.pointer(&format!("/files/{id}/page_type")).and_then(Value::as_str);
        pages.push(Page {
            path: dir.join(format!("wcxb/dev/html/{id}.html.gz")),
            page_type: match page_type.unwrap_or("article") {
                "category" => "collection".into(),
                other => other.into(),
            },
            truth: str_field(truth, "main_content"),
            with: snippets("with"),
            without: snippets("without"),
            id,
        });
    }
    Ok(pages)
}

fn sorted_listing(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut paths = fs::read_dir(dir)?.map(|e| e.map(|e| e.path())).collect::<Result<Vec<_>, _>>()?;
    paths.sort();
    Ok(paths)
}

fn file_stem(path: &Path) -> String {
    path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default()
}

fn read_json(path: &Path) -> Result<Value, Box<dyn Error>> {
    let text = fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    Ok(serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?)
}

/// A string field, with null or absent read as "" (Python's `x.get(k) or ""`).
fn str_field(v: &Value, key: &str) -> String {
    v.get(key).and_then(Value::as_str).unwrap_or("").to_owned()
}

/// The article text of one page, or why there is none (scored as "").
fn extract(path: &Path) -> Result<String, String> {
    let bytes = support::read_file(path)?;
    match catch_unwind(AssertUnwindSafe(|| dechrome::extract_bytes(&bytes))) {
        Ok(result) => result.map(|article| article.text).map_err(|e| e.to_string()),
        Err(_) => Err("panic".into()),
    }
}

/// Predictions from a file in either of `bench.py`'s forms: `{id: text}` or
/// `{id: {"articleBody": text}}`, possibly wrapped as `{"version", "output"}`.
fn read_preds(file: &Path, pages: &[Page]) -> Result<Vec<Result<String, String>>, Box<dyn Error>> {
    let mut doc = read_json(file)?;
    if doc.as_object().is_some_and(|o| o.len() == 2 && o.contains_key("version") && o.contains_key("output")) {
        doc = doc.get("output").cloned().unwrap_or(Value::Null);
    }
    let text = |v: &Value| match v {
        Value::Object(_) => str_field(v, "articleBody"),
        _ => v.as_str().unwrap_or("").to_owned(),
    };
    Ok(pages.iter().map(|p| Ok(doc.get(&p.id).map(text).unwrap_or_default())).collect())
}

/// One page's scores. `precision` and `recall` are `None` where `bench.py` leaves the
/// page out of the mean (AEB pages where both texts are empty, or the prediction is).
struct Row {
    precision: Option<f64>,
    recall: Option<f64>,
    f1: f64,
    exact: bool,
    with: f64,
    without: f64,
}

/// The tokenisers behind the metrics, compiled once.
struct Metric {
    word: Regex,
    charref: Regex,
    script_end: Regex,
    style_end: Regex,
}

impl Metric {
    fn new() -> Result<Self, regex::Error> {
        Ok(Metric {
            // Python's `\w` on str is exactly the letters (L*), the numbers (N*) and `_`.
            word: Regex::new(r"[\p{L}\p{N}_]+")?,
            charref: Regex::new(r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\x0C <&#;]{1,32};?)")?,
            script_end: Regex::new(r"(?i)</\s*script\s*>")?,
            style_end: Regex::new(r"(?i)</\s*style\s*>")?,
        })
    }

    fn words<'t>(&self, text: &'t str) -> Vec<&'t str> {
        self.word.find_iter(text).map(|m| m.as_str()).collect()
    }

    fn score(&self, corpus: Corpus, page: &Page, pred: &str) -> Row {
        if let Corpus::Aeb = corpus {
            return self.shingle_row(&page.truth, pred);
        }
        let (precision, recall, f1) = self.word_prf(&page.truth, pred);
        let low = pred.to_lowercase();
        let rate = |snippets: &[String], empty: f64| {
            let hits = snippets.iter().filter(|s| low.contains(&s.to_lowercase())).count();
            if snippets.is_empty() {
                empty
            } else {
                ratio(hits, snippets.len())
            }
        };
        let (with, without) = (rate(&page.with, 1.0), rate(&page.without, 0.0));
        Row { precision: Some(precision), recall: Some(recall), f1, exact: false, with, without }
    }

    /// AEB: shingle TP/FP/FN normalised by their sum, then precision and recall.
    fn shingle_row(&self, truth: &str, pred: &str) -> Row {
        let (t, p) = (self.words(truth), self.words(pred));
        let (ts, ps) = (shingles(&t), shingles(&p));
        let (tp, fp, fn_) = overlap(&ts, &ps);
        let sum = tp + fp + fn_;
        let (mut precision, mut recall) = (None, None);
        if sum > 0 {
            let (tp, fp, fn_) = (ratio(tp, sum), ratio(fp, sum), ratio(fn_, sum));
            let perfect = fp == 0.0 && fn_ == 0.0;
            if tp + fp > 0.0 {
                precision = Some(if perfect { 1.0 } else { tp / (tp + fp) });
            }
            if tp + fn_ > 0.0 {
                recall = Some(if perfect { 1.0 } else { tp / (tp + fn_) });
            }
        }
        let f1 = match (precision, recall) {
            (None, None) => 1.0,
            (Some(p), Some(r)) => harmonic(p, r),
            _ => 0.0,
        };
        Row { precision, recall, f1, exact: t == p, with: 1.0, without: 0.0 }
    }

    /// Word-bag precision, recall and F1 of lowercase `\w+` words.
    fn word_prf(&self, reference: &str, got: &str) -> (f64, f64, f64) {
        let (reference, got) = (reference.to_lowercase(), got.to_lowercase());
        let (rt, pt) = (bag(self.words(&reference)), bag(self.words(&got)));
        if rt.is_empty() {
            return if pt.is_empty() { (1.0, 1.0, 1.0) } else { (0.0, 0.0, 0.0) };
        }
        if pt.is_empty() {
            return (0.0, 0.0, 0.0);
        }
        let (common, _, _) = overlap(&rt, &pt);
        let (p, r) = (ratio(common, pt.values().sum()), ratio(common, rt.values().sum()));
        (p, r, harmonic(p, r))
    }

    /// The text of an HTML document as Python's `HTMLParser.handle_data` sees it (one
    /// `feed`, no `close`): the data between tags, character references decoded,
    /// `script` and `style` content raw, the pieces joined by spaces.
    fn html_text(&self, s: &str) -> String {
        let bytes = s.as_bytes();
        let (n, mut i) = (s.len(), 0);
        let mut out: Vec<Cow<'_, str>> = Vec::new();
        let mut raw_text: Option<&Regex> = None;
        while i < n {
            let j = match raw_text {
                Some(end) => match end.find_at(s, i) {
                    Some(m) => m.start(),
                    None => break,
                },
                None => match s.get(i..).and_then(|r| r.find('<')) {
                    Some(j) => i + j,
                    None if held_back(s, i) => break,
                    None => n,
                },
            };
            if let Some(data) = s.get(i..j).filter(|d| !d.is_empty()) {
                out.push(if raw_text.is_some() { data.into() } else { self.unescape(data) });
            }
            i = j;
            let rest = s.get(i..).unwrap_or("");
            let next = bytes.get(i + 1).copied().unwrap_or(0);
            let end = if rest.is_empty() {
                break;
            } else if next.is_ascii_alphabetic() {
                self.start_tag(s, i, &mut raw_text)
            } else if rest.starts_with("</") {
                self.end_tag(s, i, &mut raw_text, &mut out)
            } else if rest.starts_with("<!--") {
                find_after(s, i + 4, "-->").map(|k| k + 3)
            } else if rest.starts_with("<?") || rest.starts_with("<!") {
                find_after(s, i + 2, ">").map(|k| k + 1)
            } else if i + 1 < n {
                out.push("<".into());
                Some(i + 1)
            } else {
                None
            };
            match end {
                Some(k) => i = k,
                None => break,
            }
        }
        out.join(" ")
    }

    /// Skips a start tag (quoted attribute values may hold `>`), entering raw-text mode
    /// after `<script>` or `<style>`; `None` if it never ends.
    fn start_tag<'a>(&'a self, s: &str, i: usize, raw_text: &mut Option<&'a Regex>) -> Option<usize> {
        let rest = s.get(i + 1..)?;
        let name_len = rest.find(['\t', '\n', '\r', '\x0C', ' ', '/', '>', '\0']).unwrap_or(rest.len());
        let name = rest.get(..name_len)?.to_ascii_lowercase();
        let mut quote = None;
        let mut after_equals = false;
        for (k, c) in rest.char_indices().skip_while(|&(k, _)| k < name_len) {
            match (quote, c) {
                (Some(q), c) if c == q => quote = None,
                (Some(_), _) => {}
                (None, '"' | '\'') if after_equals => quote = Some(c),
                (None, '>') => {
                    let self_closing = rest.get(..k).is_some_and(|t| t.ends_with('/'));
                    if !self_closing {
                        *raw_text = match name.as_str() {
                            "script" => Some(&self.script_end),
                            "style" => Some(&self.style_end),
                            _ => None,
                        };
                    }
                    return Some(i + 1 + k + 1);
                }
                _ => {}
            }
            if quote.is_none() && !c.is_whitespace() {
                after_equals = c == '=';
            }
        }
        None
    }

    /// Skips an end tag; inside `script`/`style`, anything but their own end tag is data.
    fn end_tag<'s>(
        &self,
        s: &'s str,
        i: usize,
        raw_text: &mut Option<&Regex>,
        out: &mut Vec<Cow<'s, str>>,
    ) -> Option<usize> {
        let gt = find_after(s, i + 1, ">")? + 1;
        if let Some(end) = raw_text {
            if end.find_at(s, i).is_some_and(|m| m.start() == i && m.end() == gt) {
                *raw_text = None;
            } else {
                out.push(s.get(i..gt)?.into());
            }
        }
        Some(gt)
    }

    /// Python's `html.unescape`: numeric references with the HTML5 fix-ups, named
    /// references by the longest known prefix.
    fn unescape<'t>(&self, data: &'t str) -> Cow<'t, str> {
        if !data.contains('&') {
            return data.into();
        }
        self.charref.replace_all(data, |c: &Captures<'_>| {
            let body = c.get(1).map_or("", |m| m.as_str());
            match body.strip_prefix('#') {
                Some(num) => numeric_ref(num),
                None => named_ref(body),
            }
        })
    }
}

fn numeric_ref(num: &str) -> String {
    let (digits, radix) = match num.strip_prefix(['x', 'X']) {
        Some(hex) => (hex, 16),
        None => (num, 10),
    };
    let code = u32::from_str_radix(digits.trim_end_matches(';'), radix).unwrap_or(u32::MAX);
    let c1 = code.checked_sub(0x80).and_then(|k| html5ever::data::C1_REPLACEMENTS.get(k as usize));
    match (code, c1) {
        (0, _) => "\u{FFFD}".into(),
        (_, Some(replacement)) => replacement.or_else(|| char::from_u32(code)).map(String::from).unwrap_or_default(),
        (0xD800..=0xDFFF | 0x11_0000.., _) => "\u{FFFD}".into(),
        (0x1..=0x8 | 0xB | 0xE..=0x1F | 0x7F | 0xFDD0..=0xFDEF, _) => String::new(),
        (c, _) if c & 0xFFFE == 0xFFFE => String::new(),
        (c, _) => char::from_u32(c).map(String::from).unwrap_or_default(),
    }
}

fn named_ref(name: &str) -> String {
    let known = |key: &str| {
        html5ever::data::NAMED_ENTITIES
            .get(key)
            .filter(|&&(a, _)| a != 0)
            .map(|&(a, b)| [a, b].into_iter().filter(|&c| c != 0).filter_map(char::from_u32).collect::<String>())
    };
    if let Some(text) = known(name) {
        return text;
    }
    let cuts: Vec<usize> = name.char_indices().map(|(k, _)| k).filter(|&k| k >= 2).collect();
    for &cut in cuts.iter().rev() {
        if let (Some(head), Some(tail)) = (name.get(..cut), name.get(cut..)) {
            if let Some(text) = known(head) {
                return text + tail;
            }
        }
    }
    format!("&{name}")
}

/// Whether `HTMLParser.feed` keeps the trailing text back, waiting for the rest of a
/// character reference: an `&` in the last 34 characters with no space or `;` after it.
fn held_back(s: &str, i: usize) -> bool {
    let tail_start = s.char_indices().rev().nth(33).map_or(0, |(k, _)| k).max(i);
    s.get(tail_start..)
        .and_then(|tail| tail.rfind('&').map(|a| tail_start + a))
        .is_some_and(|amp| !s.get(amp..).unwrap_or("").contains(|c: char| c == ';' || c.is_whitespace()))
}

fn find_after(s: &str, from: usize, needle: &str) -> Option<usize> {
    s.get(from..)?.find(needle).map(|k| from + k)
}

fn shingles<'a, 't>(tokens: &'a [&'t str]) -> HashMap<&'a [&'t str], usize> {
    let mut counts = HashMap::new();
    if tokens.len() < 4 {
        if !tokens.is_empty() {
            counts.insert(tokens, 1);
        }
        return counts;
    }
    for window in tokens.windows(4) {
        *counts.entry(window).or_insert(0) += 1;
    }
    counts
}

fn bag(words: Vec<&str>) -> HashMap<&str, usize> {
    let mut counts = HashMap::new();
    for w in words {
        *counts.entry(w).or_insert(0) += 1;
    }
    counts
}

/// Multiset overlap of truth and prediction: (common, in prediction only, in truth only).
fn overlap<K: Eq + std::hash::Hash>(truth: &HashMap<K, usize>, pred: &HashMap<K, usize>) -> (usize, usize, usize) {
    let mut common = 0;
    let mut extra = 0;
    for (k, &n) in pred {
        let t = truth.get(k).copied().unwrap_or(0);
        common += n.min(t);
        extra += n.saturating_sub(t);
    }
    let missed = truth.iter().map(|(k, &n)| n.saturating_sub(pred.get(k).copied().unwrap_or(0))).sum();
    (common, extra, missed)
}

#[allow(clippy::cast_precision_loss)]
fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

fn harmonic(p: f64, r: f64) -> f64 {
    if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    }
}

#[allow(clippy::cast_precision_loss)]
fn mean(values: impl Iterator<Item = f64>) -> f64 {
    let (sum, n) = values.fold((0.0, 0usize), |(s, n), v| (s + v, n + 1));
    if n == 0 {
        0.0
    } else {
        sum / n as f64
    }
}

/// `bench.py`'s `round(x, 4)`: correctly rounded, as Rust's formatting is.
fn round4(x: f64) -> f64 {
    format!("{x:.4}").parse().unwrap_or(x)
}

#[derive(serde::Serialize)]
struct Summary {
    corpus: &'static str,
    pages: usize,
    precision: f64,
    recall: f64,
    f1: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    exact: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    with: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    without_leak: Option<f64>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    by_type: BTreeMap<String, TypeScore>,
    failures: usize,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    errors: BTreeMap<String, usize>,
    seconds: f64,
}

#[derive(serde::Serialize)]
struct TypeScore {
    n: usize,
    f1: f64,
}

fn summarise(corpus: Corpus, rows: &[Row], pages: &[Page], preds: &[Result<String, String>], seconds: f64) -> Summary {
    let precision = mean(rows.iter().filter_map(|r| r.precision));
    let recall = mean(rows.iter().filter_map(|r| r.recall));
    let f1 = match corpus {
        Corpus::Aeb => harmonic(precision, recall),
        Corpus::WcxbDev | Corpus::Readability => mean(rows.iter().map(|r| r.f1)),
    };
    let wcxb = matches!(corpus, Corpus::WcxbDev);
    let mut by_type = BTreeMap::new();
    if wcxb {
        let mut groups: BTreeMap<&str, Vec<f64>> = BTreeMap::new();
        for (row, page) in rows.iter().zip(pages) {
            groups.entry(page.page_type.as_str()).or_default().push(row.f1);
        }
        for (t, f1s) in groups {
            by_type.insert(t.to_owned(), TypeScore { n: f1s.len(), f1: round4(mean(f1s.into_iter())) });
        }
    }
    let mut errors = BTreeMap::new();
    for e in preds.iter().filter_map(|p| p.as_ref().err()) {
        *errors.entry(e.to_owned()).or_insert(0) += 1;
    }
    Summary {
        corpus: corpus.name(),
        pages: rows.len(),
        precision,
        recall,
        f1,
        exact: matches!(corpus, Corpus::Aeb).then(|| ratio(rows.iter().filter(|r| r.exact).count(), rows.len())),
        with: wcxb.then(|| mean(rows.iter().map(|r| r.with))),
        without_leak: wcxb.then(|| mean(rows.iter().map(|r| r.without))),
        by_type,
        failures: errors.values().sum(),
        errors,
        seconds,
    }
}

/// JSON with a one-space indent, as `bench.py` prints it.
fn to_json_indent1(value: &impl serde::Serialize) -> Result<String, Box<dyn Error>> {
    let mut buf = Vec::new();
    let mut ser = serde_json::Serializer::with_formatter(&mut buf, serde_json::ser::PrettyFormatter::with_indent(b" "));
    value.serialize(&mut ser)?;
    Ok(String::from_utf8(buf)?)
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
