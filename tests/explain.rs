//! `Extractor::explain` and `Explanation::to_html`: navigation is cut by markup and the
//! story kept, the HTML page escapes the page's text and runs nothing, and its legend
//! counts what the explanation says.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use dechrome::{Explanation, Extractor};

const STORY: &str = r#"<html><head><title>Floods</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Floods close the valley roads</h1>
<p>It rained all day in the valley, and the river rose by a metre before dusk.</p>
<p>By night the roads to the north were closed, and the schools shut early.</p>
<p>The mayor wrote &lt;script&gt;alert("x")&lt;/script&gt; on the board, and "quotes" &amp; 'apostrophes' too.</p>
</article></body></html>"#;

fn explain() -> Explanation {
    Extractor::new().explain(STORY).unwrap()
}

/// The number in `<b class="NAME">N</b>` of the legend.
fn legend_count(html: &str, name: &str) -> usize {
    let open = format!(r#"<b class="{name}">"#);
    let start = html.find(&open).unwrap_or_else(|| panic!("no {name} in the legend")) + open.len();
    html[start..].split('<').next().unwrap().parse().unwrap()
}

#[test]
fn navigation_is_cut_by_markup_and_the_story_kept() {
    let explanation = explain();
    let nav = explanation.blocks.iter().find(|b| b.text.contains("Home")).unwrap();
    assert!(!nav.kept);
    assert_eq!(nav.reason, "cut as navigation by markup");
    for lede in ["It rained all day", "By night the roads", "The mayor wrote"] {
        let block = explanation.blocks.iter().find(|b| b.text.starts_with(lede)).unwrap();
        assert!(block.kept, "{lede}: {}", block.reason);
        assert_eq!(block.reason, "main content");
        assert_eq!(block.kind, "paragraph");
    }
}

#[test]
fn html_escapes_page_text_and_has_no_script() {
    let explanation = explain();
    assert!(explanation.blocks.iter().any(|b| b.text.contains(r#"<script>alert("x")</script>"#)));
    let html = explanation.to_html();
    assert!(!html.to_ascii_lowercase().contains("<script"));
    assert!(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"));
    assert!(html.contains("&quot;quotes&quot; &amp; &#39;apostrophes&#39;"));
    assert!(!html.contains("src=") && !html.contains("href="), "the page loads nothing");
}

#[test]
fn legend_counts_match_the_explanation() {
    let explanation = explain();
    let kept = explanation.blocks.iter().filter(|b| b.kept).count();
    let cut = explanation.blocks.len() - kept;
    assert!(kept >= 3 && cut >= 1);
    let html = explanation.to_html();
    assert_eq!(legend_count(&html, "kept-count"), kept);
    assert_eq!(legend_count(&html, "cut-count"), cut);
    // One block element per explained block, in page order.
    assert_eq!(html.matches(r#"<div class="b "#).count(), explanation.blocks.len());
    let per_reason: usize = html
        .split(r#"<b class="count">"#)
        .skip(1)
        .map(|rest| rest.split('<').next().unwrap().parse::<usize>().unwrap())
        .sum();
    assert_eq!(per_reason, explanation.blocks.len());
}

#[test]
fn bytes_are_decoded_before_explaining() {
    let bytes = b"<meta charset=windows-1252><article><p>Caf\xe9 owners in the valley said the river rose by a metre before dusk, and the roads shut.</p></article>";
    let explanation = Extractor::new().explain_bytes(bytes).unwrap();
    assert!(explanation.blocks.iter().any(|b| b.kept && b.text.starts_with("Café owners")));
}

#[test]
fn says_whether_the_rules_took_the_page_for_a_list_of_records() {
    let intro = "<p>Every pot on this shelf is thrown by hand in our workshop, fired twice, and glazed inside so that it holds water.</p>";
    let cards: String = (0..30).map(|i| format!("<li><h3><a href=\"/pots/{i}\">Terracotta pot number {i}</a></h3><p>$24.50</p><p>15 cm wide, 12 cm tall</p></li>")).collect();
    let listing = format!("<html><body><main><h1>Pots</h1><div class=intro>{intro}{intro}</div><ul>{cards}</ul></main></body></html>");
    let explanation = Extractor::new().explain(&listing).unwrap();
    assert!(explanation.records, "thirty cards of one shape after their introduction are a list of records");
    assert!(explanation.blocks.iter().any(|b| b.kept && b.text == "Terracotta pot number 17"));
    assert!(!explain().records, "a story is prose");
}
