//! The public API's promises: the clean HTML is safe to show, links are absolute when
//! the page URL is known, `Extractor` can be shared between threads, and the output is
//! the same, byte for byte, however often and wherever it is computed.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

mod common;

use std::collections::BTreeSet;

use common::elements;
use dechrome::{Article, Error, Extractor};


/// The `href` and `src` values in an HTML fragment.
fn urls(html: &str) -> BTreeSet<String> {
    elements(html)
        .into_iter()
        .flat_map(|(_, attrs)| attrs)
        .filter(|(name, _)| name == "href" || name == "src")
        .map(|(_, value)| value)
        .collect()
}

// ---------------------------------------------------------------------------------
// Clean HTML

const TRICKS: &str = r#"<!DOCTYPE html>
<html lang="en"><head><title>Harbour festival returns after two-year break</title></head>
<body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article>
<h1>Harbour festival returns after two-year break</h1>
<p>The harbour festival returns this weekend after a two-year break, with a fireworks display on Saturday night and a <a href="javascript:alert('link')">free programme</a> of music on the quay.<script>document.cookie = 'stolen=' + alert('script');</script> Organisers expect around twelve thousand visitors over the two days.</p>
<p onclick="alert('p')" onmouseover="alert('hover')" style="background:url(javascript:alert('style'))">Stalls will open at ten in the morning on both days, and the <a href=" JaVaScRiPt:alert('spaced')" onclick="alert('a')">full list of traders</a> is posted at the <a href="java&#x09;script:alert('tab')">harbour office</a>. <img src="stalls.jpg" onerror="alert('img')" alt="Stalls on the quay"> Parking on the seafront will be suspended from Friday evening until Monday morning.</p>
<p>The fireworks start at nine <svg onload="alert('svg')"><script>alert('svg script')</script></svg>and last twenty minutes; the best view is from the <a href="vbscript:msgbox('vb')">north pier</a>, which will be closed to vehicles. <iframe src="javascript:alert('iframe')" srcdoc="<script>alert('srcdoc')</script>"></iframe><a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">Local buses</a> will run every fifteen minutes until midnight on both days.</p>
<p><object data="javascript:alert('object')"></object><embed src="javascript:alert('embed')">Volunteers are still needed to steward the quay and the car parks, and anyone over eighteen can <a href="/volunteer" onfocus="alert('focus')" autofocus>sign up at the harbour office</a> before Thursday.<form action="javascript:alert('form')"><button formaction="javascript:alert('button')">Go</button></form></p>
<p>The festival committee thanked the council for its support.<math><mtext><table><mglyph><style><img src=x onerror=alert('math')></style></mglyph></table></mtext></math><noscript><p title="</noscript><img src=x onerror=alert('noscript')>">ok</p></noscript><base href="javascript:alert('base')//"><meta http-equiv="refresh" content="0;url=javascript:alert('meta')"> Last year's accounts show the event broke even for the first time.</p>
</article>
<footer><a href="/privacy">Privacy</a></footer>
</body></html>"#;

#[test]
fn clean_html_has_no_scripts_handlers_or_script_urls() {
    let article = dechrome::extract(TRICKS).unwrap();
    for prose in [
        "Organisers expect around twelve thousand visitors over the two days.",
        "Parking on the seafront will be suspended from Friday evening until Monday morning.",
        "free programme",
        "full list of traders",
        "Local buses will run every fifteen minutes until midnight on both days.",
        "sign up at the harbour office",
    ] {
        assert!(article.text.contains(prose), "the prose around the tricks must stay: missing {prose:?}\ntext: {}", article.text);
    }
    let lower = article.html.to_lowercase();
    for banned in [
        "<script", "<iframe", "<object", "<embed", "<svg", "<math", "<style", "<form", "<button", "<base", "<meta",
        "<noscript", "javascript:", "vbscript:", "data:text/html", "alert(",
    ] {
        if let Some(at) = lower.find(banned) {
            panic!("clean html contains {banned:?}: {}", common::context(&article.html, at, banned.len(), 60));
        }
    }
    for (tag, attrs) in elements(&article.html) {
        for (name, value) in attrs {
            assert!(!name.starts_with("on"), "<{tag}> keeps the handler {name}={value:?}");
            assert!(!matches!(name.as_str(), "style" | "srcdoc" | "formaction" | "action"), "<{tag}> keeps {name}={value:?}");
            let squeezed: String = value.chars().filter(|c| !c.is_ascii_whitespace() && !c.is_control()).collect::<String>().to_lowercase();
            for scheme in ["javascript:", "vbscript:", "data:"] {
                assert!(!squeezed.starts_with(scheme), "<{tag}> keeps {name}={value:?}");
            }
        }
    }
    for output in [&article.text, &article.markdown] {
        let lower = output.to_lowercase();
        for banned in ["javascript:", "vbscript:", "data:text/html", "alert(", "document.cookie"] {
            assert!(!lower.contains(banned), "{banned:?} in the output:\n{output}");
        }
    }
}

// ---------------------------------------------------------------------------------
// Links

const LINKS: &str = r#"<!DOCTYPE html>
<html><head><title>Roads reopen after the floods</title></head>
<body><article>
<h1>Roads reopen after the floods</h1>
<p>All but two of the roads closed by last week's floods reopened on Monday, the county council said, following <a href="/world/europe/story-2">the earlier report</a> that several bridges would need inspections before traffic could return.</p>
<figure><img src="images/flood.jpg" alt="A flooded road"><figcaption>The B1064 under water on Thursday.</figcaption></figure>
<p>The council's <a href="../sport/match.html">match-day travel advice</a> still applies at the weekend, and its <a href="notes.html#part-2">notes for drivers</a> list the diversions; older updates are on <a href="?page=2">the next page</a>.</p>
<p>Engineers published <a href="//cdn.example.net/files/report.pdf">the full inspection report</a>, and the <a href="https://other.example.org/x">river trust</a> asked readers to <a href="mailto:desk@news.example.com">write to the news desk</a> with photographs of damage that has not yet been reported.</p>
</article></body></html>"#;

#[test]
fn relative_links_resolve_against_the_page_url() {
    let article = Extractor::new().url("https://news.example.com/uk/2024/floods.html").extract(LINKS).unwrap();
    let found = urls(&article.html);
    for url in [
        "https://news.example.com/world/europe/story-2",
        "https://news.example.com/uk/sport/match.html",
        "https://news.example.com/uk/2024/notes.html#part-2",
        "https://news.example.com/uk/2024/floods.html?page=2",
        "https://cdn.example.net/files/report.pdf",
        "https://other.example.org/x",
        "mailto:desk@news.example.com",
        "https://news.example.com/uk/2024/images/flood.jpg",
    ] {
        assert!(found.contains(url), "{url} missing from the html's links: {found:?}");
        assert!(article.markdown.contains(url), "{url} missing from the markdown:\n{}", article.markdown);
    }
    let relative: Vec<&String> = found.iter().filter(|u| !u.starts_with("https://") && !u.starts_with("mailto:")).collect();
    assert!(relative.is_empty(), "links left relative: {relative:?}");
}

#[test]
fn base_href_takes_precedence_over_the_page_url() {
    let page = LINKS.replace("<head>", "<head><base href=\"https://static.example.org/assets/\">");
    let article = Extractor::new().url("https://news.example.com/uk/2024/floods.html").extract(&page).unwrap();
    let found = urls(&article.html);
    assert!(found.contains("https://static.example.org/world/europe/story-2"), "{found:?}");
    assert!(found.contains("https://static.example.org/assets/images/flood.jpg"), "{found:?}");

    let page = LINKS.replace("<head>", "<head><base href=\"/mirror/\">");
    let article = Extractor::new().url("https://news.example.com/uk/2024/floods.html").extract(&page).unwrap();
    let found = urls(&article.html);
    assert!(found.contains("https://news.example.com/mirror/images/flood.jpg"), "a relative base resolves against the page URL: {found:?}");
}

#[test]
fn without_a_page_url_relative_links_stay_as_written() {
    let article = dechrome::extract(LINKS).unwrap();
    let found = urls(&article.html);
    assert!(found.contains("/world/europe/story-2"), "{found:?}");
    assert!(found.contains("images/flood.jpg"), "{found:?}");
}

#[test]
fn the_page_url_is_the_article_url_unless_the_page_names_a_canonical_one() {
    let given = "https://news.example.com/uk/2024/floods.html?utm_source=feed";
    let article = Extractor::new().url(given).extract(LINKS).unwrap();
    assert_eq!(article.url.as_deref(), Some(given));

    let canonical = "https://news.example.com/uk/2024/floods.html";
    let page = LINKS.replace("<head>", &format!("<head><link rel=\"canonical\" href=\"{canonical}\">"));
    let article = Extractor::new().url(given).extract(&page).unwrap();
    assert_eq!(article.url.as_deref(), Some(canonical));
}

// ---------------------------------------------------------------------------------
// Threads and determinism

#[test]
fn a_page_hidden_until_its_scripts_run_is_read() {
    let story = "<p>It rained all day in the valley, and the river rose by a metre before dusk, so the roads to the north closed.</p>";
    let page = format!("<body><div style='visibility:hidden;min-height:100vh'><article>{story}{story}</article></div></body>");
    let article = dechrome::extract(&page).unwrap_or_else(|e| panic!("{e}"));
    assert!(article.text.starts_with("It rained all day"), "{}", article.text);
    let mixed = format!("<body><article>{story}<div style='display:none'><p>A hidden line of the old layout.</p></div></article></body>");
    let article = dechrome::extract(&mixed).unwrap_or_else(|e| panic!("{e}"));
    assert!(!article.text.contains("hidden line"), "hidden parts of a readable page stay hidden: {}", article.text);
    let thin = format!("<body><main><h2>Welcome back</h2><div style='display:none'>{story}{story}</div></main></body>");
    let article = dechrome::extract(&thin).unwrap_or_else(|e| panic!("{e}"));
    assert!(article.text.contains("It rained all day"), "a page that shows one line and hides its story is read whole: {}", article.text);
}

fn assert_send_sync_clone<T: Send + Sync + Clone + 'static>() {}
fn assert_error<T: std::error::Error + Send + Sync + 'static>() {}

#[test]
fn extractor_is_send_sync_clone() {
    assert_send_sync_clone::<Extractor>();
    assert_send_sync_clone::<Article>();
    assert_error::<Error>();
}

/// Every fixture page whose extraction succeeds, with its article.
fn fixture_articles() -> Vec<(String, String, Article)> {
    common::discover()
        .unwrap()
        .into_iter()
        .filter_map(|f| {
            let source = f.source().unwrap();
            dechrome::extract(&source).ok().map(|a| (f.slug, source, a))
        })
        .collect()
}

fn same_output(slug: &str, how: &str, first: &Article, again: &Article) -> Option<String> {
    for (form, a, b) in [("text", &first.text, &again.text), ("html", &first.html, &again.html), ("markdown", &first.markdown, &again.markdown)] {
        if a.as_bytes() != b.as_bytes() {
            let difference = common::first_difference(a, b).unwrap_or_else(|| "they differ in trailing whitespace".to_owned());
            return Some(format!("{slug}: {how}: the {form} changed\n  {difference}"));
        }
    }
    (first != again).then(|| format!("{slug}: {how}: the metadata changed\n  first: {first:?}\n  again: {again:?}"))
}

#[test]
fn repeated_runs_are_byte_identical() {
    let articles = fixture_articles();
    assert!(!articles.is_empty(), "no fixture extracted at all");
    let cloned = Extractor::new().clone();
    let mut problems = Vec::new();
    for (slug, source, first) in &articles {
        for run in 0..3 {
            let again = dechrome::extract(source).unwrap();
            problems.extend(same_output(slug, &format!("run {}", run + 2), first, &again));
        }
        problems.extend(same_output(slug, "a cloned Extractor", first, &cloned.extract(source).unwrap()));
        problems.extend(same_output(slug, "extract_bytes", first, &dechrome::extract_bytes(source.as_bytes()).unwrap()));
        let mut with_bom = b"\xef\xbb\xbf".to_vec();
        with_bom.extend_from_slice(source.as_bytes());
        problems.extend(same_output(slug, "extract_bytes with a BOM", first, &dechrome::extract_bytes(&with_bom).unwrap()));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn one_extractor_shared_between_threads_gives_the_same_output() {
    let articles = fixture_articles();
    let extractor = Extractor::new();
    let problems: Vec<String> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..4)
            .map(|_| {
                let (extractor, articles) = (&extractor, &articles);
                scope.spawn(move || {
                    articles
                        .iter()
                        .rev()
                        .filter_map(|(slug, source, first)| same_output(slug, "another thread", first, &extractor.extract(source).unwrap()))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles.into_iter().flat_map(|h| h.join().unwrap()).collect()
    });
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

// ---------------------------------------------------------------------------------
// Bytes

#[test]
fn declared_single_byte_charset_is_decoded() {
    let paragraph = "В Томске после трёх лет реставрации открылся для посетителей дом купца Голованова на улице Крылова, \
        один из самых известных памятников деревянного зодчества города.";
    let page = format!(
        "<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"windows-1251\"><title>Дом купца Голованова</title></head>\
         <body><article><h1>Дом купца Голованова</h1><p>{paragraph}</p><p>{paragraph}</p></article></body></html>"
    );
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1251.encode(&page);
    assert!(!unmappable);
    let article = dechrome::extract_bytes(&bytes).unwrap();
    assert!(article.text.contains(paragraph), "text: {:?}", article.text);
}

// ---------------------------------------------------------------------------------
// Output formats

#[test]
fn formats_left_out_are_empty_and_change_nothing_else() {
    for (slug, source, full) in fixture_articles() {
        let text_only = Extractor::new().html(false).markdown(false).extract(&source).unwrap();
        assert!(text_only.html.is_empty() && text_only.markdown.is_empty(), "{slug}");
        assert_eq!((&text_only.text, &text_only.title, &text_only.excerpt), (&full.text, &full.title, &full.excerpt), "{slug}");
        let markdown_only = Extractor::new().html(false).extract(&source).unwrap();
        assert_eq!((markdown_only.html.as_str(), &markdown_only.markdown), ("", &full.markdown), "{slug}");
    }
}

#[test]
fn plain_text_leaves_out_captions_and_credits_which_html_keeps() {
    let prose = "The council voted on Tuesday to close the old bridge, after engineers found the supports had rusted through.";
    let page = format!(
        "<article><h1>Bridge shut</h1><p>{prose}</p>\
         <div class=gallery><div class=slide><img src=/b.jpg><div class=caption>The bridge in 1931, the year it opened to traffic across the river.</div>\
         <span class=credit>Photo: A. Lens</span></div>\
         <div class=control-bar><span class=credit>Photo: A. Lens</span></div></div>\
         <figure><img src=/c.jpg><figcaption>Engineers at work.</figcaption></figure><p>{prose}</p></article>"
    );
    let article = dechrome::extract(&page).unwrap();
    for caption in ["The bridge in 1931, the year", "Photo: A. Lens", "Engineers at work."] {
        assert!(!article.text.contains(caption), "{caption:?} in {:?}", article.text);
        assert!(article.html.contains(caption), "{caption:?} not in {:?}", article.html);
    }
    assert_eq!(article.text.matches("rusted through").count(), 2);
    let kept = Extractor::new().captions_in_text(true).extract(&page).unwrap();
    assert!(kept.text.contains("The bridge in 1931, the year") && kept.text.contains("Engineers at work."), "{:?}", kept.text);
}
