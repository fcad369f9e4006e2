//! Robustness: no input makes `extract` panic, overflow the stack or invent text.
//!
//! - Property tests (proptest) over arbitrary strings, HTML-like strings built from a
//!   small tag alphabet, and random bytes with and without a declared charset.
//! - Every word of the output text occurs in the page's own text, for generated pages
//!   and for every fixture; re-extracting our own clean HTML gives the same text.
//! - 100,000-deep nesting of `<div>`, `<b>` and `<li>` finishes, on a thread with the
//!   default stack size, within [`DEEP_BUDGET`].
//! - Odd pages (empty, tagless, frameset, no `<body>`, NUL bytes) and the size limits.
//!
//! Case counts are kept modest (64 to 256) because every case is a full extraction in a
//! debug build; a failing case is saved to `tests/robustness.proptest-regressions` and
//! replayed first next time.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

mod common;

use std::sync::mpsc::{self, RecvTimeoutError};
use std::thread;
use std::time::{Duration, Instant};

use dechrome::{Error, Extractor};
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;

/// How long a 100,000-deep page may take, in a debug build on a loaded machine.
/// A linear pipeline needs a few seconds; a quadratic one needs many minutes.
const DEEP_BUDGET: Duration = Duration::from_secs(30);
/// How deep the deep pages nest.
const DEPTH: usize = 100_000;

const PROSE: &str = "The river rose by a metre before dusk, and by night the roads to the north were closed \
    while the schools in the valley shut early and sent the children home on the last buses.";

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource("proptest-regressions"))),
        ..ProptestConfig::default()
    }
}

// ---------------------------------------------------------------------------------
// Generators

/// Words, including phrases of the kind the extractor cuts and non-Latin scripts.
fn words() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => "[a-z]{1,9}",
        1 => "[A-Z][a-z]{2,8}[.,;:!?]?",
        1 => prop::sample::select(vec![
            "Support us", "Read more", "Remind me later.", "Lesen Sie auch", "Поддержите нас",
            "Czytaj także", "Faites un don", "médiathèque", "Straße", "日本語の文章", "🦊", "a\u{00a0}b",
            "O'Brien", "\"quoted\"", "1,234.5", "e-mail", "—", "|",
        ]).prop_map(str::to_owned),
    ]
}

/// A run of text: a sentence or a fragment of one.
fn text_run() -> impl Strategy<Value = String> {
    vec(words(), 1..40).prop_map(|w| w.join(" "))
}

fn tag_name() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "html", "head", "body", "title", "meta", "link", "script", "style", "noscript", "template",
        "div", "p", "span", "a", "b", "i", "em", "strong", "code", "pre", "blockquote", "q",
        "h1", "h2", "h3", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tr", "td", "th",
        "article", "main", "section", "header", "footer", "nav", "aside", "figure", "figcaption",
        "form", "input", "button", "select", "option", "textarea", "iframe", "svg", "math", "frameset",
        "frame", "font", "center", "br", "hr", "img", "wbr", "sup", "sub", "time", "address",
    ])
}

fn attribute() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "article-body", "content", "post", "entry-content", "share-bar", "comments", "related",
            "newsletter", "sidebar", "nav", "menu", "footer", "cookie-consent", "donation-box",
            "support-modal", "ad-slot", "hidden", "byline", "caption", "read-more",
        ])
        .prop_map(|c| format!(" class=\"{c}\"")),
        Just(" id=\"main\"".to_owned()),
        Just(" hidden".to_owned()),
        Just(" style=\"display:none\"".to_owned()),
        Just(" href=\"/relative/path\"".to_owned()),
        Just(" href=\"javascript:alert(1)\"".to_owned()),
        Just(" onclick=\"alert(1)\"".to_owned()),
        Just(" src=\"x.png\" alt=\"a picture\"".to_owned()),
        Just(" lang=\"de\"".to_owned()),
        Just(" class".to_owned()),
        Just(" =\"\"".to_owned()),
    ]
}

/// One token of an HTML-like page: text, a start or end tag, or an odd bit of markup.
fn token() -> impl Strategy<Value = String> {
    prop_oneof![
        5 => text_run(),
        4 => (tag_name(), vec(attribute(), 0..3)).prop_map(|(t, a)| format!("<{t}{}>", a.concat())),
        3 => tag_name().prop_map(|t| format!("</{t}>")),
        1 => prop::sample::select(vec![
            "<!DOCTYPE html>", "<!-- a comment -->", "<!--", "-->", "<![CDATA[x]]>", "<?php echo 1; ?>",
            "&amp;", "&nbsp;", "&#x1F98A;", "&#0;", "&#xD800;", "&bogus;", "&", "<", ">", "</", "<>",
            "<br>", "<br/>", "<p/>", "\u{0}", "\r\n", "\t", "<meta charset=\"windows-1251\">",
        ]).prop_map(str::to_owned),
    ]
}

/// Tokens run together, so tags often split words (`foo<b>bar</b>`).
fn html_like() -> impl Strategy<Value = String> {
    vec(token(), 0..150).prop_map(|tokens| tokens.concat())
}

/// Tokens with a space between each two. Dropping an element between two text runs
/// may then never glue words together, so every output word must be a word of the page.
fn spaced_html_like() -> impl Strategy<Value = String> {
    vec(token(), 0..60).prop_map(|tokens| tokens.join(" "))
}

/// A page that has some prose in an `<article>`, so that extraction usually succeeds
/// and the output-word property has something to check.
fn page_with_prose() -> impl Strategy<Value = String> {
    (spaced_html_like(), vec(vec(words(), 25..60), 1..5), spaced_html_like()).prop_map(|(before, paragraphs, after)| {
        let body: String = paragraphs.iter().map(|p| format!("<p>{}.</p>", p.join(" "))).collect();
        format!("<html><body>{before}<article>{body}</article>{after}</body></html>")
    })
}

fn charset_prefix() -> impl Strategy<Value = Vec<u8>> {
    let prefixes: Vec<&'static [u8]> = vec![
        b"",
        b"\xef\xbb\xbf",
        b"\xff\xfe",
        b"\xfe\xff",
        b"<meta charset=\"utf-8\">",
        b"<meta charset=windows-1251>",
        b"<meta charset='shift_jis'>",
        b"<meta charset=\"utf-16le\">",
        b"<meta charset=\"x-no-such-charset\">",
        b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">",
        b"<meta charset=",
    ];
    prop::sample::select(prefixes).prop_map(<[u8]>::to_vec)
}

// ---------------------------------------------------------------------------------
// Properties

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn arbitrary_strings_never_panic(page in any::<String>()) {
        let _ = dechrome::extract(&page);
    }

    #[test]
    fn random_bytes_never_panic(bytes in vec(any::<u8>(), 0..4096)) {
        let _ = dechrome::extract_bytes(&bytes);
    }
}

proptest! {
    #![proptest_config(config(128))]

    #[test]
    fn html_like_strings_never_panic(page in html_like()) {
        let _ = dechrome::extract(&page);
    }

    #[test]
    fn declared_charsets_over_random_bytes_never_panic(prefix in charset_prefix(), rest in vec(any::<u8>(), 0..2048)) {
        let mut bytes = prefix;
        bytes.extend_from_slice(&rest);
        let _ = dechrome::extract_bytes(&bytes);
    }
}

proptest! {
    #![proptest_config(config(64))]

    #[test]
    fn output_words_occur_in_the_input(page in page_with_prose()) {
        if let Ok(article) = dechrome::extract(&page) {
            let source_text = common::page_text(&page);
            let foreign = common::foreign_words(&article.text, &source_text);
            prop_assert!(foreign.is_empty(), "words in the output but not in the page: {:?}", foreign);
        }
    }

    #[test]
    fn pages_with_prose_extract_the_same_twice(page in page_with_prose()) {
        let first = dechrome::extract(&page);
        let second = dechrome::extract(&page);
        prop_assert_eq!(first, second);
    }
}

#[test]
fn fixture_output_words_occur_in_the_source() {
    let mut problems = Vec::new();
    for fixture in common::discover().unwrap() {
        let source = fixture.source().unwrap();
        let Ok(article) = dechrome::extract(&source) else { continue };
        let foreign = common::foreign_words(&article.text, &common::page_text(&source));
        if !foreign.is_empty() {
            problems.push(format!("{}: {:?}", fixture.slug, foreign));
        }
    }
    assert!(problems.is_empty(), "output words not found in the page's text:\n{}", problems.join("\n"));
}

/// Our clean HTML is an article page of its own: extracting it again must give the
/// same text, line for line, unless the fixture's `meta.json` says why it cannot
/// (`"reextraction"`: the first pass rested on a declaration the clean HTML lacks);
/// then it must differ, so that the note cannot go stale.
#[test]
fn re_extracting_the_clean_html_gives_the_same_text() {
    let mut problems = Vec::new();
    for fixture in common::discover().unwrap() {
        if common::known_gap(&fixture.slug).is_some() {
            continue;
        }
        let source = fixture.source().unwrap();
        let Ok(article) = dechrome::extract(&source) else { continue };
        let differs = fixture.reextraction_differs().unwrap();
        match (dechrome::extract(&article.html), differs) {
            (Err(e), None) => problems.push(format!("{}: re-extracting the html failed: {e:?}", fixture.slug)),
            (Ok(again), None) => {
                if let Some(difference) = common::first_difference(&article.text, &again.text) {
                    problems.push(format!("{}: {difference}", fixture.slug));
                }
            }
            // A fixture whose first pass rests on evidence the clean HTML lacks must
            // still show it, or its note is stale.
            (Ok(again), Some(reason)) if again.text == article.text => {
                problems.push(format!("{}: re-extraction gives the same text, yet meta.json says it cannot ({reason})", fixture.slug));
            }
            (_, Some(reason)) => eprintln!("fixture `{}`: re-extraction differs, as meta.json says: {reason}", fixture.slug),
        }
    }
    assert!(problems.is_empty(), "re-extraction changed the text (expected = first pass, actual = second):\n{}", problems.join("\n"));
}

// ---------------------------------------------------------------------------------
// Deep nesting

/// Runs `extract` on a thread with the default stack size and waits at most
/// [`DEEP_BUDGET`]. A stack overflow aborts the whole test binary, naming the thread.
fn extract_on_small_stack(name: &str, page: String) -> Result<dechrome::Article, Error> {
    let (sender, receiver) = mpsc::channel();
    let started = Instant::now();
    thread::Builder::new()
        .name(name.to_owned())
        .spawn(move || {
            let _ = sender.send(dechrome::extract(&page));
        })
        .unwrap();
    match receiver.recv_timeout(DEEP_BUDGET) {
        Ok(result) => result,
        Err(RecvTimeoutError::Timeout) => panic!(
            "{name}: extract did not finish within {DEEP_BUDGET:?}, where a pipeline linear in depth needs a few seconds"
        ),
        Err(RecvTimeoutError::Disconnected) => {
            panic!("{name}: extract panicked after {:?} (see the message above)", started.elapsed())
        }
    }
}

fn nested(open: &str, close: &str) -> String {
    let mut page = String::with_capacity((open.len() + close.len()) * DEPTH + PROSE.len() + 64);
    page.push_str("<!DOCTYPE html><html><body>");
    page.push_str(&open.repeat(DEPTH));
    page.push_str(PROSE);
    page.push_str(&close.repeat(DEPTH));
    page.push_str("</body></html>");
    page
}

fn assert_prose_found(name: &str, result: Result<dechrome::Article, Error>) {
    match result {
        Ok(article) => assert!(
            article.text.contains(PROSE),
            "{name}: the prose at the bottom is missing; text begins {:?}",
            article.text.chars().take(200).collect::<String>()
        ),
        Err(e) => panic!("{name}: expected the prose at the bottom, got Err({e:?})"),
    }
}

#[test]
fn deep_divs_finish() {
    let name = "100,000 nested <div>";
    assert_prose_found(name, extract_on_small_stack(name, nested("<div>", "</div>")));
}

#[test]
fn deep_bold_finishes() {
    let name = "100,000 nested <b>";
    assert_prose_found(name, extract_on_small_stack(name, nested("<b>", "</b>")));
}

#[test]
fn deep_list_items_finish() {
    // `<li><li>` would make siblings: each item needs its own list to nest.
    let name = "100,000 nested <ul><li>";
    assert_prose_found(name, extract_on_small_stack(name, nested("<ul><li>", "</li></ul>")));
}

// ---------------------------------------------------------------------------------
// Odd pages

#[test]
fn empty_and_blank_input_have_no_content() {
    for page in ["", " ", "\n\t\r\n", "<!DOCTYPE html>", "<!-- nothing -->", "<html></html>", "\u{feff}"] {
        assert_eq!(dechrome::extract(page).err(), Some(Error::NoContent), "page {page:?}");
        assert_eq!(dechrome::extract_bytes(page.as_bytes()).err(), Some(Error::NoContent), "bytes of {page:?}");
    }
}

#[test]
fn text_without_tags_is_the_article() {
    let page = format!("{PROSE}\n\n{PROSE}");
    let article = dechrome::extract(&page).unwrap();
    assert!(article.text.contains(PROSE), "text: {:?}", article.text);
}

#[test]
fn page_without_body_tag_is_read() {
    let page = format!("<!DOCTYPE html><html><head><title>Floods</title></head><p>{PROSE}</p><p>{PROSE}</p></html>");
    let article = dechrome::extract(&page).unwrap();
    assert!(article.text.contains(PROSE), "text: {:?}", article.text);
    let page = format!("<title>Floods</title><p>{PROSE}");
    let article = dechrome::extract(&page).unwrap();
    assert!(article.text.contains(PROSE), "text: {:?}", article.text);
}

#[test]
fn frameset_page_has_no_content() {
    let page = "<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01 Frameset//EN\"><html><head><title>Frames</title></head>\
        <frameset cols=\"25%,75%\"><frame src=\"menu.html\" name=\"menu\"><frame src=\"main.html\" name=\"main\"></frameset></html>";
    assert_eq!(dechrome::extract(page).err(), Some(Error::NoContent));
}

#[test]
fn nul_bytes_do_not_panic_or_leak() {
    let page = format!("<html>\0<body><article>\0<p>{PROSE}\0</p><p>\0{PROSE}</p></article>\0</body></html>");
    if let Ok(article) = dechrome::extract(&page) {
        assert!(!article.text.contains('\0'), "NUL in the text");
        assert!(!article.html.contains('\0'), "NUL in the html");
    }
    let mut bytes = page.into_bytes();
    bytes.extend_from_slice(b"\0\0\xff\xfe\0");
    let _ = dechrome::extract_bytes(&bytes);
}

#[test]
fn odd_markup_does_not_panic() {
    let long_word = "x".repeat(1 << 20);
    let many_attributes: String = (0..10_000).map(|i| format!(" data-a{i}=\"{i}\"")).collect();
    let pages = [
        format!("<div><p>{PROSE}<p>{PROSE}<table><tr><td>{PROSE}<ul><li>{PROSE}"),
        format!("<template><p>{PROSE}</p></template><svg><text>{PROSE}</text></svg><math><mi>{PROSE}</mi></math>"),
        format!("<p>&#0; &#xD800; &#x110000; &#1114112; &#xFFFE; &nosuch; &amp</p><p>{PROSE}</p>"),
        format!("<plaintext><p>{PROSE}</p>"),
        format!("<textarea><p>{PROSE}</p></textarea><select><option>{PROSE}</select>"),
        format!("<table><p>{PROSE}</p><tr><p>{PROSE}</p></table>"),
        format!("<p>{long_word}</p><p>{PROSE}</p>"),
        format!("<div{many_attributes}><p>{PROSE}</p></div>"),
        format!("<pre>\n\n   {PROSE}\n\t\n</pre>"),
        format!("<a href=\"{long_word}\">{PROSE}</a>"),
        "<p>\u{202e}\u{200b}\u{fffd}\u{1f98a} e\u{301} 🇬🇧 👩‍👩‍👧</p>".repeat(50),
    ];
    for page in &pages {
        let _ = dechrome::extract(page);
    }
}

// ---------------------------------------------------------------------------------
// Limits

#[test]
fn max_input_bytes_gives_input_too_large() {
    let page = format!("<html><body><article><p>{PROSE}</p></article></body></html>");
    let len = page.len();
    let tight = Extractor::new().max_input_bytes(len - 1);
    assert_eq!(tight.extract(&page).err(), Some(Error::InputTooLarge { len, limit: len - 1 }));
    assert_eq!(tight.extract_bytes(page.as_bytes()).err(), Some(Error::InputTooLarge { len, limit: len - 1 }));
    let exact = Extractor::new().max_input_bytes(len);
    assert!(!matches!(exact.extract(&page), Err(Error::InputTooLarge { .. })), "a page of exactly the limit is accepted");
    let zero = Extractor::new().max_input_bytes(0);
    assert_eq!(zero.extract("<p>x</p>").err(), Some(Error::InputTooLarge { len: 8, limit: 0 }));
}

#[test]
fn max_nodes_gives_too_many_nodes() {
    let page = format!("<html><body><article>{}</article></body></html>", format!("<p>{PROSE}</p>").repeat(100));
    assert_eq!(Extractor::new().max_nodes(50).extract(&page).err(), Some(Error::TooManyNodes { limit: 50 }));
    assert_eq!(Extractor::new().max_nodes(50).extract_bytes(page.as_bytes()).err(), Some(Error::TooManyNodes { limit: 50 }));
    assert_eq!(Extractor::new().max_nodes(0).extract(&page).err(), Some(Error::TooManyNodes { limit: 0 }));
    let roomy = Extractor::new().max_nodes(1_000).extract(&page);
    assert!(roomy.is_ok(), "a page under the limit extracts: {roomy:?}");
}

#[test]
fn huge_limits_and_odd_urls_do_not_panic() {
    let page = format!("<article><p>{PROSE} <a href=\"/more\">more</a></p></article>");
    for url in ["", "not a url", "::::", "javascript:alert(1)", "https://", "http://[::1", "file:///etc/passwd"] {
        let extractor = Extractor::new().url(url).max_input_bytes(usize::MAX).max_nodes(usize::MAX);
        let _ = extractor.extract(&page);
        let _ = extractor.extract_bytes(page.as_bytes());
    }
}

/// A 10 MB page of real-looking article blocks extracts, whole, without error.
#[test]
fn ten_megabyte_page_extracts() {
    let paragraph = "<p>The river rose by a metre before dusk, and by night the roads to the north were closed while the schools shut early.</p>\n";
    let nav = "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>\n";
    let mut page = String::from("<html><body>");
    page.push_str(nav);
    page.push_str("<article>");
    while page.len() < 10 << 20 {
        page.push_str(paragraph);
    }
    page.push_str("</article></body></html>");
    let article = dechrome::extract(&page).unwrap();
    let kept = article.text.matches("The river rose").count();
    assert_eq!(kept, page.matches("<p>").count(), "every paragraph of the 10 MB page is kept");
    assert!(!article.text.contains("Home"));
}
