//! Class and id tokens that say what an element is.
//!
//! `class` and `id` are lowercased, `_` read as `-`, then each token below is matched
//! at the start of a word: `share` matches `share-bar` and `sharebox`, not `timeshare`.
//! Tokens in the `*_WORDS` lists must also end at a word boundary (`ad` matches
//! `ad-slot` but not `address`). To add a token, put it in sorted place and add a
//! fixture under `tests/fixtures/` whose page needs it.

use super::Chrome::{self, Ad, Appeal, Comments, Consent, Copyright, Meta, Navigation, Newsletter, Related, Reviews, Share};

/// Tokens of chrome containers, matched as word prefixes.
#[rustfmt::skip]
pub(crate) const CHROME_PREFIXES: &[(&str, Chrome)] = &[
    ("adsense", Ad),
    ("advert", Ad),
    ("breadcrumb", Navigation),
    ("comment", Comments),
    ("consent", Consent),
    ("contribut", Appeal),
    ("cookie", Consent),
    ("ctopicoverview", Meta),
    ("disclaimer", Copyright),
    ("disqus", Comments),
    ("donat", Appeal),
    ("dropdown", Navigation),
    ("footer", Navigation),
    ("gdpr", Consent),
    ("masthead", Navigation),
    ("membership", Appeal),
    ("menu", Navigation),
    ("modal", Consent),
    ("most-popular", Related),
    ("most-read", Related),
    ("navbar", Navigation),
    ("navigation", Navigation),
    ("newsletter", Newsletter),
    ("outbrain", Related),
    ("pagination", Navigation),
    ("paywall", Appeal),
    ("popover", Consent),
    ("popular", Related),
    ("popup", Consent),
    ("postprofile", Meta),
    ("promo", Ad),
    ("recommend", Related),
    ("related", Related),
    ("review", Reviews),
    ("share", Share),
    ("sharing", Share),
    ("sidebar", Navigation),
    ("signature", Meta),
    ("signup", Newsletter),
    ("similar", Related),
    ("skip-link", Navigation),
    ("social", Share),
    ("sponsor", Ad),
    ("subscribe", Newsletter),
    ("taboola", Related),
    ("toolbar", Navigation),
    ("tooltip", Consent),
    ("trending", Related),
    ("userextra", Meta),
    ("userinfo-extra", Meta),
    ("userstat", Meta),
    ("usertitle", Meta),
];

/// Tokens of chrome containers outside the content only, matched as word prefixes.
/// Outside `<main>`, `<article>` and content containers a `banner` is an ad or a
/// notice, and a `subscription` box a sign-up prompt; inside them, page builders give
/// the first name to a page's hero sections, and shops the second to the products
/// one may buy by subscription (`subscription-eligible` cards).
#[rustfmt::skip]
pub(crate) const OUTSIDE_CONTENT_PREFIXES: &[(&str, Chrome)] = &[
    ("banner", Ad),
    ("subscription", Newsletter),
];

/// Chrome tokens (of [`CHROME_PREFIXES`]) that count inside `<main>`, `<article>` and
/// content containers only on a page that declares itself an article or a product,
/// when no other token names the element chrome. On an article a `promo` box inside
/// the story is an ad for another one, and on a product's page a tile for other
/// offers; on a service page or a shop's landing page, page builders name the page's
/// own offers so (`promo-section`, `promo-grid`), and they are its content. Outside
/// the content such a token counts on any page.
#[rustfmt::skip]
pub(crate) const ARTICLE_CONTENT_PREFIXES: &[&str] = &["promo"];

/// Words that, opening a class word, turn the chrome token after them into a state
/// (`hide-read-more-ad`, `no-sidebar`): the element is not that chrome.
#[rustfmt::skip]
pub(crate) const NEGATING_PREFIXES: &[&str] = &["disable-", "hide-", "no-", "not-", "remove-", "without-"];

/// Words that, ending a compound class word, name a publishing state of the element
/// they mark though they start like a chrome token (`node--promoted`: a page promoted
/// to the front page), not a chrome container. Elsewhere they still count:
/// `promoted-stories` is a list of sponsored links, and so may be a bare `promoted`.
#[rustfmt::skip]
pub(crate) const STATE_WORDS: &[&str] = &["promoted"];

/// Words that, following a chrome token, name a control of that chrome rather than
/// its container (`menu-toggle`, `share-icon`, `nav-arrow`): the control is dropped or
/// cut on its own, and its name says nothing of what holds it.
#[rustfmt::skip]
pub(crate) const CONTROL_SUFFIXES: &[&str] = &["-arrow", "-btn", "-button", "-control", "-dot", "-icon", "-toggle", "-trigger"];

/// Tokens of chrome containers that must match a whole word.
#[rustfmt::skip]
pub(crate) const CHROME_WORDS: &[(&str, Chrome)] = &[
    ("ad", Ad),
    ("ads", Ad),
    ("donate", Appeal),
    ("more-stories", Related),
    ("nav", Navigation),
    ("read-more", Related),
    ("readmore", Related),
    ("support-us", Appeal),
    ("tags", Navigation),
];

/// Words that mark a figure's caption or its image credit, anywhere in a class or id
/// (`wp-caption-text`, `newsCaption`, `imageEmbedCredit`). The plain text leaves
/// such text out unless asked to keep captions; selection does not read them.
/// Only tokens of letters, digits and hyphens count (not utility classes such as
/// `[&_figcaption]:mt-xs`), and not those of [`TAXONOMY_PREFIXES`].
pub(crate) const CAPTION_MARKERS: &[&str] = &["caption", "credit"];

/// Words that name an accordion's or a collapsible's panel, or a tab's, anywhere in a
/// class or id (`cdr-accordion__content`, `faq-collapsible`, `faq-answer`, `tab-pane`,
/// `cpTabPanel`): hidden by `aria-hidden` or a style while collapsed, such a panel is
/// content all the same (a shop's specifications tab). An FAQ's answers sit in the
/// same drop-down parts as a menu's, and are collapsed the same way.
pub(crate) const DISCLOSURE_MARKERS: &[&str] = &["accordion", "collaps", "faq", "tab-pane", "tab-panel", "tabpanel"];

/// Class prefixes that name a post's categories and tags, whatever the words after
/// them (`category-tax-credits`): never a hint of what the element is.
pub(crate) const TAXONOMY_PREFIXES: &[&str] = &["category-", "tag-"];

/// Tokens of consent managers' own containers, matched as word prefixes: the
/// cookie banners and preference centres that vendors inject into any page. They
/// are never page text, however much of it they hold (a preference centre can
/// outweigh a short forum thread), so they are dropped whole.
#[rustfmt::skip]
pub(crate) const CONSENT_MANAGERS: &[&str] = &[
    "cky-consent",
    "cmplz",
    "cookiebot",
    "cybotcookiebot",
    "didomi",
    "iubenda",
    "onetrust",
    "osano",
    "qc-cmp",
    "truste-consent",
    "usercentrics",
];

/// Tokens of embedded social posts, matched as word prefixes: a tweet quoted in a
/// story is part of it, though its wrapper is often named `social-embed` and its
/// text ends in a handle and a date. An element with one is never cut by a chrome
/// token (nor counted a content container). Not `embed` alone: embedded galleries
/// and graphics carry their own buttons and axis labels.
#[rustfmt::skip]
pub(crate) const EMBED_PREFIXES: &[&str] = &[
    "bluesky-embed",
    "fb-post",
    "instagram-media",
    "mastodon-embed",
    "reddit-embed",
    "social-embed",
    "social-media-embed",
    "tiktok-embed",
    "twitter-tweet",
];

/// Words that, after a content token and a hyphen, make a class a presentation
/// utility rather than a container's name (`text-center`, `text-gray-500`,
/// `md:text-left`, `content-between`): utility-first stylesheets put them on any
/// element, menus and sidebars included. A digit or a `[` there does the same
/// (`text-2xl`, `text-[14px]`).
#[rustfmt::skip]
pub(crate) const PRESENTATION_WORDS: &[&str] = &[
    "align", "alignment", "amber", "around", "balance", "base", "between", "black",
    "blue", "bold", "bottom", "button", "capitalize", "center", "clip", "color",
    "colour", "cyan", "danger", "dark", "decoration", "ellipsis", "emerald", "end",
    "evenly", "fuchsia", "gray", "green", "grey", "indigo", "info", "italic",
    "justification", "justify", "left", "lg", "light", "lime", "link", "lowercase",
    "md", "muted", "neutral", "none", "normal", "nowrap", "opacity", "orange", "pink",
    "position", "pretty", "primary", "purple", "red", "right", "rose", "secondary",
    "shadow", "size", "sky", "slate", "sm", "start", "stone", "stretch", "success",
    "teal", "top", "transform", "truncate", "underline", "uppercase", "violet",
    "warning", "white", "wrap", "xl", "xs", "yellow", "zinc",
];

/// Chrome tokens that, ending a compound word after a content token, still leave it
/// content (`article-footer`, `post-header`): an article's own header and footer hold
/// its title, byline and last lines. Every other chrome token ending a word outweighs
/// a content token before it (`p-body-sidebar`), see `Rules::ends_in_chrome`.
#[rustfmt::skip]
pub(crate) const CONTENT_PARTS: &[&str] = &[
    "footer",
    "header",
];

/// Tokens of content containers, matched as word prefixes. An element with a content
/// token is never cut by a chrome token: `article-footer` may hold the last paragraph.
/// The token does not count in a word that ends in a chrome token (`p-body-sidebar`),
/// unless that token is one of [`CONTENT_PARTS`].
#[rustfmt::skip]
pub(crate) const CONTENT_PREFIXES: &[&str] = &[
    "article",
    "body",
    "content",
    "entry",
    "h-entry",
    "hentry",
    "main",
    "post",
    "prose",
    "story",
    "text",
];
