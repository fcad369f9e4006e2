//! The only module that touches markup5ever_rcdom: the tree type, element views,
//! attribute lookup and one pre-order walk over an explicit stack.
//!
//! No walk here recurses, because nesting depth is chosen by whoever wrote the page;
//! dropping the tree is iterative too (rcdom's own `Drop` for `Node`).

use std::cell::Ref;

use html5ever::LocalName;
use markup5ever_rcdom::{Handle, Node, NodeData, RcDom};

use crate::rules::READ_ATTRIBUTES;

/// A parsed page.
pub(crate) struct Dom {
    rcdom: RcDom,
}

impl Dom {
    pub(crate) fn new(rcdom: RcDom) -> Self {
        Self { rcdom }
    }

    /// The `<html>` element's subtree walked from the document node.
    pub(crate) fn walk<V: Visitor>(&self, visitor: &mut V) {
        walk(&self.rcdom.document, visitor);
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

    /// The value of an attribute, if present. Only the attributes in
    /// [`READ_ATTRIBUTES`] reach the tree: the scan before parsing cuts the others.
    pub(crate) fn attr(&self, name: &str) -> Option<Ref<'a, str>> {
        debug_assert!(READ_ATTRIBUTES.contains(&name), "attribute {name} is read but cut before parsing");
        let NodeData::Element { attrs, .. } = &self.node.data else { return None };
        Ref::filter_map(attrs.borrow(), |attrs| {
            attrs.iter().find(|a| &*a.name.local == name).map(|a| &*a.value)
        })
        .ok()
    }

    /// True when the element carries the attribute at all.
    pub(crate) fn has_attr(&self, name: &str) -> bool {
        self.attr(name).is_some()
    }
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
