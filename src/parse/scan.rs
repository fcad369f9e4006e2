//! The scan before parsing: raw page text in, the text html5ever will parse out, with
//! start tags counted, nesting past the limit flattened, and the bodies no stage reads
//! cut (script and style bodies, inline SVG drawings, comment text).
//!
//! Invariants: a cut never changes what any stage reads, except that a raw-text
//! element left open inside a `<noscript>` ends with it ([`runs_past_noscript`]).
//! Script and style bodies and SVG contents are dropped subtrees (`prune`); a comment
//! becomes an empty comment, so the tree keeps its shape and text nodes stay split
//! where they were. Anything the scan cannot be sure html5ever reads the same way is
//! left whole.

use html5ever::tendril::StrTendril;

use crate::prune::may_hide;
use crate::rules::READ_ATTRIBUTES;

/// How deep elements may nest; start tags deeper than this are dropped before parsing,
/// so their content joins the element at the limit. Browsers do the same (Blink stops
/// nesting at 512), and it keeps html5ever's scope checks, which scan the stack of open
/// elements at every start tag, from growing with the square of the depth.
pub(super) const MAX_NESTING: usize = 512;

/// Elements whose content is raw text: tags inside them are not tags.
/// Elements whose whitespace is text, which the scan leaves as it is.
const PREFORMATTED: &[&str] = &["pre", "listing"];
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

/// Start tags inside an `<svg>` after which the parser no longer reads SVG: the HTML
/// standard's tags that break out of foreign content (with `font`, which breaks out
/// when it has certain attributes), the elements whose content is HTML again
/// (`foreignObject`; `math` for its text integration points), and `a` and `script`,
/// which html5ever handles apart. An SVG holding one is left whole.
const SVG_BREAKOUT: &[&str] = &[
    "a", "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed", "font",
    "foreignobject", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing", "math", "menu",
    "meta", "nobr", "ol", "p", "pre", "ruby", "s", "script", "small", "span", "strike", "strong", "sub", "sup",
    "table", "tt", "u", "ul", "var",
];

/// SVG elements whose content the parser reads as HTML (`title`, `desc`): inside an
/// SVG that is cut, they may hold only text.
const SVG_HTML_POINTS: &[&str] = &["desc", "title"];

/// An empty comment, what a comment is cut down to.
const EMPTY_COMMENT: &str = "<!---->";

/// What the pre-parse scan found.
pub(super) struct Scan {
    /// The page with start tags deeper than the nesting limit dropped, and the
    /// bodies no stage reads cut out: written straight into the buffer html5ever
    /// reads, so the page is copied once.
    pub(super) html: StrTendril,
    /// Start tags in the page: the elements it writes out (the parser adds a few
    /// implied ones, `html`, `head`, `body`, `tbody`).
    pub(super) start_tags: usize,
}

/// The page being rewritten: what is copied so far, nothing until the first cut.
struct Rewrite<'a> {
    html: &'a str,
    out: Option<StrTendril>,
    /// Bytes of `html` before this offset are in `out` (or cut).
    copied: usize,
}

impl<'a> Rewrite<'a> {
    /// Replaces `html[from..to]` with `with`.
    fn replace(&mut self, from: usize, to: usize, with: &str) {
        let capacity = u32::try_from(self.html.len()).unwrap_or(u32::MAX);
        let out = self.out.get_or_insert_with(|| StrTendril::with_capacity(capacity));
        out.push_slice(self.html.get(self.copied..from).unwrap_or(""));
        out.push_slice(with);
        self.copied = to;
    }

    fn finish(self) -> StrTendril {
        match self.out {
            Some(mut out) => {
                out.push_slice(self.html.get(self.copied..).unwrap_or(""));
                out
            }
            None => StrTendril::from_slice(self.html),
        }
    }
}

/// Counts start tags, drops those nested deeper than `max` (end tags without a start
/// tag are ignored by the parser), cuts out what no stage reads (script and style
/// bodies, SVG contents, comment text) and writes whitespace runs in text outside
/// preformatted elements as one character.
pub(super) fn scan_page(html: &str, max: usize) -> Scan {
    let mut start_tags = 0usize;
    let mut depth = 0usize;
    let mut page = Rewrite { html, out: None, copied: 0 };
    // After `<plaintext>` the parser reads everything as text, which the scan does
    // not model: nothing more is cut.
    let mut plaintext = false;
    // The unread attributes of the tag at hand, reused from tag to tag.
    let mut spans = Vec::new();
    // Open `<pre>` and `<listing>` elements, where whitespace is text.
    let mut preformatted = 0usize;
    // Open `<noscript>` elements, whose markup the parser reads (scripting is off).
    let mut noscript = 0usize;
    let mut at = 0;
    while let Some(offset) = html.get(at..).and_then(|rest| rest.find('<')) {
        let start = at + offset;
        if preformatted == 0 && !plaintext {
            collapse_whitespace(&mut page, at, start);
        }
        let tag = scan_tag(html, start, &mut spans);
        at = tag.end.max(start + 1);
        if tag.kind == TagKind::Start {
            start_tags += 1;
        }
        let name = tag.name.as_str();
        let nests = !VOID.contains(&name) && !IMPLICITLY_CLOSED.contains(&name);
        let opens = tag.kind == TagKind::Start && !tag.self_closing && !VOID.contains(&name) && !RAW_TEXT.contains(&name);
        if tag.kind == TagKind::Start && !plaintext && !(opens && depth >= max) {
            cut_attributes(&mut page, &spans);
        }
        if name == "noscript" {
            match tag.kind {
                TagKind::Start if !tag.self_closing => noscript += 1,
                TagKind::End => noscript = noscript.saturating_sub(1),
                _ => {}
            }
        }
        if tag.kind == TagKind::Start && noscript > 0 && !plaintext && RAW_TEXT.contains(&name) && name != "plaintext" {
            if let Some(close) = runs_past_noscript(html, at, name) {
                page.replace(at, close, &format!("</{name}>"));
                at = close;
                continue;
            }
        }
        match tag.kind {
            TagKind::Comment if !plaintext && tag.end.saturating_sub(start) > EMPTY_COMMENT.len() => {
                page.replace(start, tag.end, EMPTY_COMMENT);
            }
            TagKind::Start if tag.self_closing || VOID.contains(&name) => {}
            TagKind::Start if RAW_TEXT.contains(&name) => {
                plaintext |= name == "plaintext";
                let raw = raw_text_end(html, at, name);
                let (content_end, after) = (raw.content_end, raw.after);
                let body = html.get(at..content_end).unwrap_or("");
                if !body.is_empty() && ends_cleanly(html, after) && body_unused(name, html.get(start..tag.end).unwrap_or(""), raw.escapes) {
                    page.replace(at, content_end, "");
                }
                at = after;
            }
            TagKind::Start if depth >= max => page.replace(start, tag.end, ""),
            TagKind::Start if name == "svg" => {
                depth += 1;
                if let Some(drawing) = svg_contents(html, at, depth, max).filter(|_| !plaintext) {
                    start_tags += drawing.start_tags;
                    depth = drawing.depth;
                    page.replace(at, drawing.end, "");
                    at = drawing.end;
                }
            }
            TagKind::Start if nests => depth += 1,
            TagKind::End if nests => depth = depth.saturating_sub(1),
            _ => {}
        }
        if PREFORMATTED.contains(&name) {
            match tag.kind {
                TagKind::Start => preformatted += 1,
                TagKind::End => preformatted = preformatted.saturating_sub(1),
                TagKind::Comment | TagKind::Other => {}
            }
        }
    }
    if preformatted == 0 && !plaintext {
        collapse_whitespace(&mut page, at, html.len());
    }
    Scan { html: page.finish(), start_tags }
}

/// Writes each run of two or more whitespace characters in `html[from..to]`, text
/// outside preformatted elements, as one: a newline if the run holds one, else a
/// space. Every stage reads such a run as one space; html5ever no longer has to.
fn collapse_whitespace(page: &mut Rewrite<'_>, from: usize, to: usize) {
    let bytes = page.html.as_bytes();
    let mut i = from;
    while i < to {
        if !is_space(bytes.get(i).copied().unwrap_or(0)) {
            i += 1;
            continue;
        }
        let run_end = (i..to).find(|&j| !bytes.get(j).copied().is_some_and(is_space)).unwrap_or(to);
        if run_end - i >= 2 {
            let newline = bytes.get(i..run_end).is_some_and(|run| run.contains(&b'\n'));
            page.replace(i, run_end, if newline { "\n" } else { " " });
        }
        i = run_end;
    }
}

/// Cuts the attributes `spans` (offsets in the page) from the start tag at hand; one
/// not preceded by whitespace leaves a space, so the attributes around it read as before.
fn cut_attributes(page: &mut Rewrite<'_>, spans: &[(usize, usize)]) {
    for &(from, to) in spans {
        let spaced = page.html.as_bytes().get(from.wrapping_sub(1)).is_some_and(|&b| is_space(b));
        page.replace(from, to, if spaced { "" } else { " " });
    }
}

/// Whether a style attribute, as written in the page, cannot hide its element: no
/// hiding declaration, and no character reference that could spell one. `prune`
/// reads styles for nothing else, so such a style is cut like an unread attribute.
fn cannot_hide(attribute: &str) -> bool {
    !attribute.contains('&') && !may_hide(attribute)
}

/// Orders `read` (lowercase) against `name` lowercased.
fn cmp_ascii_lowercase(read: &str, name: &str) -> std::cmp::Ordering {
    read.bytes().cmp(name.bytes().map(|b| b.to_ascii_lowercase()))
}

/// Whitespace between attributes, for the tokenizer (`\r` reads as `\n`).
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
}

/// Where html5ever's tokenizer finds the attributes of the tag `tag` (from its `<`):
/// calls `found` with each attribute's start, name, and the end of its value (or
/// name). Returns the offset just past the `>` that ends the tag, `None` when the
/// page ends first (then the tokenizer drops the tag).
fn attributes<'t>(tag: &'t str, mut found: impl FnMut(usize, &'t str, usize)) -> Option<usize> {
    let bytes = tag.as_bytes();
    let until = |from: usize, stop: &dyn Fn(u8) -> bool| bytes.get(from..)?.iter().position(|&b| stop(b)).map(|i| from + i);
    let mut at = until(1, &|b| is_space(b) || b == b'/' || b == b'>')?;
    loop {
        // Before a name: whitespace, and slashes not followed by `>`, are skipped.
        loop {
            match *bytes.get(at)? {
                b if is_space(b) => at += 1,
                b'/' if bytes.get(at + 1) == Some(&b'>') => return Some(at + 2),
                b'/' => at += 1,
                b'>' => return Some(at + 1),
                _ => break,
            }
        }
        // A name's first character may be `=`; then it runs to whitespace, `/`, `>` or `=`.
        let name_at = at;
        let name_end = until(at + 1, &|b| is_space(b) || matches!(b, b'/' | b'>' | b'='))?;
        let name = tag.get(name_at..name_end).unwrap_or("");
        at = until(name_end, &|b| !is_space(b))?;
        if bytes.get(at) != Some(&b'=') {
            found(name_at, name, name_end);
            continue;
        }
        at = until(at + 1, &|b| !is_space(b))?;
        match *bytes.get(at)? {
            quote @ (b'"' | b'\'') => {
                at = until(at + 1, &|b| b == quote)? + 1;
                found(name_at, name, at);
            }
            b'>' => {
                found(name_at, name, at);
                return Some(at + 1);
            }
            _ => {
                at = until(at, &|b| is_space(b) || b == b'>')?;
                found(name_at, name, at);
            }
        }
    }
}

/// The contents of an SVG drawing, as the scan of the whole page would have read them.
struct Drawing {
    /// Where the `</svg>` that closes the drawing starts.
    end: usize,
    /// Start tags inside.
    start_tags: usize,
    /// The nesting depth the scan reaches at the closing `</svg>`.
    depth: usize,
}

/// Reads the contents of the `<svg>` whose start tag ends at `from`, with the scan at
/// `depth`, and returns them if they may be cut: html5ever would read them all as SVG
/// and close the drawing at the same `</svg>`. `None` when any tag inside could make
/// the parser leave SVG (an HTML tag, a stray end tag, CDATA, HTML inside `title`),
/// when nesting reaches `max` inside, or when no `</svg>` closes it.
fn svg_contents(html: &str, from: usize, mut depth: usize, max: usize) -> Option<Drawing> {
    // SVG elements open inside the drawing, as the parser's stack of open elements has them.
    let mut open: Vec<TagName> = Vec::new();
    let mut spans = Vec::new();
    let mut start_tags = 0;
    let mut at = from;
    while let Some(offset) = html.get(at..).and_then(|rest| rest.find('<')) {
        let start = at + offset;
        let tag = scan_tag(html, start, &mut spans);
        at = tag.end.max(start + 1);
        let name = tag.name.as_str();
        match tag.kind {
            TagKind::Comment => {}
            // Markup declarations other than comments (CDATA above all), and bogus comments.
            TagKind::Other if matches!(html.as_bytes().get(start + 1), Some(b'!' | b'?')) => return None,
            TagKind::Other => {}
            TagKind::Start => {
                start_tags += 1;
                let in_html_point = open.last().is_some_and(|top| SVG_HTML_POINTS.contains(&top.as_str()));
                if name.is_empty() || in_html_point || SVG_BREAKOUT.contains(&name) || depth >= max {
                    return None;
                }
                if tag.self_closing {
                    // The page scan takes `/>` for self-closing; the parser does not
                    // when the slash ends an unquoted attribute value.
                    if !closes_itself(html.get(start..tag.end).unwrap_or("")) {
                        open.push(tag.name);
                    }
                    continue;
                }
                if RAW_TEXT.contains(&name) {
                    // The page scan skips these as raw text; inside an SVG they are
                    // elements like any other, so they may hold only text.
                    let RawText { content_end, after, .. } = raw_text_end(html, at, name);
                    let text = html.get(at..content_end)?;
                    if !(name == "title" || name == "style") || text.contains('<') || !ends_cleanly(html, after) {
                        return None;
                    }
                    at = after;
                    continue;
                }
                open.push(tag.name);
                if !VOID.contains(&name) && !IMPLICITLY_CLOSED.contains(&name) {
                    depth += 1;
                }
            }
            TagKind::End => {
                if let Some(index) = open.iter().rposition(|open| open.as_str() == name) {
                    open.truncate(index);
                } else if name == "svg" && html.as_bytes().get(tag.end.wrapping_sub(1)) == Some(&b'>') {
                    return Some(Drawing { end: start, start_tags, depth });
                } else {
                    return None;
                }
                if !VOID.contains(&name) && !IMPLICITLY_CLOSED.contains(&name) {
                    depth = depth.saturating_sub(1);
                }
            }
        }
    }
    None
}

#[derive(Debug, PartialEq, Eq)]
enum TagKind {
    Start,
    End,
    /// A comment that ends before the end of the page.
    Comment,
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
#[derive(Default, Clone, Copy)]
struct TagName {
    bytes: [u8; 16],
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

/// Reads the tag at `start` (a `<`) as the tokenizer does: its kind, its lowercase
/// name, and where it ends; `unread` gets the spans (offsets in the page) of a start
/// tag's attributes not in [`READ_ATTRIBUTES`], and of its styles when they cannot
/// hide it ([`cannot_hide`]). Doctypes, and comments that run to
/// the end of the page, are `Other`.
fn scan_tag(html: &str, start: usize, unread: &mut Vec<(usize, usize)>) -> Tag {
    unread.clear();
    let rest = html.get(start..).unwrap_or("");
    if rest.starts_with("<!--") {
        let (kind, end) = comment_end(html, start).map_or((TagKind::Other, html.len()), |end| (TagKind::Comment, end));
        return Tag { kind, name: TagName::default(), self_closing: false, end };
    }
    let bogus = |from: usize| rest.get(from..).and_then(|r| r.find('>')).map_or(html.len(), |i| start + from + i + 1);
    let (kind, name_at) = match rest.as_bytes().get(1..3) {
        Some([b'/', c]) if c.is_ascii_alphabetic() => (TagKind::End, 2),
        Some([c, _]) if c.is_ascii_alphabetic() => (TagKind::Start, 1),
        Some([b'/', _] | [b'!' | b'?', _]) => {
            return Tag { kind: TagKind::Other, name: TagName::default(), self_closing: false, end: bogus(2) };
        }
        _ => return Tag { kind: TagKind::Other, name: TagName::default(), self_closing: false, end: start + 1 },
    };
    let body = rest.get(name_at..).unwrap_or("");
    let name_len = body.find(|c: char| c.is_ascii_whitespace() || c == '/' || c == '>').unwrap_or(body.len());
    let name = TagName::new(body.get(..name_len).unwrap_or(""));
    // An end tag's attributes are read and thrown away, as a start tag's are read.
    let at = start + name_at - 1;
    let tag = html.get(at..).unwrap_or("");
    // The parser keeps the first of repeated attributes: the first style decides.
    let mut first_style_shows = None;
    let close = attributes(tag, |name_at, name, end| {
        if kind != TagKind::Start {
            return;
        }
        let not_read = READ_ATTRIBUTES.binary_search_by(|read| cmp_ascii_lowercase(read, name)).is_err();
        let showing_style = name.eq_ignore_ascii_case("style")
            && *first_style_shows.get_or_insert_with(|| cannot_hide(tag.get(name_at..end).unwrap_or("")));
        if not_read || showing_style {
            unread.push((at + name_at, at + end));
        }
    });
    let close = close.map_or_else(
        || {
            unread.clear();
            html.len()
        },
        |end| at + end,
    );
    let self_closing = html.get(..close.saturating_sub(1)).is_some_and(|t| t.ends_with('/'));
    Tag { kind, name, self_closing, end: close }
}

/// Just past the end of the comment opened by the `<!--` at `start`, as html5ever's
/// tokenizer finds it: `<!-->` and `<!--->` end at once, any other comment at its
/// first `-->` or `--!>`. `None` when it runs to the end of the page.
fn comment_end(html: &str, start: usize) -> Option<usize> {
    let text_at = start + "<!--".len();
    let text = html.get(text_at..)?;
    if text.starts_with('>') {
        return Some(text_at + 1);
    }
    if text.starts_with("->") {
        return Some(text_at + 2);
    }
    let mut from = 0;
    while let Some(offset) = text.get(from..).and_then(|t| t.find("--")) {
        let dashes = from + offset;
        let after = text.get(dashes + 2..).unwrap_or("");
        if after.starts_with('>') {
            return Some(text_at + dashes + 3);
        }
        if after.starts_with("!>") {
            return Some(text_at + dashes + 4);
        }
        from = dashes + 1;
    }
    None
}

/// Whether html5ever reads a tag ending in `/>` as self-closing: unless the slash
/// ends an unquoted attribute value (`<stop offset=0/>` is not).
fn closes_itself(tag: &str) -> bool {
    let before = tag.strip_suffix("/>").unwrap_or(tag);
    let last = before.rsplit(|c: char| c.is_ascii_whitespace()).next().unwrap_or("");
    !last.contains('=') || last.ends_with(['"', '\''])
}

/// Where the `<noscript>` around a raw-text element that starts at `from` ends, when
/// the element's own end tag comes later or never (a tag manager's
/// `<noscript><iframe src=… /></noscript>`: the slash closes nothing, and the frame's
/// raw text would run on over the rest of the page). A browser running scripts, as
/// the page's authors test it, reads the whole `<noscript>` as text, so what it holds
/// ends with it; the scan writes the element's end tag there.
fn runs_past_noscript(html: &str, from: usize, name: &str) -> Option<usize> {
    let noscript_end = raw_text_end(html, from, "noscript").content_end;
    (noscript_end < html.len() && noscript_end < raw_text_end(html, from, name).content_end).then_some(noscript_end)
}

/// Where a raw-text body ends ([`raw_text_end`]).
struct RawText {
    /// The start of the end tag (or the end of input).
    content_end: usize,
    /// Just past the end tag's name (or the end of input).
    after: usize,
    /// Whether the body holds `<!--`.
    escapes: bool,
}

/// Where the raw text of `name` starting at `from` ends, and whether it holds `<!--`.
/// As for the tokenizer, an end tag's name must be followed by whitespace, `/` or `>`
/// (`</scripts>` does not end a script). One pass over the body's `<`s.
fn raw_text_end(html: &str, from: usize, name: &str) -> RawText {
    let bytes = html.as_bytes();
    let mut escapes = false;
    let mut at = from;
    while let Some(offset) = html.get(at..).and_then(|rest| rest.find('<')) {
        let lt = at + offset;
        match bytes.get(lt + 1) {
            Some(b'/') => {
                let name_at = lt + 2;
                let candidate = bytes.get(name_at..name_at + name.len());
                if candidate.is_some_and(|c| c.eq_ignore_ascii_case(name.as_bytes())) && ends_cleanly(html, name_at + name.len()) {
                    return RawText { content_end: lt, after: name_at + name.len(), escapes };
                }
            }
            Some(b'!') => escapes |= bytes.get(lt + 2..lt + 4) == Some(b"--"),
            _ => {}
        }
        at = lt + 1;
    }
    RawText { content_end: html.len(), after: html.len(), escapes }
}

/// Whether no stage reads the body of this raw-text element (`start_tag` is its
/// source; `escapes` says whether the body holds `<!--`): scripts other than JSON-LD,
/// style sheets, and the fallback text of iframes and text areas (dropped subtrees,
/// which the metadata walk skips too). Their bodies are cut before parsing, which
/// spares the tokenizer about two fifths of a typical page. A script holding `<!--`
/// is left whole: there the parser's escape states may end it later than its first
/// end tag, and a cut there would turn code into page text.
fn body_unused(name: &str, start_tag: &str, escapes: bool) -> bool {
    match name {
        "style" | "iframe" | "textarea" => true,
        "script" => !escapes && !start_tag.as_bytes().windows(LD_JSON.len()).any(|w| w.eq_ignore_ascii_case(LD_JSON)),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deep_nesting_is_flattened_at_the_limit() {
        let page = format!("{}x{}", "<div>".repeat(10), "</div>".repeat(10));
        let flat = scan_page(&page, 4);
        assert_eq!(&*flat.html, format!("{}x{}", "<div>".repeat(4), "</div>".repeat(10)));
        assert_eq!(flat.start_tags, 10);
        let list = format!("{}x", "<ul><li>".repeat(6));
        let flat = scan_page(&list, 4);
        assert_eq!(&*flat.html, format!("{}<ul>x", "<ul><li>".repeat(3)), "items past the limit go too");
        let shallow = "<p>a<p>b<script type=application/ld+json>'<div><div>'</script><!----><br/>";
        let scan = scan_page(shallow, 1);
        assert_eq!(&*scan.html, shallow, "nothing to cut");
        assert_eq!(scan.start_tags, 4);
        let deep = format!("{}<svg><g><g><path/></g></g></svg><i>x</i>", "<div>".repeat(3));
        let scan = scan_page(&deep, 4);
        let flattened = "<div><div><div><svg><path/></g></g></svg><i>x</i>";
        assert_eq!(&*scan.html, flattened, "nesting reaches the limit inside: not cut, flattened as anywhere");
        assert_eq!(scan.start_tags, 8);
    }

    #[test]
    fn whitespace_runs_are_written_as_one_outside_preformatted_text() {
        let page = "<div>\n    <p>a   b\t\tc</p>  <pre>  x\n\n  y</pre> <p>d \r\n e</p><title>T  U</title>\n\n";
        assert_eq!(&*scan_page(page, 512).html, "<div>\n<p>a b c</p> <pre>  x\n\n  y</pre> <p>d\ne</p><title>T  U</title>\n");
        let nested = "<pre><pre>a  b</pre>c  d</pre>e  f";
        assert_eq!(&*scan_page(nested, 512).html, "<pre><pre>a  b</pre>c  d</pre>e f", "a pre inside a pre");
        let plain = "<p>a  b</p><plaintext><p>c  d";
        assert_eq!(&*scan_page(plain, 512).html, "<p>a b</p><plaintext><p>c  d", "after plaintext all is text");
        assert_eq!(&*scan_page("a b c", 512).html, "a b c", "single spaces stay");
    }

    #[test]
    fn unread_raw_text_bodies_are_cut_but_json_ld_stays() {
        let page = "<style>p{}</style><SCRIPT>if (a</b) {}</script ><p>x</p>\
                    <script type='application/LD+JSON'>{\"a\":1}</script><script src=x.js></script>\
                    <iframe src=/x><p>no frames</p></iframe><textarea>a <b>c</textarea><title>T</title>";
        let scan = scan_page(page, 512);
        assert_eq!(
            &*scan.html,
            "<style></style><SCRIPT></script ><p>x</p><script type='application/LD+JSON'>{\"a\":1}</script><script src=x.js></script>\
             <iframe src=/x></iframe><textarea></textarea><title>T</title>"
        );
        assert_eq!(scan.start_tags, 8);
        let escaped = "<script><!-- document.write('<script>x</script>'); --></script><p>y</p>";
        assert_eq!(&*scan_page(escaped, 512).html, escaped, "escape states may end it later: left whole");
        let unclosed = "<script>var a = '</scripts>';</script><p>y</p>";
        assert_eq!(&*scan_page(unclosed, 512).html, "<script></script><p>y</p>", "`</scripts>` is no end tag");
    }

    #[test]
    fn a_frame_left_open_in_a_noscript_ends_with_it() {
        let page = "<noscript><iframe src=/ns height=0 /></noscript><p>Story</p><noscript><iframe src=/x></iframe></noscript>";
        let scan = scan_page(page, 512);
        assert_eq!(&*scan.html, "<noscript><iframe src=/ns  /></iframe></noscript><p>Story</p><noscript><iframe src=/x></iframe></noscript>");
        let open = "<iframe src=/ns /><p>Story</p>";
        assert_eq!(&*scan_page(open, 512).html, open, "outside a noscript the frame runs on, as in a browser");
    }

    #[test]
    fn comments_are_emptied_where_the_tokenizer_ends_them() {
        let page = "<p>a<!-- </p><script>x</script> -->b</p><!--[if IE]><p>old</p><![endif]--><p>c";
        let scan = scan_page(page, 512);
        assert_eq!(&*scan.html, "<p>a<!---->b</p><!----><p>c");
        assert_eq!(scan.start_tags, 2, "tags inside comments are not counted");
        let bang = "<!-- a --!><p>b</p><!-- c -- d -->";
        assert_eq!(&*scan_page(bang, 512).html, "<!----><p>b</p><!---->", "`--!>` ends a comment, `-- ` does not");
        let abrupt = "<!--><p>b</p>--><!---><p>c</p>-->";
        assert_eq!(&*scan_page(abrupt, 512).html, abrupt, "`<!-->` and `<!--->` end at once");
        assert_eq!(scan_page(abrupt, 512).start_tags, 2);
        let unterminated = "<p>a</p><!-- <p>b</p>";
        assert_eq!(&*scan_page(unterminated, 512).html, unterminated, "a comment to the end of the page: left whole");
    }

    #[test]
    fn svg_contents_are_cut() {
        let icon = "<a href=/><svg viewBox='0 0 9 9'><title>Home</title><!-- </svg> --><g><path d='M0 0</p>'/>\
                    <stop offset=0/></g></svg>Home</a>";
        let scan = scan_page(icon, 512);
        assert_eq!(&*scan.html, "<a href=/><svg ></svg>Home</a>");
        assert_eq!(scan.start_tags, 6);
        let nested = "<svg><svg width=1/><rect/></svg><svg><g></svg>text</svg><p>x</p>";
        assert_eq!(&*scan_page(nested, 512).html, "<svg></svg><p>x</p>", "inner drawings close first");
    }

    #[test]
    fn svg_contents_the_parser_may_leave_are_kept() {
        for page in [
            "<svg><path/><p>breaks out</p></svg>",
            "<svg><text><b>bold</b></text></svg>",
            "<svg><title>a<i>b</i></title></svg>",
            "<svg><desc><span>x</span></desc></svg>",
            "<svg><foreignObject><div>html</div></foreignObject></svg>",
            "<svg><![CDATA[</svg>]]></svg>",
            "<svg><g></a></g></svg>",
            "<svg><script>x</script></svg>",
            "<svg><path d='M0'/>",
            "<p>a<svg><g></g>",
            "<plaintext><svg><g></g></svg>",
        ] {
            let scan = scan_page(page, 512);
            assert!(!scan.html.contains("<svg></svg>"), "{page} became {}", scan.html);
        }
    }

    #[test]
    fn unread_attributes_are_cut() {
        let page = "<div data-x='1' class=a data-y=\"</p>\"><img src=a.png loading=lazy alt='x > y' width=3/>\
                    <a HREF=/b onclick=go()>b</a><p x=\"1\"id=p title>c<br data-q/></div>";
        assert_eq!(
            &*scan_page(page, 512).html,
            "<div  class=a ><img src=a.png  alt='x > y' ><a HREF=/b >b</a><p id=p >c<br /></div>"
        );
        let odd = "<p a\"b=1 id=x>c</p><p =x id=y>d</p><p/x id=z>e</p><p a='1'b id=w>";
        assert_eq!(&*scan_page(odd, 512).html, "<p  id=x>c</p><p  id=y>d</p><p/  id=z>e</p><p   id=w>");
        let quote = "<div id=\"a</div><div data-x=\"b\" data-y=\"c\"><p>x</p>";
        assert_eq!(&*scan_page(quote, 512).html, "<div id=\"a</div><div data-x=\"  ><p>x</p>", "the tokenizer's attributes");
        let unterminated = "<p>a</p><div data-x=1 class=b";
        assert_eq!(&*scan_page(unterminated, 512).html, unterminated, "a tag the page ends in: left whole");
    }

    #[test]
    fn styles_that_cannot_hide_are_cut() {
        let page = "<p style='color: red' id=a>x</p><p STYLE=\"Display : NONE\">y</p><p style=\"display&#58;none\">z</p>\
                    <p style='color:red' style='display:none'>w</p><p style='visibility:hidden' style='color:red'>v</p>";
        assert_eq!(
            &*scan_page(page, 512).html,
            "<p  id=a>x</p><p STYLE=\"Display : NONE\">y</p><p style=\"display&#58;none\">z</p>\
             <p  >w</p><p style='visibility:hidden' style='color:red'>v</p>",
            "the first of repeated styles is the one the parser keeps"
        );
    }

    #[test]
    fn attributes_are_found_as_the_tokenizer_finds_them() {
        let found = |tag| {
            let mut names = Vec::new();
            let end = attributes(tag, |at, name, end| names.push((name, tag.get(at..end).unwrap_or(""))));
            (names, end)
        };
        assert_eq!(found("<a b=1 c = '2'd/e>"), (vec![("b", "b=1"), ("c", "c = '2'"), ("d", "d"), ("e", "e")], Some(18)));
        assert_eq!(found("<a x=y/>"), (vec![("x", "x=y/")], Some(8)), "the slash ends an unquoted value");
        assert_eq!(found("<a =b c=>"), (vec![("=b", "=b"), ("c", "c=")], Some(9)));
        assert_eq!(found("<a b='>'"), (vec![("b", "b='>'")], None));
    }
}
