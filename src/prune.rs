//! Decides, element by element, what never reaches the article: dropped subtrees
//! (script, style, hidden elements, form controls) and chrome (navigation, share bars,
//! appeals, consent notices... by tag, ARIA role, or class and id).
//!
//! Input: one element and whether it sits inside an `<article>` or `<main>`.
//! Output: a [`Verdict`]. The DOM is never changed: `segment` skips dropped subtrees
//! and tags the blocks of chrome subtrees, so `select` can still fall back on them
//! and `explain` can show why they were cut.

use std::collections::HashMap;

use html5ever::local_name;

use crate::dom::Element;
use crate::rules::{Chrome, Rules, ANCHOR_HEADING_MAX_CHARS, ANCHOR_HEADING_REACH, ANCHOR_MIN_WORDS, DISCLOSURE_TOGGLES, DISPLAY_VALUES, HIDING_CLASSES, HIDING_STYLES, PANE_COPY_REACH, QUESTION_REACH, QUESTION_TAGS, SCREEN_READER_CLASSES, SCREEN_READER_PREFIX_MAX};

/// What to do with one element and its subtree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Verdict {
    /// Ordinary content.
    Keep,
    /// Never text of the page: skipped with everything in it.
    Drop,
    /// Page chrome of the given kind, by tag or ARIA role.
    Chrome(Chrome),
    /// Page chrome of the given kind, by a class or id token: weaker evidence, which
    /// `features` sets aside when the element holds much of the page's text.
    Hinted(Chrome),
    /// Names itself as a content container (`article-body`, `post-content`).
    Content,
}

/// The verdicts already given to class and id values on one page: a page repeats the
/// same values on many elements, and their rules are the costliest test here.
#[derive(Debug, Default)]
pub(crate) struct Memo {
    /// What each class and id value says.
    by_tokens: HashMap<String, Judged>,
    /// The class and id tokens of the element at hand (a buffer reused from element
    /// to element: only values not seen before are copied into the map).
    tokens: String,
    /// Whether the element last given a verdict names itself a figure caption or
    /// credit by its class or id ([`Rules::names_caption`]).
    pub(crate) caption: bool,
    /// Whether the element last given a verdict is chrome, inside the content, on an
    /// article or a product only: its only chrome tokens are `hints::ARTICLE_CONTENT_PREFIXES`
    /// ([`Rules::names_article_chrome_only`]); `features` decides it by the metadata.
    pub(crate) article_only: bool,
}

/// What one class and id value says about its element.
#[derive(Debug, Clone, Copy)]
struct Judged {
    /// The verdict anywhere on the page.
    verdict: Verdict,
    /// Chrome named by a token that counts outside the content only, when the
    /// verdict is [`Verdict::Keep`] ([`Rules::outside_content_hint`]).
    outside_content: Option<Chrome>,
    /// Whether the value names a caption.
    caption: bool,
    /// Whether the verdict rests on tokens that count inside the content on articles
    /// and products only.
    article_only: bool,
}

/// The verdict on one element; `reveal_styled` reads elements hidden by an inline
/// style as if they were not.
pub(crate) fn verdict(element: Element<'_>, in_article: bool, reveal_styled: bool, rules: &Rules, memo: &mut Memo) -> Verdict {
    memo.caption = false;
    memo.article_only = false;
    let tag = element.tag();
    if rules.is_dropped(tag) || is_hidden(element, reveal_styled, rules) {
        return Verdict::Drop;
    }
    if *tag == local_name!("body") || *tag == local_name!("html") {
        return Verdict::Keep;
    }
    if rules.is_chrome_tag(tag) && !(in_article && *tag == local_name!("header")) {
        return Verdict::Chrome(Chrome::Navigation);
    }
    if let Some(role) = element.attr(&local_name!("role")) {
        if rules.is_chrome_role(&role) && !(in_article && *tag == local_name!("header")) {
            return Verdict::Hinted(Chrome::Navigation);
        }
    }
    class_id_verdict(element, in_article, rules, memo)
}

fn class_id_verdict(element: Element<'_>, in_content: bool, rules: &Rules, memo: &mut Memo) -> Verdict {
    let class = element.attr(&local_name!("class"));
    let id = element.attr(&local_name!("id")).filter(|id| !is_heading_anchor(element, id));
    if class.is_none() && id.is_none() {
        return Verdict::Keep;
    }
    let parts = [class.as_deref(), id.as_deref()];
    let tokens = &mut memo.tokens;
    tokens.clear();
    for part in parts.into_iter().flatten() {
        for (i, piece) in part.split('_').enumerate() {
            if i > 0 {
                tokens.push('-');
            }
            tokens.push_str(piece);
        }
        tokens.push(' ');
    }
    tokens.make_ascii_lowercase();
    let judged = match memo.by_tokens.get(tokens.as_str()) {
        Some(&known) => known,
        None => {
            let judged = judge_tokens(tokens, rules);
            memo.by_tokens.insert(tokens.clone(), judged);
            judged
        }
    };
    memo.caption = judged.caption;
    memo.article_only = in_content && judged.article_only;
    match judged.outside_content {
        Some(kind) if !in_content => Verdict::Hinted(kind),
        _ => judged.verdict,
    }
}

/// Whether an id is the slug of the element's own heading ("menu-innovation-strategies-
/// building-memorable-dining-experiences" over "Menu Innovation Strategies: Building
/// Memorable Dining Experiences"): an anchor for a table of contents, which names
/// no component, whatever words the heading happens to use. A slug has at least
/// [`ANCHOR_MIN_WORDS`] words, every one of them a word of the heading, in order.
fn is_heading_anchor(element: Element<'_>, id: &str) -> bool {
    let slug_words = || id.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty());
    if slug_words().count() < ANCHOR_MIN_WORDS {
        return false;
    }
    let Some(heading) = element.first_heading_text(ANCHOR_HEADING_REACH, ANCHOR_HEADING_MAX_CHARS) else { return false };
    let mut words = heading.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty());
    slug_words().all(|part| words.any(|word| word.eq_ignore_ascii_case(part)))
}

/// What a normalised class and id value says, wherever its element stands.
fn judge_tokens(tokens: &str, rules: &Rules) -> Judged {
    let verdict = if rules.is_consent_manager(tokens) {
        Verdict::Drop
    } else {
        match rules.chrome_hint(tokens) {
            Some(kind) => Verdict::Hinted(kind),
            None if rules.is_content_hint(tokens) => Verdict::Content,
            None => Verdict::Keep,
        }
    };
    let outside_content = if verdict == Verdict::Keep { rules.outside_content_hint(tokens) } else { None };
    let article_only = matches!(verdict, Verdict::Hinted(_)) && rules.names_article_chrome_only(tokens);
    Judged { verdict, outside_content, caption: rules.names_caption(tokens), article_only }
}

/// Hidden by the `hidden` attribute, `aria-hidden` or, unless `reveal_styled`, an
/// inline style. Streaming server renderers park the page's real content in hidden
/// elements that a script reveals; those are not hidden
/// ([`Rules::is_streamed_content`]). Nor is a collapsed accordion or tab panel, hidden
/// until the reader opens it ([`is_disclosure_panel`]), whichever way it is hidden,
/// nor one that an attribute hides as the next pane of a tab set or a carousel
/// ([`is_next_pane`]).
fn is_hidden(element: Element<'_>, reveal_styled: bool, rules: &Rules) -> bool {
    let by_attribute = if element.has_attr(&local_name!("hidden")) {
        !element.attr(&local_name!("id")).is_some_and(|id| rules.is_streamed_content(&id))
    } else {
        element.attr(&local_name!("aria-hidden")).is_some_and(|v| v.trim().eq_ignore_ascii_case("true")) && !is_duplicate_link(element) && !is_main_landmark(element)
    };
    let by_attribute = by_attribute && !is_next_pane(element) && !follows_question(element);
    let for_screen_readers = || element.attr(&local_name!("class")).is_some_and(|class| is_screen_reader_only(&class));
    (by_attribute || for_screen_readers() || !reveal_styled && is_styled_hidden(element)) && !is_disclosure_panel(element, rules)
}

/// Whether an element is the page's main landmark (`<main>`, `role="main"`). A script
/// that opens a modal dialog (a consent banner's) sets `aria-hidden` on the rest of
/// the page, so that screen readers stay in the dialog: the main content hidden so is
/// the page behind the dialog, shown to the eye all the while.
fn is_main_landmark(element: Element<'_>) -> bool {
    *element.tag() == local_name!("main") || element.attr(&local_name!("role")).is_some_and(|role| role.trim().eq_ignore_ascii_case("main"))
}

/// Whether a class value names text for screen readers alone
/// ([`SCREEN_READER_CLASSES`]) and no variant shows it at some width
/// (`md:not-visually-hidden`; one named after the focus shows a skip link only while
/// it has the focus). A variant that hides it at one width only
/// (`md:visually-hidden`) is no such name.
fn is_screen_reader_only(class: &str) -> bool {
    let mut named = false;
    for token in class.split_ascii_whitespace() {
        if let Some((variant, value)) = token.rsplit_once(':') {
            if !variant.contains("focus") && value.strip_prefix("not-").is_some_and(names_screen_reader_text) {
                return false;
            }
        } else if names_screen_reader_text(token) {
            named = true;
        }
    }
    named
}

/// Whether one class token is a name of [`SCREEN_READER_CLASSES`], alone or behind a
/// prefix of up to [`SCREEN_READER_PREFIX_MAX`] letters and digits and a hyphen.
fn names_screen_reader_text(token: &str) -> bool {
    let named = |name: &str| SCREEN_READER_CLASSES.iter().any(|known| known.eq_ignore_ascii_case(name));
    named(token)
        || token.split_once('-').is_some_and(|(prefix, rest)| {
            (1..=SCREEN_READER_PREFIX_MAX).contains(&prefix.len()) && prefix.bytes().all(|b| b.is_ascii_alphanumeric()) && named(rest)
        })
}

/// Whether an element is a link that a card repeats for the eye alone: `aria-hidden`
/// beside `tabindex="-1"` takes a second link to the same page (a teaser's excerpt,
/// its picture) out of the screen reader's way and out of the tab order, so that it
/// is read once; the reader sees it all the same.
fn is_duplicate_link(element: Element<'_>) -> bool {
    *element.tag() == local_name!("a") && element.attr(&local_name!("tabindex")).is_some_and(|v| v.trim() == "-1")
}

/// Whether an element is the panel of an accordion or of a tab, by its ARIA role or
/// its class and id (never a dialog).
fn is_disclosure_panel(element: Element<'_>, rules: &Rules) -> bool {
    let role = element.attr(&local_name!("role"));
    if role.as_deref().is_some_and(|role| rules.is_chrome_role(role)) {
        return false;
    }
    if role.as_deref().is_some_and(|role| rules.is_disclosure_role(role)) {
        return true;
    }
    let names = [local_name!("class"), local_name!("id")];
    names.iter().filter_map(|name| element.attr(name)).any(|value| rules.names_disclosure(&value))
}

/// Hidden by an inline style ([`HIDING_STYLES`]) or a utility class that hides it at
/// every width ([`is_class_hidden`]).
pub(crate) fn is_styled_hidden(element: Element<'_>) -> bool {
    element.attr(&local_name!("style")).is_some_and(|style| may_hide(&style))
        || element.attr(&local_name!("class")).is_some_and(|class| is_class_hidden(&class) && !is_shown_in_turn(element, &class))
}

/// Whether an element hidden by its class is one a script shows in turn: it follows
/// the control that opens it (a button, a `summary`, a heading or a term: an FAQ's
/// question), or a shown sibling of its own tag and class (the other panes of a tab
/// set, the other options of a picker). Classes that only hide are compared whole:
/// a form's failure message (`w-form-fail`) after its success message
/// (`w-form-done`) is no pane of a set.
fn is_shown_in_turn(element: Element<'_>, class: &str) -> bool {
    let Some((tag, previous_class)) = element.previous_element() else { return false };
    if DISCLOSURE_TOGGLES.contains(&&*tag) {
        return true;
    }
    let same_kind = |previous: &str| {
        if shown_tokens(class).next().is_some() {
            shown_tokens(previous).eq(shown_tokens(class))
        } else {
            previous.split_ascii_whitespace().eq(class.split_ascii_whitespace())
        }
    };
    tag == *element.tag() && previous_class.is_some_and(|previous| same_kind(&previous))
}

/// Whether an element hidden by an attribute is the answer its question opens: the
/// heading or term just before it holds the button that opens it, or names it in
/// `aria-controls` ([`QUESTION_TAGS`], within [`QUESTION_REACH`] elements); or the
/// button just before it names it so; or it follows a `<details>` element's
/// `<summary>`. Showing every element that some `aria-controls` names reads mobile
/// menus too; a button that names something else opens nothing read.
fn follows_question(element: Element<'_>) -> bool {
    element.opened_by_previous(QUESTION_TAGS, QUESTION_REACH)
}

/// Whether an element hidden by an attribute is the next pane of a set a script
/// shows in turn (a tab set, a carousel's slides): it follows a sibling of its own
/// tag and class, and its text copies none of the nearest earlier ones
/// ([`PANE_COPY_REACH`]: a marquee or a looping carousel repeats its items, hidden
/// from screen readers, and those copies stay hidden). A control is no pane.
fn is_next_pane(element: Element<'_>) -> bool {
    if DISCLOSURE_TOGGLES.contains(&&**element.tag()) {
        return false;
    }
    let Some(class) = element.attr(&local_name!("class")) else { return false };
    if shown_tokens(&class).next().is_none() {
        return false;
    }
    let Some((tag, previous_class)) = element.previous_element() else { return false };
    let follows_own_kind = tag == *element.tag() && previous_class.is_some_and(|previous| shown_tokens(&previous).eq(shown_tokens(&class)));
    drop(class);
    follows_own_kind && !element.copies_earlier_sibling(PANE_COPY_REACH)
}

/// A class value's tokens other than [`HIDING_CLASSES`].
fn shown_tokens(class: &str) -> impl Iterator<Item = &str> {
    class.split_ascii_whitespace().filter(|token| !HIDING_CLASSES.contains(token))
}

/// Whether a class value holds a hiding utility class ([`HIDING_CLASSES`]) and no
/// class that shows the element at some width or state: a Tailwind variant
/// (`md:block`, `group-hover:flex`) or a Bootstrap breakpoint (`d-lg-block`).
fn is_class_hidden(class: &str) -> bool {
    let mut hides = false;
    for token in class.split_ascii_whitespace() {
        if HIDING_CLASSES.contains(&token) {
            hides = true;
        } else if let Some((_, value)) = token.rsplit_once(':') {
            if DISPLAY_VALUES.contains(&value) {
                return false;
            }
        } else if let Some(rest) = token.strip_prefix("d-") {
            if rest.split_once('-').is_some_and(|(_, value)| DISPLAY_VALUES.contains(&value)) {
                return false;
            }
        }
    }
    hides
}

/// Whether a style (or any text holding one) declares one of [`HIDING_STYLES`],
/// whitespace and ASCII case aside. Read once, character by character, each
/// declaration matched as a string search automaton would (no copy of the style).
pub(crate) fn may_hide(style: &str) -> bool {
    let mut matched = [0; HIDING_STYLES.len()];
    for c in style.chars().filter(|c| !c.is_whitespace()) {
        // The declarations are ASCII: any other character matches none of theirs.
        let byte = if c.is_ascii() { c.to_ascii_lowercase() as u8 } else { 0x80 };
        for (declaration, state) in HIDING_STYLES.iter().zip(&mut matched) {
            *state = advance(declaration.as_bytes(), *state, byte);
            if *state == declaration.len() {
                return true;
            }
        }
    }
    false
}

/// How much of `needle` ends the text read, after `byte`, when `state` bytes of it
/// did before: the longest prefix of `needle` that ends `needle[..state]` then `byte`.
fn advance(needle: &[u8], state: usize, byte: u8) -> usize {
    if needle.get(state) == Some(&byte) {
        return state + 1;
    }
    (1..=state)
        .rev()
        .find(|&k| needle.get(k - 1) == Some(&byte) && needle.get(..k - 1) == needle.get(state + 1 - k..state))
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dom::{Dom, Step, Visitor};
    use crate::parse::{parse, Limits};
    use crate::rules::rules;

    /// The verdict on the first element with the given id.
    fn verdict_of(html: &str, id: &str, in_article: bool) -> Option<Verdict> {
        struct Find<'a> {
            id: &'a str,
            in_article: bool,
            found: Option<Verdict>,
        }
        impl Visitor for Find<'_> {
            fn enter(&mut self, element: Element<'_>) -> Step {
                if self.found.is_none() && element.attr(&local_name!("id")).is_some_and(|v| &*v == self.id) {
                    self.found = Some(verdict(element, self.in_article, false, rules(), &mut Memo::default()));
                }
                Step::Descend
            }
        }
        let dom: Dom = parse(html, Limits { max_input_bytes: 1 << 20, max_nodes: 1000 }).ok()?;
        let mut find = Find { id, in_article, found: None };
        dom.walk(&mut find);
        find.found
    }

    #[test]
    fn drops_scripts_forms_controls_and_hidden_elements() {
        assert_eq!(verdict_of("<button id=x>Go</button>", "x", false), Some(Verdict::Drop));
        assert_eq!(verdict_of("<p id=x hidden>a</p>", "x", false), Some(Verdict::Drop));
        assert_eq!(verdict_of("<p id=x aria-hidden='true'>a</p>", "x", false), Some(Verdict::Drop));
        assert_eq!(verdict_of("<main id=x aria-hidden='true'><p>a</p></main>", "x", false), Some(Verdict::Keep), "the page behind an open modal");
        assert_eq!(verdict_of("<p id=x style='display : none'>a</p>", "x", false), Some(Verdict::Drop));
    }

    #[test]
    fn a_pane_hidden_by_an_attribute_after_a_shown_one_of_its_class_is_shown_unless_it_copies_one() {
        let dropped = Some(Verdict::Drop);
        let pane = "<div class='tab__content'><p>One</p></div><div id=x hidden class='tab__content'><p>Two</p></div>";
        assert_eq!(verdict_of(pane, "x", false), Some(Verdict::Content), "a content class, shown");
        let slide = "<li class='slide'>One</li><li class='slide'>Two</li><li id=x class='slide' aria-hidden=true>Three</li>";
        assert_eq!(verdict_of(slide, "x", false), Some(Verdict::Keep));
        // A marquee's second copy repeats an earlier item's text: it stays hidden.
        let copy = "<li class='slide'>One</li><li class='slide'>Two</li><li id=x class='slide' aria-hidden=true> One </li>";
        assert_eq!(verdict_of(copy, "x", false), dropped);
        // Another class, no class, another tag or a control is no pane of the set.
        assert_eq!(verdict_of("<div class=a>One</div><div id=x class=b hidden>Two</div>", "x", false), dropped);
        assert_eq!(verdict_of("<div>One</div><div id=x hidden>Two</div>", "x", false), dropped);
        assert_eq!(verdict_of("<p class=a>One</p><div id=x class=a hidden>Two</div>", "x", false), dropped);
        assert_eq!(verdict_of("<h3 class=a>One</h3><h3 id=x class=a aria-hidden=true>Two</h3>", "x", false), dropped);
    }

    #[test]
    fn a_link_repeated_for_the_eye_alone_is_not_hidden() {
        assert_eq!(verdict_of("<a id=x href=/a aria-hidden=true tabindex=-1>a</a>", "x", false), Some(Verdict::Keep));
        assert_eq!(verdict_of("<a id=x href=/a aria-hidden=true>a</a>", "x", false), Some(Verdict::Drop));
        assert_eq!(verdict_of("<div id=x aria-hidden=true tabindex=-1>a</div>", "x", false), Some(Verdict::Drop), "a cloned slide stays hidden");
    }

    #[test]
    fn a_collapsed_accordion_or_tab_panel_is_not_hidden() {
        let shown = Some(Verdict::Keep);
        assert_eq!(verdict_of("<div id=x role=region aria-hidden=true>a</div>", "x", false), shown);
        assert_eq!(verdict_of("<div id=x role=tabpanel hidden>a</div>", "x", false), shown);
        assert_eq!(verdict_of("<div id=x class='cdr-Accordion__inner' aria-hidden=true>a</div>", "x", false), shown);
        assert_eq!(verdict_of("<div id=x class=faq-collapsible hidden>a</div>", "x", false), shown);
        // Tab widgets hide the panels of the other languages by a style as well.
        assert_eq!(verdict_of("<div id=x role=tabpanel hidden style='display:none'>a</div>", "x", false), shown);
        assert_eq!(verdict_of("<div id=x class=accordion-panel style='display: none'>a</div>", "x", false), shown);
        assert_eq!(verdict_of("<div id=x class=tab-pane style='display:none'>a</div>", "x", false), shown, "a specifications tab");
        assert_eq!(verdict_of("<div id=x class='tabbedWidget cpTabPanel' style='display:none'>a</div>", "x", false), shown);
        assert_eq!(verdict_of("<div id=x class=tab-list style='display:none'>a</div>", "x", false), Some(Verdict::Drop), "not every tab part");
        assert_eq!(verdict_of("<div id=x class=accordion role=dialog aria-hidden=true>a</div>", "x", false), Some(Verdict::Drop), "a dialog stays hidden");
        assert_eq!(verdict_of("<div id=x class=mobile-menu aria-hidden=true>a</div>", "x", false), Some(Verdict::Drop));
    }

    #[test]
    fn streamed_content_placeholders_are_not_hidden() {
        assert_eq!(verdict_of("<div hidden id='S:0'><p>a</p></div>", "S:0", false), Some(Verdict::Keep));
    }

    #[test]
    fn chrome_by_tag_role_and_class() {
        assert_eq!(verdict_of("<nav id=x></nav>", "x", false), Some(Verdict::Chrome(Chrome::Navigation)));
        assert_eq!(verdict_of("<div id=x role=navigation></div>", "x", false), Some(Verdict::Hinted(Chrome::Navigation)));
        // The tag settles it: a role does not weaken a <footer> to a hint, which an
        // oversized footer would then outweigh.
        assert_eq!(verdict_of("<footer id=x role=contentinfo></footer>", "x", false), Some(Verdict::Chrome(Chrome::Navigation)));
        assert_eq!(verdict_of("<div id=x class='share-tools'></div>", "x", false), Some(Verdict::Hinted(Chrome::Share)));
        assert_eq!(verdict_of("<div id=x class='common-bottom-disclaimer'></div>", "x", false), Some(Verdict::Hinted(Chrome::Copyright)), "legal small print");
        assert_eq!(verdict_of("<div id=x class='info-tooltip'></div>", "x", false), Some(Verdict::Hinted(Chrome::Consent)), "help text on hover");
        assert_eq!(verdict_of("<div id=x class='popover-inner'></div>", "x", false), Some(Verdict::Hinted(Chrome::Consent)));
        assert_eq!(verdict_of("<span id=x class='relative inline-flex group/tooltip'></span>", "x", false), Some(Verdict::Keep), "a utility group's name");
        assert_eq!(verdict_of("<div id=x class='post-content'></div>", "x", false), Some(Verdict::Content));
    }

    #[test]
    fn consent_managers_are_dropped_whole() {
        assert_eq!(verdict_of("<div id=x class='ot-sdk-container onetrust-pc-dark-filter'></div>", "x", false), Some(Verdict::Drop));
        assert_eq!(verdict_of("<div id=x><div id=CybotCookiebotDialog></div></div>", "CybotCookiebotDialog", false), Some(Verdict::Drop));
        assert_eq!(verdict_of("<div id=x class='consent-banner'></div>", "x", false), Some(Verdict::Hinted(Chrome::Consent)), "a generic name is a hint only");
    }

    #[test]
    fn a_banner_or_a_subscription_is_chrome_outside_the_content_only() {
        assert_eq!(verdict_of("<div id=x class='banner has-hover'></div>", "x", false), Some(Verdict::Hinted(Chrome::Ad)));
        assert_eq!(verdict_of("<div id=x class='banner has-hover'></div>", "x", true), Some(Verdict::Keep), "a hero section");
        assert_eq!(verdict_of("<div id=x class='ad-banner'></div>", "x", true), Some(Verdict::Hinted(Chrome::Ad)), "named an ad too");
        assert_eq!(verdict_of("<div id=x class='banner-menu'></div>", "x", true), Some(Verdict::Hinted(Chrome::Navigation)));
        let card = "<div id=x class='card-wrapper subscription-eligible'></div>";
        assert_eq!(verdict_of(card, "x", true), Some(Verdict::Keep), "a shop's product card");
        assert_eq!(verdict_of(card, "x", false), Some(Verdict::Hinted(Chrome::Newsletter)));
        assert_eq!(verdict_of("<div id=x class='subscribe-form'></div>", "x", true), Some(Verdict::Hinted(Chrome::Newsletter)));
    }

    #[test]
    fn embedded_social_posts_are_not_share_chrome() {
        assert_eq!(verdict_of("<div id=x class='social-media-embed'></div>", "x", false), Some(Verdict::Keep));
        assert_eq!(verdict_of("<blockquote id=x class='twitter-tweet'></blockquote>", "x", false), Some(Verdict::Keep));
        assert_eq!(verdict_of("<div id=x class='social-links'></div>", "x", false), Some(Verdict::Hinted(Chrome::Share)));
    }

    proptest::proptest! {
        #[test]
        fn styles_hide_as_their_compacted_text_says(style in "[ dDiIsSpPlLaAyY:nNoOeEvVbBtThH;\t\n\u{a0}é]{0,40}") {
            let compact: String = style.chars().filter(|c| !c.is_whitespace()).map(|c| c.to_ascii_lowercase()).collect();
            let expected = HIDING_STYLES.iter().any(|declaration| compact.contains(declaration));
            proptest::prop_assert_eq!(may_hide(&style), expected);
        }

        #[test]
        fn styles_built_of_pieces_of_declarations_hide_as_their_compacted_text_says(
            pieces in proptest::collection::vec(proptest::sample::select(vec![
                "display", "DIS", "dis", "play", ":", "none", "NO", "no", "ne", "e", "visibility", "vis", "ibility",
                "hidden", "hid", "den", " ", "\t", ";", "x", "é",
            ]), 0..14),
        ) {
            let style = pieces.concat();
            let compact: String = style.chars().filter(|c| !c.is_whitespace()).map(|c| c.to_ascii_lowercase()).collect();
            let expected = HIDING_STYLES.iter().any(|declaration| compact.contains(declaration));
            proptest::prop_assert_eq!(may_hide(&style), expected);
        }
    }

    #[test]
    fn hiding_styles_are_found_after_false_starts() {
        assert!(may_hide("display:displaY : NONE"));
        assert!(may_hide("visibility:visibility:hidden"));
        assert!(!may_hide("display:block; visibility: visible; none"));
        assert!(HIDING_STYLES.iter().all(|d| d.is_ascii() && !d.contains(char::is_whitespace)));
    }

    #[test]
    fn an_id_spelling_its_own_heading_is_an_anchor_not_a_component() {
        let slug = "menu-innovation-strategies-building-memorable-dining-experiences";
        let section = format!("<div id='{slug}'><h2><strong>Menu Innovation Strategies: Building Memorable Dining Experiences</strong></h2><p>Text.</p></div>");
        assert_eq!(verdict_of(&section, slug, false), Some(Verdict::Keep));
        let apostrophe = "<section id='sign-your-work-the-developer-s-certificate'><h3>Sign your work: the developer\u{2019}s certificate</h3></section>";
        assert_eq!(verdict_of(apostrophe, "sign-your-work-the-developer-s-certificate", false), Some(Verdict::Keep));
        // A component's id stays a component's name: too short, or not its heading.
        let share = "<div id='share-tools'><h2>Share tools</h2></div>";
        assert_eq!(verdict_of(share, "share-tools", false), Some(Verdict::Hinted(Chrome::Share)));
        let menu = "<div id='menu-primary-navigation-top-links'><h2>Browse the shop</h2></div>";
        assert_eq!(verdict_of(menu, "menu-primary-navigation-top-links", false), Some(Verdict::Hinted(Chrome::Navigation)));
        let no_heading = format!("<div id='{slug}'><p>Menu innovation strategies building memorable dining experiences</p></div>");
        assert_eq!(verdict_of(&no_heading, slug, false), Some(Verdict::Hinted(Chrome::Navigation)));
    }

    #[test]
    fn a_header_inside_an_article_is_content() {
        assert_eq!(verdict_of("<header id=x></header>", "x", false), Some(Verdict::Chrome(Chrome::Navigation)));
        assert_eq!(verdict_of("<header id=x></header>", "x", true), Some(Verdict::Keep));
    }

    #[test]
    fn screen_reader_classes_hide_unless_a_variant_shows_the_element() {
        assert!(is_screen_reader_only("visually-hidden visually-hidden--inline"));
        assert!(is_screen_reader_only("u-Visually-Hidden"));
        assert!(is_screen_reader_only("visuallyhidden focus:not-visuallyhidden"));
        assert!(!is_screen_reader_only("visually-hidden lg:not-visually-hidden"));
        assert!(!is_screen_reader_only("md:visually-hidden"));
        assert!(!is_screen_reader_only("flatten-visually-hidden"));
        assert!(!is_screen_reader_only("footer-title-visually-hidden"));
        assert!(!is_screen_reader_only("field--label-visually_hidden"));
        assert!(!is_screen_reader_only("visually-hidden-text-block"));
        assert!(!is_screen_reader_only("sr-only"));
    }

    #[test]
    fn hiding_classes_hide_unless_a_breakpoint_shows_the_element() {
        assert!(is_class_hidden("author-box hidden border-t"));
        assert!(is_class_hidden("modal d-none"));
        assert!(is_class_hidden("hidden lg:fixed"));
        assert!(!is_class_hidden("hidden md:block"));
        assert!(!is_class_hidden("d-none d-lg-flex"));
        assert!(!is_class_hidden("hidden-md-down"));
        assert!(!is_class_hidden("overflow-hidden"));
    }
}
