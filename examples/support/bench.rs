//! The benchmark corpora of `../shared/bench` and their published metrics, shared by
//! `evaluate` (which scores the extractor) and `train` (which fits the learned models).
#![allow(dead_code)]

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::error::Error;
use std::fs;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

use regex::{Captures, Regex};
use serde_json::Value;

#[derive(Debug, Clone, Copy)]
pub enum Corpus {
    Aeb,
    WcxbDev,
    Readability,
}

/// One page of a corpus: its HTML and the truth it is scored against (for AEB the
/// `articleBody`, for WCXB the `main_content` and the snippets, for Readability the
/// text of `expected.html`).
pub struct Page {
    pub id: String,
    pub path: PathBuf,
    pub page_type: String,
    /// The host of the page's URL, or its id when the corpus gives no URL: pages of
    /// one site share it (training folds split by it).
    pub site: String,
    pub truth: String,
    pub with: Vec<String>,
    pub without: Vec<String>,
}

impl Corpus {
    pub fn from_name(name: &str) -> Option<Self> {
        match name {
            "aeb" => Some(Corpus::Aeb),
            "wcxb-dev" => Some(Corpus::WcxbDev),
            "readability" => Some(Corpus::Readability),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Corpus::Aeb => "aeb",
            Corpus::WcxbDev => "wcxb-dev",
            Corpus::Readability => "readability",
        }
    }

    /// The first path this corpus needs that does not exist under `dir`.
    pub fn missing(self, dir: &Path) -> Option<PathBuf> {
        let needed: &[&str] = match self {
            Corpus::Aeb => &["aeb/ground-truth.json", "aeb/html"],
            Corpus::WcxbDev => &["wcxb/metadata.json", "wcxb/dev/ground-truth", "wcxb/dev/html"],
            Corpus::Readability => &["readability/test-pages"],
        };
        needed.iter().map(|p| dir.join(p)).find(|p| !p.exists())
    }

    /// Every page, in the order `bench.py list` gives them.
    pub fn pages(self, dir: &Path, metric: &Metric) -> Result<Vec<Page>, Box<dyn Error>> {
        let page = |id: String, path: PathBuf, truth: String, url: &str| Page {
            site: host(url).unwrap_or(&id).to_owned(),
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
                Ok(items.iter().map(|(id, item)| page(id.clone(), html(id), str_field(item, "articleBody"), &str_field(item, "url"))).collect())
            }
            Corpus::WcxbDev => wcxb_pages(dir),
            Corpus::Readability => {
                let mut pages = Vec::new();
                for d in sorted_listing(&dir.join("readability/test-pages"))? {
                    let (source, expected) = (d.join("source.html"), d.join("expected.html"));
                    if source.exists() && expected.exists() {
                        let expected = String::from_utf8_lossy(&fs::read(expected)?).into_owned();
                        pages.push(page(file_stem(&d), source, metric.html_text(&expected), ""));
                    }
                }
                Ok(pages)
            }
        }
    }
}

pub fn wcxb_pages(dir: &Path) -> Result<Vec<Page>, Box<dyn Error>> {
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
            site: host(&str_field(&doc, "url")).unwrap_or(&id).to_owned(),
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

/// The host of a URL (`https://www.a.example/x` gives `a.example`), if it has one.
pub fn host(url: &str) -> Option<&str> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#', ':']).next()?;
    let host = host.strip_prefix("www.").unwrap_or(host);
    (!host.is_empty()).then_some(host)
}

pub fn sorted_listing(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut paths = fs::read_dir(dir)?.map(|e| e.map(|e| e.path())).collect::<Result<Vec<_>, _>>()?;
    paths.sort();
    Ok(paths)
}

pub fn file_stem(path: &Path) -> String {
    path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default()
}

pub fn read_json(path: &Path) -> Result<Value, Box<dyn Error>> {
    let text = fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    Ok(serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?)
}

/// A string field, with null or absent read as "" (Python's `x.get(k) or ""`).
pub fn str_field(v: &Value, key: &str) -> String {
    v.get(key).and_then(Value::as_str).unwrap_or("").to_owned()
}

/// The article text of one page, or why there is none (scored as "").
pub fn extract(path: &Path) -> Result<String, String> {
    let bytes = crate::support::read_file(path)?;
    match catch_unwind(AssertUnwindSafe(|| dechrome::extract_bytes(&bytes))) {
        Ok(result) => result.map(|article| article.text).map_err(|e| e.to_string()),
        Err(_) => Err("panic".into()),
    }
}

/// Predictions from a file in either of `bench.py`'s forms: `{id: text}` or
/// `{id: {"articleBody": text}}`, possibly wrapped as `{"version", "output"}`.
pub fn read_preds(file: &Path, pages: &[Page]) -> Result<Vec<Result<String, String>>, Box<dyn Error>> {
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
pub struct Row {
    pub precision: Option<f64>,
    pub recall: Option<f64>,
    pub f1: f64,
    pub exact: bool,
    pub with: f64,
    pub without: f64,
}

/// The tokenisers behind the metrics, compiled once.
pub struct Metric {
    pub word: Regex,
    pub charref: Regex,
    pub script_end: Regex,
    pub style_end: Regex,
}

impl Metric {
    pub fn new() -> Result<Self, regex::Error> {
        Ok(Metric {
            // Python's `\w` on str is exactly the letters (L*), the numbers (N*) and `_`.
            word: Regex::new(r"[\p{L}\p{N}_]+")?,
            charref: Regex::new(r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\x0C <&#;]{1,32};?)")?,
            script_end: Regex::new(r"(?i)</\s*script\s*>")?,
            style_end: Regex::new(r"(?i)</\s*style\s*>")?,
        })
    }

    pub fn words<'t>(&self, text: &'t str) -> Vec<&'t str> {
        self.word.find_iter(text).map(|m| m.as_str()).collect()
    }

    pub fn score(&self, corpus: Corpus, page: &Page, pred: &str) -> Row {
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
    pub fn shingle_row(&self, truth: &str, pred: &str) -> Row {
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
    pub fn word_prf(&self, reference: &str, got: &str) -> (f64, f64, f64) {
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
    pub fn html_text(&self, s: &str) -> String {
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
    pub fn start_tag<'a>(&'a self, s: &str, i: usize, raw_text: &mut Option<&'a Regex>) -> Option<usize> {
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
    pub fn end_tag<'s>(
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
    pub fn unescape<'t>(&self, data: &'t str) -> Cow<'t, str> {
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

pub fn numeric_ref(num: &str) -> String {
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

pub fn named_ref(name: &str) -> String {
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
pub fn held_back(s: &str, i: usize) -> bool {
    let tail_start = s.char_indices().rev().nth(33).map_or(0, |(k, _)| k).max(i);
    s.get(tail_start..)
        .and_then(|tail| tail.rfind('&').map(|a| tail_start + a))
        .is_some_and(|amp| !s.get(amp..).unwrap_or("").contains(|c: char| c == ';' || c.is_whitespace()))
}

pub fn find_after(s: &str, from: usize, needle: &str) -> Option<usize> {
    s.get(from..)?.find(needle).map(|k| from + k)
}

pub fn shingles<'a, 't>(tokens: &'a [&'t str]) -> HashMap<&'a [&'t str], usize> {
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

pub fn bag(words: Vec<&str>) -> HashMap<&str, usize> {
    let mut counts = HashMap::new();
    for w in words {
        *counts.entry(w).or_insert(0) += 1;
    }
    counts
}

/// Multiset overlap of truth and prediction: (common, in prediction only, in truth only).
pub fn overlap<K: Eq + std::hash::Hash>(truth: &HashMap<K, usize>, pred: &HashMap<K, usize>) -> (usize, usize, usize) {
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
pub fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

pub fn harmonic(p: f64, r: f64) -> f64 {
    if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    }
}

#[allow(clippy::cast_precision_loss)]
pub fn mean(values: impl Iterator<Item = f64>) -> f64 {
    let (sum, n) = values.fold((0.0, 0usize), |(s, n), v| (s + v, n + 1));
    if n == 0 {
        0.0
    } else {
        sum / n as f64
    }
}

/// `bench.py`'s `round(x, 4)`: correctly rounded, as Rust's formatting is.
pub fn round4(x: f64) -> f64 {
    format!("{x:.4}").parse().unwrap_or(x)
}

#[derive(serde::Serialize)]
pub struct Summary {
    pub corpus: &'static str,
    pub pages: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exact: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub with: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub without_leak: Option<f64>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub by_type: BTreeMap<String, TypeScore>,
    pub failures: usize,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub errors: BTreeMap<String, usize>,
    pub seconds: f64,
}

#[derive(serde::Serialize)]
pub struct TypeScore {
    pub n: usize,
    pub f1: f64,
}

/// A corpus's F1 from its pages' rows: for AEB the F1 of the mean precision and
/// recall, elsewhere the mean of the pages' F1.
pub fn corpus_f1(corpus: Corpus, rows: &[Row]) -> f64 {
    match corpus {
        Corpus::Aeb => harmonic(mean(rows.iter().filter_map(|r| r.precision)), mean(rows.iter().filter_map(|r| r.recall))),
        Corpus::WcxbDev | Corpus::Readability => mean(rows.iter().map(|r| r.f1)),
    }
}

pub fn summarise(corpus: Corpus, rows: &[Row], pages: &[Page], preds: &[Result<String, String>], seconds: f64) -> Summary {
    let precision = mean(rows.iter().filter_map(|r| r.precision));
    let recall = mean(rows.iter().filter_map(|r| r.recall));
    let f1 = corpus_f1(corpus, rows);
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
pub fn to_json_indent1(value: &impl serde::Serialize) -> Result<String, Box<dyn Error>> {
    let mut buf = Vec::new();
    let mut ser = serde_json::Serializer::with_formatter(&mut buf, serde_json::ser::PrettyFormatter::with_indent(b" "));
    value.serialize(&mut ser)?;
    Ok(String::from_utf8(buf)?)
}
