//! Features in, one [`Label`] per block out: first each block on its own, then a
//! context pass that lets boilerplate runs absorb their short or weakly marked
//! neighbours; then, on declared articles, [`label_sections`] gives a related-links
//! heading's label to the cards it heads (it reads the tree), and
//! [`label_headline_runs`] takes runs of linked headings for link lists; on every
//! page [`label_defined_terms`] takes a definition list's linked terms over text for
//! short lines.
//!
//! Invariants: one label per block; a block of more than [`PROSE_WORDS`] words is
//! never labelled boilerplate for its phrases alone.

use html5ever::local_name;

use crate::features::Features;
use crate::rules::Chrome;
use crate::segment::{BlockKind, ElementId, Segments};

/// Blocks with at least this many words and a low link density read as prose.
/// Tuned on aeb and wcxb-dev.
const PROSE_WORDS: usize = 20;
/// Blocks with fewer characters than this are too short to judge alone.
const SHORT_CHARS: usize = 50;
/// Fewest words of a short line that leads into the list after it.
const LEAD_IN_MIN_WORDS: usize = 4;
/// Above this share of link characters a block is a link list, not prose.
const MAX_LINK_DENSITY: f32 = 0.5;
/// ... unless it reads as prose all the same: this many words...
const LINKED_PROSE_WORDS: usize = 20;
/// ... in this many sentences (a teaser paragraph wrapped in its link, or a card's
/// one-sentence description wrapped with its title in one link: a service's offer).
const LINKED_PROSE_SENTENCES: usize = 1;
/// A block of at most this many words is boilerplate with one strong phrase.
const STRONG_PHRASE_MAX_WORDS: usize = 80;
/// A block of at most this many words is boilerplate when weak phrases are dense:
/// one weighted hit per [`WORDS_PER_WEAK_HIT`] words.
const WEAK_PHRASE_MAX_WORDS: usize = 150;
/// See [`WEAK_PHRASE_MAX_WORDS`]; a strong hit weighs three weak ones.
const WORDS_PER_WEAK_HIT: usize = 20;
/// A block beside a boilerplate run joins it with one phrase of its kind when it has at
/// most this many words (more words need two phrases).
const NEIGHBOUR_MAX_WORDS: usize = 25;
/// A block of at most this many words between two boilerplate blocks of one kind
/// joins them.
const SANDWICH_MAX_WORDS: usize = 80;
/// Headings of these kinds, cut by their words, take the section they open with them.
const SECTION_KINDS: [Chrome; 1] = [Chrome::Related];
/// How deep a related section's markup may be: a heading opens containers at most
/// `climb` levels above it, and cards sit at most `wrappers` single wrappers below
/// the section.
#[derive(Debug, Clone, Copy)]
struct Depth {
    climb: usize,
    wrappers: usize,
}

/// On an article.
const ARTICLE_DEPTH: Depth = Depth { climb: 6, wrappers: 2 };
/// Under a shop's recommendation heading: carousels wrap their cards deeper (a
/// viewport, a track, a list; up to six single wrappers: a control, a holder, a
/// track holder, a track, a view).
const SHOP_DEPTH: Depth = Depth { climb: 10, wrappers: 7 };
/// Headings with at least this share of link text...
const HEADLINE_LINK_DENSITY: f32 = 0.9;
/// ... this many in a row are a list of headlines.
const HEADLINE_RUN: usize = 3;
/// A heading naming a shop's recommendations has at most this many words (set as a
/// heading or as a short unlinked line).
const SHOP_HEADING_MAX_WORDS: usize = 10;

/// A heading naming a feed of the site's newest stories has at most this many words.
const FEED_HEADING_MAX_WORDS: usize = 5;

/// What a block is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Label {
    /// Reads like article prose.
    Good,
    /// Some text, neither clearly prose nor boilerplate.
    Near,
    /// Too short to judge alone: kept or cut with its neighbours.
    Short,
    /// Mostly links: a menu or link list.
    Links,
    /// Boilerplate of a kind, by its container or its words.
    Boilerplate(Chrome),
}

impl Label {
    /// Whether the label is boilerplate of any kind (links included).
    pub(crate) fn is_cut(self) -> bool {
        matches!(self, Self::Links | Self::Boilerplate(_))
    }
}

/// Labels every block.
pub(crate) fn classify(features: &[Features]) -> Vec<Label> {
    let mut labels: Vec<Label> = features.iter().map(label_alone).collect();
    absorb_neighbours(&mut labels, features);
    labels
}

/// On a page that declares itself an article, gives the label of a heading cut as
/// related links by its words ("You may also like", "Related articles") to the
/// section it opens: the smallest container, below `<body>` and `<main>`, whose first
/// text is that heading and whose other text sits in cards ([`holds_cards`]). Teaser
/// cards under such a heading read like prose and would otherwise win the vote for
/// the main region. A heading in the middle of a container opens nothing, so an
/// inline "Related" box never takes the story after it; nor does a heading above
/// the page's first prose.
///
/// On an article, a short heading below the first prose that names a feed of the
/// site's newest stories ("Latest news", `rules::phrases::STORY_FEEDS`) opens such a
/// section too: words that head a listing's own content mark nothing elsewhere.
///
/// On a product's page (`product`) the same holds, and a short line or heading that
/// names a shop's recommendations ("Similar items", "Customers also viewed",
/// `rules::phrases::SHOP_RELATED`) opens such a section too, above the first prose
/// or below it, with the deeper markup of a carousel ([`SHOP_DEPTH`]): the cards
/// under it are other products, not this one's description.
pub(crate) fn label_sections(segments: &Segments, features: &[Features], labels: &mut [Label], article: bool, product: bool) {
    if !article && !product {
        return;
    }
    let rules = crate::rules::rules();
    let first_prose = labels.iter().position(|l| *l == Label::Good).unwrap_or(labels.len());
    for index in 0..labels.len() {
        // A shop's recommendations sit above the product as often as below it.
        let shop_heading = product
            && features.get(index).is_some_and(|f| f.words <= SHOP_HEADING_MAX_WORDS && f.link_density <= MAX_LINK_DENSITY)
            && segments.blocks.get(index).is_some_and(|b| rules.names_shop_related(&b.text.to_lowercase()));
        // A feed of the site's newest stories under an article, below its first prose.
        let feed_heading = article
            && index > first_prose
            && features.get(index).is_some_and(|f| f.heading && f.words <= FEED_HEADING_MAX_WORDS && f.link_density <= MAX_LINK_DENSITY)
            && segments.blocks.get(index).is_some_and(|b| rules.names_story_feed(&b.text.to_lowercase()));
        let kind = match labels.get(index).copied() {
            _ if shop_heading || feed_heading => Chrome::Related,
            Some(Label::Boilerplate(kind)) if index >= first_prose && features.get(index).is_some_and(|f| f.heading && f.phrases.kind == Some(kind)) => kind,
            _ => continue,
        };
        if !SECTION_KINDS.contains(&kind) {
            continue;
        }
        let depth = if shop_heading { SHOP_DEPTH } else { ARTICLE_DEPTH };
        let Some(section) = segments.blocks.get(index).and_then(|b| section_opened(segments, features, b.element, index, depth)) else { continue };
        if let Some(slot) = labels.get_mut(index) {
            *slot = Label::Boilerplate(kind);
        }
        let inside = |j: &usize| segments.blocks.get(*j).is_some_and(|b| segments.contains(section, b.element));
        for j in (index + 1..labels.len()).take_while(inside) {
            if let Some(slot) = labels.get_mut(j) {
                *slot = Label::Boilerplate(kind);
            }
        }
    }
}

/// On a page that does not declare itself an article, a link-list block that reads
/// as prose is near prose: a listing's teaser or a service card's description, a
/// sentence or more wrapped in its link, is the page's text. Beside an article such
/// teasers are other stories.
pub(crate) fn label_linked_prose(features: &[Features], labels: &mut [Label], article: bool) {
    if article {
        return;
    }
    for (label, f) in labels.iter_mut().zip(features) {
        if *label == Label::Links && is_linked_prose(f) {
            *label = Label::Near;
        }
    }
}

/// Whether a block that is mostly link text still reads as prose.
pub(crate) fn is_linked_prose(f: &Features) -> bool {
    f.words >= LINKED_PROSE_WORDS && f.sentence_ends >= LINKED_PROSE_SENTENCES && f.url_density <= MAX_LINK_DENSITY
}

/// On a page that declares itself an article, labels runs of linked headings as a
/// link list: [`HEADLINE_RUN`] or more headings in a row, each all link and with
/// nothing between, are other stories' headlines ("More from UK"), not the article's
/// subheadings.
pub(crate) fn label_headline_runs(features: &[Features], labels: &mut [Label], article: bool) {
    if !article {
        return;
    }
    let linked = |i: usize| features.get(i).is_some_and(|f| f.heading && f.link_density >= HEADLINE_LINK_DENSITY);
    let mut start = 0;
    while start < labels.len() {
        let end = (start..labels.len()).find(|&i| !linked(i)).unwrap_or(labels.len());
        if end - start >= HEADLINE_RUN {
            for slot in labels.get_mut(start..end).into_iter().flatten() {
                *slot = Label::Links;
            }
        }
        start = end + 1;
    }
}

/// Labels the linked items of a list that a prose line introduces ("Here are some of
/// the courses:") as near prose: a list announced by the text before it is part of
/// the text, however many links it holds. Only when the intro reads as prose (good or
/// near) outside chrome, and the items follow it at once, in one list.
pub(crate) fn label_introduced_lists(segments: &Segments, features: &[Features], labels: &mut [Label]) {
    let mut index = 0;
    while index + 1 < labels.len() {
        let intro = segments.blocks.get(index).zip(features.get(index)).zip(labels.get(index));
        let introduces = intro.is_some_and(|((b, f), label)| {
            let lead_in = matches!(label, Label::Good | Label::Near) || *label == Label::Short && is_short_lead_in(f);
            lead_in && f.chrome.is_none() && b.list.is_none() && b.text.trim_end().ends_with(':')
        });
        index += 1;
        if !introduces {
            continue;
        }
        let Some(list) = segments.blocks.get(index).and_then(|b| b.list).map(|(list, _)| list) else { continue };
        while let (Some(block), Some(f), Some(label)) = (segments.blocks.get(index), features.get(index), labels.get_mut(index)) {
            let item = matches!(block.kind, BlockKind::ListItem | BlockKind::Paragraph);
            if !item || block.list.map(|(l, _)| l) != Some(list) || f.chrome.is_some() {
                break;
            }
            if *label == Label::Links || *label == Label::Short && f.words > 0 {
                *label = Label::Near;
            }
            index += 1;
        }
    }
}

/// Labels the linked term of a definition list as a short line when the description
/// after it is text: an API reference's `WebSocket.send()` over "Enqueues data to be
/// transmitted." heads its description as a subheading does, and is no link list
/// (nor are a listing's record links over its record). A menu set as a definition
/// list links its descriptions too, and stays cut.
pub(crate) fn label_defined_terms(segments: &Segments, features: &[Features], labels: &mut [Label]) {
    for index in 0..labels.len() {
        let linked = labels.get(index) == Some(&Label::Links) && features.get(index).is_some_and(|f| f.chrome.is_none());
        let Some((true, list)) = linked.then(|| segments.definition_part(index)).flatten() else { continue };
        let next = (index + 1..labels.len()).find(|&j| features.get(j).is_some_and(|f| f.chars > 0));
        let described = next.is_some_and(|j| {
            let plain = features.get(j).is_some_and(|f| f.chrome.is_none() && f.words > 0);
            plain && segments.definition_part(j) == Some((false, list)) && labels.get(j).is_some_and(|l| !l.is_cut())
        });
        if let (true, Some(slot)) = (described, labels.get_mut(index)) {
            *slot = Label::Short;
        }
    }
}

/// Whether a line too short to judge alone reads as a sentence that leads into a
/// list ("Many patches were sent for review:"): several words, no link, no heading
/// and no boilerplate phrase, where "Related:" or "Read more:" are one or two words.
fn is_short_lead_in(f: &Features) -> bool {
    f.words >= LEAD_IN_MIN_WORDS && !f.heading && f.link_density == 0.0 && f.phrases.kind.is_none()
}

/// The smallest container above `element` (the heading block `index`'s own) whose
/// first text is that heading and whose other text sits in cards, if any.
fn section_opened(segments: &Segments, features: &[Features], element: ElementId, index: usize, depth: Depth) -> Option<ElementId> {
    let mut at = element;
    for _ in 0..depth.climb {
        let Some(parent) = segments.elements.get(at).and_then(|e| e.parent) else { break };
        let Some(info) = segments.elements.get(parent) else { break };
        let landmark = matches!(info.tag, local_name!("body") | local_name!("html") | local_name!("main"));
        if landmark || !first_text_in(segments, features, parent, index) {
            return closing_cards(segments, parent, at, depth.wrappers);
        }
        if holds_cards(segments, parent, at, depth.wrappers) {
            return Some(parent);
        }
        at = parent;
    }
    None
}

/// The cards that close `parent` after the heading's container `at`, when the
/// heading sits mid-container: a "Recommended reading" heading set beside the story,
/// followed by one grid of cards that is the container's last text. Anything else
/// after the heading (a paragraph, two elements) leaves the heading alone.
fn closing_cards(segments: &Segments, parent: ElementId, at: ElementId, wrappers: usize) -> Option<ElementId> {
    let tag = segments.elements.get(parent).map(|e| &e.tag);
    if tag.is_some_and(|t| matches!(*t, local_name!("body") | local_name!("html"))) {
        return None;
    }
    let mut after = children_with_text(segments, parent).skip_while(|&c| c != at).skip(1);
    match (after.next(), after.next()) {
        (Some(grid), None) if holds_cards(segments, grid, grid, wrappers) => Some(grid),
        _ => None,
    }
}

/// Whether the text of `section`, apart from its child `opener` (which holds the
/// heading), sits in at least two cards: sibling elements of one tag, found
/// directly or through at most `wrappers` single wrappers. An article after
/// its heading is paragraphs, lists and subheadings side by side, never cards.
fn holds_cards(segments: &Segments, section: ElementId, opener: ElementId, wrappers: usize) -> bool {
    let mut children: Vec<ElementId> = children_with_text(segments, section).filter(|&c| c != opener).collect();
    for _ in 0..wrappers {
        match children[..] {
            [only] => children = children_with_text(segments, only).collect(),
            _ => break,
        }
    }
    let tag = |id: &ElementId| segments.elements.get(*id).map(|e| &e.tag);
    let first = children.first().and_then(tag);
    let card = first.is_some_and(|t| !matches!(*t, local_name!("p") | local_name!("h2") | local_name!("h3") | local_name!("h4")));
    card && children.len() >= 2 && children.iter().all(|c| tag(c) == first)
}

/// The child elements of `parent` with text in them, in page order.
fn children_with_text(segments: &Segments, parent: ElementId) -> impl Iterator<Item = ElementId> + '_ {
    let end = segments.elements.get(parent).map_or(parent, |e| e.end);
    let mut next = parent + 1;
    std::iter::from_fn(move || {
        while next <= end {
            let id = next;
            let info = segments.elements.get(id)?;
            next = info.end + 1;
            if info.chars > 0 {
                return Some(id);
            }
        }
        None
    })
}

/// Whether block `index` is the first block with text inside `element`.
fn first_text_in(segments: &Segments, features: &[Features], element: ElementId, index: usize) -> bool {
    let inside = |j: &usize| segments.blocks.get(*j).is_some_and(|b| segments.contains(element, b.element));
    !(0..index).rev().take_while(inside).any(|j| features.get(j).is_some_and(|f| f.chars > 0))
}

/// The label of a block by its own features.
fn label_alone(f: &Features) -> Label {
    if let Some(kind) = phrase_boilerplate(f) {
        return Label::Boilerplate(kind);
    }
    if f.meta_line && (!f.heading || f.dated_meta_line) {
        return Label::Boilerplate(Chrome::Meta);
    }
    if f.interface_label {
        return Label::Boilerplate(Chrome::Controls);
    }
    // A post's date links to the post: a line of the thread, not a link list.
    if f.post_date {
        return Label::Short;
    }
    if (f.link_density > MAX_LINK_DENSITY || f.url_density > MAX_LINK_DENSITY) && !f.heading {
        return Label::Links;
    }
    if f.words >= PROSE_WORDS && f.link_density < 0.3 {
        Label::Good
    } else if f.chars >= SHORT_CHARS {
        Label::Near
    } else {
        Label::Short
    }
}

/// The boilerplate kind a block's phrases make it, if they do.
fn phrase_boilerplate(f: &Features) -> Option<Chrome> {
    let hits = f.phrases;
    let kind = hits.kind?;
    let strong = usize::from(hits.strong);
    let weighted = strong * 3 + usize::from(hits.weak);
    let by_strong = strong > 0 && f.words <= STRONG_PHRASE_MAX_WORDS;
    let by_density = f.words <= WEAK_PHRASE_MAX_WORDS && weighted * WORDS_PER_WEAK_HIT >= f.words;
    (by_strong || by_density).then_some(kind)
}

/// Spreads boilerplate labels to neighbours: a block between two boilerplate blocks
/// of one kind, or next to one and itself short or carrying a phrase of that kind,
/// joins the run (the seed page's appeal: "Support us" beside "Remind me later.").
fn absorb_neighbours(labels: &mut [Label], features: &[Features]) {
    for index in 0..labels.len() {
        let before = index.checked_sub(1).and_then(|i| labels.get(i)).copied();
        let after = labels.get(index + 1).copied();
        let (Some(label), Some(f)) = (labels.get(index).copied(), features.get(index)) else { continue };
        if label.is_cut() {
            continue;
        }
        // Controls and meta lines do not spread: a forum post stands between its
        // "Quote" and "Reply", a card's summary between its byline and its date.
        let kind_of = |l: Option<Label>| match l {
            Some(Label::Boilerplate(kind)) if !matches!(kind, Chrome::Controls | Chrome::Meta) => Some(kind),
            _ => None,
        };
        let joined = match (kind_of(before), kind_of(after)) {
            (Some(a), Some(b)) if a == b && f.words <= SANDWICH_MAX_WORDS => Some(a),
            (Some(kind), _) | (_, Some(kind)) if joins_run(f, kind) => Some(kind),
            _ => None,
        };
        if let (Some(kind), Some(slot)) = (joined, labels.get_mut(index)) {
            *slot = Label::Boilerplate(kind);
        }
    }
}

/// Whether a block beside a boilerplate run of `kind` belongs to it.
fn joins_run(f: &Features, kind: Chrome) -> bool {
    let same_kind = f.phrases.kind == Some(kind);
    let weighted = usize::from(f.phrases.strong) * 3 + usize::from(f.phrases.weak);
    let marked = weighted >= 2 || f.words <= NEIGHBOUR_MAX_WORDS;
    (same_kind && marked && f.words <= SANDWICH_MAX_WORDS) || (f.chars < 25 && !f.heading && kind == Chrome::Appeal)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::features;
    use crate::metadata::Metadata;
    use crate::parse::{parse, Limits};
    use crate::rules::rules;
    use crate::segment::segment;

    /// A page's segments and features, before labelling.
    fn measured(html: &str) -> (Segments, Vec<Features>) {
        let limits = Limits { max_input_bytes: 1 << 20, max_nodes: 10_000 };
        let dom = parse(html, limits).unwrap_or_else(|e| unreachable!("{e}"));
        let segments = segment(&dom, rules());
        let f = features(&segments, rules(), &Metadata::default());
        (segments, f)
    }

    fn labels(html: &str) -> Vec<Label> {
        classify(&measured(html).1)
    }

    const PROSE: &str = "The river rose by a metre before dusk, and by night the roads to the north were closed while the schools shut early.";

    #[test]
    fn prose_links_and_short_blocks() {
        let page = format!("<p>{PROSE}</p><p><a href=/a>Home</a> <a href=/b>World</a></p><p>Photo: AP</p>");
        assert_eq!(labels(&page), [Label::Good, Label::Links, Label::Short]);
    }

    #[test]
    fn appeal_run_absorbs_its_short_and_weak_neighbours() {
        let page = format!(
            "<p>{PROSE}</p><p>We have a small favor to ask.</p><p>paiment methods</p>\
             <p>Not ready to support today?</p><p>Remind me later.</p>"
        );
        let got = labels(&page);
        assert_eq!(got[0], Label::Good);
        assert!(got[1..].iter().all(|l| *l == Label::Boilerplate(Chrome::Appeal)), "{got:?}");
    }

    #[test]
    fn interface_labels_are_cut_but_do_not_spread() {
        let page = format!("<p>Quote</p><p>{PROSE}</p><p>Reply With Quote 0</p><p>Click to expand...</p><h3>Premium Member</h3><p>Sign in</p><p>Replying to the council</p><h2>Reply guy</h2>");
        let got = labels(&page);
        assert_eq!(got[0], Label::Boilerplate(Chrome::Controls));
        assert_eq!(got[1], Label::Good, "a post between its controls stays");
        assert_eq!(got[2..6], [Label::Boilerplate(Chrome::Controls); 4], "a forum rank set as a heading is a label too");
        assert_eq!(got[6], Label::Short, "a line that only starts like a label stays");
        assert_eq!(got[7], Label::Short, "and so does a heading");
    }

    #[test]
    fn a_list_introduced_by_a_colon_is_text_however_linked() {
        let items = "<li><a href=/a>Google Ads Apps Certification</a></li><li><a href=/b>Google Ads Display Certification</a></li>";
        let introduced_list = |intro: &str| {
            let (segments, f) = measured(&format!("<p>{PROSE}</p><p>{intro}</p><ul>{items}</ul><ul>{items}</ul>"));
            let mut labels = classify(&f);
            label_introduced_lists(&segments, &f, &mut labels);
            labels
        };
        let got = introduced_list("Here are some examples of the many courses that Google offers its learners, free of charge:");
        assert_eq!(got[2..4], [Label::Near; 2], "{got:?}");
        assert_eq!(got[4..], [Label::Links; 2], "a second list is not introduced");
        let got = introduced_list("Here are some examples of the many courses that Google offers its learners, free of charge.");
        assert_eq!(got[2..], [Label::Links; 4], "{got:?}");
        let got = introduced_list("See also:");
        assert_eq!(got[2..], [Label::Links; 4], "a short label introduces a link list: {got:?}");
        let got = introduced_list("Here are some courses:");
        assert_eq!(got[1], Label::Short);
        assert_eq!(got[2..4], [Label::Near; 2], "a short sentence of four words or more leads in: {got:?}");
    }

    #[test]
    fn a_short_lead_in_takes_items_set_in_paragraphs_but_not_empty_ones() {
        let got = {
            let html = format!("<p>{PROSE}</p><p>Key topics of the guide include:</p><ul><li><p><a href=/a>Reporting losses</a></p></li><li>Cross builds</li><li><img src=/i.png></li></ul>");
            let (segments, f) = measured(&html);
            let mut labels = classify(&f);
            label_introduced_lists(&segments, &f, &mut labels);
            labels
        };
        assert_eq!(got[2..4], [Label::Near; 2], "a linked paragraph in an item and a plain item: {got:?}");
        assert_eq!(got.get(4), Some(&Label::Short), "an item with no words (an icon) stays short: {got:?}");
    }

    /// The labels after `label_sections`, on a page declared an article or a product.
    fn section_labels(html: &str, (article, product): (bool, bool)) -> Vec<Label> {
        let (segments, f) = measured(html);
        let mut labels = classify(&f);
        label_sections(&segments, &f, &mut labels, article, product);
        labels
    }

    const ARTICLE: (bool, bool) = (true, false);
    const PRODUCT: (bool, bool) = (false, true);
    const NEITHER: (bool, bool) = (false, false);

    #[test]
    fn a_related_heading_takes_the_cards_it_opens() {
        let cards = format!("<div><h3>You may also like</h3><article><p>{PROSE}</p></article><article><p>{PROSE}</p></article></div>");
        let page = format!("<div><p>{PROSE}</p></div>{cards}");
        let got = section_labels(&page, ARTICLE);
        assert_eq!(got[0], Label::Good);
        assert_eq!(got[1..], [Label::Boilerplate(Chrome::Related); 3], "heading and both cards");
        assert_eq!(section_labels(&page, NEITHER)[2..], [Label::Good; 2], "only on a declared article");
    }

    #[test]
    fn a_shops_recommendations_leave_a_products_page() {
        let card = |i: usize| format!("<li><div><h3>Lantern number {i}</h3><p>{PROSE}</p></div></li>");
        let carousel = |heading: &str| format!("<section><div><div><h2>{heading}</h2></div></div><div><ul>{}{}</ul></div></section>", card(1), card(2));
        let page = format!("{}<div><p>{PROSE}</p></div>{}", carousel("People who viewed this item also viewed"), carousel("Similar items"));
        let got = section_labels(&page, PRODUCT);
        let related = Label::Boilerplate(Chrome::Related);
        assert_eq!(got[..5], [related; 5], "a carousel above the product, heading and cards: {got:?}");
        assert_eq!(got[5], Label::Good, "the description stays");
        assert_eq!(got[6..], [related; 5], "and one below it: {got:?}");
        assert!(!section_labels(&page, NEITHER).contains(&related), "only on a product's page");
        let inline = format!("<div><p>{PROSE}</p><h3>Similar items</h3><p>{PROSE}</p></div>");
        assert_eq!(section_labels(&inline, PRODUCT)[2], Label::Good, "a heading mid-container opens nothing");
        let spec = carousel("Dimensions and weight");
        assert!(!section_labels(&format!("<p>{PROSE}</p>{spec}"), PRODUCT).contains(&related), "another heading opens nothing");
    }

    #[test]
    fn a_carousel_wrapped_six_deep_is_still_the_shops() {
        let card = |i: usize| format!("<div><a><p>Lantern number {i}</p><p>bought</p></a></div>");
        // carousel > control > holder > track holder > track > view > cards.
        let track = format!("<div><div><div><div><div><div>{}{}</div></div></div></div></div></div>", card(1), card(2));
        let page = format!("<div><p>{PROSE}</p></div><div><h2>Customers who viewed this item also bought</h2>{track}</div>");
        let got = section_labels(&page, PRODUCT);
        let related = Label::Boilerplate(Chrome::Related);
        assert_eq!(got[0], Label::Good, "the description stays");
        assert_eq!(got[1..], [related; 5], "heading and both cards: {got:?}");
    }

    #[test]
    fn a_related_heading_leaves_the_prose_of_its_container() {
        let inline = format!("<div><p>{PROSE}</p><h3>Related articles</h3><ul><li><a href=/a>A</a></li></ul><p>{PROSE}</p></div>");
        assert_eq!(section_labels(&inline, ARTICLE).last(), Some(&Label::Good), "a heading mid-container opens nothing");
        let opens_prose = format!("<p>{PROSE}</p><div><h3>Read more</h3><p>{PROSE}</p><p>{PROSE}</p></div>");
        assert_eq!(section_labels(&opens_prose, ARTICLE)[2..], [Label::Good; 2], "paragraphs are no cards");
        let first = format!("<div><h3>Most popular</h3><article><p>{PROSE}</p></article><article><p>{PROSE}</p></article></div>");
        assert_eq!(section_labels(&first, ARTICLE)[1..], [Label::Good; 2], "nothing before the page's first prose");
    }

    #[test]
    fn a_run_of_linked_headlines_is_a_link_list_on_an_article() {
        let headline = |i: usize| format!("<h3><a href=/s{i}>Council opens ferry line number {i}</a></h3>");
        let run: String = (0..3).map(headline).collect();
        let page = format!("<p>{PROSE}</p><h3>More from the valley</h3>{run}<p>{PROSE}</p><h2><a href=/x>A linked subheading</a></h2><p>{PROSE}</p>");
        let (_, f) = measured(&page);
        let run_labels = |article: bool| {
            let mut labels = classify(&f);
            label_headline_runs(&f, &mut labels, article);
            labels
        };
        let got = run_labels(true);
        assert_eq!(got[2..5], [Label::Links; 3], "three headlines in a row");
        assert_ne!(got[6], Label::Links, "a lone linked subheading stays");
        assert_ne!(run_labels(false)[2], Label::Links, "only on a declared article");
    }

    #[test]
    fn disclosures_and_reuse_notices_are_cut_by_their_words() {
        let page = format!(
            "<p>{PROSE}</p><p>When you buy through links on our site, we may earn a commission.</p>\
             <p>This document is subject to copyright. Apart from any fair dealing, no part may be reproduced.</p>\
             <p>Media playback is unsupported on your device</p>"
        );
        let got = labels(&page);
        assert_eq!(got[1..], [Label::Boilerplate(Chrome::Ad), Label::Boilerplate(Chrome::Copyright), Label::Boilerplate(Chrome::Navigation)]);
    }

    #[test]
    fn script_notices_and_widget_labels_are_cut() {
        let page = format!(
            "<p>{PROSE}</p><p>This slideshow requires JavaScript.</p><p>You need to enable JavaScript to run this app.</p>\
             <p>Advert</p><p>Sharing is caring!</p><p>Read Later</p>"
        );
        let got = labels(&page);
        assert_eq!(got[1..3], [Label::Boilerplate(Chrome::Navigation); 2]);
        assert_eq!(got[3..], [Label::Boilerplate(Chrome::Controls); 3]);
        let idiom = format!("<p>{PROSE} And remember, sharing is caring: two headsets can share one stream.</p>");
        assert_eq!(labels(&idiom), [Label::Good], "the idiom in prose stays");
    }

    #[test]
    fn a_dated_byline_set_as_a_heading_is_a_meta_line() {
        let page = format!("<h4>by Ann Lee Monday, November 18, 2019</h4><h3>PyCascades 2026</h3><h3>By the numbers</h3><p>{PROSE}</p>");
        let got = labels(&page);
        assert_eq!(got[0], Label::Boilerplate(Chrome::Meta));
        assert!(!got[1].is_cut() && !got[2].is_cut(), "{got:?}: a dated title and an undated one stay");
    }

    #[test]
    fn a_card_summary_between_its_byline_and_its_date_stays() {
        let page = "<p>by Ann Lee</p><p>We tested a dozen monitor arms to find the best ones for your desk.</p><p>Updated March 2, 2026</p>";
        let got = labels(page);
        assert_eq!([got[0], got[2]], [Label::Boilerplate(Chrome::Meta); 2]);
        assert!(!got[1].is_cut(), "{got:?}");
    }

    #[test]
    fn linked_teasers_are_prose_off_articles_only() {
        let teaser = "<p><a href=/t>The river rose by a metre before dusk, and the roads to the north were closed. The schools shut early, and the buses stopped running for the rest of the night.</a></p>";
        let features = measured(teaser).1;
        let mut listing = classify(&features);
        assert_eq!(listing, [Label::Links]);
        let mut article = listing.clone();
        label_linked_prose(&features, &mut listing, false);
        label_linked_prose(&features, &mut article, true);
        assert_eq!((listing[0], article[0]), (Label::Near, Label::Links));
        let one = measured("<p><a href=/s>Customised bookkeeping, payroll and tax filing for small firms, handled by one accountant who knows your books from the first month.</a></p>").1;
        let mut labels = classify(&one);
        label_linked_prose(&one, &mut labels, false);
        assert_eq!(labels, [Label::Near], "one linked sentence of twenty words or more reads as prose");
        let short = measured("<p><a href=/s>Bookkeeping, payroll and tax filing for small firms, handled by one accountant who knows your books.</a></p>").1;
        let mut labels = classify(&short);
        label_linked_prose(&short, &mut labels, false);
        assert_eq!(labels, [Label::Links], "under twenty words a linked sentence stays a link");
        let menu = measured("<p><a href=/a>Home</a> <a href=/b>World</a> <a href=/c>Sport</a></p>").1;
        let mut labels = classify(&menu);
        label_linked_prose(&menu, &mut labels, false);
        assert_eq!(labels, [Label::Links]);
    }

    #[test]
    fn a_phrase_does_not_cut_long_prose() {
        let long = format!("<p>{PROSE} The charity said your support had paid for boats. {PROSE} {PROSE} {PROSE}</p>");
        assert_eq!(labels(&long), [Label::Good]);
    }
}
