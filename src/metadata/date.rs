//! A date as a page writes it in, ISO 8601 out.
//!
//! Input: the text of a date from a meta tag, JSON-LD or `<time datetime>`.
//! Output: `YYYY-MM-DD`, or `YYYY-MM-DDThh:mm` with `:ss` and a fraction when the page
//! gave them, then `Z` or `±hh:mm` when it gave a zone; `None` when the text is not one
//! of the forms read here, and the caller keeps the page's text.
//!
//! Forms read: ISO 8601 dates and date-times (`2019-11-19`, `20191119`, `2019/11/19`,
//! `T` or a space before the time, offsets `Z`, `±hh:mm`, `±hhmm`, `±hh`, `UTC`),
//! RFC 2822 (`Tue, 19 Nov 2019 13:03:00 GMT`) and English month-name dates
//! (`November 19, 2019`, `19 Nov 2019 6:01 pm`). Fields out of range read as nothing.

use crate::rules::{abbreviated_name, MONTHS, WEEKDAYS};

/// A calendar date with an optional time of day and zone.
struct Stamp {
    year: u32,
    month: u32,
    day: u32,
    /// Hour, minute, and the seconds exactly as written (`"05"`, `"05.123"`), if any.
    time: Option<(u32, u32, Option<String>)>,
    /// `Z` or `±hh:mm`.
    zone: Option<String>,
}

impl Stamp {
    fn render(&self) -> Option<String> {
        let valid_date = (1..=12).contains(&self.month) && (1..=31).contains(&self.day);
        if !valid_date || !(1000..=2999).contains(&self.year) {
            return None;
        }
        let mut out = format!("{:04}-{:02}-{:02}", self.year, self.month, self.day);
        if let Some((hour, minute, seconds)) = &self.time {
            if *hour > 23 || *minute > 59 {
                return None;
            }
            out.push_str(&format!("T{hour:02}:{minute:02}"));
            if let Some(seconds) = seconds {
                out.push(':');
                out.push_str(seconds);
            }
            if let Some(zone) = &self.zone {
                out.push_str(zone);
            }
        }
        Some(out)
    }
}

/// The date in ISO 8601, when the text is in a form read here.
pub(super) fn iso(text: &str) -> Option<String> {
    let text = text.trim();
    iso_form(text).or_else(|| named_month_form(text))?.render()
}

/// A cursor over ASCII-led text, for the ISO forms.
struct Cursor<'a> {
    rest: &'a str,
}

impl<'a> Cursor<'a> {
    /// Exactly `n` ASCII digits.
    fn digits(&mut self, n: usize) -> Option<u32> {
        let head = self.rest.get(..n).filter(|h| h.bytes().all(|b| b.is_ascii_digit()))?;
        self.rest = self.rest.get(n..)?;
        head.parse().ok()
    }

    /// Consumes `c` if it comes next.
    fn eat(&mut self, c: char) -> bool {
        match self.rest.strip_prefix(c) {
            Some(rest) => {
                self.rest = rest;
                true
            }
            None => false,
        }
    }

    /// Consumes the longest run of ASCII digits.
    fn run(&mut self) -> &'a str {
        let end = self.rest.find(|c: char| !c.is_ascii_digit()).unwrap_or(self.rest.len());
        let (head, rest) = self.rest.split_at(end);
        self.rest = rest;
        head
    }
}

fn iso_form(text: &str) -> Option<Stamp> {
    let mut at = Cursor { rest: text };
    let year = at.digits(4)?;
    let (month, day) = if at.eat('-') || at.eat('/') {
        let month = at.digits(2)?;
        if !(at.eat('-') || at.eat('/')) {
            return None;
        }
        (month, at.digits(2)?)
    } else {
        (at.digits(2)?, at.digits(2)?)
    };
    let mut stamp = Stamp { year, month, day, time: None, zone: None };
    if at.rest.is_empty() {
        return Some(stamp);
    }
    if !(at.eat('T') || at.eat(' ')) {
        return None;
    }
    let hour = at.digits(2)?;
    at.eat(':');
    let minute = at.digits(2)?;
    let seconds = if at.eat(':') { Some(seconds(&mut at)?) } else { None };
    stamp.time = Some((hour, minute, seconds));
    stamp.zone = offset(at.rest.trim_start())?;
    Some(stamp)
}

/// Seconds with any fraction, as written (`05`, `05.096`).
fn seconds(at: &mut Cursor<'_>) -> Option<String> {
    let whole = at.digits(2)?;
    if whole > 60 {
        return None;
    }
    let mut out = format!("{whole:02}");
    if at.eat('.') || at.eat(',') {
        let fraction = at.run();
        if fraction.is_empty() {
            return None;
        }
        out.push('.');
        out.push_str(fraction);
    }
    Some(out)
}

/// A zone suffix: nothing, `Z`, `UTC`/`GMT`, `±hh`, `±hhmm`, `±hh:mm`, or one of the
/// North American names RFC 2822 keeps. `None` when something else follows.
fn offset(text: &str) -> Option<Option<String>> {
    let zone = match text.to_ascii_uppercase().as_str() {
        "" => return Some(None),
        "Z" | "UTC" | "GMT" | "UT" => return Some(Some("Z".to_owned())),
        "EST" | "CDT" => "-0500".to_owned(),
        "EDT" => "-0400".to_owned(),
        "CST" | "MDT" => "-0600".to_owned(),
        "MST" | "PDT" => "-0700".to_owned(),
        "PST" => "-0800".to_owned(),
        other => other.strip_prefix("GMT").or(other.strip_prefix("UTC")).unwrap_or(other).to_owned(),
    };
    let mut at = Cursor { rest: &zone };
    let sign = if at.eat('+') {
        '+'
    } else if at.eat('-') {
        '-'
    } else {
        return None;
    };
    let hours = at.digits(2)?;
    at.eat(':');
    let minutes = if at.rest.is_empty() { 0 } else { at.digits(2)? };
    (at.rest.is_empty() && hours < 24 && minutes < 60).then(|| Some(format!("{sign}{hours:02}:{minutes:02}")))
}

/// `Tue, 19 Nov 2019 13:03:00 GMT`, `November 19, 2019`, `19 Nov 2019 6:01 pm`.
fn named_month_form(text: &str) -> Option<Stamp> {
    let words = text.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty());
    let (mut year, mut month, mut day, mut time, mut zone) = (None, None, None, None, None);
    let mut pm = None;
    for word in words {
        let lower = word.to_ascii_lowercase();
        let number = lower.trim_end_matches(['.', 's', 't', 'n', 'd', 'r', 'h']);
        let is_number = !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit());
        if let Some(index) = abbreviated_name(MONTHS, &lower).filter(|_| month.is_none()) {
            month = u32::try_from(index + 1).ok();
        } else if is_number && number.len() == 4 && year.is_none() {
            year = number.parse().ok();
        } else if is_number && number.len() <= 2 && day.is_none() && time.is_none() {
            day = number.parse().ok();
        } else if lower.contains(':') && time.is_none() {
            time = Some(clock(&lower)?);
        } else if lower == "am" || lower == "a.m." || lower == "pm" || lower == "p.m." {
            pm = Some(lower.starts_with('p'));
        } else if time.is_some() && zone.is_none() {
            zone = Some(offset(word)??);
        } else if !(lower == "at" || lower == "on" || abbreviated_name(WEEKDAYS, &lower).is_some()) {
            return None;
        }
    }
    let time = time.map(|(hour, minute, seconds)| (twelve_hour(hour, pm), minute, seconds));
    Some(Stamp { year: year?, month: month?, day: day?, time, zone })
}

/// `13:03`, `13:03:00`, `6:01` (a time word may also carry `am`/`pm` glued on).
fn clock(word: &str) -> Option<(u32, u32, Option<String>)> {
    let word = word.trim_end_matches(|c: char| c.is_ascii_alphabetic() || c == '.');
    let mut parts = word.split(':');
    let hour = parts.next()?.parse().ok()?;
    let minute = parts.next().filter(|m| m.len() == 2)?.parse().ok()?;
    let seconds = match parts.next() {
        Some(s) => Some(seconds(&mut Cursor { rest: s }).filter(|_| parts.next().is_none())?),
        None => None,
    };
    Some((hour, minute, seconds))
}

fn twelve_hour(hour: u32, pm: Option<bool>) -> u32 {
    match pm {
        Some(true) if hour < 12 => hour + 12,
        Some(false) if hour == 12 => 0,
        _ => hour,
    }
}

#[cfg(test)]
mod tests {
    use super::iso;

    #[test]
    fn iso_forms_keep_their_precision() {
        assert_eq!(iso("2019-11-19").as_deref(), Some("2019-11-19"));
        assert_eq!(iso(" 20191119 ").as_deref(), Some("2019-11-19"));
        assert_eq!(iso("2018-04-05T06:00").as_deref(), Some("2018-04-05T06:00"));
        assert_eq!(iso("2015-03-27T13:07:55.096Z").as_deref(), Some("2015-03-27T13:07:55.096Z"));
        assert_eq!(iso("2021-11-01T10:52:50+0100").as_deref(), Some("2021-11-01T10:52:50+01:00"));
        assert_eq!(iso("2017-11-03 03:01:00.000000").as_deref(), Some("2017-11-03T03:01:00.000000"));
        assert_eq!(iso("2019-04-28 06:01:07 UTC").as_deref(), Some("2019-04-28T06:01:07Z"));
    }

    #[test]
    fn rfc_2822_and_month_names() {
        assert_eq!(iso("Tue, 19 Nov 2019 13:03:00 GMT").as_deref(), Some("2019-11-19T13:03:00Z"));
        assert_eq!(iso("Tue, 19 Nov 2019 13:03:00 -0500").as_deref(), Some("2019-11-19T13:03:00-05:00"));
        assert_eq!(iso("November 19, 2019").as_deref(), Some("2019-11-19"));
        assert_eq!(iso("19th Nov. 2019").as_deref(), Some("2019-11-19"));
        assert_eq!(iso("April 28, 2019 at 6:01 pm").as_deref(), Some("2019-04-28T18:01"));
    }

    #[test]
    fn unreadable_text_is_none() {
        for text in [
            "",
            "yesterday",
            "2019-13-01",
            "2019-11-19T25:00",
            "November 2019",
            "12 Nov 2019 oops",
            "2019-11-19T10:00+99",
        ] {
            assert_eq!(iso(text), None, "{text}");
        }
    }
}
