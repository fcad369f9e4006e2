//! The one walk over the page: DOM in, metadata candidates out.
//!
//! Reads `<meta>` by `property`, `name`, `itemprop` and `http-equiv` (keys in
//! [`META_KEYS`]); `<link rel=canonical>` and `rel=image_src`; `<html lang>`;
//! `<base href>`; the first `<title>` and `<h1>`; JSON-LD script text; `<time datetime>`;
//! microdata ([`ITEMPROPS`], with `itemprop=name` inside `itemprop=author`); the text of
//! `rel=author` links; and the text of elements whose class or id marks a byline
//! ([`BYLINE_HINTS`]), outside comment sections. Scripts, styles, SVG and form
//! controls are skipped. Captured texts are capped in length; nothing is cleaned here.

use std::borrow::Cow;

use std::sync::LazyLock;

use html5ever::{local_name, LocalName};

use super::{jsonld, short_type, Candidate, Field};
use super::{
    AFTER_CARDS, DESCRIPTION, DUBLIN_CORE, FIRST, LAST, MARKUP, META_NAME, MICRODATA, OPEN_GRAPH, PARSELY, TWITTER,
};
use crate::dom::{Element, Step, Visitor};
use crate::rules::{BYLINE_HINTS, BYLINE_STEMS, CART_CONTROLS, DISCUSSION_TYPES, LISTING_TYPES, PRODUCT_TYPES, QUESTION_TYPES};

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
/// Most captures open at once (`itemprop=author` nested a thousand deep opens no more).
const MAX_OPEN: usize = 32;
/// Most JSON-LD scripts kept per page.
const MAX_SCRIPTS: usize = 32;

/// Most elements whose class or id hints at a byline that are captured.
const MAX_HINTED: usize = 16;

/// `<time pubdate>` (no atom of html5ever's own).
static PUBDATE: LazyLock<LocalName> = LazyLock::new(|| LocalName::from("pubdate"));

/// The word that marks a comment section in a class or id token.
const COMMENT: &str = "comment";

/// The capture of an element whose class or id hints at a byline.
const HINTED: Target = Target::Value(Field::Author, LAST);

/// What the element's class and id tokens say: whether one marks a byline
/// (`class="author-name"`, not `comment-author`; stems in [`BYLINE_STEMS`], words in
/// [`BYLINE_HINTS`]), and whether one names a comment section (`id="comments"`,
/// `class="comment-list"`). A value in lowercase (as class names nearly always are)
/// that holds no stem is passed over without splitting it.
fn class_id_marks(element: Element<'_>) -> (bool, bool) {
    let is_byline = |token: &str| {
        if !BYLINE_STEMS.iter().any(|stem| token.contains(stem)) {
            return false;
        }
        let author = token == "author" || token.ends_with("-author") || token.ends_with("_author");
        !token.contains(COMMENT) && (author || BYLINE_HINTS.iter().any(|h| token.contains(h)))
    };
    let (mut byline, mut comments) = (false, false);
    for attr in [local_name!("class"), local_name!("id")] {
        let Some(value) = element.attr(&attr) else { continue };
        let mixed_case = value.bytes().any(|b| b.is_ascii_uppercase());
        let (stem, comment) = if mixed_case { (true, true) } else { stems_in(&value) };
        let may_byline = !byline && stem;
        let may_comments = !comments && comment;
        if !(may_byline || may_comments) {
            continue;
        }
        for token in value.split_whitespace() {
            let token = ascii_lowercase(token);
            byline |= may_byline && is_byline(&token);
            comments |= may_comments && token.starts_with(COMMENT);
        }
    }
    (byline, comments)
}

/// Whether a class or id value holds a byline stem ([`BYLINE_STEMS`]), and whether it
/// holds `comment`: one pass over its bytes, trying the words that start with each
/// byte (every element's values are tested, and nearly all hold neither).
fn stems_in(value: &str) -> (bool, bool) {
    let (mut stem, mut comment) = (false, false);
    let bytes = value.as_bytes();
    for (at, first) in bytes.iter().enumerate() {
        let rest = bytes.get(at..).unwrap_or(&[]);
        let here = |word: &str| word.as_bytes().first() == Some(first) && rest.starts_with(word.as_bytes());
        stem |= BYLINE_STEMS.iter().any(|s| here(s));
        comment |= here(COMMENT);
    }
    (stem, comment)
}

/// The token lowercased, borrowed when it is already (as class names nearly always are).
fn ascii_lowercase(token: &str) -> Cow<'_, str> {
    if token.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(token.to_ascii_lowercase())
    } else {
        Cow::Borrowed(token)
    }
}

/// Whether a microdata type URL (`https://schema.org/QAPage`) names one of `types`.
fn names_type(item_type: &str, types: &[&str]) -> bool {
    types.contains(&short_type(item_type))
}

/// Whether an `itemtype` value, one or more type URLs, names one of `types`.
pub(crate) fn declares(itemtype: &str, types: &[&str]) -> bool {
    itemtype.split_whitespace().any(|t| names_type(t, types))
}

/// Whether a button, input or form adds to a shop's cart, by its `id` or `name`.
fn is_cart_control(element: Element<'_>) -> bool {
    [local_name!("id"), local_name!("name")].iter().filter_map(|attr| element.attr(attr)).any(|value| {
        let squeezed: String = value.chars().filter(|c| !matches!(c, '-' | '_')).map(|c| c.to_ascii_lowercase()).collect();
        CART_CONTROLS.iter().any(|word| squeezed.contains(word))
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

/// What the walk found: candidates, and the texts that need assembling.
#[derive(Default)]
pub(super) struct Page {
    pub(super) found: Vec<Candidate>,
    /// The text of each JSON-LD script.
    pub(super) scripts: Vec<String>,
    /// The first `<title>` outside SVG.
    pub(super) doc_title: Option<String>,
    pub(super) h1: Option<String>,
    pub(super) base_href: Option<String>,
    /// A microdata `itemtype` declares the page a discussion ([`DISCUSSION_TYPES`]).
    pub(super) discussion: bool,
    /// A microdata `itemtype` declares the page a question page ([`QUESTION_TYPES`]).
    pub(super) question: bool,
    /// Microdata items typed `Answer` (answers marked up where they stand).
    pub(super) answers: usize,
    /// Microdata items typed `Comment` (replies marked up one by one).
    pub(super) comments: usize,
    /// `og:type` declares the page an article.
    pub(super) article: bool,
    /// `og:type` declares the page a product.
    pub(super) product: bool,
    /// Microdata items typed as products ([`PRODUCT_TYPES`]).
    pub(super) products: usize,
    /// A microdata `itemtype` declares the page a listing ([`LISTING_TYPES`]).
    pub(super) listing: bool,
    /// Add-to-cart buttons, inputs and forms, told by their `id` or `name`
    /// ([`CART_CONTROLS`]): one or a few on a product's page, one per card on a shelf.
    pub(super) cart_controls: usize,
}

/// The walk's visitor: the page so far, and where the walk is.
#[derive(Default)]
pub(crate) struct Collector {
    page: Page,
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
        if matches!(*tag, local_name!("button") | local_name!("form") | local_name!("input")) {
            self.page.cart_controls += usize::from(is_cart_control(element));
        }
        match *tag {
            local_name!("script") => return self.script(element),
            local_name!("meta") => self.meta(element),
            local_name!("link") => self.link(element),
            local_name!("html") => self.html(element),
            local_name!("base") if self.page.base_href.is_none() => {
                self.page.base_href = element.attr(&local_name!("href")).map(|h| h.trim().to_owned());
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
            local_name!("style")
            | local_name!("svg")
            | local_name!("math")
            | local_name!("noscript")
            | local_name!("template")
            | local_name!("iframe")
            | local_name!("textarea")
            | local_name!("select") => return Step::Skip,
            local_name!("br") | local_name!("p") | local_name!("div") | local_name!("li") => self.text(" "),
            _ => {}
        }
        if self.comments_at.is_none() {
            self.bylines(element);
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
    /// What the walk found.
    pub(super) fn into_page(self) -> Page {
        self.page
    }

    fn capture(&mut self, target: Target) {
        // Every text node is appended to every open capture, so nesting is bounded.
        if self.open.len() >= MAX_OPEN {
            return;
        }
        self.open.push(Capture { depth: self.depth, target, text: String::new(), named: false });
    }

    fn close(&mut self, capture: Capture) {
        match capture.target {
            Target::DocTitle => self.page.doc_title = Some(capture.text),
            Target::H1 => self.page.h1 = Some(capture.text),
            Target::Script if self.page.scripts.len() < MAX_SCRIPTS => self.page.scripts.push(capture.text),
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
            self.page.found.push(Candidate { field, rank, by_name, value: value.to_owned() });
        }
    }

    fn script(&mut self, element: Element<'_>) -> Step {
        let kind = element.attr(&local_name!("type")).map(|t| t.trim().to_ascii_lowercase());
        if kind.as_deref() == Some("application/ld+json") {
            self.capture(Target::Script);
            return Step::Descend;
        }
        Step::Skip
    }

    fn meta(&mut self, element: Element<'_>) {
        let Some(content) = element.attr(&local_name!("content")).map(|c| c.to_string()) else { return };
        for (attr, by_name) in [(local_name!("property"), false), (local_name!("name"), true), (local_name!("http-equiv"), true)] {
            let Some(keys) = element.attr(&attr).map(|k| k.to_ascii_lowercase().replace('.', ":")) else { continue };
            for key in keys.split_whitespace() {
                if key == "og:type" {
                    self.page.article |= content.trim().eq_ignore_ascii_case("article");
                    self.page.product |= is_product_type(content.trim());
                }
                if key == "parsely-page" {
                    self.page.found.extend(jsonld::parsely_page(&content));
                } else if let Some((field, rank)) = meta_key(key) {
                    self.offer(field, rank, by_name, &content);
                }
            }
        }
    }

    fn link(&mut self, element: Element<'_>) {
        let Some(href) = element.attr(&local_name!("href")).map(|h| h.to_string()) else { return };
        let rel = element.attr(&local_name!("rel"));
        if has_token(rel.as_deref(), "canonical") {
            self.offer(Field::Url, FIRST, false, &href);
        } else if has_token(rel.as_deref(), "image_src") {
            self.offer(Field::Image, AFTER_CARDS, false, &href);
        }
    }

    fn html(&mut self, element: Element<'_>) {
        for (attr, rank) in [(local_name!("lang"), FIRST), (local_name!("xml:lang"), DUBLIN_CORE)] {
            if let Some(lang) = element.attr(&attr).map(|l| l.to_string()) {
                self.offer(Field::Lang, rank, false, &lang);
            }
        }
    }

    fn time(&mut self, element: Element<'_>) {
        let Some(datetime) = element.attr(&local_name!("datetime")).map(|d| d.to_string()) else { return };
        if element.has_attr(&PUBDATE) {
            self.offer(Field::Published, MARKUP, false, &datetime);
        } else if !self.seen_time {
            self.seen_time = true;
            self.offer(Field::Published, LAST, false, &datetime);
        }
    }

    /// `rel=author` links and byline-classed elements, outside comment sections.
    fn bylines(&mut self, element: Element<'_>) {
        let tag = element.tag();
        let (byline, comments) = class_id_marks(element);
        if has_token(element.attr(&local_name!("rel")).as_deref(), "author") && *tag != local_name!("link") {
            self.capture(Target::Value(Field::Author, MARKUP + 1));
        } else if self.hinted < MAX_HINTED && byline {
            self.hinted += 1;
            self.capture(HINTED);
        }
        // A page-wide container that mentions comments in its class is no comment section.
        let container =
            matches!(*tag, local_name!("html") | local_name!("body") | local_name!("main") | local_name!("article"));
        if !container && comments {
            self.comments_at = Some(self.depth);
        }
    }

    /// Microdata: a value from `content` or `datetime`, else the element's text.
    fn itemprops(&mut self, element: Element<'_>) {
        if let Some(types) = element.attr(&local_name!("itemtype")) {
            self.page.discussion |= declares(&types, DISCUSSION_TYPES);
            self.page.question |= declares(&types, QUESTION_TYPES);
            self.page.answers += usize::from(declares(&types, &["Answer"]));
            self.page.comments += usize::from(declares(&types, &["Comment"]));
            self.page.products += usize::from(declares(&types, PRODUCT_TYPES));
            self.page.listing |= declares(&types, LISTING_TYPES);
        }
        let Some(props) = element.attr(&local_name!("itemprop")).map(|p| p.to_ascii_lowercase()) else { return };
        for prop in props.split_whitespace() {
            if prop == "name" && self.open.iter().any(|c| c.target == Target::Value(Field::Author, MICRODATA)) {
                self.capture(Target::AuthorName);
                continue;
            }
            let Some(field) = lookup(ITEMPROPS, prop) else { continue };
            let value = element.attr(&local_name!("content")).or_else(|| element.attr(&local_name!("datetime"))).map(|v| v.to_string());
            match value {
                Some(value) => self.offer(field, MICRODATA, false, &value),
                None if *element.tag() != local_name!("meta") => self.capture(Target::Value(field, MICRODATA)),
                None => {}
            }
        }
    }
}

/// True when the space-separated attribute value holds `token` (ASCII case-insensitive).
fn has_token(value: Option<&str>, token: &str) -> bool {
    value.is_some_and(|v| v.split_whitespace().any(|t| t.eq_ignore_ascii_case(token)))
}

/// Whether an `og:type` value names one product: `product`, Facebook's `product.item`,
/// or a namespaced `shop:product`. Not `product.group`, which shops set on a
/// category's page as well as on a product's.
fn is_product_type(value: &str) -> bool {
    let lower = value.to_ascii_lowercase();
    lower == "product" || lower == "product.item" || lower.ends_with(":product")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_are_found_as_contains_finds_them() {
        for value in ["", "post-author", "c", "comments", "byline x", "writtenby", "autho", "xcommentx author", "a b w c"] {
            let expected = (BYLINE_STEMS.iter().any(|stem| value.contains(stem)), value.contains(COMMENT));
            assert_eq!(stems_in(value), expected, "{value}");
        }
    }

    #[test]
    fn lookup_tables_are_sorted_and_unique() {
        assert!(META_KEYS.windows(2).all(|w| matches!(w, [a, b] if a.0 < b.0)));
        assert!(ITEMPROPS.windows(2).all(|w| matches!(w, [a, b] if a.0 < b.0)));
    }
}
