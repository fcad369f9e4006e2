//! Labels in, the chosen blocks out, in page order.
//!
//! Prose blocks vote for the elements above them (a block's parent gets its whole
//! score, the grandparent half, further ancestors less); the best-scoring element
//! grows to ancestors that add real prose (teaser cards count off declared articles
//! only), then takes in strong siblings and, before it, siblings made of prose (an
//! introduction in a section of its own): that is the main region. Inside it, every
//! block not labelled boilerplate is kept, less the headline (it is the title),
//! teaser cards beside an article, stray short lines at the edges and closing
//! appeals. A page of thin prose whose text is mostly a list of records keeps the
//! records instead; a product's page of thin prose takes in the product's own block.
//! When a strict attempt finds nothing, a relaxed one also lets chrome vote
//! ([`Strictness`]).
//!
//! Lengths are in non-whitespace characters. Every constant below was tuned on aeb
//! and wcxb-dev together, and kept only where it did not cost either corpus.

use html5ever::local_name;

use crate::classify::{is_linked_prose, Label};
use crate::features::{ratio, Features};
use crate::metadata::Metadata;
use crate::prune::Verdict;
use crate::rules::{Chrome, SELF_CONTAINED_RECORDS};
use crate::segment::{heading_level, Block, BlockKind, ElementId, Mark, Segments};
use crate::Error;

/// How many ancestors above a block receive part of its score.
const SCORE_LEVELS: usize = 5;
/// Extra score of an element whose class or id names it content.
const CONTENT_HINT_BONUS: f32 = 25.0;
/// Siblings of the best element join the region above this share of its score.
const SIBLING_SHARE: f32 = 0.2;
/// ... and above this absolute score.
const SIBLING_MIN_SCORE: f32 = 10.0;
/// A link that wraps a whole card (a heading and a description of at least this many
/// characters beside it) counts as text when the region grows off articles.
const CARD_LINK_MIN_DESCRIPTION_CHARS: usize = 80;
/// How far the region grows from the best element towards its ancestors.
struct Growth {
    /// It climbs to an ancestor when that multiplies its prose by at least this...
    gain: f32,
    /// ... and the ancestor's link density is at most this.
    max_link_density: f32,
    /// It takes in the whole `<body>` only when that multiplies its prose by this.
    body_gain: f32,
}

/// On a page that declares itself an article (`og:type`, JSON-LD), the story is one
/// container: growth is cautious, so the page's other prose stays out.
const ARTICLE_GROWTH: Growth = Growth { gain: 1.25, max_link_density: 0.35, body_gain: 2.0 };
/// On other pages (services, documentation, listings) the content is often several
/// sections side by side, with links among them: growth is freer.
const OPEN_GROWTH: Growth = Growth { gain: 1.125, max_link_density: 0.5, body_gain: 1.8 };
/// Teasers outside the best element are cut when it holds this much prose itself:
/// then the page is an article, and cards around it are links to other pages.
const ARTICLE_PROSE_CHARS: usize = 1500;
/// A block with this share of link text, ending in an ellipsis, is a card.
const EXCERPT_MIN_LINK_DENSITY: f32 = 0.1;
/// A card's linked title stands at most this many blocks before its prose.
const TEASER_TITLE_REACH: usize = 3;
/// A line with this share of link text, shortly before prose, is a card's title.
const TEASER_TITLE_LINK_DENSITY: f32 = 0.9;
/// Record text with more of its characters in bare URLs than this is markup residue.
const MAX_URL_DENSITY: f32 = 0.5;
/// Below this much chosen prose, a page that declares an article may be a listing
/// (see [`records_with_intro`])...
const LISTING_MAX_PROSE_CHARS: usize = 600;
/// ... and below this much, a page that does not: listings open with an introduction.
const OPEN_LISTING_MAX_PROSE_CHARS: usize = 1000;
/// The records kept must hold this many times the chosen prose's characters...
const RECORDS_OVER_PROSE: usize = 2;
/// ... or this many times, when they are self-contained items by their tag
/// ([`SELF_CONTAINED_RECORDS`]: sibling `<article>` elements are a list of posts).
const SELF_CONTAINED_RECORDS_OVER_PROSE: usize = 1;
/// A list of records has at least this many children of one tag...
const MIN_RECORDS: usize = 6;
/// ... holding at least this share of the page's text outside chrome.
const RECORD_LIST_SHARE: f32 = 0.3;
/// A grid split over several containers (sections under their own headings) is one
/// list: the list widens at most this many levels above its records' parent...
const SPLIT_GRID_CLIMB: usize = 3;
/// ... to an ancestor where groups of records of its tag, at its depth, hold this
/// share of the ancestor's text outside chrome...
const SPLIT_GRID_SHARE: f32 = 0.6;
/// ... each group of [`MIN_RECORDS`] records or more, or of this many self-contained
/// ones ([`SELF_CONTAINED_RECORDS`]).
const MIN_SELF_CONTAINED_RECORDS: usize = 3;
/// A shop's shelf has at least this many records (children of one tag) holding a price...
const MIN_SHELF_RECORDS: usize = 6;
/// ... making at least this share of the records of their tag under their parent.
const SHELF_PRICED_SHARE: f32 = 0.5;
/// A list item before the prose stays with at most this share of link text.
const UNLINKED_ITEM_MAX_LINK_DENSITY: f32 = 0.5;
/// How many closing blocks [`trim_tail_appeals`] looks at.
const TAIL_BLOCKS: usize = 3;
/// A closing block is an appeal with one weighted phrase hit per this many words...
const TAIL_WORDS_PER_HIT: usize = 30;
/// ... and at most this many words.
const TAIL_MAX_WORDS: usize = 80;
/// An appeal box inside the article holds at most this share of its words...
const BOX_MAX_SHARE: f32 = 0.3;
/// ... at least this many of its blocks...
const BOX_MIN_BLOCKS: usize = 2;
/// ... and one weighted appeal phrase hit per this many of its words.
const BOX_WORDS_PER_HIT: usize = 40;
/// At most this many appeals are looked at for boxes (bounding the work on odd pages).
const BOX_MAX_SEEDS: usize = 16;
/// The box is looked for at most this many levels above an appeal.
const BOX_MAX_CLIMB: usize = 6;
/// A part of a link-dense ancestor, or a section set before the story's own, joins the
/// story with at least this much prose...
const PART_MIN_PROSE_CHARS: usize = 400;
/// ... making at least this share of its text.
const PART_MIN_PROSE_SHARE: f32 = 0.5;
/// On a product's page, the buy box's price line stands at most this many blocks
/// after the product's heading...
const PRODUCT_PRICE_REACH: usize = 30;
/// ... the product's block grows while its parent adds at most this many price lines...
const PRODUCT_EXTRA_PRICES: usize = 2;
/// ... and has at most this share of link text...
const PRODUCT_MAX_LINK_DENSITY: f32 = 0.5;
/// ... and it joins a selection with less prose than this.
const PRODUCT_THIN_PROSE_CHARS: usize = 500;
/// The region looks at most this many levels up.
const MAX_CLIMB: usize = 64;

/// How much of the page may vote for the main region.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Strictness {
    /// Prose outside chrome containers only.
    Strict,
    /// Any block with text, chrome included.
    Relaxed,
}

/// The side tables `select` reads.
struct Page<'a> {
    segments: &'a Segments,
    features: &'a [Features],
    labels: &'a [Label],
    teasers: Vec<bool>,
    /// Prose characters per element subtree, teasers left out ([`prose_totals`]).
    prose: Vec<usize>,
    /// Teaser prose characters per element subtree.
    teaser_prose: Vec<usize>,
    /// The page declares itself an article.
    article: bool,
    /// The page declares itself a question page and marks up its answers in place.
    question: bool,
    /// The page declares a product (and no article).
    product: bool,
    /// Every parent's children outside chrome grouped by tag ([`record_groups`]).
    groups: RecordGroups<'a>,
    /// Whether each element is or sits in chrome, indexed by element id.
    in_chrome: Vec<bool>,
}

/// The rules' choice of blocks.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Selection {
    /// The article's blocks, in page order.
    pub(crate) chosen: Vec<usize>,
    /// Blocks of the region cut as appeals by their place: appeal boxes inside the
    /// article and its closing appeals, in page order.
    pub(crate) appeals: Vec<usize>,
    /// The chosen blocks are a list of records with its introduction
    /// ([`records_with_intro`]): a listing, whatever product its markup declares.
    pub(crate) records: bool,
    /// The chosen blocks that stand in a shop's shelf ([`shelf`]), in page order: the
    /// learned models do not drop them.
    pub(crate) shelf: Vec<usize>,
    /// The chosen blocks of a product's own block ([`with_product_block`]), in page
    /// order: its title, price and option lines read like stray short lines, and the
    /// learned models do not drop them.
    pub(crate) product: Vec<usize>,
}

/// Picks the article's blocks, in page order.
pub(crate) fn select(
    segments: &Segments,
    features: &[Features],
    labels: &[Label],
    meta: &Metadata,
) -> Result<Selection, Error> {
    let title = meta.title.as_deref();
    let teasers = find_teasers(segments, features, labels);
    let (prose, teaser_prose) = prose_totals(segments, features, labels, &teasers);
    let (groups, in_chrome) = record_groups(segments, features);
    let page = Page { segments, features, labels, teasers, prose, teaser_prose, article: meta.article, question: meta.question, product: meta.product && !meta.article, groups, in_chrome };
    let shelf = shelf(&page.groups);
    for strictness in [Strictness::Strict, Strictness::Relaxed] {
        let scores = score_elements(segments, features, labels, strictness);
        let Some(top) = best_element(&scores) else { continue };
        let region = region_around(&page, &scores, top);
        let mut selection = blocks_in_region(&page, &region, top, title, strictness);
        if let Some(records) = records_with_intro(&page, &selection.chosen, title) {
            let shelf = in_shelf(segments, shelf, &records);
            return Ok(Selection { chosen: records, appeals: Vec::new(), records: true, shelf, product: Vec::new() });
        }
        if strictness == Strictness::Strict {
            with_product_block(&page, &mut selection, title);
        }
        if !selection.chosen.is_empty() {
            selection.shelf = in_shelf(segments, shelf, &selection.chosen);
            return Ok(selection);
        }
    }
    Err(Error::NoContent)
}

/// The product's own block: on a product's page, the smallest container of the
/// product's heading (the first `<h1>` outside chrome) and the first price line after
/// it (the buy box), grown while its parent adds no other products' prices and stays
/// light in links. `None` when the page has no such heading and price.
fn product_block(page: &Page<'_>, chosen: &[usize]) -> Option<ElementId> {
    let (segments, features) = (page.segments, page.features);
    let outside = |i: &usize| features.get(*i).is_some_and(|f| f.chrome.is_none()) && !matches!(page.labels.get(*i), Some(Label::Boilerplate(_)));
    let heading = (0..segments.blocks.len()).filter(outside).find(|&i| segments.blocks.get(i).is_some_and(|b| b.kind == BlockKind::Heading(1)))?;
    let buy_box = |i: &usize| features.get(*i).is_some_and(|f| f.price && f.chrome.is_none()) && outside(i) || chosen.binary_search(i).is_ok();
    let price = (heading + 1..segments.blocks.len()).take(PRODUCT_PRICE_REACH).find(buy_box)?;
    let (h, p) = (segments.blocks.get(heading)?.element, segments.blocks.get(price)?.element);
    let mut anchor = h;
    while !segments.contains(anchor, p) {
        anchor = segments.elements.get(anchor)?.parent?;
    }
    let price_elements: Vec<ElementId> = segments.blocks.iter().zip(features).filter(|(_, f)| f.price && f.chrome.is_none()).map(|(b, _)| b.element).collect();
    let prices = |id: ElementId| price_elements.iter().filter(|&&e| segments.contains(id, e)).count();
    let own_prices = prices(anchor);
    for _ in 0..MAX_CLIMB {
        let Some(parent) = segments.elements.get(anchor).and_then(|e| e.parent) else { break };
        let Some(info) = segments.elements.get(parent) else { break };
        if matches!(info.tag, local_name!("body") | local_name!("html")) || page.in_chrome.get(parent).copied().unwrap_or(true) {
            break;
        }
        if prices(parent) > own_prices + PRODUCT_EXTRA_PRICES || ratio(info.link_chars, info.chars) > PRODUCT_MAX_LINK_DENSITY {
            break;
        }
        anchor = parent;
    }
    Some(anchor)
}

/// On a product's page whose chosen prose is thin, the product's own block
/// ([`product_block`]) joins the selection whole, its short lines included (title,
/// price, options, specifications): such a page has no prose paragraph to vote for it.
fn with_product_block(page: &Page<'_>, selection: &mut Selection, title: Option<&str>) {
    if !page.product {
        return;
    }
    let prose: usize = selection.chosen.iter().filter(|&&i| matches!(page.labels.get(i), Some(Label::Good | Label::Near))).filter_map(|&i| page.features.get(i)).map(|f| f.chars).sum();
    if prose >= PRODUCT_THIN_PROSE_CHARS {
        return;
    }
    let Some(block) = product_block(page, &selection.chosen) else { return };
    let segments = page.segments;
    let blocks = segments.blocks.iter().zip(page.features).zip(page.labels).enumerate();
    let inside: Vec<usize> = blocks
        .filter(|(_, ((b, f), label))| {
            segments.contains(block, b.element) && f.chrome.is_none() && f.chars > 0 && !label.is_cut() && !(matches!(b.kind, BlockKind::Heading(_)) && is_title(&b.text, title))
        })
        .map(|(i, _)| i)
        .collect();
    // Its titles, prices, specification items and cells stay whatever the models say,
    // unless they carry a chrome phrase or read as an interface label ("Select a size").
    let quiet = |f: &Features| !f.interface_label && f.phrases.weak == 0 && f.phrases.strong == 0;
    let core = |i: &usize| {
        page.features.get(*i).is_some_and(|f| quiet(f) && (f.price || f.heading))
            || page.features.get(*i).is_some_and(quiet) && segments.blocks.get(*i).is_some_and(|b| matches!(b.kind, BlockKind::ListItem | BlockKind::Cell))
    };
    selection.product = inside.iter().copied().filter(core).collect();
    selection.chosen.extend(inside);
    selection.chosen.sort_unstable();
    selection.chosen.dedup();
}

/// The blocks among `chosen` inside the shelf, if any.
fn in_shelf(segments: &Segments, shelf: Option<ElementId>, chosen: &[usize]) -> Vec<usize> {
    let Some(shelf) = shelf else { return Vec::new() };
    chosen.iter().copied().filter(|&i| segments.blocks.get(i).is_some_and(|b| segments.contains(shelf, b.element))).collect()
}

/// A shop's shelf: the parent of the most sibling records (children of one tag,
/// outside chrome) that each hold a price line, at least [`MIN_SHELF_RECORDS`] of
/// them and [`SHELF_PRICED_SHARE`] of the records of their tag there. A category
/// page's product grid is one; its cards' titles, prices and colour counts are its
/// content, though each card reads like a short line.
fn shelf(groups: &RecordGroups<'_>) -> Option<ElementId> {
    let shelves = groups.iter().filter(|(_, g)| g.priced >= MIN_SHELF_RECORDS && ratio(g.priced, g.count) >= SHELF_PRICED_SHARE);
    // Ties go to the first parent, then the first tag name: the map's order is random.
    shelves.max_by_key(|(key, g)| (g.priced, std::cmp::Reverse(key.0), std::cmp::Reverse(&**key.1))).map(|((parent, _), _)| *parent)
}

/// When the chosen prose is thin and the page is mostly a list of records (rows,
/// cards, items of one kind side by side), the records are the content, after the
/// prose that introduces them: a listing or a collection page.
fn records_with_intro(page: &Page<'_>, chosen: &[usize], title: Option<&str>) -> Option<Vec<usize>> {
    let prose: usize = chosen.iter().filter_map(|&i| page.features.get(i)).map(|f| f.chars).sum();
    let max_prose = if page.article { LISTING_MAX_PROSE_CHARS } else { OPEN_LISTING_MAX_PROSE_CHARS };
    if prose >= max_prose {
        return None;
    }
    let (list, self_contained) = record_list(page)?;
    let blocks = page.segments.blocks.iter().zip(page.features).zip(page.labels).enumerate();
    let kept: Vec<(usize, usize)> = blocks
        .filter(|(_, ((b, f), label))| {
            page.segments.contains(list, b.element)
                && f.chrome.is_none()
                && f.chars > 0
                && !matches!(label, Label::Boilerplate(_))
                && f.url_density <= MAX_URL_DENSITY
                && !(matches!(b.kind, BlockKind::Heading(_)) && is_title(&b.text, title))
        })
        .map(|(i, ((_, f), _))| (i, f.chars))
        .collect();
    let kept_chars: usize = kept.iter().map(|(_, chars)| chars).sum();
    let over_prose = if self_contained { SELF_CONTAINED_RECORDS_OVER_PROSE } else { RECORDS_OVER_PROSE };
    if kept_chars < prose.saturating_mul(over_prose) {
        return None;
    }
    let mut blocks: Vec<usize> = kept.into_iter().map(|(i, _)| i).chain(chosen.iter().copied()).collect();
    blocks.sort_unstable();
    blocks.dedup();
    Some(blocks)
}

/// The element outside chrome with the most text in children of one tag, when it
/// has at least [`MIN_RECORDS`] of them and they hold [`RECORD_LIST_SHARE`] of the
/// page's text outside chrome; and whether that tag makes each child a
/// self-contained item ([`SELF_CONTAINED_RECORDS`]).
fn record_list(page: &Page<'_>) -> Option<(ElementId, bool)> {
    // Menus and footers do not count against the list: a shop's mega-menu can outweigh its shelf.
    let page_chars: usize = page.features.iter().filter(|f| f.chrome.is_none()).map(|f| f.chars).sum();
    let groups = &page.groups;
    // Ties go to the first parent, then the first tag name: the map's order is random.
    let ((parent, tag), group) = groups.iter().filter(|(_, g)| g.count >= MIN_RECORDS).max_by_key(|(key, g)| (g.chars, std::cmp::Reverse(key.0), std::cmp::Reverse(&**key.1)))?;
    let self_contained = SELF_CONTAINED_RECORDS.contains(&&***tag);
    let (list, chars) = widen_split_grid(page.segments, page.features, groups, &page.in_chrome, (*parent, tag, self_contained)).unwrap_or((*parent, group.chars));
    (ratio(chars, page_chars) >= RECORD_LIST_SHARE).then_some((list, self_contained))
}

/// The records of one tag under one parent.
#[derive(Debug, Clone, Copy, Default)]
struct RecordGroup {
    /// How many, with text.
    count: usize,
    /// Their characters.
    chars: usize,
    /// How many of them hold a price line and another line outside chrome.
    priced: usize,
}

/// Records of one tag per parent.
type RecordGroups<'a> = std::collections::HashMap<(ElementId, &'a html5ever::LocalName), RecordGroup>;

/// Every parent's children outside chrome grouped by tag ([`RecordGroups`]), and
/// whether each element is or sits in chrome.
fn record_groups<'a>(segments: &'a Segments, features: &[Features]) -> (RecordGroups<'a>, Vec<bool>) {
    // Price lines and other lines with words per element subtree, outside chrome; a
    // parent's id is below its children's.
    let mut lines = vec![(0_usize, 0_usize); segments.elements.len()];
    for (block, f) in segments.blocks.iter().zip(features).filter(|(_, f)| f.chrome.is_none() && f.words > 0) {
        if let Some(slot) = lines.get_mut(block.element) {
            if f.price {
                slot.0 += 1;
            } else {
                slot.1 += 1;
            }
        }
    }
    for (id, element) in segments.elements.iter().enumerate().rev() {
        let Some(parent) = element.parent else { continue };
        let (prices, others) = lines.get(id).copied().unwrap_or_default();
        if let Some(slot) = lines.get_mut(parent) {
            slot.0 += prices;
            slot.1 += others;
        }
    }
    let mut groups = RecordGroups::new();
    // Whether each element is or sits in chrome; a parent comes before its children.
    let mut in_chrome = vec![false; segments.elements.len()];
    for (id, element) in segments.elements.iter().enumerate() {
        let parent_in_chrome = element.parent.and_then(|p| in_chrome.get(p).copied()).unwrap_or(false);
        let chrome = parent_in_chrome || matches!(element.verdict, Verdict::Chrome(_) | Verdict::Hinted(_));
        if let Some(slot) = in_chrome.get_mut(id) {
            *slot = chrome;
        }
        if element.chars == 0 || chrome {
            continue;
        }
        let Some(parent) = element.parent else { continue };
        let entry = groups.entry((parent, &element.tag)).or_default();
        entry.count += 1;
        entry.chars += element.chars;
        // A card holds its price and a name; a line of a price alone is no card (a
        // currency menu's "USD: $149.64").
        entry.priced += usize::from(lines.get(id).is_some_and(|&(prices, others)| prices > 0 && others > 0));
    }
    (groups, in_chrome)
}

/// The ancestor of a record list (its parent, tag, and whether its records are
/// self-contained) that holds the same grid split over several containers, one
/// section of cards under each heading, and the records' characters in it: groups
/// of its tag at the list's depth, two or more, hold [`SPLIT_GRID_SHARE`] of the
/// ancestor's text outside chrome. The highest such ancestor within
/// [`SPLIT_GRID_CLIMB`] levels, outside chrome, `<body>` at most (a clean HTML
/// rendering of the list, its sections unwrapped, reads the same).
fn widen_split_grid(
    segments: &Segments,
    features: &[Features],
    groups: &RecordGroups<'_>,
    in_chrome: &[bool],
    (parent, tag, self_contained): (ElementId, &html5ever::LocalName, bool),
) -> Option<(ElementId, usize)> {
    let depth = |mut id: ElementId| {
        let mut depth = 0_usize;
        while let Some(up) = segments.elements.get(id).and_then(|e| e.parent) {
            id = up;
            depth += 1;
        }
        depth
    };
    let list_depth = depth(parent);
    let min_records = if self_contained { MIN_SELF_CONTAINED_RECORDS } else { MIN_RECORDS };
    // The groups of the list's tag at its depth, found once for every level tried.
    let peers: Vec<(ElementId, usize)> =
        groups.iter().filter(|((p, t), g)| *t == tag && g.count >= min_records && depth(*p) == list_depth).map(|((p, _), g)| (*p, g.chars)).collect();
    let mut widened = None;
    let mut at = parent;
    for _ in 0..SPLIT_GRID_CLIMB {
        let Some(up) = segments.elements.get(at).and_then(|e| e.parent) else { break };
        at = up;
        let Some(info) = segments.elements.get(at) else { break };
        if info.tag == local_name!("html") || in_chrome.get(at).copied().unwrap_or(true) {
            break;
        }
        let same_grid = peers.iter().filter(|(p, _)| segments.contains(at, *p));
        let (count, records) = same_grid.fold((0, 0), |(count, chars), (_, c)| (count + 1, chars + c));
        let text: usize = segments.blocks.iter().zip(features).filter(|(b, f)| f.chrome.is_none() && segments.contains(at, b.element)).map(|(_, f)| f.chars).sum();
        if count >= 2 && ratio(records, text) >= SPLIT_GRID_SHARE {
            widened = Some((at, records));
        }
    }
    widened
}

/// The vote of one block, or `None` when it may not vote.
fn block_vote(f: &Features, label: Label, kind: BlockKind, strictness: Strictness) -> Option<f32> {
    let votes = match strictness {
        Strictness::Strict => matches!(label, Label::Good | Label::Near) && f.chrome.is_none(),
        // Links vote here only as running text (a story wrapped in one link), never as
        // menu items or chrome; interface labels ("Contact us") never vote.
        Strictness::Relaxed => {
            f.chars > 0
                && !(label == Label::Links && (f.chrome.is_some() || kind == BlockKind::ListItem))
                && label != Label::Boilerplate(Chrome::Controls)
        }
    };
    #[allow(clippy::cast_precision_loss)]
    votes.then(|| 1.0 + f.commas.min(20) as f32 + (f.chars as f32 / 100.0).min(3.0))
}

/// Every element's score: the votes of the blocks below it, scaled by its link density.
fn score_elements(segments: &Segments, features: &[Features], labels: &[Label], strictness: Strictness) -> Vec<f32> {
    let mut scores = vec![0.0_f32; segments.elements.len()];
    for ((block, f), label) in segments.blocks.iter().zip(features).zip(labels) {
        let Some(vote) = block_vote(f, *label, block.kind, strictness) else { continue };
        let mut at = vote_start(segments, block.element);
        for level in 0..SCORE_LEVELS {
            let Some(id) = at else { break };
            if let Some(score) = scores.get_mut(id) {
                #[allow(clippy::cast_precision_loss)]
                let divisor = match level {
                    0 => 1.0,
                    1 => 2.0,
                    _ => level as f32 * 3.0,
                };
                *score += vote / divisor;
            }
            at = segments.elements.get(id).and_then(|e| e.parent);
        }
    }
    for (score, element) in scores.iter_mut().zip(&segments.elements) {
        if *score > 0.0 {
            // A relaxed attempt is the last resort: a page that is all links still has an article.
            if strictness == Strictness::Strict {
                *score *= 1.0 - ratio(element.link_chars, element.chars);
            }
            if element.verdict == Verdict::Content {
                *score += CONTENT_HINT_BONUS;
            }
        }
    }
    scores
}

/// Where a block's vote starts: a paragraph-like element votes for its parent,
/// a `div` holding text directly votes for itself.
fn vote_start(segments: &Segments, element: ElementId) -> Option<ElementId> {
    let info = segments.elements.get(element)?;
    let leaf = matches!(
        info.tag,
        local_name!("p")
            | local_name!("pre")
            | local_name!("h1")
            | local_name!("h2")
            | local_name!("h3")
            | local_name!("h4")
            | local_name!("h5")
            | local_name!("h6")
            | local_name!("li")
            | local_name!("dd")
            | local_name!("dt")
            | local_name!("td")
            | local_name!("th")
            | local_name!("blockquote")
            | local_name!("figcaption")
    );
    if leaf {
        info.parent
    } else {
        Some(element)
    }
}

/// The element with the highest positive score; the first one on ties.
fn best_element(scores: &[f32]) -> Option<ElementId> {
    let mut best: Option<(ElementId, f32)> = None;
    for (id, &score) in scores.iter().enumerate() {
        if score > 0.0 && best.is_none_or(|(_, b)| score > b) {
            best = Some((id, score));
        }
    }
    best.map(|(id, _)| id)
}

/// The region around the best element: it climbs to its parent while the parent's
/// siblings add real prose (an article split into sections under subheadings),
/// then takes in siblings that score close to it. On a declared article, an ancestor
/// that would add the prose but is too dense with links lends its prose-holding
/// children instead ([`prose_parts`]).
fn region_around(page: &Page<'_>, scores: &[f32], top: ElementId) -> Vec<ElementId> {
    let segments = page.segments;
    let growth = if page.article { &ARTICLE_GROWTH } else { &OPEN_GROWTH };
    let mut root = top;
    let mut root_prose = prose_chars(page, top, root);
    let mut at = top;
    // The prose-holding children of a link-dense ancestor and that ancestor
    // ([`prose_parts`]), unless an ancestor above it takes in the whole.
    let mut parts: Option<(ElementId, Vec<ElementId>)> = None;
    for _ in 0..MAX_CLIMB {
        let Some(parent) = segments.elements.get(at).and_then(|e| e.parent) else { break };
        let Some(info) = segments.elements.get(parent) else { break };
        if info.tag == local_name!("html") {
            break;
        }
        at = parent;
        let prose = prose_chars(page, top, parent);
        let gain = if info.tag == local_name!("body") { growth.body_gain } else { growth.gain };
        if ratio(prose, root_prose) < gain {
            continue;
        }
        // Off articles, a grid of cards each wrapped in one link is the page's offer,
        // not a link list: its links count as text.
        let light = |links: usize| ratio(links, info.chars) <= growth.max_link_density;
        if light(info.link_chars) || !page.article && light(info.link_chars.saturating_sub(card_link_chars(segments, parent))) {
            root = parent;
            root_prose = prose;
            parts = None;
        } else if page.article && parts.is_none() {
            #[allow(clippy::cast_precision_loss)]
            let needed = gain * root_prose as f32;
            parts = prose_parts(page, top, parent, root, growth, needed).map(|found| (parent, found));
        }
    }
    if page.question {
        root = thread_item_around(segments, root, growth).unwrap_or(root);
    }
    let top_score = scores.get(top).copied().unwrap_or(0.0);
    let threshold = (top_score * SIBLING_SHARE).max(SIBLING_MIN_SCORE);
    let mut region = Vec::new();
    if let Some(parent) = segments.elements.get(root).and_then(|e| e.parent) {
        let end = segments.elements.get(parent).map_or(parent, |e| e.end);
        let mut id = parent + 1;
        while id <= end {
            let Some(element) = segments.elements.get(id) else { break };
            // A section of prose before the story's own (its introduction, set by a page
            // builder in a container of its own) joins it, however few votes reach it.
            let intro = id < root && is_prose_part(page, id, growth);
            if id == root || intro || scores.get(id).is_some_and(|&s| s >= threshold) {
                region.push(id);
            }
            id = element.end + 1;
        }
    } else {
        region.push(root);
    }
    if let Some((_, parts)) = parts {
        region.extend(parts);
        region.sort_unstable();
    }
    region
}

/// Characters of link text in `element` inside links that wrap a whole card: an `<a>`
/// holding a heading and a description beside it (a service's title, its one-sentence
/// offer and "find out more", all one link).
fn card_link_chars(segments: &Segments, element: ElementId) -> usize {
    let Some(end) = segments.elements.get(element).map(|e| e.end) else { return 0 };
    let mut total = 0;
    let mut id = element;
    while id <= end {
        let Some(info) = segments.elements.get(id) else { break };
        if info.tag == local_name!("a") {
            let headings: usize = (id + 1..=info.end)
                .filter_map(|i| segments.elements.get(i))
                .filter(|e| heading_level(&e.tag).is_some())
                .map(|e| e.chars)
                .sum();
            if headings > 0 && info.chars.saturating_sub(headings) >= CARD_LINK_MIN_DESCRIPTION_CHARS {
                total += info.link_chars;
            }
            id = info.end + 1;
        } else {
            id += 1;
        }
    }
    total
}

/// On a question page, the outermost microdata item of the thread's opening post
/// (a `Question`) that holds the region's root, when its links are no denser than
/// growth allows: answers outweigh the question they follow, so growth by prose alone
/// stops at them and leaves the question out.
fn thread_item_around(segments: &Segments, root: ElementId, growth: &Growth) -> Option<ElementId> {
    let mut found = None;
    let mut at = Some(root);
    while let Some(id) = at {
        let info = segments.elements.get(id)?;
        if info.thread_item && ratio(info.link_chars, info.chars) <= growth.max_link_density {
            found = Some(id);
        }
        at = info.parent;
    }
    found
}

/// The children of a link-dense ancestor that join the region's root so far when the
/// ancestor's links are left out: those holding prose, with few links, beside the one
/// that holds the root (a page builder's text blocks, set one after another in a
/// column that ends in a long list of links), when together with the root they add
/// the prose that growth asks for.
fn prose_parts(page: &Page<'_>, top: ElementId, parent: ElementId, root: ElementId, growth: &Growth, needed: f32) -> Option<Vec<ElementId>> {
    let segments = page.segments;
    let end = segments.elements.get(parent)?.end;
    let mut parts = Vec::new();
    let mut prose = 0;
    let mut id = parent + 1;
    while id <= end {
        let Some(element) = segments.elements.get(id) else { break };
        if segments.contains(id, root) {
            prose += prose_chars(page, top, root);
        } else {
            if is_prose_part(page, id, growth) {
                parts.push(id);
                prose += page.prose.get(id).copied().unwrap_or(0);
            }
        }
        id = element.end + 1;
    }
    #[allow(clippy::cast_precision_loss)]
    (prose as f32 >= needed && !parts.is_empty()).then_some(parts)
}

/// Whether an element is mostly prose of its own ([`PART_MIN_PROSE_CHARS`],
/// [`PART_MIN_PROSE_SHARE`]) and light in links: a part of the story that may join
/// the region beside its root.
fn is_prose_part(page: &Page<'_>, id: ElementId, growth: &Growth) -> bool {
    let Some(element) = page.segments.elements.get(id) else { return false };
    let own = page.prose.get(id).copied().unwrap_or(0);
    own >= PART_MIN_PROSE_CHARS && ratio(own, element.chars) >= PART_MIN_PROSE_SHARE && ratio(element.link_chars, element.chars) <= growth.max_link_density
}

/// Characters of prose (good or near blocks outside chrome) in `element`, an
/// ancestor of `top` or `top` itself. On a declared article teasers count only
/// inside `top` (cards around a story are other stories); elsewhere they count
/// everywhere, as a section of cards beside the introduction is the page's offer.
fn prose_chars(page: &Page<'_>, top: ElementId, element: ElementId) -> usize {
    let own = |table: &[usize], id: ElementId| table.get(id).copied().unwrap_or(0);
    let teasers = if page.article { top } else { element };
    own(&page.prose, element) + own(&page.teaser_prose, teasers)
}

/// Characters of prose in every element's subtree, teasers apart: `(prose, teaser
/// prose)`, each indexed by element id. One pass over the blocks, then one over the
/// elements from the last to the first, since a parent's id is below its children's.
fn prose_totals(segments: &Segments, features: &[Features], labels: &[Label], teasers: &[bool]) -> (Vec<usize>, Vec<usize>) {
    let mut prose = vec![0; segments.elements.len()];
    let mut teaser_prose = vec![0; segments.elements.len()];
    let blocks = segments.blocks.iter().zip(features).zip(labels).zip(teasers);
    for (((block, f), label), teaser) in blocks {
        if matches!(label, Label::Good | Label::Near) && f.chrome.is_none() {
            let table = if *teaser { &mut teaser_prose } else { &mut prose };
            if let Some(slot) = table.get_mut(block.element) {
                *slot += f.chars;
            }
        }
    }
    for (id, element) in segments.elements.iter().enumerate().rev() {
        let Some(parent) = element.parent else { continue };
        for table in [&mut prose, &mut teaser_prose] {
            let child = table.get(id).copied().unwrap_or(0);
            if let Some(slot) = table.get_mut(parent) {
                *slot += child;
            }
        }
    }
    (prose, teaser_prose)
}

/// Marks teaser cards: prose shortly after a line that is all link (a card's linked
/// title; not a line whose links stay within the page, [`links_within_page`]), as in
/// "More from..." and "Related" grids, where the title and the lines between
/// (author, date) belong to the card too; and a linked title with its excerpt cut
/// short in one block ([`is_linked_excerpt`]), as in news tickers.
fn find_teasers(segments: &Segments, features: &[Features], labels: &[Label]) -> Vec<bool> {
    let is_link_title = |i: usize| {
        features.get(i).is_some_and(|f| f.link_density >= TEASER_TITLE_LINK_DENSITY && (f.heading || f.words >= 5)) && !segments.blocks.get(i).is_some_and(links_within_page)
    };
    let mut teasers = vec![false; features.len()];
    for index in 0..features.len() {
        if !matches!(labels.get(index), Some(Label::Good | Label::Near)) {
            continue;
        }
        if is_linked_excerpt(segments.blocks.get(index), features.get(index)) {
            if let Some(slot) = teasers.get_mut(index) {
                *slot = true;
            }
            continue;
        }
        let title = (1..=TEASER_TITLE_REACH).filter_map(|back| index.checked_sub(back)).find(|&i| is_link_title(i));
        if let Some(slots) = title.and_then(|title| teasers.get_mut(title..=index)) {
            slots.fill(true);
        }
    }
    teasers
}

/// Whether a block's links all point within the page (`href="#answer-3"`): an
/// accordion's question or a table of contents does, where a card's title links to
/// another page, and the prose under such a question is its answer, not a teaser. A
/// block inside a link opened before it (a card wrapped in one `<a>`) has no link
/// of its own here, and is no such block.
fn links_within_page(block: &Block) -> bool {
    let mut hrefs = block.marks.iter().filter_map(|(_, mark)| match mark {
        Mark::LinkStart(href) => Some(href),
        _ => None,
    });
    let is_fragment = |href: &String| href.len() > 1 && href.starts_with('#');
    hrefs.next().is_some_and(is_fragment) && hrefs.all(is_fragment)
}

/// Whether a block is a card on its own: it holds a link and its text breaks off
/// with an ellipsis, as excerpts cut to length by the site's software do.
fn is_linked_excerpt(block: Option<&Block>, f: Option<&Features>) -> bool {
    let (Some(block), Some(f)) = (block, f) else { return false };
    let text = block.text.trim_end();
    f.link_density >= EXCERPT_MIN_LINK_DENSITY && (text.ends_with("...") || text.ends_with('…'))
}

/// The kept blocks of the region, in page order, and those cut as appeals.
fn blocks_in_region(page: &Page<'_>, region: &[ElementId], top: ElementId, title: Option<&str>, strictness: Strictness) -> Selection {
    let (segments, labels) = (page.segments, page.labels);
    let in_region = |element: ElementId| region.iter().any(|&r| segments.contains(r, element));
    let cut_teasers = page.prose.get(top).copied().unwrap_or(0) >= ARTICLE_PROSE_CHARS;
    let linked_teasers = teaser_listing(page, &in_region);
    let mut chosen: Vec<usize> = Vec::new();
    let blocks = segments.blocks.iter().zip(page.features).zip(labels).zip(&page.teasers);
    for (index, (((block, f), label), teaser)) in blocks.enumerate() {
        let listed = linked_teasers && *label == Label::Links && is_linked_prose(f);
        if !in_region(block.element) || label.is_cut() && !relaxed_keeps(*label, strictness) && !listed {
            continue;
        }
        if *teaser && cut_teasers && !segments.contains(top, block.element) {
            continue;
        }
        if f.chrome.is_some() && strictness == Strictness::Strict && !chrome_holds_region(segments, block.chrome, region) {
            continue;
        }
        if matches!(block.kind, BlockKind::Heading(_)) && is_title(&block.text, title) {
            continue;
        }
        chosen.push(index);
    }
    trim_edges(&mut chosen, page);
    let before_appeals = chosen.clone();
    trim_tail_appeals(&mut chosen, page.features);
    cut_appeal_boxes(&mut chosen, page);
    let appeals = before_appeals.into_iter().filter(|i| chosen.binary_search(i).is_err()).collect();
    Selection { chosen, appeals, records: false, shelf: Vec::new(), product: Vec::new() }
}

/// Whether the region of a page declared an article is a listing of teasers: it holds
/// at least [`MIN_RECORDS`] paragraphs of prose wrapped in their links, and more of
/// their text than of unlinked prose outside captions. A news site's topic page
/// declares itself an article, and its stories' teasers are its text; such a
/// region's linked prose is kept.
fn teaser_listing(page: &Page<'_>, in_region: &dyn Fn(ElementId) -> bool) -> bool {
    if !page.article {
        return false;
    }
    let (mut count, mut linked, mut plain) = (0_usize, 0_usize, 0_usize);
    for ((block, f), label) in page.segments.blocks.iter().zip(page.features).zip(page.labels) {
        if f.chrome.is_some() || !in_region(block.element) {
            continue;
        }
        if *label == Label::Links && is_linked_prose(f) {
            count += 1;
            linked += f.chars;
        } else if *label == Label::Good && !block.caption {
            plain += f.chars;
        }
    }
    count >= MIN_RECORDS && linked > plain
}

/// Cuts the boxes of appeals set inside an article ("A word to our readers... Support
/// us... Become a member"): around each block with a strong appeal phrase between
/// the first and last chosen blocks, the largest container of several blocks, a
/// small part of the article, whose words carry appeal phrases densely. Its plain
/// lines (a staff list, a price) go with it, which a block-by-block decision keeps.
fn cut_appeal_boxes(chosen: &mut Vec<usize>, page: &Page<'_>) {
    let (segments, features) = (page.segments, page.features);
    let (Some(&first), Some(&last)) = (chosen.first(), chosen.last()) else { return };
    let total_words: usize = chosen.iter().filter_map(|&i| features.get(i)).map(|f| f.words).sum();
    let is_seed = |i: usize| features.get(i).is_some_and(|f| f.phrases.strong > 0 && appeal_weight(f) > 0);
    let mut boxes: Vec<ElementId> = Vec::new();
    for seed in (first..=last).filter(|&i| is_seed(i)).take(BOX_MAX_SEEDS) {
        let mut element = segments.blocks.get(seed).map(|b| b.element);
        let mut found = None;
        for _ in 0..BOX_MAX_CLIMB {
            let Some(at) = element else { break };
            let inside = |i: &usize| segments.blocks.get(*i).is_some_and(|b| segments.contains(at, b.element));
            let chosen_words: usize = chosen.iter().filter(|i| inside(i)).filter_map(|&i| features.get(i)).map(|f| f.words).sum();
            #[allow(clippy::cast_precision_loss)]
            if chosen_words as f32 > BOX_MAX_SHARE * total_words as f32 {
                break;
            }
            let all: Vec<&Features> = block_range(segments, at, seed).filter(inside).filter_map(|i| features.get(i)).filter(|f| f.chars > 0).collect();
            let words: usize = all.iter().map(|f| f.words).sum();
            let hits: usize = all.iter().map(|f| appeal_weight(f)).sum();
            if all.len() >= BOX_MIN_BLOCKS && hits * BOX_WORDS_PER_HIT >= words {
                found = Some(at);
            }
            element = segments.elements.get(at).and_then(|e| e.parent);
        }
        boxes.extend(found);
    }
    chosen.retain(|&i| !segments.blocks.get(i).is_some_and(|b| boxes.iter().any(|&at| segments.contains(at, b.element))));
}

/// The indices of the blocks inside an element that holds block `seed`: in page
/// order they follow each other, so the run is found by walking out from the seed.
fn block_range(segments: &Segments, element: ElementId, seed: usize) -> std::ops::RangeInclusive<usize> {
    let inside = |i: usize| segments.blocks.get(i).is_some_and(|b| segments.contains(element, b.element));
    let start = (0..seed).rev().take_while(|&i| inside(i)).last().unwrap_or(seed);
    let end = (seed + 1..segments.blocks.len()).take_while(|&i| inside(i)).last().unwrap_or(seed);
    start..=end
}

/// Weighted phrase hits of a block whose phrases are of an appeal's kinds (a strong
/// phrase counts three times).
fn appeal_weight(f: &Features) -> usize {
    if matches!(f.phrases.kind, Some(Chrome::Appeal | Chrome::Newsletter)) {
        usize::from(f.phrases.strong) * 3 + usize::from(f.phrases.weak)
    } else {
        0
    }
}

/// Cuts the article's closing lines while they carry boilerplate phrases at a density
/// that would not cut them mid-article: the end of a story is where sites put their
/// appeals ("Thanks for reading... consider a donation").
fn trim_tail_appeals(chosen: &mut Vec<usize>, features: &[Features]) {
    let body_len = chosen.len();
    for _ in 0..TAIL_BLOCKS {
        let Some(f) = chosen.last().and_then(|&i| features.get(i)) else { break };
        let weighted = usize::from(f.phrases.strong) * 3 + usize::from(f.phrases.weak);
        let kind = matches!(f.phrases.kind, Some(Chrome::Appeal | Chrome::Newsletter | Chrome::Share));
        let appeal = kind && weighted >= 2 && weighted * TAIL_WORDS_PER_HIT >= f.words && f.words <= TAIL_MAX_WORDS;
        if !appeal || chosen.len() * 2 <= body_len {
            break;
        }
        chosen.pop();
    }
}

/// A relaxed attempt keeps boilerplate found by markup, not by words.
fn relaxed_keeps(label: Label, strictness: Strictness) -> bool {
    strictness == Strictness::Relaxed && label == Label::Links
}

/// Whether a chrome container encloses the whole region (then its blocks are the page).
fn chrome_holds_region(segments: &Segments, chrome: Option<(ElementId, Chrome)>, region: &[ElementId]) -> bool {
    chrome.is_some_and(|(id, _)| region.iter().all(|&r| segments.contains(id, r)))
}

/// Drops short and link-only lines before the first and after the last prose block,
/// but keeps the short sentences that open the story in the container of its first
/// prose block ("Remember the state's quest for a slogan?"): a lede line ends like a
/// sentence, where a byline, a date or a credit does not. Unlinked list items before
/// the prose stay too, wherever they stand: a pricing table's features, a recipe's
/// ingredients, the key points over a story. Code right after the last prose block
/// stays too (a post closing on a snippet).
fn trim_edges(chosen: &mut Vec<usize>, page: &Page<'_>) {
    let is_body = |i: &usize| matches!(page.labels.get(*i), Some(Label::Good | Label::Near));
    let first = chosen.iter().position(is_body);
    let last = chosen.iter().rposition(is_body);
    if let (Some(mut first), Some(mut last)) = (first, last) {
        // Code set after the story's last prose (a post's closing snippet) is the
        // page's own, however little it reads like a sentence.
        while chosen.get(last + 1).is_some_and(|&i| page.segments.blocks.get(i).is_some_and(|b| b.kind == BlockKind::Preformatted)) {
            last += 1;
        }
        let body_parent = chosen.get(first).and_then(|&i| page.segments.block_parent(i));
        while let Some(&line) = first.checked_sub(1).and_then(|at| chosen.get(at)) {
            if !(is_lede_line(page, line) && page.segments.block_parent(line) == body_parent) {
                break;
            }
            first -= 1;
        }
        chosen.truncate(last + 1);
        let mut at = 0;
        chosen.retain(|&i| {
            at += 1;
            at > first || is_unlinked_item(page, i)
        });
    }
}

/// Whether a block is a list item with little link text.
fn is_unlinked_item(page: &Page<'_>, index: usize) -> bool {
    let (Some(block), Some(f)) = (page.segments.blocks.get(index), page.features.get(index)) else { return false };
    block.kind == BlockKind::ListItem && f.link_density <= UNLINKED_ITEM_MAX_LINK_DENSITY
}

/// Whether a short block reads as a sentence of the story: a paragraph, not a
/// heading or list item, labelled short, ending in a full stop, question or
/// exclamation mark.
fn is_lede_line(page: &Page<'_>, index: usize) -> bool {
    let (Some(block), Some(label)) = (page.segments.blocks.get(index), page.labels.get(index)) else { return false };
    *label == Label::Short && block.kind == BlockKind::Paragraph && block.text.trim_end().ends_with(['.', '?', '!'])
}

/// Whether a heading repeats the page title.
pub(crate) fn is_title(text: &str, title: Option<&str>) -> bool {
    let Some(title) = title else { return false };
    let norm = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    let (text, title) = (norm(text), norm(title));
    !text.is_empty() && (text == title || title.contains(&text) && text.len() * 2 > title.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classify::classify;
    use crate::features::features;
    use crate::parse::{parse, Limits};
    use crate::rules::rules;
    use crate::segment::segment;

    fn chosen_text(html: &str, title: Option<&str>) -> Result<Vec<String>, Error> {
        let limits = Limits { max_input_bytes: 1 << 20, max_nodes: 10_000 };
        let dom = parse(html, limits).unwrap_or_else(|e| unreachable!("{e}"));
        let segments = segment(&dom, rules());
        let f = features(&segments, rules(), &Metadata::default());
        let labels = classify(&f);
        let meta = Metadata { title: title.map(str::to_owned), ..Metadata::default() };
        let chosen = select(&segments, &f, &labels, &meta)?.chosen;
        Ok(chosen.iter().filter_map(|&i| segments.blocks.get(i)).map(|b| b.text.clone()).collect())
    }

    /// The chosen blocks' texts on a page that declares an article or not.
    fn chosen_on(html: &str, article: bool) -> Vec<String> {
        let limits = Limits { max_input_bytes: 1 << 20, max_nodes: 10_000 };
        let dom = parse(html, limits).unwrap_or_else(|e| unreachable!("{e}"));
        let segments = segment(&dom, rules());
        let meta = Metadata { article, ..Metadata::default() };
        let f = features(&segments, rules(), &meta);
        let chosen = select(&segments, &f, &classify(&f), &meta).unwrap_or_default().chosen;
        chosen.iter().filter_map(|&i| segments.blocks.get(i)).map(|b| b.text.clone()).collect()
    }

    const PROSE: &str = "The river rose by a metre before dusk, and by night the roads to the north were closed, while the schools shut early.";

    #[test]
    fn picks_the_prose_region_over_sidebars() {
        let page = format!(
            "<div class=side><p>Teaser one is short.</p><p><a href=/x>A link list</a></p></div>\
             <div><h1>Floods</h1><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p></div>"
        );
        let got = chosen_text(&page, Some("Floods")).unwrap_or_default();
        assert_eq!(got, [PROSE, PROSE, PROSE]);
    }

    #[test]
    fn keeps_subheadings_and_joins_strong_siblings() {
        let page = format!("<div><section><p>{PROSE}</p><p>{PROSE}</p></section><h2>Later</h2><section><p>{PROSE}</p><p>{PROSE}</p></section></div>");
        let got = chosen_text(&page, None).unwrap_or_default();
        assert_eq!(got.len(), 5, "{got:?}");
        assert_eq!(got[2], "Later");
    }

    #[test]
    fn a_ticker_of_cut_excerpts_does_not_win_over_the_story() {
        let item = "<li><a href=/n>Council opens the new ferry line to the islands</a> <span>The river rose by a metre before dusk, and by night the roads to the north were closed, while the...</span></li>";
        let ticker = format!("<div><ul>{}</ul></div>", item.repeat(10));
        let story = format!("<div><h1>Floods</h1>{}</div>", format!("<p>{PROSE}</p>").repeat(16));
        let got = chosen_text(&format!("<div>{ticker}{story}</div>"), Some("Floods")).unwrap_or_default();
        assert_eq!(got, [PROSE; 16]);
    }

    #[test]
    fn keeps_a_short_lede_sentence_but_not_a_credit_line() {
        let page = format!("<div><h1>Floods</h1><p>Photo: AP</p><p>Remember the last flood?</p><p>{PROSE}</p><p>{PROSE}</p><p>By Ann Lee</p></div>");
        let got = chosen_text(&page, Some("Floods")).unwrap_or_default();
        assert_eq!(got, ["Remember the last flood?", PROSE, PROSE]);
    }

    #[test]
    fn keeps_unlinked_list_items_before_the_prose() {
        let page = format!("<div><p>Share</p><ul><li>Two eggs</li><li><a href=/b>Butter</a></li></ul><p>Serves 2</p><p>{PROSE}</p><p>{PROSE}</p></div>");
        let got = chosen_text(&page, None).unwrap_or_default();
        assert_eq!(got, ["Two eggs", PROSE, PROSE]);
    }

    #[test]
    fn no_prose_is_no_content() {
        assert_eq!(chosen_text("<body></body>", None), Err(Error::NoContent));
    }

    #[test]
    fn relaxed_attempt_reads_a_page_that_is_all_chrome() {
        let page = format!("<footer><p>{PROSE}</p></footer>");
        assert_eq!(chosen_text(&page, None).unwrap_or_default(), [PROSE]);
    }

    #[test]
    fn cuts_an_appeal_box_with_its_plain_lines_but_not_a_lone_mention() {
        let body = format!("<p>{PROSE}</p>").repeat(6);
        let staff = "<li>Ann Lee</li><li>Bo Chan</li><li>Cy Dorn</li>";
        let boxed = format!(
            "<div><h1>Floods</h1>{body}<div><h3>A word to our readers</h3><p>Become a member today.</p>\
             <ul>{staff}</ul><p>Support us so we can keep reporting.</p></div>{body}</div>"
        );
        let got = chosen_text(&boxed, Some("Floods")).unwrap_or_default();
        assert_eq!(got, vec![PROSE; 12], "the box goes whole, staff list included");
        let mention = format!("<div><h1>Floods</h1>{body}<p>Readers asked how to support usage of the new ferry.</p>{body}</div>");
        let got = chosen_text(&mention, Some("Floods")).unwrap_or_default();
        assert_eq!(got.len(), 13, "a word that merely starts like a phrase is no appeal: {got:?}");
    }

    #[test]
    fn growth_is_freer_on_pages_that_do_not_declare_an_article() {
        let links: String = (0..20).map(|i| format!("<li><a href=/s{i}>Service number {i}</a></li>")).collect();
        let page = format!(
            "<div><div><section><p>{PROSE}</p><p>{PROSE}</p></section></div><ul>{links}</ul>\
             <div><section><p>{PROSE}</p><p>{PROSE}</p></section></div></div>"
        );
        assert_eq!(chosen_on(&page, true).len(), 2, "an article keeps to its own section");
        assert_eq!(chosen_on(&page, false).len(), 4, "another page takes both sections");
    }

    #[test]
    fn a_list_of_records_joins_its_introduction() {
        let records: String = (0..40).map(|i| format!("<li><h3>Terracotta pot number {i}</h3><p>$24.50</p><p>15 cm wide, 12 cm tall</p></li>")).collect();
        let intro = format!("<p>{PROSE}</p>").repeat(7);
        let page = format!("<main><h1>Pots</h1><div class=intro>{intro}</div><ul>{records}</ul></main>");
        let listing = chosen_on(&page, false);
        assert_eq!(listing.len(), 7 + 120, "{listing:?}");
        assert_eq!((listing[0].as_str(), listing[7].as_str()), (PROSE, "Terracotta pot number 0"));
        assert_eq!(chosen_on(&page, true), vec![PROSE; 7], "an article's prose of this length is not a listing's introduction");
    }

    #[test]
    fn sibling_articles_join_an_introduction_longer_than_half_their_text() {
        let intro = format!("<p>{PROSE}</p>").repeat(4);
        let posts = |tag: &str| -> String {
            (0..12).map(|i| format!("<{tag}><h2><a href=/p{i}>Crispy baked salmon with lemon, number {i}</a></h2></{tag}>")).collect()
        };
        let page = |tag: &str| format!("<div class=intro><h1>Salmon</h1>{intro}</div><main>{}</main>", posts(tag));
        let listing = chosen_on(&page("article"), true);
        assert_eq!(listing.len(), 4 + 12, "{listing:?}");
        assert_eq!(listing[4], "Crispy baked salmon with lemon, number 0");
        assert_eq!(chosen_on(&page("div"), true), vec![PROSE; 4], "cards of another tag must outweigh the prose twice");
    }

    #[test]
    fn a_grid_split_under_several_headings_is_one_list() {
        let section = |k: usize| -> String {
            let cards: String = (0..6).map(|i| format!("<li>Terracotta pot number {i} in size {k}</li>")).collect();
            format!("<section><h2>Pots of size {k}</h2><ul>{cards}</ul></section>")
        };
        let intro = format!("<p>{PROSE}</p>").repeat(2);
        let page = format!("<div class=intro>{intro}</div><main>{}{}{}</main>", section(1), section(2), section(3));
        let listing = chosen_on(&page, false);
        assert_eq!(listing.len(), 2 + 3 * (1 + 6), "{listing:?}");
        assert_eq!((listing[2].as_str(), listing[3].as_str()), ("Pots of size 1", "Terracotta pot number 0 in size 1"));
        assert_eq!(listing.last().map(String::as_str), Some("Terracotta pot number 5 in size 3"));
        let nested = format!("<div class=intro>{intro}</div><main>{}<div>{}{}</div></main>", section(1), section(2), section(3));
        assert_eq!(chosen_on(&nested, false).len(), 2, "grids at different depths are not one grid: {:?}", chosen_on(&nested, false));
    }

    #[test]
    fn a_product_page_of_short_lines_keeps_its_own_block() {
        let cards: String = (0..4).map(|i| format!("<li><a href=/p{i}>Wool scarf {i}</a> <span>£29.00</span></li>")).collect();
        let page = format!(
            "<div><div class=detail><div><h1>Field jacket</h1><p>£129.00</p><p>Colour: olive</p></div>\
             <ul><li>Outer: waxed cotton</li><li>Collar: corduroy</li></ul></div>\
             <div><p>{PROSE}</p></div><ul class=cards>{cards}</ul></div>"
        );
        let chosen = |product: bool| {
            let limits = Limits { max_input_bytes: 1 << 20, max_nodes: 10_000 };
            let dom = parse(&page, limits).unwrap_or_else(|e| unreachable!("{e}"));
            let segments = segment(&dom, rules());
            let meta = Metadata { product, ..Metadata::default() };
            let f = features(&segments, rules(), &meta);
            let chosen = select(&segments, &f, &classify(&f), &meta).unwrap_or_default().chosen;
            chosen.iter().filter_map(|&i| segments.blocks.get(i)).map(|b| b.text.clone()).collect::<Vec<_>>()
        };
        assert_eq!(chosen(false), [PROSE], "another page keeps to its prose");
        let got = chosen(true);
        assert_eq!(got, ["Field jacket", "£129.00", "Colour: olive", "Outer: waxed cotton", "Collar: corduroy", PROSE], "the product's block joins, not the other products");
    }

    #[test]
    fn a_shop_menu_does_not_outweigh_its_shelf() {
        let menu: String = (0..60).map(|i| format!("<li><a href=/c{i}>Cookware category {i}</a></li>")).collect();
        let shelf: String = (0..10).map(|i| format!("<li><h3>Cast iron skillet {i}</h3><p>$39.99 USD</p></li>")).collect();
        let page = format!("<nav><ul>{menu}</ul></nav><main><h1>Lodge</h1><ul>{shelf}</ul></main><div><p>{PROSE}</p></div>");
        let got = chosen_text(&page, Some("Lodge")).unwrap_or_default();
        assert_eq!(got.len(), 21, "the shelf joins the prose: {got:?}");
        assert_eq!((got[0].as_str(), got[1].as_str(), got[20].as_str()), ("Cast iron skillet 0", "$39.99 USD", PROSE));
    }
}
