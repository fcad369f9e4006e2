//! Image sources and code languages read from attributes: the lazy-loading and
//! `srcset` forms of an image's source, and a `language-xxx` class on code.
//!
//! Input: attribute values. Output: a source URL as the page wrote it (resolution and
//! the scheme allow-list belong to `serialize`), `srcset` candidates, a language name.

use crate::rules::IMAGE_PLACEHOLDERS;

/// One candidate of a `srcset`: a raw URL and its descriptor (`800w`, `2x` or empty).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Candidate {
    pub(crate) url: String,
    pub(crate) descriptor: String,
}

/// Longest code language name kept from a `language-` class.
const MAX_LANGUAGE_CHARS: usize = 32;

/// Whether an image source is the picture: not empty, not a stand-in, and relative or
/// http(s) (so inline `data:` and script URLs give way to the next candidate).
pub(super) fn usable_source(src: &str) -> bool {
    let lower = src.trim().to_ascii_lowercase();
    let scheme = lower.split_once(':').map(|(s, _)| s).filter(|s| s.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')));
    !lower.is_empty() && scheme.is_none_or(|s| s == "http" || s == "https") && !IMAGE_PLACEHOLDERS.iter().any(|p| lower.contains(p))
}

/// The candidates of a `srcset`: each a URL, then an optional descriptor up to a comma.
pub(super) fn parse_srcset(raw: &str) -> Vec<Candidate> {
    let mut candidates = Vec::new();
    let mut rest = raw;
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == ',');
        if rest.is_empty() {
            return candidates;
        }
        let (url, after) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
        let bare = url.trim_end_matches(',');
        let (descriptor, next) = if bare.len() < url.len() { ("", after) } else { after.split_once(',').unwrap_or((after, "")) };
        if !bare.is_empty() {
            candidates.push(Candidate { url: bare.to_owned(), descriptor: descriptor.trim().to_ascii_lowercase() });
        }
        rest = next;
    }
}

/// The URL of the largest usable candidate: the widest by `w`, else the densest by
/// `x`, else the last.
pub(super) fn largest(candidates: &[Candidate]) -> Option<String> {
    let usable: Vec<&Candidate> = candidates.iter().filter(|c| usable_source(&c.url)).collect();
    let width = |c: &&Candidate| c.descriptor.strip_suffix('w').and_then(|n| n.parse::<u64>().ok());
    let density = |c: &&Candidate| c.descriptor.strip_suffix('x').and_then(|n| n.parse::<f64>().ok()).filter(|d| d.is_finite());
    let best = if usable.iter().any(|c| width(c).is_some()) {
        usable.iter().max_by_key(|c| width(c).unwrap_or(0))
    } else if usable.iter().any(|c| density(c).is_some()) {
        usable.iter().max_by(|a, b| density(a).unwrap_or(1.0).total_cmp(&density(b).unwrap_or(1.0)))
    } else {
        usable.last()
    };
    best.map(|c| c.url.clone())
}

/// The language named by a `language-xxx` or `lang-xxx` class token, sanitised.
pub(super) fn language(class: &str) -> Option<String> {
    let name = class.split_ascii_whitespace().find_map(|t| t.strip_prefix("language-").or_else(|| t.strip_prefix("lang-")))?;
    let clean: String = name
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '#' | '-' | '_' | '.'))
        .take(MAX_LANGUAGE_CHARS)
        .collect();
    (!clean.is_empty()).then(|| clean.to_ascii_lowercase())
}

