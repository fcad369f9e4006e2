//! The rule data of the crate, compiled once.
//!
//! Every pattern literal of the crate lives in this folder; stages get a `&Rules`.
//! `tags` names element sets, `hints` class/id tokens, `phrases` visible boilerplate text.
//! `metadata` holds the word lists of the metadata stage (byline words, name separators,
//! month names, title separators), which that stage imports as they are; its tables
//! keyed to its own `Field` type stay with it.

mod hints;
mod metadata;
mod model;
mod phrases;
mod tags;

pub(crate) use metadata::{
    ARTICLE_TYPES, BYLINE_HINTS, CART_CONTROLS, DISCUSSION_TYPES, LISTING_TYPES, NAVIGATION_TYPES, PRODUCT_GROUP, PRODUCT_TYPES, QUESTION_TYPES, THREAD_ITEM_TYPES, BYLINE_PREFIXES, BYLINE_STEMS, MONTHS, NAME_PARTICLES, NAME_SEPARATORS, PLACEHOLDERS,
    TITLE_SEPARATORS, WEEKDAYS,
};
pub(crate) use model::{KEPT_MODEL, LEFT_MODEL};
pub(crate) use tags::{
    ANCHOR_HEADING_MAX_CHARS, ANCHOR_HEADING_REACH, ANCHOR_MIN_WORDS, HIDING_STYLES, HIDING_CLASSES, SCREEN_READER_CLASSES, SCREEN_READER_PREFIX_MAX, DISPLAY_VALUES, DISCLOSURE_TOGGLES, IMAGE_PLACEHOLDERS, PANE_COPY_REACH, QUESTION_REACH, QUESTION_TAGS, READ_ATTRIBUTES, STREAMED_CONTENT_IDS,
    STREAMED_PLACEHOLDER_IDS,
    SELF_CONTAINED_RECORDS,
};

use std::collections::HashMap;
use std::sync::LazyLock;

use html5ever::LocalName;
use regex::Regex;

/// Kinds of page chrome, as told by markup or by visible text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Chrome {
    /// Sponsored content and ad slots.
    Ad,
    /// Donation, membership and subscription appeals.
    Appeal,
    /// Comment sections and comment prompts.
    Comments,
    /// Cookie and consent notices, modal overlays.
    Consent,
    /// Copyright and legal lines.
    Copyright,
    /// Bylines, datelines, reading times.
    Meta,
    /// Menus, breadcrumbs, page headers and footers, sidebars.
    Navigation,
    /// Newsletter sign-ups.
    Newsletter,
    /// "Read more", "Related", "Most read" lists.
    Related,
    /// Share bars and follow prompts.
    Share,
    /// Customers' reviews under a product (taken for chrome on product pages only).
    Reviews,
    /// Buttons and field labels: "Add to cart", "Reply With Quote", "Joined".
    Controls,
}

/// A logistic model over a block's inputs (`refine`): content when the logistic of
/// `bias + weights · inputs` reaches `threshold`, or `records_threshold` on a page
/// the rules took for a list of records (`select::Selection::records`), whose short
/// card lines the block-by-block fit weighs little.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Model {
    pub(crate) bias: f32,
    /// One weight per input of `refine::INPUT_NAMES`, in its order (a test checks the count).
    pub(crate) weights: &'static [f32],
    pub(crate) threshold: f32,
    pub(crate) records_threshold: f32,
}

impl Model {
    /// The threshold on a page of prose, or on a list of records.
    pub(crate) fn threshold(&self, records: bool) -> f32 {
        if records {
            self.records_threshold
        } else {
            self.threshold
        }
    }
}

/// All rules, compiled.
pub(crate) struct Rules {
    dropped: Vec<LocalName>,
    chrome_tags: Vec<LocalName>,
    block_tags: Vec<LocalName>,
    chrome_roles: &'static [&'static str],
    chrome_hint: Regex,
    chrome_hint_kind: HashMap<&'static str, Chrome>,
    content_hint: Regex,
    outside_content_hint: Regex,
    embed_hint: Regex,
    consent_manager: Regex,
    /// Strong and weak phrases in one alternation, strong ones first.
    phrase: Regex,
    /// Each phrase's kind, and whether it is strong.
    phrase_kind: HashMap<&'static str, (Chrome, bool)>,
    reading_time: Regex,
    author_bio: Regex,
    year: Regex,
    image_sources: Vec<LocalName>,
    image_srcsets: Vec<LocalName>,
}

static RULES: LazyLock<Rules> = LazyLock::new(Rules::compile);

/// The compiled rules, built on first use.
pub(crate) fn rules() -> &'static Rules {
    &RULES
}

/// The appeals that name one site ([`phrases::SITE_APPEALS`] filled in), built once
/// per page.
#[derive(Debug, Default)]
pub(crate) struct SiteAppeals {
    name: String,
    phrases: Vec<String>,
}

impl SiteAppeals {
    /// The appeals naming `name` (lowercased); none when `name` is empty.
    pub(crate) fn new(name: String) -> Self {
        let phrases = if name.is_empty() {
            Vec::new()
        } else {
            phrases::SITE_APPEALS.iter().map(|template| template.replace("{}", &name)).collect()
        };
        SiteAppeals { name, phrases }
    }
}

/// Phrase hits in one block of text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct PhraseHits {
    /// Hits of `STRONG` phrases.
    pub(crate) strong: u16,
    /// Hits of `WEAK` phrases.
    pub(crate) weak: u16,
    /// The kind of the first hit, strong hits first.
    pub(crate) kind: Option<Chrome>,
}

impl Rules {
    fn compile() -> Self {
        let prefixes = hints::CHROME_PREFIXES.iter().map(|(t, _)| format!("{}(?-u:\\w)*", regex::escape(t)));
        let words = hints::CHROME_WORDS.iter().map(|(t, _)| format!("{}(?-u:\\b)", regex::escape(t)));
        let chrome: Vec<String> = prefixes.chain(words).collect();
        let content: Vec<String> = hints::CONTENT_PREFIXES.iter().map(|t| regex::escape(t)).collect();
        Self {
            dropped: atoms(tags::DROPPED),
            chrome_tags: atoms(tags::CHROME),
            block_tags: atoms(tags::BLOCK),
            chrome_roles: tags::CHROME_ROLES,
            chrome_hint: word_start_regex(&chrome),
            chrome_hint_kind: hints::CHROME_PREFIXES.iter().chain(hints::CHROME_WORDS).copied().collect(),
            content_hint: word_start_regex(&content),
            outside_content_hint: word_start_regex(&hints::OUTSIDE_CONTENT_PREFIXES.iter().map(|(t, _)| regex::escape(t)).collect::<Vec<_>>()),
            consent_manager: word_start_regex(&hints::CONSENT_MANAGERS.iter().map(|t| regex::escape(t)).collect::<Vec<_>>()),
            embed_hint: word_start_regex(&hints::EMBED_PREFIXES.iter().map(|t| regex::escape(t)).collect::<Vec<_>>()),
            phrase: literal_regex(&escaped(phrases::STRONG).into_iter().chain(escaped(phrases::WEAK)).collect::<Vec<_>>()),
            phrase_kind: phrase_kinds(),
            reading_time: literal_regex(&phrases::READING_TIME.iter().map(|p| regex::escape(p)).collect::<Vec<_>>()),
            author_bio: author_bio_regex(),
            year: literal_regex(&[r"(?-u:\b)(?:19|20)[0-9]{2}(?-u:\b)".to_owned()]),
            image_sources: atoms(tags::IMAGE_SOURCE_ATTRIBUTES),
            image_srcsets: atoms(tags::IMAGE_SRCSET_ATTRIBUTES),
        }
    }

    /// Whether the element and everything in it never holds article text.
    pub(crate) fn is_dropped(&self, tag: &LocalName) -> bool {
        self.dropped.contains(tag)
    }

    /// The attributes that may hold an image's source ([`tags::IMAGE_SOURCE_ATTRIBUTES`]).
    pub(crate) fn image_source_attributes(&self) -> &[LocalName] {
        &self.image_sources
    }

    /// The attributes that may hold an image's `srcset` ([`tags::IMAGE_SRCSET_ATTRIBUTES`]).
    pub(crate) fn image_srcset_attributes(&self) -> &[LocalName] {
        &self.image_srcsets
    }

    /// Whether the element is chrome by its tag name.
    pub(crate) fn is_chrome_tag(&self, tag: &LocalName) -> bool {
        self.chrome_tags.contains(tag)
    }

    /// Whether the element starts and ends a text block.
    pub(crate) fn is_block(&self, tag: &LocalName) -> bool {
        self.block_tags.contains(tag)
    }

    /// Whether a hidden element's id marks content parked by a streaming renderer.
    pub(crate) fn is_streamed_content(&self, id: &str) -> bool {
        tags::STREAMED_CONTENT_IDS.iter().any(|prefix| id.starts_with(prefix))
    }

    /// Whether an ARIA `role` value marks chrome.
    pub(crate) fn is_chrome_role(&self, role: &str) -> bool {
        names_role(role, self.chrome_roles)
    }

    /// Whether an ARIA `role` value marks an accordion's or a tab's panel.
    pub(crate) fn is_disclosure_role(&self, role: &str) -> bool {
        names_role(role, tags::DISCLOSURE_ROLES)
    }

    /// Whether a class or id value names an accordion's or a collapsible's panel
    /// ([`hints::DISCLOSURE_MARKERS`], anywhere, in any case).
    pub(crate) fn names_disclosure(&self, value: &str) -> bool {
        hints::DISCLOSURE_MARKERS.iter().any(|marker| contains_ignoring_ascii_case(value, marker))
    }

    /// What a normalised class/id string says: a chrome kind, unless a content or an
    /// embed token is present too. A content token counts only in a word that does not
    /// end in a chrome token ([`Rules::ends_in_chrome`]).
    /// A Navigation token in a word that names a disclosure panel does not count
    /// ([`Rules::is_disclosure_navigation`]).
    pub(crate) fn chrome_hint(&self, class_id: &str) -> Option<Chrome> {
        let found = self.chrome_hint.find_iter(class_id).filter(|found| !names_state_or_control(class_id, found.start(), found.end()));
        let mut hints = found.map(|found| (found.start(), self.chrome_kind(found.as_str())));
        let (_, kind) = hints.find(|&(start, kind)| !self.is_disclosure_navigation(kind, word_at(class_id, start)))?;
        let names_content = |word: &&str| self.is_content_hint(word) && !self.ends_in_chrome(word);
        if class_id.split_ascii_whitespace().any(|word| names_content(&word)) || self.embed_hint.is_match(class_id) {
            return None;
        }
        kind
    }

    /// Whether every chrome token of a normalised class/id string that
    /// [`Rules::chrome_hint`] reads is one of [`hints::ARTICLE_CONTENT_PREFIXES`]:
    /// inside the content, such an element is chrome on an article or a product only.
    pub(crate) fn names_article_chrome_only(&self, class_id: &str) -> bool {
        let mut found = self.chrome_hint.find_iter(class_id).filter(|found| !names_state_or_control(class_id, found.start(), found.end())).peekable();
        found.peek().is_some() && found.all(|found| hints::ARTICLE_CONTENT_PREFIXES.iter().any(|prefix| found.as_str().starts_with(prefix)))
    }

    /// The kind of a chrome token found by the `chrome_hint` pattern.
    fn chrome_kind(&self, token: &str) -> Option<Chrome> {
        self.chrome_hint_kind.get(token).copied().or_else(|| {
            let mut kinds = hints::CHROME_PREFIXES.iter();
            kinds.find(|(prefix, _)| token.starts_with(prefix)).map(|(_, kind)| *kind)
        })
    }

    /// Whether a Navigation token stands in a word that names a disclosure panel
    /// (`accordion-item--dropdown`, `collapsible-menu`): an FAQ's answers and a
    /// product's collapsed details are built of the same parts as a drop-down menu,
    /// and hold content. Tokens of other kinds still count there (`cookie-accordion`).
    fn is_disclosure_navigation(&self, kind: Option<Chrome>, word: &str) -> bool {
        kind == Some(Chrome::Navigation) && self.names_disclosure(word)
    }

    /// Whether the last segment of a compound class word is a chrome token: the last
    /// segment names the element, earlier ones its parent or its page (`p-body-sidebar`
    /// is a sidebar, `post-comments` a comment section). Footers and headers are the
    /// exception ([`hints::CONTENT_PARTS`]): `article-footer` holds the end of the article.
    fn ends_in_chrome(&self, word: &str) -> bool {
        let Some(last) = word.rsplit('-').find(|segment| !segment.is_empty()) else { return false };
        !hints::CONTENT_PARTS.iter().any(|part| last.starts_with(part)) && self.chrome_hint.find(last).is_some_and(|found| found.start() == 0)
    }

    /// The chrome kind that a normalised class/id string names outside the content
    /// only ([`hints::OUTSIDE_CONTENT_PREFIXES`]).
    pub(crate) fn outside_content_hint(&self, class_id: &str) -> Option<Chrome> {
        let token = self.outside_content_hint.find(class_id)?.as_str();
        hints::OUTSIDE_CONTENT_PREFIXES.iter().find(|(prefix, _)| token.starts_with(prefix)).map(|(_, kind)| *kind)
    }

    /// Whether a normalised class/id string names a figure caption or an image credit
    /// ([`hints::CAPTION_MARKERS`], anywhere in a token: `newsCaption`, `image-credit`).
    pub(crate) fn names_caption(&self, class_id: &str) -> bool {
        // Most values name neither: one search of the whole value settles them.
        if !hints::CAPTION_MARKERS.iter().any(|marker| class_id.contains(marker)) {
            return false;
        }
        class_id.split_ascii_whitespace().any(|token| {
            token.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
                && !hints::TAXONOMY_PREFIXES.iter().any(|prefix| token.starts_with(prefix))
                && hints::CAPTION_MARKERS.iter().any(|marker| token.contains(marker))
        })
    }

    /// Whether a normalised class/id string names a consent manager's container
    /// ([`hints::CONSENT_MANAGERS`]).
    pub(crate) fn is_consent_manager(&self, class_id: &str) -> bool {
        self.consent_manager.is_match(class_id)
    }

    /// Whether a normalised class/id string names a content container.
    /// Presentation utilities such as `text-center` do not count
    /// ([`hints::PRESENTATION_WORDS`]).
    pub(crate) fn is_content_hint(&self, class_id: &str) -> bool {
        self.content_hint.find_iter(class_id).any(|found| {
            let rest = class_id.get(found.end()..).unwrap_or_default();
            let rest = rest.split(|c: char| c.is_ascii_whitespace()).next().unwrap_or_default();
            !is_presentation_suffix(rest)
        })
    }

    /// Appeals naming the site (`site`, lowercased) in a lowercased block.
    pub(crate) fn site_appeal_hits(&self, lower: &str, site: &SiteAppeals) -> u16 {
        if site.name.is_empty() || !lower.contains(&site.name) {
            return 0;
        }
        let hits: usize = site.phrases.iter().map(|phrase| lower.matches(phrase.as_str()).count()).sum();
        u16::try_from(hits).unwrap_or(u16::MAX)
    }

    /// Whether a block is an interface label and nothing else ([`phrases::INTERFACE_LABELS`]);
    /// `lower` is its text lowercased.
    pub(crate) fn is_interface_label(&self, lower: &str) -> bool {
        let label = lower.trim_matches(|c: char| !c.is_alphabetic());
        let same_words = |known: &&str| known.split(' ').eq(label.split_whitespace());
        // Labels are few: the first word narrows them to a handful. A block without a
        // letter (a number, an image) has no first word, and no label has no words.
        let Some(first) = label.split_whitespace().next() else { return false };
        let start = phrases::INTERFACE_LABELS.partition_point(|known| *known < first);
        phrases::INTERFACE_LABELS.get(start..).unwrap_or(&[]).iter().take_while(|known| known.starts_with(first)).any(same_words)
    }

    /// Whether a label is a program identifier ending in a colon: its first word joins
    /// letters or digits with an underscore ("retail_price_tier1:", "cat_thumb_Navy:").
    pub(crate) fn is_field_name(&self, text: &str) -> bool {
        let text = text.trim();
        let Some(first) = text.split_whitespace().next() else { return false };
        let joined = first.as_bytes().windows(3).any(|w| matches!(w, [a, b'_', c] if a.is_ascii_alphanumeric() && c.is_ascii_alphanumeric()));
        text.ends_with(':') && joined
    }

    /// Whether a short block is a byline, a dateline or a reading time. `lower` is the
    /// block's text lowercased. (A longer line counts only as a dated byline,
    /// [`Rules::is_dated_byline`].)
    pub(crate) fn is_meta_line(&self, lower: &str) -> bool {
        opens_with(lower, phrases::BYLINE_STARTS)
            || self.reading_time.is_match(lower)
            || self.is_dateline(lower)
            || phrases::USER_CARD_MARKERS.iter().any(|marker| lower.contains(marker))
    }

    /// Whether a short block is a date alone ("Mar 27, 2025", "Sun Dec 17, 2023 11:23 am",
    /// "2024-08-03 10:59:47"): a dateline ([`Rules::is_meta_line`]) whose words are
    /// numbers, month and weekday names ([`MONTHS`], [`WEEKDAYS`]) and the words that
    /// join a date to its time ([`phrases::DATE_JOINERS`]), but for one word before
    /// its first digit (a poster's name printed beside it). No label stands before it
    /// ("Joined: ...", "Posted ...") and no count after it ("28 posts · Joined 2023").
    /// A thread prints one above each post. `lower` is the block's text lowercased.
    pub(crate) fn is_bare_date(&self, lower: &str) -> bool {
        let lead = lower.split(|c: char| c.is_ascii_digit()).next().unwrap_or_default();
        if lead.contains(':') || opens_with(lower, phrases::BYLINE_STARTS) || opens_with(lower, phrases::DATELINE_STARTS) || !self.is_dateline(lower) {
            return false;
        }
        let mut seen_digit = false;
        let mut others = 0;
        for word in lower.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
            if word.chars().any(|c| c.is_ascii_digit()) {
                seen_digit = true;
                continue;
            }
            let date_word = phrases::DATE_JOINERS.contains(&word) || abbreviated_name(MONTHS, word).is_some() || abbreviated_name(WEEKDAYS, word).is_some();
            if !date_word {
                others += 1;
                if seen_digit || others > BARE_DATE_MAX_OTHER_WORDS {
                    return false;
                }
            }
        }
        true
    }

    /// Whether a short block is a credit line ("Source: Reuters", "(With inputs from
    /// ANI)"): page meta like a byline. `lower` is the block's text lowercased.
    pub(crate) fn is_credit_line(&self, lower: &str) -> bool {
        is_credit_line(lower)
    }

    /// Whether a short line holds a price: a currency sign or code against a number
    /// ([`phrases::CURRENCY_SIGNS`], [`phrases::CURRENCY_WORDS`]). `lower` is the
    /// line lowercased.
    pub(crate) fn is_price(&self, lower: &str) -> bool {
        lower.bytes().any(|b| b.is_ascii_digit()) && holds_price(lower)
    }

    /// Whether lowercased text names a shop's recommendations ([`phrases::SHOP_RELATED`]),
    /// as whole words.
    pub(crate) fn names_shop_related(&self, lower: &str) -> bool {
        holds_whole_words(lower, phrases::SHOP_RELATED)
    }

    /// Whether lowercased text names a feed of a site's newest stories
    /// ([`phrases::STORY_FEEDS`]), as whole words.
    pub(crate) fn names_story_feed(&self, lower: &str) -> bool {
        holds_whole_words(lower, phrases::STORY_FEEDS)
    }

    /// Whether a block opens as an author's biography does: a name, then "is a ...
    /// writer" ([`phrases::BIO_VERBS`], [`phrases::BIO_ROLES`]).
    pub(crate) fn is_author_bio(&self, text: &str) -> bool {
        self.author_bio.is_match(text)
    }

    /// Whether a block opens with one of the page's declared authors, by full or first
    /// name, and a verb "to be" ([`phrases::BIO_VERBS`]): the author's biography
    /// ("Sarah is a writer, teacher, and mother"), whatever role it names.
    pub(crate) fn opens_with_author_bio(&self, text: &str, names: &[String]) -> bool {
        names.iter().any(|name| {
            text.strip_prefix(name.as_str())
                .and_then(|rest| rest.strip_prefix(char::is_whitespace))
                .and_then(|rest| rest.split_once(char::is_whitespace))
                .is_some_and(|(verb, _)| phrases::BIO_VERBS.contains(&verb))
        })
    }

    /// Whether lowercased text opens like a byline or a dateline ("By", "Posted",
    /// "Published"..., [`phrases::DATELINE_STARTS`]) and names a year: a meta line even
    /// when long or a heading.
    pub(crate) fn is_dated_byline(&self, lower: &str) -> bool {
        (opens_with(lower, phrases::BYLINE_STARTS) || opens_with(lower, phrases::DATELINE_STARTS)) && self.year.is_match(lower)
    }

    /// A line that is mostly a date: it names a year, and a fifth of its characters are
    /// digits. A line naming two years or more ("Book by Dec 31, 2025 for travel through
    /// May 31, 2026", "1/27/2026 - 3/24/2026") is a period, an offer's or a course's,
    /// unless it opens like a dateline ("Published ... 2019, updated ... 2020").
    fn is_dateline(&self, lower: &str) -> bool {
        let (chars, digits) = lower.chars().filter(|c| !c.is_whitespace()).fold((0, 0), |(chars, digits), c| (chars + 1, digits + usize::from(c.is_ascii_digit())));
        // The count first: most lines fail it, and it is cheaper than the search.
        digits * 5 >= chars && self.year.is_match(lower) && (self.year.find_iter(lower).nth(1).is_none() || opens_with(lower, phrases::DATELINE_STARTS))
    }

    /// Counts boilerplate phrases in a block's text, case-insensitively, at word starts.
    ///
    /// The text is lowercased once and matched against plain literals, which the regex
    /// crate runs as a fast multi-literal search; a Unicode `\b` would force its slow engine.
    pub(crate) fn phrase_hits(&self, lower: &str) -> PhraseHits {
        let mut hits = PhraseHits::default();
        let mut first_weak = None;
        for found in self.phrase.find_iter(lower).filter(|m| starts_word(lower, m.start()) && ends_word(lower, m.end())) {
            let Some(&(kind, strong)) = self.phrase_kind.get(found.as_str()) else { continue };
            if strong {
                hits.strong = hits.strong.saturating_add(1);
                hits.kind = hits.kind.or(Some(kind));
            } else {
                hits.weak = hits.weak.saturating_add(1);
                first_weak = first_weak.or(Some(kind));
            }
        }
        hits.kind = hits.kind.or(first_weak);
        hits
    }
}

/// The whitespace-separated word of `text` around byte offset `at`.
fn word_at(text: &str, at: usize) -> &str {
    let (start, end) = word_bounds(text, at);
    text.get(start..end).unwrap_or_default()
}

/// Where the whitespace-separated word of `text` around byte offset `at` starts and ends.
fn word_bounds(text: &str, at: usize) -> (usize, usize) {
    let start = text.get(..at).and_then(|before| before.rfind(|c: char| c.is_ascii_whitespace())).map_or(0, |space| space + 1);
    let end = text.get(at..).and_then(|after| after.find(|c: char| c.is_ascii_whitespace())).map_or(text.len(), |space| at + space);
    (start, end)
}

/// Whether byte offset `at` of `text` starts a word (no letter or digit before it).
fn starts_word(text: &str, at: usize) -> bool {
    text.get(..at).and_then(|before| before.chars().next_back()).is_none_or(|c| !c.is_alphanumeric())
}

/// Whether byte offset `at` of `text` ends a word (no letter or digit after it).
fn ends_word(text: &str, at: usize) -> bool {
    text.get(at..).and_then(|after| after.chars().next()).is_none_or(|c| !c.is_alphanumeric())
}

/// One alternation of lowercase literals.
#[allow(clippy::expect_used)]
fn literal_regex(patterns: &[String]) -> Regex {
    let body = if patterns.is_empty() { "[^\\s\\S]".to_owned() } else { patterns.join("|") };
    Regex::new(&body).expect("rule lists compile")
}

fn atoms(names: &[&str]) -> Vec<LocalName> {
    names.iter().map(|name| LocalName::from(*name)).collect()
}

/// Phrase to kind and strength; a phrase in both lists counts as strong.
fn phrase_kinds() -> HashMap<&'static str, (Chrome, bool)> {
    let weak = phrases::WEAK.iter().map(|&(phrase, kind)| (phrase, (kind, false)));
    let strong = phrases::STRONG.iter().map(|&(phrase, kind)| (phrase, (kind, true)));
    weak.chain(strong).collect()
}

fn escaped(list: &[(&str, Chrome)]) -> Vec<String> {
    list.iter().map(|(phrase, _)| regex::escape(phrase)).collect()
}

/// Whether one of the space-separated tokens of an ARIA `role` value is one of
/// `roles` (lowercase), in any ASCII case.
fn names_role(role: &str, roles: &[&str]) -> bool {
    role.split_ascii_whitespace().any(|r| roles.iter().any(|known| r.eq_ignore_ascii_case(known)))
}

/// Whether `haystack` holds `needle` (lowercase ASCII), in any ASCII case, without
/// lowercasing a copy.
fn contains_ignoring_ascii_case(haystack: &str, needle: &str) -> bool {
    needle.is_empty() || haystack.as_bytes().windows(needle.len()).any(|window| window.eq_ignore_ascii_case(needle.as_bytes()))
}

/// Whether lowercased text opens as a credit line: a bare credit label, a colon and
/// a name ([`phrases::CREDIT_LABELS`]; a label alone, "Sources:", heads a list), or a
/// wire credit, in parentheses or not ([`phrases::WIRE_CREDIT_STARTS`]).
fn is_credit_line(lower: &str) -> bool {
    let names_one = |rest: &str| rest.trim_start().strip_prefix(':').is_some_and(|named| named.chars().any(char::is_alphanumeric));
    let labelled = phrases::CREDIT_LABELS.iter().any(|label| lower.strip_prefix(label).is_some_and(names_one));
    labelled || opens_with(lower.strip_prefix('(').unwrap_or(lower), phrases::WIRE_CREDIT_STARTS)
}

/// A date alone ([`Rules::is_bare_date`]) has at most this many words that are no
/// date's, all before its first digit: the name of the poster it heads.
const BARE_DATE_MAX_OTHER_WORDS: usize = 1;

/// The index of the name in `names` (month or weekday names) that `word`, less a
/// final dot, abbreviates by three letters or more ("dec" and "dec." of "december").
pub(crate) fn abbreviated_name(names: &[&str], word: &str) -> Option<usize> {
    let stem = word.trim_end_matches('.');
    names.iter().position(|name| stem.len() >= 3 && name.starts_with(stem))
}

/// Whether `lower` starts with one of `starts`, then a space or a colon.
fn opens_with(lower: &str, starts: &[&str]) -> bool {
    starts.iter().any(|start| lower.strip_prefix(start).is_some_and(|rest| rest.starts_with([' ', ':'])))
}

/// Whether `lower` holds one of `phrases` as whole words. A scan, not a compiled
/// alternation: it runs on few short lines, and compiling costs every process more.
fn holds_whole_words(lower: &str, phrases: &[&str]) -> bool {
    phrases.iter().any(|p| lower.match_indices(p).any(|(at, _)| starts_word(lower, at) && ends_word(lower, at + p.len())))
}

/// Whether `lower` holds a price: a currency sign beside a number, with at most one
/// space between, or a currency code or word beside one, not inside a longer word
/// ("$79", "€ 12,50", "129 zł", "rs. 1,299").
fn holds_price(lower: &str) -> bool {
    let sign = |s: &&str| lower.match_indices(*s).any(|(at, _)| digit_before(lower, at) || digit_after(lower, at + s.len()));
    let word = |w: &&str| {
        lower.match_indices(*w).any(|(at, _)| {
            let end = at + w.len();
            // A code may take a dot ("rs. 1,299").
            let number_after = digit_after(lower, end) || (lower.get(end..).is_some_and(|r| r.starts_with('.')) && digit_after(lower, end + 1));
            (!letter_before(lower, at) && number_after) || (digit_before(lower, at) && !letter_after(lower, end))
        })
    };
    phrases::CURRENCY_SIGNS.iter().any(sign) || phrases::CURRENCY_WORDS.iter().any(word)
}

/// Whether a digit ends `text` before byte `at`, one whitespace character allowed between.
fn digit_before(text: &str, at: usize) -> bool {
    let before = text.get(..at).unwrap_or_default();
    before.strip_suffix(char::is_whitespace).unwrap_or(before).ends_with(|c: char| c.is_ascii_digit())
}

/// Whether a digit starts `text` after byte `at`, one whitespace character allowed between.
fn digit_after(text: &str, at: usize) -> bool {
    let after = text.get(at..).unwrap_or_default();
    after.strip_prefix(char::is_whitespace).unwrap_or(after).starts_with(|c: char| c.is_ascii_digit())
}

fn letter_before(text: &str, at: usize) -> bool {
    text.get(..at).and_then(|before| before.chars().next_back()).is_some_and(char::is_alphabetic)
}

fn letter_after(text: &str, at: usize) -> bool {
    text.get(at..).and_then(|after| after.chars().next()).is_some_and(char::is_alphabetic)
}

/// An author's biography opening: a capitalised name of two to four words, a verb
/// "to be", up to five words, then a role ("Jane Doe is a freelance writer", "Anna
/// Weber ist Redakteurin"). Compiled from constants, as [`word_start_regex`].
#[allow(clippy::expect_used)]
fn author_bio_regex() -> Regex {
    let verbs = phrases::BIO_VERBS.join("|");
    let roles = phrases::BIO_ROLES.join("|");
    let pattern = format!(r"^(?:\p{{Lu}}[\p{{L}}'’.-]*\s+){{2,4}}(?:{verbs})\s+(?:[\p{{L}}-]+\s+){{0,5}}?(?i:{roles})(?:\s|[,.;:]|$)");
    Regex::new(&pattern).expect("rule lists compile")
}

/// Whether the chrome token at `start..end` of a class value names a state
/// (`hide-read-more-ad`, [`hints::NEGATING_PREFIXES`]; `node--promoted`,
/// [`hints::STATE_WORDS`]) or a control (`menu-toggle`,
/// [`hints::CONTROL_SUFFIXES`]) or a utility class's group (`group/tooltip`) rather
/// than a chrome container.
fn names_state_or_control(class_id: &str, start: usize, end: usize) -> bool {
    let (word_start, word_end) = word_bounds(class_id, start);
    let word = class_id.get(word_start..word_end).unwrap_or_default();
    let rest = class_id.get(end..word_end).unwrap_or_default();
    // A token after a slash is a utility class's group name (`group/tooltip`,
    // `group-hover/tooltip:opacity-100`), set on the element that opens the chrome.
    let group_name = class_id.get(..start).is_some_and(|before| before.ends_with('/'));
    group_name
        || word_start < start && hints::NEGATING_PREFIXES.iter().any(|prefix| word.starts_with(prefix))
        || word_start < start && end == word_end && class_id.get(start..end).is_some_and(|token| hints::STATE_WORDS.contains(&token))
        || hints::CONTROL_SUFFIXES.iter().any(|suffix| rest.strip_prefix(suffix).is_some_and(|after| after.is_empty() || after.starts_with('-')))
}

/// Whether what follows a content token in its class (`-center`, `-gray-500`,
/// `-2xl`) makes the class a presentation utility.
fn is_presentation_suffix(rest: &str) -> bool {
    let Some(value) = rest.strip_prefix('-') else { return false };
    if value.starts_with(|c: char| c.is_ascii_digit() || c == '[') {
        return true;
    }
    let word = value.split('-').next().unwrap_or_default();
    hints::PRESENTATION_WORDS.contains(&word)
}

/// One alternation of class/id patterns, each starting at an ASCII word start.
/// An empty list compiles to a regex that never matches. The lists are constants, and
/// `tests::every_rule_compiles` forces them all, so the `expect` here and in
/// [`literal_regex`] cannot fire for a user.
#[allow(clippy::expect_used)]
fn word_start_regex(patterns: &[String]) -> Regex {
    let body = if patterns.is_empty() { "[^\\s\\S]".to_owned() } else { patterns.join("|") };
    Regex::new(&format!("(?-u:\\b)(?:{body})")).expect("rule lists compile")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_sorted_unique(name: &str, keys: &[&str]) {
        for pair in keys.windows(2) {
            if let [a, b] = pair {
                assert!(a < b, "{name}: {a:?} must come before {b:?}, once");
            }
        }
    }

    #[test]
    fn every_rule_compiles() {
        let rules = rules();
        assert!(rules.is_dropped(&LocalName::from("script")));
        assert!(rules.is_block(&LocalName::from("p")));
    }

    #[test]
    fn lists_are_sorted_and_unique() {
        let firsts = |list: &[(&'static str, Chrome)]| list.iter().map(|(k, _)| *k).collect::<Vec<_>>();
        assert_sorted_unique("STRONG", &firsts(phrases::STRONG));
        assert_sorted_unique("WEAK", &firsts(phrases::WEAK));
        assert_sorted_unique("INTERFACE_LABELS", phrases::INTERFACE_LABELS);
        assert_sorted_unique("SHOP_RELATED", phrases::SHOP_RELATED);
        assert_sorted_unique("CHROME_PREFIXES", &firsts(hints::CHROME_PREFIXES));
        assert_sorted_unique("OUTSIDE_CONTENT_PREFIXES", &firsts(hints::OUTSIDE_CONTENT_PREFIXES));
        assert_sorted_unique("DISCLOSURE_ROLES", tags::DISCLOSURE_ROLES);
        assert_sorted_unique("CHROME_WORDS", &firsts(hints::CHROME_WORDS));
        assert_sorted_unique("CONTENT_PREFIXES", hints::CONTENT_PREFIXES);
        assert_sorted_unique("CONTENT_PARTS", hints::CONTENT_PARTS);
        assert_sorted_unique("PRESENTATION_WORDS", hints::PRESENTATION_WORDS);
        assert_sorted_unique("NEGATING_PREFIXES", hints::NEGATING_PREFIXES);
        assert_sorted_unique("CONTROL_SUFFIXES", hints::CONTROL_SUFFIXES);
        assert_sorted_unique("STATE_WORDS", hints::STATE_WORDS);
        assert_sorted_unique("EMBED_PREFIXES", hints::EMBED_PREFIXES);
        assert_sorted_unique("CONSENT_MANAGERS", hints::CONSENT_MANAGERS);
        assert_sorted_unique("CAPTION_MARKERS", hints::CAPTION_MARKERS);
        assert_sorted_unique("DISCLOSURE_MARKERS", hints::DISCLOSURE_MARKERS);
        assert_sorted_unique("DROPPED", tags::DROPPED);
        assert_sorted_unique("BLOCK", tags::BLOCK);
        assert_sorted_unique("SITE_APPEALS", phrases::SITE_APPEALS);
        assert_sorted_unique("DATELINE_STARTS", phrases::DATELINE_STARTS);
        assert_sorted_unique("DISCUSSION_TYPES", DISCUSSION_TYPES);
        assert_sorted_unique("PRODUCT_TYPES", PRODUCT_TYPES);
        assert_sorted_unique("LISTING_TYPES", LISTING_TYPES);
        assert_sorted_unique("NAVIGATION_TYPES", NAVIGATION_TYPES);
        assert_sorted_unique("CART_CONTROLS", CART_CONTROLS);
        assert_sorted_unique("CHROME", tags::CHROME);
        assert_sorted_unique("SELF_CONTAINED_RECORDS", tags::SELF_CONTAINED_RECORDS);
        assert_sorted_unique("CHROME_ROLES", tags::CHROME_ROLES);
        assert_sorted_unique("BYLINE_STARTS", phrases::BYLINE_STARTS);
        assert_sorted_unique("IMAGE_PLACEHOLDERS", tags::IMAGE_PLACEHOLDERS);
        assert_sorted_unique("READING_TIME", phrases::READING_TIME);
        assert_sorted_unique("CREDIT_LABELS", phrases::CREDIT_LABELS);
        assert_sorted_unique("STORY_FEEDS", phrases::STORY_FEEDS);
        assert_sorted_unique("WIRE_CREDIT_STARTS", phrases::WIRE_CREDIT_STARTS);
        assert_sorted_unique("STREAMED_CONTENT_IDS", tags::STREAMED_CONTENT_IDS);
        assert_sorted_unique("READ_ATTRIBUTES", tags::READ_ATTRIBUTES);
        assert_sorted_unique("QUESTION_TAGS", tags::QUESTION_TAGS);
        assert_sorted_unique("HIDING_CLASSES", tags::HIDING_CLASSES);
        for name in tags::IMAGE_SOURCE_ATTRIBUTES.iter().chain(tags::IMAGE_SRCSET_ATTRIBUTES) {
            assert!(tags::READ_ATTRIBUTES.contains(name), "{name} is read but not in READ_ATTRIBUTES");
        }
        assert_sorted_unique("BYLINE_PREFIXES", metadata::BYLINE_PREFIXES);
        assert_sorted_unique("PLACEHOLDERS", metadata::PLACEHOLDERS);
        assert_sorted_unique("NAME_PARTICLES", metadata::NAME_PARTICLES);
        assert_sorted_unique("BYLINE_HINTS", metadata::BYLINE_HINTS);
        assert_sorted_unique("BYLINE_STEMS", metadata::BYLINE_STEMS);
        assert_sorted_unique("WEEKDAYS", metadata::WEEKDAYS);
        assert_sorted_unique("ARTICLE_TYPES", metadata::ARTICLE_TYPES);
    }

    #[test]
    fn byline_stems_cover_every_byline_hint() {
        // The metadata stage tries the stems first and skips the hints without one.
        let stemmed = |hint: &&str| metadata::BYLINE_STEMS.iter().any(|stem| hint.contains(stem));
        assert!(metadata::BYLINE_HINTS.iter().all(stemmed) && stemmed(&"author"));
    }

    #[test]
    fn chrome_hints_match_word_starts_and_yield_to_content_tokens() {
        let rules = rules();
        assert_eq!(rules.chrome_hint("social-share-bar"), Some(Chrome::Share));
        assert_eq!(rules.chrome_hint("ad-slot top"), Some(Chrome::Ad));
        assert_eq!(rules.chrome_hint("address"), None);
        assert_eq!(rules.chrome_hint("timeshare"), None);
        assert_eq!(rules.chrome_hint("article-footer"), None);
    }

    #[test]
    fn a_disclosure_panel_is_not_cut_as_navigation() {
        let rules = rules();
        assert_eq!(rules.chrome_hint("accordion-item--dropdown"), None);
        assert_eq!(rules.chrome_hint("collapsible-menu open"), None);
        assert_eq!(rules.chrome_hint("cookie-accordion"), Some(Chrome::Consent), "other kinds still count");
        assert_eq!(rules.chrome_hint("accordion dropdown-menu"), Some(Chrome::Navigation), "a menu beside it still counts");
        assert_eq!(rules.chrome_hint("faq-item--dropdown"), None, "an FAQ's answer");
        assert_eq!(word_at("ab cd-ef gh", 3), "cd-ef");
        assert_eq!(word_at("ab cd", 0), "ab");
    }

    #[test]
    fn a_posters_rank_and_stats_are_meta() {
        let rules = rules();
        for panel in ["userTitle message-userTitle", "message-userExtras", "userinfo-extra", "userstats", "usertitle"] {
            assert_eq!(rules.chrome_hint(&panel.to_lowercase()), Some(Chrome::Meta), "{panel}");
        }
        assert_eq!(rules.chrome_hint("message-user"), None, "the cell holds the poster's name too");
    }

    #[test]
    fn a_compound_word_ending_in_a_chrome_token_names_chrome() {
        let rules = rules();
        assert_eq!(rules.chrome_hint("p-body-sidebar"), Some(Chrome::Navigation));
        assert_eq!(rules.chrome_hint("post-comments"), Some(Chrome::Comments));
        assert_eq!(rules.chrome_hint("entry--share"), Some(Chrome::Share), "`_` is read as `-`");
        // The end of an article, and a content word beside the chrome one, still count.
        assert_eq!(rules.chrome_hint("article-footer"), None);
        assert_eq!(rules.chrome_hint("post-footer-inner"), None);
        assert_eq!(rules.chrome_hint("entry-content post-share"), None);
        assert_eq!(rules.chrome_hint("sidebar-content"), None);
    }

    #[test]
    fn presentation_states_and_controls_are_not_container_names() {
        let rules = rules();
        for utility in ["text-center", "md:text-left pb-8", "text-gray-500", "text-2xl", "text-[14px]", "content-between"] {
            assert!(!rules.is_content_hint(utility), "{utility}");
        }
        for name in ["text-block", "entry-content", "post-body text-center", "content"] {
            assert!(rules.is_content_hint(name), "{name}");
        }
        // A chrome token after a negating word, or before a control's name, is no container.
        assert_eq!(rules.chrome_hint("hide-read-more-ad"), None);
        assert_eq!(rules.chrome_hint("menu-toggle"), None);
        assert_eq!(rules.chrome_hint("menu-toggle site-menu"), Some(Chrome::Navigation), "the next token still counts");
        assert_eq!(rules.chrome_hint("share-iconset"), Some(Chrome::Share));
        // A publishing state that starts like a chrome token ends a compound word.
        assert_eq!(rules.chrome_hint("node node--type-service node--promoted"), None);
        assert_eq!(rules.chrome_hint("promoted-stories"), Some(Chrome::Ad), "elsewhere the token counts");
        assert_eq!(rules.chrome_hint("promoted"), Some(Chrome::Ad), "and alone");
        // A utility no longer shields a sidebar from its chrome token.
        assert_eq!(rules.chrome_hint("sidebar text-sm"), Some(Chrome::Navigation));
    }

    #[test]
    fn phrases_match_across_languages_and_case() {
        let rules = rules();
        let hits = rules.phrase_hits("not ready to support today? remind me later.");
        assert_eq!((hits.strong, hits.kind), (2, Some(Chrome::Appeal)));
        assert_eq!(rules.phrase_hits("czytaj także: inne teksty").kind, Some(Chrome::Related));
        assert_eq!(rules.phrase_hits(&"ПОДДЕРЖИТЕ НАС".to_lowercase()).kind, Some(Chrome::Appeal));
        assert_eq!(rules.phrase_hits("réservé aux abonnés. déjà abonné ? connectez-vous").strong, 2);
        assert_eq!(rules.phrase_hits("the river rose by a metre.").kind, None);
        assert_eq!(rules.phrase_hits("click unsubscribe").weak, 0, "phrases match at word starts only");
    }

    #[test]
    fn meta_lines_are_bylines_datelines_and_reading_times() {
        let rules = rules();
        assert!(rules.is_meta_line("by eleanor whitcombe, science correspondent"));
        assert!(rules.is_meta_line("tue 3 sep 2024 05.00 bst"));
        assert!(rules.is_meta_line("marta kowalczyk 11 czerwca 2024, 06:00 czas czytania: 2 min"));
        assert!(!rules.is_meta_line("bystanders watched the river rise in 2024 and after"));
        assert!(rules.is_meta_line("23.8k14 gold badges88 silver badges124 bronze badges"), "a question site's reputation line");
        assert!(rules.is_meta_line("last edited by idefix37"));
        assert!(!rules.is_meta_line("book: by dec 31, 2025 travel: through may 31, 2026"), "an offer's period names two years");
        assert!(!rules.is_meta_line("1/27/2026 - 3/24/2026"), "a course's dates");
        assert!(rules.is_meta_line("published 12.01.2024, updated 14.01.2025"), "a dateline names two years");
        assert!(rules.is_meta_line("reviewed on: 10/13/2025"));
        assert!(rules.is_bare_date("mar 27, 2025") && rules.is_bare_date("sun dec 17, 2023 11:23 am") && rules.is_bare_date("2024-08-03 10:59:47"));
        assert!(!rules.is_bare_date("joined: sun dec 17, 2023 11:18 am"), "a label before the date");
        assert!(!rules.is_bare_date("published 12.01.2024"), "a dateline word before the date");
        assert!(!rules.is_bare_date("member of the club since 2010"), "words before the year");
        assert!(rules.is_bare_date("mikemcq january 28, 2024, 4:31pm 2"), "a poster's name beside the date");
        assert!(!rules.is_bare_date("28 posts · joined 2023"), "a poster's counts");
        assert!(!rules.is_bare_date("jul 5, 2024 at 7:30 pm  post #2 of 7"), "words after the date");
        assert!(!rules.is_bare_date("by jane doe, 2024"), "a byline");
        assert!(rules.is_dated_byline("published nov 18, 2019 at 4:07 pm | updated at 5:36 pm cst on nov 18, 2019"));
        assert!(!rules.is_dated_byline("by the time the river rose the roads to the north were all closed and the schools shut"), "long, and no year");
        assert!(!rules.is_dated_byline("from 2010 to 2015 there were 3248 cases reported worldwide, including 584 deaths."), "long prose full of numbers");
    }

    #[test]
    fn credit_lines_open_with_a_label_or_a_wire_credit() {
        let rules = rules();
        assert!(rules.is_credit_line("source: regional flood authority"));
        assert!(rules.is_credit_line("quelle : dpa"));
        assert!(rules.is_credit_line("(with inputs from ani)"));
        assert!(rules.is_credit_line("mit material von dpa"));
        assert!(!rules.is_credit_line("image source: google"), "a labelled image's source can be content");
        assert!(!rules.is_credit_line("source code is on the project's site"), "no colon");
        assert!(!rules.is_credit_line("sources of funding for the new wall"));
        assert!(!rules.is_credit_line("sources:"), "a list's heading");
    }

    #[test]
    fn prices_are_a_currency_against_a_number() {
        let rules = rules();
        for price in ["$79", "old price $79 new price $63.20", "24,50 €", "€ 12,50", "129 zł", "chf 45.00", "rs. 1,299", "1 290 руб", "from 49 eur"] {
            assert!(rules.is_price(price), "{price}");
        }
        for line in ["$", "10 ft long", "a euro coin", "price on request", "europe 2024", "usd", "3 colors", "kraków 12"] {
            assert!(!rules.is_price(line), "{line}");
        }
    }

    #[test]
    fn interface_labels_are_whole_lines_with_their_counts() {
        let rules = rules();
        for label in ["3 likes", "offline", "best answers:", "reply with quote 0", "premium member", "home", "startseite", "discontinued", "contact us"] {
            assert!(rules.is_interface_label(label), "{label}");
        }
        assert!(!rules.is_interface_label("likes of the river"), "a line that only starts like a label");
    }

    #[test]
    fn author_biographies_open_with_a_name_and_a_role() {
        let rules = rules();
        assert!(rules.is_author_bio("Lisa Jennings is a veteran restaurant industry reporter and editor who covers the sector."));
        assert!(rules.is_author_bio("Julie Bausch Lent is the Managing Editor of Car Talk."));
        assert!(rules.is_author_bio("Anna Weber ist Redakteurin im Ressort Wirtschaft."));
        assert!(rules.is_author_bio("Marie Dubois est journaliste au service politique."));
        assert!(!rules.is_author_bio("Delta Vacations is the final authority on the interpretation of these rules."), "a role is a whole word");
        assert!(!rules.is_author_bio("Agriculture is a major contributor to greenhouse gas emissions."), "a name has two words");
        assert!(!rules.is_author_bio("The Guardian is a daily paper founded in Manchester whose writer won."), "the role comes within five words");
        assert!(!rules.is_author_bio("Yesterday, Lisa Jennings is a reporter again."), "it opens the block");
        let names = ["Sarah Rudell Beach".to_owned(), "Sarah".to_owned()];
        assert!(rules.opens_with_author_bio("Sarah is a teacher and mother of two.", &names));
        assert!(rules.opens_with_author_bio("Sarah Rudell Beach ist Lehrerin.", &names));
        assert!(!rules.opens_with_author_bio("Sarahs is a teacher.", &names), "the name is a whole word");
        assert!(!rules.opens_with_author_bio("Sarah said the school is a long walk away.", &names), "a verb to be follows the name");
    }
}
