//! HTML character references left in text that html5ever never decoded: JSON-LD
//! strings, and attribute values a page escaped twice (`content="&amp;#8217;"`).
//!
//! Input: any string. Output: the string with `&#NNN;`, `&#xHH;` and the common named
//! references replaced. Unknown names and malformed references stay as written;
//! numeric references to no character (0, surrogates, past U+10FFFF) become U+FFFD,
//! as the HTML standard says.

use std::borrow::Cow;

/// The named references decoded here: the ones pages put in titles, names and
/// descriptions. Sorted by name.
#[rustfmt::skip]
const NAMED: &[(&str, char)] = &[
    ("aacute", 'á'),
    ("agrave", 'à'),
    ("amp", '&'),
    ("apos", '\''),
    ("auml", 'ä'),
    ("bull", '•'),
    ("ccedil", 'ç'),
    ("copy", '©'),
    ("eacute", 'é'),
    ("egrave", 'è'),
    ("gt", '>'),
    ("hellip", '…'),
    ("iacute", 'í'),
    ("laquo", '«'),
    ("ldquo", '“'),
    ("lsquo", '‘'),
    ("lt", '<'),
    ("mdash", '—'),
    ("middot", '·'),
    ("nbsp", '\u{a0}'),
    ("ndash", '–'),
    ("ntilde", 'ñ'),
    ("oacute", 'ó'),
    ("ouml", 'ö'),
    ("quot", '"'),
    ("raquo", '»'),
    ("rdquo", '”'),
    ("reg", '®'),
    ("rsquo", '’'),
    ("szlig", 'ß'),
    ("trade", '™'),
    ("uacute", 'ú'),
    ("uuml", 'ü'),
];

/// The longest reference body looked at, between `&` and `;` (`#x10FFFF` is 8).
const LONGEST_REFERENCE: usize = 10;

/// Replaces the character references in `text`.
pub(super) fn decode(text: &str) -> Cow<'_, str> {
    if !text.contains('&') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        let (before, from_amp) = rest.split_at(at);
        out.push_str(before);
        let body = from_amp.get(1..).unwrap_or("");
        match reference(body) {
            Some((c, len)) => {
                out.push(c);
                rest = body.get(len + 1..).unwrap_or("");
            }
            None => {
                out.push('&');
                rest = body;
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// The character a reference body (the text after `&`) stands for, and the body's
/// length up to but not including its `;`.
fn reference(body: &str) -> Option<(char, usize)> {
    let end = body.get(..=LONGEST_REFERENCE).unwrap_or(body).find(';')?;
    let name = body.get(..end)?;
    let c = match name.strip_prefix('#') {
        Some(number) => numeric(number)?,
        None => NAMED.binary_search_by(|(n, _)| (*n).cmp(name)).ok().and_then(|i| NAMED.get(i)).map(|(_, c)| *c)?,
    };
    Some((c, end))
}

/// `123` or `x7B`; `None` when the digits are malformed.
fn numeric(number: &str) -> Option<char> {
    let (digits, radix) = match number.strip_prefix(['x', 'X']) {
        Some(hex) => (hex, 16),
        None => (number, 10),
    };
    if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
        return None;
    }
    let value = u32::from_str_radix(digits, radix).unwrap_or(u32::MAX);
    Some(char::from_u32(value).filter(|&c| c != '\0').unwrap_or('\u{fffd}'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn named_list_is_sorted() {
        assert!(NAMED.windows(2).all(|w| matches!(w, [a, b] if a.0 < b.0)));
    }

    #[test]
    fn decodes_numeric_and_named() {
        assert_eq!(decode("Tom &amp; Jerry&#8217;s &#x201C;cut&#x201d;"), "Tom & Jerry’s “cut”");
        assert_eq!(decode("&#xg; &#x1F62D; &#128557; &#xFFFFFFFF; &#x0;"), "&#xg; 😭 😭 \u{fffd} \u{fffd}");
        assert_eq!(decode("AT&T &bogus; & &amp"), "AT&T &bogus; & &amp");
        assert_eq!(decode("&#x110000;&#xD800;"), "\u{fffd}\u{fffd}");
    }
}
