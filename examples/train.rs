//! `cargo run --release --example train -- [--folds K] [--write] [--bench-dir DIR]`
//!
//! Fits the two logistic models of the `refine` stage from the benchmark corpora
//! (`aeb`, `wcxb-dev` and `readability` of `../shared/bench`), reports their effect cross-validated
//! by site, and with `--write` rewrites `src/rules/model.rs` with weights fitted on
//! every page.
//!
//! 1. Every page is explained (`Extractor::explain_bytes`): its blocks, the rules'
//!    decision on each (`by_rules`) and the models' inputs.
//! 2. A block is content when at least half of its word trigrams (its words, for
//!    blocks of fewer than three) occur in the page's ground truth; on WCXB pages,
//!    blocks holding a `with` snippet are content and those holding a `without`
//!    snippet are not, with more weight.
//! 3. One model is fitted on the blocks the rules kept (it may drop them), one on
//!    those they left (it may take them in): weighted logistic regression with an L2
//!    penalty, each block weighing its share of its page's words, since both metrics
//!    average over pages and count words.
//! 4. Pages are split into `K` folds by site (the host of their URL), so that no site
//!    is in both a model's training and its test pages. Each page's blocks are decided
//!    by the models fitted without its fold; the resulting texts (kept blocks joined)
//!    are scored with the corpus's metric, beside the rules' own texts scored the same
//!    way. The thresholds are the ones that do best on these held-out decisions:
//!    F1 summed over the corpora, less twice the share of WCXB's `without` snippets
//!    leaked (`LEAK_WEIGHT`). Pages the rules took for a list of records get their own
//!    pair of thresholds, chosen the same way on those pages alone: their short card
//!    lines weigh little in a fit over blocks of prose.

#[path = "support/mod.rs"]
mod support;
#[path = "support/bench.rs"]
mod bench;

use std::collections::HashSet;
use std::error::Error;
use std::fmt::Write as _;
use std::fs;
use std::path::PathBuf;
use std::process::ExitCode;

use bench::{corpus_f1, mean, Corpus, Metric, Page, Row};

const USAGE: &str = "usage: train [--folds K] [--write] [--bench-dir DIR]";
/// Where `--write` puts the weights.
const MODEL_FILE: &str = "src/rules/model.rs";
/// The corpora the models are fitted on.
const FITTED: [Corpus; 3] = [Corpus::Aeb, Corpus::WcxbDev, Corpus::Readability];
/// A block is content when this share of its trigrams is in the truth.
const CONTENT_SHARE: f64 = 0.5;
/// A block holding one of WCXB's `with` snippets (text that must be kept) is content,
/// one holding a `without` snippet (chrome that must go) is not, whatever its words
/// share with the truth; such blocks weigh this many times more.
const SNIPPET_WEIGHT: f64 = 3.0;
/// The L2 penalty, gradient steps and step size of the fit.
const L2: f64 = 1e-4;
const STEPS: usize = 250;
const STEP_SIZE: f64 = 0.5;
/// How much a leaked share of `without` snippets weighs against a point of F1 when
/// the thresholds are chosen. Chrome that leaks is what users see first, and the leak
/// has a target of its own; at weight 1 the thresholds bought 0.0002 of wcxb-dev F1
/// with 0.0016 of leak.
const LEAK_WEIGHT: f64 = 2.0;
/// The thresholds tried for each model.
const KEPT_THRESHOLDS: [f64; 8] = [0.0, 0.3, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65];
const LEFT_THRESHOLDS: [f64; 7] = [0.4, 0.5, 0.55, 0.6, 0.7, 0.8, 1.01];

fn main() -> ExitCode {
    support::exit_code("train", run())
}

struct Args {
    folds: usize,
    write: bool,
    bench_dir: PathBuf,
}

impl Args {
    fn parse(mut argv: impl Iterator<Item = String>) -> Result<Self, Box<dyn Error>> {
        let mut args = Args { folds: 5, write: false, bench_dir: support::bench_dir() };
        while let Some(arg) = argv.next() {
            match arg.as_str() {
                "--folds" => args.folds = argv.next().ok_or(USAGE)?.parse()?,
                "--write" => args.write = true,
                "--bench-dir" => args.bench_dir = argv.next().ok_or(USAGE)?.into(),
                _ => return Err(format!("unexpected argument `{arg}`\n{USAGE}").into()),
            }
        }
        if args.folds < 2 {
            return Err("--folds needs at least 2".into());
        }
        Ok(args)
    }
}

/// One block of a page, as the models see it.
struct Sample {
    text: String,
    by_rules: bool,
    /// The models may change the rules' decision on it.
    open: bool,
    inputs: Vec<f64>,
    content: bool,
    /// The block's share of its page's words.
    weight: f64,
}

/// One page: its corpus entry and its blocks.
struct Explained {
    page: Page,
    fold: usize,
    /// The rules took the page for a list of records.
    records: bool,
    samples: Vec<Sample>,
}

/// The thresholds of both models, on pages of prose and on lists of records.
#[derive(Clone, Copy)]
struct Thresholds {
    kept: f64,
    left: f64,
    records_kept: f64,
    records_left: f64,
}

impl Thresholds {
    /// The (kept, left) pair for a page.
    fn of(&self, page: &Explained) -> (f64, f64) {
        if page.records {
            (self.records_kept, self.records_left)
        } else {
            (self.kept, self.left)
        }
    }
}

fn run() -> Result<(), Box<dyn Error>> {
    let args = Args::parse(std::env::args().skip(1))?;
    for corpus in &FITTED {
        if let Some(missing) = corpus.missing(&args.bench_dir) {
            return Err(format!("corpus {} not found: {} is missing", corpus.name(), missing.display()).into());
        }
    }
    let metric = Metric::new()?;
    let fitted: Vec<(Corpus, Vec<Explained>)> =
        FITTED.iter().map(|&c| Ok((c, explain_corpus(c, &args, &metric)?))).collect::<Result<_, Box<dyn Error>>>()?;
    let blocks: usize = fitted.iter().flat_map(|(_, pages)| pages).map(|p| p.samples.len()).sum();
    println!("{blocks} blocks from {} pages", fitted.iter().map(|(_, p)| p.len()).sum::<usize>());

    // Held-out probabilities: every block scored by the models fitted without its fold.
    let mut held_out: Vec<Vec<Vec<f64>>> = fitted.iter().map(|(_, pages)| pages.iter().map(|p| vec![0.0; p.samples.len()]).collect()).collect();
    for fold in 0..args.folds {
        let models = fit_both(&fitted, |p| p.fold != fold);
        for ((_, pages), probs) in fitted.iter().zip(&mut held_out) {
            for (page, page_probs) in pages.iter().zip(probs.iter_mut()).filter(|(p, _)| p.fold == fold) {
                *page_probs = page.samples.iter().map(|s| models.probability(s)).collect();
            }
        }
    }
    let t = best_thresholds(&fitted, &held_out, &metric);
    let records = fitted.iter().flat_map(|(_, pages)| pages).filter(|p| p.records).count();
    println!(
        "\ncross-validated by site ({} folds), thresholds kept {} / left {}, on the {records} lists of records {} / {}:",
        args.folds, t.kept, t.left, t.records_kept, t.records_left
    );
    for ((corpus, pages), probs) in fitted.iter().zip(&held_out) {
        let rules = score_pages(*corpus, pages, &metric, |_, _, s| s.by_rules);
        let learned = score_pages(*corpus, pages, &metric, |page, (p, b), s| decide(s, held(probs, p, b), t.of(page)));
        println!("  {:<12} rules F1 {:.4}  with the models {:.4}  ({:+.4})", corpus.name(), rules.f1, learned.f1, learned.f1 - rules.f1);
        if rules.leak > 0.0 {
            println!("  {:<12} `without` leak {:.4} -> {:.4}", "", rules.leak, learned.leak);
        }
        if matches!(corpus, Corpus::WcxbDev) {
            print_by_type(pages, probs, &metric, t);
        }
    }

    let models = fit_both(&fitted, |_| true);

    if args.write {
        fs::write(MODEL_FILE, model_source(&models, t))?;
        println!("\nwrote {MODEL_FILE}");
    }
    Ok(())
}

/// Explains every page of a corpus and labels its blocks against the truth.
fn explain_corpus(corpus: Corpus, args: &Args, metric: &Metric) -> Result<Vec<Explained>, Box<dyn Error>> {
    let bench_dir = fs::canonicalize(&args.bench_dir)?;
    let pages = corpus.pages(&bench_dir, metric)?;
    let folds = args.folds;
    let explained = support::par_map(&pages, |page| {
        let explanation = support::read_file(&page.path).ok().and_then(|bytes| dechrome::Extractor::new().explain_bytes(&bytes).ok());
        let records = explanation.as_ref().is_some_and(|e| e.records);
        let blocks = explanation.map(|e| e.blocks).unwrap_or_default();
        let truth = Truth::new(metric, &page.truth);
        let total_words: usize = blocks.iter().map(|b| metric.words(&b.text).len()).sum();
        let samples = blocks
            .into_iter()
            .map(|b| {
                let words = metric.words(&b.text).len();
                let lower = b.text.to_lowercase();
                let has = |snippets: &[String]| snippets.iter().any(|s| !s.is_empty() && lower.contains(&s.to_lowercase()));
                let (with, without) = (has(&page.with), has(&page.without));
                let content = !without && (with || truth.share_of(metric, &b.text) >= CONTENT_SHARE);
                let weight = bench::ratio(words, total_words.max(1)) * if with || without { SNIPPET_WEIGHT } else { 1.0 };
                Sample {
                    content,
                    weight,
                    inputs: b.inputs.iter().map(|&x| f64::from(x)).collect(),
                    by_rules: b.by_rules,
                    open: b.score.is_some(),
                    text: b.text,
                }
            })
            .collect::<Vec<_>>();
        (records, samples)
    });
    Ok(pages.into_iter().zip(explained).map(|(page, (records, samples))| Explained { fold: fold_of(&page.site, folds), page, records, samples }).collect())
}

/// A site's fold: a stable hash of its name (FNV-1a), modulo the fold count.
fn fold_of(site: &str, folds: usize) -> usize {
    let hash = site.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3));
    usize::try_from(hash % folds as u64).unwrap_or(0)
}

/// The word n-grams of a page's truth (n = 1, 2, 3), lowercased.
struct Truth {
    grams: HashSet<String>,
}

impl Truth {
    fn new(metric: &Metric, truth: &str) -> Self {
        let lower = truth.to_lowercase();
        let words = metric.words(&lower);
        let grams = (1..=3).flat_map(|n| words.windows(n).map(|w| w.join(" ")).collect::<Vec<_>>()).collect();
        Truth { grams }
    }

    /// The share of a text's trigrams (for short texts, of its words) found in the truth.
    fn share_of(&self, metric: &Metric, text: &str) -> f64 {
        let lower = text.to_lowercase();
        let words = metric.words(&lower);
        let n = words.len().min(3);
        if n == 0 {
            return 0.0;
        }
        let grams: Vec<String> = words.windows(n).map(|w| w.join(" ")).collect();
        bench::ratio(grams.iter().filter(|g| self.grams.contains(*g)).count(), grams.len())
    }
}

/// The rules' and the models' F1 per page type (WCXB).
fn print_by_type(pages: &[Explained], probs: &[Vec<f64>], metric: &Metric, t: Thresholds) {
    let mut types: Vec<&str> = pages.iter().map(|p| p.page.page_type.as_str()).collect();
    types.sort_unstable();
    types.dedup();
    for kind in types {
        let f1 = |keep: &Keep<'_>| {
            let of_type = pages.iter().enumerate().filter(|(_, p)| p.page.page_type == kind);
            mean(of_type.map(|(p, page)| metric.score(Corpus::WcxbDev, &page.page, &kept_text(page, p, &keep)).f1))
        };
        let rules = f1(&|_, _, s| s.by_rules);
        let learned = f1(&|page, (p, b), s| decide(s, held(probs, p, b), t.of(page)));
        println!("      {kind:<14} {rules:.4} -> {learned:.4}");
    }
}

/// Whether a block of a page (the page, its index and the block's) is kept.
type Keep<'a> = dyn Fn(&Explained, (usize, usize), &Sample) -> bool + 'a;

/// The held-out probability of block `b` of page `p`.
fn held(probs: &[Vec<f64>], p: usize, b: usize) -> f64 {
    probs.get(p).and_then(|page| page.get(b)).copied().unwrap_or(0.0)
}

/// Whether a block is kept, given the probability from its side's model and the
/// page's (kept, left) thresholds.
fn decide(sample: &Sample, probability: f64, (kept_t, left_t): (f64, f64)) -> bool {
    if !sample.open {
        sample.by_rules
    } else if sample.by_rules {
        probability >= kept_t
    } else {
        probability >= left_t
    }
}

/// The two fitted models.
struct Models {
    kept: Logistic,
    left: Logistic,
}

impl Models {
    fn probability(&self, s: &Sample) -> f64 {
        if s.by_rules {
            self.kept.probability(&s.inputs)
        } else {
            self.left.probability(&s.inputs)
        }
    }
}

fn fit_both(fitted: &[(Corpus, Vec<Explained>)], use_page: impl Fn(&Explained) -> bool) -> Models {
    let samples = |by_rules: bool| -> Vec<&Sample> {
        fitted.iter().flat_map(|(_, pages)| pages).filter(|p| use_page(p)).flat_map(|p| &p.samples).filter(|s| s.open && s.by_rules == by_rules).collect()
    };
    Models { kept: Logistic::fit(&samples(true)), left: Logistic::fit(&samples(false)) }
}

/// A logistic model: a bias and one weight per input.
struct Logistic {
    bias: f64,
    weights: Vec<f64>,
}

impl Logistic {
    /// Full-batch gradient descent with Adam steps on the weighted log loss.
    fn fit(samples: &[&Sample]) -> Self {
        let dims = samples.first().map_or(0, |s| s.inputs.len());
        let mut model = Logistic { bias: 0.0, weights: vec![0.0; dims] };
        let total_weight: f64 = samples.iter().map(|s| s.weight).sum::<f64>().max(f64::MIN_POSITIVE);
        let (mut m, mut v) = (vec![0.0; dims + 1], vec![0.0; dims + 1]);
        let (b1, b2) = (0.9_f64, 0.999_f64);
        for step in 1..=STEPS {
            let mut grad = vec![0.0; dims + 1];
            for s in samples {
                let error = (model.probability(&s.inputs) - f64::from(u8::from(s.content))) * s.weight / total_weight;
                for (g, x) in grad.iter_mut().zip(&s.inputs) {
                    *g += error * x;
                }
                if let Some(g) = grad.get_mut(dims) {
                    *g += error;
                }
            }
            for (g, w) in grad.iter_mut().zip(&model.weights) {
                *g += L2 * w;
            }
            #[allow(clippy::cast_possible_truncation, clippy::cast_possible_wrap)]
            let t = step as i32;
            for (k, g) in grad.iter().enumerate() {
                let (Some(mk), Some(vk)) = (m.get_mut(k), v.get_mut(k)) else { continue };
                *mk = b1 * *mk + (1.0 - b1) * g;
                *vk = b2 * *vk + (1.0 - b2) * g * g;
                let update = STEP_SIZE * 0.1 * (*mk / (1.0 - b1.powi(t))) / ((*vk / (1.0 - b2.powi(t))).sqrt() + 1e-8);
                match model.weights.get_mut(k) {
                    Some(w) => *w -= update,
                    None => model.bias -= update,
                }
            }
        }
        model
    }

    fn probability(&self, inputs: &[f64]) -> f64 {
        let z = self.bias + self.weights.iter().zip(inputs).map(|(w, x)| w * x).sum::<f64>();
        1.0 / (1.0 + (-z).exp())
    }
}

/// The thresholds that do best on the held-out probabilities: the F1 of the corpora
/// summed, less [`LEAK_WEIGHT`] times the share of WCXB's `without` snippets leaked.
/// Both sums add up page by page, so the pair for pages of prose and the pair for
/// lists of records are chosen one after the other, each with the other fixed.
fn best_thresholds(fitted: &[(Corpus, Vec<Explained>)], held_out: &[Vec<Vec<f64>>], metric: &Metric) -> Thresholds {
    let start = Thresholds { kept: 0.5, left: 1.01, records_kept: 0.5, records_left: 1.01 };
    let prose = best_pair(fitted, held_out, metric, |(kept, left)| Thresholds { kept, left, ..start });
    best_pair(fitted, held_out, metric, |(kept, left)| Thresholds { records_kept: kept, records_left: left, ..prose })
}

/// The thresholds `with(pair)` that do best, over every pair of the grids.
fn best_pair(fitted: &[(Corpus, Vec<Explained>)], held_out: &[Vec<Vec<f64>>], metric: &Metric, with: impl Fn((f64, f64)) -> Thresholds) -> Thresholds {
    let mut best = (f64::MIN, with((0.5, 1.01)));
    for &kept_t in &KEPT_THRESHOLDS {
        for &left_t in &LEFT_THRESHOLDS {
            let t = with((kept_t, left_t));
            let scores: Vec<Score> = fitted
                .iter()
                .zip(held_out)
                .map(|((corpus, pages), probs)| score_pages(*corpus, pages, metric, |page, (p, b), s| decide(s, held(probs, p, b), t.of(page))))
                .collect();
            let total: f64 = scores.iter().map(|s| s.f1).sum();
            let leak: f64 = scores.iter().map(|s| s.leak).sum();
            let worth = total - LEAK_WEIGHT * leak;
            if worth > best.0 {
                best = (worth, t);
            }
        }
    }
    best.1
}

/// The corpus scores of the texts made of the blocks `keep` keeps (given the page's and
/// block's index); pages with no kept block score as empty predictions.
fn score_pages(corpus: Corpus, pages: &[Explained], metric: &Metric, keep: impl Fn(&Explained, (usize, usize), &Sample) -> bool + Sync) -> Score {
    let indexed: Vec<(usize, &Explained)> = pages.iter().enumerate().collect();
    let rows: Vec<Row> = support::par_map(&indexed, |&(p, page)| metric.score(corpus, &page.page, &kept_text(page, p, &keep)));
    Score { f1: corpus_f1(corpus, &rows), leak: mean(rows.iter().map(|r| r.without)) }
}

/// The text of page `p` made of the blocks `keep` keeps, one a line.
fn kept_text(page: &Explained, p: usize, keep: &impl Fn(&Explained, (usize, usize), &Sample) -> bool) -> String {
    let kept = page.samples.iter().enumerate().filter(|&(b, s)| keep(page, (p, b), s));
    kept.map(|(_, s)| s.text.as_str()).collect::<Vec<_>>().join("\n")
}

/// A corpus F1 and the mean share of `without` snippets leaked (0 outside WCXB).
#[derive(Clone, Copy)]
struct Score {
    f1: f64,
    leak: f64,
}

/// The Rust source of `src/rules/model.rs`: both models, one named weight a line.
fn model_source(models: &Models, t: Thresholds) -> String {
    let names = dechrome::model_input_names();
    let mut out = String::from(
        "//! The learned models of the `refine` stage, written by `examples/train.rs`\n\
         //! (`cargo run --release --example train -- --write`) from aeb and wcxb-dev; do\n\
         //! not edit by hand. A weight multiplies the input named beside it.\n\n\
         use super::Model;\n\n",
    );
    let model = |out: &mut String, name: &str, doc: &str, m: &Logistic, (threshold, records_threshold): (f64, f64)| {
        let _ = writeln!(out, "/// {doc}");
        let _ = writeln!(out, "#[rustfmt::skip]");
        let _ = writeln!(
            out,
            "pub(crate) const {name}: Model = Model {{\n    bias: {:.4},\n    threshold: {threshold},\n    records_threshold: {records_threshold},\n    weights: &[",
            m.bias
        );
        for (w, input) in m.weights.iter().zip(names) {
            let _ = writeln!(out, "        {w:>8.4}, // {input}");
        }
        let _ = writeln!(out, "    ],\n}};\n");
    };
    model(&mut out, "KEPT_MODEL", "Whether a block the rules kept stays: it goes below the threshold.", &models.kept, (t.kept, t.records_kept));
    model(&mut out, "LEFT_MODEL", "Whether a block the rules left is taken in: at or above the threshold.", &models.left, (t.left, t.records_left));
    out.trim_end().to_owned() + "\n"
}
