//! The three writers: plain text, clean HTML, Markdown. Each walks the same groups.

use std::fmt::Write;

use url::Url;

use super::{pieces, safe_url, Group, Piece};
use crate::segment::{Block, BlockKind, Mark};

/// Plain text: blocks separated by a blank line, list items and table rows by a newline.
pub(super) fn text(groups: &[Group<'_>]) -> String {
    let parts: Vec<String> = groups
        .iter()
        .map(|group| match group {
            Group::Single(block) => plain(block),
            Group::List { items, .. } => join(items.iter().map(|b| plain(b)), "\n"),
            Group::Table(rows) => join(rows.iter().map(|row| join(row.iter().map(|b| plain(b)), " | ")), "\n"),
            Group::Quote(blocks) => join(blocks.iter().map(|b| plain(b)), "\n\n"),
        })
        .collect();
    join(parts.into_iter(), "\n\n")
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
            Group::List { ordered, items } => {
                let tag = if *ordered { "ol" } else { "ul" };
                let _ = write!(out, "<{tag}>");
                for item in items {
                    out.push_str("<li>");
                    html_inline(&mut out, item, base);
                    out.push_str("</li>");
                }
                let _ = writeln!(out, "</{tag}>");
            }
            Group::Table(rows) => {
                out.push_str("<table>");
                for row in rows {
                    out.push_str("<tr>");
                    for cell in row {
                        out.push_str("<td>");
                        html_inline(&mut out, cell, base);
                        out.push_str("</td>");
                    }
                    out.push_str("</tr>");
                }
                out.push_str("</table>\n");
            }
            Group::Quote(blocks) => {
                out.push_str("<blockquote>");
                for block in blocks {
                    html_block(&mut out, block, base);
                }
                out.push_str("</blockquote>\n");
            }
        }
    }
    out
}

fn html_block(out: &mut String, block: &Block, base: Option<&Url>) {
    let (open, close) = match block.kind {
        BlockKind::Heading(level) => (format!("<h{level}>"), format!("</h{level}>")),
        BlockKind::Preformatted => ("<pre>".to_owned(), "</pre>".to_owned()),
        BlockKind::Caption => ("<figure><figcaption>".to_owned(), "</figcaption></figure>".to_owned()),
        _ => ("<p>".to_owned(), "</p>".to_owned()),
    };
    out.push_str(&open);
    html_inline(out, block, base);
    out.push_str(&close);
    out.push('\n');
}

/// Inline content; marks left open by the page are closed at the block's end.
fn html_inline(out: &mut String, block: &Block, base: Option<&Url>) {
    let mut open: Vec<&'static str> = Vec::new();
    for piece in pieces(block) {
        match piece {
            Piece::Text(run) => escape_html(out, run),
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
        Mark::Image { src, alt } => {
            if let Some(url) = safe_url(src, base, true) {
                out.push_str("<img src=\"");
                escape_html(out, &url);
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

fn escape_html(out: &mut String, text: &str) {
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
            Group::List { ordered, items } => {
                let bullet = |i: usize| if *ordered { format!("{}. ", i + 1) } else { "- ".to_owned() };
                join(items.iter().enumerate().map(|(i, b)| format!("{}{}", bullet(i), md_inline(b, base))), "\n")
            }
            Group::Table(rows) => md_table(rows, base),
            Group::Quote(blocks) => {
                let inner = join(blocks.iter().map(|b| md_block(b, base)), "\n\n");
                inner.lines().map(|l| if l.is_empty() { ">".to_owned() } else { format!("> {l}") }).collect::<Vec<_>>().join("\n")
            }
        })
        .collect();
    join(parts.into_iter(), "\n\n")
}

fn md_block(block: &Block, base: Option<&Url>) -> String {
    match block.kind {
        BlockKind::Heading(level) => format!("{} {}", "#".repeat(usize::from(level.clamp(1, 6))), md_inline(block, base)),
        BlockKind::Preformatted => {
            let fence = if block.text.contains("```") { "~~~~" } else { "```" };
            format!("{fence}\n{}\n{fence}", block.text.trim_end_matches('\n'))
        }
        BlockKind::Caption => format!("*{}*", md_inline(block, base)),
        _ => md_inline(block, base),
    }
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
        Mark::Image { src, alt } => {
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
    use crate::parse::{parse, Limits};
    use crate::rules::rules;
    use crate::segment::segment;
    use crate::serialize::{serialize, Body};

    fn body(html: &str, base: Option<&str>) -> Body {
        let limits = Limits { max_input_bytes: 1 << 20, max_nodes: 10_000 };
        let dom = parse(html, limits).unwrap_or_else(|e| unreachable!("{e}"));
        let segments = segment(&dom, rules());
        let all: Vec<usize> = (0..segments.blocks.len()).collect();
        serialize(&segments, &all, base)
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
    fn markdown_renders_structure_and_escapes() {
        let b = body("<h2>Part *one*</h2><p>A <em>b</em> <a href='https://x.org'>c</a></p><ol><li>i</li><li>j</li></ol><pre>let x = 1;\n  y</pre>", None);
        assert_eq!(b.markdown, "## Part \\*one\\*\n\nA *b* [c](<https://x.org/>)\n\n1. i\n2. j\n\n```\nlet x = 1;\n  y\n```");
    }
}
