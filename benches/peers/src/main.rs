//! Speed of `dechrome` against html5ever alone and two published extractors.
//!
//! ```text
//! cd benches/peers && cargo run --release -- aeb wcxb-dev
//! cargo run --release -- --limit 50 --rounds 3 --bench-dir /path/to/bench wcxb-dev
//! ```
//!
//! Four variants run on the same pages, in one process and on one thread:
//!
//! | variant        | call                                                          |
//! |----------------|---------------------------------------------------------------|
//! | `parse-only`   | `html5ever::parse_document(RcDom)` then drop (the baseline)    |
//! | `dechrome`     | `dechrome::extract(html)`                                     |
//! | `dom_smoothie` | `Readability::new(html, None, None)?.parse()`                 |
//! | `rs-trafilatura` | `rs_trafilatura::extract(html)` (default options, text)     |
//!
//! Every page is read, gunzipped and decoded (lossy UTF-8) before any timing, so all
//! variants get the same `&str`. The run is interleaved page by page: each page goes
//! through all four variants before the next page, the starting variant rotating from
//! page to page, so drift in the machine's load (it is shared) falls on all of them
//! alike. Each timed call includes dropping its result. A call that panics or returns
//! an error is counted as a failure of that variant and the run goes on; its time
//! still counts in the totals.
//!
//! Options: `--limit N` pages per corpus (default all), `--rounds N` passes over the
//! pages (default 1), `--bench-dir DIR` (default `../shared/bench` beside the
//! repository), then corpus names `aeb` and `wcxb-dev` (default both).

use std::hint::black_box;
use std::io::Read;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::time::Instant;

use html5ever::tendril::TendrilSink;

/// A variant under test: takes the page and returns some size of its output, so the
/// work cannot be optimised away; `Err` carries the error's text.
type Run = fn(&str) -> Result<usize, String>;

/// The variants, baseline first; the ratios are taken to entries 0 and 1.
const VARIANTS: [(&str, Run); 4] = [
    ("parse-only", parse_only),
    ("dechrome", run_dechrome),
    ("dom_smoothie", run_dom_smoothie),
    ("rs-trafilatura", run_trafilatura),
];

fn parse_only(html: &str) -> Result<usize, String> {
    let dom = html5ever::parse_document(markup5ever_rcdom::RcDom::default(), Default::default())
        .one(html);
    let children = dom.document.children.borrow().len();
    Ok(children)
}

fn run_dechrome(html: &str) -> Result<usize, String> {
    dechrome::extract(html)
        .map(|a| a.text.len())
        .map_err(|e| e.to_string())
}

fn run_dom_smoothie(html: &str) -> Result<usize, String> {
    let mut readability =
        dom_smoothie::Readability::new(html, None, None).map_err(|e| e.to_string())?;
    readability
        .parse()
        .map(|a| a.text_content.len())
        .map_err(|e| e.to_string())
}

fn run_trafilatura(html: &str) -> Result<usize, String> {
    rs_trafilatura::extract(html)
        .map(|r| r.content_text.len())
        .map_err(|e| e.to_string())
}

/// The corpora: command-line name, and the folder of `*.html.gz` under the bench dir.
const CORPORA: [(&str, &str); 2] = [("aeb", "aeb/html"), ("wcxb-dev", "wcxb/dev/html")];

/// One page, decoded before any timing.
struct Page {
    corpus: &'static str,
    name: String,
    html: String,
}

/// What one variant did over the run.
#[derive(Default)]
struct Tally {
    /// Seconds per call, every call of every round.
    times: Vec<f64>,
    /// `(page, message)` of each call that panicked or returned an error.
    failures: Vec<(String, String)>,
}

struct Args {
    limit: usize,
    rounds: usize,
    bench_dir: PathBuf,
    corpora: Vec<&'static str>,
}

fn main() {
    let args = match parse_args() {
        Ok(args) => args,
        Err(msg) => {
            eprintln!("{msg}\nusage: dechrome-peers [--limit N] [--rounds N] [--bench-dir DIR] [aeb] [wcxb-dev]");
            std::process::exit(2);
        }
    };
    if !args.bench_dir.is_dir() {
        println!(
            "bench dir {} is missing: nothing to measure",
            args.bench_dir.display()
        );
        return;
    }
    let pages = match load_pages(&args) {
        Ok(pages) => pages,
        Err(msg) => {
            eprintln!("{msg}");
            std::process::exit(1);
        }
    };
    if pages.is_empty() {
        println!("no pages found under {}", args.bench_dir.display());
        return;
    }
    // A peer's panic is caught and counted; its default message would only clutter
    // the table, so the hook stays silent and the messages are listed at the end.
    panic::set_hook(Box::new(|_| {}));
    // One worker thread with a large stack: some pages nest deeply and a recursive
    // peer should fail by its own logic, not overflow the main thread's 8 MiB stack.
    let rounds = args.rounds;
    let worker = std::thread::Builder::new()
        .stack_size(1 << 30)
        .spawn(move || {
            let tallies = measure(&pages, rounds);
            (pages, tallies)
        });
    let (pages, tallies) = match worker.map(|handle| handle.join()) {
        Ok(Ok(result)) => result,
        _ => {
            eprintln!("the measuring thread failed");
            std::process::exit(1);
        }
    };
    report(&args, &pages, &tallies);
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        limit: usize::MAX,
        rounds: 1,
        bench_dir: Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/bench"),
        corpora: Vec::new(),
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let mut value = |flag: &str| it.next().ok_or(format!("{flag} needs a value"));
        match arg.as_str() {
            "--limit" => {
                args.limit = value("--limit")?
                    .parse()
                    .map_err(|e| format!("--limit: {e}"))?
            }
            "--rounds" => {
                args.rounds = value("--rounds")?
                    .parse()
                    .map_err(|e| format!("--rounds: {e}"))?
            }
            "--bench-dir" => args.bench_dir = PathBuf::from(value("--bench-dir")?),
            name => match CORPORA.iter().find(|(n, _)| *n == name) {
                Some((n, _)) if !args.corpora.contains(n) => args.corpora.push(n),
                Some(_) => {}
                None => return Err(format!("unknown argument or corpus: {name}")),
            },
        }
    }
    if args.corpora.is_empty() {
        args.corpora = CORPORA.iter().map(|(n, _)| *n).collect();
    }
    if args.rounds == 0 {
        return Err("--rounds must be at least 1".into());
    }
    Ok(args)
}

/// Reads the first `limit` pages (by file name) of each chosen corpus.
fn load_pages(args: &Args) -> Result<Vec<Page>, String> {
    let mut pages = Vec::new();
    for (corpus, folder) in CORPORA.iter().filter(|(n, _)| args.corpora.contains(n)) {
        let dir = args.bench_dir.join(folder);
        let entries = std::fs::read_dir(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        let mut files: Vec<PathBuf> = entries
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .filter(|p| p.to_string_lossy().ends_with(".html.gz"))
            .collect();
        files.sort();
        for path in files.into_iter().take(args.limit) {
            let mut bytes = Vec::new();
            std::fs::File::open(&path)
                .and_then(|f| flate2::read::GzDecoder::new(f).read_to_end(&mut bytes))
                .map_err(|e| format!("{}: {e}", path.display()))?;
            let name = path
                .file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().replace(".html.gz", ""));
            pages.push(Page {
                corpus,
                name,
                html: String::from_utf8_lossy(&bytes).into_owned(),
            });
        }
    }
    Ok(pages)
}

/// Runs every variant on every page, `rounds` times, interleaved page by page.
fn measure(pages: &[Page], rounds: usize) -> Vec<Vec<Tally>> {
    // tallies[page][variant], so the report can group pages by corpus.
    let mut tallies: Vec<Vec<Tally>> = pages
        .iter()
        .map(|_| VARIANTS.iter().map(|_| Tally::default()).collect())
        .collect();
    let mut turn = 0;
    for round in 0..rounds {
        for (page, page_tallies) in pages.iter().zip(&mut tallies) {
            for k in 0..VARIANTS.len() {
                let v = (turn + k) % VARIANTS.len();
                let (_, run) = VARIANTS[v];
                let start = Instant::now();
                let outcome = panic::catch_unwind(AssertUnwindSafe(|| run(black_box(&page.html))));
                let secs = start.elapsed().as_secs_f64();
                let tally = &mut page_tallies[v];
                tally.times.push(secs);
                let failure = match outcome {
                    Ok(Ok(len)) => {
                        black_box(len);
                        None
                    }
                    Ok(Err(e)) => Some(format!("error: {e}")),
                    Err(payload) => Some(format!("panic: {}", panic_message(payload.as_ref()))),
                };
                if let Some(msg) = failure.filter(|_| round == 0) {
                    tally
                        .failures
                        .push((format!("{}/{}", page.corpus, page.name), msg));
                }
            }
            turn += 1;
        }
        eprintln!("round {}/{rounds} done", round + 1);
    }
    tallies
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "(non-string payload)".into())
}

/// One table per corpus, then one over all pages when there are several corpora,
/// then the failures.
fn report(args: &Args, pages: &[Page], tallies: &[Vec<Tally>]) {
    println!(
        "rounds: {}, pages per corpus: {}",
        args.rounds,
        if args.limit == usize::MAX {
            "all".into()
        } else {
            args.limit.to_string()
        }
    );
    let mut groups: Vec<(String, Vec<usize>)> = args
        .corpora
        .iter()
        .map(|c| {
            (
                c.to_string(),
                (0..pages.len())
                    .filter(|&i| pages[i].corpus == *c)
                    .collect(),
            )
        })
        .collect();
    if groups.len() > 1 {
        groups.push(("all".into(), (0..pages.len()).collect()));
    }
    for (name, idx) in &groups {
        let bytes: usize = idx.iter().map(|&i| pages[i].html.len()).sum();
        println!(
            "\n{name}: {} pages, {:.1} MB of HTML",
            idx.len(),
            bytes as f64 / 1e6
        );
        println!(
            "{:<15} {:>9} {:>8} {:>9} {:>10} {:>9} {:>9} {:>10} {:>7}",
            "variant",
            "total s",
            "MB/s",
            "mean ms",
            "median ms",
            "p99 ms",
            "× parse",
            "× dechrome",
            "failed"
        );
        let totals: Vec<f64> = (0..VARIANTS.len())
            .map(|v| idx.iter().flat_map(|&i| &tallies[i][v].times).sum())
            .collect();
        for (v, (variant, _)) in VARIANTS.iter().enumerate() {
            let mut times: Vec<f64> = idx
                .iter()
                .flat_map(|&i| tallies[i][v].times.iter().copied())
                .collect();
            times.sort_by(f64::total_cmp);
            let failed: usize = idx.iter().map(|&i| tallies[i][v].failures.len()).sum();
            let total = totals[v];
            println!(
                "{:<15} {:>9.2} {:>8.1} {:>9.2} {:>10.2} {:>9.2} {:>9.2} {:>10.2} {:>7}",
                variant,
                total,
                (bytes * args.rounds) as f64 / 1e6 / total,
                total / times.len() as f64 * 1e3,
                percentile(&times, 0.5) * 1e3,
                percentile(&times, 0.99) * 1e3,
                total / totals[0],
                total / totals[1],
                failed,
            );
        }
    }
    println!("\n× parse: variant time / parse-only time; × dechrome: variant time / dechrome time (N = dechrome is N× faster)");
    for (v, (variant, _)) in VARIANTS.iter().enumerate() {
        let failures: Vec<&(String, String)> =
            tallies.iter().flat_map(|t| &t[v].failures).collect();
        if !failures.is_empty() {
            println!("\n{variant}: {} failed page(s)", failures.len());
            for (page, msg) in failures {
                println!("  {page}: {}", msg.lines().next().unwrap_or(""));
            }
        }
    }
}

/// The value at fraction `q` of sorted `times` (nearest rank).
fn percentile(sorted: &[f64], q: f64) -> f64 {
    let rank = ((sorted.len() as f64 * q).ceil() as usize).clamp(1, sorted.len().max(1));
    sorted.get(rank - 1).copied().unwrap_or(0.0)
}
