//! Features in, one [`Label`] per block out: first each block on its own, then a
//! context pass that lets boilerplate runs absorb their short or weakly marked
//! neighbours.
//!
//! Invariants: one label per block; a block of more than [`PROSE_WORDS`] words is
//! never labelled boilerplate for its phrases alone.

use crate::features::Features;
use crate::rules::Chrome;

/// Blocks with at least this many words and a low link density read as prose.
/// Tuned on aeb and wcxb-dev.
const PROSE_WORDS: usize = 20;
/// Blocks with fewer characters than this are too short to judge alone.
const SHORT_CHARS: usize = 50;
/// Above this share of link characters a block is a link list, not prose.
const MAX_LINK_DENSITY: f32 = 0.5;
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

/// The label of a block by its own features.
fn label_alone(f: &Features) -> Label {
    if let Some(kind) = phrase_boilerplate(f) {
        return Label::Boilerplate(kind);
    }
    if f.meta_line && !f.heading {
        return Label::Boilerplate(Chrome::Meta);
    }
    if f.interface_label && !f.heading {
        return Label::Boilerplate(Chrome::Controls);
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
        // Controls do not spread: a forum post stands between its "Quote" and "Reply".
        let kind_of = |l: Option<Label>| match l {
            Some(Label::Boilerplate(kind)) if kind != Chrome::Controls => Some(kind),
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

    fn labels(html: &str) -> Vec<Label> {
        let limits = Limits { max_input_bytes: 1 << 20, max_nodes: 10_000 };
        let dom = parse(html, limits).unwrap_or_else(|e| unreachable!("{e}"));
        let segments = segment(&dom, rules());
        classify(&features(&segments, rules(), &Metadata::default()))
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
        let page = format!("<p>Quote</p><p>{PROSE}</p><p>Reply With Quote 0</p><p>Click to expand...</p><h2>Reply</h2><p>Replying to the council</p>");
        let got = labels(&page);
        assert_eq!(got[0], Label::Boilerplate(Chrome::Controls));
        assert_eq!(got[1], Label::Good, "a post between its controls stays");
        assert_eq!(got[2..4], [Label::Boilerplate(Chrome::Controls); 2]);
        assert_eq!(got[4], Label::Short, "a heading is never taken for a label");
        assert_eq!(got[5], Label::Short, "a line that only starts like a label stays");
    }

    #[test]
    fn a_phrase_does_not_cut_long_prose() {
        let long = format!("<p>{PROSE} The charity said your support had paid for boats. {PROSE} {PROSE} {PROSE}</p>");
        assert_eq!(labels(&long), [Label::Good]);
    }
}
