//! The final choice in, the same choice without a second copy of the story out.
//!
//! Some pages print their story twice: once for wide screens and once for narrow
//! ones, with a style sheet hiding one of the two; or a "print" or "reader" copy
//! beside the page. Both copies read as content, so both are chosen. A run of
//! [`MIN_RUN`] or more chosen blocks, prose among them, that repeats an earlier run
//! of chosen blocks, text for text, is that second copy, and goes. So does a forum
//! reply's quote of a post already shown: a prose paragraph inside a `<blockquote>`
//! that repeats an earlier chosen block, even alone.
//!
//! Otherwise one repeated line is not a copy: a chorus, a refrain, a pull quote, a
//! "Step 1" heading in two recipes. Only runs count.
//!
//! Invariants: the output is a subsequence of the input, in order; a block is only
//! dropped when an earlier chosen block with the same text stays.

use crate::segment::{for_each_same_text, Block, BlockKind, Segments};

/// Runs are compared at most this many blocks at a time.
const RUN_STEP: usize = 64;
/// This many chosen blocks in a row, repeating an earlier run, make a copy...
const MIN_RUN: usize = 3;
/// ... when at least one of them is a paragraph (not a list item or a table cell) of
/// this many words and more than one sentence: a story's copy holds its prose, where
/// repeated lines, items and cells are a page's structure (a meal plan's "Pre-Workout
/// Meal" and its recipe line under each day).
const MIN_PROSE_WORDS: usize = 25;
/// The fewest bytes that hold [`MIN_PROSE_WORDS`] words of a byte, a space apart.
const MIN_PROSE_BYTES: usize = 2 * MIN_PROSE_WORDS - 1;

/// The chosen blocks in runs of at least [`MIN_RUN`], prose among them, whose texts
/// repeat, in order, an earlier run of chosen blocks: sorted block indices. Blocks
/// without text (images) neither count nor break a run.
pub(crate) fn copies(segments: &Segments, chosen: &[usize]) -> Vec<usize> {
    let texted: Vec<(usize, &Block)> = chosen.iter().filter_map(|&i| segments.blocks.get(i).filter(|b| b.chars > 0).map(|b| (i, b))).collect();
    let blocks: Vec<&Block> = texted.iter().map(|(_, b)| *b).collect();
    let mut copies: Vec<usize> = repeated_runs(&blocks).into_iter().filter_map(|k| texted.get(k).map(|(i, _)| *i)).collect();
    copies.sort_unstable();
    copies
}

/// The chosen blocks without the `copies`.
pub(crate) fn without(chosen: Vec<usize>, copies: &[usize]) -> Vec<usize> {
    if copies.is_empty() {
        return chosen;
    }
    chosen.into_iter().filter(|i| copies.binary_search(i).is_err()).collect()
}

/// The positions in `blocks` of those in a run that repeats an earlier one. Equal
/// texts are found by sorting ([`for_each_same_text`]), and a page where no prose
/// paragraph comes twice (most pages) stops there. Runs are compared [`RUN_STEP`]
/// blocks at a time (a longer copy is found step by step), so that a page of one line
/// repeated throughout costs linear time.
fn repeated_runs(blocks: &[&Block]) -> Vec<usize> {
    // Each text as the position where it first occurs: equal texts, equal numbers.
    let mut firsts: Vec<usize> = (0..blocks.len()).collect();
    let mut repeated = vec![false; blocks.len()];
    let mut pairs: Vec<(&str, usize)> = blocks.iter().enumerate().map(|(at, b)| (b.text.as_str(), at)).collect();
    for_each_same_text(&mut pairs, |same| {
        let Some(&(_, first)) = same.first().filter(|_| same.len() > 1) else { return };
        for &(_, at) in same {
            firsts.get_mut(at).into_iter().for_each(|slot| *slot = first);
            repeated.get_mut(at).into_iter().for_each(|slot| *slot = true);
        }
    });
    // A copy holds a repeated prose paragraph (either twin of a pair may be the prose:
    // a paragraph may repeat a list item's text).
    let prose: Vec<bool> = blocks.iter().zip(&repeated).map(|(b, &again)| again && is_prose(b)).collect();
    if !prose.contains(&true) {
        return Vec::new();
    }
    let mut copies = Vec::new();
    let mut at = 0;
    while let Some(&first) = firsts.get(at) {
        let run = if first < at { common_run(&firsts, first, at) } else { 0 };
        if run >= MIN_RUN && prose.iter().skip(at).take(run).any(|&p| p) {
            copies.extend(at..at + run);
            at += run;
        } else {
            if first < at && prose.get(at).copied().unwrap_or(false) && blocks.get(at).is_some_and(|b| is_quoted(b)) {
                copies.push(at);
            }
            at += 1;
        }
    }
    copies
}

/// Inside a `<blockquote>`: a forum reply quoting a post. A repeated prose paragraph
/// there is a copy on its own, where outside a quote it takes a run (a lorem ipsum
/// paragraph, a refrain).
fn is_quoted(block: &Block) -> bool {
    block.quote_depth > 0
}

/// A paragraph of [`MIN_PROSE_WORDS`] words or more, where one sentence ends and
/// another starts.
fn is_prose(block: &Block) -> bool {
    block.kind == BlockKind::Paragraph && block.text.len() >= MIN_PROSE_BYTES && block.text.split_whitespace().nth(MIN_PROSE_WORDS - 1).is_some() && has_sentence_break(&block.text)
}

/// Whether a sentence ends inside the text: a full stop, question or exclamation
/// mark, then a space and a word that does not start in lower case ("1 tsp. nut
/// butter" has none).
fn has_sentence_break(text: &str) -> bool {
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if matches!(c, '.' | '?' | '!') && chars.next_if(|n| *n == ' ').is_some() && chars.peek().is_some_and(|n| n.is_alphabetic() && !n.is_lowercase()) {
            return true;
        }
    }
    false
}

/// How many texts in a row, from `later` on, repeat those from `earlier` on, up to
/// [`RUN_STEP`] (the earlier run stops where the later one starts).
fn common_run(firsts: &[usize], earlier: usize, later: usize) -> usize {
    let same = |k: &usize| firsts.get(earlier + k).is_some_and(|a| firsts.get(later + k) == Some(a));
    (0..(later - earlier).min(RUN_STEP)).take_while(same).count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::{parse, Limits};
    use crate::rules::rules;
    use crate::segment::segment;

    fn kept_texts(html: &str) -> Vec<String> {
        let dom = parse(html, Limits { max_input_bytes: 1 << 20, max_nodes: 10_000 }).unwrap_or_else(|e| unreachable!("{e}"));
        let segments = segment(&dom, rules());
        let all: Vec<usize> = (0..segments.blocks.len()).collect();
        let copies = copies(&segments, &all);
        without(all, &copies).into_iter().map(|i| segments.blocks[i].text.clone()).collect()
    }

    #[test]
    fn a_second_copy_of_the_story_goes() {
        let prose = "The river rose by a metre before dusk. By night the roads to the north were closed, the schools had shut early and the ferry had stopped running.";
        let story = format!("<h2>Floods</h2><p>{prose}</p><p>Roads shut.</p><p>Schools closed.</p>");
        let page = format!("<div>{story}</div><div>{story}</div><p>Footer</p>");
        assert_eq!(kept_texts(&page), ["Floods", prose, "Roads shut.", "Schools closed.", "Footer"]);
        let structure = "<h3>Day 1</h3><p>Pre-workout meal</p><p>Drink water</p><p>Stretch</p>";
        assert_eq!(kept_texts(&structure.repeat(2)).len(), 8, "repeated short lines are the page's structure");
        let recipe = "<h3>Breakfast</h3><p>Asparagus and eggs [1 cup asparagus, 2 poached eggs, ½ cup sweet potato (or 1 slice whole-grain toast), 1 tsp. olive oil, salt and pepper to taste]</p><p>Eat early</p>";
        assert_eq!(kept_texts(&recipe.repeat(2)).len(), 6, "a recipe line is one long sentence, not prose");
    }

    #[test]
    fn a_reply_quoting_a_post_loses_the_quote() {
        let post = "The river rose by a metre before dusk. By night the roads to the north were closed, the schools had shut early and the ferry had stopped running.";
        let reply = "Same here. The ferry was still running at six.";
        let thread = format!("<div><p>{post}</p></div><div><blockquote><p>{post}</p></blockquote><p>{reply}</p></div>");
        assert_eq!(kept_texts(&thread), [post, reply]);
        let unquoted = format!("<p>{post}</p><p>{reply}</p><p>{post}</p>");
        assert_eq!(kept_texts(&unquoted).len(), 3, "a lone repeat outside a quote stays (filler text, a refrain)");
        let short = "<p>Agreed.</p><blockquote><p>Agreed.</p></blockquote>";
        assert_eq!(kept_texts(short).len(), 2, "a quoted line is not prose");
    }

    #[test]
    fn repeated_lines_and_short_runs_stay() {
        let page = "<p>Chorus.</p><p>Verse one.</p><p>Chorus.</p><p>Verse two.</p><p>Chorus.</p><p>Verse two.</p>";
        assert_eq!(kept_texts(page).len(), 6, "a refrain, and a run of two");
        let overlapping = "<p>A.</p><p>A.</p><p>A.</p><p>A.</p>";
        assert_eq!(kept_texts(overlapping).len(), 4, "a run may not repeat itself");
    }
}
