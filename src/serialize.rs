//! Chosen blocks in, the article body out: plain text, clean HTML and Markdown.
//!
//! Invariants: the three forms come from the same blocks in the same order, but for
//! figure captions and image credits (and blocks repeating one), which the plain text
//! leaves out unless asked to keep them. The HTML holds allow-listed tags only (`p h1-h6 ul ol li table thead tbody tr th td pre code
//! blockquote figure figcaption a em strong br img`), with `href`, `src`, `srcset` and
//! `alt` as its only attributes, and no URL (a `srcset`'s included) whose scheme is not
//! http, https or mailto. Text is escaped for its form. Nested lists nest; the plain
//! text keeps one list item per line.

mod markup;

pub(crate) use markup::escape_html;

use url::Url;

use html5ever::local_name;

use crate::options::Formats;
use crate::segment::{Block, BlockKind, Candidate, ElementId, Mark, Segments};

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
pub(crate) fn serialize(segments: &Segments, chosen: &[usize], base: Option<&str>, formats: Formats) -> Body {
    let base = base.and_then(|b| Url::parse(b).ok());
    let blocks: Vec<&Block> = chosen.iter().filter_map(|&i| segments.blocks.get(i)).collect();
    let groups = group(segments, &blocks);
    let text = if formats.captions_in_text || !blocks.iter().any(|b| b.caption) {
        markup::text(&groups)
    } else {
        // A gallery repeats its captions outside the figure (a lightbox, a control bar).
        let captions: std::collections::HashSet<&str> = blocks.iter().filter(|b| b.caption).map(|b| b.text.as_str()).collect();
        let uncaptioned: Vec<&Block> = blocks.iter().copied().filter(|b| !captions.contains(b.text.as_str())).collect();
        markup::text(&group(segments, &uncaptioned))
    };
    let first_paragraph = blocks
        .iter()
        .find(|b| b.kind == BlockKind::Paragraph && b.chars >= EXCERPT_MIN_CHARS)
        .map(|b| b.text.clone());
    Body {
        text,
        html: if formats.html { markup::html(&groups, base.as_ref()) } else { String::new() },
        markdown: if formats.markdown { markup::markdown(&groups, base.as_ref()) } else { String::new() },
        first_paragraph,
    }
}

/// Consecutive blocks that render as one unit: a list, a table, a quote, a figure.
#[derive(Debug)]
pub(crate) enum Group<'a> {
    /// A paragraph, heading, caption or preformatted block.
    Single(&'a Block),
    /// Items of one list, nested lists included, in order.
    List(Vec<ListEvent<'a>>),
    /// Rows of one table, each a list of cells; `header` when the first row is all `<th>`.
    Table { header: bool, rows: Vec<Vec<&'a Block>> },
    /// Blocks inside a blockquote.
    Quote(Vec<&'a Block>),
    /// An image block and the caption of its `<figure>`.
    Figure { image: &'a Block, caption: &'a Block },
}

/// One step of writing a (possibly nested) list.
#[derive(Debug, Clone, Copy)]
pub(crate) enum ListEvent<'a> {
    /// A list opens (inside the open item of the enclosing list, if any).
    Open { ordered: bool },
    /// The innermost open list closes.
    Close { ordered: bool },
    /// An item of the innermost list opens.
    ItemStart,
    /// The open item closes.
    ItemEnd,
    /// A block of the open item.
    Content(&'a Block),
}

/// Groups consecutive list items of one list, cells of one table, quoted blocks, and
/// an image with its figure's caption.
fn group<'a>(segments: &Segments, blocks: &[&'a Block]) -> Vec<Group<'a>> {
    let mut groups: Vec<Group<'a>> = Vec::new();
    let mut items: Vec<&'a Block> = Vec::new();
    let mut last_table = None;
    for &block in blocks {
        let in_list = block.quote_depth == 0 && block.kind == BlockKind::ListItem && block.list.is_some();
        if !in_list || items.last().is_some_and(|last| list_root(segments, last) != list_root(segments, block)) {
            push_list(&mut groups, segments, &mut items);
        }
        let cell = cell_position(segments, block);
        let table = cell.map(|(_, _, table)| table);
        match (block.kind, groups.last_mut()) {
            (_, Some(Group::Quote(quoted))) if block.quote_depth > 0 => quoted.push(block),
            _ if block.quote_depth > 0 => groups.push(Group::Quote(vec![block])),
            _ if in_list => items.push(block),
            (BlockKind::Cell, Some(Group::Table { rows, .. })) if table.is_some() && table == last_table => {
                push_cell(rows, block, cell.map(|(_, row, _)| row), segments);
            }
            (BlockKind::Cell, _) if table.is_some() => groups.push(Group::Table { header: false, rows: vec![vec![block]] }),
            (BlockKind::Caption, Some(last)) => push_caption(last, block, segments).unwrap_or_else(|| groups.push(Group::Single(block))),
            _ => groups.push(Group::Single(block)),
        }
        last_table = table;
    }
    push_list(&mut groups, segments, &mut items);
    for g in &mut groups {
        if let Group::Table { header, rows } = g {
            *header = rows.first().is_some_and(|row| row.iter().all(|cell| is_header_cell(segments, cell)));
        }
    }
    groups
}

/// Ends the list being gathered, if any, as one group.
fn push_list<'a>(groups: &mut Vec<Group<'a>>, segments: &Segments, items: &mut Vec<&'a Block>) {
    if !items.is_empty() {
        groups.push(Group::List(list_events(segments, items)));
        items.clear();
    }
}

/// Turns the last group into a figure when it is an image of the caption's `<figure>`;
/// `None` when the caption stands alone.
fn push_caption<'a>(last: &mut Group<'a>, caption: &'a Block, segments: &Segments) -> Option<()> {
    let Group::Single(image) = *last else { return None };
    let has_image = image.marks.iter().any(|(_, m)| matches!(m, Mark::Image { .. }));
    let figure = ancestor(segments, caption.element, 3, |tag| *tag == local_name!("figure"))?;
    (has_image && image.kind != BlockKind::Caption && segments.contains(figure, image.element)).then(|| {
        *last = Group::Figure { image, caption };
    })
}

/// The outermost list around a list item's innermost list.
fn list_root(segments: &Segments, block: &Block) -> Option<ElementId> {
    let (mut root, _) = block.list?;
    let mut outer = block.list_depth.saturating_sub(1);
    let mut at = segments.elements.get(root).and_then(|e| e.parent);
    while outer > 0 {
        let Some(id) = at else { break };
        let info = segments.elements.get(id)?;
        if matches!(info.tag, local_name!("ul") | local_name!("ol")) {
            root = id;
            outer -= 1;
        }
        at = info.parent;
    }
    Some(root)
}

/// The nearest ancestor-or-self of `id`, within `levels` levels, whose tag passes `test`.
fn ancestor(segments: &Segments, id: ElementId, levels: usize, test: impl Fn(&html5ever::LocalName) -> bool) -> Option<ElementId> {
    let mut at = Some(id);
    for _ in 0..=levels {
        let here = at?;
        let info = segments.elements.get(here)?;
        if test(&info.tag) {
            return Some(here);
        }
        at = info.parent;
    }
    None
}

/// One open list while planning a nested list.
struct Level {
    list: Option<ElementId>,
    ordered: bool,
    /// `Some` while an item is open: the `<li>` it was opened for, when known.
    item: Option<Option<ElementId>>,
}

/// Plans the list items of one list tree as open, item and close steps, so that each
/// nested list sits inside the item before it.
fn list_events<'a>(segments: &Segments, items: &[&'a Block]) -> Vec<ListEvent<'a>> {
    let base = items.iter().map(|b| b.list_depth).min().unwrap_or(1);
    let mut stack: Vec<Level> = Vec::new();
    let mut events = Vec::new();
    for &block in items {
        let (list, ordered) = block.list.map_or((None, false), |(id, ordered)| (Some(id), ordered));
        let depth = usize::from(block.list_depth.saturating_sub(base)) + 1;
        while stack.len() > depth || (stack.len() == depth && stack.last().is_some_and(|l| l.list != list)) {
            close_level(&mut stack, &mut events);
        }
        while stack.len() < depth {
            // A deeper list sits in the open item only when that item holds it.
            if let Some(top) = stack.last_mut().filter(|top| top.item.flatten().is_some_and(|li| !segments.contains(li, block.element))) {
                events.push(ListEvent::ItemEnd);
                top.item = None;
            }
            if let Some(top) = stack.last_mut().filter(|top| top.item.is_none()) {
                events.push(ListEvent::ItemStart);
                top.item = Some(None);
            }
            let here = stack.len() + 1 == depth;
            let level = Level { list: list.filter(|_| here), ordered: ordered && here, item: None };
            events.push(ListEvent::Open { ordered: level.ordered });
            stack.push(level);
        }
        let li = ancestor(segments, block.element, 4, |tag| matches!(*tag, local_name!("li") | local_name!("dd") | local_name!("dt")));
        if let Some(top) = stack.last_mut().filter(|top| li.is_none() || top.item != Some(li)) {
            if top.item.is_some() {
                events.push(ListEvent::ItemEnd);
            }
            events.push(ListEvent::ItemStart);
            top.item = Some(li);
        }
        events.push(ListEvent::Content(block));
    }
    while !stack.is_empty() {
        close_level(&mut stack, &mut events);
    }
    events
}

fn close_level(stack: &mut Vec<Level>, events: &mut Vec<ListEvent<'_>>) {
    if let Some(level) = stack.pop() {
        if level.item.is_some() {
            events.push(ListEvent::ItemEnd);
        }
        events.push(ListEvent::Close { ordered: level.ordered });
    }
}

/// Adds a cell to the last row, or to a new row when it sits in another `<tr>`.
fn push_cell<'a>(rows: &mut Vec<Vec<&'a Block>>, cell: &'a Block, row: Option<ElementId>, segments: &Segments) {
    let same_row = rows
        .last()
        .and_then(|r| r.last())
        .is_some_and(|prev| cell_position(segments, prev).map(|(_, row, _)| row) == row);
    match rows.last_mut() {
        Some(last) if same_row => last.push(cell),
        _ => rows.push(vec![cell]),
    }
}

/// The `<td>`/`<th>` around a cell block, its row and its `<table>`.
pub(crate) fn cell_position(segments: &Segments, block: &Block) -> Option<(ElementId, ElementId, ElementId)> {
    let cell = ancestor(segments, block.element, 3, |tag| matches!(*tag, local_name!("td") | local_name!("th")))?;
    let row = segments.elements.get(cell)?.parent?;
    let table = ancestor(segments, row, 2, |tag| *tag == local_name!("table"))?;
    Some((cell, row, table))
}

/// Whether a cell block sits in a `<th>`.
fn is_header_cell(segments: &Segments, block: &Block) -> bool {
    cell_position(segments, block)
        .and_then(|(cell, _, _)| segments.elements.get(cell))
        .is_some_and(|info| info.tag == local_name!("th"))
}

/// A `srcset` made safe: each candidate's URL resolved and checked as an image URL,
/// candidates with an unsafe URL or a malformed descriptor left out; `None` when none
/// is left.
pub(crate) fn safe_srcset(candidates: &[Candidate], base: Option<&Url>) -> Option<String> {
    let valid = |d: &str| {
        d.is_empty()
            || d.strip_suffix('w').is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
            || d.strip_suffix('x').and_then(|n| n.parse::<f64>().ok()).is_some_and(|x| x.is_finite() && x > 0.0)
    };
    let parts: Vec<String> = candidates
        .iter()
        .filter(|c| valid(&c.descriptor))
        .filter_map(|c| {
            let url = safe_url(&c.url, base, true)?.replace(',', "%2C");
            Some(if c.descriptor.is_empty() { url } else { format!("{url} {}", c.descriptor) })
        })
        .collect();
    (!parts.is_empty()).then(|| parts.join(", "))
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

    #[test]
    fn srcset_keeps_safe_candidates_with_valid_descriptors() {
        let base = Url::parse("https://example.com/a/").ok();
        let candidate = |url: &str, descriptor: &str| Candidate { url: url.into(), descriptor: descriptor.into() };
        let set = [
            candidate("s.jpg", "320w"),
            candidate("javascript:x", "640w"),
            candidate("/l,1.jpg", "2x"),
            candidate("m.jpg", "w"),
            candidate("n.jpg", ""),
        ];
        let safe = safe_srcset(&set, base.as_ref());
        assert_eq!(safe.as_deref(), Some("https://example.com/a/s.jpg 320w, https://example.com/l%2C1.jpg 2x, https://example.com/a/n.jpg"));
        assert_eq!(safe_srcset(&[candidate("data:image/png,x", "1x")], base.as_ref()), None);
    }
}
