//! Blocks in, one [`Features`] per block out: the measurements every later stage reads.
//!
//! This is the one place that defines length: `chars` counts non-whitespace
//! characters as `segment` collected them, `words` counts Unicode words
//! (unicode-segmentation), and every density is guarded against empty blocks.

use std::collections::HashSet;

use unicode_segmentation::UnicodeSegmentation;

use crate::metadata::Metadata;
use crate::prune::Verdict;
use crate::rules::{Chrome, PhraseHits, Rules, SiteAppeals};
use crate::segment::{Block, BlockKind, Segments};

/// Blocks longer than this many words are never tested for phrases: an appeal is
/// never that long, and prose that long is never cut for a phrase.
const MAX_PHRASE_TEST_WORDS: usize = 250;

/// Measurements of one block.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Features {
    /// Non-whitespace characters.
    pub(crate) chars: usize,
    /// Unicode words.
    pub(crate) words: usize,
    /// Share of the characters inside links, 0 to 1.
    pub(crate) link_density: f32,
    /// Share of the characters in bare URLs written out as text, 0 to 1.
    pub(crate) url_density: f32,
    /// Commas (Latin, CJK and Arabic), a sign of sentences.
    pub(crate) commas: usize,
    /// Sentence ends: `.`, `!`, `?` and their CJK forms.
    pub(crate) sentence_ends: usize,
    /// Boilerplate phrases in the text.
    pub(crate) phrases: PhraseHits,
    /// A byline, dateline or reading-time line.
    pub(crate) meta_line: bool,
    /// A byline or dateline that opens like one and names a year: one even when set
    /// as a heading ("by Jeff Foust Monday, November 18, 2019").
    pub(crate) dated_meta_line: bool,
    /// A date alone heading a post of a declared thread ("Mar 27, 2025"): the post's
    /// own line, not page meta, even when it links to the post.
    pub(crate) post_date: bool,
    /// An interface label and nothing else: a button, a field label.
    pub(crate) interface_label: bool,
    /// A short line holding a price ("$79", "Was 24,50 €"): a shop card's.
    pub(crate) price: bool,
    /// The kind of chrome container around the block, if any.
    pub(crate) chrome: Option<Chrome>,
    /// A heading block.
    pub(crate) heading: bool,
    /// Inside `<article>`, `<main>` or a content-named container.
    pub(crate) in_content: bool,
    /// Position in the page, 0 (first block) to 1 (last block).
    pub(crate) position: f32,
}

/// Bylines and datelines are at most this many words long...
const META_LINE_MAX_WORDS: usize = 12;
/// ... or this many when they name a year ("Published Nov 18, 2019 at 4:07 PM |
/// Updated at 5:36 PM CST on Nov 18, 2019").
const DATED_META_LINE_MAX_WORDS: usize = 20;
/// An author's biography is at least this many words long...
const BIO_MIN_WORDS: usize = 6;
/// ... and at most this many.
const BIO_MAX_WORDS: usize = 120;
/// Interface labels are at most this many words long.
const LABEL_MAX_WORDS: usize = 5;
/// A price line is at most this many words long ("Old price $79 New price $63.20").
const PRICE_MAX_WORDS: usize = 12;

/// A container named chrome by its class or id only is taken for chrome while it
/// holds at most this share of the page's text: page builders put tokens like
/// `widget` or `promo` on the wrappers of whole articles.
const MAX_HINTED_CHROME_SHARE: f32 = 0.4;

/// Measures every block. From the page's metadata it reads the site's name, for
/// appeals that name it, and whether the page is a discussion, where comment
/// containers hold the content; so do they on a page with no other prose.
pub(crate) fn features(segments: &Segments, rules: &Rules, meta: &Metadata) -> Vec<Features> {
    let count = segments.blocks.len();
    let site = SiteAppeals::new(site_word(meta.site_name.as_deref()));
    let authors = author_names(meta);
    let page_chars = segments.elements.first().map_or(0, |root| root.chars);
    let mut features: Vec<Features> = segments
        .blocks
        .iter()
        .enumerate()
        .map(|(index, block)| {
            let chrome = effective_chrome(segments, block, page_chars, meta.article || meta.product).filter(|&kind| believed_here(kind, meta));
            measure(block, chrome, rules, &site, &authors, meta, ratio(index, count.saturating_sub(1)))
        })
        .collect();
    // A definition list's term written as a program identifier ("retail_price_tier1:",
    // "cat_thumb_Navy:") is a field name a shop's template printed raw with its
    // custom fields, not a label a reader is meant to see (test
    // `families::a_shops_raw_custom_field_names_leave_the_description`).
    for (index, f) in features.iter_mut().enumerate() {
        let field_name = f.words <= LABEL_MAX_WORDS && segments.blocks.get(index).is_some_and(|b| rules.is_field_name(&b.text));
        if field_name && segments.definition_part(index).is_some_and(|(term, _)| term) {
            f.interface_label = true;
        }
    }
    if !meta.question && only_comments_hold_prose(segments, &features) {
        features.iter_mut().filter(|f| f.chrome == Some(Chrome::Comments)).for_each(|f| f.chrome = None);
    }
    features
}

/// A link post's page (a shared link, a title, and the thread under it) has no prose
/// but its comments: at most this many characters (non-whitespace) of prose outside
/// any chrome... Set on wcxb-dev, where two link posts' threads were lost; a looser
/// 400 cost aeb 0.0055 F1, its articles' short stories losing to their comments.
const LINK_POST_MAX_PROSE_CHARS: usize = 150;
/// ... and at least this many characters of prose, each text counted once, in
/// comment containers.
const LINK_POST_MIN_COMMENT_CHARS: usize = 1000;
/// Prose, for [`only_comments_hold_prose`]: a block of at least this many words...
const LINK_POST_PROSE_MIN_WORDS: usize = 20;
/// ... and under this share of link text.
const LINK_POST_PROSE_MAX_LINK_DENSITY: f32 = 0.3;

/// Whether the page's only prose is in its comments: a link post whose thread is
/// the content, though the page does not declare itself a discussion. (A question
/// page is left alone: its answers are the content, not its comments.) Each text
/// counts once: a story printed twice in a comment-hinted wrapper, for wide and
/// narrow screens, is not a thread.
fn only_comments_hold_prose(segments: &Segments, features: &[Features]) -> bool {
    // Most pages have a prose block outside chrome longer than the cap: the first
    // such block settles it, before any text is hashed for the comments.
    prose_chars_up_to(segments, features, None, LINK_POST_MAX_PROSE_CHARS + 1) <= LINK_POST_MAX_PROSE_CHARS
        && prose_chars_up_to(segments, features, Some(Chrome::Comments), LINK_POST_MIN_COMMENT_CHARS) >= LINK_POST_MIN_COMMENT_CHARS
}

/// Characters of prose under chrome of kind `in_chrome` (`None`: outside chrome),
/// each text counted once, counted until they reach `enough`.
fn prose_chars_up_to(segments: &Segments, features: &[Features], in_chrome: Option<Chrome>, enough: usize) -> usize {
    let is_prose = |f: &Features| f.chrome == in_chrome && f.words >= LINK_POST_PROSE_MIN_WORDS && f.link_density < LINK_POST_PROSE_MAX_LINK_DENSITY;
    let mut seen = HashSet::new();
    let mut chars = 0;
    for (block, f) in segments.blocks.iter().zip(features) {
        if chars >= enough {
            break;
        }
        if is_prose(f) && seen.insert(block.text.as_str()) {
            chars += f.chars;
        }
    }
    chars
}

/// Whether chrome of this kind is chrome on this page: comments are the content of a
/// discussion (not of a question page, whose answers are), and reviews are chrome
/// only under a product (on a review article they are the story).
fn believed_here(kind: Chrome, meta: &Metadata) -> bool {
    match kind {
        Chrome::Comments => !meta.discussion || meta.question,
        Chrome::Reviews => meta.product && !meta.article,
        _ => true,
    }
}

/// The chrome kind around a block. A container named chrome by a class or id token
/// only is set aside when it holds much of the page (comment and review sections stay
/// chrome at any size); the chrome around that container, if any, still counts: a privacy
/// policy in an oversized `role="dialog"` inside the `<footer>` is still footer. A
/// container inside the content named chrome only by a token that counts there on
/// articles and products (`hints::ARTICLE_CONTENT_PREFIXES`) is set aside on a
/// page that declares itself neither (`declared` false).
fn effective_chrome(segments: &Segments, block: &Block, page_chars: usize, declared: bool) -> Option<Chrome> {
    let (mut id, _) = block.chrome?;
    loop {
        let element = segments.elements.get(id)?;
        match element.verdict {
            Verdict::Chrome(kind) => return Some(kind),
            Verdict::Hinted(_) if element.article_only && !declared => id = element.parent?,
            Verdict::Hinted(kind) if is_chrome_at_any_size(kind) || ratio(element.chars, page_chars) <= MAX_HINTED_CHROME_SHARE => return Some(kind),
            _ => id = element.parent?,
        }
    }
}

/// Whether a container hinted as this kind is chrome however much of the page it
/// holds: a long thread of comments, or a product's hundred reviews, outweighs the
/// story or the description above it and is still no part of them.
fn is_chrome_at_any_size(kind: Chrome) -> bool {
    matches!(kind, Chrome::Comments | Chrome::Reviews)
}

fn measure(block: &Block, chrome: Option<Chrome>, rules: &Rules, site: &SiteAppeals, authors: &[String], meta: &Metadata, position: f32) -> Features {
    let product = meta.product;
    let words = count_words(&block.text);
    let lower = if words <= MAX_PHRASE_TEST_WORDS { block.text.to_lowercase() } else { String::new() };
    let mut phrases = rules.phrase_hits(&lower);
    let site_appeals = rules.site_appeal_hits(&lower, site);
    if site_appeals > 0 {
        phrases.strong = phrases.strong.saturating_add(site_appeals);
        phrases.kind = phrases.kind.or(Some(Chrome::Appeal));
    }
    let long_meta = words > META_LINE_MAX_WORDS;
    let meta_line = if long_meta { words <= DATED_META_LINE_MAX_WORDS && rules.is_dated_byline(&lower) } else { rules.is_meta_line(&lower) };
    // In a declared thread a date alone heads each post, and is read with it; a
    // question page's answers and comments keep theirs as meta.
    let post_date = meta.discussion && !meta.question && !long_meta && rules.is_bare_date(&lower);
    let meta_line = meta_line && !post_date;
    // A credit line is meta too, unless it is an image's caption, which the text leaves
    // out already and whose marking would only change how the models read its neighbours.
    let meta_line = meta_line || (!long_meta && !block.caption && rules.is_credit_line(&lower));
    // An author's biography is a meta line too, however long, except on a product's
    // page, where it presents the product's maker (a book's author).
    // So is a block that opens with the page's own author and "is" (outside a thread,
    // whose declared author is the first poster, answered by name).
    let bio = rules.is_author_bio(&block.text) || (!meta.discussion && rules.opens_with_author_bio(&block.text, authors));
    let meta_line = meta_line || (!product && (BIO_MIN_WORDS..=BIO_MAX_WORDS).contains(&words) && bio);
    // A long meta line is a dated byline already.
    let dated_meta_line = meta_line && (long_meta || rules.is_dated_byline(&lower));
    let interface_label = words <= LABEL_MAX_WORDS && rules.is_interface_label(&lower);
    let price = words <= PRICE_MAX_WORDS && rules.is_price(&lower);
    let (commas, sentence_ends) = punctuation(&block.text);
    Features {
        chars: block.chars,
        words,
        link_density: ratio(block.link_chars, block.chars),
        url_density: ratio(url_chars(&block.text), block.chars),
        commas,
        sentence_ends,
        phrases,
        meta_line,
        dated_meta_line,
        post_date,
        interface_label,
        price,
        chrome,
        heading: matches!(block.kind, BlockKind::Heading(_)),
        in_content: block.in_content,
        position,
    }
}

/// Unicode words (`unicode_words`), counted piece by piece between ASCII spaces: no
/// word runs across a space (UAX #29), and a piece without a non-ASCII character
/// takes the segmenter's fast ASCII path even when the rest of the text does not.
fn count_words(text: &str) -> usize {
    if text.is_ascii() {
        return text.unicode_words().count();
    }
    text.split(' ').map(|piece| piece.unicode_words().count()).sum()
}

/// Commas (Latin, CJK and Arabic) and sentence ends (`.`, `!`, `?` and their CJK
/// forms), in one pass.
fn punctuation(text: &str) -> (usize, usize) {
    text.chars().fold((0, 0), |(commas, ends), c| match c {
        ',' | '，' | '、' | '،' => (commas + 1, ends),
        '.' | '!' | '?' | '。' | '！' | '？' => (commas, ends + 1),
        _ => (commas, ends),
    })
}

/// The names a biography of the page's declared authors opens with: each author's
/// full name, and its first word ("Sarah" of "Sarah Rudell Beach") unless that is an
/// initial or a title ("J.", "Dr.") or under three letters. Only names of two words
/// or more count, and none that is the site's own: an author of one word or named
/// as the site is the company itself, and "Corti is a team..." on its blog is the
/// story.
fn author_names(meta: &Metadata) -> Vec<String> {
    let site = meta.site_name.as_deref().unwrap_or("").trim().to_lowercase();
    let mut names = Vec::new();
    for author in &meta.authors {
        let author = author.trim();
        let mut words = author.split_whitespace();
        let (Some(first), Some(_)) = (words.next(), words.next()) else { continue };
        if author.to_lowercase() == site {
            continue;
        }
        names.push(author.to_owned());
        if first.chars().count() >= 3 && first.chars().all(char::is_alphabetic) {
            names.push(first.to_owned());
        }
    }
    names
}

/// The name a site calls itself by in its appeals: the site name lowercased, without
/// a leading `www.` and a domain ending (`Snopes.com` gives `snopes`); empty when
/// unknown or shorter than three characters (too likely to occur by chance).
fn site_word(site_name: Option<&str>) -> String {
    let lower = site_name.unwrap_or("").trim().to_lowercase();
    let name = lower.strip_prefix("www.").unwrap_or(&lower);
    let name = name.split_once('.').map_or(name, |(first, _)| first).trim();
    if name.chars().count() < 3 {
        String::new()
    } else {
        name.to_owned()
    }
}

/// Characters of the words that are bare URLs (`https://…`, `www.…`).
fn url_chars(text: &str) -> usize {
    if !(text.contains("http") || text.contains("www.")) {
        return 0;
    }
    let is_url = |word: &&str| word.starts_with("http://") || word.starts_with("https://") || word.starts_with("www.");
    text.split_whitespace().filter(is_url).map(|word| word.chars().count()).sum()
}

/// `part / whole`, or 0 when `whole` is 0.
#[allow(clippy::cast_precision_loss)]
pub(crate) fn ratio(part: usize, whole: usize) -> f32 {
    if whole == 0 {
        0.0
    } else {
        part as f32 / whole as f32
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::{parse, Limits};
    use crate::rules::rules;
    use crate::segment::segment;

    const LAMP: &str = "A brass desk lamp with a linen shade, a dimmer on the cord and a weighted base that keeps it steady.";

    fn measure_page(html: &str) -> Vec<Features> {
        let limits = Limits { max_input_bytes: 1 << 20, max_nodes: 10_000 };
        let dom = parse(html, limits).unwrap_or_else(|e| unreachable!("{e}"));
        let meta = Metadata { site_name: Some("Daily Planet".to_owned()), ..Metadata::default() };
        features(&segment(&dom, rules()), rules(), &meta)
    }

    #[test]
    fn counts_words_links_and_punctuation() {
        let f = measure_page("<p>Rain fell, then <a href='/x'>snow</a>. Roads shut!</p>");
        let f = f[0];
        assert_eq!((f.words, f.commas, f.sentence_ends), (6, 1, 2));
        assert!((f.link_density - 4.0 / 28.0).abs() < 1e-6);
    }

    #[test]
    fn measures_bare_urls() {
        let f = measure_page("<p>https://cdn.example.com/a.png x</p>");
        assert!((f[0].url_density - 29.0 / 30.0).abs() < 1e-6);
    }

    #[test]
    fn appeals_naming_the_site_count_as_strong() {
        let f = measure_page("<p>Support Daily Planet today.</p><p>Daily Planet reporters support local farms.</p>");
        assert_eq!((f[0].phrases.strong, f[0].phrases.kind), (1, Some(Chrome::Appeal)));
        assert_eq!(f[1].phrases.strong, 0);
        assert_eq!(site_word(Some("www.Snopes.com")), "snopes");
        assert_eq!(site_word(Some("AP")), "");
    }

    /// Each block's chrome kind on `page` under the metadata `meta`.
    fn chrome_under(page: &str, meta: &Metadata) -> Vec<Option<Chrome>> {
        let dom = parse(page, Limits { max_input_bytes: 1 << 20, max_nodes: 10_000 }).unwrap_or_else(|e| unreachable!("{e}"));
        features(&segment(&dom, rules()), rules(), meta).iter().map(|f| f.chrome).collect()
    }

    #[test]
    fn reviews_are_chrome_under_a_product_only() {
        let page = format!("<div class=description><p>{LAMP}</p><p>{LAMP}</p></div><div class=customer-reviews><p>{LAMP}</p></div>");
        let measured = |meta: &Metadata| chrome_under(&page, meta);
        let product = Metadata { product: true, ..Metadata::default() };
        assert_eq!(measured(&product), [None, None, Some(Chrome::Reviews)]);
        assert_eq!(measured(&Metadata { article: true, ..product }), [None; 3], "a review article's reviews are the story");
        assert_eq!(measured(&Metadata::default()), [None; 3]);
        let many = format!("<div class=description><p>{LAMP}</p></div><div class=customer-reviews><p>{LAMP}</p><p>{LAMP}</p></div>");
        let product = Metadata { product: true, ..Metadata::default() };
        assert_eq!(chrome_under(&many, &product), [None, Some(Chrome::Reviews), Some(Chrome::Reviews)], "at any size");
    }

    #[test]
    fn comments_are_content_in_a_discussion_but_not_under_answers() {
        let page = format!("<div class=post><p>{LAMP}</p><p>{LAMP}</p></div><div class=comments><p>{LAMP}</p></div>");
        let measured = |meta: &Metadata| chrome_under(&page, meta);
        assert_eq!(measured(&Metadata::default()), [None, None, Some(Chrome::Comments)]);
        let thread = Metadata { discussion: true, ..Metadata::default() };
        assert_eq!(measured(&thread), [None; 3]);
        assert_eq!(measured(&Metadata { question: true, ..thread }), [None, None, Some(Chrome::Comments)]);
    }

    #[test]
    fn a_link_posts_comments_are_its_content() {
        let comments = |n: usize| (0..n).map(|k| format!("<p>{LAMP} ({k})</p>")).collect::<String>();
        let thread = format!("<div class=comments>{}</div>", comments(14));
        let link_post = format!("<h1>A lamp that lasts</h1><p><a href=/x>example.com</a></p>{thread}");
        assert!(chrome_under(&link_post, &Metadata::default()).iter().all(Option::is_none));
        let question = Metadata { question: true, ..Metadata::default() };
        assert!(chrome_under(&link_post, &question).contains(&Some(Chrome::Comments)), "a question's comments stay chrome");
        let story = format!("<p>{LAMP}</p><p>{LAMP} It glows.</p>{thread}");
        assert!(chrome_under(&story, &Metadata::default()).contains(&Some(Chrome::Comments)), "a story's comments stay chrome");
        let twice = format!("<h1>A lamp</h1><div class=comments>{}</div>", comments(7).repeat(2));
        assert!(chrome_under(&twice, &Metadata::default()).contains(&Some(Chrome::Comments)), "a story printed twice is not a thread");
        let short = format!("<h1>A lamp</h1><div class=comments><p>{LAMP}</p></div>");
        assert!(chrome_under(&short, &Metadata::default()).contains(&Some(Chrome::Comments)), "a few comments are not a thread");
    }

    #[test]
    fn an_oversized_hinted_container_leaves_the_chrome_around_it() {
        let oversized = format!("<div class=widget><p>{LAMP}</p><p>{LAMP}</p></div><p>{LAMP}</p>");
        assert!(measure_page(&oversized).iter().all(|f| f.chrome.is_none()));
        let in_footer = format!("<main><p>{LAMP}</p></main><footer><div role=dialog><p>{LAMP}</p><p>{LAMP}</p></div></footer>");
        let chrome: Vec<_> = measure_page(&in_footer).iter().map(|f| f.chrome).collect();
        assert_eq!(chrome, [None, Some(Chrome::Navigation), Some(Chrome::Navigation)]);
    }

    #[test]
    fn words_are_counted_as_the_segmenter_counts_them() {
        let texts = [
            "Rain fell, then snow. Roads shut!",
            "It’s the “best” café — in 2024, 1,000.5 people’s e.g. foo_bar example.com",
            "a \u{301}b \u{93e}क \u{200d}\u{1f600} \u{ad}x 東京 タワー  ",
            " ’a’ a’b 3’4 ",
        ];
        for text in texts {
            assert_eq!(count_words(text), text.unicode_words().count(), "{text:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn words_are_counted_as_the_segmenter_counts_them_in_any_text(
            text in "[ a-zA-Z0-9.,:;'_\\-\n’‘“”—…éß東京タ\u{301}\u{93e}क\u{200d}\u{ad}\u{1f600}\u{1f1e6}\u{5d0}\u{a0}]{0,40}",
            any in ".{0,40}",
        ) {
            proptest::prop_assert_eq!(count_words(&text), text.unicode_words().count());
            proptest::prop_assert_eq!(count_words(&any), any.unicode_words().count());
        }
    }

    #[test]
    fn empty_ratios_are_zero_and_positions_span_the_page() {
        assert_eq!(ratio(3, 0), 0.0);
        let f = measure_page("<p>a</p><p>b</p><p>c</p>");
        let positions: Vec<f32> = f.iter().map(|f| f.position).collect();
        assert_eq!(positions, [0.0, 0.5, 1.0]);
    }

    #[test]
    fn finds_phrases_and_chrome() {
        let story = "<p>The river rose by a metre before dusk, and the roads to the north were closed.</p>";
        let f = measure_page(&format!("<div class='newsletter-box'><p>Sign up for our newsletter</p></div><h2>Title</h2>{story}"));
        assert_eq!(f[0].phrases.kind, Some(Chrome::Newsletter));
        assert_eq!(f[0].chrome, Some(Chrome::Newsletter));
        assert!(f[1].heading);
        let most = measure_page(&format!("<div class='newsletter-box'>{story}</div><p>Short.</p>"));
        assert_eq!(most[0].chrome, None, "a class hint on most of the page is not believed");
    }
}
