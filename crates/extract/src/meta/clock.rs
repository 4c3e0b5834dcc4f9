//! The time of day a page prints beside a date ("August 7, 2018 5:12 p.m. EDT",
//! "9:14 AM EST, Tue March 3, 2026", "5 March 2026, 14:03 GMT"), so that a date read from the
//! page's text keeps its instant and zone when the page says them.
//!
//! A time is taken only when it touches the date (separated by punctuation, "at", or a
//! weekday's name) and names its zone: a bare "5:12 pm" says nothing of the offset, and a time
//! elsewhere in the line ("Published March 3 | Updated 4:15 PM EST") is another event's.

use chrono::{DateTime, Datelike, Duration, FixedOffset, NaiveDate, NaiveTime, TimeZone, Weekday};
use regex::{Captures, Regex};
use std::ops::Range;
use std::sync::LazyLock;

/// Time-zone abbreviations with one meaning on news pages, and their offset east of UTC in
/// minutes. The bare US "ET", "CT", "MT", "PT" follow daylight saving ([`us_zone_offset`]).
/// "IST" (India or Ireland) is left out as ambiguous; "CST" is the US Central zone, as US sites
/// write it, but China's in a line written in Han characters ([`chinese_zone`]).
const ZONES: &[(&str, i32)] = &[
    ("utc", 0),
    ("gmt", 0),
    ("wet", 0),
    ("west", 60),
    ("bst", 60),
    ("cet", 60),
    ("cest", 120),
    ("mez", 60),
    ("mesz", 120),
    ("eet", 120),
    ("eest", 180),
    ("msk", 180),
    ("sgt", 480),
    ("hkt", 480),
    ("awst", 480),
    ("jst", 540),
    ("kst", 540),
    ("acst", 570),
    ("aest", 600),
    ("acdt", 630),
    ("aedt", 660),
    ("nzst", 720),
    ("nzdt", 780),
    ("est", -300),
    ("edt", -240),
    ("cst", -360),
    ("cdt", -300),
    ("mst", -420),
    ("mdt", -360),
    ("pst", -480),
    ("pdt", -420),
    ("akst", -540),
    ("akdt", -480),
    ("hst", -600),
];

/// The US zones written without saying standard or daylight time, and their standard offset
/// east of UTC in hours.
const US_ZONES: &[(&str, i32)] = &[("et", -5), ("ct", -6), ("mt", -7), ("pt", -8)];

/// A time of day and its zone: "5:12 p.m. EDT", "14:03 GMT", "11:30 pm ET", "16:26 UTC+1".
const TIME: &str = r"(\d{1,2})[:.](\d{2})(?::(\d{2}))?\s*(?:([ap])\.?\s?m\b\.?)?\s*\(?\s*([a-z]{2,4}\b(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?)\)?";

/// Separators a time and a date may stand apart by: punctuation, "at" and its kin.
const SEPARATOR: &str = r"(?:\s*[,|·•@–—-]\s*|\s+)*(?:(?:at|um|à|a las|alle|om)\s+)?";

/// A time of day just after a date.
static AFTER_DATE_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)^{SEPARATOR}{TIME}")).expect("static regex"));

/// A time of day just before a date, a weekday's name and "on" allowed between them.
static BEFORE_DATE_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i){TIME}(?:\s*[,|·•–—-]\s*|\s+)*(?:on\s+)?(?:[a-z]{{2,9}}\.?,?\s+)?$"
    ))
    .expect("static regex")
});

/// The instant that `text` gives for the date it shows at `span` (read as `date`), when a time
/// of day with a known zone touches the date; `None` otherwise.
pub(crate) fn instant_beside(
    text: &str,
    span: Range<usize>,
    date: NaiveDate,
) -> Option<DateTime<FixedOffset>> {
    let after = text.get(span.end..)?;
    if let Some(c) = AFTER_DATE_RE.captures(after) {
        return instant_of(&c, date, text);
    }
    let before = text.get(..span.start)?;
    let c = BEFORE_DATE_RE.captures(before)?;
    // Only a weekday's name may stand between the time and the date ("9:14 AM EST, Tue").
    let between = c.get(0)?.as_str()[c.get(5)?.end() - c.get(0)?.start()..]
        .trim_matches(|ch: char| !ch.is_alphabetic())
        .to_lowercase();
    let between = between
        .strip_prefix("on")
        .map_or(between.as_str(), str::trim);
    let between = between.trim_end_matches(|ch: char| !ch.is_alphabetic());
    if !between.is_empty() && !crate::months::is_weekday_word(between) {
        return None;
    }
    instant_of(&c, date, text)
}

/// China Standard Time's offset east of UTC in minutes: the "CST" of a line written in Han
/// characters ("发布时间：2026-03-03 10:15 CST"), not the US Central zone.
const CHINA_STANDARD_MINUTES: i32 = 480;

/// Whether `text` is written in Han characters, so that its "CST" is China's
/// ([`CHINA_STANDARD_MINUTES`]).
fn chinese_zone(text: &str) -> bool {
    text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

/// The instant of a [`TIME`] match on `date` in line `text` (whose script tells which "CST" it
/// means: [`chinese_zone`]).
fn instant_of(c: &Captures, date: NaiveDate, text: &str) -> Option<DateTime<FixedOffset>> {
    let mut hour: u32 = c.get(1)?.as_str().parse().ok()?;
    let minute: u32 = c.get(2)?.as_str().parse().ok()?;
    let second: u32 = c.get(3).map_or(Some(0), |m| m.as_str().parse().ok())?;
    if let Some(half) = c.get(4) {
        if !(1..=12).contains(&hour) {
            return None;
        }
        hour %= 12;
        if half.as_str().eq_ignore_ascii_case("p") {
            hour += 12;
        }
    }
    let time = NaiveTime::from_hms_opt(hour, minute, second)?;
    let zone = c.get(5)?.as_str();
    let offset = if zone.eq_ignore_ascii_case("cst") && chinese_zone(text) {
        FixedOffset::east_opt(CHINA_STANDARD_MINUTES * 60)?
    } else {
        zone_offset(zone, date)?
    };
    offset.from_local_datetime(&date.and_time(time)).single()
}

/// Hours a zone lies from UTC at most (UTC+14); a printed shift beyond it is no zone's.
const MAX_ZONE_HOURS: i32 = 14;

/// A numeric offset from UTC as pages and ISO 8601 write it, sign first: "+1", "-05", "+0530",
/// "-05:30" (hours, then two digits of minutes when there are three or four digits).
pub(crate) fn numeric_offset(shift: &str) -> Option<FixedOffset> {
    let sign = if shift.trim_start().starts_with('-') {
        -1
    } else {
        1
    };
    let digits: String = shift.chars().filter(char::is_ascii_digit).collect();
    let (hours, minutes) = match digits.len() {
        1 | 2 => (digits.parse::<i32>().ok()?, 0),
        3 | 4 => {
            let split = digits.len() - 2;
            (
                digits[..split].parse::<i32>().ok()?,
                digits[split..].parse::<i32>().ok()?,
            )
        }
        _ => return None,
    };
    if minutes > 59 {
        return None;
    }
    FixedOffset::east_opt(sign * (hours * 3600 + minutes * 60))
}

/// The offset a zone's name gives on `date`: an abbreviation ([`ZONES`], [`US_ZONES`]) or
/// "UTC+1" / "GMT-05:00".
fn zone_offset(zone: &str, date: NaiveDate) -> Option<FixedOffset> {
    let zone = zone.to_lowercase();
    let (name, shift) = match zone.find(['+', '-']) {
        Some(i) => (zone[..i].trim(), Some(&zone[i..])),
        None => (zone.trim(), None),
    };
    if let Some(shift) = shift {
        if name != "utc" && name != "gmt" {
            return None;
        }
        return numeric_offset(shift)
            .filter(|o| o.local_minus_utc().abs() < (MAX_ZONE_HOURS + 1) * 3600);
    }
    if let Some(&(_, minutes)) = ZONES.iter().find(|(n, _)| *n == name) {
        return FixedOffset::east_opt(minutes * 60);
    }
    let &(_, hours) = US_ZONES.iter().find(|(n, _)| *n == name)?;
    us_zone_offset(hours, date)
}

/// The offset of a US zone (standard offset `standard_hours`) on `date`: an hour more in
/// daylight saving time, from the second Sunday of March to the first Sunday of November
/// (from 2007; before, the first Sunday of April to the last Sunday of October).
fn us_zone_offset(standard_hours: i32, date: NaiveDate) -> Option<FixedOffset> {
    let year = date.year();
    let (start, end) = if year >= 2007 {
        (
            NaiveDate::from_weekday_of_month_opt(year, 3, Weekday::Sun, 2)?,
            NaiveDate::from_weekday_of_month_opt(year, 11, Weekday::Sun, 1)?,
        )
    } else {
        let first_of_november = NaiveDate::from_ymd_opt(year, 11, 1)?;
        let last_october_sunday = first_of_november
            - Duration::days(i64::from(
                first_of_november.weekday().num_days_from_sunday().max(1),
            ));
        (
            NaiveDate::from_weekday_of_month_opt(year, 4, Weekday::Sun, 1)?,
            last_october_sunday,
        )
    };
    let daylight = date >= start && date < end;
    FixedOffset::east_opt((standard_hours + i32::from(daylight)) * 3600)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str, date_text: &str) -> Option<String> {
        let start = text.find(date_text).expect("date in text");
        let date = NaiveDate::from_ymd_opt(2026, 3, 3).expect("date");
        instant_beside(text, start..start + date_text.len(), date).map(|d| d.to_rfc3339())
    }

    #[test]
    fn a_chinese_lines_cst_is_china_standard_time() {
        assert_eq!(
            at("发布时间：2026-03-03 10:15 CST", "2026-03-03").as_deref(),
            Some("2026-03-03T10:15:00+08:00")
        );
        assert_eq!(
            at("Updated: March 3, 2026 10:15 CST", "March 3, 2026").as_deref(),
            Some("2026-03-03T10:15:00-06:00")
        );
    }

    #[test]
    fn a_time_with_its_zone_after_the_date_gives_the_instant() {
        assert_eq!(
            at("March 3, 2026 5:12 p.m. EST", "March 3, 2026").as_deref(),
            Some("2026-03-03T17:12:00-05:00")
        );
        assert_eq!(
            at("3 March 2026, 14:03 GMT", "3 March 2026").as_deref(),
            Some("2026-03-03T14:03:00+00:00")
        );
        assert_eq!(
            at("Published March 3, 2026 at 11:30 pm (CET)", "March 3, 2026").as_deref(),
            Some("2026-03-03T23:30:00+01:00")
        );
        assert_eq!(
            at("03.03.2026 | 16:26 UTC+2", "03.03.2026").as_deref(),
            Some("2026-03-03T16:26:00+02:00")
        );
        assert_eq!(
            at("Last updated on Mar 03, 2026 05:32:07 PST", "Mar 03, 2026").as_deref(),
            Some("2026-03-03T05:32:07-08:00")
        );
        assert_eq!(
            at("03.03.2026 um 08:05 GMT-05:30", "03.03.2026").as_deref(),
            Some("2026-03-03T08:05:00-05:30")
        );
    }

    #[test]
    fn a_time_with_its_zone_before_the_date_gives_the_instant() {
        assert_eq!(
            at("9:14 AM EST, Tue March 3, 2026", "March 3, 2026").as_deref(),
            Some("2026-03-03T09:14:00-05:00")
        );
        assert_eq!(
            at("Updated 12:05 AM PST on March 3, 2026", "March 3, 2026").as_deref(),
            Some("2026-03-03T00:05:00-08:00")
        );
    }

    #[test]
    fn us_zones_without_standard_or_daylight_follow_the_season() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).expect("date");
        let et = |date| us_zone_offset(-5, date).map(|o| o.local_minus_utc() / 3600);
        assert_eq!(et(d(2026, 3, 7)), Some(-5));
        assert_eq!(et(d(2026, 3, 8)), Some(-4));
        assert_eq!(et(d(2026, 10, 31)), Some(-4));
        assert_eq!(et(d(2026, 11, 1)), Some(-5));
        assert_eq!(et(d(2005, 4, 3)), Some(-4));
        assert_eq!(et(d(2005, 10, 30)), Some(-5));
        assert_eq!(et(d(2005, 10, 29)), Some(-4));
        assert_eq!(
            at("March 3, 2026 11:30 p.m. ET", "March 3, 2026").as_deref(),
            Some("2026-03-03T23:30:00-05:00")
        );
    }

    #[test]
    fn no_instant_without_a_zone_or_a_time_touching_the_date() {
        assert_eq!(at("March 3, 2026 5:12 pm", "March 3, 2026"), None);
        assert_eq!(at("16:26 Uhr, 03.03.2026", "03.03.2026"), None);
        assert_eq!(
            at(
                "Published March 3, 2026 | Updated 4:15 PM EST",
                "March 3, 2026"
            ),
            None
        );
        assert_eq!(
            at("4:15 PM EST Updated March 3, 2026", "March 3, 2026"),
            None
        );
        assert_eq!(at("March 3, 2026 13:05 pm EST", "March 3, 2026"), None);
        assert_eq!(at("March 3, 2026 5:12 pm IST", "March 3, 2026"), None);
        assert_eq!(
            at("March 3, 2026 10.30 am on page 4", "March 3, 2026"),
            None
        );
    }
}
