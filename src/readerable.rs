//! Is this page an article at all? A cheap test run before (or instead of) extraction.
//!
//! Input: a parsed [`Dom`]. Output: a score, and whether it passes
//! [`READERABLE_MIN_SCORE`]. One walk over the tree, no segmentation or scoring of
//! candidates: paragraph-like elements (`p`, `pre`, `article`, and `div`s with text of
//! their own) that are not hidden or chrome by [`prune::verdict`] add
//! `sqrt(chars - READERABLE_MIN_CHARS)` each when longer than
//! [`READERABLE_MIN_CHARS`]. The idea is that of Mozilla's `Readability-readerable`:
//! a page is an article when it has a few long runs of visible prose. The walk stops
//! descending as soon as the score is decided.
//!
//! Chrome by tag or role is skipped outright. Chrome told by a class or id token only
//! is weaker evidence, as in `features`: its paragraphs are scored aside, and count
//! when the element turns out to hold more than [`MAX_HINTED_SHARE`] of the page's
//! text (the Readability test pages `aclu`, `cnn` and `yahoo-2` wrap their whole story
//! in such an element).

use html5ever::local_name;

use crate::dom::{Dom, Element, Step, Visitor};
use crate::prune::{self, Verdict};
use crate::rules::{self, Chrome, Rules};
use crate::Extractor;

/// Share of the page's visible text above which an element whose class or id names
/// it chrome is believed to be content after all; `features` uses the same share.
const MAX_HINTED_SHARE: f64 = 0.4;

/// Shortest text, in characters with whitespace runs counted as one, that a
/// paragraph-like element needs to add to the score. Readability's value.
pub const READERABLE_MIN_CHARS: usize = 140;

/// The score above which a page is readerable: the sum, over paragraph-like elements
/// longer than [`READERABLE_MIN_CHARS`], of the square root of the characters past it.
/// Readability's value, kept after a sweep from 5 to 50 (`examples/readerable.rs`):
/// on Mozilla's 129 test pages it agrees with the expected `readerable` flag on 124
/// (no false positive; 15 agrees on 126), and on the WCXB dev split it passes 98.7% of
/// articles, as 15 does, against 52% of listings, 54% of collections and 66% of
/// products (15: 59%, 55%, 69%).
pub const READERABLE_MIN_SCORE: f64 = 20.0;

/// Whether a page looks like an article, with the default limits.
///
/// Cheaper than [`extract`](crate::extract): the page is parsed and walked once, and
/// nothing is scored but paragraph lengths. A page past the limits is not readerable.
///
/// # Examples
///
/// ```
/// let sentence = "It rained all day in the valley, and the river rose by a metre before dusk. ";
/// let story = format!("<article><p>{}</p><p>{}</p></article>", sentence.repeat(6), sentence.repeat(5));
/// assert!(dechrome::is_readerable(&story));
/// assert!(!dechrome::is_readerable("<ul><li><a href='/a'>Home</a></li><li><a href='/b'>World</a></li></ul>"));
/// ```
#[must_use]
pub fn is_readerable(html: &str) -> bool {
    Extractor::new().is_readerable(html)
}

/// The readerable score of a page, with the default limits: what
/// [`is_readerable`] compares with [`READERABLE_MIN_SCORE`]. For tuning and for
/// callers who want their own threshold; 0 for a page past the limits.
///
/// # Examples
///
/// ```
/// let paragraph = format!("<p>{}</p>", "word ".repeat(60)); // 300 characters
/// let score = dechrome::readerable_score(&paragraph);
/// assert!((score - 160f64.sqrt()).abs() < 1.0);
/// ```
#[must_use]
pub fn readerable_score(html: &str) -> f64 {
    Extractor::new().readerable_score(html)
}

/// The score of a parsed page, computed no further than needed to know it exceeds
/// `stop_above` (pass `f64::INFINITY` for the full score).
pub(crate) fn score(dom: &Dom, stop_above: f64) -> f64 {
    let mut scorer = Scorer::new(rules::rules(), stop_above);
    dom.walk(&mut scorer);
    scorer.total()
}

/// One open element of the walk.
#[derive(Debug, Clone, Copy, Default)]
struct Frame {
    /// Whether the element's length counts when it ends (`p`, `pre`, `article`, `div`).
    candidate: bool,
    /// A `div`, which counts only with text of its own.
    is_div: bool,
    /// Characters of visible text inside, whitespace runs counted as one.
    chars: usize,
    /// Whether a non-blank text node is a direct child.
    direct_text: bool,
    /// Whether the element is an `article` or `main`.
    opens_content: bool,
    /// Whether the element is a list item.
    opens_item: bool,
    /// Whether a class or id token names the element chrome.
    hinted: bool,
    /// Whether a hinted element may prove to be content (comment sections may not).
    believable: bool,
    /// For a hinted element, the score of the paragraphs inside it and in no
    /// hinted element within it: credited only if the element proves oversized.
    held: f64,
}

/// The visitor: text lengths bubble up from children to parents as elements end.
struct Scorer<'r> {
    rules: &'r Rules,
    /// Open elements, below them a frame for the document itself.
    frames: Vec<Frame>,
    /// Open `article` and `main` elements (chrome `header`s inside them are content).
    content_depth: usize,
    /// Open list items: a paragraph inside one is a list entry, not prose.
    item_depth: usize,
    stop_above: f64,
    /// Score outside hinted elements.
    score: f64,
    /// Hinted elements that ended, as (characters inside, score held).
    hinted: Vec<(usize, f64)>,
    /// Verdicts already given to class and id values.
    memo: prune::Memo,
}

impl<'r> Scorer<'r> {
    fn new(rules: &'r Rules, stop_above: f64) -> Self {
        let frames = vec![Frame::default()];
        Self { rules, frames, content_depth: 0, item_depth: 0, stop_above, score: 0.0, hinted: Vec::new(), memo: prune::Memo::default() }
    }

    /// The score outside hinted elements, plus that of hinted elements holding more
    /// than [`MAX_HINTED_SHARE`] of the page's text.
    fn total(&self) -> f64 {
        let page_chars = self.frames.first().map_or(0, |root| root.chars).max(1);
        let believed = self.hinted.iter().filter(|(chars, _)| *chars as f64 / page_chars as f64 > MAX_HINTED_SHARE);
        self.score + believed.map(|(_, held)| held).sum::<f64>()
    }

    /// Whether an element opens a frame that may count, and of which sort.
    fn open(&self, element: Element<'_>, verdict: Verdict) -> Frame {
        let tag = element.tag();
        let is_div = *tag == local_name!("div");
        let paragraph = matches!(*tag, local_name!("p") | local_name!("pre") | local_name!("article"));
        Frame {
            candidate: is_div || (paragraph && !(self.item_depth > 0 && *tag == local_name!("p"))),
            is_div,
            opens_content: matches!(*tag, local_name!("article") | local_name!("main")),
            opens_item: *tag == local_name!("li"),
            hinted: matches!(verdict, Verdict::Hinted(_)),
            // Comment sections are never taken for the story, however long (as in `features`).
            believable: verdict != Verdict::Hinted(Chrome::Comments),
            ..Frame::default()
        }
    }

    /// Adds a finished element's share to the score, or to the score held by the
    /// innermost hinted element around it; a hinted element's own held score is set
    /// aside with its length.
    fn close(&mut self, frame: Frame) {
        let counts = frame.candidate && (!frame.is_div || frame.direct_text);
        let share = frame.chars.checked_sub(READERABLE_MIN_CHARS).filter(|&past| counts && past > 0);
        let share = share.map_or(0.0, |past| (past as f64).sqrt());
        let share = if frame.hinted {
            if frame.believable {
                self.hinted.push((frame.chars, frame.held + share));
            }
            0.0
        } else {
            share
        };
        match self.frames.iter_mut().rev().find(|f| f.hinted) {
            Some(hinted) => hinted.held += share,
            None => self.score += share,
        }
    }
}

impl Visitor for Scorer<'_> {
    fn enter(&mut self, element: Element<'_>) -> Step {
        let verdict = if self.score > self.stop_above {
            Verdict::Drop
        } else {
            prune::verdict(element, self.content_depth > 0, false, self.rules, &mut self.memo)
        };
        let skip = matches!(verdict, Verdict::Drop | Verdict::Chrome(_));
        let frame = if skip { Frame::default() } else { self.open(element, verdict) };
        self.content_depth += usize::from(frame.opens_content);
        self.item_depth += usize::from(frame.opens_item);
        self.frames.push(frame);
        if skip {
            Step::Skip
        } else {
            Step::Descend
        }
    }

    fn leave(&mut self, _element: Element<'_>) {
        let Some(frame) = self.frames.pop() else { return };
        self.content_depth -= usize::from(frame.opens_content);
        self.item_depth -= usize::from(frame.opens_item);
        self.close(frame);
        if let Some(parent) = self.frames.last_mut() {
            parent.chars += frame.chars;
        }
    }

    fn text(&mut self, text: &str) {
        let (words, chars) = text.split_whitespace().fold((0, 0), |(w, c), word| (w + 1, c + word.chars().count()));
        if let Some(top) = self.frames.last_mut() {
            // One space per word stands for the whitespace between words.
            top.chars += chars + words;
            top.direct_text |= words > 0;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::{parse, Limits};

    fn page_score(html: &str) -> f64 {
        let dom = parse(html, Limits { max_input_bytes: 1 << 20, max_nodes: 10_000 }).unwrap();
        score(&dom, f64::INFINITY)
    }

    const SENTENCE: &str = "It rained all day in the valley, and the river rose by a metre before dusk. ";

    #[test]
    fn long_article_is_readerable() {
        let p = format!("<p>{}</p>", SENTENCE.repeat(5));
        let html = format!("<html><body><nav><a href='/'>Home</a></nav><main>{}</main></body></html>", p.repeat(3));
        assert!(is_readerable(&html));
    }

    #[test]
    fn links_and_short_lines_are_not() {
        let item = "<li><a href='/story'>A headline about the valley floods and the roads</a></li>";
        let line = "<p>Short line.</p><div>Another short line of text.</div>";
        let html = format!("<html><body><ul>{}</ul>{}</body></html>", item.repeat(40), line.repeat(20));
        assert!(!is_readerable(&html));
        assert!(page_score(&html).abs() < f64::EPSILON);
    }

    #[test]
    fn one_paragraph_scores_the_root_of_its_excess() {
        // 60 words of 4 letters: 240 letters and 60 spaces, 300 in all.
        let html = format!("<p>{}</p>", "word ".repeat(60));
        assert!((page_score(&html) - 160f64.sqrt()).abs() < 1e-9);
    }

    #[test]
    fn hidden_and_chrome_text_does_not_count() {
        let p = format!("<p>{}</p>", SENTENCE.repeat(5));
        let html = format!("<nav>{p}</nav><div style='display:none'>{p}</div><aside>{p}</aside>");
        assert!(page_score(&html).abs() < f64::EPSILON);
        assert!(page_score(&format!("<article><header>{p}</header></article>")) > 0.0);
    }

    #[test]
    fn a_class_hint_on_most_of_the_page_is_not_believed() {
        let p = format!("<p>{}</p>", SENTENCE.repeat(5));
        let small = format!("<div class='share'>{p}</div>{}", p.repeat(3));
        assert!((page_score(&small) - 3.0 * 240f64.sqrt()).abs() < 1e-9);
        let wrapper = format!("<main class='js-social-anchor'>{}<div class='share'>{p}</div></main>", p.repeat(3));
        assert!((page_score(&wrapper) - 3.0 * 240f64.sqrt()).abs() < 1e-9);
        let comments = format!("<div id='comment'>{}</div>", p.repeat(3));
        assert!(page_score(&comments).abs() < f64::EPSILON);
    }

    #[test]
    fn divs_count_with_text_of_their_own_and_list_paragraphs_do_not() {
        let text = SENTENCE.repeat(3);
        assert!(page_score(&format!("<div>{text}<br>{text}</div>")) > 0.0);
        assert!(page_score(&format!("<div><span>{text}</span></div>")).abs() < f64::EPSILON);
        assert!(page_score(&format!("<ul><li><p>{text}</p></li></ul>")).abs() < f64::EPSILON);
    }

    #[test]
    fn the_walk_stops_once_decided() {
        let p = format!("<p>{}</p>", SENTENCE.repeat(5));
        let dom = parse(&p.repeat(20), Limits { max_input_bytes: 1 << 20, max_nodes: 10_000 }).unwrap();
        let full = score(&dom, f64::INFINITY);
        let early = score(&dom, READERABLE_MIN_SCORE);
        assert!(early > READERABLE_MIN_SCORE && early < full);
    }
}
