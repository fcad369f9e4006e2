//! The headline, chosen from the page's title candidates.
//!
//! Input: the titles of the best metadata source (JSON-LD, Dublin Core, OpenGraph,
//! Twitter, ...), the `<title>` text, the first `<h1>` text, and the names the site
//! goes by (its declared name, its host name), all tidied.
//! Output: one title, or `None` when the page offers none.
//!
//! Of several metadata titles (JSON-LD's `headline` and `name`), the one sharing most
//! words with the `<title>` wins. A metadata title loses only an affix that names the
//! site: publishers write it for sharing, and a separator in it is usually part of the
//! headline. Without one, the `<title>` loses one affix split off at a separator
//! (` | `, ` - `, ` – `, ` — `, ` :: `, ` / `, ` · `, ` • `, ` » `): the affix the
//! `<h1>` shows to be extra, else one that names the site, else a suffix when at
//! least [`MIN_HEADLINE_WORDS`] words remain.

use crate::rules::TITLE_SEPARATORS;

/// Fewest words a `<title>` keeps after losing a suffix that is not the site name.
const MIN_HEADLINE_WORDS: usize = 3;
/// Most words of a prefix the `<h1>` can show to be a site name rather than a headline.
const MAX_SITE_WORDS: usize = 3;

/// Picks the title.
pub(super) fn choose(meta: Vec<String>, doc: Option<String>, h1: Option<&str>, sites: &[&str]) -> Option<String> {
    let reference = doc.as_deref().or(h1).unwrap_or("");
    let mut best: Option<(usize, String)> = None;
    for title in meta {
        let score = shared_words(&title, reference);
        if best.as_ref().is_none_or(|(top, _)| score > *top) {
            best = Some((score, title));
        }
    }
    if let Some((_, title)) = best {
        return Some(without_site(&title, sites).unwrap_or(title));
    }
    match doc {
        Some(doc) => Some(strip_affix(&doc, h1, sites)),
        None => h1.filter(|h| !h.is_empty()).map(str::to_owned),
    }
}

/// How many of `text`'s words occur in `reference`, compared folded.
fn shared_words(text: &str, reference: &str) -> usize {
    let reference: Vec<String> = reference.split_whitespace().map(fold).collect();
    text.split_whitespace().map(fold).filter(|w| !w.is_empty() && reference.contains(w)).count()
}

/// A title cut at its first and at its last separator.
struct Split<'a> {
    /// Before the first separator, and after it.
    prefix: &'a str,
    tail: &'a str,
    /// Before the last separator, and after it.
    headline: &'a str,
    suffix: &'a str,
}

impl<'a> Split<'a> {
    fn of(title: &'a str) -> Option<Self> {
        let found = TITLE_SEPARATORS.iter().flat_map(|sep| title.match_indices(sep).map(|(at, s)| (at, at + s.len())));
        let (first, last) = (found.clone().min()?, found.max()?);
        Some(Self {
            prefix: title.get(..first.0)?,
            tail: title.get(first.1..)?,
            headline: title.get(..last.0)?,
            suffix: title.get(last.1..)?,
        })
    }
}

/// A title less a suffix or prefix that names the site.
fn without_site(title: &str, sites: &[&str]) -> Option<String> {
    let split = Split::of(title)?;
    if sites.iter().any(|site| names_site(split.suffix, site)) {
        return Some(split.headline.to_owned());
    }
    sites.iter().any(|site| names_site(split.prefix, site)).then(|| split.tail.to_owned())
}

/// The `<title>` less one site-name affix, when one can be told apart.
fn strip_affix(title: &str, h1: Option<&str>, sites: &[&str]) -> String {
    let Some(split) = Split::of(title) else { return title.to_owned() };
    let words = |text: &str| text.split_whitespace().count();
    if let Some(h1) = h1.map(fold).filter(|h| !h.is_empty()) {
        if h1 == fold(title) {
            return title.to_owned();
        }
        if h1 == fold(split.headline) {
            return split.headline.to_owned();
        }
        // An `<h1>` equal to the part after the separator is the headline when what
        // precedes is short, and the site's logo otherwise (mercurial docs).
        let (prefix, tail) = (words(split.prefix), words(split.tail));
        if h1 == fold(split.tail) && prefix < tail && prefix <= MAX_SITE_WORDS {
            return split.tail.to_owned();
        }
        if h1 == fold(split.suffix) {
            return split.headline.to_owned();
        }
    }
    if let Some(title) = without_site(title, sites) {
        return title;
    }
    if words(split.headline) >= MIN_HEADLINE_WORDS {
        return split.headline.to_owned();
    }
    title.to_owned()
}

/// Lowercase, with only letters and digits kept, for loose comparison.
fn fold(text: &str) -> String {
    text.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// True when an affix is the site's name, or one contains the other and is at least
/// half its length (`The Guardian` and `Guardian`, `Factorio` and `factorio.com`).
fn names_site(affix: &str, site: &str) -> bool {
    let (affix, site) = (fold(affix), fold(site));
    let (short, long) = if affix.len() <= site.len() { (affix, site) } else { (site, affix) };
    !short.is_empty() && long.contains(&short) && short.len() * 2 >= long.len()
}

#[cfg(test)]
mod tests {
    use super::choose;

    fn doc(title: &str, h1: Option<&str>, site: Option<&str>) -> Option<String> {
        let sites: Vec<&str> = site.into_iter().collect();
        choose(Vec::new(), Some(title.to_owned()), h1, &sites)
    }

    #[test]
    fn metadata_title_loses_only_the_site_name() {
        let meta = |t: &str| vec![t.to_owned()];
        let sites = ["Factorio", "factorio.com"];
        assert_eq!(
            choose(meta("Friday Facts - 0.17 | Factorio"), None, None, &sites).as_deref(),
            Some("Friday Facts - 0.17")
        );
        assert_eq!(choose(meta("Friday Facts | Other"), None, None, &sites).as_deref(), Some("Friday Facts | Other"));
        assert_eq!(
            choose(meta("Home | Code Review Stack"), None, None, &["Code"]).as_deref(),
            Some("Home | Code Review Stack")
        );
    }

    #[test]
    fn of_several_metadata_titles_the_one_like_the_page_title_wins() {
        let meta = vec!["constitutional monarchy in Oceania".to_owned(), "New Zealand".to_owned()];
        let chosen = choose(meta, Some("New Zealand - Wikipedia".to_owned()), None, &[]);
        assert_eq!(chosen.as_deref(), Some("New Zealand"));
    }

    #[test]
    fn site_affixes_are_removed() {
        assert_eq!(
            doc("Lorem ipsum dolor sit amet – My website", None, None).as_deref(),
            Some("Lorem ipsum dolor sit amet")
        );
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
        assert_eq!(
            doc("Site - Big rain in the valley", Some("Big rain in the valley"), None).as_deref(),
            Some("Big rain in the valley")
        );
        assert_eq!(doc("Ask - Answer", Some("Ask - Answer"), None).as_deref(), Some("Ask - Answer"));
        assert_eq!(
            doc("Evolve: Shared History — evolve docs", Some("evolve docs"), None).as_deref(),
            Some("Evolve: Shared History")
        );
        assert_eq!(choose(Vec::new(), None, Some("Heading"), &[]).as_deref(), Some("Heading"));
    }
}
