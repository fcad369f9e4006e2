//! Tag sets: which elements end a text block, which are dropped with their contents,
//! and which are chrome by their very name.
//!
//! Add a tag here, never as a literal in a stage. Lists are sorted.

/// Elements whose whole subtree never holds article text.
#[rustfmt::skip]
pub(crate) const DROPPED: &[&str] = &[
    "applet",
    "audio",
    "button",
    "canvas",
    "datalist",
    "dialog",
    "embed",
    "frame",
    "frameset",
    "head",
    "iframe",
    "input",
    "link",
    "map",
    "math",
    "menu",
    "meta",
    "noembed",
    "noframes",
    "object",
    "option",
    "param",
    "script",
    "select",
    "source",
    "style",
    "svg",
    "template",
    "textarea",
    "title",
    "track",
    "video",
];

/// Elements that are page chrome by their name: kept out of the article unless the
/// page has nothing else (see `select`).
#[rustfmt::skip]
pub(crate) const CHROME: &[&str] = &[
    "aside",
    "footer",
    "header",
    "nav",
];

/// Elements that are self-contained items by their name: six or more of them side
/// by side are a list of posts or products, which needs less text beside its
/// introduction to be the page's content than rows or cards of other tags (see
/// `select::records_with_intro`).
#[rustfmt::skip]
pub(crate) const SELF_CONTAINED_RECORDS: &[&str] = &[
    "article",
];

/// Elements that start and end a text block.
#[rustfmt::skip]
pub(crate) const BLOCK: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "caption",
    "center",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "html",
    "legend",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
];

/// ARIA roles that mark an element as chrome.
#[rustfmt::skip]
pub(crate) const CHROME_ROLES: &[&str] = &[
    "alert",
    "alertdialog",
    "banner",
    "complementary",
    "contentinfo",
    "dialog",
    "menu",
    "menubar",
    "navigation",
    "search",
    "toolbar",
];

/// ARIA roles of the panels that accordions and tabs show and hide: hidden by
/// `aria-hidden` while collapsed, they are content all the same.
#[rustfmt::skip]
pub(crate) const DISCLOSURE_ROLES: &[&str] = &[
    "region",
    "tabpanel",
];

/// Id prefixes of elements that streaming server renderers fill with the page's
/// content while keeping them `hidden` until a script moves them into place
/// (React's `<div hidden id="S:0">`).
#[rustfmt::skip]
pub(crate) const STREAMED_CONTENT_IDS: &[&str] = &[
    "S:",
];

/// Id prefixes of the placeholders that a streamed segment ([`STREAMED_CONTENT_IDS`])
/// fills, with the same number after the prefix, in the order they are looked for:
/// React's `<template id="P:3">` (a segment's place) and `<template id="B:3">` (a
/// suspense boundary whose fallback the segment replaces). The parse moves each
/// segment there, as the renderer's script would once the page loads.
pub(crate) const STREAMED_PLACEHOLDER_IDS: &[&str] = &["P:", "B:"];

/// Attributes that hold an image's source, most trusted first: lazy loaders keep the
/// real source in a `data-` attribute and a placeholder in `src`.
pub(crate) const IMAGE_SOURCE_ATTRIBUTES: &[&str] = &["data-src", "data-lazy-src", "data-original", "src"];

/// Attributes that hold an image's `srcset`, most trusted first.
pub(crate) const IMAGE_SRCSET_ATTRIBUTES: &[&str] = &["data-srcset", "data-lazy-srcset", "srcset"];

/// File names and words that mark a lazy loader's stand-in image, not the picture.
#[rustfmt::skip]
pub(crate) const IMAGE_PLACEHOLDERS: &[&str] = &[
    "about:blank",
    "blank.gif",
    "pixel.gif",
    "placeholder",
    "spacer.gif",
    "transparent.gif",
    "transparent.png",
];

/// Attributes some stage or the parser reads: every other attribute is cut from the
/// page before parsing (`parse::scan`). A stage that reads a new attribute adds it
/// here; `dom::Element::attr` checks the list in debug builds. The parser's own
/// reads are here too: `type` and `form` (tables and forms), `color`, `face` and
/// `size` (`font` in SVG), `encoding` (MathML), `charset`, `multiple` and `selected`
/// (`select`), and the `shadowroot` attributes of `template`.
#[rustfmt::skip]
pub(crate) const READ_ATTRIBUTES: &[&str] = &[
    "alt",
    "aria-controls",
    "aria-hidden",
    "charset",
    "class",
    "color",
    "content",
    "data-lazy-src",
    "data-lazy-srcset",
    "data-original",
    "data-src",
    "data-srcset",
    "datetime",
    "encoding",
    "face",
    "form",
    "hidden",
    "href",
    "http-equiv",
    "id",
    "itemprop",
    "itemtype",
    "lang",
    "multiple",
    "name",
    "property",
    "pubdate",
    "rel",
    "role",
    "selected",
    "shadowrootclonable",
    "shadowrootdelegatesfocus",
    "shadowrootmode",
    "shadowrootserializable",
    "size",
    "src",
    "srcset",
    "style",
    "tabindex",
    "type",
    "xml:lang",
];

/// Inline style declarations that hide an element, written lowercase and without
/// spaces: a style is compacted the same way before it is searched for them.
pub(crate) const HIDING_STYLES: &[&str] = &["display:none", "visibility:hidden"];

/// Utility classes that hide an element at every screen width (Tailwind's `hidden`,
/// Bootstrap's `d-none`), unless a class beside them shows it again at some width
/// or state (`md:block`, `d-lg-flex`: [`DISPLAY_VALUES`]); and the classes of a
/// Webflow form's result messages ("Thank you! Your submission has been received!",
/// "Oops! Something went wrong"), which its style sheet hides until the form is sent.
pub(crate) const HIDING_CLASSES: &[&str] = &["d-none", "hidden", "w-form-done", "w-form-fail"];

/// Class names of text clipped to a pixel for screen readers alone
/// (`visually-hidden`): a shop card's "Regular price", "Sale price" and "Unit price
/// per" beside the price a reader sees. A token names one when it is one of these,
/// or one behind a short prefix of a framework or a site (`u-visually-hidden`: see
/// [`SCREEN_READER_PREFIX_MAX`]). Bootstrap's and Tailwind's `sr-only` and
/// WordPress's `screen-reader-text` are not here: forums and shops put what the page
/// says in them (a post's "Quote" label, the only text of a sale price).
pub(crate) const SCREEN_READER_CLASSES: &[&str] = &["hidden-visually", "hide-visually", "visually-hidden", "visually-hidden-focusable", "visuallyhidden"];
/// The longest prefix (letters and digits, then a hyphen) before a name of
/// [`SCREEN_READER_CLASSES`]: longer ones name a state or a breakpoint of their own
/// (`flatten-visually-hidden`) or a component's part (`footer-title-visually-hidden`).
pub(crate) const SCREEN_READER_PREFIX_MAX: usize = 5;

/// Tags of the controls that open a collapsed element right after them (an FAQ's
/// question, a tab's title): an element hidden by its class behind one is a panel.
pub(crate) const DISCLOSURE_TOGGLES: &[&str] = &["button", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "label", "summary"];

/// Tags of an FAQ's question: an element hidden by an attribute right after one that
/// names it in `aria-controls` is its collapsed answer (`prune::follows_question`).
pub(crate) const QUESTION_TAGS: &[&str] = &["dt", "h1", "h2", "h3", "h4", "h5", "h6"];
/// How many elements of the question, itself first, are searched for that
/// `aria-controls` (a heading, a button in it, a span in the button...).
pub(crate) const QUESTION_REACH: usize = 8;

/// An element hidden by the `hidden` attribute or `aria-hidden` right after a sibling
/// of its own tag and class is the next pane of a set a script shows in turn (a tab
/// set, a carousel), unless its text copies one of this many earlier siblings of
/// that tag and class (a marquee's or a looping carousel's second copy).
pub(crate) const PANE_COPY_REACH: usize = 64;

/// Display values that a responsive utility class (`md:block`, `d-md-block`) sets.
pub(crate) const DISPLAY_VALUES: &[&str] = &["block", "contents", "flex", "flow-root", "grid", "inline", "inline-block", "inline-flex", "inline-grid", "table"];

/// An id of this many words or more that spells its element's own heading is an
/// anchor (a table of contents links to it), not a component's name: its words, such
/// as "menu" in "menu-innovation-strategies-building-memorable-dining-experiences",
/// are not read as chrome tokens. Shorter ids ("related-posts") name components.
pub(crate) const ANCHOR_MIN_WORDS: usize = 5;
/// The heading is looked for among this many first descendant elements...
pub(crate) const ANCHOR_HEADING_REACH: usize = 8;
/// ... and this many bytes of its text are read.
pub(crate) const ANCHOR_HEADING_MAX_CHARS: usize = 300;
