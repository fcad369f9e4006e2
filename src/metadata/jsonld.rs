//! JSON-LD and Parse.ly's `parsely-page` JSON in, metadata candidates out.
//!
//! Input: the text of every `<script type="application/ld+json">` on the page.
//! Output: [`Candidate`]s from the first object typed as an article (`Article`,
//! `NewsArticle`, `BlogPosting`, anything ending in `Article` or `Posting`, ...),
//! else from the first web page object (`WebPage`, `ItemPage`, ...), ranked lower;
//! plus the name of a `WebSite` object as a weak site name. Objects are found at the
//! top level and nested in arrays, `@graph` and other properties (`mainEntity`);
//! `@id` references are followed one step. Text that is not JSON yields nothing. Strings are returned raw: the caller
//! decodes entities and collapses whitespace.

use serde_json::{Map, Value};

use super::{short_type, Candidate, Field, AFTER_CARDS, JSONLD, JSONLD_PAGE, PARSELY};
use crate::rules::{ARTICLE_TYPES, DISCUSSION_TYPES, LISTING_TYPES, NAVIGATION_TYPES, PRODUCT_GROUP, PRODUCT_TYPES, QUESTION_TYPES};

type Object = Map<String, Value>;

/// At most this many objects are read from one page's JSON-LD.
const MAX_OBJECTS: usize = 1000;
/// How deep nested objects and arrays are followed.
const MAX_NESTING: usize = 5;
/// At most this many authors are read from one `author` value.
const MAX_AUTHORS: usize = 50;

/// What the page's JSON-LD scripts say.
pub(super) struct JsonLd {
    /// Candidate values for the metadata fields.
    pub(super) found: Vec<Candidate>,
    /// An object declares the page a discussion ([`DISCUSSION_TYPES`]).
    pub(super) discussion: bool,
    /// An object declares the page a question page ([`QUESTION_TYPES`]).
    pub(super) question: bool,
    /// An object declares the page an article.
    pub(super) article: bool,
    /// Objects typed as products ([`PRODUCT_TYPES`]): one or two on a product's page,
    /// many on a listing of them.
    pub(super) products: usize,
    /// An object declares the page a listing ([`LISTING_TYPES`]).
    pub(super) listing: bool,
    /// Objects typed `Comment`.
    pub(super) comments: usize,
}

/// Reads the page's JSON-LD scripts.
pub(super) fn read(scripts: &[String]) -> JsonLd {
    let values: Vec<Value> = scripts.iter().filter_map(|script| parse(script)).collect();
    let graph: Vec<&Object> = values.iter().flat_map(objects).take(MAX_OBJECTS).collect();
    let discussion = graph.iter().any(|o| has_type(o, |t| DISCUSSION_TYPES.contains(&t)));
    let question = graph.iter().any(|o| has_type(o, |t| QUESTION_TYPES.contains(&t)));
    let article = graph.iter().any(|o| has_type(o, is_article));
    let products = products(&graph);
    let listing = graph.iter().any(|o| has_type(o, |t| LISTING_TYPES.contains(&t)) && !lists_navigation(o));
    let comments = graph.iter().filter(|o| has_type(o, |t| t == "Comment")).count();
    JsonLd { found: candidates(&graph), discussion, question, article, products, listing, comments }
}

/// How many products the objects describe: a `ProductGroup` is one product, whatever
/// number of variants (each a `Product`) it lists.
fn products(graph: &[&Object]) -> usize {
    let groups = graph.iter().filter(|o| has_type(o, |t| t == PRODUCT_GROUP)).count();
    if groups > 0 {
        return groups;
    }
    graph.iter().filter(|o| has_type(o, |t| PRODUCT_TYPES.contains(&t))).count()
}

/// Candidates from the objects of the page's JSON-LD.
fn candidates(graph: &[&Object]) -> Vec<Candidate> {
    let mut out = Vec::new();
    if let Some(article) = graph.iter().find(|o| has_type(o, is_article)) {
        describe(article, graph, true, &mut out);
    } else if let Some(page) = graph.iter().find(|o| has_type(o, |t| t.ends_with("Page"))) {
        describe(page, graph, false, &mut out);
    }
    if let Some(site) = graph.iter().find(|o| has_type(o, |t| t == "WebSite")) {
        push(&mut out, Field::SiteName, JSONLD_PAGE, site.get("name"));
    }
    out
}

/// Candidates from the JSON object of `<meta name="parsely-page" content="...">`.
pub(super) fn parsely_page(json: &str) -> Vec<Candidate> {
    let mut out = Vec::new();
    let Some(Value::Object(page)) = parse(json) else { return out };
    push(&mut out, Field::Title, PARSELY, page.get("title"));
    push(&mut out, Field::Published, PARSELY, page.get("pub_date"));
    push(&mut out, Field::Image, PARSELY, page.get("image_url"));
    push(&mut out, Field::Url, PARSELY, page.get("link"));
    for key in ["author", "authors"] {
        for name in names(page.get(key), &[]) {
            out.push(Candidate::new(Field::Author, PARSELY, name));
        }
    }
    out
}

/// Parses script text, tolerating the wrappers pages put around it and raw
/// control characters inside strings.
fn parse(text: &str) -> Option<Value> {
    let mut text = text.trim();
    for wrapper in ["<!--", "//<![CDATA[", "<![CDATA["] {
        text = text.strip_prefix(wrapper).unwrap_or(text).trim();
    }
    for wrapper in ["-->", "//]]>", "]]>", ";"] {
        text = text.strip_suffix(wrapper).unwrap_or(text).trim();
    }
    let cleaned: String = text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    serde_json::from_str(&cleaned).ok()
}

/// The objects of a value, in depth-first order: itself, and those nested in its
/// properties and arrays (`@graph`, `mainEntity`, ...), down to [`MAX_NESTING`].
fn objects(value: &Value) -> Vec<&Object> {
    let mut out = Vec::new();
    let mut stack = vec![(value, 0)];
    while let Some((value, depth)) = stack.pop() {
        if let Value::Object(object) = value {
            out.push(object);
            if out.len() >= MAX_OBJECTS {
                break;
            }
        }
        let inner: Vec<&Value> = match value {
            Value::Object(object) if depth < MAX_NESTING => object.values().collect(),
            Value::Array(items) if depth < MAX_NESTING => items.iter().collect(),
            _ => continue,
        };
        stack.extend(inner.into_iter().rev().filter(|v| v.is_object() || v.is_array()).map(|v| (v, depth + 1)));
    }
    out
}

/// Whether a list's entries (`itemListElement`) are all menu entries
/// ([`NAVIGATION_TYPES`]): the site's navigation, not the page's listing.
fn lists_navigation(list: &Object) -> bool {
    let Some(Value::Array(items)) = list.get("itemListElement") else { return false };
    let menu_entry = |item: &Value| item.as_object().is_some_and(|o| has_type(o, |t| NAVIGATION_TYPES.contains(&t)));
    !items.is_empty() && items.iter().all(menu_entry)
}

/// True when one of the object's `@type`s (less any `schema:` or URL prefix) passes.
fn has_type(object: &Object, test: impl Fn(&str) -> bool) -> bool {
    let short = |t: &str| test(short_type(t));
    match object.get("@type") {
        Some(Value::String(t)) => short(t),
        Some(Value::Array(types)) => types.iter().filter_map(Value::as_str).any(short),
        _ => false,
    }
}

fn is_article(t: &str) -> bool {
    t.ends_with("Article") || t.ends_with("Posting") || ARTICLE_TYPES.contains(&t)
}

/// Candidates from the chosen object; `article` says whether it is an article
/// (ranked above the meta tags) or a web page (ranked below them).
fn describe(object: &Object, graph: &[&Object], article: bool, out: &mut Vec<Candidate>) {
    let rank = if article { JSONLD } else { JSONLD_PAGE };
    push(out, Field::Title, rank, object.get("headline"));
    if article {
        push(out, Field::Title, rank, object.get("name"));
    }
    for name in names(object.get("author").or(object.get("creator")), graph) {
        out.push(Candidate::new(Field::Author, rank, name));
    }
    push(out, Field::Published, rank, object.get("datePublished").or(object.get("dateCreated")));
    push(out, Field::Modified, rank, object.get("dateModified"));
    push(out, Field::Description, rank, object.get("description"));
    let publisher = match object.get("publisher") {
        Some(Value::Object(publisher)) => name_of(publisher, graph),
        other => other,
    };
    push(out, Field::SiteName, rank, publisher);
    let late = if article { AFTER_CARDS } else { JSONLD_PAGE };
    push(out, Field::Image, late, object.get("image").and_then(|image| image_url(image, graph)));
    push(out, Field::Url, late, object.get("url"));
    push(out, Field::Lang, late, object.get("inLanguage"));
}

/// Adds a candidate when the value is a non-empty string.
fn push(out: &mut Vec<Candidate>, field: Field, rank: u8, value: Option<&Value>) {
    if let Some(text) = value.and_then(Value::as_str).filter(|t| !t.trim().is_empty()) {
        out.push(Candidate::new(field, rank, text.to_owned()));
    }
}

/// Author names: a string, an object with `name`, or an array of either.
fn names(value: Option<&Value>, graph: &[&Object]) -> Vec<String> {
    let items: Vec<&Value> = match value {
        Some(Value::Array(items)) => items.iter().take(MAX_AUTHORS).collect(),
        Some(value) => vec![value],
        None => Vec::new(),
    };
    items
        .into_iter()
        .filter_map(|item| match item {
            Value::String(name) => Some(name.clone()),
            Value::Object(person) => name_of(person, graph).and_then(Value::as_str).map(str::to_owned),
            _ => None,
        })
        .collect()
}

/// The `name` of a person or organisation, looked up through an `@id` stub.
fn name_of<'a>(object: &'a Object, graph: &[&'a Object]) -> Option<&'a Value> {
    object.get("name").or_else(|| referenced(object, graph).and_then(|o| o.get("name")))
}

/// The graph object a `{"@id": ...}` stub refers to.
fn referenced<'a>(stub: &Object, graph: &[&'a Object]) -> Option<&'a Object> {
    let id = stub.get("@id")?;
    graph.iter().find(|o| o.get("@id") == Some(id) && o.len() > 1).copied()
}

/// An image value's URL: a string, an object with `url` or `contentUrl`, or the first
/// of an array of either.
fn image_url<'a>(value: &'a Value, graph: &[&'a Object]) -> Option<&'a Value> {
    let value = match value {
        Value::Array(items) => items.first()?,
        value => value,
    };
    match value {
        Value::String(_) => Some(value),
        Value::Object(image) => {
            let image = if image.contains_key("url") { image } else { referenced(image, graph).unwrap_or(image) };
            image.get("url").or(image.get("contentUrl")).filter(|url| url.is_string())
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(scripts: &[&str], field: Field) -> Vec<(u8, String)> {
        let scripts: Vec<String> = scripts.iter().map(|s| (*s).to_owned()).collect();
        read(&scripts).found.into_iter().filter(|c| c.field == field).map(|c| (c.rank, c.value)).collect()
    }

    #[test]
    fn forum_threads_and_question_pages_are_discussions() {
        let thread = r#"{"@type": "DiscussionForumPosting", "headline": "Which telescope?"}"#;
        let qa = r#"{"@context": "https://schema.org", "@type": ["WebPage", "schema:QAPage"]}"#;
        let news = r#"{"@type": "NewsArticle", "headline": "News"}"#;
        let says = |script: &str| read(&[script.to_owned()]).discussion;
        assert!(says(thread) && says(qa));
        assert!(!says(news));
        assert!(read(&[news.to_owned()]).article && !read(&[qa.to_owned()]).article);
    }

    #[test]
    fn the_article_object_is_found_past_others() {
        let video = r#"{"@type": "VideoObject", "name": "A clip"}"#;
        let article = r#"<!--//<![CDATA[
            [{"@type": "schema:BlogPosting", "name": "Post", "author": {"@id": "_:ann"}},
             {"@type": "Person", "@id": "_:ann", "name": "Ann Lee"}] //]]>-->"#;
        assert_eq!(values(&[video, article], Field::Title), [(JSONLD, "Post".to_owned())]);
        assert_eq!(values(&[video, article], Field::Author), [(JSONLD, "Ann Lee".to_owned())]);
    }

    #[test]
    fn nested_articles_are_found() {
        let page = r#"{"@type": "WebPage", "name": "Page", "mainEntity": {"@type": "NewsArticle", "headline": "News",
            "publisher": {"@type": "Organization", "name": "Daily"}}}"#;
        assert_eq!(values(&[page], Field::Title), [(JSONLD, "News".to_owned())]);
        assert_eq!(values(&[page], Field::SiteName), [(JSONLD, "Daily".to_owned())]);
    }

    #[test]
    fn web_pages_rank_below_meta_tags() {
        let page = r#"{"@type": "WebPage", "headline": "Page", "name": "Page - Site", "inLanguage": "de"}"#;
        assert_eq!(values(&[page], Field::Title), [(JSONLD_PAGE, "Page".to_owned())]);
        assert_eq!(values(&[page], Field::Lang), [(JSONLD_PAGE, "de".to_owned())]);
    }

    #[test]
    fn images_and_raw_control_characters() {
        let article = "{\"@type\": \"Article\", \"headline\": \"Two\nlines\", \"image\": {\"@type\": \"ImageObject\", \"url\": \"/a.jpg\"}}";
        assert_eq!(values(&[article], Field::Title), [(JSONLD, "Two lines".to_owned())]);
        assert_eq!(values(&[article], Field::Image), [(AFTER_CARDS, "/a.jpg".to_owned())]);
        assert!(values(&["{nope", "[]", "42"], Field::Title).is_empty());
    }
}
