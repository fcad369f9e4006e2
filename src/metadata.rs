//! Page metadata beside the pipeline: title, authors, dates, site, language, excerpt,
//! canonical URL, lead image, and the base URL for resolving links.
//!
//! Input: the parsed page and the URL the caller gave for it. Output: [`Metadata`],
//! every string entity-decoded and whitespace-collapsed, every URL absolute http(s).
//!
//! One walk over the DOM ([`collect`]) gathers candidates from `<meta>` tags, links,
//! `<title>`, `<html lang>`, `<base href>`, JSON-LD ([`jsonld`]), `<time>`, microdata,
//! `rel=author` links and byline-classed elements. Each candidate carries a rank; for
//! each field the best-ranked candidate that survives cleaning wins, page order breaking
//! ties and a `property` attribute beating a `name` one. The order, best first:
//!
//! 1. JSON-LD article objects (`headline`, `author`, `datePublished`, `publisher`, ...);
//!    `<link rel=canonical>` for the URL; `<html lang>` for the language.
//! 2. Dublin Core (`dc.*`, `dcterms.*`); `http-equiv=content-language`.
//! 3. OpenGraph and its `article:*` tags, `og:locale`; then `meta name=description`.
//! 4. Twitter cards; then JSON-LD images, URLs and languages, and `rel=image_src`.
//! 5. Plain meta names (`author`, `date`, `title`, `language`); then Parse.ly.
//! 6. JSON-LD web page objects (and a `WebSite`'s name); then microdata.
//! 7. `<time pubdate>`; `rel=author` link text; then the first `<time datetime>` and
//!    the first byline-classed element.
//!
//! The title is picked apart from this order by [`title`], which also weighs the
//! `<title>`, the first `<h1>` and the site's names. Authors are the names of the best
//! source that has any ([`authors`]). Dates are ISO 8601 when readable ([`date`]).
//! `base_url` is `<base href>` resolved against the page URL, else the page URL; `url`
//! and `image` resolve against it, and `url` falls back on the page URL.

mod authors;
mod collect;
mod date;
mod entities;
mod jsonld;
mod title;

use url::Url;

pub(crate) use collect::{declares, Collector};

/// What the page says about itself.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Metadata {
    pub(crate) title: Option<String>,
    pub(crate) authors: Vec<String>,
    pub(crate) published: Option<String>,
    pub(crate) modified: Option<String>,
    pub(crate) site_name: Option<String>,
    pub(crate) lang: Option<String>,
    pub(crate) excerpt: Option<String>,
    pub(crate) url: Option<String>,
    pub(crate) image: Option<String>,
    /// The URL relative links resolve against: `<base href>` over the page URL.
    pub(crate) base_url: Option<String>,
    /// The page declares itself a discussion (a forum thread, a question and its
    /// answers) by its schema.org type, in JSON-LD or microdata.
    pub(crate) discussion: bool,
    /// The page declares itself a question page (schema.org `QAPage`) and marks up its
    /// answers where they stand (microdata `Answer` items): a discussion whose
    /// comments, under the question and the answers, stay chrome. (A forum that
    /// declares its replies as answers in JSON-LD only may show them as comments.)
    pub(crate) question: bool,
    /// The page declares itself an article (`og:type`, or a JSON-LD article type).
    pub(crate) article: bool,
    /// The page declares itself a product (`og:type`, JSON-LD or microdata).
    pub(crate) product: bool,
}

/// A schema.org type without its vocabulary prefix: `https://schema.org/QAPage` and
/// `schema:QAPage` are `QAPage`.
fn short_type(name: &str) -> &str {
    name.rsplit(['/', ':']).next().unwrap_or(name)
}

/// Reads the page's metadata (in one walk of its own; `lib.rs` shares the walk with
/// segmentation, through [`Collector`] and [`finish`]).
#[cfg(test)]
pub(crate) fn metadata(dom: &crate::dom::Dom, page_url: Option<&str>) -> Metadata {
    let mut collector = Collector::default();
    dom.walk(&mut collector);
    finish(collector, page_url)
}

/// The page's metadata, from what the walk collected.
pub(crate) fn finish(collector: Collector, page_url: Option<&str>) -> Metadata {
    assemble(collector.into_page(), page_url)
}

// Source ranks: lower wins. The numbers only order; the gaps leave room between sources.
/// JSON-LD article objects.
const JSONLD: u8 = 0;
/// `<link rel=canonical>`, `<html lang>`.
const FIRST: u8 = 1;
/// Dublin Core; `http-equiv=content-language`; `xml:lang`.
const DUBLIN_CORE: u8 = 2;
/// OpenGraph, `article:*`.
const OPEN_GRAPH: u8 = 4;
/// `meta name=description`, between OpenGraph and Twitter.
const DESCRIPTION: u8 = 5;
/// Twitter cards; `og:updated_time`.
const TWITTER: u8 = 6;
/// JSON-LD article images, URLs and languages; `rel=image_src`.
const AFTER_CARDS: u8 = 7;
/// Plain meta names.
const META_NAME: u8 = 8;
/// Parse.ly, Sailthru, the NYT's `byl`.
const PARSELY: u8 = 10;
/// JSON-LD web page objects, a `WebSite`'s name.
const JSONLD_PAGE: u8 = 12;
/// Microdata `itemprop`s.
const MICRODATA: u8 = 14;
/// `<time pubdate>`; `rel=author` links are one below.
const MARKUP: u8 = 16;
/// The first `<time datetime>`; byline-classed elements.
const LAST: u8 = 18;

/// Longest site name kept, in characters; longer values are taglines or prose.
const MAX_SITE_NAME_CHARS: usize = 200;
/// Longest title kept, in characters.
const MAX_TITLE_CHARS: usize = 500;
/// Longest date text kept, in characters.
const MAX_DATE_CHARS: usize = 100;

/// A metadata field a candidate value is offered for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Title,
    Author,
    Published,
    Modified,
    SiteName,
    Description,
    Image,
    Url,
    Lang,
}

/// A value the page offers for one field.
#[derive(Debug, Clone)]
struct Candidate {
    field: Field,
    rank: u8,
    /// Read from a `name` attribute, which loses to the same key in `property`.
    by_name: bool,
    value: String,
}

impl Candidate {
    fn new(field: Field, rank: u8, value: String) -> Self {
        Self { field, rank, by_name: false, value }
    }
}

/// A page with this many replies marked up as `Comment` items is a discussion,
/// whatever else it declares: a thread whose engine types its posts, not its page,
/// and calls the page an article. (Two aeb blog posts mark up their comments so; their
/// output is unchanged, the comments lying outside the story's region. A story whose
/// comments sat inside it would keep them.)
const MIN_COMMENT_ITEMS: usize = 3;

/// A page marks up at most this many products (in one source, microdata or JSON-LD)
/// when it is the page of one: the product and a variant, or the product twice. A
/// shop's category or an article's "shop the look" strip marks up one per card.
const MAX_DECLARED_PRODUCTS: usize = 2;

/// Whether this many product items make the page a product's own.
fn declares_product(items: usize) -> bool {
    (1..=MAX_DECLARED_PRODUCTS).contains(&items)
}

/// A product's page has at most this many add-to-cart controls (a form, its button,
/// a copy in a sticky bar, one under a "bought together" pair); a shelf has one a card.
const MAX_CART_CONTROLS: usize = 6;

/// Whether this many add-to-cart controls make the page a product's own, when its
/// markup declares nothing.
fn sells_one(controls: usize) -> bool {
    (1..=MAX_CART_CONTROLS).contains(&controls)
}

/// Picks each field's value from the candidates.
fn assemble(mut page: collect::Page, page_url: Option<&str>) -> Metadata {
    let jsonld = jsonld::read(&page.scripts);
    page.found.extend(jsonld.found);
    let discussion = page.discussion || jsonld.discussion || page.comments + jsonld.comments >= MIN_COMMENT_ITEMS;
    let question = (page.question || jsonld.question) && page.answers > 0;
    let article = page.article || jsonld.article;
    let listing = page.listing || jsonld.listing;
    let declared = declares_product(page.products) || declares_product(jsonld.products);
    let product = page.product || (!listing && (declared || sells_one(page.cart_controls)));
    page.found.sort_by_key(|c| (c.rank, c.by_name));
    let base = base_url(page.base_href.as_deref(), page_url);
    let base_url = base.as_ref().map(Url::to_string).or_else(|| page_url.map(str::to_owned));
    let found = &page.found;
    let site_name = best(found, Field::SiteName, |v| short_text(v, MAX_SITE_NAME_CHARS));
    let h1 = page.h1.as_deref().map(tidy);
    let meta_titles = best_source(found, Field::Title, |v| short_text(v, MAX_TITLE_CHARS));
    let doc_title = page.doc_title.as_deref().map(tidy).filter(|t| !t.is_empty());
    let host = base.as_ref().and_then(Url::host_str).map(|h| h.trim_start_matches("www.").to_owned());
    let sites: Vec<&str> = site_name.iter().chain(host.iter()).map(String::as_str).collect();
    Metadata {
        title: title::choose(meta_titles, doc_title, h1.as_deref(), &sites),
        authors: authors::authors(found),
        published: best(found, Field::Published, clean_date),
        modified: best(found, Field::Modified, clean_date),
        site_name,
        lang: best(found, Field::Lang, clean_lang),
        excerpt: best(found, Field::Description, |v| Some(tidy(v)).filter(|t| !t.is_empty())),
        url: best(found, Field::Url, |v| resolve(base.as_ref(), v)).or_else(|| page_url.map(str::to_owned)),
        image: best(found, Field::Image, |v| resolve(base.as_ref(), v)),
        base_url,
        discussion,
        question,
        article,
        product,
    }
}

/// The first candidate for `field`, in rank order, that survives `clean`.
fn best(found: &[Candidate], field: Field, clean: impl Fn(&str) -> Option<String>) -> Option<String> {
    found.iter().filter(|c| c.field == field).find_map(|c| clean(&c.value))
}

/// The values of the best source (rank and attribute kind) for `field` that has any
/// surviving `clean`.
fn best_source(found: &[Candidate], field: Field, clean: impl Fn(&str) -> Option<String>) -> Vec<String> {
    let mut source = None;
    let mut values = Vec::new();
    for candidate in found.iter().filter(|c| c.field == field) {
        if source.is_some_and(|s| s != (candidate.rank, candidate.by_name)) && !values.is_empty() {
            break;
        }
        source = Some((candidate.rank, candidate.by_name));
        values.extend(clean(&candidate.value));
    }
    values
}

/// Entities decoded and whitespace collapsed.
fn tidy(text: &str) -> String {
    entities::decode(text).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The tidied text, unless empty or longer than `max_chars`.
fn short_text(text: &str, max_chars: usize) -> Option<String> {
    let text = tidy(text);
    (!text.is_empty() && text.chars().count() <= max_chars).then_some(text)
}

/// The date in ISO 8601 when readable, else the page's text if it has a year in it
/// (a bare `12:55 AM` is no date).
fn clean_date(text: &str) -> Option<String> {
    let text = short_text(text, MAX_DATE_CHARS)?;
    if let Some(iso) = date::iso(&text) {
        return Some(iso);
    }
    let has_year = text.split(|c: char| !c.is_ascii_digit()).any(|run| run.len() == 4);
    has_year.then_some(text)
}

/// A language tag (`en`, `pt-BR`, `zh-Hant-TW`), `_` read as `-`, the first of a list,
/// in the case BCP 47 recommends: language lowercase, script titlecase, region uppercase.
fn clean_lang(text: &str) -> Option<String> {
    let tag = tidy(text).replace('_', "-");
    let tag = tag.split([',', ';']).next()?.trim();
    let mut subtags = tag.split('-');
    let primary = subtags.next()?;
    if !(2..=3).contains(&primary.len()) || !primary.chars().all(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    let mut out = primary.to_ascii_lowercase();
    for subtag in subtags {
        if !(1..=8).contains(&subtag.len()) || !subtag.chars().all(|c| c.is_ascii_alphanumeric()) {
            return None;
        }
        out.push('-');
        match subtag.len() {
            2 => out.push_str(&subtag.to_ascii_uppercase()),
            4 if subtag.chars().all(|c| c.is_ascii_alphabetic()) => {
                out.push_str(&subtag.get(..1)?.to_ascii_uppercase());
                out.push_str(&subtag.get(1..)?.to_ascii_lowercase());
            }
            _ => out.push_str(&subtag.to_ascii_lowercase()),
        }
    }
    Some(out)
}

/// An absolute http(s) URL: `href` itself, or `href` resolved against `base`.
fn resolve(base: Option<&Url>, href: &str) -> Option<String> {
    let href = href.trim();
    let url = match base {
        Some(base) => base.join(href).ok()?,
        None => Url::parse(href).ok()?,
    };
    matches!(url.scheme(), "http" | "https").then(|| url.to_string())
}

/// `<base href>` over the page URL; only http(s) bases count.
fn base_url(base_href: Option<&str>, page_url: Option<&str>) -> Option<Url> {
    let page = page_url.and_then(|u| Url::parse(u.trim()).ok()).filter(|u| matches!(u.scheme(), "http" | "https"));
    let based = base_href.and_then(|href| resolve(page.as_ref(), href)).and_then(|u| Url::parse(&u).ok());
    based.or(page)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::{parse, Limits};

    fn read(html: &str, page_url: Option<&str>) -> Metadata {
        let limits = Limits { max_input_bytes: 1 << 28, max_nodes: 5_000_000 };
        // A page that fails to parse reads as no metadata, and the assertions say so.
        parse(html, limits).map(|dom| metadata(&dom, page_url)).unwrap_or_default()
    }

    #[test]
    fn json_ld_graph_beats_meta_tags() {
        let meta = read(
            r#"<html lang="en"><head><title>Other | Daily</title>
            <meta property="og:title" content="OG title"><meta name="author" content="Meta Author">
            <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
              {"@type": "WebSite", "@id": "_:site", "name": "Daily Site"},
              {"@type": ["NewsArticle"], "headline": "Tom &amp; Jerry&#8217;s   day",
               "author": [{"@type": "Person", "name": "Ann Lee"}, "By Bo Ek"],
               "datePublished": "Tue, 19 Nov 2019 13:03:00 GMT", "dateModified": "2019-11-20",
               "publisher": {"@id": "_:pub"}, "image": [{"url": "/lead.jpg"}]},
              {"@type": "Organization", "@id": "_:pub", "name": "The Daily"}]}</script>
            </head><body><p>Text</p></body></html>"#,
            Some("https://news.example/a/story"),
        );
        assert_eq!(meta.title.as_deref(), Some("Tom & Jerry’s day"));
        assert_eq!(meta.authors, ["Ann Lee", "Bo Ek"]);
        assert_eq!(meta.published.as_deref(), Some("2019-11-19T13:03:00Z"));
        assert_eq!(meta.modified.as_deref(), Some("2019-11-20"));
        assert_eq!(meta.site_name.as_deref(), Some("The Daily"));
        assert_eq!(meta.image.as_deref(), Some("https://news.example/lead.jpg"));
        assert_eq!(meta.lang.as_deref(), Some("en"));
        assert!(meta.article && !meta.discussion);
    }

    #[test]
    fn pages_declare_their_kind_by_open_graph_and_microdata() {
        assert!(read(r#"<head><meta property="og:type" content="Article"></head>"#, None).article);
        assert!(!read(r#"<head><meta property="og:type" content="website"></head>"#, None).article);
        let thread = read(r#"<div itemscope itemtype="https://schema.org/DiscussionForumPosting"><p>Hi</p></div>"#, None);
        assert!(thread.discussion && !thread.article);
        assert!(read(r#"<head><meta property="og:type" content="product"></head>"#, None).product);
        assert!(read(r#"<div itemscope itemtype="http://schema.org/Product"><p>Lamp</p></div>"#, None).product);
        let og = |value: &str| read(&format!(r#"<head><meta property="og:type" content="{value}"></head>"#), None).product;
        assert!(og("product.item") && og("og:product") && og("shop:product"), "one product, namespaced or not");
        assert!(!og("product.group") && !og("website") && !og("productions"), "a shop's category page sets product.group");
    }

    #[test]
    fn a_marked_up_site_menu_leaves_a_product_a_product() {
        let ld = |json: &str| format!(r#"<script type="application/ld+json">{json}</script>"#);
        let product = ld(r#"{"@context":"https://schema.org","@type":"Product","name":"Lamp"}"#);
        let menu = ld(r#"{"@type":"ItemList","itemListElement":[{"@type":"SiteNavigationElement","name":"Lamps"},{"@type":"SiteNavigationElement","name":"Chairs"}]}"#);
        let shelf = ld(r#"{"@type":"ItemList","itemListElement":[{"@type":"ListItem","position":1,"url":"/lamp"},{"@type":"SiteNavigationElement","name":"Chairs"}]}"#);
        assert!(read(&format!("{menu}{product}<h1>Lamp</h1>"), None).product, "the menu is no listing");
        assert!(!read(&format!("{shelf}{product}<h1>Lamps</h1>"), None).product, "a list of things is one");
    }

    #[test]
    fn a_few_add_to_cart_controls_make_a_product() {
        let form = r#"<form id="product_addtocart_form"><button name="add-to-cart">Add</button></form>"#;
        assert!(read(&format!("<h1>Lamp</h1>{form}"), None).product);
        assert!(!read(&format!("<h1>Lamps</h1>{}", form.repeat(4)), None).product, "a shelf of lamps");
        assert!(!read(r#"<h1>Lamp</h1><button id="add-to-list">Save</button>"#, None).product);
    }

    #[test]
    fn a_listing_of_products_is_no_product() {
        let card = r#"<div itemscope itemtype="http://schema.org/Product"><p>Lamp</p></div>"#;
        assert!(read(&card.repeat(2), None).product, "a product and its variant");
        assert!(!read(&card.repeat(3), None).product, "a category page's cards");
        let list = format!(r#"<div itemscope itemtype="https://schema.org/ItemList">{card}</div>"#);
        assert!(!read(&list, None).product);
        let script = |types: &str| format!(r#"<script type="application/ld+json">{{"@graph":[{types}]}}</script>"#);
        let product = r#"{"@type":"Product","name":"Lamp"}"#;
        assert!(read(&script(product), None).product);
        assert!(!read(&script(&[product; 3].join(",")), None).product);
        assert!(!read(&script(&format!(r#"{product},{{"@type":"CollectionPage"}}"#)), None).product);
        let variants = format!(r#"{{"@type":"ProductGroup","hasVariant":[{}]}}"#, [product; 4].join(","));
        assert!(read(&script(&variants), None).product, "one product in four sizes");
    }

    #[test]
    fn a_question_page_with_answers_in_place_keeps_its_comments_as_chrome() {
        let answer = r#"<div itemprop="suggestedAnswer" itemscope itemtype="https://schema.org/Answer"><p>Press F6.</p></div>"#;
        let microdata = read(&format!(r#"<div itemscope itemtype="https://schema.org/QAPage">{answer}</div>"#), None);
        assert!(microdata.discussion && microdata.question);
        let jsonld = read(&format!(r#"<script type="application/ld+json">{{"@type":"QAPage"}}</script>{answer}"#), None);
        assert!(jsonld.discussion && jsonld.question);
        let replies_only_in_jsonld = read(
            r#"<script type="application/ld+json">{"@type":"QAPage","mainEntity":{"@type":"Question","suggestedAnswer":[{"@type":"Answer","text":"a"}]}}</script>"#,
            None,
        );
        assert!(replies_only_in_jsonld.discussion && !replies_only_in_jsonld.question, "its replies may be shown as comments");
    }

    #[test]
    fn replies_marked_up_as_comments_make_a_discussion() {
        let reply = r#"<div itemscope itemtype="http://schema.org/Comment"><p>Agreed.</p></div>"#;
        let page = |replies: usize| format!(r#"<head><meta property="og:type" content="article"></head>{}"#, reply.repeat(replies));
        assert!(!read(&page(2), None).discussion, "two comments under an article");
        assert!(read(&page(3), None).discussion);
        let replies = r#""comment":[{"@type":"Comment","text":"a"},{"@type":"Comment","text":"b"},{"@type":"Comment","text":"c"}]"#;
        assert!(read(&format!(r#"<script type="application/ld+json">{{"@type":"WebPage",{replies}}}</script>"#), None).discussion);
        assert!(read(&format!(r#"<script type="application/ld+json">{{"@type":"Article",{replies}}}</script>"#), None).discussion, "a thread calling itself an article");
    }

    #[test]
    fn open_graph_with_site_suffix_and_locale() {
        let meta = read(
            r#"<head><meta property="og:title" content="Rain closes the valley roads | The Daily">
            <meta property="og:site_name" content="The Daily"><meta property="og:locale" content="pt_BR">
            <meta name="description" content="  Rain,
              all day. "><meta property="og:image" content="img/a.png">
            <meta property="article:author" content="https://facebook.com/ann">
            <meta property="article:published_time" content="2020-01-02T03:04:05+0100"></head>"#,
            Some("https://daily.example/news/"),
        );
        assert_eq!(meta.title.as_deref(), Some("Rain closes the valley roads"));
        assert_eq!(meta.lang.as_deref(), Some("pt-BR"));
        assert_eq!(meta.excerpt.as_deref(), Some("Rain, all day."));
        assert_eq!(meta.image.as_deref(), Some("https://daily.example/news/img/a.png"));
        assert!(meta.authors.is_empty());
        assert_eq!(meta.published.as_deref(), Some("2020-01-02T03:04:05+01:00"));
    }

    #[test]
    fn property_beats_name_and_dublin_core_beats_open_graph() {
        let meta = read(
            r#"<meta name="DC.title" content="By name"><meta property="dc:title" content="By property">
            <meta property="og:title twitter:title" content="OG"><meta name="DC.creator" content="Name Person">
            <meta property="dc:creator" content="Property Person"><title>Doc</title>"#,
            None,
        );
        assert_eq!(meta.title.as_deref(), Some("By property"));
        assert_eq!(meta.authors, ["Property Person"]);
    }

    #[test]
    fn base_url_and_canonical_resolve_against_the_page() {
        let page = Some("https://example.com/dir/page.html");
        let meta = read(r#"<base href="/static/"><link rel="canonical" href="story">"#, page);
        assert_eq!(meta.base_url.as_deref(), Some("https://example.com/static/"));
        assert_eq!(meta.url.as_deref(), Some("https://example.com/static/story"));
        let meta = read(r#"<base href="javascript:alert(1)"><p>x"#, page);
        assert_eq!(meta.base_url.as_deref(), Some("https://example.com/dir/page.html"));
        assert_eq!(meta.url.as_deref(), page);
        let meta = read(r#"<base href="https://cdn.example/"><p>x"#, None);
        assert_eq!(meta.base_url.as_deref(), Some("https://cdn.example/"));
        assert_eq!(meta.url, None);
    }

    #[test]
    fn bad_json_is_ignored() {
        let meta = read(
            r#"<script type="application/ld+json">{"@type": "Article", "headline": </script>
            <meta name="author" content="Meta Author"><title>Plain title</title>"#,
            None,
        );
        assert_eq!(meta.authors, ["Meta Author"]);
        assert_eq!(meta.title.as_deref(), Some("Plain title"));
    }

    #[test]
    fn bylines_from_markup() {
        let microdata = r#"<article><div itemprop="author" itemscope><img alt="">
            <span itemprop="name">Ann Lee</span> Staff writer</div></article>"#;
        assert_eq!(read(microdata, None).authors, ["Ann Lee"]);
        let rel = r#"<p>By <a rel="author" href="/ann">Ann Lee</a> <a rel="author" href="/x">Other Person</a>"#;
        assert_eq!(read(rel, None).authors, ["Ann Lee"]);
        let hinted = r#"<section id="comments"><span class="byline">Commenter Name</span></section>
            <div class="article__author">By <a class="author-link">Ann Lee</a></div>"#;
        assert_eq!(read(hinted, None).authors, ["Ann Lee"]);
    }

    #[test]
    fn titles_outside_the_head_and_svg_are_not_the_page_title() {
        let meta = read(r#"<svg><title>Logo</title></svg><h1>The headline</h1><title>Second</title>"#, None);
        assert_eq!(meta.title.as_deref(), Some("Second"));
        let meta = read(r#"<body><h1> The   headline </h1><p>x"#, None);
        assert_eq!(meta.title.as_deref(), Some("The headline"));
    }

    #[test]
    fn dates_from_time_elements_and_parsely() {
        let meta =
            read(r#"<time datetime="2019-11-18">x</time><time pubdate datetime="2019-11-19T10:00Z">y</time>"#, None);
        assert_eq!(meta.published.as_deref(), Some("2019-11-19T10:00Z"));
        let meta = read(r#"<time datetime="12:55">x</time>"#, None);
        assert_eq!(meta.published, None);
        let parsely = r#"<meta name="parsely-page" content='{"title": "P title", "pub_date": "November 19, 2019", "author": "Jane Doe"}'>"#;
        let meta = read(parsely, None);
        assert_eq!((meta.title.as_deref(), meta.published.as_deref()), (Some("P title"), Some("2019-11-19")));
        assert_eq!(meta.authors, ["Jane Doe"]);
    }

    #[test]
    fn language_tags_are_checked() {
        assert_eq!(read(r#"<html lang="zh-hant-tw"><p>x"#, None).lang.as_deref(), Some("zh-Hant-TW"));
        assert_eq!(read(r#"<html lang="EN-gb"><p>x"#, None).lang.as_deref(), Some("en-GB"));
        let meta = read(r#"<html lang="not a tag!"><meta http-equiv="content-language" content="fr, en"><p>x"#, None);
        assert_eq!(meta.lang.as_deref(), Some("fr"));
    }

    /// Agreement with Mozilla Readability's `expected-metadata.json` over its test pages,
    /// read in place from `../shared/bench`: `cargo test --lib metadata -- --ignored --nocapture`.
    /// Prints the rates; bylines are compared less a leading "By".
    #[test]
    #[ignore = "reads the shared corpus in ../shared/bench"]
    fn readability_corpus_agreement() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/bench/readability/test-pages");
        let Ok(pages) = std::fs::read_dir(&root) else {
            println!("corpus missing: {}", root.display());
            return;
        };
        let fields = ["title", "byline", "lang", "excerpt", "siteName", "publishedTime"];
        let (mut agree, mut total) = ([0; 6], 0);
        for page in pages.flatten().map(|entry| entry.path()) {
            let html = std::fs::read_to_string(page.join("source.html")).unwrap_or_default();
            let expected = std::fs::read_to_string(page.join("expected-metadata.json")).unwrap_or_default();
            let Ok(expected) = serde_json::from_str::<serde_json::Value>(&expected) else { continue };
            let meta = read(&html, Some("http://fakehost/test/page.html"));
            let byline = (!meta.authors.is_empty()).then(|| meta.authors.join(", "));
            let got = [meta.title, byline, meta.lang, meta.excerpt, meta.site_name, meta.published];
            total += 1;
            for ((field, got), agree) in fields.iter().zip(got).zip(agree.iter_mut()) {
                let want = expected.get(field).and_then(serde_json::Value::as_str).map(tidy).filter(|w| !w.is_empty());
                let unprefixed = |s: Option<String>| s.map(|s| authors::without_prefix(&s).to_lowercase());
                let same = if *field == "byline" { unprefixed(want) == unprefixed(got) } else { want == got };
                *agree += usize::from(same);
            }
        }
        for (field, agree) in fields.iter().zip(agree) {
            println!("{field:14} {agree:3}/{total} = {:.1}%", 100.0 * agree as f64 / total.max(1) as f64);
        }
    }
}
