//! Author names from the raw values of the author candidates.
//!
//! Input: author candidates in rank order. Output: the names of the first source (rank
//! and attribute kind) that yields any, in page order, deduplicated ignoring case, at
//! most [`MAX_AUTHORS`]. From markup sources (`rel=author` links, byline classes) only
//! the first name line counts.
//!
//! Each value is tidied and loses a parenthesised URL and a leading "By", "Von", "Par",
//! "Автор:" and the like (Italian "di" only in lowercase, before a full name, so that
//! "Di Maria" stays). It is dropped when it is a URL, a `@handle`, a placeholder
//! ("undefined"), holds a digit (user ids, dates) or is longer than a name line. It is
//! split at `, `, `; `, ` and `, ` & ` and their French, German, Spanish, Italian,
//! Portuguese, Dutch and Scandinavian forms only when every part reads as a full name:
//! two to five words, each capitalised or a particle such as `van` or `de`.

use super::{tidy, Candidate, Field, MARKUP};
use crate::rules::{BYLINE_PREFIXES, NAME_PARTICLES, NAME_SEPARATORS, PLACEHOLDERS};

/// Most authors reported for one page.
const MAX_AUTHORS: usize = 20;
/// Longest author value kept, in characters.
const MAX_NAME_CHARS: usize = 120;

/// The author names of the best source that has any.
pub(super) fn authors(found: &[Candidate]) -> Vec<String> {
    let mut authors = Vec::new();
    let mut source = None;
    for candidate in found.iter().filter(|c| c.field == Field::Author) {
        let this = (candidate.rank, candidate.by_name);
        if source.is_some_and(|s| s != this) && !authors.is_empty() {
            break;
        }
        source = Some(this);
        for name in names(&candidate.value) {
            let seen = authors.iter().any(|a: &String| a.to_lowercase() == name.to_lowercase());
            if !seen && authors.len() < MAX_AUTHORS {
                authors.push(name);
            }
        }
        // Markup names only the first author line: later `rel=author` links and
        // bylines are mostly other articles' in lists and sidebars.
        if candidate.rank >= MARKUP && !authors.is_empty() {
            break;
        }
    }
    authors
}

/// The names in one author value.
fn names(value: &str) -> Vec<String> {
    let text = without_url_note(&tidy(value));
    let name = without_prefix(&text).trim_matches(|c: char| c.is_whitespace() || ",;|-–—".contains(c));
    let is_url = name.contains("://") || name.starts_with("www.") || (name.contains('/') && !name.contains(' '));
    let is_handle = name.starts_with('@') || name.contains(|c: char| c.is_ascii_digit());
    let is_word = |words: &[&str]| words.iter().any(|w| strip_prefix_ignoring_case(name, w) == Some(""));
    let not_a_name = is_word(BYLINE_PREFIXES) || is_word(PLACEHOLDERS);
    if name.is_empty() || is_url || is_handle || not_a_name || name.chars().count() > MAX_NAME_CHARS {
        return Vec::new();
    }
    let mut parts = vec![name];
    for separator in NAME_SEPARATORS {
        parts = parts.iter().flat_map(|part| part.split(separator)).map(str::trim).collect();
    }
    if parts.len() > 1 && parts.iter().all(|part| is_full_name(part)) {
        parts.into_iter().map(str::to_owned).collect()
    } else {
        vec![name.to_owned()]
    }
}

/// The value less a parenthesised URL (`Jane Doe (https://jane.example/)`).
fn without_url_note(text: &str) -> String {
    let note = text.find("(http").and_then(|open| Some((open, open + text.get(open..)?.find(')')?)));
    match note {
        Some((open, close)) => {
            let (before, after) = (text.get(..open).unwrap_or(""), text.get(close + 1..).unwrap_or(""));
            format!("{} {}", before.trim(), after.trim()).trim().to_owned()
        }
        None => text.to_owned(),
    }
}

/// The value less a leading byline word and the colon or space after it.
pub(super) fn without_prefix(text: &str) -> &str {
    if let Some(rest) = text.strip_prefix("di ").filter(|rest| is_full_name(rest)) {
        return rest;
    }
    for prefix in BYLINE_PREFIXES {
        let Some(rest) = strip_prefix_ignoring_case(text, prefix) else { continue };
        let stripped = rest.trim_start_matches([' ', ':', '：']);
        if stripped.len() < rest.len() && !stripped.is_empty() {
            return stripped;
        }
    }
    text
}

fn strip_prefix_ignoring_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let mut chars = text.chars();
    for expected in prefix.chars() {
        let got = chars.next()?;
        if !got.to_lowercase().eq(expected.to_lowercase()) {
            return None;
        }
    }
    Some(chars.as_str())
}

/// Two to five words, each capitalised or a name particle.
fn is_full_name(part: &str) -> bool {
    let words: Vec<&str> = part.split_whitespace().collect();
    let capitalised = |w: &&str| w.chars().next().is_some_and(|c| c.is_uppercase()) || NAME_PARTICLES.contains(w);
    (2..=5).contains(&words.len()) && words.iter().all(capitalised)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(values: &[(&str, u8)]) -> Vec<String> {
        let found: Vec<Candidate> =
            values.iter().map(|(v, rank)| Candidate::new(Field::Author, *rank, (*v).to_owned())).collect();
        authors(&found)
    }

    #[test]
    fn prefixes_go_and_urls_are_never_names() {
        assert_eq!(of(&[("By Erin Cunningham", 1)]), ["Erin Cunningham"]);
        assert_eq!(of(&[("Автор: Иван Петров", 1)]), ["Иван Петров"]);
        assert_eq!(of(&[("Par Sébastien Farcis", 1)]), ["Sébastien Farcis"]);
        assert_eq!(of(&[("Byron Smith", 1)]), ["Byron Smith"]);
        assert_eq!(of(&[("di Mario Rossi", 1), ("Di Maria", 2)]), ["Mario Rossi"]);
        assert_eq!(of(&[("Di Maria", 1)]), ["Di Maria"]);
        assert_eq!(
            of(&[("https://example.com/by/jane", 1), ("@jane", 1), ("jd2001", 1), ("Jane Doe", 2)]),
            ["Jane Doe"]
        );
        assert_eq!(of(&[("Bradley M. Kuhn (http://ebb.org/bkuhn/)", 1)]), ["Bradley M. Kuhn"]);
        assert_eq!(of(&[("undefined", 1), ("By", 1), (", USA TODAY", 1)]), ["USA TODAY"]);
    }

    #[test]
    fn splits_only_clear_lists_of_names() {
        assert_eq!(of(&[("Stella Kim and Jennifer Jett", 1)]), ["Stella Kim", "Jennifer Jett"]);
        assert_eq!(of(&[("Brenda Goodman, MA", 1)]), ["Brenda Goodman, MA"]);
        assert_eq!(of(&[("Smith, John", 1)]), ["Smith, John"]);
        assert_eq!(of(&[("Mac & i", 1)]), ["Mac & i"]);
    }

    #[test]
    fn first_source_with_names_wins_deduplicated() {
        assert_eq!(of(&[("", 0), ("Ann Lee", 3), ("ann lee", 3), ("Bo Ek", 3), ("Cy Young", 4)]), ["Ann Lee", "Bo Ek"]);
    }
}
