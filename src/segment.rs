//! Dom in, [`Segments`] out: the page cut into text blocks at block-level element
//! boundaries, plus a table of the elements that hold them.
//!
//! Invariants: one walk over the DOM; dropped subtrees (see `prune`) yield nothing;
//! block text has its whitespace collapsed (except inside `<pre>`) and is never empty
//! unless the block holds an image; element ids are pre-order, so an element's subtree
//! is the id range `id..=end`; every block names the innermost block-level element
//! around its text; a block's list, quote and chrome context is the one its text sits
//! in, taken before the element that ends it is entered.

mod images;

use html5ever::{local_name, LocalName};

use crate::dom::{Dom, Element, Step, Visitor};
use crate::prune::{self, Verdict};
use crate::rules::{Chrome, Rules, THREAD_ITEM_TYPES};

pub(crate) use images::Candidate;
use images::{language, largest, parse_srcset, usable_source};

/// Id of an element in [`Segments::elements`].
pub(crate) type ElementId = usize;

/// One element that holds text, with totals over its subtree.
#[derive(Debug, Clone)]
pub(crate) struct ElementInfo {
    pub(crate) parent: Option<ElementId>,
    pub(crate) tag: LocalName,
    /// The last id inside this element's subtree.
    pub(crate) end: ElementId,
    /// What `prune` said of this element itself.
    pub(crate) verdict: Verdict,
    /// Characters of text in the subtree.
    pub(crate) chars: usize,
    /// Characters of link text in the subtree.
    pub(crate) link_chars: usize,
    /// The element is a microdata item of a thread's opening post
    /// ([`crate::rules::metadata::THREAD_ITEM_TYPES`]): a question, with its answers.
    pub(crate) thread_item: bool,
    /// Its verdict is chrome by a class token that counts, inside the content, on a
    /// page declared an article or a product only ([`prune::Memo::article_only`]).
    pub(crate) article_only: bool,
}

/// What kind of element a block's text sits in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum BlockKind {
    Paragraph,
    Heading(u8),
    ListItem,
    Cell,
    Preformatted,
    Caption,
}

/// Inline markup inside a block, anchored at a byte offset of the block's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Mark {
    LinkStart(String),
    LinkEnd,
    EmphasisStart,
    EmphasisEnd,
    StrongStart,
    StrongEnd,
    CodeStart,
    CodeEnd,
    LineBreak,
    /// An image: the source chosen among `src` and its lazy-loading stand-ins, the
    /// alternative text, and the candidates of its own `srcset` (unresolved).
    Image { src: String, alt: String, srcset: Vec<Candidate> },
}


/// One run of text between block boundaries.
#[derive(Debug, Clone)]
pub(crate) struct Block {
    pub(crate) text: String,
    pub(crate) marks: Vec<(usize, Mark)>,
    pub(crate) chars: usize,
    pub(crate) link_chars: usize,
    pub(crate) kind: BlockKind,
    /// The innermost block-level element around the text.
    pub(crate) element: ElementId,
    /// The innermost chrome element around the text, and its kind.
    pub(crate) chrome: Option<(ElementId, Chrome)>,
    /// Inside `<article>`, `<main>` or an element with a content class.
    pub(crate) in_content: bool,
    /// Nesting depth of blockquotes around the text.
    pub(crate) quote_depth: u8,
    /// The innermost list around the text: its element and whether it is ordered.
    pub(crate) list: Option<(ElementId, bool)>,
    /// How many lists (`ul`, `ol`) are around the text: 0 outside any list.
    pub(crate) list_depth: u8,
    /// For preformatted code, the language named by a `language-` or `lang-` class.
    pub(crate) language: Option<String>,
    /// All its text sits in a figure caption or an image credit, and is not mostly
    /// link text: a `<figcaption>`, or an element that follows an image and whose class
    /// or id names a caption ([`Rules::names_caption`]).
    pub(crate) caption: bool,
}

/// The page as blocks and elements.
#[derive(Debug, Default)]
pub(crate) struct Segments {
    pub(crate) elements: Vec<ElementInfo>,
    pub(crate) blocks: Vec<Block>,
    /// Some element was left out for an inline style that hides it: a reading that
    /// reveals such elements ([`Hidden::RevealStyled`]) would differ.
    pub(crate) styled_hidden: bool,
}

impl Segments {
    /// The parent of block `index`'s element: siblings in a container share it.
    pub(crate) fn block_parent(&self, index: usize) -> Option<ElementId> {
        self.blocks.get(index).and_then(|b| self.elements.get(b.element)).and_then(|e| e.parent)
    }

    /// Whether block `index` is a definition list's term (`true`: its text sits in a
    /// `<dt>`) or a description (`false`: in a `<dd>`), and that element's parent (the
    /// list), looked for up to [`DEFINITION_REACH`] levels above the block's element.
    pub(crate) fn definition_part(&self, index: usize) -> Option<(bool, Option<ElementId>)> {
        let mut at = self.blocks.get(index).map(|b| b.element);
        for _ in 0..=DEFINITION_REACH {
            let info = at.and_then(|id| self.elements.get(id))?;
            match info.tag {
                local_name!("dt") => return Some((true, info.parent)),
                local_name!("dd") => return Some((false, info.parent)),
                _ => at = info.parent,
            }
        }
        None
    }

    /// Whether `inner` is `outer` or inside it.
    pub(crate) fn contains(&self, outer: ElementId, inner: ElementId) -> bool {
        self.elements.get(outer).is_some_and(|e| (outer..=e.end).contains(&inner))
    }
}

/// Sorts `(text, id)` pairs by text, then id, and calls `each` with every run of
/// pairs whose texts are equal (ids ascending, so the first is the earliest). Sorting,
/// not hashing: equal texts end up side by side, and no input can make it slow.
pub(crate) fn for_each_same_text<'t>(pairs: &mut [(&'t str, usize)], mut each: impl FnMut(&[(&'t str, usize)])) {
    pairs.sort_unstable();
    for same in pairs.chunk_by(|a, b| a.0 == b.0) {
        each(same);
    }
}

/// Which hidden elements a segmentation reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Hidden {
    /// None: hidden elements are not page text.
    Skip,
    /// Those hidden by an inline style only: the second reading of a page whose
    /// scripts reveal it (a whole page hidden until it has loaded).
    RevealStyled,
}

/// Cuts the page into blocks (in a walk of its own; `lib.rs` shares the first walk
/// with the metadata stage, through [`Segmenter`]).
#[cfg(test)]
pub(crate) fn segment(dom: &Dom, rules: &Rules) -> Segments {
    segment_reading(dom, rules, Hidden::Skip)
}

/// Cuts the page into blocks in a walk of its own, reading the hidden elements
/// `hidden` says.
pub(crate) fn segment_reading(dom: &Dom, rules: &Rules, hidden: Hidden) -> Segments {
    let mut segmenter = Segmenter::new(rules);
    segmenter.hidden = hidden;
    dom.walk(&mut segmenter);
    segmenter.finish()
}

/// Characters that show nothing: a block of these alone (a `&zwj;` spacer) is empty.
/// Inside a word they stay, as joiners shape Indic scripts and emoji.
fn is_invisible(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{ad}')
}

/// How many levels above a block's own element its `<dt>` or `<dd>` is looked for
/// (a term set in a `<div>` or a `<p>` inside the `<dt>`).
const DEFINITION_REACH: usize = 2;

/// How many ancestors up an image may sit for an element named a caption to be one.
const IMAGE_REACH: usize = 3;

/// What an entered element pushed, to undo on leave.
#[derive(Debug, Clone, Copy, Default)]
struct Frame {
    id: Option<ElementId>,
    block: bool,
    chrome: bool,
    content: bool,
    link: bool,
    pre: bool,
    quote: bool,
    list: bool,
    caption: bool,
}

/// The innermost chrome element around a block's characters, as they are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TextChrome {
    /// No character read yet.
    Unread,
    /// The same around every character read (`None`: no chrome around them).
    Same(Option<(ElementId, Chrome)>),
    /// Different chrome around some of them.
    Mixed,
}

/// The walk's visitor: the blocks so far, and the context of the text being read.
pub(crate) struct Segmenter<'r> {
    rules: &'r Rules,
    hidden: Hidden,
    out: Segments,
    frames: Vec<Frame>,
    open: Vec<ElementId>,
    /// For each open element, whether an image has been read inside it so far (only
    /// the innermost few are kept up to date: see [`IMAGE_REACH`]).
    open_image: Vec<bool>,
    blocks: Vec<(ElementId, BlockKind)>,
    chrome: Vec<(ElementId, Chrome)>,
    lists: Vec<(ElementId, bool)>,
    content_depth: usize,
    link_depth: usize,
    pre_depth: usize,
    quote_depth: usize,
    caption_depth: usize,
    /// Characters of the current block read inside a caption.
    caption_chars: usize,
    /// The innermost chrome element around the current block's characters read so far.
    text_chrome: TextChrome,
    text: String,
    marks: Vec<(usize, Mark)>,
    chars: usize,
    link_chars: usize,
    pending_space: bool,
    /// The code language of the block being gathered.
    language: Option<String>,
    /// The first `srcset` of a `<source>` in the `<picture>` being walked.
    picture_srcset: Option<String>,
    /// Verdicts already given to class and id values.
    memo: prune::Memo,
}

impl<'r> Segmenter<'r> {
    pub(crate) fn new(rules: &'r Rules) -> Self {
        Self {
            rules,
            out: Segments::default(),
            frames: Vec::new(),
            open: Vec::new(),
            open_image: Vec::new(),
            blocks: Vec::new(),
            chrome: Vec::new(),
            lists: Vec::new(),
            content_depth: 0,
            link_depth: 0,
            pre_depth: 0,
            quote_depth: 0,
            caption_depth: 0,
            caption_chars: 0,
            text_chrome: TextChrome::Unread,
            text: String::new(),
            marks: Vec::new(),
            chars: 0,
            link_chars: 0,
            pending_space: false,
            language: None,
            picture_srcset: None,
            hidden: Hidden::Skip,
            memo: prune::Memo::default(),
        }
    }

    /// The blocks, once the walk is over.
    pub(crate) fn finish(mut self) -> Segments {
        self.flush();
        self.out
    }

    /// Ends the current block, if it holds anything.
    fn flush(&mut self) {
        let has_image = self.marks.iter().any(|(_, m)| matches!(m, Mark::Image { .. }));
        if self.text.chars().all(is_invisible) && !has_image {
            self.text.clear();
            self.chars = 0;
            self.link_chars = 0;
            self.caption_chars = 0;
            self.marks.clear();
            self.pending_space = false;
            self.language = None;
            return;
        }
        let (element, kind) = self.blocks.last().copied().unwrap_or((0, BlockKind::Paragraph));
        if let Some(info) = self.out.elements.get_mut(element) {
            info.chars += self.chars;
            info.link_chars += self.link_chars;
        }
        let text = std::mem::take(&mut self.text);
        let marks = std::mem::take(&mut self.marks);
        self.out.blocks.push(Block {
            text,
            marks,
            chars: self.chars,
            link_chars: self.link_chars,
            kind,
            element,
            chrome: self.block_chrome(),
            in_content: self.content_depth > 0,
            quote_depth: u8::try_from(self.quote_depth).unwrap_or(u8::MAX),
            list: self.lists.last().copied(),
            list_depth: u8::try_from(self.lists.len()).unwrap_or(u8::MAX),
            language: self.language.take(),
            caption: self.chars > 0 && self.caption_chars == self.chars && self.link_chars * 2 < self.chars,
        });
        self.chars = 0;
        self.link_chars = 0;
        self.caption_chars = 0;
        self.text_chrome = TextChrome::Unread;
        self.pending_space = false;
    }

    /// The chrome around the block being flushed: the innermost one open now, or an
    /// inline element's that held all its text (a forum rank in a `<span
    /// class="usertitle">` inside its list item), closed before the block ends.
    fn block_chrome(&self) -> Option<(ElementId, Chrome)> {
        let open = self.chrome.last().copied();
        match self.text_chrome {
            TextChrome::Same(Some(inline)) => Some(inline),
            _ => open,
        }
    }

    fn push_text(&mut self, text: &str) {
        if self.pre_depth > 0 {
            self.text.push_str(text);
            let n = text.chars().filter(|c| !c.is_whitespace()).count();
            self.count(n);
            return;
        }
        let mut added = 0;
        for c in text.chars() {
            if c.is_whitespace() {
                self.pending_space = !self.text.is_empty();
                continue;
            }
            if self.pending_space {
                self.text.push(' ');
                self.pending_space = false;
            }
            self.text.push(c);
            added += 1;
        }
        self.count(added);
    }

    fn count(&mut self, chars: usize) {
        if chars > 0 {
            let now = self.chrome.last().copied();
            match self.text_chrome {
                TextChrome::Unread => self.text_chrome = TextChrome::Same(now),
                TextChrome::Same(seen) if seen != now => self.text_chrome = TextChrome::Mixed,
                TextChrome::Same(_) | TextChrome::Mixed => {}
            }
        }
        self.chars += chars;
        if self.link_depth > 0 {
            self.link_chars += chars;
        }
        if self.caption_depth > 0 {
            self.caption_chars += chars;
        }
    }

    fn mark(&mut self, mark: Mark) {
        if self.pending_space && matches!(mark, Mark::LinkStart(_) | Mark::EmphasisStart | Mark::StrongStart | Mark::CodeStart | Mark::Image { .. }) {
            self.text.push(' ');
            self.pending_space = false;
        }
        self.marks.push((self.text.len(), mark));
    }

    fn inline_start(&mut self, element: Element<'_>, frame: &mut Frame) {
        match element.tag() {
            &local_name!("a") => {
                let href = element.attr(&local_name!("href")).map(|h| h.trim().to_owned()).unwrap_or_default();
                self.mark(Mark::LinkStart(href));
                self.link_depth += 1;
                frame.link = true;
            }
            &local_name!("em") | &local_name!("i") => self.mark(Mark::EmphasisStart),
            &local_name!("strong") | &local_name!("b") => self.mark(Mark::StrongStart),
            &local_name!("code") | &local_name!("kbd") | &local_name!("samp") => {
                self.code_language(element);
                self.mark(Mark::CodeStart);
            }
            &local_name!("br") => {
                self.pending_space = false;
                self.mark(Mark::LineBreak);
                if self.pre_depth > 0 {
                    self.text.push('\n');
                } else if !self.text.is_empty() {
                    self.pending_space = true;
                }
            }
            &local_name!("img") => self.image(element),
            _ => {}
        }
    }

    fn inline_end(&mut self, tag: &LocalName) {
        let mark = match tag {
            &local_name!("a") => Mark::LinkEnd,
            &local_name!("em") | &local_name!("i") => Mark::EmphasisEnd,
            &local_name!("strong") | &local_name!("b") => Mark::StrongEnd,
            &local_name!("code") | &local_name!("kbd") | &local_name!("samp") => Mark::CodeEnd,
            _ => return,
        };
        self.marks.push((self.text.len(), mark));
    }

    /// Marks an image, taking its source from the lazy-loading attributes, then from
    /// the largest `srcset` candidate, then from a `<picture>`'s `<source>`.
    fn image(&mut self, element: Element<'_>) {
        let srcset = self
            .rules
            .image_srcset_attributes()
            .iter()
            .find_map(|name| element.attr(name).filter(|v| !v.trim().is_empty()).map(|v| parse_srcset(&v)))
            .unwrap_or_default();
        let src = self
            .rules
            .image_source_attributes()
            .iter()
            .find_map(|name| element.attr(name).map(|v| v.trim().to_owned()).filter(|v| usable_source(v)))
            .or_else(|| largest(&srcset))
            .or_else(|| self.picture_srcset.as_deref().and_then(|s| largest(&parse_srcset(s))));
        if let Some(src) = src {
            let alt = element.attr(&local_name!("alt")).map(|a| a.trim().to_owned()).unwrap_or_default();
            self.mark(Mark::Image { src, alt, srcset });
        }
    }

    /// Notes the language of code inside `<pre>`, from the element's class.
    fn code_language(&mut self, element: Element<'_>) {
        if self.pre_depth > 0 && self.language.is_none() {
            self.language = element.attr(&local_name!("class")).and_then(|class| language(&class));
        }
    }

    /// Keeps the first `srcset` of a `<source>` inside a `<picture>`, for its `<img>`.
    fn picture_source(&mut self, element: Element<'_>) {
        let parent = self.open.last().and_then(|&id| self.out.elements.get(id));
        if self.picture_srcset.is_none() && parent.is_some_and(|p| p.tag == local_name!("picture")) {
            self.picture_srcset = self.rules.image_srcset_attributes().iter().find_map(|name| element.attr(name).map(|v| v.to_owned()));
        }
    }

    fn open_element(&mut self, element: Element<'_>, verdict: Verdict, frame: &mut Frame) -> ElementId {
        let id = self.out.elements.len();
        self.out.elements.push(ElementInfo {
            parent: self.open.last().copied(),
            tag: element.tag().clone(),
            end: id,
            verdict,
            chars: 0,
            link_chars: 0,
            thread_item: element.attr(&local_name!("itemtype")).is_some_and(|types| crate::metadata::declares(&types, THREAD_ITEM_TYPES)),
            article_only: self.memo.article_only,
        });
        self.open.push(id);
        self.open_image.push(false);
        frame.id = Some(id);
        id
    }

    fn enter_structure(&mut self, element: Element<'_>, id: ElementId, verdict: Verdict, frame: &mut Frame) {
        let tag = element.tag();
        // The text gathered so far ends here, in the context it was written in.
        let block = self.rules.is_block(tag);
        if block {
            self.flush();
        }
        if matches!(*tag, local_name!("img") | local_name!("picture") | local_name!("video")) {
            self.open_image.iter_mut().rev().take(IMAGE_REACH + 1).for_each(|seen| *seen = true);
        }
        if *tag == local_name!("figcaption") || self.memo.caption && self.follows_image() {
            self.caption_depth += 1;
            frame.caption = true;
        }
        if let Verdict::Chrome(kind) | Verdict::Hinted(kind) = verdict {
            self.chrome.push((id, kind));
            frame.chrome = true;
        }
        if verdict == Verdict::Content || matches!(*tag, local_name!("article") | local_name!("main")) {
            self.content_depth += 1;
            frame.content = true;
        }
        match *tag {
            local_name!("pre") => {
                self.pre_depth += 1;
                frame.pre = true;
                self.code_language(element);
            }
            local_name!("blockquote") => {
                self.quote_depth += 1;
                frame.quote = true;
            }
            local_name!("ul") | local_name!("ol") => {
                self.lists.push((id, *tag == local_name!("ol")));
                frame.list = true;
            }
            _ => {}
        }
        if block {
            self.blocks.push((id, block_kind(tag, self.blocks.last().map(|b| b.1))));
            frame.block = true;
        }
    }
}

/// The level of a heading's tag (`h1` to `h6`), `None` for any other tag.
pub(crate) fn heading_level(tag: &LocalName) -> Option<u8> {
    match *tag {
        local_name!("h1") => Some(1),
        local_name!("h2") => Some(2),
        local_name!("h3") => Some(3),
        local_name!("h4") => Some(4),
        local_name!("h5") => Some(5),
        local_name!("h6") => Some(6),
        _ => None,
    }
}

/// The kind of a block opened by `tag`, inside a block of kind `outer`.
fn block_kind(tag: &LocalName, outer: Option<BlockKind>) -> BlockKind {
    if let Some(level) = heading_level(tag) {
        return BlockKind::Heading(level);
    }
    match *tag {
        local_name!("li") | local_name!("dd") | local_name!("dt") => BlockKind::ListItem,
        local_name!("td") | local_name!("th") => BlockKind::Cell,
        local_name!("pre") => BlockKind::Preformatted,
        local_name!("figcaption") | local_name!("caption") => BlockKind::Caption,
        local_name!("p") => BlockKind::Paragraph,
        // A `div` inside a list item or cell still belongs to it.
        _ => match outer {
            Some(kind @ (BlockKind::ListItem | BlockKind::Cell | BlockKind::Caption | BlockKind::Preformatted)) => kind,
            _ => BlockKind::Paragraph,
        },
    }
}

impl Visitor for Segmenter<'_> {
    fn enter(&mut self, element: Element<'_>) -> Step {
        let verdict = prune::verdict(element, self.content_depth > 0, self.hidden == Hidden::RevealStyled, self.rules, &mut self.memo);
        let mut frame = Frame::default();
        if *element.tag() == local_name!("source") {
            self.picture_source(element);
        }
        if verdict == Verdict::Drop {
            if self.hidden == Hidden::Skip && !self.out.styled_hidden {
                self.out.styled_hidden = prune::is_styled_hidden(element);
            }
            self.frames.push(frame);
            return Step::Skip;
        }
        let id = self.open_element(element, verdict, &mut frame);
        self.enter_structure(element, id, verdict, &mut frame);
        self.inline_start(element, &mut frame);
        self.frames.push(frame);
        Step::Descend
    }

    fn leave(&mut self, element: Element<'_>) {
        let frame = self.frames.pop().unwrap_or_default();
        self.inline_end(element.tag());
        if frame.block {
            self.flush();
            self.blocks.pop();
        }
        if frame.link {
            self.link_depth = self.link_depth.saturating_sub(1);
        }
        if frame.chrome {
            self.chrome.pop();
        }
        if frame.content {
            self.content_depth = self.content_depth.saturating_sub(1);
        }
        if frame.pre {
            self.pre_depth = self.pre_depth.saturating_sub(1);
        }
        if frame.quote {
            self.quote_depth = self.quote_depth.saturating_sub(1);
        }
        if frame.caption {
            self.caption_depth = self.caption_depth.saturating_sub(1);
        }
        if frame.list {
            self.lists.pop();
        }
        if *element.tag() == local_name!("picture") {
            self.picture_srcset = None;
        }
        if let Some(id) = frame.id {
            self.close_element(id);
        }
    }

    fn text(&mut self, text: &str) {
        self.push_text(text);
    }
}

impl Segmenter<'_> {
    /// Whether an image came before the element just opened, inside one of its
    /// [`IMAGE_REACH`] nearest ancestors: a caption follows its picture.
    fn follows_image(&self) -> bool {
        self.open_image.iter().rev().skip(1).take(IMAGE_REACH).any(|&seen| seen)
    }

    /// Records the element's subtree end and adds its totals to its parent's.
    fn close_element(&mut self, id: ElementId) {
        self.open.pop();
        self.open_image.pop();
        let end = self.out.elements.len().saturating_sub(1);
        let Some(info) = self.out.elements.get_mut(id) else { return };
        info.end = end;
        let (parent, chars, link_chars) = (info.parent, info.chars, info.link_chars);
        if let Some(parent) = parent.and_then(|p| self.out.elements.get_mut(p)) {
            parent.chars += chars;
            parent.link_chars += link_chars;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::{parse, Limits};
    use crate::rules::rules;

    fn blocks(html: &str) -> Segments {
        let limits = Limits { max_input_bytes: 1 << 20, max_nodes: 10_000 };
        let dom = parse(html, limits).unwrap_or_else(|e| unreachable!("{e}"));
        segment(&dom, rules())
    }

    fn texts(segments: &Segments) -> Vec<&str> {
        segments.blocks.iter().map(|b| b.text.as_str()).collect()
    }

    #[test]
    fn splits_at_block_elements_and_collapses_whitespace() {
        let s = blocks("<div>One <b>two</b>\n three<p>Four</p> five</div>");
        assert_eq!(texts(&s), ["One two three", "Four", "five"]);
    }

    #[test]
    fn equal_texts_are_grouped_earliest_first() {
        let mut pairs = vec![("b", 3), ("a", 2), ("b", 0), ("c", 1), ("b", 4)];
        let mut groups = Vec::new();
        for_each_same_text(&mut pairs, |same| groups.push(same.iter().map(|p| p.1).collect::<Vec<_>>()));
        assert_eq!(groups, [vec![2], vec![0, 3, 4], vec![1]]);
    }

    #[test]
    fn blocks_of_invisible_characters_are_empty() {
        let s = blocks("<p>&zwj;</p><p>\u{200b} &shy;</p><p>a&zwj;b</p>");
        assert_eq!(texts(&s), ["a\u{200d}b"]);
    }

    #[test]
    fn notes_whether_an_inline_style_hid_an_element() {
        assert!(!blocks("<p>a<script>x()</script></p><p hidden>h</p>").styled_hidden, "other hidden elements do not count");
        assert!(blocks("<p>a</p><div style='visibility:hidden'><p>b</p></div>").styled_hidden);
    }

    #[test]
    fn drops_script_style_and_hidden_subtrees() {
        let s = blocks("<p>a<script>x()</script></p><style>p{}</style><p hidden>h</p><p style='display: none'>n</p><p>b</p>");
        assert_eq!(texts(&s), ["a", "b"]);
    }

    #[test]
    fn marks_figure_captions_and_image_credits() {
        let captioned = |html: &str| blocks(html).blocks.iter().filter(|b| b.caption).map(|b| b.text.clone()).collect::<Vec<_>>();
        assert_eq!(captioned("<figure><img src=a.jpg><figcaption>The river at dusk.</figcaption></figure><p>Story.</p>"), ["The river at dusk."]);
        let wrapped = "<div><div class=img-wrap><img src=a.jpg></div><div class='caption'><p>The river.</p><span class='image-credit'>Photo: A. Lens</span></div></div>";
        assert_eq!(captioned(wrapped), ["The river.", "Photo: A. Lens"]);
        assert!(captioned("<p class='caption-m'>Fast inference for open models.</p>").is_empty(), "a type style, far from any image");
        assert!(captioned("<img src=a.jpg><p class='category-tax-credits'>Deductions explained.</p>").is_empty(), "a post's category");
        assert!(captioned("<div><img src=a.jpg><p class='item-caption'><a href=/desk>Standing desk</a></p></div>").is_empty(), "a card's linked title");
        assert!(captioned("<figure><img src=a.jpg><figcaption>A</figcaption></figure><p>The river <span class=caption>rose</span>.</p>").len() == 1, "part of a paragraph");
    }

    #[test]
    fn counts_link_text_and_totals_per_element() {
        let s = blocks("<div id=x><p>ab <a href='/c'>cd</a></p><p>ef</p></div>");
        let first = &s.blocks[0];
        assert_eq!((first.chars, first.link_chars), (4, 2));
        let div = s.elements.iter().find(|e| e.tag == local_name!("div")).map(|e| (e.chars, e.link_chars));
        assert_eq!(div, Some((6, 2)));
        assert_eq!(first.marks[0], (3, Mark::LinkStart("/c".into())));
    }

    #[test]
    fn tags_blocks_inside_chrome_and_content() {
        let s = blocks("<nav><p>Home</p></nav><article><p>Story</p><div class='share-bar'><p>Share</p></div></article>");
        assert_eq!(s.blocks[0].chrome.map(|c| c.1), Some(Chrome::Navigation));
        assert!(s.blocks[1].chrome.is_none() && s.blocks[1].in_content);
        assert_eq!(s.blocks[2].chrome.map(|c| c.1), Some(Chrome::Share));
        let s = blocks("<div class=banner><p>Sale</p></div><main><div class=banner><p>Welcome</p></div></main><div class=banner><p>Sale</p></div>");
        let chrome: Vec<_> = s.blocks.iter().map(|b| b.chrome.map(|c| c.1)).collect();
        assert_eq!(chrome, [Some(Chrome::Ad), None, Some(Chrome::Ad)], "one class, judged by where it stands");
    }

    #[test]
    fn keeps_whitespace_in_pre_and_kinds_of_blocks() {
        let s = blocks("<h2>T</h2><pre>a  b\n c</pre><ul><li>i</li></ul><table><tr><td>c</td></tr></table>");
        assert_eq!(texts(&s), ["T", "a  b\n c", "i", "c"]);
        let kinds: Vec<_> = s.blocks.iter().map(|b| b.kind).collect();
        assert_eq!(kinds, [BlockKind::Heading(2), BlockKind::Preformatted, BlockKind::ListItem, BlockKind::Cell]);
    }

    #[test]
    fn list_items_know_their_list_and_depth() {
        let s = blocks("<ol><li>a<ul><li>b</li></ul>c</li></ol><p>d</p>");
        assert_eq!(texts(&s), ["a", "b", "c", "d"]);
        let depths: Vec<_> = s.blocks.iter().map(|b| (b.list.map(|l| l.1), b.list_depth)).collect();
        assert_eq!(depths, [(Some(true), 1), (Some(false), 2), (Some(true), 1), (None, 0)]);
    }

    #[test]
    fn text_before_a_block_keeps_the_context_it_was_written_in() {
        let s = blocks("<div>said<blockquote><p>quoted</p></blockquote></div>");
        let quotes: Vec<_> = s.blocks.iter().map(|b| b.quote_depth).collect();
        assert_eq!(quotes, [0, 1]);
    }

    #[test]
    fn code_language_comes_from_the_class_inside_pre() {
        let s = blocks("<pre><code class='hljs language-Rust'>fn x()</code></pre><p><code class='language-js'>y</code></p><pre class='lang-c++'>z</pre>");
        let languages: Vec<_> = s.blocks.iter().map(|b| b.language.as_deref()).collect();
        assert_eq!(languages, [Some("rust"), None, Some("c++")]);
    }

    fn image_src(html: &str) -> Option<String> {
        let s = blocks(html);
        s.blocks.iter().flat_map(|b| &b.marks).find_map(|(_, m)| match m {
            Mark::Image { src, .. } => Some(src.clone()),
            _ => None,
        })
    }

    #[test]
    fn images_take_lazy_and_srcset_sources_over_placeholders() {
        assert_eq!(image_src("<p><img src='a.jpg' srcset='b.jpg 2x'></p>").as_deref(), Some("a.jpg"));
        assert_eq!(image_src("<p><img src='data:image/gif;base64,R0' data-src='c.jpg'></p>").as_deref(), Some("c.jpg"));
        assert_eq!(image_src("<p><img src='/img/blank.gif' srcset='s.jpg 300w, l.jpg 900w, m.jpg 600w'></p>").as_deref(), Some("l.jpg"));
        assert_eq!(image_src("<p><img data-srcset='one.jpg, two.jpg 2x, three.jpg 1.5x'></p>").as_deref(), Some("two.jpg"));
        assert_eq!(image_src("<p><img srcset='x.jpg, y.jpg'></p>").as_deref(), Some("y.jpg"));
        assert_eq!(image_src("<p><picture><source srcset='p.webp 1x, q.webp 2x'><img alt=a></picture></p>").as_deref(), Some("q.webp"));
        assert_eq!(image_src("<p><img src='javascript:x' alt=a></p>"), None);
    }

    #[test]
    fn srcset_candidates_split_at_commas_after_urls() {
        let c = parse_srcset(" a.jpg 1X,b, c.jpg  2x , i,j.jpg, data:image/png;base64,AA= 3x,");
        let pairs: Vec<_> = c.iter().map(|c| (c.url.as_str(), c.descriptor.as_str())).collect();
        assert_eq!(pairs, [("a.jpg", "1x"), ("b", ""), ("c.jpg", "2x"), ("i,j.jpg", ""), ("data:image/png;base64,AA=", "3x")]);
    }

    #[test]
    fn subtree_ranges_nest() {
        let s = blocks("<div><p>a</p></div><p>b</p>");
        let div = s.elements.iter().position(|e| e.tag == local_name!("div")).unwrap_or(0);
        assert!(s.contains(div, s.blocks[0].element));
        assert!(!s.contains(div, s.blocks[1].element));
    }
}
