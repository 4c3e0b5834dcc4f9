//! Published and modified dates: structured sources first (JSON-LD, head `<meta>`, microdata,
//! `<time>`), then the URL, then date-like elements and the dateline near the headline.

use super::clock;
use super::jsonld::LdInfo;
use super::scan::{BylineKind, DateKind, Scan};
use super::text::key;
use crate::dom::starts_with_ignore_ascii_case;
use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use regex::{Captures, Regex};
use std::ops::Range;
use std::sync::LazyLock;
use url::Url;

/// Dates before this year are not a web page's.
pub(crate) const MIN_YEAR: i32 = 1995;
/// Byline boxes searched for a written date when nothing else dates the page.
pub(crate) const MAX_BYLINES_DATED: usize = 3;
/// Dates more than this many days after now are refused.
pub(crate) const MAX_DAYS_AHEAD: i64 = 2;

const PUBLISHED_METAS: &[&str] = &[
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "article:published",
    "datepublished",
    "published_time",
    "publish_date",
    "publish-date",
    "publishdate",
    "pubdate",
    "publication_date",
    "article.published",
    "article_date_original",
    "parsely-pub-date",
    "sailthru.date",
    "cxenseparse:recs:publishtime",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date.created",
    "dcterms.created",
    "dc.date",
    "dcterms.date",
    "citation_publication_date",
    "citation_date",
    "date",
    "original-publish-date",
    "release_date",
    "datecreated",
    "created",
    "article:post_date",
    "bt:pubdate",
    "displaydate",
];

const MODIFIED_METAS: &[&str] = &[
    "article:modified_time",
    "og:updated_time",
    "og:article:modified_time",
    "article:modified",
    "datemodified",
    "modified_time",
    "last-modified",
    "lastmod",
    "dcterms.modified",
    "dc.date.modified",
    "revised",
    "updated_time",
    "article.updated",
    "bt:moddate",
];

/// How a page writes an all-digit day with slashes (`03/05/2024`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NumericOrder {
    /// March 5th: US English, and English that names no region.
    MonthFirst,
    /// 3 May: every other language and region.
    DayFirst,
}

impl NumericOrder {
    /// The order the page's own unambiguous slashed dates show (`12/18/2025`, `18/12/2025`),
    /// else the one of its `language`, whose declared tags (`<html lang>`, `og:locale`) may
    /// name a region: a UK, Australian or Indian page writes the day first, a US one the
    /// month, and so does a page that only says "English".
    pub(crate) fn of_page(s: &Scan, language: Option<&str>) -> NumericOrder {
        let shown = s
            .date_texts
            .iter()
            .map(|(_, t)| t)
            .chain(s.times.iter().map(|(_, t)| t))
            .chain(&s.near_heading)
            .find_map(|t| Self::shown_in(t));
        if let Some(order) = shown {
            return order;
        }
        let Some(language) = language else {
            return NumericOrder::MonthFirst;
        };
        if !language.starts_with("en") {
            return NumericOrder::DayFirst;
        }
        let declared = [s.html_lang.clone(), s.meta_first(&["og:locale"])];
        let region = std::iter::once(language.to_string())
            .chain(declared.into_iter().flatten())
            .filter_map(|t| super::lang::normalise(&t))
            .filter(|t| t.starts_with("en"))
            .find_map(|t| {
                t.split('-')
                    .nth(1)
                    .filter(|r| r.len() == 2)
                    .map(str::to_string)
            });
        match region.as_deref() {
            None | Some("US") | Some("PH") => NumericOrder::MonthFirst,
            Some(_) => NumericOrder::DayFirst,
        }
    }

    /// The order a slashed date in `t` can only be read in (`12/18/2025`: month first).
    fn shown_in(t: &str) -> Option<NumericOrder> {
        if !t.contains('/') {
            return None;
        }
        NUMERIC_RE
            .captures_iter(t)
            .filter(|c| &c[2] == "/")
            .find_map(|c| {
                let a: u32 = c[1].parse().ok()?;
                let b: u32 = c[3].parse().ok()?;
                match (a > 12, b > 12) {
                    (true, false) if a <= 31 => Some(NumericOrder::DayFirst),
                    (false, true) if b <= 31 => Some(NumericOrder::MonthFirst),
                    _ => None,
                }
            })
    }
}

/// `(published, modified)`.
pub(crate) fn choose(
    s: &Scan,
    ld: &LdInfo,
    url: &Url,
    title: &str,
    order: NumericOrder,
) -> (Option<DateTime<FixedOffset>>, Option<DateTime<FixedOffset>>) {
    let modified = ld
        .modified
        .iter()
        .cloned()
        .chain(s.meta_all(MODIFIED_METAS))
        .chain(kind_values(&s.date_props, DateKind::Modified))
        .chain(kind_values(&s.times, DateKind::Modified))
        .find_map(|v| parse_structured(&v, order));

    let url_date = url_date(url);
    let labelled = labelled_published(s, order);
    let unlabelled = labelled
        .is_none()
        .then(|| dateline(s, title, order))
        .flatten();
    let line = labelled.or(unlabelled);
    // JSON-LD's `datePublished`, then the `<meta>` that names publication, and only then
    // JSON-LD's `dateCreated` or `uploadDate` (written or uploaded, often in UTC where the
    // `<meta>` gives the site's own day).
    let structured = ld
        .published
        .iter()
        .cloned()
        .chain(s.meta_all(PUBLISHED_METAS))
        .chain(ld.created.iter().cloned())
        .chain(kind_values(&s.date_props, DateKind::Published))
        .chain(other_publish_metas(s))
        .find_map(|v| parse_structured(&v, order));
    let published = match (structured, url_date) {
        // The URL's day is the original one (and in the site's own time zone); a structured
        // date on another day is a republication, an update stamped as "published", or UTC.
        (Some(d), Some(u)) if d.date_naive() != u.date_naive() => Some(u),
        // The day shown under the headline is the one the page stands by; a structured date on
        // another day (a template's, a migration's) loses unless it is that day give or take
        // the time zone. A day labelled "Published" that is the update's day gives way to the
        // structured one; a bare day under the headline does not (the page dates the story by
        // its update), unless the headline's lines show the structured day as well.
        (Some(d), None) => match line {
            Some(v)
                if !near_day(v, d)
                    && (!modified.is_some_and(|m| near_day(v, m))
                        || (unlabelled.is_some() && !headline_shows(s, title, order, d))) =>
            {
                v.instant()
            }
            _ => Some(d),
        },
        (d, u) => d.or(u),
    };
    let published = published
        .or_else(|| line.and_then(Shown::instant))
        .or_else(|| {
            kind_values(&s.times, DateKind::Published)
                .find_map(|v| parse_structured(&v, order).or_else(|| find_in_text(&v, order)))
        })
        .or_else(|| {
            kind_values(&s.date_texts, DateKind::Published)
                .find_map(|v| unless_updated(&v, order, parse_structured))
        })
        .or_else(|| {
            s.near_heading
                .iter()
                .find_map(|t| unless_updated(t, order, find_in_text))
        })
        // A forum post's byline box holds its date ("by jane » Sun Dec 17, 2023 11:23 am").
        .or_else(|| {
            s.bylines
                .iter()
                .filter(|(k, _)| matches!(k, BylineKind::AuthorClass | BylineKind::Byline))
                .take(MAX_BYLINES_DATED)
                .find_map(|(_, t)| unless_updated(t, order, find_in_text))
        })
        // Only an "updated" date is shown: the best the page tells.
        .or_else(|| {
            kind_values(&s.date_texts, DateKind::Published).find_map(|v| find_in_text(&v, order))
        })
        .or_else(|| s.near_heading.iter().find_map(|t| find_in_text(t, order)))
        .or_else(|| {
            kind_values(&s.date_texts, DateKind::Modified).find_map(|v| find_in_text(&v, order))
        })
        .or(modified);
    (published, modified)
}

/// Texts after the headline searched for its dateline.
pub(crate) const DATELINE_AFTER: usize = 6;
/// Texts before the headline searched for its dateline (a kicker line above it).
pub(crate) const DATELINE_BEFORE: usize = 2;
/// A dateline text is at most this long (bytes)...
pub(crate) const DATELINE_MAX_BYTES: usize = 100;
/// ...and its date starts within this many bytes ("Published on ", "• ").
pub(crate) const DATELINE_MAX_LEAD: usize = 24;
/// A label text before the date ("Last updated:") is at most this long (bytes).
const DATELINE_LABEL_BYTES: usize = 24;

/// The date printed by the headline: the first short text just after the first article `<h1>`
/// that starts with a date, skipping dates labelled as updates; when no date follows the
/// headline, one just before it (a kicker line).
fn dateline(s: &Scan, title: &str, order: NumericOrder) -> Option<Shown> {
    let at = headline_at(s, title)?;
    let near = &s.near_heading;
    let mut seen_date = false;
    let after = at + 1..near.len().min(at + 1 + DATELINE_AFTER);
    let before = (at.saturating_sub(DATELINE_BEFORE)..at).rev();
    for (j, is_after) in after.map(|j| (j, true)).chain(before.map(|j| (j, false))) {
        if !is_after && seen_date {
            break;
        }
        let t = near[j].as_str();
        if t.len() > DATELINE_MAX_BYTES {
            continue;
        }
        let Some((span, d)) = find_date_span(t, order) else {
            continue;
        };
        let pos = span.start;
        seen_date = true;
        if pos > DATELINE_MAX_LEAD {
            continue;
        }
        let labelled_update = says_updated(&t[..pos])
            || update_label_before(near, j)
            || s.near_heading_updated.get(j).copied().unwrap_or(false);
        if !labelled_update {
            return Some(Shown::in_text(t, span, d));
        }
    }
    None
}

/// Whether a short text around the headline (where [`dateline`] looks) shows the day of `d`
/// in some time zone, in any of its dates.
fn headline_shows(s: &Scan, title: &str, order: NumericOrder, d: DateTime<FixedOffset>) -> bool {
    let Some(at) = headline_at(s, title) else {
        return false;
    };
    let near = &s.near_heading;
    let window = at.saturating_sub(DATELINE_BEFORE)..near.len().min(at + 1 + DATELINE_AFTER);
    near[window].iter().any(|t| {
        let mut rest = t.as_str();
        while let Some((span, day)) = find_date_span(rest, order) {
            if near_day(Shown::in_text(rest, span.clone(), day), d) {
                return true;
            }
            rest = &rest[span.end..];
        }
        false
    })
}

/// Whether the short text just before `near[j]` is an update's label ("Last updated:"), or
/// one is, set apart from the date by a lone `:` or `|`.
fn update_label_before(near: &[String], j: usize) -> bool {
    let label = |i: usize| near[i].len() <= DATELINE_LABEL_BYTES && says_updated(&near[i]);
    match j {
        0 => false,
        1 => label(0),
        _ => label(j - 1) || (matches!(near[j - 1].as_str(), ":" | "|") && label(j - 2)),
    }
}

/// Labels that say the date after them is the publication's; a label another one starts
/// ("published date", "published") comes first.
const PUBLISHED_LABELS: &[&str] = &[
    "originally published",
    "first published",
    "date published",
    "publication date",
    "published date",
    "publish date",
    "publish time",
    "published",
    "date posted",
    "posted date",
    "post date",
    "post time",
    "posted",
];

/// A date the page labels as its publication's ("Published August 13, 2025", "Posted on:
/// 12.03.2024", or the label alone with the date in the next text), in a date-classed element
/// or around the headline.
fn labelled_published(s: &Scan, order: NumericOrder) -> Option<Shown> {
    let dated = s
        .date_texts
        .iter()
        .filter(|(k, _)| *k == DateKind::Published)
        .map(|(_, t)| t.as_str())
        .collect::<Vec<_>>();
    let near = s
        .near_heading
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>();
    [dated, near].iter().find_map(|texts| {
        texts.iter().enumerate().find_map(|(i, t)| {
            if t.len() > DATELINE_MAX_BYTES {
                return None;
            }
            let label = PUBLISHED_LABELS.iter().find(|l| {
                starts_with_ignore_ascii_case(t, l)
                    && !t[l.len()..].starts_with(char::is_alphanumeric)
            })?;
            let rest = t[label.len()..].trim_start_matches([' ', ':']);
            let rest = rest
                .strip_prefix("on ")
                .unwrap_or(rest)
                .trim_start_matches([' ', ':']);
            let rest = if rest.is_empty() {
                texts.get(i + 1)?
            } else {
                rest
            };
            find_date_span(rest, order)
                .filter(|(span, _)| span.start <= 4)
                .map(|(span, d)| Shown::in_text(rest, span, d))
        })
    })
}

/// A loose date's label ("Posted on: ") is at most this long (bytes)...
pub(crate) const LOOSE_LABEL_BYTES: usize = 24;
/// ...and the text from the date on at most this long ("30th March 2025, 16:26 pm").
const LOOSE_DATE_TAIL_BYTES: usize = 40;

/// The last resort when nothing else dates the page: the first short body text outside the
/// masthead, asides, footers and comments ([`Scan::loose_dates`]) that is a date standing
/// alone ("February 01, 2022", "Tue, 30th March 2025, 16:26") or one labelled as the
/// publication's ("Posted on: 3 May 2024"), followed by at most a time of day. Digits that
/// read either way (`01/02/2021`) are passed over; a date labelled as an update, in the text
/// or in a short label just before it, is taken only when no other is shown.
pub(crate) fn loose_published(s: &Scan, order: NumericOrder) -> Option<DateTime<FixedOffset>> {
    let found = s.loose_dates.iter().filter_map(|(previous, t)| {
        let (span, d) = find_date_span(t, order)?;
        let pos = span.start;
        if pos > LOOSE_LABEL_BYTES
            || t.len() - pos > LOOSE_DATE_TAIL_BYTES
            || Shown::in_text(t, span.clone(), d).ambiguous
            || !is_time_of_day(&t[span.end..])
        {
            return None;
        }
        let label = t[..pos].trim_matches(|c: char| !c.is_alphanumeric());
        let standalone = label.is_empty() || is_weekday(label);
        let updated = says_updated(label)
            || (standalone && previous.len() <= DATELINE_LABEL_BYTES && says_updated(previous));
        (standalone || says_published(label) || updated)
            .then(|| instant_in_text(t, span, d).map(|d| (updated, d)))
            .flatten()
    });
    first_not_updated(found).or_else(|| labelled_month(s))
}

/// The first of `found` (whether each is labelled as an update, and its date) not labelled
/// as an update, else the first: a date labelled as the publication's, or standing alone,
/// wins over an update's wherever each sits.
fn first_not_updated(
    found: impl Iterator<Item = (bool, DateTime<FixedOffset>)>,
) -> Option<DateTime<FixedOffset>> {
    let mut first_updated = None;
    for (updated, d) in found {
        if !updated {
            return Some(d);
        }
        first_updated = first_updated.or(Some(d));
    }
    first_updated
}

/// Words at most of an update label before a month and year ("Page last reviewed").
const MONTH_LABEL_MAX_WORDS: usize = 3;

/// A month and year that a publication or update label leads, and nothing else ("Last
/// Updated: June 2022", "Published March 2021"; government and reference pages date
/// themselves to the month), as the first of that month at UTC midnight: the last resort of
/// [`loose_published`]. A bare "June 2022" is passed over (an archive's or a calendar's
/// heading).
fn labelled_month(s: &Scan) -> Option<DateTime<FixedOffset>> {
    let found = s.loose_dates.iter().filter_map(|(previous, t)| {
        let mut words = t.rsplitn(3, char::is_whitespace);
        let year = words.next()?.trim_end_matches('.');
        let month = words.next()?;
        // The label leads the text, or is the text just before it ("<b>Last Updated:</b>").
        let label = words.next().unwrap_or(previous);
        let label = label.trim_matches(|c: char| !c.is_alphanumeric());
        let published = says_published(label);
        let updated = !published
            && says_updated(label)
            && label.split_whitespace().count() <= MONTH_LABEL_MAX_WORDS;
        if label.len() > LOOSE_LABEL_BYTES || !(published || updated) || year.len() != 4 {
            return None;
        }
        let year: i32 = year.parse().ok()?;
        let month = month_number(month.trim_end_matches(','))?;
        let d = utc_midnight(NaiveDate::from_ymd_opt(year, month, 1)?)?;
        Some((updated, d))
    });
    first_not_updated(found)
}

/// Whether `t` (a short text, or the lead of one) holds a word that labels a date: an update's
/// ([`says_updated`]), a publication's ([`PUBLISHED_LABELS`]) or a bare "Date". The metadata
/// scan keeps such texts past its cap for [`loose_published`] and [`labelled_month`].
pub(crate) fn may_label_date(t: &str) -> bool {
    let l = t.to_lowercase();
    names_update(&l)
        || PUBLISHED_LABELS.iter().any(|p| l.contains(p))
        || l.split(|c: char| !c.is_alphanumeric()).any(|w| w == "date")
}

/// Words a time of day may hold after a date ("at 4:12 pm EST", "16:26 Uhr").
const TIME_WORDS: &[&str] = &[
    "at", "am", "pm", "a", "p", "m", "h", "uhr", "utc", "gmt", "et", "est", "edt", "ct", "cst",
    "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt", "bst", "cet", "cest", "ist", "aest", "aedt",
];

/// Whether the text after a date holds at most a time of day: digits, punctuation and
/// [`TIME_WORDS`], not the rest of a sentence or a citation ("[Epub ahead of print]").
fn is_time_of_day(tail: &str) -> bool {
    tail.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .all(|w| TIME_WORDS.contains(&w.to_lowercase().as_str()))
}

/// Whether `label` is a weekday's name, whole or abbreviated, any case.
fn is_weekday(label: &str) -> bool {
    crate::months::is_weekday_word(&label.trim_end_matches('.').to_lowercase())
}

/// Whether a label text says publication: "Published", "Posted on:", "Date published".
fn says_published(label: &str) -> bool {
    let l = label
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    let l = l.strip_suffix(" on").unwrap_or(&l);
    PUBLISHED_LABELS.contains(&l) || l == "date"
}

/// Where the headline's text starts in [`Scan::near_heading`]: the heading that the chosen
/// `title` came from (a blog's name set as the first `<h1>` is not the headline), else the
/// first article `<h1>`.
pub(crate) fn headline_at(s: &Scan, title: &str) -> Option<usize> {
    let tk = key(title);
    let h = s
        .headings
        .iter()
        .find(|h| tk.len() >= MIN_HEADLINE_KEY && key(&h.text).starts_with(&tk))
        .or_else(|| s.headings.iter().find(|h| h.is_h1 && !h.in_masthead))?;
    s.near_heading
        .iter()
        .position(|t| t.len() >= h.text.len().min(8) && h.text.starts_with(t.as_str()))
}

/// A chosen title shorter than this (in key characters) does not pick its heading out.
const MIN_HEADLINE_KEY: usize = 8;

/// Whether a short text holds a date (a dateline's, not a sentence's).
pub(crate) fn is_dateline_text(t: &str) -> bool {
    t.len() <= DATELINE_MAX_BYTES
        && find_date_at(t, NumericOrder::MonthFirst)
            .is_some_and(|(pos, _)| pos <= DATELINE_MAX_LEAD)
}

/// A day printed on the page, whether it was written in digits that read either way
/// (`09.10.2024`), and the instant when a time of day with its zone stands beside it.
#[derive(Clone, Copy)]
struct Shown {
    date: NaiveDate,
    ambiguous: bool,
    at: Option<DateTime<FixedOffset>>,
}

impl Shown {
    /// The date text `t` shows at `span`, read as `date`.
    fn in_text(t: &str, span: Range<usize>, date: NaiveDate) -> Shown {
        let pos = span.start;
        let numeric = NUMERIC_RE.find_at(t, pos).is_some_and(|m| m.start() == pos);
        Shown {
            date,
            ambiguous: numeric && date.day() <= 12 && date.day() != date.month(),
            at: clock::instant_beside(t, span, date).and_then(plausible),
        }
    }

    /// The instant shown, else the day at UTC midnight.
    fn instant(self) -> Option<DateTime<FixedOffset>> {
        self.at.or_else(|| utc_midnight(self.date))
    }
}

/// The instant of the date text `t` shows at `span` (read as `date`): with the time of day and
/// zone printed beside it ([`clock::instant_beside`]), else the day at UTC midnight.
fn instant_in_text(t: &str, span: Range<usize>, date: NaiveDate) -> Option<DateTime<FixedOffset>> {
    clock::instant_beside(t, span, date)
        .and_then(plausible)
        .or_else(|| utc_midnight(date))
}

/// Hours west of UTC the furthest time zone lies (UTC−12).
const WESTMOST_ZONE_HOURS: i64 = 12;
/// Hours east of UTC the furthest time zone lies (UTC+14).
const EASTMOST_ZONE_HOURS: i64 = 14;

/// Whether a shown day is the structured time's in some time zone (the instant's UTC day
/// moved back by up to 12 hours or on by up to 14), or, written in ambiguous digits, the
/// same digits read the other way round.
fn near_day(v: Shown, d: DateTime<FixedOffset>) -> bool {
    let utc = d.naive_utc();
    let first = (utc - chrono::Duration::hours(WESTMOST_ZONE_HOURS)).date();
    let last = (utc + chrono::Duration::hours(EASTMOST_ZONE_HOURS)).date();
    let in_some_zone = |day: NaiveDate| first <= day && day <= last;
    let swapped = NaiveDate::from_ymd_opt(v.date.year(), v.date.day(), v.date.month());
    in_some_zone(v.date) || (v.ambiguous && swapped.is_some_and(in_some_zone))
}

/// Site-specific `<meta>` names that still say publish (`w-published-date`, `published`).
fn other_publish_metas(s: &Scan) -> impl Iterator<Item = String> + '_ {
    s.metas
        .iter()
        .filter(|(k, _)| {
            let dated = ["publish", "pubdate", ".date", "_date", "-date"]
                .iter()
                .any(|p| k.contains(p));
            // `ms.date`, `article_date`: a date of the page, unless it says which other one.
            let other = [
                "publisher",
                "modif",
                "updat",
                "expir",
                "review",
                "event",
                "start",
                "end",
            ]
            .iter()
            .any(|p| k.contains(p));
            dated && !other
        })
        .map(|(_, v)| v.clone())
}

/// The date of a date-classed text, unless a label before it says update: "2019-02-23, 9:14
/// PM (last modified: 2024-01-05)" is the post's day, "Updated Feb 27, 2026" is not.
/// `parse` reads the date: [`parse_structured`] for attribute values, [`find_in_text`] for
/// running text (where ten digits are a phone number, not a Unix time).
fn unless_updated(
    v: &str,
    order: NumericOrder,
    parse: fn(&str, NumericOrder) -> Option<DateTime<FixedOffset>>,
) -> Option<DateTime<FixedOffset>> {
    let label = find_date_at(v, order).map_or(v, |(pos, _)| &v[..pos]);
    if says_updated(label) {
        return None;
    }
    parse(v, order)
}

/// "Updated Feb 27, 2026", "Last modified: …", a thread's "Last post: …": not the publication
/// date.
fn says_updated(t: &str) -> bool {
    names_update(&t.to_lowercase())
}

/// [`says_updated`] of a text already lower-cased.
fn names_update(lower: &str) -> bool {
    [
        "updated",
        "modified",
        "reviewed",
        "last post",
        "last reply",
        "last activity",
    ]
    .iter()
    .any(|w| lower.contains(w))
}

fn kind_values(v: &[(DateKind, String)], kind: DateKind) -> impl Iterator<Item = String> + '_ {
    v.iter()
        .filter(move |(k, _)| *k == kind)
        .map(|(_, s)| s.clone())
}

fn plausible(d: DateTime<FixedOffset>) -> Option<DateTime<FixedOffset>> {
    let now = Utc::now();
    (d.year() >= MIN_YEAR && (d.with_timezone(&Utc) - now).num_days() <= MAX_DAYS_AHEAD)
        .then_some(d)
}

fn utc_midnight(date: NaiveDate) -> Option<DateTime<FixedOffset>> {
    let off = FixedOffset::east_opt(0)?;
    plausible(off.from_utc_datetime(&date.and_time(NaiveTime::MIN)))
}

static ISO_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)^\s*(\d{4})-?(\d{1,2})-?(\d{1,2})
          (?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?)?
          \s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?",
    )
    .expect("static regex")
});

/// A machine-readable date (ISO 8601 and its sloppy kin, RFC 2822, Unix time), else a date
/// written in words or digits anywhere in the string.
pub(crate) fn parse_structured(v: &str, order: NumericOrder) -> Option<DateTime<FixedOffset>> {
    let v = v.trim();
    if v.is_empty() {
        return None;
    }
    if let Ok(d) = DateTime::parse_from_rfc3339(v) {
        return plausible(d);
    }
    if let Some(d) = iso_week_or_ordinal(v) {
        return utc_midnight(d);
    }
    if let Some(c) = ISO_RE.captures(v) {
        let num = |i: usize| c.get(i).and_then(|m| m.as_str().parse::<u32>().ok());
        let year = c.get(1)?.as_str().parse::<i32>().ok()?;
        let date = NaiveDate::from_ymd_opt(year, num(2)?, num(3)?);
        if let Some(date) = date {
            let Some(h) = num(4) else {
                return utc_midnight(date);
            };
            let time = NaiveTime::from_hms_opt(h, num(5)?, num(6).unwrap_or(0))?;
            let off = match c.get(7).map(|m| m.as_str()) {
                None | Some("Z") | Some("UTC") | Some("GMT") => FixedOffset::east_opt(0)?,
                Some(o) => clock::numeric_offset(o)?,
            };
            let dt = NaiveDateTime::new(date, time);
            return off.from_local_datetime(&dt).single().and_then(plausible);
        }
    }
    if let Ok(d) = DateTime::parse_from_rfc2822(v) {
        return plausible(d);
    }
    if (v.len() == 10 || v.len() == 13) && v.bytes().all(|b| b.is_ascii_digit()) {
        let secs: i64 = v[..10].parse().ok()?;
        let d = DateTime::from_timestamp(secs, 0)?;
        return plausible(d.fixed_offset());
    }
    if let Some(d) = year_month_name_day(v) {
        return utc_midnight(d);
    }
    find_in_text(v, order)
}

/// ISO 8601's week dates (`2024-W10-2`, `2024W102`, `2024-W10`: its Monday) and ordinal
/// dates (`2024-065`), which [`ISO_RE`] would misread as months and days.
static ISO_WEEK_OR_ORDINAL_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\d{4})-?(?:W(\d{2})(?:-?([1-7]))?|(\d{3}))(?:[T\s]|$)").expect("static regex")
});

/// The day of an ISO week date or ordinal date ([`ISO_WEEK_OR_ORDINAL_RE`]).
fn iso_week_or_ordinal(v: &str) -> Option<NaiveDate> {
    if !v.contains('W') && v.get(4..5) != Some("-") {
        return None;
    }
    let c = ISO_WEEK_OR_ORDINAL_RE.captures(v)?;
    let year: i32 = c[1].parse().ok()?;
    if let Some(day) = c.get(4) {
        return NaiveDate::from_yo_opt(year, day.as_str().parse().ok()?);
    }
    let week: u32 = c.get(2)?.as_str().parse().ok()?;
    let weekday = match c.get(3).map_or(Ok(1), |d| d.as_str().parse::<u8>()) {
        Ok(n) => chrono::Weekday::try_from(n.checked_sub(1)?).ok()?,
        Err(_) => return None,
    };
    NaiveDate::from_isoywd_opt(year, week, weekday)
}

/// `2023 Jan 7`, `2023 January 07`: the citation form journal pages put in
/// `citation_publication_date`; read in structured values only.
static YEAR_MONTH_NAME_DAY_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^(\d{{4}})\s+({MONTHS})\.?\s+(\d{{1,2}})(?-u:\b)"
    ))
    .expect("static regex")
});

/// The day of a structured value written year, month name, day ([`YEAR_MONTH_NAME_DAY_RE`]).
fn year_month_name_day(v: &str) -> Option<NaiveDate> {
    if !may_open_with_year_and_space(v) {
        return None;
    }
    let c = YEAR_MONTH_NAME_DAY_RE.captures(v)?;
    NaiveDate::from_ymd_opt(c[1].parse().ok()?, month_number(&c[2])?, c[3].parse().ok()?)
}

/// Whether `v` may open as [`YEAR_MONTH_NAME_DAY_RE`] wants, four digits and a space: a cheap
/// test that spares most values the regex (and most pages its building). Its `\d` and `\s`
/// are Unicode's, so a value with other than ASCII in its first five bytes is left to it.
fn may_open_with_year_and_space(v: &str) -> bool {
    let b = v.as_bytes();
    let head = &b[..b.len().min(5)];
    !head.is_ascii()
        || (b.len() > 5
            && b[..4].iter().all(u8::is_ascii_digit)
            && char::from(b[4]).is_whitespace())
}

/// Whether URL path `path` may hold [`URL_NAMED_RE`]'s `/yyyy/name/`: `/19` or `/20`, two
/// more digits, `/` and a letter. A path is percent-encoded ASCII; were it not, the regex
/// decides.
fn may_hold_year_and_month_name(path: &str) -> bool {
    let b = path.as_bytes();
    !b.is_ascii()
        || b.windows(7).any(|w| {
            w[0] == b'/'
                && matches!(&w[1..3], b"19" | b"20")
                && w[3].is_ascii_digit()
                && w[4].is_ascii_digit()
                && w[5] == b'/'
                && w[6].is_ascii_alphabetic()
        })
}

/// A month's name as the date patterns capture it: a run of letters, any script; whether it
/// is a month is [`month_number`]'s call.
// Unbounded: a bounded repeat such as `{3,12}` has the regex compiler expand the Unicode letter
// class once per repeat (8 ms per regex at start-up); a word too long for a month fails the
// name lookup all the same.
//
// The patterns ignore case; the letter class is given already closed under case folding
// (`\p{L}` and U+0345, the one mark that folds to a letter) with case-insensitivity off
// inside it, so building the regex does not fold a class of every letter.
const MONTHS: &str = r"(?-i:[\p{L}\x{345}]){3,}";

static MDY_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?-u:\b)({MONTHS})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})(?-u:\b)"
    ))
    .expect("static regex")
});
static DMY_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?-u:\b)(\d{{1,2}})(?:st|nd|rd|th|er)?\.?\s+(?:of\s+|de\s+|d['’])?({MONTHS})\.?,?\s+(?:de\s+)?(\d{{4}})(?-u:\b)"
    ))
    .expect("static regex")
});
/// `12-Mar-2021`, `04-ago-2021`, `12-March-2021`: a day and a month name joined by hyphens.
static DMY_HYPHEN_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?-u:\b)(\d{{1,2}})-({MONTHS})\.?-(\d{{4}})(?-u:\b)"
    ))
    .expect("static regex")
});
/// `2024-03-05`, `2024/3/5`, `2024. 3. 5.`.
static YMD_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(\d{4})[-/.]\s?(\d{1,2})[-/.]\s?(\d{1,2})(?-u:\b)").expect("static regex")
});
/// `2024年3月5日` (Chinese, Japanese), `2024년 3월 5일` (Korean).
static CJK_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]").expect("static regex")
});
static NUMERIC_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(\d{1,2})([./-])(\d{1,2})[./-](\d{4}|\d{2})(?-u:\b)")
        .expect("static regex")
});

/// Month names, lower-case, January first: English, French, German, Spanish, Portuguese,
/// Italian, Dutch, Scandinavian, Indonesian, Turkish, Romanian, Catalan, Serbian (Latin),
/// Bulgarian, the genitive forms that Polish, Czech, Russian, Ukrainian and Greek dates use
/// and the partitive of Finnish ones.
const MONTH_NAMES: [&[&str]; 12] = [
    &[
        "january",
        "janvier",
        "januar",
        "enero",
        "janeiro",
        "gennaio",
        "januari",
        "ocak",
        "stycznia",
        "ledna",
        "января",
        "січня",
        "ianuarie",
        "gener",
        "tammikuuta",
        "ιανουαρίου",
        "януари",
    ],
    &[
        "february",
        "février",
        "fevrier",
        "februar",
        "febrero",
        "fevereiro",
        "febbraio",
        "februari",
        "şubat",
        "subat",
        "lutego",
        "února",
        "февраля",
        "лютого",
        "februarie",
        "febrer",
        "helmikuuta",
        "φεβρουαρίου",
        "февруари",
    ],
    &[
        "march",
        "mars",
        "märz",
        "marz",
        "marzo",
        "março",
        "marco",
        "maart",
        "mart",
        "marca",
        "března",
        "марта",
        "березня",
        "martie",
        "març",
        "maaliskuuta",
        "μαρτίου",
        "март",
    ],
    &[
        "april",
        "avril",
        "abril",
        "aprile",
        "nisan",
        "kwietnia",
        "dubna",
        "апреля",
        "квітня",
        "aprilie",
        "huhtikuuta",
        "απριλίου",
        "април",
    ],
    &[
        "may",
        "mai",
        "mayo",
        "maio",
        "maggio",
        "mei",
        "maj",
        "mayıs",
        "mayis",
        "maja",
        "května",
        "мая",
        "травня",
        "maig",
        "toukokuuta",
        "μαΐου",
        "май",
    ],
    &[
        "june",
        "juin",
        "juni",
        "junio",
        "junho",
        "giugno",
        "haziran",
        "czerwca",
        "června",
        "июня",
        "червня",
        "iunie",
        "juny",
        "kesäkuuta",
        "ιουνίου",
        "юни",
    ],
    &[
        "july",
        "juillet",
        "juli",
        "julio",
        "julho",
        "luglio",
        "temmuz",
        "lipca",
        "července",
        "июля",
        "липня",
        "iulie",
        "juliol",
        "heinäkuuta",
        "ιουλίου",
        "юли",
    ],
    &[
        "august",
        "août",
        "aout",
        "agosto",
        "augustus",
        "agustus",
        "ağustos",
        "agustos",
        "sierpnia",
        "srpna",
        "августа",
        "серпня",
        "augusti",
        "agost",
        "avgust",
        "elokuuta",
        "αυγούστου",
        "август",
    ],
    &[
        "september",
        "septembre",
        "septiembre",
        "setembro",
        "settembre",
        "eylül",
        "eylul",
        "września",
        "zari",
        "září",
        "сентября",
        "вересня",
        "septembrie",
        "setembre",
        "septembar",
        "syyskuuta",
        "σεπτεμβρίου",
        "септември",
    ],
    &[
        "october",
        "octobre",
        "oktober",
        "octubre",
        "outubro",
        "ottobre",
        "ekim",
        "października",
        "října",
        "октября",
        "жовтня",
        "octombrie",
        "oktobar",
        "lokakuuta",
        "οκτωβρίου",
        "октомври",
    ],
    &[
        "november",
        "novembre",
        "noviembre",
        "novembro",
        "kasım",
        "kasim",
        "listopada",
        "listopadu",
        "ноября",
        "листопада",
        "noiembrie",
        "novembar",
        "marraskuuta",
        "νοεμβρίου",
        "ноември",
    ],
    &[
        "december",
        "décembre",
        "decembre",
        "dezember",
        "diciembre",
        "dezembro",
        "dicembre",
        "desember",
        "aralık",
        "aralik",
        "grudnia",
        "prosince",
        "декабря",
        "грудня",
        "decembrie",
        "desembre",
        "decembar",
        "joulukuuta",
        "δεκεμβρίου",
        "декември",
    ],
];

/// The abbreviations datelines use (English, French, German, Spanish, Portuguese, Dutch and
/// a few Italian ones); a bare prefix is not enough ("Gen 3 2024" is a product's generation,
/// "10 List 2024" no November).
const MONTH_ABBREVIATIONS: [&[&str]; 12] = [
    &["jan", "janv"],
    &["feb", "fév", "fev", "févr", "fevr"],
    &["mar", "mär", "mrt"],
    &["apr", "avr", "abr"],
    &[],
    &["jun", "juin"],
    &["jul", "juil", "lug"],
    &["aug", "aoû", "ago"],
    &["sep", "sept", "set"],
    &["oct", "okt", "out", "ott"],
    &["nov"],
    &["dec", "déc", "dez", "dic"],
];

/// The month a word names: a full name or a dateline abbreviation, in any case, a final full
/// stop ignored.
fn month_number(m: &str) -> Option<u32> {
    let m = m.trim_end_matches('.').to_lowercase();
    let m = m.as_str();
    (0..12)
        .find(|&i| MONTH_NAMES[i].contains(&m) || MONTH_ABBREVIATIONS[i].contains(&m))
        .and_then(|i| u32::try_from(i + 1).ok())
}

/// The first plausible date written in running text (`August 7, 2018`, `7 Aug 2018`,
/// `2018-08-07`, `07.08.2018`, `8/7/2018`), at the time of day and in the zone printed beside
/// it, else at UTC midnight.
pub(crate) fn find_in_text(t: &str, order: NumericOrder) -> Option<DateTime<FixedOffset>> {
    find_date_span(t, order).and_then(|(span, d)| instant_in_text(t, span, d))
}

/// The first plausible date in running text and the byte where it starts.
fn find_date_at(t: &str, order: NumericOrder) -> Option<(usize, NaiveDate)> {
    find_date_span(t, order).map(|(span, d)| (span.start, d))
}

/// The first plausible date in running text and the bytes it spans.
fn find_date_span(t: &str, order: NumericOrder) -> Option<(Range<usize>, NaiveDate)> {
    if t.len() < 6 || !t.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let ymd = |y: &str, m: Option<u32>, d: &str| {
        NaiveDate::from_ymd_opt(y.parse().ok()?, m?, d.parse().ok()?)
    };
    let day_month_name_year = |c: &Captures| ymd(&c[3], month_number(&c[2]), &c[1]);
    let numeric = |c: &Captures| {
        let a: u32 = c[1].parse().ok()?;
        let b: u32 = c[3].parse().ok()?;
        let mut y: i32 = c[4].parse().ok()?;
        if c[4].len() == 2 {
            y += 2000;
        }
        // Unambiguous when one side exceeds 12; else slashes are month first where the page
        // is US English, and dots or dashes day first everywhere.
        let us_order = b > 12 || (a <= 12 && &c[2] == "/" && order == NumericOrder::MonthFirst);
        let (day, month) = if us_order { (b, a) } else { (a, b) };
        NaiveDate::from_ymd_opt(y, month, day)
    };
    // Each pattern's first real date; of those, the one that starts first (the earlier
    // pattern on a tie).
    [
        first_date(&MDY_RE, t, |c| ymd(&c[3], month_number(&c[1]), &c[2])),
        first_date(&DMY_RE, t, day_month_name_year),
        t.contains('-')
            .then(|| first_date(&DMY_HYPHEN_RE, t, day_month_name_year))
            .flatten(),
        first_date(&YMD_RE, t, |c| ymd(&c[1], c[2].parse().ok(), &c[3])),
        (!t.is_ascii())
            .then(|| first_date(&CJK_RE, t, |c| ymd(&c[1], c[2].parse().ok(), &c[3])))
            .flatten(),
        first_date(&NUMERIC_RE, t, numeric),
    ]
    .into_iter()
    .flatten()
    .min_by_key(|(span, _)| span.start)
    .filter(|(_, d)| utc_midnight(*d).is_some())
}

/// The first match of `re` in `t` that `date` reads as a real date, and the bytes it spans.
fn first_date(
    re: &Regex,
    t: &str,
    date: impl Fn(&Captures) -> Option<NaiveDate>,
) -> Option<(Range<usize>, NaiveDate)> {
    re.captures_iter(t)
        .find_map(|c| Some((c.get(0)?.range(), date(&c)?)))
}

static URL_DATE_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[/_-])((?:19|20)\d{2})([/_-])(\d{1,2})([/_-])(\d{1,2})(?:[/_.+-]|$)")
        .expect("static regex")
});
static URL_COMPACT_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[/_-])((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:[/_.+-]|$)")
        .expect("static regex")
});

static URL_NAMED_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)/((?:19|20)\d{{2}})/({MONTHS})/(\d{{1,2}})(?:[/_.+-]|$)"
    ))
    .expect("static regex")
});

/// A full day in the URL path (`/2018/08/07/`, `/2018-08-07-slug`, `/20180807/`).
pub(crate) fn url_date(url: &Url) -> Option<DateTime<FixedOffset>> {
    let path = url.path();
    let separated = URL_DATE_RE.captures_iter(path).find_map(|c| {
        if c[2] != c[4] {
            return None;
        }
        // Inside a slug a date is padded (`2024-04-04-title`); `2024-4-4-to-2024-5-0` is a
        // version. Path segments may go unpadded (`/2025/6/9/`).
        if &c[2] != "/" && (c[3].len() < 2 || c[5].len() < 2) {
            return None;
        }
        NaiveDate::from_ymd_opt(c[1].parse().ok()?, c[3].parse().ok()?, c[5].parse().ok()?)
    });
    let named = || {
        if !may_hold_year_and_month_name(path) {
            return None;
        }
        URL_NAMED_RE.captures_iter(path).find_map(|c| {
            NaiveDate::from_ymd_opt(c[1].parse().ok()?, month_number(&c[2])?, c[3].parse().ok()?)
        })
    };
    let d = separated.or_else(named).or_else(|| {
        URL_COMPACT_RE.captures_iter(path).find_map(|c| {
            NaiveDate::from_ymd_opt(c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?)
        })
    })?;
    utc_midnight(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    const US: NumericOrder = NumericOrder::MonthFirst;

    fn ymd(d: Option<DateTime<FixedOffset>>) -> String {
        d.map(|d| d.format("%Y-%m-%d").to_string())
            .unwrap_or_default()
    }

    /// The publication day (`YYYY-MM-DD`, or empty) the metadata pass finds in `html` at `url`.
    fn published_on(url: &str, html: &str) -> String {
        let base = Url::parse(url).unwrap();
        let doc = scraper::Html::parse_document(html);
        ymd(crate::meta::extract(&doc, &base).published)
    }

    /// The published day of a blog post with `head` in its `<head>` and `line` between its
    /// `<h1>headline</h1>` and its text.
    fn published_under_headline(head: &str, headline: &str, line: &str) -> String {
        published_on(
            "https://example.com/blog/post",
            &format!(
                "<html><head>{head}</head><body><h1>{headline}</h1>{line}\
                 <p>Body text.</p></body></html>"
            ),
        )
    }

    #[test]
    fn a_shown_time_and_zone_keep_the_instant_of_the_dateline() {
        let instant = |line: &str| {
            let base = Url::parse("https://example.com/news/story").unwrap();
            let html = format!(
                "<html><body><h1>Gravel spill closes lanes</h1><p>{line}</p>\
                 <p>Crews closed two lanes of the interstate on Tuesday.</p></body></html>"
            );
            let doc = scraper::Html::parse_document(&html);
            crate::meta::extract(&doc, &base)
                .published
                .map(|d| d.to_rfc3339())
                .unwrap_or_default()
        };
        assert_eq!(
            instant("Published 9:14 AM EST, Tue March 3, 2026"),
            "2026-03-03T09:14:00-05:00"
        );
        assert_eq!(
            instant("March 3, 2026 11:40 p.m. PT"),
            "2026-03-03T23:40:00-08:00"
        );
        // No zone: the day alone, at UTC midnight.
        assert_eq!(
            instant("March 3, 2026 11:40 pm"),
            "2026-03-03T00:00:00+00:00"
        );
    }

    #[test]
    fn forum_byline_box_dates_the_post() {
        let html = "<h3>Topic</h3><p class=author>by <strong>jane</strong> » Sun Dec 17, 2023 11:23 am</p><div class=content>Hi</div>";
        assert_eq!(
            published_on("https://forum.example.com/viewtopic.php?t=1", html),
            "2023-12-17"
        );
    }

    #[test]
    fn dateline_by_headline_beats_a_stray_structured_date() {
        let date_of = |html: &str| published_on("https://example.com/blog/post", html);
        let head = r#"<meta property="article:published_time" content="2025-06-24T10:00:00Z">
            <meta property="article:modified_time" content="2025-07-01T10:00:00Z">"#;
        // A sidebar date before the headline is not the dateline; the one under it is.
        let page = |line: &str| {
            format!(
                "<html><head>{head}</head><body><aside><p>May 2, 2021</p></aside>\
                 <h1>How much to charge for a class</h1>{line}<p>Body text.</p></body></html>"
            )
        };
        assert_eq!(
            date_of(&page("<div>By Jo</div><div>August 25, 2024</div>")),
            "2024-08-25"
        );
        // The shown day is the structured day in another time zone: kept.
        assert_eq!(date_of(&page("<div>June 23, 2025</div>")), "2025-06-24");
        // Labelled as an update, in the text or just before it: kept.
        assert_eq!(
            date_of(&page(
                "<span>Last updated:</span><span>August 25, 2024</span>"
            )),
            "2025-06-24"
        );
        assert_eq!(
            date_of(&page("<p>Updated August 25, 2024</p>")),
            "2025-06-24"
        );
        // A date deep inside a sentence is not a dateline.
        assert_eq!(
            date_of(&page(
                "<p>The offer is valid from now until August 25, 2024.</p>"
            )),
            "2025-06-24"
        );
        // No structured date: the dateline, not the sidebar's.
        assert_eq!(
            date_of(
                "<aside><p>12/17/2025</p></aside><h1>Consulting firm or carrier</h1>\
                 <p>03/01/2017</p><p>Text</p>"
            ),
            "2017-03-01"
        );
    }

    #[test]
    fn a_bare_day_under_the_headline_beats_the_structured_one_even_as_the_updates_day() {
        let date_of = |line: &str| {
            published_under_headline(
                "<meta property=\"article:published_time\" content=\"2025-06-24T10:00:00Z\">\
                 <meta property=\"article:modified_time\" content=\"2025-07-01T10:00:00Z\">",
                "How much to charge for a class",
                line,
            )
        };
        // The only day shown is the update's: the page stands by it.
        assert_eq!(
            date_of("<div>By Jo</div><div>July 1, 2025</div>"),
            "2025-07-01"
        );
        // The headline's lines show the structured day as well: the structured day stays.
        assert_eq!(
            date_of("<div>July 1, 2025</div><div>(first out June 24, 2025)</div>"),
            "2025-06-24"
        );
        // Labelled as the update, the day never was the dateline.
        assert_eq!(
            date_of("<div>Last updated: July 1, 2025</div>"),
            "2025-06-24"
        );
    }

    #[test]
    fn an_update_label_set_apart_by_a_colon_or_bar_still_labels() {
        let date_of = |line: &str| {
            published_under_headline(
                "<meta property=\"article:published_time\" content=\"2024-02-27T10:00:00Z\">",
                "Eleven trips to book for next year",
                line,
            )
        };
        for sep in [":", "|"] {
            assert_eq!(
                date_of(&format!(
                    "<span>Updated</span><span>{sep}</span><span>December 04, 2025</span>"
                )),
                "2024-02-27",
                "{sep}"
            );
        }
        // Another word between them: the date is no update's.
        assert_eq!(
            date_of("<span>Updated</span><span>news</span><span>December 04, 2025</span>"),
            "2025-12-04"
        );
    }

    #[test]
    fn a_date_classed_as_the_update_is_not_the_dateline() {
        let date_of = |line: &str| {
            published_under_headline(
                "<meta property=\"article:published_time\" content=\"2022-01-03T16:52:00Z\">",
                "Fourteen tips for working from home",
                line,
            )
        };
        assert_eq!(
            date_of("<div class=entry-meta><span class=updated>2025-11-03</span></div>"),
            "2022-01-03"
        );
        assert_eq!(
            date_of("<span class=updated-on><time class=\"entry-date\">12th February 2025</time></span>"),
            "2022-01-03"
        );
        // A date classed both published and updated (a post never edited) is the dateline.
        assert_eq!(
            date_of("<time class=\"entry-date published updated\">12th February 2025</time>"),
            "2025-02-12"
        );
    }

    #[test]
    fn a_shown_day_no_time_zone_gives_the_structured_instant_wins() {
        let date_of = |published: &str, line: &str| {
            published_on(
                "https://example.com/stories/gim",
                &format!(
                    "<html><head><meta property=\"article:published_time\" content=\"{published}\">\
                     </head><body><h1>Corti introduces a new method</h1><p>{line}</p>\
                     <p>Body text.</p></body></html>"
                ),
            )
        };
        // 22:02 UTC on the 19th is the 19th or the 20th somewhere, never the 18th.
        assert_eq!(
            date_of("2025-12-19T22:02:58Z", "Dec 18, 2025"),
            "2025-12-18"
        );
        // 03:00 UTC on the 19th is still the 18th in the Americas.
        assert_eq!(
            date_of("2025-12-19T03:00:00Z", "Dec 18, 2025"),
            "2025-12-19"
        );
        assert_eq!(
            date_of("2025-12-19T22:02:58Z", "Dec 20, 2025"),
            "2025-12-19"
        );
    }

    #[test]
    fn the_dateline_is_read_under_the_chosen_headline_not_the_blogs_name() {
        let html = "<title>Porting a parser - Part 1 | Playful Tones</title>\
            <header><h1>Playful Tones</h1></header><p>Home</p><p>Blog</p>\
            <h2 class=entry-title>Porting a parser - Part 1</h2><p>Bence Roe</p><p>02-12-2025</p>\
            <p>Introduction</p>";
        assert_eq!(
            published_on("https://example.com/blog/porting", html),
            "2025-12-02"
        );
        let doc = scraper::Html::parse_document(html);
        let base = Url::parse("https://example.com/blog/porting").unwrap();
        assert_eq!(crate::meta::extract(&doc, &base).authors, ["Bence Roe"]);
    }

    #[test]
    fn an_update_label_after_the_date_leaves_it_the_posts() {
        let date_of = |html: &str| published_on("https://forum.example.com/thread-1.html", html);
        assert_eq!(
            date_of(
                "<h3>Thread</h3><span class=post_date>2019-02-23, 09:14 PM (This post was last modified: 2024-01-05 by jo)</span>\
                 <span class=post_date>2019-02-24, 02:31 AM</span>"
            ),
            "2019-02-23"
        );
        assert_eq!(
            date_of(
                "<h3>Thread</h3><span class=post_date>Last modified: 2024-01-05</span>\
                 <span class=post_date>2019-02-24, 02:31 AM</span>"
            ),
            "2019-02-24"
        );
    }

    #[test]
    fn digits_that_read_either_way_agree_with_the_metadata() {
        let date_of =
            |html: &str| published_on("https://example.com/guide/renovation-phases", html);
        let head = r#"<meta property="article:published_time" content="2024-09-10T10:00:00Z">"#;
        // `09.10.2024` on a site writing month first is the metadata's day.
        assert_eq!(
            date_of(&format!(
                "{head}<h1>Renovation phases</h1><p>09.10.2024</p>"
            )),
            "2024-09-10"
        );
        // A day written in words is not ambiguous: it wins over the metadata's swapped digits.
        assert_eq!(
            date_of(&format!(
                "{head}<h1>Renovation phases</h1><p>October 9, 2024</p>"
            )),
            "2024-10-09"
        );
    }

    #[test]
    fn a_date_labelled_published_is_the_publication() {
        let date_of = |html: &str| published_on("https://example.com/co/run/free-tools", html);
        let head = r#"<meta property="article:published_time" content="2025-11-29T10:00:00Z">"#;
        assert_eq!(
            date_of(&format!(
                "{head}<h1>Ten free tools</h1><p>By Jo Roe</p><p>Read the guide.</p>\
                 <div class=article-date>Published August 13, 2025</div>"
            )),
            "2025-08-13"
        );
        assert_eq!(
            date_of(&format!(
                "{head}<h1>Ten free tools</h1><span>Posted on:</span><span>13 Aug 2025</span>"
            )),
            "2025-08-13"
        );
        // "Posted" meaning something else, or a day off by the time zone: the metadata stands.
        assert_eq!(
            date_of(&format!(
                "{head}<h1>Ten free tools</h1><p>Posted in our careers pages since 2020-01-01</p>"
            )),
            "2025-11-29"
        );
        assert_eq!(
            date_of(&format!(
                "{head}<h1>Ten free tools</h1><p>Published November 28, 2025</p>"
            )),
            "2025-11-29"
        );
    }

    #[test]
    fn json_ld_set_as_a_meta_dates_the_page() {
        let html = "<html><head><meta name=\"script:ld+json\" content=\"{&quot;@type&quot;:\
                    &quot;Article&quot;,&quot;headline&quot;:&quot;Full EV cars&quot;,\
                    &quot;datePublished&quot;:&quot;2025-11-17T09:00:00-05:00&quot;}\">\
                    </head><body><h1>Full EV cars</h1><p>Text.</p></body></html>";
        assert_eq!(
            published_on("https://example.com/guide", html),
            "2025-11-17"
        );
    }

    #[test]
    fn parsely_page_json_dates_the_page() {
        let html = "<html><head><meta name=\"parsely-page\" content='{\"title\": \"Faint comet\", \
                    \"pub_date\": \"2022-06-09T16:20:00Z\", \"authors\": [\"Priya Roe\"]}'>\
                    </head><body><h1>Faint comet</h1><p>Text.</p></body></html>";
        assert_eq!(
            published_on("https://example.com/science/comet", html),
            "2022-06-09"
        );
        let doc = scraper::Html::parse_document(html);
        let base = Url::parse("https://example.com/science/comet").unwrap();
        assert_eq!(crate::meta::extract(&doc, &base).authors, ["Priya Roe"]);
        // Authors given as objects with their names.
        let html = html.replace("[\"Priya Roe\"]", "[{\"name\": \"Priya Roe\"}]");
        let doc = scraper::Html::parse_document(&html);
        assert_eq!(crate::meta::extract(&doc, &base).authors, ["Priya Roe"]);
    }

    #[test]
    fn a_labelled_month_dates_a_page_that_has_no_day() {
        let date_of = |line: &str| {
            published_on(
                "https://example.gov/health/meditation",
                &format!(
                    "<html><body><main><h1>Meditation and mindfulness</h1>\
                     <p>Meditation has a long history of use for increasing calmness.</p>\
                     <div>{line}</div></main></body></html>"
                ),
            )
        };
        assert_eq!(date_of("<b>Last Updated: </b>June 2022"), "2022-06-01");
        assert_eq!(date_of("Published March 2021"), "2021-03-01");
        // A bare month is an archive's heading; a sentence mentioning a month is no dateline.
        assert_eq!(date_of("June 2022"), "");
        assert_eq!(date_of("The trial began and was updated in June 2022"), "");
        // Read at the page's end, after more dated citations than the scan otherwise keeps.
        let citations: String = (0..super::super::scan::MAX_DATES + 6)
            .map(|i| format!("<li><i>Journal {i}</i>. 2019;39(4):544-555.</li>"))
            .collect();
        assert_eq!(
            date_of(&format!(
                "<ol>{citations}</ol></div><div>Last Updated: June 2022"
            )),
            "2022-06-01"
        );
        // A month labelled as the publication's wins over an update's, wherever each sits;
        // an update label past the scan's cap counts too.
        assert_eq!(
            date_of("Last Updated: June 2022</div><div>Published March 2021"),
            "2021-03-01"
        );
        assert_eq!(
            date_of(&format!(
                "<ol>{citations}</ol></div><div>Last modified: May 2020"
            )),
            "2020-05-01"
        );
        // A day, where the page gives one, wins over the month.
        assert_eq!(
            date_of("Last Updated: June 2022</div><div>Published June 14, 2022"),
            "2022-06-14"
        );
    }

    #[test]
    fn a_date_standing_loose_in_the_body_is_the_last_resort() {
        let date_of = |html: &str| published_on("https://example.com/blogs/plant-based", html);
        let page = |inner: &str| {
            format!(
                "<html><body><header><nav><a href=/>Shop</a><span>March 3, 2020</span></nav>\
                 </header><div><h3><span>blog | </span>{inner}</h3>\
                 <h2>Seven ways to eat more plants</h2><p>Body text.</p></div>\
                 <footer><p>May 9, 2019</p></footer></body></html>"
            )
        };
        // Alone, after a weekday, or with a time of day.
        assert_eq!(date_of(&page("February 01, 2022")), "2022-02-01");
        assert_eq!(date_of(&page("Tue, 1 February 2022")), "2022-02-01");
        assert_eq!(date_of(&page("30th March 2025, 16:26")), "2025-03-30");
        // Labelled as the publication's.
        assert_eq!(date_of(&page("Posted on: 3 May 2024")), "2024-05-03");
        // Digits that read either way, the rest of a sentence or a citation: no date.
        assert_eq!(date_of(&page("01/02/2021")), "");
        assert_eq!(date_of(&page("Read it by March 3, 2021")), "");
        assert_eq!(
            date_of(&page("August 18, 2020. [Epub ahead of print].")),
            ""
        );
        // An update's date only when no other date is shown.
        assert_eq!(
            date_of(&page("Last updated: November 13, 2025")),
            "2025-11-13"
        );
        assert_eq!(
            date_of(&page(
                "<span>Last updated:</span> <span>November 13, 2025</span></h3><p>May 2, 2024"
            )),
            "2024-05-02"
        );
    }

    #[test]
    fn a_loose_date_is_no_evidence_of_an_article() {
        let url = Url::parse("https://example.com/services/window-cleaning").unwrap();
        let para = "The windows of homes and offices across the city get cleaned inside and \
            out, with ladders and poles for the upper floors and a squeegee for the glass.";
        let page = |head: &str, line: &str| {
            format!(
                "<html><head>{head}</head><body><h2>Window cleaning</h2><p>By Jane Roe</p>\
                 <p>{line}</p><p>{para}</p><p>{para}</p><p>{para}</p>\
                 <ul><li><a href=/a>Prices</a></li><li><a href=/b>Book now</a></li></ul>\
                 </body></html>"
            )
        };
        let kind_of = |html: String| crate::extract(html.as_bytes(), &url, None);
        let undated = kind_of(page("", "Opening hours"));
        let loose = kind_of(page("", "June 3, 2024"));
        let structured = kind_of(page(
            "<meta property=article:published_time content=2024-06-03>",
            "Opening hours",
        ));
        assert_eq!(ymd(loose.published), "2024-06-03");
        assert_eq!(ymd(structured.published), "2024-06-03");
        // The same date read from the metadata does tip the page to an article.
        assert_eq!(structured.page_kind, crate::PageKind::Article);
        assert_eq!(loose.page_kind, undated.page_kind);
        assert_ne!(loose.page_kind, crate::PageKind::Article);
        let doc = scraper::Html::parse_document(&page("", "June 3, 2024"));
        assert!(crate::meta::extract(&doc, &url).published_loose);
        let doc = scraper::Html::parse_document(&page(
            "<meta property=article:published_time content=2024-06-03>",
            "June 3, 2024",
        ));
        assert!(!crate::meta::extract(&doc, &url).published_loose);
    }

    #[test]
    fn site_specific_date_metas() {
        let date_of = |html: &str| published_on("https://example.com/docs/x", html);
        assert_eq!(
            date_of("<meta name=ms.date content=03/06/2025>"),
            "2025-03-06"
        );
        assert_eq!(
            date_of("<meta name=w-published-date content=2024-01-02>"),
            "2024-01-02"
        );
        assert_eq!(
            date_of("<meta name=last_updated_date content=2024-01-02>"),
            ""
        );
        assert_eq!(
            date_of("<meta name=event_start_date content=2024-01-02>"),
            ""
        );
    }

    #[test]
    fn structured_forms() {
        let d = parse_structured("2018-08-07T17:12:00-04:00", US).unwrap();
        assert_eq!(d.offset().local_minus_utc(), -4 * 3600);
        assert_eq!(
            ymd(parse_structured("2021-11-01T10:52:50+0100", US)),
            "2021-11-01"
        );
        assert_eq!(ymd(parse_structured("2018-04-05T06:00", US)), "2018-04-05");
        assert_eq!(
            ymd(parse_structured("2018-04-05 06:00:00", US)),
            "2018-04-05"
        );
        assert_eq!(ymd(parse_structured("20180405", US)), "2018-04-05");
        assert_eq!(
            ymd(parse_structured("Tue, 07 Aug 2018 17:12:00 GMT", US)),
            "2018-08-07"
        );
        assert_eq!(ymd(parse_structured("1533661920", US)), "2018-08-07");
        // The citation form of journal pages.
        assert_eq!(ymd(parse_structured("2023 Jan 7", US)), "2023-01-07");
        assert_eq!(ymd(parse_structured("2024 June 30", US)), "2024-06-30");
        assert!(parse_structured("2023 Jan", US).is_none());
        assert!(parse_structured("1890-01-01", US).is_none());
        assert!(parse_structured("9999-01-01", US).is_none());
        assert!(parse_structured("not a date", US).is_none());
    }

    #[test]
    fn text_forms() {
        assert_eq!(
            ymd(find_in_text("August 7, 2018 5:12 pm", US)),
            "2018-08-07"
        );
        assert_eq!(
            ymd(find_in_text("Posted on 7th Aug. 2018", US)),
            "2018-08-07"
        );
        assert_eq!(ymd(find_in_text("Updated: Sept 30 2020", US)), "2020-09-30");
        assert_eq!(ymd(find_in_text("07.08.2018", US)), "2018-08-07");
        assert_eq!(ymd(find_in_text("8/7/2018", US)), "2018-08-07");
        assert_eq!(ymd(find_in_text("25/12/2019", US)), "2019-12-25");
        assert_eq!(ymd(find_in_text("7 de agosto de 2018", US)), "2018-08-07");
        assert!(find_in_text("Chapter 12 of 2018 pages", US).is_none());
    }

    #[test]
    fn hyphenated_day_month_name_year() {
        assert_eq!(ymd(find_in_text("12-Mar-2021", US)), "2021-03-12");
        assert_eq!(ymd(find_in_text("12-March-2021", US)), "2021-03-12");
        assert_eq!(ymd(find_in_text("Posted 3-sept.-2019", US)), "2019-09-03");
        assert_eq!(
            ymd(find_in_text("By: Jo Roe on 04-ago-2021 5:11:10", US)),
            "2021-08-04"
        );
        // Only a month's name joins them: a model number is no date.
        assert!(find_in_text("12-Gen-2021", US).is_none());
        assert!(find_in_text("12-Marching-2021", US).is_none());
    }

    #[test]
    fn month_names_of_other_languages() {
        let d = |t: &str| ymd(find_in_text(t, NumericOrder::DayFirst));
        assert_eq!(d("Publié le 1er mars 2024"), "2024-03-01");
        assert_eq!(d("5. März 2024"), "2024-03-05");
        assert_eq!(d("Veröffentlicht am 3. Dez. 2023"), "2023-12-03");
        assert_eq!(d("5 de março de 2024"), "2024-03-05");
        assert_eq!(d("12 settembre 2024"), "2024-09-12");
        assert_eq!(d("5 maart 2024"), "2024-03-05");
        assert_eq!(d("14 mrt. 2024"), "2024-03-14");
        assert_eq!(d("5 marca 2024 r."), "2024-03-05");
        assert_eq!(d("5 марта 2024 г."), "2024-03-05");
        assert_eq!(d("12 Ağustos 2024"), "2024-08-12");
        assert_eq!(d("17 Agustus 2024"), "2024-08-17");
        // A bare prefix is no month: a product's generation, a list.
        assert!(find_in_text("ThinkPad P16s Gen 3 2024", US).is_none());
        assert!(find_in_text("Our Top 10 List 2024", US).is_none());
        assert!(find_in_text("Chapter 12, 2018", US).is_none());
    }

    #[test]
    fn cjk_dates() {
        assert_eq!(
            ymd(find_in_text("发布时间：2024年3月5日 10:00", US)),
            "2024-03-05"
        );
        assert_eq!(ymd(find_in_text("2024년 3월 5일", US)), "2024-03-05");
        assert_eq!(ymd(find_in_text("2024. 3. 5.", US)), "2024-03-05");
    }

    #[test]
    fn slashed_digits_follow_the_page() {
        let page = |lang: &str, extra: &str| {
            format!(
                "<html lang={lang}><h1>Ten tools for the garden</h1><p>03/05/2024</p>{extra}<p>Text.</p></html>"
            )
        };
        let at = "https://example.com/garden/tools";
        assert_eq!(published_on(at, &page("en-US", "")), "2024-03-05");
        assert_eq!(published_on(at, &page("en", "")), "2024-03-05");
        assert_eq!(published_on(at, &page("en-GB", "")), "2024-05-03");
        assert_eq!(published_on(at, &page("fr", "")), "2024-05-03");
        // The page's own unambiguous dates outweigh its declared region.
        let sidebar = "<div class=date>12/18/2025</div>";
        assert_eq!(published_on(at, &page("en-GB", sidebar)), "2024-03-05");
        // Dots read day first whatever the language.
        assert_eq!(ymd(find_in_text("03.05.2024", US)), "2024-05-03");
    }

    /// The prechecks pass every value their regex matches.
    #[test]
    fn date_prechecks_pass_what_the_regex_matches() {
        for v in [
            "2023 Jan 7",
            "2023\tJanuary 07",
            "2023\u{a0}März 7",
            "\u{661}\u{662}\u{663}\u{664} Jan 7",
            "2023-01-07",
            "Jan 7 2023",
            "2023",
            "",
        ] {
            assert!(
                may_open_with_year_and_space(v) || !YEAR_MONTH_NAME_DAY_RE.is_match(v),
                "{v:?}"
            );
        }
        assert!(may_open_with_year_and_space("2023 Jan 7"));
        assert!(!may_open_with_year_and_space("2023-01-07"));
        for p in [
            "/2019/march/05/slug",
            "/news/2020/Jan/5",
            "/2021/05/06/x",
            "/x/1999/dec/31",
            "/page/20",
        ] {
            assert!(
                may_hold_year_and_month_name(p) || !URL_NAMED_RE.is_match(p),
                "{p:?}"
            );
        }
        assert!(!may_hold_year_and_month_name("/2021/05/06/x"));
    }

    /// Every text built from the pieces the prechecks look at (digits, ASCII and other
    /// spacing, letters, slashes, a non-ASCII digit and letter) that a regex matches passes its
    /// precheck.
    #[test]
    fn date_prechecks_pass_every_match_of_built_values() {
        const HEAD: [&str; 9] = ["2", "0", " ", "\t", "\u{b}", "a", "-", "\u{a0}", "\u{661}"];
        let mut matched = 0;
        for n in 0..HEAD.len().pow(5) {
            let head: String = (0..5)
                .map(|k| HEAD[n / HEAD.len().pow(k) % HEAD.len()])
                .collect();
            for tail in ["Jan 7", " mar\u{e4} 07", "."] {
                let v = format!("{head}{tail}");
                if YEAR_MONTH_NAME_DAY_RE.is_match(&v) {
                    matched += 1;
                    assert!(may_open_with_year_and_space(&v), "{v:?}");
                }
            }
        }
        assert!(matched > 0);
        const PART: [&str; 8] = ["/", "1", "9", "2", "0", "a", "M", "-"];
        matched = 0;
        for n in 0..PART.len().pow(6) {
            let mid: String = (0..6)
                .map(|k| PART[n / PART.len().pow(k) % PART.len()])
                .collect();
            for path in [format!("/{mid}ay/05"), format!("/x{mid}rch/5/")] {
                if URL_NAMED_RE.is_match(&path) {
                    matched += 1;
                    assert!(may_hold_year_and_month_name(&path), "{path:?}");
                }
            }
        }
        assert!(matched > 0);
    }

    /// The pre-folded letter class matches what `(?i)\p{L}` matches, char for char.
    #[test]
    fn month_letter_class_is_the_case_folded_letter_class() {
        let folded = Regex::new(r"(?i)^\p{L}$").expect("static regex");
        let given = Regex::new(r"(?i)^(?-i:[\p{L}\x{345}])$").expect("static regex");
        let mut buf = [0u8; 4];
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            let s = c.encode_utf8(&mut buf);
            assert_eq!(folded.is_match(s), given.is_match(s), "{:x}", c as u32);
        }
    }

    #[test]
    fn url_forms() {
        let u = |s: &str| ymd(url_date(&Url::parse(s).unwrap()));
        assert_eq!(u("https://x.com/2018/08/07/slug/"), "2018-08-07");
        assert_eq!(u("https://x.com/news/2018-08-07-slug"), "2018-08-07");
        assert_eq!(u("https://x.com/a/20180807/slug"), "2018-08-07");
        assert_eq!(u("https://x.com/2018/08/slug"), "");
        assert_eq!(u("https://x.com/blog/2023/october/03/slug"), "2023-10-03");
        assert_eq!(u("https://x.com/item/12345678901"), "");
    }

    #[test]
    fn a_publish_meta_beats_json_ld_created_but_not_json_ld_published() {
        let page = |ld: &str| {
            format!(
                "<html><head><meta property=\"article:published_time\" \
                 content=\"2017-02-23T17:18:13-08:00\">\
                 <script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\",\
                 \"headline\":\"A trilogy comes back\",{ld}}}</script></head>\
                 <body><h1>A trilogy comes back</h1><p>Body text.</p></body></html>"
            )
        };
        let date_of = |ld: &str| published_on("https://example.com/f/1", &page(ld));
        // Created (in UTC, the next day): the meta's own day stands.
        assert_eq!(
            date_of("\"dateCreated\":\"2017-02-24T01:18:13Z\""),
            "2017-02-23"
        );
        assert_eq!(date_of("\"uploadDate\":\"2017-02-24\""), "2017-02-23");
        // Published: JSON-LD still comes first.
        assert_eq!(
            date_of("\"datePublished\":\"2017-02-24T01:18:13Z\""),
            "2017-02-24"
        );
        // Created alone dates the page.
        assert_eq!(
            published_on(
                "https://example.com/f/1",
                "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\
                 \"dateCreated\":\"2017-02-24T01:18:13Z\"}</script><h1>A trilogy</h1>"
            ),
            "2017-02-24"
        );
    }

    #[test]
    fn month_names_of_more_languages_are_read() {
        let day = |t: &str| ymd(find_in_text(t, NumericOrder::DayFirst));
        assert_eq!(day("Publicat pe 5 martie 2024"), "2024-03-05");
        assert_eq!(day("Publicat el 12 de març de 2024"), "2024-03-12");
        assert_eq!(day("Objavljeno 3. avgust 2023."), "2023-08-03");
        assert_eq!(day("Publicerad 3 augusti 2023"), "2023-08-03");
        assert_eq!(day("Julkaistu 5. maaliskuuta 2024"), "2024-03-05");
        assert_eq!(day("Δημοσιεύθηκε 7 Δεκεμβρίου 2022"), "2022-12-07");
        assert_eq!(day("Публикувано на 9 септември 2021"), "2021-09-09");
        // A word that is no month stays no date.
        assert_eq!(day("Chapter 5 marta 2024"), "");
    }

    #[test]
    fn iso_week_and_ordinal_dates_are_read_as_such() {
        let day = |v: &str| ymd(parse_structured(v, US));
        assert_eq!(day("2024-W10-2"), "2024-03-05");
        assert_eq!(day("2024W102"), "2024-03-05");
        assert_eq!(day("2024-W10"), "2024-03-04");
        assert_eq!(day("2024-065"), "2024-03-05");
        assert_eq!(day("2024-065T10:00:00Z"), "2024-03-05");
        // Not week or ordinal dates: read as before.
        assert_eq!(day("2024-03-05"), "2024-03-05");
        assert_eq!(day("20240305"), "2024-03-05");
        assert_eq!(day("2024-W54-1"), "");
    }

    #[test]
    fn a_catalan_elided_month_is_read() {
        let day = |t: &str| ymd(find_in_text(t, NumericOrder::DayFirst));
        assert_eq!(day("Publicat el 5 d'abril de 2024"), "2024-04-05");
        assert_eq!(day("Publicat el 5 d’agost de 2024"), "2024-08-05");
    }

    #[test]
    fn a_date_labelled_with_a_two_word_label_is_the_publication() {
        let date_of = |label: &str| {
            published_on(
                "https://example.com/co/run/free-tools",
                &format!(
                    "<meta property=\"article:published_time\" content=\"2025-11-29T10:00:00Z\">\
                     <h1>Ten free tools</h1><p>One.</p><p>Two.</p><p>Three.</p><p>Four.</p>\
                     <p>Five.</p><p>Six.</p><p>Seven.</p><p>Eight.</p>\
                     <div class=post-date>{label} August 13, 2025</div>"
                ),
            )
        };
        for label in [
            "Published date:",
            "Publish date",
            "Date posted:",
            "Post date:",
            "Post time:",
        ] {
            assert_eq!(date_of(label), "2025-08-13", "{label}");
        }
        // A label that names no publication: the metadata stands.
        assert_eq!(date_of("Shipping date:"), "2025-11-29");
    }

    #[test]
    fn the_date_under_a_large_font_headline_dates_a_page_without_headings() {
        // Set before style sheets: no `<h1>`, the headline in a large `<font>` and the byline
        // and date in the lines under it, slashed digits that a headline's neighbourhood reads
        // in the page's order (a loose date in such digits is passed over).
        let page = |headline: &str| {
            format!(
                "<html><body><table><tr><td>{headline}<br>\
                 <font size=2><i>Submitted by MARTHA JENKINS</i><br>Posted on 3/12/2009</font>\
                 <p>The fire auxiliary served more than 600 plates of pancakes.</p>\
                 </td></tr></table></body></html>"
            )
        };
        let url = "https://www.example.com/news/pancake.htm";
        assert_eq!(
            published_on(
                url,
                &page("<font size=5><b>Pancake breakfast raises $4,100</b></font>")
            ),
            "2009-03-12"
        );
        assert_eq!(
            published_on(
                url,
                &page("<font size=2><b>Pancake breakfast raises $4,100</b></font>")
            ),
            ""
        );
        // A page with an `<h1>`: a large `<font>` promotion before it is no headline, and the
        // date under it dates nothing.
        let teasers: String = (0..10)
            .map(|i| format!("<li><a href=\"/s{i}\">Another story of the day, number {i}</a></li>"))
            .collect();
        let promo = format!(
            "<html><body><div class=promo><font size=\"+1\">Subscribe to the print \
             edition</font><br>Offer ends March 4, 2024</div><ul>{teasers}</ul><article><h1>\
             Council Meets on Transit Plan</h1><p>The council met on the transit plan.</p>\
             </article></body></html>"
        );
        assert_eq!(
            published_on("https://news.example.com/council-meets", &promo),
            ""
        );
    }
}
