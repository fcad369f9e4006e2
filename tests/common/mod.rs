//! What the integration tests share: finding the fixtures, reading their expectation
//! files, and writing failure messages that point at the first difference.
//!
//! A fixture is a directory `tests/fixtures/<slug>/` holding `source.html` and either
//! `expected.txt` (the article text, written by hand) or a `meta.json` whose `"error"`
//! names the error the page must give (`"NoContent"`). `meta.json` may also hold
//! expected values of `Article` fields (`title`, `byline`, `published`, `lang`,
//! `site_name`, ...); `null` means the field must be `None`. Its `"reextraction"`,
//! when present, says why extracting the clean HTML again cannot give the same text
//! (the first pass relied on evidence the clean HTML does not carry, such as the
//! page's schema.org declaration).
//!
//! `expected.txt` is the text a reader should get, in the plain-text form of
//! `Article::text`: blocks (paragraphs, headings, captions, code) separated by one
//! blank line; the items of a list, nested lists included, one per line with no blank
//! line between them; table rows one per line, cells joined by ` | `; `<pre>` kept
//! verbatim; `<br>` a line break. The headline is left out (it is `Article::title`), and
//! so are bylines, datelines, the lead photo's caption and every kind of chrome.
//!
//! Every test binary compiles this module but uses only part of it.
#![allow(dead_code)]

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use html5ever::tendril::TendrilSink;
use markup5ever_rcdom::{NodeData, RcDom};
use serde_json::{Map, Value};

/// Where the fixtures live.
pub fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("fixtures")
}

/// Where the shared benchmark corpora live: beside the project (they are never copied
/// into it), or wherever `DECHROME_BENCH_DIR` says.
pub fn bench_dir() -> PathBuf {
    match std::env::var_os("DECHROME_BENCH_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join("shared").join("bench"),
    }
}

/// One fixture directory, not yet read.
#[derive(Debug, Clone)]
pub struct Fixture {
    pub slug: String,
    pub dir: PathBuf,
}

/// The reason a fixture is a known gap of the extractor, from its `known-gap.txt`.
/// Such a fixture's trials are marked ignored (and say why), so `cargo test` passes
/// while `cargo test -- --ignored` still runs them and shows the gap.
pub fn known_gap(slug: &str) -> Option<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(slug).join("known-gap.txt");
    let reason = std::fs::read_to_string(path).ok()?;
    eprintln!("fixture `{slug}` is ignored as a known gap: {}", reason.trim());
    Some(reason)
}

impl Fixture {
    pub fn source_path(&self) -> PathBuf {
        self.dir.join("source.html")
    }

    pub fn expected_path(&self) -> PathBuf {
        self.dir.join("expected.txt")
    }

    pub fn meta_path(&self) -> PathBuf {
        self.dir.join("meta.json")
    }

    /// The page, as text.
    pub fn source(&self) -> Result<String, String> {
        read(&self.source_path())
    }

    /// The hand-written article text, if the fixture has one.
    pub fn expected(&self) -> Result<Option<String>, String> {
        let path = self.expected_path();
        if path.exists() { read(&path).map(Some) } else { Ok(None) }
    }

    /// The `meta.json` object, empty when the fixture has none.
    pub fn meta(&self) -> Result<Map<String, Value>, String> {
        let path = self.meta_path();
        if !path.exists() {
            return Ok(Map::new());
        }
        match serde_json::from_str(&read(&path)?) {
            Ok(Value::Object(map)) => Ok(map),
            Ok(_) => Err(format!("{}: not a JSON object", path.display())),
            Err(e) => Err(format!("{}: {e}", path.display())),
        }
    }

    /// Why re-extracting the clean HTML cannot give the same text, from `meta.json`'s
    /// `"reextraction"`.
    pub fn reextraction_differs(&self) -> Result<Option<String>, String> {
        Ok(self.meta()?.get("reextraction").and_then(Value::as_str).map(str::to_owned))
    }

    /// The error variant the page must give, from `meta.json`'s `"error"`.
    pub fn expected_error(&self) -> Result<Option<String>, String> {
        Ok(self.meta()?.get("error").and_then(Value::as_str).map(str::to_owned))
    }
}

/// Every fixture directory, sorted by slug. Directories are found, never listed by hand.
pub fn discover() -> Result<Vec<Fixture>, String> {
    let root = fixtures_dir();
    let entries = fs::read_dir(&root).map_err(|e| format!("cannot read {}: {e}", root.display()))?;
    let mut fixtures = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| format!("cannot read {}: {e}", root.display()))?;
        let dir = entry.path();
        if !dir.is_dir() {
            continue;
        }
        let slug = entry.file_name().to_string_lossy().into_owned();
        fixtures.push(Fixture { slug, dir });
    }
    fixtures.sort_by(|a, b| a.slug.cmp(&b.slug));
    Ok(fixtures)
}

pub fn read(path: &Path) -> Result<String, String> {
    fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

/// Trailing whitespace removed from every line and from the end; nothing else changed.
pub fn normalise(text: &str) -> String {
    let lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    lines.join("\n").trim_end().to_owned()
}

/// The first line where `actual` departs from `expected`, both sides shown, or `None`
/// when they agree after [`normalise`].
pub fn first_difference(expected: &str, actual: &str) -> Option<String> {
    let (expected, actual) = (normalise(expected), normalise(actual));
    if expected == actual {
        return None;
    }
    let (want, got): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
    let at = want.iter().zip(&got).position(|(w, g)| w != g).unwrap_or(want.len().min(got.len()));
    // A blank line says little on its own: show the next line with text after it.
    let show = |lines: &[&str]| match lines.get(at) {
        None => "<end of text>".to_owned(),
        Some(line) if !line.is_empty() => format!("{line:?}"),
        Some(_) => match lines.iter().skip(at).find(|l| !l.is_empty()) {
            Some(next) => format!("\"\" (blank line), then {next:?}"),
            None => "\"\" (blank line), then <end of text>".to_owned(),
        },
    };
    let mut out = format!(
        "first difference at line {}:\n    expected: {}\n    actual:   {}\n  (expected {} lines, got {})",
        at + 1,
        show(&want),
        show(&got),
        want.len(),
        got.len()
    );
    if let Some(before) = at.checked_sub(1).and_then(|i| want.get(i)) {
        let _ = write!(out, "\n  the line before, on both sides: {before:?}");
    }
    Some(out)
}

/// Up to `radius` characters either side of byte offset `at` in `text`, on one line.
pub fn context(text: &str, at: usize, len: usize, radius: usize) -> String {
    let start = text.get(..at).map_or(0, |head| {
        head.char_indices().rev().nth(radius).map_or(0, |(i, _)| i)
    });
    let end = text.get(at + len..).map_or(text.len(), |tail| {
        tail.char_indices().nth(radius).map_or(text.len(), |(i, _)| at + len + i)
    });
    let excerpt = text.get(start..end).unwrap_or("");
    format!("…{}…", excerpt.replace('\n', "⏎"))
}

/// The variant name of a `dechrome::Error`, as `meta.json` spells it (`"NoContent"`).
pub fn variant_name(error: &dechrome::Error) -> String {
    let debug = format!("{error:?}");
    debug.split([' ', '{', '(']).next().unwrap_or("").to_owned()
}

/// All text in a page, in document order, concatenated without separators: text
/// runs split by inline tags join up, so every word the page shows is a substring.
/// Script and style text is included too, and the page is read both with scripting
/// on and off (`<noscript>` as raw text, and as markup, which is how dechrome reads
/// it); the point is to have a superset.
pub fn page_text(html: &str) -> String {
    let mut out = String::new();
    for scripting_enabled in [true, false] {
        let mut options = html5ever::ParseOpts::default();
        options.tree_builder.scripting_enabled = scripting_enabled;
        append_text(html, options, &mut out);
        out.push(' ');
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn append_text(html: &str, options: html5ever::ParseOpts, out: &mut String) {
    let dom = html5ever::parse_document(RcDom::default(), options).one(html);
    // Hold `dom` while walking: dropping a node empties the child lists of its whole subtree.
    let mut stack = vec![dom.document.clone()];
    while let Some(node) = stack.pop() {
        if let NodeData::Text { contents } = &node.data {
            out.push_str(&contents.borrow());
        }
        let children = node.children.borrow();
        stack.extend(children.iter().rev().cloned());
    }
}

/// The words of `text` that do not occur in `source_text`. `|`, the plain-text
/// table cell separator, is the one token the text format adds.
pub fn foreign_words<'a>(text: &'a str, source_text: &str) -> Vec<&'a str> {
    text.split_whitespace().filter(|w| *w != "|" && !source_text.contains(w)).collect()
}

/// Markdown reduced to its text: fenced code kept as it is; elsewhere backslash
/// escapes undone, and emphasis marks, code marks, link brackets and link targets
/// removed. Good enough to look for snippets in.
pub fn markdown_text(markdown: &str) -> String {
    let mut lines = Vec::new();
    let mut fenced = false;
    for line in markdown.lines() {
        if line.starts_with("```") || line.starts_with("~~~") {
            fenced = !fenced;
        } else if fenced {
            lines.push(line.to_owned());
        } else {
            lines.push(markdown_inline_text(line));
        }
    }
    lines.join("\n")
}

fn markdown_inline_text(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.peek() {
                Some(&next) if next.is_ascii_punctuation() => {
                    out.push(next);
                    chars.next();
                }
                _ => out.push(c),
            },
            '*' | '`' | '[' => {}
            ']' if chars.peek() == Some(&'(') => {
                // Skip the link target: `](<url>)` or `](url)`.
                chars.next();
                let close = if chars.peek() == Some(&'<') { '>' } else { ')' };
                for skipped in chars.by_ref() {
                    if skipped == close {
                        break;
                    }
                }
                if close == '>' && chars.peek() == Some(&')') {
                    chars.next();
                }
            }
            _ => out.push(c),
        }
    }
    out
}

/// Every element of an HTML fragment as (tag name, [(attribute name, value)]).
pub fn elements(html: &str) -> Vec<(String, Vec<(String, String)>)> {
    let dom = html5ever::parse_document(RcDom::default(), Default::default()).one(html);
    let mut out = Vec::new();
    // Hold `dom` while walking: dropping a node empties the child lists of its whole subtree.
    let mut stack = vec![dom.document.clone()];
    while let Some(node) = stack.pop() {
        if let NodeData::Element { name, attrs, .. } = &node.data {
            let attrs = attrs.borrow().iter().map(|a| (a.name.local.to_string(), a.value.to_string())).collect();
            out.push((name.local.to_string(), attrs));
        }
        stack.extend(node.children.borrow().iter().rev().cloned());
    }
    out
}
