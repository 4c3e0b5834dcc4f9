//! Crawl scope: the rules a discovered link must pass to be fetched.
//!
//! A [`Scope`] is plain data: it travels inside every fetch job (serde) so that any worker can
//! judge links alone. Its regexes are pattern strings; [`CompiledScope::new`] compiles them once
//! (per job or per crawl, cache it) and [`CompiledScope::check`] then decides per link without
//! allocating regexes. Every rejection carries a `&'static str` reason from [`REJECT_REASONS`],
//! suitable as a metric label and for debug logs.
//!
//! Checks, in order: depth, host, trap guards (URL length, path depth, repeated segments, query
//! parameter count, calendar-like dates), denied file extensions, exclude regexes, include
//! regexes. Page budgets are decided by [`CompiledScope::check_budget`] from counts kept by the
//! shared state store.

use regex::RegexSet;
use serde::{Deserialize, Serialize};
use url::Url;

use crate::normalize::host_within;

/// File extensions never fetched by default: images, media, archives, office documents, binaries.
pub const DEFAULT_DENY_EXTENSIONS: &[&str] = &[
    // images
    "jpg", "jpeg", "png", "gif", "webp", "avif", "bmp", "tif", "tiff", "ico", "svg", "heic",
    "psd", // audio and video
    "mp3", "mp4", "m4a", "m4v", "ogg", "oga", "ogv", "wav", "flac", "aac", "webm", "mkv", "avi",
    "mov", "wmv", "flv", "mpg", "mpeg", "3gp", "m3u8", "ts", // archives
    "zip", "gz", "tgz", "bz2", "xz", "7z", "rar", "tar", "zst", "dmg", "iso",
    // documents
    "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "odp", "rtf", "epub",
    // binaries, code assets, fonts
    "exe", "msi", "apk", "bin", "deb", "rpm", "jar", "css", "js", "mjs", "map", "woff", "woff2",
    "ttf", "otf", "eot", "wasm",
];

/// Default longest URL accepted, in bytes.
pub const DEFAULT_MAX_URL_LEN: usize = 2048;
/// Default most path segments accepted.
pub const DEFAULT_MAX_PATH_SEGMENTS: usize = 24;
/// Default most occurrences of one path segment (`/a/b/a/b/a/b` has `a` three times).
pub const DEFAULT_MAX_SEGMENT_REPEATS: usize = 2;
/// Default most query parameters accepted.
pub const DEFAULT_MAX_QUERY_PARAMS: usize = 12;
/// Default earliest year a calendar-like URL may point to.
pub const DEFAULT_CALENDAR_MIN_YEAR: i32 = 1990;
/// Default number of years after the current one a calendar-like URL may point to.
pub const DEFAULT_CALENDAR_YEARS_AHEAD: i32 = 1;
/// Size limit of the compiled include/exclude regex sets, in bytes.
pub const REGEX_SIZE_LIMIT: usize = 1 << 20;

/// Every reason a URL can be rejected for, for registering metric labels up front.
pub const REJECT_REASONS: &[&str] = &[
    "max_depth",
    "host",
    "url_length",
    "path_depth",
    "repeated_segment",
    "query_params",
    "calendar",
    "extension",
    "exclude",
    "include",
    "host_budget",
    "crawl_budget",
    "invalid_scope",
    "too_old",
    "redirects",
    "invalid_url",
];

/// Trap guards, on by default. Each limit can be changed per crawl.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct TrapGuards {
    /// Turns every trap guard off (not recommended).
    pub enabled: bool,
    /// Longest URL, in bytes.
    pub max_url_len: usize,
    /// Most path segments.
    pub max_path_segments: usize,
    /// Most occurrences of any one non-numeric path segment.
    pub max_segment_repeats: usize,
    /// Most query parameters.
    pub max_query_params: usize,
    /// Rejects calendar-like URLs (a `YYYY-MM`/`YYYY/MM` date or `year=` parameter) whose year
    /// lies before `calendar_min_year` or more than `calendar_years_ahead` after this year.
    pub calendar: bool,
    /// Earliest year accepted in calendar-like URLs.
    pub calendar_min_year: i32,
    /// Years after the current one accepted in calendar-like URLs.
    pub calendar_years_ahead: i32,
}

impl Default for TrapGuards {
    fn default() -> Self {
        TrapGuards {
            enabled: true,
            max_url_len: DEFAULT_MAX_URL_LEN,
            max_path_segments: DEFAULT_MAX_PATH_SEGMENTS,
            max_segment_repeats: DEFAULT_MAX_SEGMENT_REPEATS,
            max_query_params: DEFAULT_MAX_QUERY_PARAMS,
            calendar: true,
            calendar_min_year: DEFAULT_CALENDAR_MIN_YEAR,
            calendar_years_ahead: DEFAULT_CALENDAR_YEARS_AHEAD,
        }
    }
}

/// The limits of one crawl, carried with every fetch job so that any worker can decide alone.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scope {
    /// Hosts whose pages belong to the crawl, exactly (lowercase, no port).
    pub allowed_hosts: Vec<String>,
    /// Domains whose pages belong to the crawl together with all their subdomains.
    #[serde(default)]
    pub allowed_domains: Vec<String>,
    /// Links deeper than this many hops from the seed are not followed.
    pub max_depth: u32,
    /// When not empty, a URL must match one of these regexes (on the full normalised URL).
    #[serde(default)]
    pub include: Vec<String>,
    /// A URL matching any of these regexes is rejected.
    #[serde(default)]
    pub exclude: Vec<String>,
    /// Most pages fetched per host in this crawl (`None`: no limit).
    #[serde(default)]
    pub max_pages_per_host: Option<u64>,
    /// Most pages fetched in this crawl (`None`: no limit).
    #[serde(default)]
    pub max_pages: Option<u64>,
    /// File extensions (lowercase, no dot) never fetched; `None` means
    /// [`DEFAULT_DENY_EXTENSIONS`], an empty list allows all.
    #[serde(default)]
    pub deny_extensions: Option<Vec<String>>,
    /// Sitemap and feed entries dated (`lastmod`, `news:publication_date`, the entry's date)
    /// more than this many days ago are skipped; undated entries are kept. `None`: no filter.
    #[serde(default)]
    pub max_entry_age_days: Option<u32>,
    /// Trap guards.
    #[serde(default)]
    pub traps: TrapGuards,
}

/// The outcome of checking one URL against a [`Scope`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScopeDecision {
    /// The URL may be fetched.
    Accept,
    /// The URL is outside the crawl, with the reason (one of [`REJECT_REASONS`]).
    Reject(&'static str),
}

impl ScopeDecision {
    /// Whether the URL may be fetched.
    pub fn is_accept(&self) -> bool {
        matches!(self, ScopeDecision::Accept)
    }
}

/// A scope that cannot be compiled.
#[derive(Debug, thiserror::Error)]
pub enum ScopeError {
    /// An include or exclude pattern is not a valid regex (or too large).
    #[error(
        "invalid {which} regex in crawl scope: {error} (check the crawl's scope.{which} patterns)"
    )]
    Regex {
        /// `include` or `exclude`.
        which: &'static str,
        /// What the regex compiler reported.
        error: String,
    },
}

impl Scope {
    /// A scope that stays on the seed's host down to `max_depth` links, with default guards.
    pub fn same_host(seed: &Url, max_depth: u32) -> Self {
        Scope {
            allowed_hosts: seed.host_str().map(str::to_string).into_iter().collect(),
            max_depth,
            ..Default::default()
        }
    }

    /// Decides whether `url`, found `depth` hops from the seed, belongs to the crawl.
    ///
    /// This compiles the scope on every call; hot paths should build a [`CompiledScope`] once.
    pub fn check(&self, url: &Url, depth: u32) -> ScopeDecision {
        match CompiledScope::new(self) {
            Ok(compiled) => compiled.check(url, depth),
            Err(_) => ScopeDecision::Reject("invalid_scope"),
        }
    }
}

/// A [`Scope`] with its regexes compiled, ready to check many links.
#[derive(Debug, Clone)]
pub struct CompiledScope {
    scope: Scope,
    include: Option<RegexSet>,
    exclude: Option<RegexSet>,
    /// `None`: the default list (checked without allocating).
    deny_extensions: Option<Vec<String>>,
    max_year: i32,
}

fn compile(patterns: &[String], which: &'static str) -> Result<Option<RegexSet>, ScopeError> {
    if patterns.is_empty() {
        return Ok(None);
    }
    regex::RegexSetBuilder::new(patterns)
        .size_limit(REGEX_SIZE_LIMIT)
        .build()
        .map(Some)
        .map_err(|e| ScopeError::Regex {
            which,
            error: e.to_string(),
        })
}

/// The current UTC year, from the system clock.
fn current_year() -> i32 {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    // Good to within a day around New Year, which is all the calendar guard needs.
    1970 + (secs as f64 / (365.2425 * 86_400.0)) as i32
}

impl CompiledScope {
    /// Compiles `scope`, using the system clock's year for the calendar guard.
    pub fn new(scope: &Scope) -> Result<Self, ScopeError> {
        Self::with_year(scope, current_year())
    }

    /// Compiles `scope` as if the current year were `year`.
    pub fn with_year(scope: &Scope, year: i32) -> Result<Self, ScopeError> {
        let deny_extensions = scope.deny_extensions.as_ref().map(|list| {
            list.iter()
                .map(|e| e.trim_start_matches('.').to_ascii_lowercase())
                .collect()
        });
        Ok(CompiledScope {
            include: compile(&scope.include, "include")?,
            exclude: compile(&scope.exclude, "exclude")?,
            deny_extensions,
            max_year: year.saturating_add(scope.traps.calendar_years_ahead),
            scope: scope.clone(),
        })
    }

    /// The scope this was compiled from.
    pub fn scope(&self) -> &Scope {
        &self.scope
    }

    /// Whether `host` belongs to the crawl.
    pub fn host_allowed(&self, host: &str) -> bool {
        self.scope
            .allowed_hosts
            .iter()
            .any(|a| a.eq_ignore_ascii_case(host))
            || self
                .scope
                .allowed_domains
                .iter()
                .any(|d| host_within(host, d))
    }

    /// Decides whether `url` (normalised), found `depth` hops from the seed, belongs to the crawl.
    pub fn check(&self, url: &Url, depth: u32) -> ScopeDecision {
        if depth > self.scope.max_depth {
            return ScopeDecision::Reject("max_depth");
        }
        match url.host_str() {
            Some(h) if self.host_allowed(h) => {}
            _ => return ScopeDecision::Reject("host"),
        }
        if let Some(reason) = self.trap(url) {
            return ScopeDecision::Reject(reason);
        }
        if let Some(ext) = extension(url.path()) {
            let denied = match &self.deny_extensions {
                Some(list) => list.contains(&ext),
                None => DEFAULT_DENY_EXTENSIONS.contains(&ext.as_str()),
            };
            if denied {
                return ScopeDecision::Reject("extension");
            }
        }
        if let Some(set) = &self.exclude {
            if set.is_match(url.as_str()) {
                return ScopeDecision::Reject("exclude");
            }
        }
        if let Some(set) = &self.include {
            if !set.is_match(url.as_str()) {
                return ScopeDecision::Reject("include");
            }
        }
        ScopeDecision::Accept
    }

    /// Decides whether one more page fits the budgets, given the counts after counting it
    /// (`host_count` pages of this host, `crawl_count` pages of the crawl, this one included).
    pub fn check_budget(&self, host_count: u64, crawl_count: u64) -> ScopeDecision {
        if self
            .scope
            .max_pages_per_host
            .is_some_and(|max| host_count > max)
        {
            return ScopeDecision::Reject("host_budget");
        }
        if self.scope.max_pages.is_some_and(|max| crawl_count > max) {
            return ScopeDecision::Reject("crawl_budget");
        }
        ScopeDecision::Accept
    }

    fn trap(&self, url: &Url) -> Option<&'static str> {
        let t = &self.scope.traps;
        if !t.enabled {
            return None;
        }
        if url.as_str().len() > t.max_url_len {
            return Some("url_length");
        }
        let segments: Vec<&str> = url.path().split('/').filter(|s| !s.is_empty()).collect();
        if segments.len() > t.max_path_segments {
            return Some("path_depth");
        }
        for (i, s) in segments.iter().enumerate() {
            // Numbers repeat innocently (`/2024/05/05/`); words repeating is a loop.
            if s.bytes().all(|b| b.is_ascii_digit()) {
                continue;
            }
            let repeats = segments[i..].iter().filter(|o| *o == s).count();
            if repeats > t.max_segment_repeats {
                return Some("repeated_segment");
            }
        }
        if let Some(q) = url.query() {
            if q.split('&').filter(|p| !p.is_empty()).count() > t.max_query_params {
                return Some("query_params");
            }
        }
        if t.calendar {
            if let Some(year) = calendar_year(url) {
                if year < t.calendar_min_year || year > self.max_year {
                    return Some("calendar");
                }
            }
        }
        None
    }
}

/// The lowercase extension of the last path segment, if it has one.
fn extension(path: &str) -> Option<String> {
    let last = path.rsplit('/').next()?;
    let (stem, ext) = last.rsplit_once('.')?;
    if stem.is_empty() || ext.is_empty() || ext.len() > 8 {
        return None;
    }
    Some(ext.to_ascii_lowercase())
}

/// A year in a calendar-like position: a `YYYY-MM[-DD]` or `YYYY/MM` date in path or query, or
/// a `year=`/`y=` query parameter. The largest-magnitude outlier is what matters, so the year
/// furthest from the present is returned.
fn calendar_year(url: &Url) -> Option<i32> {
    let mut years: Vec<i32> = Vec::new();
    let path_and_query = match url.query() {
        Some(q) => format!("{}?{}", url.path(), q),
        None => url.path().to_string(),
    };
    let b = path_and_query.as_bytes();
    let mut i = 0;
    while i + 7 <= b.len() {
        let starts = i == 0 || !b[i - 1].is_ascii_digit();
        if starts
            && b[i..i + 4].iter().all(u8::is_ascii_digit)
            && (i + 4 == b.len() || !b[i + 4].is_ascii_digit())
            && matches!(b[i + 4], b'-' | b'/' | b'_')
            && b[i + 5].is_ascii_digit()
        {
            let month_end = if b.get(i + 6).is_some_and(u8::is_ascii_digit) {
                i + 7
            } else {
                i + 6
            };
            let month_ok = b.get(month_end).is_none_or(|c| !c.is_ascii_digit());
            let month: u32 = path_and_query[i + 5..month_end].parse().unwrap_or(0);
            if month_ok && (1..=12).contains(&month) {
                if let Ok(y) = path_and_query[i..i + 4].parse::<i32>() {
                    years.push(y);
                }
            }
        }
        i += 1;
    }
    for (k, v) in url.query_pairs() {
        if matches!(k.to_ascii_lowercase().as_str(), "year" | "yr" | "y") {
            if let Ok(y) = v.trim().parse::<i32>() {
                if (1000..=9999).contains(&y) {
                    years.push(y);
                }
            }
        }
        if matches!(k.to_ascii_lowercase().as_str(), "date" | "day" | "month") {
            if let Some(y) = v.get(..4).and_then(|s| s.parse::<i32>().ok()) {
                if v.len() >= 7 && (1000..=9999).contains(&y) {
                    years.push(y);
                }
            }
        }
    }
    years.into_iter().max_by_key(|y| (y - 2000).abs())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn u(s: &str) -> Url {
        Url::parse(s).unwrap()
    }

    fn scope() -> CompiledScope {
        let seed = u("https://example.com/");
        CompiledScope::with_year(&Scope::same_host(&seed, 3), 2026).unwrap()
    }

    #[test]
    fn same_host_scope_keeps_the_old_behaviour() {
        let s = Scope::same_host(&u("https://example.com/x"), 2);
        assert_eq!(
            s.check(&u("https://example.com/a"), 2),
            ScopeDecision::Accept
        );
        assert_eq!(
            s.check(&u("https://example.com/a"), 3),
            ScopeDecision::Reject("max_depth")
        );
        assert_eq!(
            s.check(&u("https://other.com/a"), 1),
            ScopeDecision::Reject("host")
        );
        assert_eq!(
            s.check(&u("https://sub.example.com/a"), 1),
            ScopeDecision::Reject("host")
        );
    }

    #[test]
    fn domains_include_subdomains() {
        let s = CompiledScope::new(&Scope {
            allowed_domains: vec!["example.com".into()],
            max_depth: 5,
            ..Default::default()
        })
        .unwrap();
        assert!(s.check(&u("https://news.example.com/a"), 0).is_accept());
        assert!(s.check(&u("https://example.com/a"), 0).is_accept());
        assert_eq!(
            s.check(&u("https://badexample.com/a"), 0),
            ScopeDecision::Reject("host")
        );
    }

    #[test]
    fn include_and_exclude_regexes() {
        let s = CompiledScope::new(&Scope {
            allowed_hosts: vec!["example.com".into()],
            max_depth: 5,
            include: vec!["/news/".into(), "/sport/".into()],
            exclude: vec!["/news/archive".into()],
            ..Default::default()
        })
        .unwrap();
        assert!(s.check(&u("https://example.com/news/1"), 0).is_accept());
        assert!(s.check(&u("https://example.com/sport/1"), 0).is_accept());
        assert_eq!(
            s.check(&u("https://example.com/about"), 0),
            ScopeDecision::Reject("include")
        );
        assert_eq!(
            s.check(&u("https://example.com/news/archive/1"), 0),
            ScopeDecision::Reject("exclude")
        );
        let bad = Scope {
            include: vec!["(".into()],
            ..Default::default()
        };
        assert!(matches!(
            CompiledScope::new(&bad),
            Err(ScopeError::Regex {
                which: "include",
                ..
            })
        ));
        assert_eq!(
            bad.check(&u("https://example.com/"), 0),
            ScopeDecision::Reject("invalid_scope")
        );
    }

    #[test]
    fn denied_extensions() {
        let s = scope();
        for p in ["/a.jpg", "/b/c.PDF", "/x.tar.gz", "/v.mp4", "/d.docx"] {
            assert_eq!(
                s.check(&u(&format!("https://example.com{p}")), 0),
                ScopeDecision::Reject("extension"),
                "{p}"
            );
        }
        for p in [
            "/a.html",
            "/b/",
            "/c",
            "/news.php?id=1",
            "/.hidden",
            "/v1.2/page",
        ] {
            assert!(
                s.check(&u(&format!("https://example.com{p}")), 0)
                    .is_accept(),
                "{p}"
            );
        }
        let allow_all = CompiledScope::new(&Scope {
            allowed_hosts: vec!["example.com".into()],
            max_depth: 1,
            deny_extensions: Some(vec![]),
            ..Default::default()
        })
        .unwrap();
        assert!(allow_all
            .check(&u("https://example.com/a.jpg"), 0)
            .is_accept());
    }

    #[test]
    fn trap_guards() {
        let s = scope();
        let long = format!("https://example.com/{}", "a".repeat(3000));
        assert_eq!(s.check(&u(&long), 0), ScopeDecision::Reject("url_length"));
        assert_eq!(
            s.check(&u("https://example.com/a/b/a/b/a/b"), 0),
            ScopeDecision::Reject("repeated_segment")
        );
        assert!(s
            .check(&u("https://example.com/2024/05/05/05/x"), 0)
            .is_accept());
        let deep = format!(
            "https://example.com/{}",
            (0..30).map(|i| format!("s{i}/")).collect::<String>()
        );
        assert_eq!(s.check(&u(&deep), 0), ScopeDecision::Reject("path_depth"));
        let q = (0..20)
            .map(|i| format!("p{i}=1"))
            .collect::<Vec<_>>()
            .join("&");
        assert_eq!(
            s.check(&u(&format!("https://example.com/a?{q}")), 0),
            ScopeDecision::Reject("query_params")
        );
    }

    #[test]
    fn calendar_guard() {
        let s = scope();
        assert!(s
            .check(&u("https://example.com/2026/03/14/story"), 0)
            .is_accept());
        assert!(s
            .check(&u("https://example.com/calendar/2027-12"), 0)
            .is_accept());
        assert_eq!(
            s.check(&u("https://example.com/calendar/2031-01"), 0),
            ScopeDecision::Reject("calendar")
        );
        assert_eq!(
            s.check(&u("https://example.com/calendar/1700/01/"), 0),
            ScopeDecision::Reject("calendar")
        );
        assert_eq!(
            s.check(&u("https://example.com/events?month=3&year=2099"), 0),
            ScopeDecision::Reject("calendar")
        );
        assert_eq!(
            s.check(&u("https://example.com/cal?date=2150-01-01"), 0),
            ScopeDecision::Reject("calendar")
        );
        // Product numbers are not dates.
        assert!(s
            .check(&u("https://example.com/item/98765-43"), 0)
            .is_accept());
        let mut off = Scope::same_host(&u("https://example.com/"), 3);
        off.traps.enabled = false;
        let off = CompiledScope::with_year(&off, 2026).unwrap();
        assert!(off
            .check(&u("https://example.com/calendar/2099-01"), 0)
            .is_accept());
    }

    #[test]
    fn budgets() {
        let s = CompiledScope::new(&Scope {
            max_pages_per_host: Some(10),
            max_pages: Some(100),
            ..Default::default()
        })
        .unwrap();
        assert!(s.check_budget(10, 100).is_accept());
        assert_eq!(s.check_budget(11, 50), ScopeDecision::Reject("host_budget"));
        assert_eq!(
            s.check_budget(5, 101),
            ScopeDecision::Reject("crawl_budget")
        );
        assert!(scope().check_budget(u64::MAX, u64::MAX).is_accept());
    }

    #[test]
    fn serde_accepts_old_jobs_and_round_trips_new_ones() {
        let old = r#"{"allowed_hosts":["example.com"],"max_depth":3}"#;
        let s: Scope = serde_json::from_str(old).unwrap();
        assert_eq!(s, Scope::same_host(&u("https://example.com/"), 3));
        assert!(s.traps.enabled);
        let mut full = s.clone();
        full.include = vec!["/news/".into()];
        full.max_pages = Some(5);
        full.traps.max_query_params = 3;
        let back: Scope = serde_json::from_str(&serde_json::to_string(&full).unwrap()).unwrap();
        assert_eq!(back, full);
        assert!(
            serde_json::from_str::<Scope>(r#"{"allowed_hosts":[],"max_depth":1,"bogus":1}"#)
                .is_err()
        );
    }

    proptest! {
        #[test]
        fn check_never_panics(path in "[a-z0-9/._?=&%-]{0,200}") {
            let s = scope();
            if let Ok(url) = Url::parse(&format!("https://example.com/{path}")) {
                let _ = s.check(&url, 0);
            }
        }
    }
}
