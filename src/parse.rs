//! Bytes or text in, a [`Dom`] out: decoding, a scan before parsing (nesting
//! flattened, unread script, style, SVG and comment bodies cut, start tags counted;
//! see `scan`), html5ever parsing, and the size limits.
//!
//! Invariants: the input length is checked before any work and the element count by
//! the scan, before the parse, so no later stage ever sees a tree past the limits.

mod scan;

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};
use html5ever::tendril::TendrilSink;
use html5ever::{parse_document, ParseOpts};
use markup5ever_rcdom::RcDom;

use crate::dom::Dom;
use crate::rules::STREAMED_CONTENT_IDS;
use crate::Error;
use scan::{scan_page, MAX_NESTING};

/// How far into the page a `<meta charset>` is looked for (the HTML standard says 1,024).
const CHARSET_SNIFF_BYTES: usize = 1024;

/// The size limits in force for one extraction.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Limits {
    pub(crate) max_input_bytes: usize,
    pub(crate) max_nodes: usize,
}

impl Limits {
    pub(crate) fn check_len(self, len: usize) -> Result<(), Error> {
        if len > self.max_input_bytes {
            return Err(Error::InputTooLarge { len, limit: self.max_input_bytes });
        }
        Ok(())
    }
}

/// Parses a page into a DOM, enforcing the limits.
pub(crate) fn parse(html: &str, limits: Limits) -> Result<Dom, Error> {
    limits.check_len(html.len())?;
    let scan = scan_page(html, MAX_NESTING);
    if scan.start_tags > limits.max_nodes {
        return Err(Error::TooManyNodes { limit: limits.max_nodes });
    }
    let streamed = STREAMED_CONTENT_IDS.iter().any(|prefix| scan.html.contains(&format!("id=\"{prefix}")));
    let dom = Dom::new(parse_document(RcDom::default(), parse_options()).one(scan.html));
    if streamed {
        dom.place_streamed_segments();
    }
    Ok(dom)
}

/// Parses as a browser with scripting off would: `<noscript>` content becomes
/// elements, since some sites (forum engines among them) serve their whole text there.
fn parse_options() -> ParseOpts {
    let mut options = ParseOpts::default();
    options.tree_builder.scripting_enabled = false;
    options
}

/// Decodes page bytes to text: BOM, then a declared charset, then UTF-8 if valid,
/// else windows-1252 (what browsers assume for undeclared Western pages).
pub(crate) fn decode(bytes: &[u8]) -> String {
    let encoding = Encoding::for_bom(bytes)
        .map(|(encoding, _)| encoding)
        .or_else(|| declared_charset(bytes))
        .unwrap_or_else(|| if std::str::from_utf8(bytes).is_ok() { UTF_8 } else { WINDOWS_1252 });
    // `decode` strips a BOM of the chosen encoding and replaces malformed sequences.
    encoding.decode(bytes).0.into_owned()
}

/// The charset named by `<meta charset=...>` or `<meta http-equiv content="...; charset=...">`
/// in the first [`CHARSET_SNIFF_BYTES`] bytes.
fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = bytes.get(..CHARSET_SNIFF_BYTES).unwrap_or(bytes);
    let head = String::from_utf8_lossy(head).to_ascii_lowercase();
    let mut rest = head.as_str();
    while let Some(at) = rest.find("charset") {
        rest = rest.get(at + "charset".len()..).unwrap_or("");
        let value = rest.trim_start().strip_prefix('=')?.trim_start();
        let value = value.trim_start_matches(['"', '\'']);
        let end = value.find(|c: char| !(c.is_ascii_alphanumeric() || "-_:.".contains(c)));
        let label = value.get(..end.unwrap_or(value.len())).unwrap_or("");
        if let Some(encoding) = Encoding::for_label(label.as_bytes()) {
            // A page cannot declare itself UTF-16 in ASCII; browsers read that as UTF-8.
            return Some(if encoding.is_single_byte() || encoding.output_encoding() == encoding {
                encoding
            } else {
                UTF_8
            });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_declared_windows_1251() {
        let mut page = b"<html><head><meta charset=\"windows-1251\"></head><body><p>".to_vec();
        page.extend_from_slice(&[0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]);
        assert!(decode(&page).contains("Привет"));
    }

    #[test]
    fn decodes_http_equiv_koi8_r() {
        let mut page =
            b"<meta http-equiv='Content-Type' content='text/html; charset=koi8-r'><p>".to_vec();
        page.extend_from_slice(&[0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4]);
        assert!(decode(&page).contains("Привет"));
    }

    #[test]
    fn bom_wins_over_declaration() {
        let mut page = vec![0xff, 0xfe];
        for unit in "<meta charset=latin1><p>ü".encode_utf16() {
            page.extend_from_slice(&unit.to_le_bytes());
        }
        assert!(decode(&page).ends_with("<p>ü"));
    }

    #[test]
    fn undeclared_bytes_fall_back_to_utf8_then_windows_1252() {
        assert_eq!(decode("<p>café".as_bytes()), "<p>café");
        assert_eq!(decode(b"<p>caf\xe9"), "<p>café");
    }

    #[test]
    fn limits_are_checked() {
        let tight = Limits { max_input_bytes: 4, max_nodes: 100 };
        assert_eq!(parse("<p>hello</p>", tight).err(), Some(Error::InputTooLarge { len: 12, limit: 4 }));
        let few = Limits { max_input_bytes: 1000, max_nodes: 3 };
        assert_eq!(parse("<div><p>a</p><p>b</p><p>c</p></div>", few).err(), Some(Error::TooManyNodes { limit: 3 }));
    }
}
