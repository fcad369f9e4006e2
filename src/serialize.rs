//! Chosen blocks in, the article body out: plain text, clean HTML and Markdown.
//!
//! Invariants: the three forms come from the same blocks in the same order. The HTML
//! holds allow-listed tags only (`p h1-h6 ul ol li table tr td pre blockquote figure
//! figcaption a em strong code br img`), with `href`, `src` and `alt` as its only
//! attributes, and no URL whose scheme is not http, https or mailto. Text is escaped
//! for its form.

mod markup;

use url::Url;

use crate::segment::{Block, BlockKind, Mark, Segments};

/// The article body in its three forms.
#[derive(Debug, Clone, Default)]
pub(crate) struct Body {
    pub(crate) text: String,
    pub(crate) html: String,
    pub(crate) markdown: String,
    /// The first paragraph of prose, for the excerpt.
    pub(crate) first_paragraph: Option<String>,
}

/// Paragraphs shorter than this many characters are not taken for the excerpt.
const EXCERPT_MIN_CHARS: usize = 60;

/// Writes the chosen blocks out, resolving links against `base`.
pub(crate) fn serialize(segments: &Segments, chosen: &[usize], base: Option<&str>) -> Body {
    let base = base.and_then(|b| Url::parse(b).ok());
    let blocks: Vec<&Block> = chosen.iter().filter_map(|&i| segments.blocks.get(i)).collect();
    let groups = group(segments, &blocks);
    let first_paragraph = blocks
        .iter()
        .find(|b| b.kind == BlockKind::Paragraph && b.chars >= EXCERPT_MIN_CHARS)
        .map(|b| b.text.clone());
    Body {
        text: markup::text(&groups),
        html: markup::html(&groups, base.as_ref()),
        markdown: markup::markdown(&groups, base.as_ref()),
        first_paragraph,
    }
}

/// Consecutive blocks that render as one unit: a list, a table row, a quote.
#[derive(Debug)]
pub(crate) enum Group<'a> {
    /// A paragraph, heading, caption or preformatted block.
    Single(&'a Block),
    /// Items of one list.
    List { ordered: bool, items: Vec<&'a Block> },
    /// Rows of one table, each a list of cells.
    Table(Vec<Vec<&'a Block>>),
    /// Blocks inside a blockquote.
    Quote(Vec<&'a Block>),
}

/// Groups consecutive list items of one list, cells of one table, and quoted blocks.
fn group<'a>(segments: &Segments, blocks: &[&'a Block]) -> Vec<Group<'a>> {
    let mut groups: Vec<Group<'a>> = Vec::new();
    let mut last_list = None;
    let mut last_table = None;
    for &block in blocks {
        let row = segments.elements.get(block.element).and_then(|e| e.parent);
        let table = row.and_then(|r| table_of(segments, r));
        match (block.kind, groups.last_mut()) {
            (_, Some(Group::Quote(quoted))) if block.quote_depth > 0 => quoted.push(block),
            _ if block.quote_depth > 0 => groups.push(Group::Quote(vec![block])),
            (BlockKind::ListItem, Some(Group::List { items, .. })) if same_list_tree(segments, block.list, last_list) => {
                items.push(block);
            }
            (BlockKind::ListItem, _) if block.list.is_some() => {
                let ordered = block.list.is_some_and(|(_, ordered)| ordered);
                groups.push(Group::List { ordered, items: vec![block] });
            }
            (BlockKind::Cell, Some(Group::Table(rows))) if table.is_some() && table == last_table => {
                push_cell(rows, block, row, segments);
            }
            (BlockKind::Cell, _) if table.is_some() => groups.push(Group::Table(vec![vec![block]])),
            _ => groups.push(Group::Single(block)),
        }
        last_list = block.list;
        last_table = table;
    }
    groups
}

/// Whether two list items belong to one list, counting nested lists as part of the
/// list they sit in.
fn same_list_tree(segments: &Segments, a: Option<(usize, bool)>, b: Option<(usize, bool)>) -> bool {
    let (Some((a, _)), Some((b, _))) = (a, b) else { return false };
    let root = |mut id: usize| {
        while let Some(parent) = segments.elements.get(id).and_then(|e| e.parent) {
            let Some(info) = segments.elements.get(parent) else { break };
            if !matches!(info.tag, html5ever::local_name!("li") | html5ever::local_name!("ul") | html5ever::local_name!("ol")) {
                break;
            }
            id = parent;
        }
        id
    };
    root(a) == root(b)
}

/// Adds a cell to the last row, or to a new row when it sits in another `<tr>`.
fn push_cell<'a>(rows: &mut Vec<Vec<&'a Block>>, cell: &'a Block, row: Option<usize>, segments: &Segments) {
    let same_row = rows
        .last()
        .and_then(|r| r.last())
        .is_some_and(|prev| segments.elements.get(prev.element).and_then(|e| e.parent) == row);
    match rows.last_mut() {
        Some(last) if same_row => last.push(cell),
        _ => rows.push(vec![cell]),
    }
}

/// The `<table>` above a `<tr>`, within a few levels.
fn table_of(segments: &Segments, row: usize) -> Option<usize> {
    let mut at = Some(row);
    for _ in 0..3 {
        let id = at?;
        let info = segments.elements.get(id)?;
        if info.tag == html5ever::local_name!("table") {
            return Some(id);
        }
        at = info.parent;
    }
    None
}

/// A link or image URL made safe: resolved against the base when there is one,
/// `None` when its scheme is not allowed.
pub(crate) fn safe_url(raw: &str, base: Option<&Url>, image: bool) -> Option<String> {
    let allowed = |url: &Url| match url.scheme() {
        "http" | "https" => true,
        "mailto" => !image,
        _ => false,
    };
    match Url::parse(raw) {
        Ok(absolute) => allowed(&absolute).then(|| absolute.to_string()),
        Err(url::ParseError::RelativeUrlWithoutBase) => match base {
            Some(base) => base.join(raw).ok().filter(allowed).map(|u| u.to_string()),
            None => Some(raw.trim().to_owned()).filter(|r| !r.is_empty()),
        },
        Err(_) => None,
    }
}

/// The inline pieces of a block, in order: text runs and marks.
pub(crate) fn pieces(block: &Block) -> impl Iterator<Item = Piece<'_>> {
    let mut cursor = 0;
    let mut marks = block.marks.iter().peekable();
    std::iter::from_fn(move || {
        if let Some((at, mark)) = marks.peek() {
            let at = (*at).min(block.text.len());
            if at > cursor {
                let run = block.text.get(cursor..at).unwrap_or("");
                cursor = at;
                return Some(Piece::Text(run));
            }
            marks.next();
            return Some(Piece::Mark(mark));
        }
        let rest = block.text.get(cursor..).filter(|r| !r.is_empty())?;
        cursor = block.text.len();
        Some(Piece::Text(rest))
    })
}

/// One inline piece of a block.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Piece<'a> {
    Text(&'a str),
    Mark(&'a Mark),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_resolve_and_unsafe_schemes_are_refused() {
        let base = Url::parse("https://example.com/news/a.html").ok();
        let base = base.as_ref();
        assert_eq!(safe_url("/b", base, false).as_deref(), Some("https://example.com/b"));
        assert_eq!(safe_url("c.html", base, false).as_deref(), Some("https://example.com/news/c.html"));
        assert_eq!(safe_url("java\tscript:alert(1)", base, false), None);
        assert_eq!(safe_url(" JAVASCRIPT:alert(1)", None, false), None);
        assert_eq!(safe_url("data:text/html,x", base, true), None);
        assert_eq!(safe_url("vbscript:x", None, false), None);
        assert_eq!(safe_url("mailto:a@b.c", None, false).as_deref(), Some("mailto:a@b.c"));
        assert_eq!(safe_url("mailto:a@b.c", None, true), None);
        assert_eq!(safe_url("/rel", None, false).as_deref(), Some("/rel"));
    }
}
