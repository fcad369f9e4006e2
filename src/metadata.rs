//! Page metadata beside the pipeline: title, authors, dates, site, language, excerpt,
//! canonical URL, lead image, and the base URL for resolving links.
//!
//! Input: the parsed page and the URL the caller gave for it. Output: [`Metadata`],
//! every string entity-decoded and whitespace-collapsed, every URL absolute.
//!
//! One walk over the DOM gathers candidates: `<meta>` tags (by `property`, `name`,
//! `itemprop` and `http-equiv`), `<link rel=canonical>`, `<title>`, `<html lang>`,
//! `<base href>`, JSON-LD scripts, `<time datetime>`, `rel=author` links, microdata
//! (`itemprop=author`, `headline`, `datePublished`, ...) and the first `<h1>`.
//! Each candidate carries a rank; for each field the best-ranked candidate that
//! survives cleaning wins, page order breaking ties and a `property` attribute
//! beating a `name` one. The order, best first:
//!
//! 1. JSON-LD article objects (`headline`, `author`, `datePublished`, `publisher`, ...);
//!    `<link rel=canonical>` for the URL and `<html lang>` for the language.
//! 2. Dublin Core (`dc.*`, `dcterms.*`).
//! 3. OpenGraph and its `article:*` tags; `meta name=description`.
//! 4. Twitter cards, then JSON-LD images, URLs and languages.
//! 5. Plain meta names (`author`, `date`, `title`, `language`), then Parse.ly.
//! 6. JSON-LD web page objects, then microdata.
//! 7. Markup: `<time pubdate>`, then `rel=author` links, then the first `<time>`.
//! 8. For the title only: `<title>` with a site name affix removed, then the first `<h1>`.
//!
//! Authors come from the best rank that yields a name, all of that rank in page order,
//! deduplicated. Dates are rewritten in ISO 8601 when readable (see [`date`]).

mod authors;
mod date;
mod entities;
mod jsonld;
mod title;

use html5ever::local_name;
use url::Url;

use crate::dom::{Dom, Element, Step, Visitor};

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
}

/// Reads the page's metadata.
pub(crate) fn metadata(dom: &Dom, page_url: Option<&str>) -> Metadata {
    let mut page = Collector::default();
    dom.walk(&mut page);
    page.finish(page_url)
}

// Source ranks, lower wins. The numbers only order; gaps leave room between sources.
const JSONLD: u8 = 0;
const FIRST: u8 = 1;
const DUBLIN_CORE: u8 = 2;
const OPEN_GRAPH: u8 = 4;
const DESCRIPTION: u8 = 5;
const TWITTER: u8 = 6;
const AFTER_CARDS: u8 = 7;
const META_NAME: u8 = 8;
const PARSELY: u8 = 10;
const JSONLD_PAGE: u8 = 12;
const MICRODATA: u8 = 14;
const MARKUP: u8 = 16;
const LAST: u8 = 18;

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

/// Meta keys read, lowercase with `.` spelled `:` (`DC.title` is `dc:title`). Sorted.
#[rustfmt::skip]
const META_KEYS: &[(&str, Field, u8)] = &[
    ("article:author", Field::Author, OPEN_GRAPH),
    ("article:modified_time", Field::Modified, OPEN_GRAPH),
    ("article:published_time", Field::Published, OPEN_GRAPH),
    ("author", Field::Author, META_NAME),
    ("byl", Field::Author, PARSELY),
    ("citation_author", Field::Author, META_NAME),
    ("citation_publication_date", Field::Published, META_NAME),
    ("content-language", Field::Lang, DUBLIN_CORE),
    ("date", Field::Published, META_NAME),
    ("dc:creator", Field::Author, DUBLIN_CORE),
    ("dc:date", Field::Published, DUBLIN_CORE),
    ("dc:date:issued", Field::Published, DUBLIN_CORE),
    ("dc:description", Field::Description, DUBLIN_CORE),
    ("dc:language", Field::Lang, OPEN_GRAPH),
    ("dc:title", Field::Title, DUBLIN_CORE),
    ("dcterms:created", Field::Published, DUBLIN_CORE),
    ("dcterms:creator", Field::Author, DUBLIN_CORE),
    ("dcterms:date", Field::Published, DUBLIN_CORE),
    ("dcterms:description", Field::Description, DUBLIN_CORE),
    ("dcterms:issued", Field::Published, DUBLIN_CORE),
    ("dcterms:language", Field::Lang, OPEN_GRAPH),
    ("dcterms:modified", Field::Modified, DUBLIN_CORE),
    ("dcterms:title", Field::Title, DUBLIN_CORE),
    ("description", Field::Description, DESCRIPTION),
    ("language", Field::Lang, META_NAME),
    ("last-modified", Field::Modified, META_NAME),
    ("og:article:author", Field::Author, OPEN_GRAPH),
    ("og:description", Field::Description, OPEN_GRAPH),
    ("og:image", Field::Image, OPEN_GRAPH),
    ("og:image:secure_url", Field::Image, OPEN_GRAPH),
    ("og:image:url", Field::Image, OPEN_GRAPH),
    ("og:locale", Field::Lang, OPEN_GRAPH),
    ("og:site_name", Field::SiteName, OPEN_GRAPH),
    ("og:title", Field::Title, OPEN_GRAPH),
    ("og:updated_time", Field::Modified, TWITTER),
    ("og:url", Field::Url, OPEN_GRAPH),
    ("parsely-author", Field::Author, PARSELY),
    ("parsely-image-url", Field::Image, PARSELY),
    ("parsely-link", Field::Url, PARSELY),
    ("parsely-pub-date", Field::Published, PARSELY),
    ("parsely-title", Field::Title, PARSELY),
    ("pubdate", Field::Published, META_NAME),
    ("publish-date", Field::Published, META_NAME),
    ("sailthru:author", Field::Author, PARSELY),
    ("sailthru:date", Field::Published, PARSELY),
    ("title", Field::Title, META_NAME),
    ("twitter:description", Field::Description, TWITTER),
    ("twitter:image", Field::Image, TWITTER),
    ("twitter:image:src", Field::Image, TWITTER),
    ("twitter:title", Field::Title, TWITTER),
];

/// Microdata properties read, lowercase. Sorted.
#[rustfmt::skip]
const ITEMPROPS: &[(&str, Field)] = &[
    ("author", Field::Author),
    ("creator", Field::Author),
    ("datemodified", Field::Modified),
    ("datepublished", Field::Published),
    ("headline", Field::Title),
    ("inlanguage", Field::Lang),
];

fn lookup<T: Copy>(table: &[(&str, T)], key: &str) -> Option<T> {
    table.binary_search_by(|(k, _)| (*k).cmp(key)).ok().and_then(|i| table.get(i)).map(|(_, v)| *v)
}

fn meta_key(key: &str) -> Option<(Field, u8)> {
    let i = META_KEYS.binary_search_by(|(k, _, _)| (*k).cmp(key)).ok()?;
    META_KEYS.get(i).map(|(_, field, rank)| (*field, *rank))
}

/// Longest text kept from a title, name or date element, in bytes.
const MAX_SHORT_TEXT: usize = 2048;
/// Longest JSON-LD script kept, in bytes.
const MAX_SCRIPT: usize = 1 << 20;
/// Most JSON-LD scripts kept per page.
const MAX_SCRIPTS: usize = 32;

/// Most elements whose class or id hints at a byline that are captured.
const MAX_HINTED: usize = 16;

/// The capture of an element whose class or id hints at a byline.
const HINTED: Target = Target::Value(Field::Author, LAST);

/// Class and id tokens that mark a byline: any token containing one of the first
/// list, or ending in one of the second. Tokens naming comments are never bylines.
#[rustfmt::skip]
const BYLINE_HINTS: (&[&str], &[&str]) = (
    &["author-link", "author-name", "author_name", "authorname", "byline", "writtenby"],
    &["-author", "_author", "author"],
);

fn is_byline_hint(element: Element<'_>) -> bool {
    let (inside, ending) = BYLINE_HINTS;
    class_or_id_token(element, |token| {
        !token.contains("comment")
            && (inside.iter().any(|h| token.contains(h))
                || ending.iter().any(|h| token.ends_with(h) && (token.len() == h.len() || h.starts_with(['-', '_']))))
    })
}

/// True for the element holding a comment section (`id="comments"`, `class="comment-list"`).
fn names_comments(element: Element<'_>) -> bool {
    class_or_id_token(element, |token| token.starts_with("comment"))
}

/// True when a token of the element's class or id, lowercased, passes `test`.
fn class_or_id_token(element: Element<'_>, test: impl Fn(&str) -> bool) -> bool {
    ["class", "id"].iter().any(|attr| {
        element.attr(attr).is_some_and(|v| v.split_whitespace().any(|t| test(&t.to_ascii_lowercase())))
    })
}

/// What an open text capture is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    DocTitle,
    H1,
    Script,
    Value(Field, u8),
    /// The name inside a microdata author (`itemprop=author` > `itemprop=name`).
    AuthorName,
}

/// Text being gathered from an element's subtree.
struct Capture {
    depth: usize,
    target: Target,
    text: String,
    /// An author whose `itemprop=name` was found: its whole text is dropped.
    named: bool,
}

/// The one walk's visitor: gathers candidates and the texts that need assembling.
#[derive(Default)]
struct Collector {
    found: Vec<Candidate>,
    scripts: Vec<String>,
    doc_title: Option<String>,
    h1: Option<String>,
    base_href: Option<String>,
    seen_title: bool,
    seen_h1: bool,
    seen_time: bool,
    /// Elements captured for their class or id saying "byline" or "author".
    hinted: usize,
    /// Depth of the comment section being walked, where bylines are commenters'.
    comments_at: Option<usize>,
    depth: usize,
    open: Vec<Capture>,
}

impl Visitor for Collector {
    fn enter(&mut self, element: Element<'_>) -> Step {
        self.depth += 1;
        self.itemprops(element);
        let tag = element.tag();
        match *tag {
            local_name!("script") => return self.script(element),
            local_name!("meta") => self.meta(element),
            local_name!("link") => self.link(element),
            local_name!("html") => self.html(element),
            local_name!("base") if self.base_href.is_none() => {
                self.base_href = element.attr("href").map(|h| h.trim().to_owned());
            }
            local_name!("title") if !self.seen_title => {
                self.seen_title = true;
                self.capture(Target::DocTitle);
            }
            local_name!("h1") if !self.seen_h1 => {
                self.seen_h1 = true;
                self.capture(Target::H1);
            }
            local_name!("time") => self.time(element),
            local_name!("style") | local_name!("svg") | local_name!("math") | local_name!("noscript")
            | local_name!("template") | local_name!("iframe") | local_name!("textarea") | local_name!("select") => {
                return Step::Skip
            }
            local_name!("br") | local_name!("p") | local_name!("div") | local_name!("li") => self.text(" "),
            _ => {}
        }
        if has_token(element.attr("rel").as_deref(), "author") && *tag != local_name!("link") {
            self.capture(Target::Value(Field::Author, MARKUP + 1));
        } else if self.comments_at.is_none() && self.hinted < MAX_HINTED && is_byline_hint(element) {
            self.hinted += 1;
            self.capture(HINTED);
        }
        if self.comments_at.is_none() && names_comments(element) {
            self.comments_at = Some(self.depth);
        }
        Step::Descend
    }

    fn leave(&mut self, _element: Element<'_>) {
        while self.open.last().is_some_and(|c| c.depth == self.depth) {
            if let Some(capture) = self.open.pop() {
                self.close(capture);
            }
        }
        if self.comments_at == Some(self.depth) {
            self.comments_at = None;
        }
        self.depth = self.depth.saturating_sub(1);
    }

    fn text(&mut self, text: &str) {
        for capture in &mut self.open {
            let limit = if capture.target == Target::Script { MAX_SCRIPT } else { MAX_SHORT_TEXT };
            let room = limit.saturating_sub(capture.text.len());
            let mut end = text.len().min(room);
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            capture.text.push_str(text.get(..end).unwrap_or(""));
        }
    }
}

impl Collector {
    fn capture(&mut self, target: Target) {
        self.open.push(Capture { depth: self.depth, target, text: String::new(), named: false });
    }

    fn close(&mut self, capture: Capture) {
        match capture.target {
            Target::DocTitle => self.doc_title = Some(capture.text),
            Target::H1 => self.h1 = Some(capture.text),
            Target::Script if self.scripts.len() < MAX_SCRIPTS => self.scripts.push(capture.text),
            Target::Script => {}
            Target::Value(field, rank) if !capture.named => {
                if capture.target == HINTED && !capture.text.trim().is_empty() {
                    // The innermost hinted element holds the name (`.author > .author-name`).
                    self.open.iter_mut().filter(|c| c.target == HINTED).for_each(|c| c.named = true);
                }
                self.offer(field, rank, false, &capture.text);
            }
            Target::Value(..) => {}
            Target::AuthorName => {
                let author = self.open.iter_mut().rev().find(|c| c.target == Target::Value(Field::Author, MICRODATA));
                if let Some(author) = author {
                    author.named = true;
                }
                self.offer(Field::Author, MICRODATA, false, &capture.text);
            }
        }
    }

    fn offer(&mut self, field: Field, rank: u8, by_name: bool, value: &str) {
        if !value.trim().is_empty() {
            self.found.push(Candidate { field, rank, by_name, value: value.to_owned() });
        }
    }

    fn script(&mut self, element: Element<'_>) -> Step {
        let kind = element.attr("type").map(|t| t.trim().to_ascii_lowercase());
        if kind.as_deref() == Some("application/ld+json") {
            self.capture(Target::Script);
            return Step::Descend;
        }
        Step::Skip
    }

    fn meta(&mut self, element: Element<'_>) {
        let Some(content) = element.attr("content").map(|c| c.to_string()) else { return };
        for (attr, by_name) in [("property", false), ("name", true), ("http-equiv", true)] {
            let Some(keys) = element.attr(attr).map(|k| k.to_ascii_lowercase().replace('.', ":")) else { continue };
            for key in keys.split_whitespace() {
                if key == "parsely-page" {
                    self.found.extend(jsonld::parsely_page(&content));
                } else if let Some((field, rank)) = meta_key(key) {
                    self.offer(field, rank, by_name, &content);
                }
            }
        }
    }

    fn link(&mut self, element: Element<'_>) {
        let Some(href) = element.attr("href").map(|h| h.to_string()) else { return };
        let rel = element.attr("rel");
        if has_token(rel.as_deref(), "canonical") {
            self.offer(Field::Url, FIRST, false, &href);
        } else if has_token(rel.as_deref(), "image_src") {
            self.offer(Field::Image, AFTER_CARDS, false, &href);
        }
    }

    fn html(&mut self, element: Element<'_>) {
        for (attr, rank) in [("lang", FIRST), ("xml:lang", DUBLIN_CORE)] {
            if let Some(lang) = element.attr(attr).map(|l| l.to_string()) {
                self.offer(Field::Lang, rank, false, &lang);
            }
        }
    }

    fn time(&mut self, element: Element<'_>) {
        let Some(datetime) = element.attr("datetime").map(|d| d.to_string()) else { return };
        if element.has_attr("pubdate") {
            self.offer(Field::Published, MARKUP, false, &datetime);
        } else if !self.seen_time {
            self.seen_time = true;
            self.offer(Field::Published, LAST, false, &datetime);
        }
    }

    /// Microdata: a value from `content` or `datetime`, else the element's text.
    fn itemprops(&mut self, element: Element<'_>) {
        let Some(props) = element.attr("itemprop").map(|p| p.to_ascii_lowercase()) else { return };
        for prop in props.split_whitespace() {
            if prop == "name" && self.open.iter().any(|c| c.target == Target::Value(Field::Author, MICRODATA)) {
                self.capture(Target::AuthorName);
                continue;
            }
            let Some(field) = lookup(ITEMPROPS, prop) else { continue };
            let value = element.attr("content").or_else(|| element.attr("datetime")).map(|v| v.to_string());
            match value {
                Some(value) => self.offer(field, MICRODATA, false, &value),
                None if *element.tag() != local_name!("meta") => self.capture(Target::Value(field, MICRODATA)),
                None => {}
            }
        }
    }

    fn finish(mut self, page_url: Option<&str>) -> Metadata {
        self.found.extend(jsonld::candidates(&self.scripts));
        self.found.sort_by_key(|c| (c.rank, c.by_name));
        let base = base_url(self.base_href.as_deref(), page_url);
        let base_url = base.as_ref().map(Url::to_string).or_else(|| page_url.map(str::to_owned));
        let found = &self.found;
        let site_name = best(found, Field::SiteName, |v| short_text(v, 200));
        let h1 = self.h1.as_deref().map(tidy);
        let meta_titles = best_source(found, Field::Title, |v| short_text(v, 500));
        let doc_title = self.doc_title.as_deref().map(tidy).filter(|t| !t.is_empty());
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
        }
    }
}

/// True when the space-separated attribute value holds `token` (ASCII case-insensitive).
fn has_token(value: Option<&str>, token: &str) -> bool {
    value.is_some_and(|v| v.split_whitespace().any(|t| t.eq_ignore_ascii_case(token)))
}

/// The first candidate for `field`, in rank order, that survives `clean`.
fn best(found: &[Candidate], field: Field, clean: impl Fn(&str) -> Option<String>) -> Option<String> {
    found.iter().filter(|c| c.field == field).find_map(|c| clean(&c.value))
}

/// The values of the best source (rank and attribute kind) for `field` that has any
/// surviving `clean`; the `<title>` is not among them.
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

fn short_text(text: &str, max_chars: usize) -> Option<String> {
    let text = tidy(text);
    (!text.is_empty() && text.chars().count() <= max_chars).then_some(text)
}

/// The date in ISO 8601 when readable, else the page's text if it has a year in it
/// (a bare `12:55 AM` is no date).
fn clean_date(text: &str) -> Option<String> {
    let text = short_text(text, 100)?;
    if let Some(iso) = date::iso(&text) {
        return Some(iso);
    }
    let has_year = text.split(|c: char| !c.is_ascii_digit()).any(|run| run.len() == 4);
    has_year.then_some(text)
}

/// A language tag (`en`, `pt-BR`, `zh-Hant-TW`), `_` read as `-`; the first of a list.
fn clean_lang(text: &str) -> Option<String> {
    let tag = tidy(text).replace('_', "-");
    let tag = tag.split([',', ';', ' ']).next()?.to_owned();
    let mut subtags = tag.split('-');
    let primary = subtags.next()?;
    let primary_ok = (2..=3).contains(&primary.len()) && primary.chars().all(|c| c.is_ascii_alphabetic());
    let rest_ok = subtags.all(|s| (1..=8).contains(&s.len()) && s.chars().all(|c| c.is_ascii_alphanumeric()));
    (primary_ok && rest_ok).then_some(tag)
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
