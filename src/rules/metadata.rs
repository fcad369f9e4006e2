//! Words the metadata stage reads: byline words and class tokens, author placeholders,
//! name separators and particles, month and weekday names, JSON-LD article types and
//! title separators.
//!
//! `metadata` imports these lists directly; they are not compiled into `Rules`. Tables
//! that map keys to its `Field` (meta keys, microdata properties) stay in that stage.
//! A list whose order matters says so in its doc. To add an entry, put it in place
//! (sorted place, where `lists_are_sorted_and_unique` in `mod.rs` checks the list) and add
//! a fixture under `tests/fixtures/`, with a `meta.json`, whose page needs it.

/// Words that introduce a byline, lowercase. Sorted.
#[rustfmt::skip]
pub(crate) const BYLINE_PREFIXES: &[&str] = &[
    "af",
    "auteur",
    "author",
    "autor",
    "autora",
    "av",
    "by",
    "door",
    "par",
    "por",
    "posted by",
    "reporting by",
    "story by",
    "text by",
    "von",
    "words by",
    "written by",
    "автор",
    "作者",
];

/// Values templates leave where a name should be, lowercase. Sorted.
#[rustfmt::skip]
pub(crate) const PLACEHOLDERS: &[&str] = &[
    "admin",
    "anonymous",
    "null",
    "undefined",
    "unknown",
];

/// Separators between several authors' names. A value is split at each in turn, in
/// this order, and its parts trimmed after each split, so the order matters (and the
/// list is not sorted).
#[rustfmt::skip]
pub(crate) const NAME_SEPARATORS: &[&str] = &[
    ", ",
    "; ",
    " & ",
    " and ",
    " en ",
    " et ",
    " e ",
    " i ",
    " och ",
    " og ",
    " und ",
    " y ",
    "、",
];

/// Lowercase words allowed inside a name (`Ludwig van Beethoven`, `Maria de Souza`).
#[rustfmt::skip]
pub(crate) const NAME_PARTICLES: &[&str] = &[
    "al",
    "da",
    "de",
    "del",
    "der",
    "di",
    "du",
    "la",
    "le",
    "van",
    "von",
];

/// Class and id tokens that mark a byline: tokens containing one of these, and tokens
/// equal to `author` or ending in `-author` or `_author` (`article__author`).
/// Tokens naming comments are never bylines.
#[rustfmt::skip]
pub(crate) const BYLINE_HINTS: &[&str] = &[
    "author-link",
    "author-name",
    "author_name",
    "authorname",
    "byline",
    "writtenby",
];

/// Every byline token holds one of these: a quick test before the others.
#[rustfmt::skip]
pub(crate) const BYLINE_STEMS: &[&str] = &[
    "author",
    "byline",
    "writtenby",
];

/// English month names, in calendar order; any prefix of three letters or more matches.
/// A name's position gives its month number, so the list is not sorted.
#[rustfmt::skip]
pub(crate) const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// English weekday names; any prefix of three letters or more matches.
#[rustfmt::skip]
pub(crate) const WEEKDAYS: &[&str] = &[
    "friday",
    "monday",
    "saturday",
    "sunday",
    "thursday",
    "tuesday",
    "wednesday",
];

/// schema.org types by which a page declares itself a discussion (a forum thread, a
/// question with its answers): there the comments are the content.
#[rustfmt::skip]
pub(crate) const DISCUSSION_TYPES: &[&str] = &[
    "DiscussionForumPosting",
    "QAPage",
];

/// schema.org types of a question page: its answers are the discussion, and the
/// comments under the question and each answer are asides, chrome as elsewhere.
#[rustfmt::skip]
pub(crate) const QUESTION_TYPES: &[&str] = &[
    "QAPage",
];

/// schema.org microdata types of a thread's opening post on a question page: the item
/// holds the question and the answers beside it, so a region that stands inside it
/// (the answers) grows to it, taking in the question.
#[rustfmt::skip]
pub(crate) const THREAD_ITEM_TYPES: &[&str] = &[
    "Question",
];

/// The schema.org type of a product offered in variants (sizes, colours), each of
/// them a `Product` of its own.
pub(crate) const PRODUCT_GROUP: &str = "ProductGroup";

/// schema.org types that declare a product. Sorted.
#[rustfmt::skip]
pub(crate) const PRODUCT_TYPES: &[&str] = &[
    "Product",
    "ProductGroup",
];

/// What the `id` or `name` of a shop's add-to-cart control says, lowercase, with
/// hyphens and underscores removed (`add-to-cart`, `AddToCart`, `product_addtocart_button`).
/// Identifiers stay English on shops in every language. Sorted.
#[rustfmt::skip]
pub(crate) const CART_CONTROLS: &[&str] = &[
    "addtobag",
    "addtobasket",
    "addtocart",
];

/// schema.org types of a page that lists many things (a shop's category, search
/// results): the `Product` items on it are its entries, and the page is no product.
/// Sorted.
#[rustfmt::skip]
pub(crate) const LISTING_TYPES: &[&str] = &[
    "CollectionPage",
    "ItemList",
    "OfferCatalog",
    "SearchResultsPage",
];

/// schema.org types of a site's menu entries: a listing type's object whose entries
/// are all of these is the site's navigation marked up, not a list of things the page
/// offers, and leaves a product's page a product's. Sorted.
#[rustfmt::skip]
pub(crate) const NAVIGATION_TYPES: &[&str] = &[
    "SiteNavigationElement",
];

/// Types that are articles besides those ending in `Article` or `Posting`. (Not
/// `Review`: reviews nest inside product pages, where they are not the page.)
#[rustfmt::skip]
pub(crate) const ARTICLE_TYPES: &[&str] = &[
    "HowTo",
    "Recipe",
    "Report",
];

/// Separators between a headline and a site name, spaces included.
#[rustfmt::skip]
pub(crate) const TITLE_SEPARATORS: &[&str] = &[
    " - ",
    " / ",
    " :: ",
    " · ",
    " | ",
    " • ",
    " » ",
    " – ",
    " — ",
];
