//! Bytes or text in, a [`Dom`] out: decoding, a scan before parsing (nesting
//! flattened, unread script and style bodies cut, start tags counted), html5ever
//! parsing, and the size limits.
//!
//! Invariants: the input length is checked before any work and the element count by
//! the scan, before the parse, so no later stage ever sees a tree past the limits.

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};
use html5ever::tendril::TendrilSink;
use html5ever::{parse_document, ParseOpts};
use markup5ever_rcdom::RcDom;

use crate::dom::Dom;
use crate::Error;

/// How far into the page a `<meta charset>` is looked for (the HTML standard says 1,024).
const CHARSET_SNIFF_BYTES: usize = 1024;

/// How deep elements may nest; start tags deeper than this are dropped before parsing,
/// so their content joins the element at the limit. Browsers do the same (Blink stops
/// nesting at 512), and it keeps html5ever's scope checks, which scan the stack of open
/// elements at every start tag, from growing with the square of the depth.
const MAX_NESTING: usize = 512;

/// Elements whose content is raw text: tags inside them are not tags.
const RAW_TEXT: &[&str] = &["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"];

/// Void elements: they never hold anything.
const VOID: &[&str] =
    &["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"];

/// Elements a start tag of their own kind closes implicitly, so pages rarely close
/// them: they do not count towards the depth, but past the limit they are dropped
/// too (a million sibling `<li>` under an element at the limit would each make the
/// parser scan the whole stack of open elements).
const IMPLICITLY_CLOSED: &[&str] =
    &["colgroup", "dd", "dt", "li", "option", "p", "tbody", "td", "tfoot", "th", "thead", "tr"];

/// What the pre-parse scan found.
struct Scan<'a> {
    /// The page with start tags deeper than the nesting limit dropped, and the
    /// bodies no stage reads ([`body_unused`]) cut out.
    html: Cow<'a, str>,
    /// Start tags in the page: the elements it writes out (the parser adds a few
    /// implied ones, `html`, `head`, `body`, `tbody`).
    start_tags: usize,
}

/// Counts start tags, drops those nested deeper than `max` (end tags without a start
/// tag are ignored by the parser), and cuts out script and style bodies no stage
/// reads. Borrowed when there is nothing to drop.
fn scan_page(html: &str, max: usize) -> Scan<'_> {
    let mut start_tags = 0usize;
    let mut depth = 0usize;
    let mut out: Option<String> = None;
    let mut copied = 0;
    let mut at = 0;
    while let Some(offset) = html.get(at..).and_then(|rest| rest.find('<')) {
        let start = at + offset;
        let tag = scan_tag(html, start);
        at = tag.end.max(start + 1);
        if tag.kind == TagKind::Start {
            start_tags += 1;
        }
        let name = tag.name.as_str();
        let nests = !VOID.contains(&name) && !IMPLICITLY_CLOSED.contains(&name);
        match tag.kind {
            TagKind::Start if tag.self_closing || VOID.contains(&name) => {}
            TagKind::Start if RAW_TEXT.contains(&name) => {
                let (content_end, after) = raw_text_end(html, at, name);
                let body = html.get(at..content_end).unwrap_or("");
                if !body.is_empty() && ends_cleanly(html, after) && body_unused(name, html.get(start..tag.end).unwrap_or(""), body) {
                    let out = out.get_or_insert_with(|| String::with_capacity(html.len()));
                    out.push_str(html.get(copied..at).unwrap_or(""));
                    copied = content_end;
                }
                at = after;
            }
            TagKind::Start if depth >= max => {
                let out = out.get_or_insert_with(|| String::with_capacity(html.len()));
                out.push_str(html.get(copied..start).unwrap_or(""));
                copied = tag.end;
            }
            TagKind::Start if nests => depth += 1,
            TagKind::End if nests => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    let html = match out {
        Some(mut out) => {
            out.push_str(html.get(copied..).unwrap_or(""));
            Cow::Owned(out)
        }
        None => Cow::Borrowed(html),
    };
    Scan { html, start_tags }
}

#[derive(Debug, PartialEq, Eq)]
enum TagKind {
    Start,
    End,
    Other,
}

struct Tag {
    kind: TagKind,
    name: TagName,
    self_closing: bool,
    /// Byte offset just past the tag.
    end: usize,
}

/// A tag name, lowercased into a small inline buffer (no allocation per tag);
/// names longer than the buffer never match a list entry, and read as empty.
#[derive(Default)]
struct TagName {
    bytes: [u8; 12],
    len: usize,
}

impl TagName {
    fn new(name: &str) -> Self {
        let mut tag = Self::default();
        if let Some(slot) = tag.bytes.get_mut(..name.len()) {
            slot.copy_from_slice(name.as_bytes());
            slot.make_ascii_lowercase();
            tag.len = name.len();
        }
        tag
    }

    fn as_str(&self) -> &str {
        self.bytes.get(..self.len).and_then(|b| std::str::from_utf8(b).ok()).unwrap_or("")
    }
}

/// Reads the tag at `start` (a `<`) well enough to track nesting: its kind, its
/// lowercase name, and where it ends. Comments and doctypes are `Other`.
fn scan_tag(html: &str, start: usize) -> Tag {
    let rest = html.get(start..).unwrap_or("");
    if rest.starts_with("<!--") {
        let end = rest.get(4..).and_then(|r| r.find("-->")).map_or(html.len(), |i| start + 4 + i + 3);
        return Tag { kind: TagKind::Other, name: TagName::default(), self_closing: false, end };
    }
    let (kind, name_at) = match rest.as_bytes().get(1) {
        Some(b'/') => (TagKind::End, 2),
        Some(c) if c.is_ascii_alphabetic() => (TagKind::Start, 1),
        Some(b'!' | b'?') => (TagKind::Other, 1),
        _ => return Tag { kind: TagKind::Other, name: TagName::default(), self_closing: false, end: start + 1 },
    };
    let body = rest.get(name_at..).unwrap_or("");
    let name_len = body.find(|c: char| c.is_ascii_whitespace() || c == '/' || c == '>').unwrap_or(body.len());
    let name = TagName::new(body.get(..name_len).unwrap_or(""));
    let close = tag_close(body).map_or(html.len(), |i| start + name_at + i + 1);
    let self_closing = html.get(..close.saturating_sub(1)).is_some_and(|t| t.ends_with('/'));
    Tag { kind, name, self_closing, end: close }
}

/// The offset of the `>` that ends a tag, skipping quoted attribute values.
fn tag_close(body: &str) -> Option<usize> {
    let mut quote: Option<u8> = None;
    for (i, &b) in body.as_bytes().iter().enumerate() {
        match (quote, b) {
            (Some(q), b) if b == q => quote = None,
            (Some(_), _) => {}
            (None, b'"' | b'\'') => quote = Some(b),
            (None, b'>') => return Some(i),
            _ => {}
        }
    }
    None
}

/// Where the raw text of `name` starting at `from` ends: the start of its end tag and
/// just past the end tag's name, or the end of input for both.
fn raw_text_end(html: &str, from: usize, name: &str) -> (usize, usize) {
    let mut at = from;
    while let Some(offset) = html.get(at..).and_then(|rest| rest.find("</")) {
        let name_at = at + offset + 2;
        let candidate = html.get(name_at..name_at + name.len());
        if candidate.is_some_and(|c| c.eq_ignore_ascii_case(name)) {
            return (name_at - 2, name_at + name.len());
        }
        at = name_at;
    }
    (html.len(), html.len())
}

/// Whether no stage reads the body of this raw-text element (`start_tag` is its
/// source): scripts other than JSON-LD, and style sheets. Their bodies are cut before
/// parsing, which spares the tokenizer about two fifths of a typical page. A script
/// holding `<!--` is left whole: there the parser's escape states may end it later
/// than its first end tag, and a cut there would turn code into page text.
fn body_unused(name: &str, start_tag: &str, body: &str) -> bool {
    match name {
        "style" => true,
        "script" => !body.contains("<!--") && !start_tag.as_bytes().windows(LD_JSON.len()).any(|w| w.eq_ignore_ascii_case(LD_JSON)),
        _ => false,
    }
}

/// Whether the end tag whose name ends at `after` really is one for the parser: the
/// name is followed by whitespace, `/` or `>` (`</scripts>` does not end a script).
fn ends_cleanly(html: &str, after: usize) -> bool {
    html.as_bytes().get(after).is_some_and(|b| matches!(b, b'>' | b'/' | b' ' | b'\t' | b'\n' | b'\r' | b'\x0c'))
}

/// The script type whose body the metadata stage reads.
const LD_JSON: &[u8] = b"ld+json";

/// The size limits in force for one extraction.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Limits {
    pub(crate) max_input_bytes: usize,
    pub(crate) max_nodes: usize,
}

impl Limits {
    pub(crate) fn check_len(self, len: usize) -> Result<(), Error> {
        if len > self.max_input_bytes {
            return Err(Error::InputTooLarge { len, limit: self.max_input_bytes });
        }
        Ok(())
    }
}

/// Parses a page into a DOM, enforcing the limits.
pub(crate) fn parse(html: &str, limits: Limits) -> Result<Dom, Error> {
    limits.check_len(html.len())?;
    let scan = scan_page(html, MAX_NESTING);
    if scan.start_tags > limits.max_nodes {
        return Err(Error::TooManyNodes { limit: limits.max_nodes });
    }
    let rcdom = parse_document(RcDom::default(), parse_options()).one(&*scan.html);
    Ok(Dom::new(rcdom))
}

/// Parses as a browser with scripting off would: `<noscript>` content becomes
/// elements, since some sites (forum engines among them) serve their whole text there.
fn parse_options() -> ParseOpts {
    let mut options = ParseOpts::default();
    options.tree_builder.scripting_enabled = false;
    options
}

/// Decodes page bytes to text: BOM, then a declared charset, then UTF-8 if valid,
/// else windows-1252 (what browsers assume for undeclared Western pages).
pub(crate) fn decode(bytes: &[u8]) -> String {
    let encoding = Encoding::for_bom(bytes)
        .map(|(encoding, _)| encoding)
        .or_else(|| declared_charset(bytes))
        .unwrap_or_else(|| if std::str::from_utf8(bytes).is_ok() { UTF_8 } else { WINDOWS_1252 });
    // `decode` strips a BOM of the chosen encoding and replaces malformed sequences.
    encoding.decode(bytes).0.into_owned()
}

/// The charset named by `<meta charset=...>` or `<meta http-equiv content="...; charset=...">`
/// in the first [`CHARSET_SNIFF_BYTES`] bytes.
fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = bytes.get(..CHARSET_SNIFF_BYTES).unwrap_or(bytes);
    let head = String::from_utf8_lossy(head).to_ascii_lowercase();
    let mut rest = head.as_str();
    while let Some(at) = rest.find("charset") {
        rest = rest.get(at + "charset".len()..).unwrap_or("");
        let value = rest.trim_start().strip_prefix('=')?.trim_start();
        let value = value.trim_start_matches(['"', '\'']);
        let end = value.find(|c: char| !(c.is_ascii_alphanumeric() || "-_:.".contains(c)));
        let label = value.get(..end.unwrap_or(value.len())).unwrap_or("");
        if let Some(encoding) = Encoding::for_label(label.as_bytes()) {
            // A page cannot declare itself UTF-16 in ASCII; browsers read that as UTF-8.
            return Some(if encoding.is_single_byte() || encoding.output_encoding() == encoding {
                encoding
            } else {
                UTF_8
            });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_declared_windows_1251() {
        let mut page = b"<html><head><meta charset=\"windows-1251\"></head><body><p>".to_vec();
        page.extend_from_slice(&[0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]);
        assert!(decode(&page).contains("Привет"));
    }

    #[test]
    fn decodes_http_equiv_koi8_r() {
        let mut page =
            b"<meta http-equiv='Content-Type' content='text/html; charset=koi8-r'><p>".to_vec();
        page.extend_from_slice(&[0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4]);
        assert!(decode(&page).contains("Привет"));
    }

    #[test]
    fn bom_wins_over_declaration() {
        let mut page = vec![0xff, 0xfe];
        for unit in "<meta charset=latin1><p>ü".encode_utf16() {
            page.extend_from_slice(&unit.to_le_bytes());
        }
        assert!(decode(&page).ends_with("<p>ü"));
    }

    #[test]
    fn undeclared_bytes_fall_back_to_utf8_then_windows_1252() {
        assert_eq!(decode("<p>café".as_bytes()), "<p>café");
        assert_eq!(decode(b"<p>caf\xe9"), "<p>café");
    }

    #[test]
    fn deep_nesting_is_flattened_at_the_limit() {
        let page = format!("{}x{}", "<div>".repeat(10), "</div>".repeat(10));
        let flat = scan_page(&page, 4);
        assert_eq!(flat.html, format!("{}x{}", "<div>".repeat(4), "</div>".repeat(10)));
        assert_eq!(flat.start_tags, 10);
        let list = format!("{}x", "<ul><li>".repeat(6));
        let flat = scan_page(&list, 4);
        assert_eq!(flat.html, format!("{}<ul>x", "<ul><li>".repeat(3)), "items past the limit go too");
        let shallow = "<p>a<p>b<script type=application/ld+json>'<div><div>'</script><!-- <div> --><br/>";
        let scan = scan_page(shallow, 1);
        assert!(matches!(scan.html, Cow::Borrowed(_)));
        assert_eq!(scan.start_tags, 4);
    }

    #[test]
    fn script_and_style_bodies_are_cut_but_json_ld_stays() {
        let page = "<style>p{}</style><SCRIPT>if (a</b) {}</script ><p>x</p>\
                    <script type='application/LD+JSON'>{\"a\":1}</script><script src=x.js></script>";
        let scan = scan_page(page, 512);
        assert_eq!(
            scan.html,
            "<style></style><SCRIPT></script ><p>x</p><script type='application/LD+JSON'>{\"a\":1}</script><script src=x.js></script>"
        );
        assert_eq!(scan.start_tags, 5);
        let escaped = "<script><!-- document.write('<script>x</script>'); --></script><p>y</p>";
        assert_eq!(scan_page(escaped, 512).html, escaped, "escape states may end it later: left whole");
        let unclosed = "<script>var a = '</scripts>';</script><p>y</p>";
        assert_eq!(scan_page(unclosed, 512).html, unclosed, "`</scripts>` is no end tag: left whole");
    }

    #[test]
    fn limits_are_checked() {
        let tight = Limits { max_input_bytes: 4, max_nodes: 100 };
        assert_eq!(parse("<p>hello</p>", tight).err(), Some(Error::InputTooLarge { len: 12, limit: 4 }));
        let few = Limits { max_input_bytes: 1000, max_nodes: 3 };
        assert_eq!(parse("<div><p>a</p><p>b</p><p>c</p></div>", few).err(), Some(Error::TooManyNodes { limit: 3 }));
    }
}
