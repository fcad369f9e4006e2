//! `cargo run --release --example clean -- [--format text|html|markdown|json] [--url URL] PAGE.html`
//! `cargo run --release --example clean -- --explain|--explain-html [--url URL] PAGE.html`
//!
//! Prints the article of one page: its text by default, else the clean HTML, the
//! Markdown, or the whole `Article` as JSON. `--explain` prints instead why each text
//! block was kept or cut (the `Explanation` as pretty JSON), and `--explain-html` the
//! same as a standalone HTML page to open in a browser (blocks coloured by decision,
//! reasons and measurements on hover). `-` reads the page from stdin; input
//! that is gzip-compressed (a `.gz` path, or bytes opening with the gzip magic) is
//! inflated first, and the bytes are decoded as `dechrome::extract_bytes` does.
//!
//! With several paths, or a directory (searched for `*.html`, `*.htm` and their `.gz`
//! forms), it prints one JSON line per page in input order, `{"path":…,"article":{…}}`
//! or `{"path":…,"error":"…"}`, extracting on every core; `--format` is then ignored,
//! and `--explain` refused. When stderr is a terminal, a progress line counts the pages.
//!
//! Exit codes: 0 on success, 2 when the page has no article, 1 on any other error.
//! An explanation is printed for a page without an article too, and exits 0.

#[path = "support/mod.rs"]
mod support;

use std::error::Error;
use std::fmt;
use std::io::{self, IsTerminal, Read, Write};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::time::Instant;

use dechrome::{Article, Extractor};

const USAGE: &str = "\
usage: clean [--format text|html|markdown|json] [--url URL] PAGE.html
       clean --explain|--explain-html [--url URL] PAGE.html
       clean [--url URL] PAGE... | DIR     (JSON lines, one per page)
--explain prints why each block was kept or cut, as JSON; --explain-html as an HTML page.
PAGE may be `-` for stdin; gzip input is inflated first.";


fn main() -> ExitCode {
    run().map_or_else(|e| report(&*e), |()| ExitCode::SUCCESS)
}

/// Prints the failure on stderr and chooses the exit code: 2 for a page without an
/// article, 1 for everything else.
fn report(e: &(dyn Error + 'static)) -> ExitCode {
    if let Some(usage) = e.downcast_ref::<Usage>() {
        eprintln!("clean: {usage}\n{USAGE}");
        return ExitCode::FAILURE;
    }
    if let Some(dechrome::Error::NoContent) = e.downcast_ref::<dechrome::Error>() {
        eprintln!("clean: no article found in this page");
        return ExitCode::from(2);
    }
    eprintln!("clean: {e}");
    ExitCode::FAILURE
}

fn run() -> Result<(), Box<dyn Error>> {
    let args = Args::parse(std::env::args().skip(1))?;
    let extractor = match &args.url {
        Some(url) => Extractor::new().url(url.clone()),
        None => Extractor::new(),
    };
    let batch = args.paths.len() > 1 || args.paths.iter().any(|p| p != "-" && Path::new(p).is_dir());
    if batch && args.explain.is_some() {
        return Err(Usage("--explain and --explain-html take a single page".into()).into());
    }
    if batch {
        return run_batch(&extractor, &args.paths);
    }
    let path = args.paths.first().map_or("-", String::as_str);
    let bytes = read_page(path)?;
    let out = match args.explain {
        Some(explain) => explanation(&extractor, &bytes, explain)?,
        None => article(&extractor, &bytes, args.format)?,
    };
    let newline = if out.ends_with('\n') { "" } else { "\n" };
    quiet_on_closed_pipe(io::stdout().lock().write_all(format!("{out}{newline}").as_bytes()))
}

/// The article of one page in the chosen format (only that one is rendered).
fn article(extractor: &Extractor, bytes: &[u8], format: Format) -> Result<String, Box<dyn Error>> {
    let (html, markdown) = match format {
        Format::Text => (false, false),
        Format::Html => (true, false),
        Format::Markdown => (false, true),
        Format::Json => (true, true),
    };
    let article = extractor.clone().html(html).markdown(markdown).extract_bytes(bytes)?;
    Ok(match format {
        Format::Text => article.text,
        Format::Html => article.html,
        Format::Markdown => article.markdown,
        Format::Json => serde_json::to_string_pretty(&article)?,
    })
}

/// Why each block of one page was kept or cut, as JSON or as an HTML page.
fn explanation(extractor: &Extractor, bytes: &[u8], explain: Explain) -> Result<String, Box<dyn Error>> {
    let explanation = extractor.explain_bytes(bytes)?;
    Ok(match explain {
        Explain::Json => serde_json::to_string_pretty(&explanation)?,
        Explain::Html => explanation.to_html(),
    })
}

/// A command line that does not parse; printed with the usage text.
#[derive(Debug)]
struct Usage(String);

impl fmt::Display for Usage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Error for Usage {}

#[derive(Debug, Clone, Copy)]
enum Format {
    Text,
    Html,
    Markdown,
    Json,
}

/// How `--explain` prints: `--explain` as JSON, `--explain-html` as a page.
#[derive(Debug, Clone, Copy)]
enum Explain {
    Json,
    Html,
}

struct Args {
    format: Format,
    explain: Option<Explain>,
    url: Option<String>,
    paths: Vec<String>,
}

impl Args {
    fn parse(mut argv: impl Iterator<Item = String>) -> Result<Self, Usage> {
        let mut args = Args { format: Format::Text, explain: None, url: None, paths: Vec::new() };
        while let Some(arg) = argv.next() {
            let mut value = |flag: &str| argv.next().ok_or_else(|| Usage(format!("{flag} needs a value")));
            match arg.as_str() {
                "--format" | "-f" => {
                    args.format = match value("--format")?.as_str() {
                        "text" => Format::Text,
                        "html" => Format::Html,
                        "markdown" | "md" => Format::Markdown,
                        "json" => Format::Json,
                        other => return Err(Usage(format!("unknown format `{other}`"))),
                    }
                }
                "--url" => args.url = Some(value("--url")?),
                "--explain" => args.explain = Some(Explain::Json),
                "--explain-html" => args.explain = Some(Explain::Html),
                "-h" | "--help" => return Err(Usage("help requested".into())),
                flag if flag.starts_with("--") => return Err(Usage(format!("unknown flag `{flag}`"))),
                _ => args.paths.push(arg),
            }
        }
        if args.paths.is_empty() {
            return Err(Usage("no page given".into()));
        }
        Ok(args)
    }
}

/// Reads a page from a path or stdin (`-`), inflating gzip input.
fn read_page(path: &str) -> Result<Vec<u8>, Box<dyn Error>> {
    if path != "-" {
        return Ok(support::read_file(Path::new(path))?);
    }
    let mut buf = Vec::new();
    io::stdin().lock().read_to_end(&mut buf).map_err(|e| format!("cannot read stdin: {e}"))?;
    Ok(support::inflate("stdin", buf)?)
}

/// Extracts every page, on every core, and prints one JSON line per page in input order.
fn run_batch(extractor: &Extractor, args: &[String]) -> Result<(), Box<dyn Error>> {
    let mut paths = Vec::new();
    for arg in args {
        if arg != "-" && Path::new(arg).is_dir() {
            paths.extend(pages_under(Path::new(arg))?.into_iter().map(|p| p.display().to_string()));
        } else {
            paths.push(arg.clone());
        }
    }
    let progress = Progress::new(paths.len(), io::stderr().is_terminal());
    let lines = support::par_map(&paths, |path| {
        let _tick = progress.tick_on_drop();
        let result = read_page(path).map_err(|e| e.to_string()).and_then(|bytes| {
            catch_unwind(AssertUnwindSafe(|| extractor.extract_bytes(&bytes)))
                .map_err(|_| "the extractor panicked".to_string())?
                .map_err(|e| e.to_string())
        });
        batch_line(path, result)
    });
    progress.finish();
    let mut stdout = io::BufWriter::new(io::stdout().lock());
    let written = lines.iter().try_for_each(|line| writeln!(stdout, "{line}")).and_then(|()| stdout.flush());
    quiet_on_closed_pipe(written)
}

/// A progress line on stderr (`\r1234/5000 pages, 310 pages/s`), drawn at most ten
/// times a second, only when stderr is a terminal: logs and pipes stay clean.
struct Progress {
    total: usize,
    enabled: bool,
    done: AtomicUsize,
    started: Instant,
    /// Milliseconds since `started` at the last draw.
    drawn_at: AtomicU64,
}

/// Counts one page as done when dropped, so a page that panics counts too.
struct Tick<'a>(&'a Progress);

impl Drop for Tick<'_> {
    fn drop(&mut self) {
        self.0.page_done();
    }
}

impl Progress {
    const REDRAW_MS: u64 = 100;

    fn new(total: usize, enabled: bool) -> Self {
        Progress { total, enabled, done: AtomicUsize::new(0), started: Instant::now(), drawn_at: AtomicU64::new(0) }
    }

    fn tick_on_drop(&self) -> Tick<'_> {
        Tick(self)
    }

    fn page_done(&self) {
        let done = self.done.fetch_add(1, Ordering::Relaxed) + 1;
        let now = u64::try_from(self.started.elapsed().as_millis()).unwrap_or(u64::MAX);
        let last = self.drawn_at.load(Ordering::Relaxed);
        let due = now.saturating_sub(last) >= Self::REDRAW_MS || done == self.total;
        if self.enabled && due && self.drawn_at.compare_exchange(last, now, Ordering::Relaxed, Ordering::Relaxed).is_ok() {
            self.draw(done);
        }
    }

    fn draw(&self, done: usize) {
        let rate = done as f64 / self.started.elapsed().as_secs_f64().max(1e-3);
        eprint!("\r{done}/{} pages, {rate:.0} pages/s ", self.total);
    }

    fn finish(&self) {
        if self.enabled {
            self.draw(self.done.load(Ordering::Relaxed));
            eprintln!();
        }
    }
}

/// A reader that stops early (`clean … | head`) is not an error.
fn quiet_on_closed_pipe(written: io::Result<()>) -> Result<(), Box<dyn Error>> {
    match written {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(e.into()),
        _ => Ok(()),
    }
}

/// `{"path":…,"article":{…}}` or `{"path":…,"error":"…"}`, keys in that order and the
/// article's fields in struct order (a `json!` map would sort them).
fn batch_line(path: &str, result: Result<Article, String>) -> String {
    let (key, value) = match result {
        Ok(article) => ("article", serde_json::to_string(&article)),
        Err(error) => ("error", serde_json::to_string(&error)),
    };
    let value = value.unwrap_or_else(|e| serde_json::Value::String(e.to_string()).to_string());
    format!("{{\"path\":{},\"{key}\":{value}}}", serde_json::Value::String(path.to_owned()))
}

/// The page files under a directory, sorted, at any depth.
fn pages_under(root: &Path) -> io::Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir)? {
            let path = entry?.path();
            if path.is_dir() {
                stack.push(path);
            } else if is_page(&path) {
                found.push(path);
            }
        }
    }
    found.sort();
    Ok(found)
}

fn is_page(path: &Path) -> bool {
    let name = path.file_name().map(|n| n.to_string_lossy().to_lowercase()).unwrap_or_default();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    [".html", ".htm", ".xhtml"].iter().any(|ext| name.ends_with(ext))
}
