//! The only module that touches markup5ever_rcdom: the tree type, element views,
//! attribute lookup and one pre-order walk over an explicit stack.
//!
//! No walk here recurses, because nesting depth is chosen by whoever wrote the page;
//! dropping the tree is iterative too (rcdom's own `Drop` for `Node`).

use std::cell::Ref;
use std::collections::HashMap;
use std::rc::Rc;

use html5ever::{local_name, LocalName};
use markup5ever_rcdom::{Handle, Node, NodeData, RcDom};

use crate::rules::{READ_ATTRIBUTES, STREAMED_CONTENT_IDS, STREAMED_PLACEHOLDER_IDS};

/// A parsed page.
pub(crate) struct Dom {
    rcdom: RcDom,
}

impl Dom {
    pub(crate) fn new(rcdom: RcDom) -> Self {
        Self { rcdom }
    }

    /// Moves each segment a streaming server renderer parks at the end of the page
    /// (React's `<div hidden id="S:3">`) to the placeholder it fills (`<template
    /// id="P:3">`, else a suspense boundary's `<template id="B:3">`), where the
    /// renderer's script puts it once the page loads: a carousel's cards then sit
    /// under its heading, a section's text inside its section. The segment goes just
    /// after its placeholder (a template yields no text). A segment whose placeholder
    /// lies inside it stays where it is.
    pub(crate) fn place_streamed_segments(&self) {
        let mut segments: Vec<(String, Handle)> = Vec::new();
        let mut placeholders: HashMap<String, Handle> = HashMap::new();
        let mut stack: Vec<Handle> = vec![self.rcdom.document.clone()];
        while let Some(node) = stack.pop() {
            if let Some(id) = Element::of(&node).and_then(|e| e.attr(&local_name!("id")).map(|id| id.to_owned())) {
                if STREAMED_CONTENT_IDS.iter().any(|p| id.starts_with(p)) {
                    segments.push((id.clone(), node.clone()));
                } else if STREAMED_PLACEHOLDER_IDS.iter().any(|p| id.starts_with(p)) && Element::of(&node).is_some_and(|e| *e.tag() == local_name!("template")) {
                    placeholders.entry(id).or_insert_with(|| node.clone());
                }
            }
            stack.extend(node.children.borrow().iter().rev().cloned());
        }
        for (id, segment) in segments {
            let Some(number) = STREAMED_CONTENT_IDS.iter().find_map(|p| id.strip_prefix(p)) else { continue };
            let target = STREAMED_PLACEHOLDER_IDS.iter().find_map(|p| placeholders.remove(&format!("{p}{number}")));
            if let Some(target) = target {
                move_after(&segment, &target);
            }
        }
    }

    /// The `<html>` element's subtree walked from the document node.
    pub(crate) fn walk<V: Visitor>(&self, visitor: &mut V) {
        walk(&self.rcdom.document, visitor);
    }

    /// Walks two visitors in one pass: each sees exactly the events it would see
    /// walked alone, and the walk descends wherever one of them does.
    pub(crate) fn walk_both<A: Visitor, B: Visitor>(&self, first: &mut A, second: &mut B) {
        walk(&self.rcdom.document, &mut Both { first: Skipping::new(first), second: Skipping::new(second), depth: 0 });
    }

}

/// What a visitor wants after entering an element.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Step {
    /// Visit the element's children.
    Descend,
    /// Skip the element's children (`leave` is still called).
    Skip,
}

/// Callbacks of [`Dom::walk`]; every method has a no-op default.
pub(crate) trait Visitor {
    /// An element starts; its children follow unless the answer says otherwise.
    fn enter(&mut self, _element: Element<'_>) -> Step {
        Step::Descend
    }
    /// An element ends (called for skipped elements too).
    fn leave(&mut self, _element: Element<'_>) {}
    /// A text node.
    fn text(&mut self, _text: &str) {}
    /// A comment node.
    fn comment(&mut self, _text: &str) {}
}

/// One visitor of a shared walk, and the depth of the element it skipped, if any:
/// it hears nothing more until the walk leaves that element.
struct Skipping<'v, V> {
    visitor: &'v mut V,
    skipped_at: Option<usize>,
}

impl<'v, V: Visitor> Skipping<'v, V> {
    fn new(visitor: &'v mut V) -> Self {
        Self { visitor, skipped_at: None }
    }

    /// Enters an element at `depth`; true when the visitor descends into it.
    fn enter(&mut self, element: Element<'_>, depth: usize) -> bool {
        if self.skipped_at.is_some() {
            return false;
        }
        match self.visitor.enter(element) {
            Step::Descend => true,
            Step::Skip => {
                // Alone, the walk would leave a skipped element at once.
                self.visitor.leave(element);
                self.skipped_at = Some(depth);
                false
            }
        }
    }

    fn leave(&mut self, element: Element<'_>, depth: usize) {
        match self.skipped_at {
            None => self.visitor.leave(element),
            Some(at) if at == depth => self.skipped_at = None,
            Some(_) => {}
        }
    }

    fn listening(&mut self) -> Option<&mut V> {
        self.skipped_at.is_none().then_some(&mut *self.visitor)
    }
}

/// Two visitors walked as one ([`Dom::walk_both`]).
struct Both<'a, 'b, A, B> {
    first: Skipping<'a, A>,
    second: Skipping<'b, B>,
    /// Depth of the element being visited (1 for `<html>`).
    depth: usize,
}

impl<A: Visitor, B: Visitor> Visitor for Both<'_, '_, A, B> {
    fn enter(&mut self, element: Element<'_>) -> Step {
        self.depth += 1;
        let first = self.first.enter(element, self.depth);
        let second = self.second.enter(element, self.depth);
        if first || second {
            Step::Descend
        } else {
            Step::Skip
        }
    }

    fn leave(&mut self, element: Element<'_>) {
        self.first.leave(element, self.depth);
        self.second.leave(element, self.depth);
        self.depth = self.depth.saturating_sub(1);
    }

    fn text(&mut self, text: &str) {
        if let Some(first) = self.first.listening() {
            first.text(text);
        }
        if let Some(second) = self.second.listening() {
            second.text(text);
        }
    }

    fn comment(&mut self, text: &str) {
        if let Some(first) = self.first.listening() {
            first.comment(text);
        }
        if let Some(second) = self.second.listening() {
            second.comment(text);
        }
    }
}

/// A borrowed view of one element.
#[derive(Clone, Copy)]
pub(crate) struct Element<'a> {
    node: &'a Node,
    name: &'a LocalName,
}

impl<'a> Element<'a> {
    fn of(node: &'a Node) -> Option<Self> {
        match &node.data {
            NodeData::Element { name, .. } => Some(Self { node, name: &name.local }),
            _ => None,
        }
    }

    /// The tag name, lowercase (an html5ever atom: compare with `local_name!`).
    pub(crate) fn tag(&self) -> &'a LocalName {
        self.name
    }

    /// The value of an attribute, if present (names compared as atoms). Only the
    /// attributes in [`READ_ATTRIBUTES`] reach the tree: the scan before parsing cuts
    /// the others.
    pub(crate) fn attr(&self, name: &LocalName) -> Option<Ref<'a, str>> {
        debug_assert!(READ_ATTRIBUTES.contains(&&**name), "attribute {name} is read but cut before parsing");
        let NodeData::Element { attrs, .. } = &self.node.data else { return None };
        Ref::filter_map(attrs.borrow(), |attrs| attrs.iter().find(|a| a.name.local == *name).map(|a| &*a.value)).ok()
    }

    /// The tag and class of the element just before this one among its parent's
    /// children, if any.
    pub(crate) fn previous_element(&self) -> Option<(LocalName, Option<String>)> {
        with_earlier_siblings(self.node, |earlier| {
            earlier.iter().rev().find_map(|child| match &child.data {
                NodeData::Element { name, .. } => Some((name.local.clone(), class_of(child))),
                _ => None,
            })
        })
        .flatten()
    }

    /// Whether one of the `reach` nearest earlier siblings of the same tag and class
    /// holds the same text, whitespace aside (a marquee's or a looping carousel's
    /// second copy). Iterative.
    pub(crate) fn copies_earlier_sibling(&self, reach: usize) -> bool {
        let own_class = class_of(self.node);
        let own_text = text_of(self.node);
        with_earlier_siblings(self.node, |earlier| {
            earlier
                .iter()
                .rev()
                .filter(|child| matches!(&child.data, NodeData::Element { name, .. } if name.local == *self.name) && class_of(child) == own_class)
                .take(reach)
                .any(|child| text_of(child) == own_text)
        })
        .unwrap_or(false)
    }

    /// Whether the element just before this one among its parent's children is a
    /// `<summary>` (the rest of a `<details>` is its panel), a `<button>` whose
    /// `aria-controls` names this one's `id`, or one of `tags` that holds a control
    /// among its first `reach` elements, itself first: a `<button>`, or an element
    /// whose `aria-controls` names this one's `id` (an FAQ's question, `<h3><button>`,
    /// over its answer). Iterative.
    pub(crate) fn opened_by_previous(&self, tags: &[&str], reach: usize) -> bool {
        let id = self.attr(&local_name!("id")).map(|id| id.trim().to_owned()).filter(|id| !id.is_empty());
        let control_names_me = |node: &Node| {
            let NodeData::Element { attrs, .. } = &node.data else { return false };
            let names_me = |value: &str| id.as_deref().is_some_and(|id| value.split_ascii_whitespace().any(|token| token == id));
            attrs.borrow().iter().any(|a| a.name.local == local_name!("aria-controls") && names_me(&a.value))
        };
        let control = |node: &Node| matches!(&node.data, NodeData::Element { name, .. } if name.local == local_name!("button")) || control_names_me(node);
        with_earlier_siblings(self.node, |earlier| {
            let Some(previous) = earlier.iter().rev().find(|child| matches!(child.data, NodeData::Element { .. })) else { return false };
            let NodeData::Element { name, .. } = &previous.data else { return false };
            if name.local == local_name!("summary") || name.local == local_name!("button") && control_names_me(previous) {
                return true;
            }
            if !tags.contains(&&*name.local) {
                return false;
            }
            let mut stack: Vec<Handle> = vec![previous.clone()];
            let mut seen = 0;
            while let Some(node) = stack.pop() {
                if !matches!(node.data, NodeData::Element { .. }) {
                    continue;
                }
                seen += 1;
                if seen > reach {
                    return false;
                }
                if control(&node) {
                    return true;
                }
                stack.extend(node.children.borrow().iter().rev().cloned());
            }
            false
        })
        .unwrap_or(false)
    }

    /// True when the element carries the attribute at all.
    pub(crate) fn has_attr(&self, name: &LocalName) -> bool {
        self.attr(name).is_some()
    }

    /// The text of the first heading (`h1` to `h6`) among the element's first `reach`
    /// descendant elements in page order, at most `max_chars` bytes of it. Iterative.
    pub(crate) fn first_heading_text(&self, reach: usize, max_chars: usize) -> Option<String> {
        let mut stack: Vec<Handle> = self.node.children.borrow().iter().rev().cloned().collect();
        let mut seen = 0;
        while let Some(node) = stack.pop() {
            let NodeData::Element { name, .. } = &node.data else { continue };
            seen += 1;
            if seen > reach {
                return None;
            }
            if matches!(&*name.local, "h1" | "h2" | "h3" | "h4" | "h5" | "h6") {
                let mut text = String::new();
                let mut inner: Vec<Handle> = node.children.borrow().iter().rev().cloned().collect();
                while let Some(child) = inner.pop() {
                    if text.len() >= max_chars {
                        break;
                    }
                    match &child.data {
                        NodeData::Text { contents } => text.push_str(&contents.borrow()),
                        NodeData::Element { .. } => inner.extend(child.children.borrow().iter().rev().cloned()),
                        _ => {}
                    }
                }
                return Some(text);
            }
            stack.extend(node.children.borrow().iter().rev().cloned());
        }
        None
    }
}

/// Moves `node` to just after `target` among `target`'s siblings, unless `target` is
/// `node` itself or lies inside it (the tree would become a cycle).
fn move_after(node: &Handle, target: &Handle) {
    let mut at = Some(target.clone());
    while let Some(current) = at {
        if Rc::ptr_eq(&current, node) {
            return;
        }
        at = parent_of(&current);
    }
    let (Some(old_parent), Some(new_parent)) = (parent_of(node), parent_of(target)) else { return };
    old_parent.children.borrow_mut().retain(|child| !Rc::ptr_eq(child, node));
    let mut children = new_parent.children.borrow_mut();
    let Some(index) = children.iter().position(|child| Rc::ptr_eq(child, target)) else { return };
    children.insert(index + 1, node.clone());
    node.parent.set(Some(Rc::downgrade(&new_parent)));
}

/// A node's parent, if it has one.
fn parent_of(node: &Node) -> Option<Handle> {
    let weak = node.parent.take();
    let parent = weak.as_ref().and_then(std::rc::Weak::upgrade);
    node.parent.set(weak);
    parent
}

/// Runs `f` on the children of `node`'s parent that come before `node`; `None` when
/// it has no parent.
fn with_earlier_siblings<R>(node: &Node, f: impl FnOnce(&[Handle]) -> R) -> Option<R> {
    let parent = parent_of(node)?;
    let children = parent.children.borrow();
    let at = children.iter().position(|child| std::ptr::eq(&**child, node))?;
    children.get(..at).map(f)
}

/// An element node's `class` attribute.
fn class_of(node: &Node) -> Option<String> {
    let NodeData::Element { attrs, .. } = &node.data else { return None };
    let class = attrs.borrow().iter().find(|a| a.name.local == local_name!("class")).map(|a| a.value.to_string());
    class
}

/// Pre-order walk with enter/leave events, over an explicit stack.
fn walk<V: Visitor>(root: &Handle, visitor: &mut V) {
    // Each frame is a parent and the index of its next child to visit.
    let mut stack: Vec<(Handle, usize)> = vec![(root.clone(), 0)];
    while let Some((parent, index)) = stack.last_mut() {
        let next = parent.children.borrow().get(*index).cloned();
        *index += 1;
        let Some(child) = next else {
            if let Some((done, _)) = stack.pop() {
                if let Some(element) = Element::of(&done) {
                    visitor.leave(element);
                }
            }
            continue;
        };
        match &child.data {
            NodeData::Text { contents } => visitor.text(&contents.borrow()),
            NodeData::Comment { contents } => visitor.comment(contents),
            NodeData::Element { .. } => {
                let Some(element) = Element::of(&child) else { continue };
                match visitor.enter(element) {
                    Step::Descend => stack.push((child.clone(), 0)),
                    Step::Skip => visitor.leave(element),
                }
            }
            _ => {}
        }
    }
}

/// The words of a subtree's text, joined by single spaces. Iterative.
fn text_of(node: &Node) -> String {
    let mut out = String::new();
    let mut stack: Vec<Handle> = node.children.borrow().iter().rev().cloned().collect();
    while let Some(node) = stack.pop() {
        if let NodeData::Text { contents } = &node.data {
            for word in contents.borrow().split_whitespace() {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str(word);
            }
        }
        stack.extend(node.children.borrow().iter().rev().cloned());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::{parse, Limits};

    /// Records its events, skipping the elements named `skip`.
    struct Record {
        skip: &'static str,
        events: Vec<String>,
    }

    impl Visitor for Record {
        fn enter(&mut self, element: Element<'_>) -> Step {
            self.events.push(format!("<{}", element.tag()));
            if &**element.tag() == self.skip {
                Step::Skip
            } else {
                Step::Descend
            }
        }
        fn leave(&mut self, element: Element<'_>) {
            self.events.push(format!("{}>", element.tag()));
        }
        fn text(&mut self, text: &str) {
            self.events.push(text.to_owned());
        }
        fn comment(&mut self, text: &str) {
            self.events.push(format!("!{text}"));
        }
    }

    #[test]
    fn a_shared_walk_gives_each_visitor_its_own_events() {
        let page = "<div>a<nav>b<p>c</p></nav><!--x--><aside>d<nav>e</nav></aside><p>f<nav></nav></p></div><nav>g</nav>";
        let dom = parse(page, Limits { max_input_bytes: 1 << 20, max_nodes: 1000 }).unwrap();
        let alone = |skip| {
            let mut record = Record { skip, events: Vec::new() };
            dom.walk(&mut record);
            record.events
        };
        let (mut first, mut second) = (Record { skip: "nav", events: Vec::new() }, Record { skip: "aside", events: Vec::new() });
        dom.walk_both(&mut first, &mut second);
        assert_eq!(first.events, alone("nav"));
        assert_eq!(second.events, alone("aside"));
        let (mut first, mut second) = (Record { skip: "div", events: Vec::new() }, Record { skip: "div", events: Vec::new() });
        dom.walk_both(&mut first, &mut second);
        assert_eq!(first.events, alone("div"));
        assert_eq!(second.events, alone("div"));
    }

    /// The text events of a page, in walk order.
    fn texts(page: &str) -> Vec<String> {
        let dom = parse(page, Limits { max_input_bytes: 1 << 20, max_nodes: 1000 }).unwrap();
        let mut record = Record { skip: "", events: Vec::new() };
        dom.walk(&mut record);
        record.events.into_iter().filter(|e| !e.starts_with('<') && !e.ends_with('>') && !e.trim().is_empty()).collect()
    }

    #[test]
    fn streamed_segments_move_to_their_placeholders() {
        let page = r#"<main><p>a</p><template id="P:2"></template><p>c</p><section><template id="B:7"></template>e</section></main><footer>f</footer><div hidden id="S:2">b</div><div hidden id="S:7">d</div>"#;
        assert_eq!(texts(page), ["a", "b", "c", "d", "e", "f"]);
        let nested = r#"<main><template id="P:1"></template>c</main><div hidden id="S:2">b</div><div hidden id="S:1">a<template id="P:2"></template></div>"#;
        assert_eq!(texts(nested), ["a", "b", "c"], "a segment's own placeholders are filled too");
        let own = r#"<main>a</main><div hidden id="S:3">b<template id="P:3"></template></div><div hidden id="S:4">c<template id="P:5"></template></div><div hidden id="S:5">d<template id="P:4"></template></div>"#;
        let texts_own = texts(own);
        assert_eq!(texts_own.iter().filter(|t| ["b", "c", "d"].contains(&t.as_str())).count(), 3, "no segment moves into itself: {texts_own:?}");
        assert_eq!(texts(r#"<main>a<template id="X:1"></template></main><div hidden id="S:1">b</div>"#), ["a", "b"], "an unknown placeholder moves nothing");
    }
}

