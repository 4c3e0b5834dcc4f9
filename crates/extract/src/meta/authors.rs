//! Author names: JSON-LD, head `<meta>`, then byline markup; cleaned of "By", roles, dates,
//! site names and noise.

use super::jsonld::LdInfo;
use super::scan::{BylineKind, Scan};
use super::text::{collapse, key, words};

/// At most this many authors are returned.
pub(crate) const MAX_AUTHORS: usize = 8;
/// A name longer than this many characters is prose, not a name.
pub(crate) const MAX_NAME_CHARS: usize = 60;
/// A name with more than this many words is prose, not a name.
pub(crate) const MAX_NAME_WORDS: usize = 6;

const AUTHOR_METAS: &[&str] = &[
    "author",
    "article:author",
    "og:article:author",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    "dcterms.creator",
    "byl",
    "citation_author",
    "creator",
    "authors",
];

/// Words that are never (part of) a person's name in a byline.
const NOISE: &[&str] = &[
    "staff", "admin", "administrator", "editor", "editors", "editorial", "team", "desk", "newsroom",
    "guest", "anonymous", "unknown", "webmaster", "root", "user", "contributor", "contributors",
    "wire", "reporter", "reporters", "correspondent", "agencies", "press", "media", "redaction",
    "redaktion", "updated", "published", "posted", "comments", "comment", "share", "follow",
    "more", "read", "minute", "minutes", "min", "ago", "view", "profile", "articles", "posts",
    "subscribe", "author", "authors", "by", "written", "email", "twitter", "facebook",
];

/// Chooses the authors.
pub(crate) fn choose(s: &Scan, ld: &LdInfo, site_names: &[String], host: &str) -> Vec<String> {
    let bad = |n: &str| is_site(n, site_names, host);
    let sources: Vec<Vec<String>> = vec![
        ld.authors.clone(),
        s.meta_all(AUTHOR_METAS),
        by_kind(s, BylineKind::ItemProp),
        by_kind(s, BylineKind::RelAuthor),
        by_kind(s, BylineKind::AuthorClass),
        by_kind(s, BylineKind::Byline),
        near_heading_bylines(s),
    ];
    for raw in sources {
        let mut names: Vec<String> = Vec::new();
        for r in raw {
            for n in split_names(&r) {
                if !bad(&n) && !names.iter().any(|m| key(m) == key(&n)) {
                    names.push(n);
                }
            }
            if names.len() >= MAX_AUTHORS {
                break;
            }
        }
        if !names.is_empty() {
            names.truncate(MAX_AUTHORS);
            return names;
        }
    }
    Vec::new()
}

fn by_kind(s: &Scan, kind: BylineKind) -> Vec<String> {
    s.bylines
        .iter()
        .filter(|(k, _)| *k == kind)
        .map(|(_, t)| t.clone())
        .collect()
}

/// Short texts after the headline that start with "By ".
fn near_heading_bylines(s: &Scan) -> Vec<String> {
    s.near_heading
        .iter()
        .filter(|t| {
            let l = t.to_lowercase();
            l.starts_with("by ") || l.starts_with("written by ") || l.starts_with("words by ")
        })
        .take(1)
        .cloned()
        .collect()
}

fn is_site(n: &str, site_names: &[String], host: &str) -> bool {
    let k = key(n);
    if k.is_empty() {
        return true;
    }
    let hk = key(host.trim_start_matches("www.").split('.').next().unwrap_or(""));
    site_names.iter().any(|s| key(s) == k) || (hk.len() >= 3 && k == hk)
}

/// Cleans one raw byline into names: drops "By", "Written by", roles after a dash or comma,
/// dates and times, e-mail addresses and URLs, then splits on "and", "&", ",", ";", "|".
pub(crate) fn split_names(raw: &str) -> Vec<String> {
    let raw = collapse(raw);
    if raw.contains("://") || raw.starts_with("www.") {
        return Vec::new();
    }
    // Cut at what follows a name in a byline: a date, "Updated", a pipe or bullet.
    let mut line = raw.as_str();
    for stop in [" | ", " • ", " · ", "\u{2022}", " Updated", " Published", " Posted", " on ", " - ", " — ", " – ", "(", " at ", " / "] {
        if let Some(i) = line.find(stop) {
            if i > 0 {
                line = &line[..i];
            }
        }
    }
    if let Some(i) = line.find(|c: char| c.is_ascii_digit()) {
        line = &line[..i];
    }
    let mut line = line.trim().trim_end_matches([',', ';', ':', '.']).to_string();
    loop {
        let l = line.to_lowercase();
        let mut cut = None;
        for p in ["by:", "by ", "written by ", "words by ", "posted by ", "author:", "authors:", "author ", "reviewed by ", "from "] {
            if l.starts_with(p) {
                cut = Some(p.len());
                break;
            }
        }
        match cut {
            Some(n) => line = line[n..].trim().to_string(),
            None => break,
        }
    }
    let mut out = Vec::new();
    let normalised = line
        .replace(" and ", ",")
        .replace(" And ", ",")
        .replace(" AND ", ",")
        .replace(" und ", ",")
        .replace(" et ", ",")
        .replace(" y ", ",")
        .replace(" e ", ",");
    for part in normalised.split([',', ';', '&', '|', '/']) {
        let name = part.trim().trim_matches(|c: char| !c.is_alphanumeric() && c != '.');
        let name = name.trim_end_matches('.');
        if plausible_name(name) {
            out.push(name.to_string());
        }
    }
    out
}

fn plausible_name(n: &str) -> bool {
    if n.is_empty() || n.chars().count() > MAX_NAME_CHARS || n.contains('@') || n.contains("://") {
        return false;
    }
    let w = words(n);
    if w.is_empty() || w.len() > MAX_NAME_WORDS {
        return false;
    }
    if w.iter().any(|x| NOISE.contains(&x.as_str())) {
        return false;
    }
    if !n.chars().any(char::is_alphabetic) {
        return false;
    }
    // A single lower-case token is a handle, not a name.
    if w.len() == 1 && !n.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bylines_are_cleaned() {
        assert_eq!(split_names("By Shiri Moshe"), ["Shiri Moshe"]);
        assert_eq!(split_names("Written by Jane Roe and John Doe"), ["Jane Roe", "John Doe"]);
        assert_eq!(split_names("By Jane Roe | August 7, 2018"), ["Jane Roe"]);
        assert_eq!(split_names("Jane Roe, Staff Writer"), ["Jane Roe"]);
        assert_eq!(split_names("Jane Roe - Senior Editor"), ["Jane Roe"]);
        assert!(split_names("Staff").is_empty());
        assert!(split_names("admin").is_empty());
        assert!(split_names("https://example.com/author/jane").is_empty());
        assert!(split_names("jane@example.com").is_empty());
    }
}
