//! The three writers: plain text, clean HTML, Markdown. Each walks the same groups.

use std::fmt::Write;

use url::Url;

use super::{pieces, safe_srcset, safe_url, Group, ListEvent, Piece};
use crate::segment::{Block, BlockKind, Mark};

/// Plain text: blocks separated by a blank line, list items and table rows by a newline.
pub(super) fn text(groups: &[Group<'_>]) -> String {
    let parts: Vec<String> = groups
        .iter()
        .map(|group| match group {
            Group::Single(block) => plain(block),
            Group::List(events) => join(list_blocks(events).map(plain), "\n"),
            Group::Table { rows, .. } => join(rows.iter().map(|row| join(row.iter().map(|b| plain(b)), " | ")), "\n"),
            Group::Quote(blocks) => join(blocks.iter().map(|b| plain(b)), "\n\n"),
            Group::Figure { image, caption } => join([plain(image), plain(caption)].into_iter(), "\n\n"),
        })
        .collect();
    join(parts.into_iter(), "\n\n")
}

/// The blocks of a list, in order.
fn list_blocks<'a>(events: &'a [ListEvent<'a>]) -> impl Iterator<Item = &'a Block> + 'a {
    events.iter().filter_map(|e| match e {
        ListEvent::Content(block) => Some(*block),
        _ => None,
    })
}

fn join(parts: impl Iterator<Item = String>, separator: &str) -> String {
    parts.filter(|p| !p.is_empty()).collect::<Vec<_>>().join(separator)
}

/// A block's text with its line breaks.
fn plain(block: &Block) -> String {
    let mut out = String::with_capacity(block.text.len());
    for piece in pieces(block) {
        match piece {
            Piece::Text(run) if out.ends_with('\n') => out.push_str(run.trim_start_matches(' ')),
            Piece::Text(run) => out.push_str(run),
            Piece::Mark(Mark::LineBreak) if !out.is_empty() && block.kind != BlockKind::Preformatted => {
                out.truncate(out.trim_end_matches(' ').len());
                out.push('\n');
            }
            Piece::Mark(_) => {}
        }
    }
    out.trim_end().to_owned()
}

/// Clean HTML from the allow-list.
pub(super) fn html(groups: &[Group<'_>], base: Option<&Url>) -> String {
    let mut out = String::new();
    for group in groups {
        match group {
            Group::Single(block) => html_block(&mut out, block, base),
            Group::List(events) => html_list(&mut out, events, base),
            Group::Table { header, rows } => html_table(&mut out, *header, rows, base),
            Group::Quote(blocks) => {
                out.push_str("<blockquote>");
                for block in blocks {
                    html_block(&mut out, block, base);
                }
                out.push_str("</blockquote>\n");
            }
            Group::Figure { image, caption } => {
                out.push_str("<figure>");
                html_inline(&mut out, image, base);
                out.push_str("<figcaption>");
                html_inline(&mut out, caption, base);
                out.push_str("</figcaption></figure>\n");
            }
        }
    }
    out
}

fn html_list(out: &mut String, events: &[ListEvent<'_>], base: Option<&Url>) {
    let mut after_content = false;
    for event in events {
        match event {
            ListEvent::Open { ordered } => out.push_str(if *ordered { "<ol>" } else { "<ul>" }),
            ListEvent::Close { ordered } => out.push_str(if *ordered { "</ol>" } else { "</ul>" }),
            ListEvent::ItemStart => out.push_str("<li>"),
            ListEvent::ItemEnd => out.push_str("</li>"),
            ListEvent::Content(block) => {
                if after_content {
                    out.push_str("<br>");
                }
                html_inline(out, block, base);
            }
        }
        after_content = matches!(event, ListEvent::Content(_));
    }
    out.push('\n');
}

fn html_table(out: &mut String, header: bool, rows: &[Vec<&Block>], base: Option<&Url>) {
    let row = |out: &mut String, cells: &[&Block], tag: &str| {
        out.push_str("<tr>");
        for cell in cells {
            let _ = write!(out, "<{tag}>");
            html_inline(out, cell, base);
            let _ = write!(out, "</{tag}>");
        }
        out.push_str("</tr>");
    };
    out.push_str("<table>");
    let body = match rows.split_first() {
        Some((first, rest)) if header => {
            out.push_str("<thead>");
            row(out, first, "th");
            out.push_str("</thead>");
            rest
        }
        _ => rows,
    };
    if !body.is_empty() {
        out.push_str("<tbody>");
        for cells in body {
            row(out, cells, "td");
        }
        out.push_str("</tbody>");
    }
    out.push_str("</table>\n");
}

fn html_block(out: &mut String, block: &Block, base: Option<&Url>) {
    let (open, close) = match block.kind {
        BlockKind::Heading(level) => (format!("<h{level}>"), format!("</h{level}>")),
        BlockKind::Preformatted => ("<pre><code>".to_owned(), "</code></pre>".to_owned()),
        BlockKind::Caption => ("<figure><figcaption>".to_owned(), "</figcaption></figure>".to_owned()),
        _ => ("<p>".to_owned(), "</p>".to_owned()),
    };
    out.push_str(&open);
    html_inline(out, block, base);
    out.push_str(&close);
    out.push('\n');
}

/// Inline content; marks left open by the page are closed at the block's end.
/// In a preformatted block the whole block is one `<code>` and its text holds its
/// line breaks, so code and break marks are left out.
fn html_inline(out: &mut String, block: &Block, base: Option<&Url>) {
    let pre = block.kind == BlockKind::Preformatted;
    let mut open: Vec<&'static str> = Vec::new();
    for piece in pieces(block) {
        match piece {
            Piece::Text(run) => escape_html(out, run),
            Piece::Mark(Mark::CodeStart | Mark::CodeEnd | Mark::LineBreak) if pre => {}
            Piece::Mark(mark) => html_mark(out, mark, &mut open, base),
        }
    }
    while let Some(tag) = open.pop() {
        let _ = write!(out, "</{tag}>");
    }
}

fn html_mark(out: &mut String, mark: &Mark, open: &mut Vec<&'static str>, base: Option<&Url>) {
    let start = |out: &mut String, open: &mut Vec<&'static str>, tag: &'static str| {
        let _ = write!(out, "<{tag}>");
        open.push(tag);
    };
    match mark {
        Mark::LinkStart(href) => {
            out.push_str("<a");
            if let Some(url) = safe_url(href, base, false) {
                out.push_str(" href=\"");
                escape_html(out, &url);
                out.push('"');
            }
            out.push('>');
            open.push("a");
        }
        Mark::EmphasisStart => start(out, open, "em"),
        Mark::StrongStart => start(out, open, "strong"),
        Mark::CodeStart => start(out, open, "code"),
        Mark::LinkEnd => close(out, open, "a"),
        Mark::EmphasisEnd => close(out, open, "em"),
        Mark::StrongEnd => close(out, open, "strong"),
        Mark::CodeEnd => close(out, open, "code"),
        Mark::LineBreak => out.push_str("<br>"),
        Mark::Image { src, alt, srcset } => {
            if let Some(url) = safe_url(src, base, true) {
                out.push_str("<img src=\"");
                escape_html(out, &url);
                if let Some(srcset) = safe_srcset(srcset, base) {
                    out.push_str("\" srcset=\"");
                    escape_html(out, &srcset);
                }
                out.push_str("\" alt=\"");
                escape_html(out, alt);
                out.push_str("\">");
            }
        }
    }
}

/// Closes `tag` if it is open, with whatever was opened inside it.
fn close(out: &mut String, open: &mut Vec<&'static str>, tag: &'static str) {
    if !open.contains(&tag) {
        return;
    }
    while let Some(top) = open.pop() {
        let _ = write!(out, "</{top}>");
        if top == tag {
            break;
        }
    }
}

/// Appends text escaped for element content and for double- or single-quoted attributes.
pub(crate) fn escape_html(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
}

/// Markdown (CommonMark).
pub(super) fn markdown(groups: &[Group<'_>], base: Option<&Url>) -> String {
    let parts: Vec<String> = groups
        .iter()
        .map(|group| match group {
            Group::Single(block) => md_block(block, base),
            Group::List(events) => md_list(events, base),
            Group::Table { rows, .. } => md_table(rows, base),
            Group::Quote(blocks) => {
                let inner = join(blocks.iter().map(|b| md_block(b, base)), "\n\n");
                inner.lines().map(|l| if l.is_empty() { ">".to_owned() } else { format!("> {l}") }).collect::<Vec<_>>().join("\n")
            }
            Group::Figure { image, caption } => join([md_inline(image, base), md_block(caption, base)].into_iter(), "\n"),
        })
        .collect();
    join(parts.into_iter(), "\n\n")
}

fn md_block(block: &Block, base: Option<&Url>) -> String {
    match block.kind {
        BlockKind::Heading(level) => format!("{} {}", "#".repeat(usize::from(level.clamp(1, 6))), md_inline(block, base)),
        BlockKind::Preformatted => {
            let fence = "`".repeat(longest_backtick_run(&block.text).max(2) + 1);
            let language = block.language.as_deref().unwrap_or("");
            format!("{fence}{language}\n{}\n{fence}", block.text.trim_end_matches('\n'))
        }
        BlockKind::Caption => format!("*{}*", md_inline(block, base)),
        _ => md_inline(block, base),
    }
}

/// The longest run of backticks in `text`, so a fence can be longer.
fn longest_backtick_run(text: &str) -> usize {
    let (mut longest, mut run) = (0, 0);
    for c in text.chars() {
        run = if c == '`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    longest
}

/// One open list while writing Markdown: its numbering and where its items start.
struct MdLevel {
    ordered: bool,
    number: usize,
    /// Column of the items' markers.
    indent: usize,
    /// Column of the open item's content.
    content: usize,
}

/// A list as Markdown items, nested lists indented to their item's content column and
/// numbered from 1 each.
fn md_list(events: &[ListEvent<'_>], base: Option<&Url>) -> String {
    let mut out = String::new();
    let mut levels: Vec<MdLevel> = Vec::new();
    let mut marker: Option<String> = None;
    for event in events {
        match event {
            ListEvent::Open { ordered } => {
                let indent = levels.last().map_or(0, |l| l.content);
                levels.push(MdLevel { ordered: *ordered, number: 0, indent, content: indent });
            }
            ListEvent::Close { .. } => {
                levels.pop();
            }
            ListEvent::ItemStart => {
                let Some(level) = levels.last_mut() else { continue };
                if let Some(bare) = marker.take() {
                    push_line(&mut out, bare.trim_end());
                }
                level.number += 1;
                let text = if level.ordered { format!("{}. ", level.number) } else { "- ".to_owned() };
                level.content = level.indent + text.len();
                marker = Some(format!("{}{text}", " ".repeat(level.indent)));
            }
            ListEvent::ItemEnd => {}
            ListEvent::Content(block) => {
                let content = levels.last().map_or(0, |l| l.content);
                let text = md_inline(block, base).replace('\n', &format!("\n{}", " ".repeat(content)));
                match marker.take() {
                    Some(m) => push_line(&mut out, &format!("{m}{text}")),
                    None => push_line(&mut out, &format!("\n{}{text}", " ".repeat(content))),
                }
            }
        }
    }
    if let Some(bare) = marker {
        push_line(&mut out, bare.trim_end());
    }
    out
}

fn push_line(out: &mut String, line: &str) {
    if !out.is_empty() {
        out.push('\n');
    }
    out.push_str(line);
}

fn md_table(rows: &[Vec<&Block>], base: Option<&Url>) -> String {
    let width = rows.iter().map(Vec::len).max().unwrap_or(0);
    let mut lines = Vec::new();
    for (index, row) in rows.iter().enumerate() {
        let mut cells: Vec<String> = row.iter().map(|c| md_inline(c, base).replace('|', "\\|").replace('\n', " ")).collect();
        cells.resize(width, String::new());
        lines.push(format!("| {} |", cells.join(" | ")));
        if index == 0 {
            lines.push(format!("|{}", " --- |".repeat(width)));
        }
    }
    lines.join("\n")
}

fn md_inline(block: &Block, base: Option<&Url>) -> String {
    let mut out = String::new();
    let mut links: Vec<Option<String>> = Vec::new();
    for piece in pieces(block) {
        match piece {
            Piece::Text(run) => escape_markdown(&mut out, run),
            Piece::Mark(mark) => md_mark(&mut out, mark, &mut links, base),
        }
    }
    while let Some(link) = links.pop() {
        close_md_link(&mut out, link);
    }
    out.trim().to_owned()
}

fn md_mark(out: &mut String, mark: &Mark, links: &mut Vec<Option<String>>, base: Option<&Url>) {
    match mark {
        Mark::LinkStart(href) => {
            let url = safe_url(href, base, false);
            if url.is_some() {
                out.push('[');
            }
            links.push(url);
        }
        Mark::LinkEnd => {
            if let Some(link) = links.pop() {
                close_md_link(out, link);
            }
        }
        Mark::EmphasisStart | Mark::EmphasisEnd => out.push('*'),
        Mark::StrongStart | Mark::StrongEnd => out.push_str("**"),
        Mark::CodeStart | Mark::CodeEnd => out.push('`'),
        Mark::LineBreak => out.push_str("  \n"),
        Mark::Image { src, alt, .. } => {
            if let Some(url) = safe_url(src, base, true) {
                let _ = write!(out, "![{}](<{}>)", alt.replace([']', '['], ""), url.replace(['<', '>'], ""));
            }
        }
    }
}

fn close_md_link(out: &mut String, link: Option<String>) {
    if let Some(url) = link {
        let _ = write!(out, "](<{}>)", url.replace(['<', '>'], ""));
    }
}

fn escape_markdown(out: &mut String, text: &str) {
    let at_line_start = out.is_empty() || out.ends_with('\n');
    for (i, c) in text.chars().enumerate() {
        let start = i == 0 && at_line_start;
        if matches!(c, '\\' | '*' | '_' | '[' | ']' | '`' | '<' | '>') || (start && matches!(c, '#' | '-' | '+' | '=')) {
            out.push('\\');
        }
        out.push(c);
    }
}

#[cfg(test)]
mod tests {
    use crate::options::Formats;
    use crate::parse::{parse, Limits};
    use crate::rules::rules;
    use crate::segment::segment;
    use crate::serialize::{serialize, Body};

    fn body(html: &str, base: Option<&str>) -> Body {
        let limits = Limits { max_input_bytes: 1 << 20, max_nodes: 10_000 };
        let dom = parse(html, limits).unwrap_or_else(|e| unreachable!("{e}"));
        let segments = segment(&dom, rules());
        let all: Vec<usize> = (0..segments.blocks.len()).collect();
        serialize(&segments, &all, base, Formats::ALL)
    }

    #[test]
    fn text_separates_blocks_and_keeps_list_items_on_lines() {
        let b = body("<h2>Title</h2><p>One<br>two</p><ul><li>a</li><li>b</li></ul><table><tr><td>x</td><td>y</td></tr></table>", None);
        assert_eq!(b.text, "Title\n\nOne\ntwo\n\na\nb\n\nx | y");
    }

    #[test]
    fn html_is_allow_listed_and_links_resolve() {
        let b = body(
            "<p onclick='x()'>See <a href='/more' onmouseover='y()'>more</a> <a href='javascript:z()'>here</a><img src=a.png alt='A \"q\"'></p>",
            Some("https://example.com/news/"),
        );
        assert_eq!(
            b.html,
            "<p>See <a href=\"https://example.com/more\">more</a> <a>here</a><img src=\"https://example.com/news/a.png\" alt=\"A &quot;q&quot;\"></p>\n"
        );
    }

    #[test]
    fn nested_lists_nest_and_items_continue_after_them() {
        let b = body("<ul><li>a<ol><li>b</li><li>c</li></ol>d</li><li><ul><li>e</li></ul></li></ul>", None);
        assert_eq!(b.html, "<ul><li>a<ol><li>b</li><li>c</li></ol>d</li><li><ul><li>e</li></ul></li></ul>\n");
        assert_eq!(b.markdown, "- a\n  1. b\n  2. c\n\n  d\n-\n  - e");
        assert_eq!(b.text, "a\nb\nc\nd\ne");
    }

    #[test]
    fn markdown_renders_structure_and_escapes() {
        let b = body("<h2>Part *one*</h2><p>A <em>b</em> <a href='https://x.org'>c</a></p><ol><li>i</li><li>j</li></ol><pre>let x = 1;\n  y</pre>", None);
        assert_eq!(b.markdown, "## Part \\*one\\*\n\nA *b* [c](<https://x.org/>)\n\n1. i\n2. j\n\n```\nlet x = 1;\n  y\n```");
    }
}
