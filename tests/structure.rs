//! The article's structure survives into the clean HTML and the Markdown: nested
//! lists nest, a table's header row stays a header, a figure keeps its caption, lazy
//! and `srcset` images get a real source, and code keeps its fence and language. The
//! HTML never holds a tag or attribute outside the allow-list.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

mod common;

use common::elements;
use dechrome::{Article, Extractor};

/// The tags the clean HTML may hold (`html`, `head` and `body` come from parsing it).
const TAGS: &[&str] = &[
    "a", "blockquote", "body", "br", "code", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "head", "html", "img", "li",
    "ol", "p", "pre", "strong", "table", "tbody", "td", "th", "thead", "tr", "ul",
];

/// The attributes the clean HTML may hold.
const ATTRIBUTES: &[&str] = &["alt", "href", "src", "srcset"];

const PAGE_URL: &str = "https://blog.example.org/notes/2024/structure.html";

/// A page whose article is two paragraphs of prose around `inner`.
fn page(inner: &str) -> String {
    format!(
        r#"<!DOCTYPE html><html lang="en"><head><title>Keeping the garden through a dry summer</title></head>
<body><nav><a href="/">Home</a> <a href="/garden">Garden</a></nav>
<article><h1>Keeping the garden through a dry summer</h1>
<p>The summer was the driest in forty years, and the garden showed it by July: the lawn went brown, the beans stopped flowering, and the water butts were empty within a week of the last rain.</p>
{inner}
<p>None of this needs special equipment, only a little planning in spring, and most of it costs nothing at all once the beds are mulched and the butts are connected to the downpipes.</p>
</article><footer><a href="/privacy">Privacy</a></footer></body></html>"#
    )
}

fn extract(inner: &str) -> Article {
    Extractor::new().url(PAGE_URL).extract(&page(inner)).unwrap()
}


/// Fails unless the HTML holds allow-listed tags and attributes only, with every URL
/// absolute http(s) (or mailto for links).
fn assert_allow_listed(html: &str) {
    for (tag, attrs) in elements(html) {
        assert!(TAGS.contains(&tag.as_str()), "<{tag}> is not allow-listed:\n{html}");
        for (name, value) in attrs {
            assert!(ATTRIBUTES.contains(&name.as_str()), "<{tag}> keeps {name}={value:?}:\n{html}");
            let urls: Vec<&str> = match name.as_str() {
                "href" | "src" => vec![value.as_str()],
                "srcset" => value.split(", ").map(|c| c.split(' ').next().unwrap_or("")).collect(),
                _ => vec![],
            };
            for url in urls {
                assert!(url.starts_with("https://") || url.starts_with("http://") || url.starts_with("mailto:"), "<{tag}> {name} {url:?}:\n{html}");
            }
        }
    }
}

const NESTED_LISTS: &str = r#"<p>What we changed, in the order we changed it, with the details that mattered most:</p>
<ol>
  <li>Water at dawn
    <ul>
      <li>the soil is cool</li>
      <li>less is lost to the sun
        <ol><li>about a third</li><li>more on sandy beds</li></ol>
      </li>
    </ul>
  </li>
  <li>Mulch every bed</li>
  <li>Collect rain from every roof</li>
</ol>"#;

#[test]
fn nested_lists_nest_in_html() {
    let article = extract(NESTED_LISTS);
    let expected = "<ol><li>Water at dawn<ul><li>the soil is cool</li><li>less is lost to the sun<ol><li>about a third</li><li>more on sandy beds</li></ol></li></ul></li><li>Mulch every bed</li><li>Collect rain from every roof</li></ol>";
    assert!(article.html.contains(expected), "{}", article.html);
    assert_allow_listed(&article.html);
}

#[test]
fn nested_lists_indent_in_markdown_and_stay_flat_in_text() {
    let article = extract(NESTED_LISTS);
    let expected = "1. Water at dawn\n   - the soil is cool\n   - less is lost to the sun\n     1. about a third\n     2. more on sandy beds\n2. Mulch every bed\n3. Collect rain from every roof";
    assert!(article.markdown.contains(expected), "{}", article.markdown);
    let text = "Water at dawn\nthe soil is cool\nless is lost to the sun\nabout a third\nmore on sandy beds\nMulch every bed\nCollect rain from every roof";
    assert!(article.text.contains(text), "{}", article.text);
}

#[test]
fn separate_lists_stay_separate() {
    let article = extract("<ul><li>Rain butts</li><li>Mulch</li></ul><p>Then, a month later, the second round of work began in earnest across the beds.</p><ol><li>Beans</li><li>Peas</li></ol>");
    assert!(article.html.contains("<ul><li>Rain butts</li><li>Mulch</li></ul>"), "{}", article.html);
    assert!(article.html.contains("<ol><li>Beans</li><li>Peas</li></ol>"), "{}", article.html);
    assert!(article.markdown.contains("- Rain butts\n- Mulch"), "{}", article.markdown);
    assert!(article.markdown.contains("1. Beans\n2. Peas"), "{}", article.markdown);
}

#[test]
fn first_row_of_th_cells_is_the_table_header() {
    let article = extract(
        "<table><tr><th>Bed</th><th>Water per week</th></tr><tr><td>Beans</td><td>20 litres</td></tr><tr><td>Lawn</td><td>none</td></tr></table>",
    );
    let expected = "<table><thead><tr><th>Bed</th><th>Water per week</th></tr></thead><tbody><tr><td>Beans</td><td>20 litres</td></tr><tr><td>Lawn</td><td>none</td></tr></tbody></table>";
    assert!(article.html.contains(expected), "{}", article.html);
    assert!(article.markdown.contains("| Bed | Water per week |\n| --- | --- |\n| Beans | 20 litres |\n| Lawn | none |"), "{}", article.markdown);
    assert!(article.text.contains("Bed | Water per week\nBeans | 20 litres"), "{}", article.text);
    assert_allow_listed(&article.html);
}

#[test]
fn table_without_th_has_no_header() {
    let article = extract("<table><tr><td>Beans</td><td>20 litres</td></tr><tr><td>Lawn</td><td>none</td></tr></table>");
    assert!(!article.html.contains("<thead>") && !article.html.contains("<th>"), "{}", article.html);
    assert!(article.html.contains("<tbody><tr><td>Beans</td>"), "{}", article.html);
}

#[test]
fn figure_keeps_its_caption_in_html_and_markdown_but_not_in_text() {
    let article = extract(r#"<figure><img src="/img/beds.jpg" alt="Mulched beds"><figcaption>The beds in <em>August</em>, after mulching.</figcaption></figure>"#);
    let expected = r#"<figure><img src="https://blog.example.org/img/beds.jpg" alt="Mulched beds"><figcaption>The beds in <em>August</em>, after mulching.</figcaption></figure>"#;
    assert!(article.html.contains(expected), "{}", article.html);
    let md = "![Mulched beds](<https://blog.example.org/img/beds.jpg>)\n*The beds in *August*, after mulching.*";
    assert!(article.markdown.contains(md), "{}", article.markdown);
    assert!(!article.text.contains("after mulching"), "{}", article.text);
    assert_allow_listed(&article.html);
}

#[test]
fn lazy_images_take_their_real_source() {
    let article = extract(
        r#"<p>The water butt, before and after. <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="img/butt.jpg" alt="Butt"></p>
<p>The downpipe connector, fitted in an afternoon. <img src="/static/placeholder.png" data-srcset="img/pipe-400.jpg 400w, img/pipe-1200.jpg 1200w, img/pipe-800.jpg 800w" alt="Pipe"></p>"#,
    );
    assert!(article.html.contains(r#"<img src="https://blog.example.org/notes/2024/img/butt.jpg" alt="Butt">"#), "{}", article.html);
    let srcset = "https://blog.example.org/notes/2024/img/pipe-400.jpg 400w, https://blog.example.org/notes/2024/img/pipe-1200.jpg 1200w, https://blog.example.org/notes/2024/img/pipe-800.jpg 800w";
    let pipe = format!(r#"<img src="https://blog.example.org/notes/2024/img/pipe-1200.jpg" srcset="{srcset}" alt="Pipe">"#);
    assert!(article.html.contains(&pipe), "{}", article.html);
    assert!(article.markdown.contains("![Pipe](<https://blog.example.org/notes/2024/img/pipe-1200.jpg>)"), "{}", article.markdown);
    assert!(!article.html.contains("data:") && !article.html.contains("placeholder"), "{}", article.html);
    assert_allow_listed(&article.html);
}

#[test]
fn srcset_density_candidates_and_unsafe_urls() {
    let article = extract(
        r#"<p>The beans recovered by September. <img srcset="/b/beans.jpg, /b/beans@2x.jpg 2x, javascript:alert(1) 3x, /b/odd.jpg 12q" alt="Beans"></p>"#,
    );
    let expected = r#"<img src="https://blog.example.org/b/beans@2x.jpg" srcset="https://blog.example.org/b/beans.jpg, https://blog.example.org/b/beans@2x.jpg 2x" alt="Beans">"#;
    assert!(article.html.contains(expected), "{}", article.html);
    assert!(!article.html.contains("javascript") && !article.html.contains("odd.jpg"), "{}", article.html);
    assert_allow_listed(&article.html);
}

#[test]
fn picture_sources_stand_in_for_a_missing_src() {
    let article = extract(
        r#"<p>The peas on the north fence. <picture><source type="image/webp" srcset="/p/peas-small.webp 480w, /p/peas-large.webp 1600w"><img alt="Peas"></picture></p>"#,
    );
    assert!(article.html.contains(r#"<img src="https://blog.example.org/p/peas-large.webp" alt="Peas">"#), "{}", article.html);
    assert_allow_listed(&article.html);
}

const CODE: &str = r#"<p>The timer for the drip line is a one-line cron entry on the shed's old laptop:</p>
<pre><code class="hljs language-Shell">0 5 * * * /usr/local/bin/drip --minutes 20 &lt;beds.txt
# ```fenced``` in a comment</code></pre>"#;

#[test]
fn pre_code_renders_escaped_in_html() {
    let article = extract(CODE);
    let expected = "<pre><code>0 5 * * * /usr/local/bin/drip --minutes 20 &lt;beds.txt\n# ```fenced``` in a comment</code></pre>";
    assert!(article.html.contains(expected), "{}", article.html);
    assert!(!article.html.contains("<code><code>") && !article.html.contains("class="), "{}", article.html);
    assert_allow_listed(&article.html);
}

#[test]
fn pre_code_fences_in_markdown_with_its_language() {
    let article = extract(CODE);
    let expected = "````shell\n0 5 * * * /usr/local/bin/drip --minutes 20 <beds.txt\n# ```fenced``` in a comment\n````";
    assert!(article.markdown.contains(expected), "{}", article.markdown);
    let plain = extract("<p>Without a language the fence is bare, as the notes for last year's timer show:</p><pre>drip --minutes 15</pre>");
    assert!(plain.markdown.contains("```\ndrip --minutes 15\n```"), "{}", plain.markdown);
    assert!(plain.html.contains("<pre><code>drip --minutes 15</code></pre>"), "{}", plain.html);
}

#[test]
fn everything_together_stays_allow_listed() {
    let inner = format!(
        "{NESTED_LISTS}{CODE}<blockquote><p>Water the roots, not the leaves, and water less often but deeply.</p></blockquote>\
         <table><thead><tr><th>Bed</th><th>Litres</th></tr></thead><tbody><tr><td>Beans</td><td>20</td></tr></tbody></table>\
         <figure><img data-lazy-src='/f.jpg' srcset='/f-1x.jpg 1x, /f-2x.jpg 2x' alt='F' style='x' class='y' width='10'><figcaption>Fig</figcaption></figure>"
    );
    let article = extract(&inner);
    assert_allow_listed(&article.html);
    assert!(article.html.contains("<thead><tr><th>Bed</th><th>Litres</th></tr></thead>"), "{}", article.html);
    assert!(article.html.contains("<figure><img src=\"https://blog.example.org/f.jpg\""), "{}", article.html);
}
