//! The headline, chosen from the page's title candidates.
//!
//! Input: the best metadata title (JSON-LD, Dublin Core, OpenGraph, Twitter, ...), the
//! `<title>` text, the first `<h1>` text and the site name, all tidied.
//! Output: one title, or `None` when the page offers none.
//!
//! A metadata title is kept as written: publishers write it for sharing, and a
//! separator in it is usually part of the headline. A `<title>` often carries the
//! site's name, so it loses one affix split off at a separator (` | `, ` - `, ` – `,
//! ` — `, ` :: `, ` / `, ` · `, ` » `): the affix the `<h1>` shows to be extra, else a
//! suffix or prefix that names the site, else a suffix when at least
//! [`MIN_HEADLINE_WORDS`] words remain. When the best metadata source offers several
//! titles, the one sharing most words with the `<title>` (or `<h1>`) wins.

/// Separators between a headline and a site name, spaces included.
#[rustfmt::skip]
const SEPARATORS: &[&str] = &[" - ", " / ", " :: ", " · ", " | ", " » ", " – ", " — "];

/// Fewest words a `<title>` keeps after losing a suffix that is not the site name.
const MIN_HEADLINE_WORDS: usize = 3;
/// Most words of a prefix the `<h1>` can show to be a site name rather than a headline.
const MAX_SITE_WORDS: usize = 3;

/// Picks the title from the best metadata source's titles (JSON-LD may offer a
/// `headline` and a `name`), the `<title>`, the first `<h1>` and the site name.
pub(super) fn choose(meta: Vec<String>, doc: Option<String>, h1: Option<&str>, site: Option<&str>) -> Option<String> {
    let reference = doc.as_deref().or(h1).unwrap_or("");
    let mut best: Option<(usize, String)> = None;
    for title in meta {
        let score = shared_words(&title, reference);
        if best.as_ref().is_none_or(|(top, _)| score > *top) {
            best = Some((score, title));
        }
    }
    if let Some((_, title)) = best {
        return Some(without_site(&title, site));
    }
    match doc {
        Some(doc) => Some(strip_affix(&doc, h1, site)),
        None => h1.filter(|h| !h.is_empty()).map(str::to_owned),
    }
}

/// How many of `text`'s words occur in `reference`, compared folded.
fn shared_words(text: &str, reference: &str) -> usize {
    let reference: Vec<String> = reference.split_whitespace().map(fold).collect();
    text.split_whitespace().map(fold).filter(|w| !w.is_empty() && reference.contains(w)).count()
}

/// The `<title>` less one site-name affix, when one can be told apart.
fn strip_affix(title: &str, h1: Option<&str>, site: Option<&str>) -> String {
    let Some((first, last)) = outer_separators(title) else { return title.to_owned() };
    let (headline, suffix) = (title.get(..last.0).unwrap_or(title), title.get(last.1..).unwrap_or(""));
    let (prefix, tail) = (title.get(..first.0).unwrap_or(""), title.get(first.1..).unwrap_or(title));
    let words = |text: &str| text.split_whitespace().count();
    if let Some(h1) = h1.map(fold).filter(|h| !h.is_empty()) {
        if h1 == fold(title) {
            return title.to_owned();
        }
        if h1 == fold(headline) {
            return headline.to_owned();
        }
        // An `<h1>` equal to the part after the separator is the headline when what
        // precedes is short, and the site's logo otherwise (mercurial docs).
        if h1 == fold(tail) && words(prefix) < words(tail) && words(prefix) <= MAX_SITE_WORDS {
            return tail.to_owned();
        }
        if h1 == fold(suffix) {
            return headline.to_owned();
        }
    }
    if site.is_some_and(|site| names_site(suffix, site)) {
        return headline.to_owned();
    }
    if site.is_some_and(|site| names_site(prefix, site)) {
        return tail.to_owned();
    }
    if words(headline) >= MIN_HEADLINE_WORDS {
        return headline.to_owned();
    }
    title.to_owned()
}

/// A metadata title less a suffix or prefix that names the site.
fn without_site(title: &str, site: Option<&str>) -> String {
    let (Some((first, last)), Some(site)) = (outer_separators(title), site) else { return title.to_owned() };
    let (headline, suffix) = (title.get(..last.0).unwrap_or(title), title.get(last.1..).unwrap_or(""));
    let (prefix, tail) = (title.get(..first.0).unwrap_or(""), title.get(first.1..).unwrap_or(title));
    if names_site(suffix, site) {
        headline.to_owned()
    } else if names_site(prefix, site) {
        tail.to_owned()
    } else {
        title.to_owned()
    }
}

/// Byte ranges of the first and the last separator in `title`.
fn outer_separators(title: &str) -> Option<((usize, usize), (usize, usize))> {
    let found = SEPARATORS.iter().flat_map(|sep| title.match_indices(sep).map(|(at, s)| (at, at + s.len())));
    let first = found.clone().min()?;
    let last = found.max()?;
    Some((first, last))
}

/// Lowercase, with only letters and digits kept, for loose comparison.
fn fold(text: &str) -> String {
    text.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// True when an affix is the site's name, or one contains the other and is at least
/// half its length (`The Guardian` and `Guardian`, `Factorio` and `Factorio.com`).
fn names_site(affix: &str, site: &str) -> bool {
    let (affix, site) = (fold(affix), fold(site));
    let (short, long) = if affix.len() <= site.len() { (affix, site) } else { (site, affix) };
    !short.is_empty() && long.contains(&short) && short.len() * 2 >= long.len()
}

#[cfg(test)]
mod tests {
    use super::choose;

    fn doc(title: &str, h1: Option<&str>, site: Option<&str>) -> Option<String> {
        choose(Vec::new(), Some(title.to_owned()), h1, site)
    }

    #[test]
    fn metadata_title_is_kept_as_written() {
        let meta = vec!["Friday Facts #282 | Factorio".to_owned()];
        assert_eq!(choose(meta, Some("Other".to_owned()), None, Some("Factorio")).as_deref(), Some("Friday Facts #282 | Factorio"));
    }

    #[test]
    fn of_several_metadata_titles_the_one_like_the_page_title_wins() {
        let meta = vec!["constitutional monarchy in Oceania".to_owned(), "New Zealand".to_owned()];
        let chosen = choose(meta, Some("New Zealand - Wikipedia".to_owned()), None, None);
        assert_eq!(chosen.as_deref(), Some("New Zealand"));
    }

    #[test]
    fn site_affixes_are_removed() {
        assert_eq!(doc("Lorem ipsum dolor sit amet – My website", None, None).as_deref(), Some("Lorem ipsum dolor sit amet"));
        assert_eq!(doc("Rain - Example News", None, Some("Example News")).as_deref(), Some("Rain"));
        assert_eq!(doc("Example News | Rain", None, Some("example news")).as_deref(), Some("Rain"));
        assert_eq!(doc("A B C | Code | Site", None, None).as_deref(), Some("A B C | Code"));
    }

    #[test]
    fn short_remainders_keep_the_whole_title() {
        assert_eq!(doc("Mozilla - Wikipedia", None, None).as_deref(), Some("Mozilla - Wikipedia"));
        assert_eq!(doc("Daring Fireball: Colophon", None, None).as_deref(), Some("Daring Fireball: Colophon"));
    }

    #[test]
    fn h1_decides() {
        assert_eq!(doc("Site - Big rain in the valley", Some("Big rain in the valley"), None).as_deref(), Some("Big rain in the valley"));
        assert_eq!(doc("Ask - Answer", Some("Ask - Answer"), None).as_deref(), Some("Ask - Answer"));
        assert_eq!(doc("Evolve: Shared History — evolve docs", Some("evolve docs"), None).as_deref(), Some("Evolve: Shared History"));
        assert_eq!(choose(Vec::new(), None, Some("Heading"), None).as_deref(), Some("Heading"));
    }
}
