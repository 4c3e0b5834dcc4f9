//! URL normalisation: one canonical spelling per resource.
//!
//! [`normalize`] (or [`normalize_with`] for custom options) is the single function every stage
//! uses to turn a discovered link into the URL that is deduplicated, scoped and fetched. It:
//!
//! - resolves the link against its base (the page URL or its `<base href>`);
//! - accepts only `http` and `https`;
//! - lowercases scheme and host and converts internationalised hosts to punycode (IDNA), drops
//!   default ports, user info and fragments, and removes `.`/`..` path segments (the `url` crate);
//! - normalises percent-encoding in path and query: escapes of unreserved characters
//!   (`A-Z a-z 0-9 - . _ ~`) are decoded, all other escapes get uppercase hex digits;
//! - drops `;jsessionid=…`-style session parameters from path segments;
//! - removes tracking and session query parameters ([`TrackingParams`]), keeping the others in
//!   their original order, and drops empty query pairs and an empty query.
//!
//! The result is idempotent: normalising a normalised URL returns it unchanged (property-tested).

use url::Url;

/// Query parameters dropped by default because they identify a visit, not a resource.
pub const DEFAULT_TRACKING_PARAMS: &[&str] = &[
    "fbclid",
    "gclid",
    "gclsrc",
    "dclid",
    "gbraid",
    "wbraid",
    "msclkid",
    "yclid",
    "twclid",
    "ttclid",
    "li_fat_id",
    "igshid",
    "mc_cid",
    "mc_eid",
    "mkt_tok",
    "_ga",
    "_gl",
    "_hsenc",
    "_hsmi",
    "oly_anon_id",
    "oly_enc_id",
    "vero_id",
    "wt_mc",
    "ncid",
    "cmpid",
    "ito",
    "spm",
    "jsessionid",
    "phpsessid",
    "aspsessionid",
    "sessionid",
    "session_id",
    "sid_token",
];

/// Query parameter prefixes dropped by default (`utm_source`, `utm_medium`, …).
pub const DEFAULT_TRACKING_PREFIXES: &[&str] = &["utm_", "pk_", "mtm_", "hsa_"];

/// Path parameters (`/page;jsessionid=…`) removed from every path segment.
pub const SESSION_PATH_PARAMS: &[&str] = &["jsessionid", "phpsessid", "sid"];

/// Which query parameters are tracking noise. Names are compared ASCII case-insensitively.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrackingParams {
    /// Parameter names dropped when equal to one of these.
    pub names: Vec<String>,
    /// Parameter names dropped when starting with one of these.
    pub prefixes: Vec<String>,
}

impl Default for TrackingParams {
    fn default() -> Self {
        TrackingParams {
            names: DEFAULT_TRACKING_PARAMS
                .iter()
                .map(|s| s.to_string())
                .collect(),
            prefixes: DEFAULT_TRACKING_PREFIXES
                .iter()
                .map(|s| s.to_string())
                .collect(),
        }
    }
}

impl TrackingParams {
    /// No parameter is treated as tracking.
    pub fn none() -> Self {
        TrackingParams {
            names: Vec::new(),
            prefixes: Vec::new(),
        }
    }

    /// Whether the (raw, possibly percent-encoded) parameter name is tracking noise.
    pub fn is_tracking(&self, name: &str) -> bool {
        let lower = name.to_ascii_lowercase();
        self.names.iter().any(|n| n.eq_ignore_ascii_case(&lower))
            || self
                .prefixes
                .iter()
                .any(|p| lower.starts_with(&p.to_ascii_lowercase()))
    }
}

/// Options of [`normalize_with`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct NormalizeOptions {
    /// Query parameters to strip.
    pub tracking: TrackingParams,
}

/// Why a link could not be turned into a crawlable URL.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum NormalizeError {
    /// The link is not a valid URL relative to its base.
    #[error("invalid URL {0:?}: {1}")]
    Invalid(String, url::ParseError),
    /// The scheme is not http or https.
    #[error("unsupported scheme {0:?} (only http and https are crawled)")]
    Scheme(String),
    /// The URL has no host.
    #[error("URL {0:?} has no host")]
    NoHost(String),
}

/// Resolves `link` against `base` and returns its canonical form with the default options.
pub fn normalize(base: &Url, link: &str) -> Result<Url, NormalizeError> {
    thread_local! {
        static DEFAULT: NormalizeOptions = NormalizeOptions::default();
    }
    DEFAULT.with(|opts| normalize_with(base, link, opts))
}

/// Resolves `link` against `base` and returns its canonical form.
pub fn normalize_with(
    base: &Url,
    link: &str,
    opts: &NormalizeOptions,
) -> Result<Url, NormalizeError> {
    let url = base
        .join(link.trim())
        .map_err(|e| NormalizeError::Invalid(link.to_string(), e))?;
    normalize_url(url, opts)
}

/// Parses an absolute URL (a seed, a sitemap entry) and returns its canonical form.
pub fn normalize_absolute(link: &str, opts: &NormalizeOptions) -> Result<Url, NormalizeError> {
    let url = Url::parse(link.trim()).map_err(|e| NormalizeError::Invalid(link.to_string(), e))?;
    normalize_url(url, opts)
}

/// Returns the canonical form of an already parsed URL.
pub fn normalize_url(url: Url, opts: &NormalizeOptions) -> Result<Url, NormalizeError> {
    if url.scheme() != "http" && url.scheme() != "https" {
        return Err(NormalizeError::Scheme(url.scheme().to_string()));
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err(NormalizeError::NoHost(url.to_string()));
    }
    // Decoding escapes can reveal dot segments (`%2E%2E`) that the next parse resolves; a few
    // passes reach the fixed point (one almost always suffices).
    let mut current = url;
    for _ in 0..MAX_PASSES {
        let next = normalize_once(&current, opts)?;
        if next.as_str() == current.as_str() {
            return Ok(next);
        }
        current = next;
    }
    Ok(current)
}

/// Upper bound on rewriting passes in [`normalize_url`].
const MAX_PASSES: usize = 4;

fn normalize_once(url: &Url, opts: &NormalizeOptions) -> Result<Url, NormalizeError> {
    let path = normalize_path(url.path());
    let query = url.query().map(|q| normalize_query(q, &opts.tracking));
    let mut text = String::with_capacity(url.as_str().len());
    text.push_str(url.scheme());
    text.push_str("://");
    text.push_str(url.host_str().unwrap_or_default());
    if let Some(port) = url.port() {
        text.push(':');
        text.push_str(&port.to_string());
    }
    text.push_str(&path);
    if let Some(q) = query.filter(|q| !q.is_empty()) {
        text.push('?');
        text.push_str(&q);
    }
    Url::parse(&text).map_err(|e| NormalizeError::Invalid(text.clone(), e))
}

fn is_unreserved(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~')
}

fn hex_val(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Decodes escapes of unreserved characters and uppercases the hex of the others.
fn normalize_escapes(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let (Some(h), Some(l)) = (hex_val(bytes[i + 1]), hex_val(bytes[i + 2])) {
                let v = h * 16 + l;
                if is_unreserved(v) {
                    out.push(v as char);
                } else {
                    out.push('%');
                    out.push(bytes[i + 1].to_ascii_uppercase() as char);
                    out.push(bytes[i + 2].to_ascii_uppercase() as char);
                }
                i += 3;
                continue;
            }
        }
        // `s` comes from a parsed URL and is ASCII; copy the byte through.
        out.push(bytes[i] as char);
        i += 1;
    }
    out
}

fn normalize_path(path: &str) -> String {
    let decoded = normalize_escapes(path);
    if !decoded.contains(';') {
        return decoded;
    }
    decoded
        .split('/')
        .map(|segment| {
            let mut parts = segment.split(';');
            let head = parts.next().unwrap_or_default();
            let kept: Vec<&str> = parts
                .filter(|p| {
                    let name = p.split('=').next().unwrap_or_default();
                    !SESSION_PATH_PARAMS
                        .iter()
                        .any(|s| s.eq_ignore_ascii_case(name))
                })
                .collect();
            if kept.is_empty() {
                head.to_string()
            } else {
                format!("{head};{}", kept.join(";"))
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

fn normalize_query(query: &str, tracking: &TrackingParams) -> String {
    let mut out = String::with_capacity(query.len());
    for pair in query.split('&') {
        if pair.is_empty() {
            continue;
        }
        let pair = normalize_escapes(pair);
        let name = pair.split('=').next().unwrap_or_default();
        if tracking.is_tracking(name) {
            continue;
        }
        if !out.is_empty() {
            out.push('&');
        }
        out.push_str(&pair);
    }
    out
}

/// Whether `host` is `site` or one of its subdomains (ASCII, case-insensitive).
pub fn host_within(host: &str, site: &str) -> bool {
    let host = host.trim_end_matches('.');
    let site = site.trim_end_matches('.');
    host.eq_ignore_ascii_case(site)
        || (host.len() > site.len()
            && host[host.len() - site.len()..].eq_ignore_ascii_case(site)
            && host.as_bytes()[host.len() - site.len() - 1] == b'.')
}

/// The host with a leading `www.` removed: the "site" two hosts are compared on.
pub fn site_of(host: &str) -> &str {
    let h = host.trim_end_matches('.');
    match h.get(..4) {
        Some(p) if p.eq_ignore_ascii_case("www.") && h.len() > 4 => &h[4..],
        _ => h,
    }
}

/// Whether two hosts belong to the same site: after dropping a leading `www.`, one equals the
/// other or is a subdomain of it (`www.example.com`, `example.com`, `news.example.com`).
///
/// This deliberately avoids a public-suffix list: it never treats two unrelated hosts as one
/// site, at the cost of not recognising `a.example.com` and `b.example.com` as siblings.
pub fn same_site(a: &str, b: &str) -> bool {
    let (a, b) = (site_of(a), site_of(b));
    host_within(a, b) || host_within(b, a)
}

/// The URL that identifies a page: its `<link rel=canonical>` when that is a valid http(s) URL
/// on the same site (see [`same_site`]), otherwise the page URL itself. Both come out normalised.
///
/// A canonical link to another site is ignored, so that a page cannot claim another site's
/// identity (and overwrite its document).
pub fn canonical_identity(page_url: &Url, canonical_link: Option<&str>) -> Url {
    let page = normalize_url(page_url.clone(), &NormalizeOptions::default())
        .unwrap_or_else(|_| page_url.clone());
    let Some(link) = canonical_link.map(str::trim).filter(|l| !l.is_empty()) else {
        return page;
    };
    match normalize(&page, link) {
        Ok(canon) => match (canon.host_str(), page.host_str()) {
            (Some(c), Some(p)) if same_site(c, p) => canon,
            _ => page,
        },
        Err(_) => page,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn n(link: &str) -> String {
        let base = Url::parse("https://Example.com/dir/page.html").unwrap();
        normalize(&base, link).unwrap().to_string()
    }

    #[test]
    fn resolves_relative_links_and_dot_segments() {
        assert_eq!(n("other"), "https://example.com/dir/other");
        assert_eq!(n("../up/./x"), "https://example.com/up/x");
        assert_eq!(n("/a/%2E%2E/b"), "https://example.com/b");
        assert_eq!(n("//cdn.example.com/x"), "https://cdn.example.com/x");
    }

    #[test]
    fn lowercases_scheme_host_and_drops_defaults() {
        assert_eq!(
            n("HTTP://WWW.Example.COM:80/A#frag"),
            "http://www.example.com/A"
        );
        assert_eq!(n("https://example.com:443"), "https://example.com/");
        assert_eq!(n("https://example.com:8443/"), "https://example.com:8443/");
        assert_eq!(n("https://user:pw@example.com/"), "https://example.com/");
    }

    #[test]
    fn converts_idn_hosts() {
        assert_eq!(
            n("https://Bücher.example/x"),
            "https://xn--bcher-kva.example/x"
        );
    }

    #[test]
    fn normalises_percent_encoding() {
        assert_eq!(n("/%7euser/%41b%2fc"), "https://example.com/~user/Ab%2Fc");
        assert_eq!(
            n("/a?q=%e2%82%ac&x=%2d"),
            "https://example.com/a?q=%E2%82%AC&x=-"
        );
        assert_eq!(n("/caf\u{e9}"), "https://example.com/caf%C3%A9");
    }

    #[test]
    fn strips_tracking_params_and_keeps_order() {
        assert_eq!(
            n("/a?b=2&utm_source=x&a=1&fbclid=y&UTM_Medium=z&gclid=1&c"),
            "https://example.com/a?b=2&a=1&c"
        );
        assert_eq!(n("/a?utm_source=x"), "https://example.com/a");
        assert_eq!(n("/a?"), "https://example.com/a");
        assert_eq!(n("/a?x=1&&y=2"), "https://example.com/a?x=1&y=2");
        assert_eq!(
            n("/a;jsessionid=ABC?PHPSESSID=1&p=2"),
            "https://example.com/a?p=2"
        );
    }

    #[test]
    fn tracking_list_is_configurable() {
        let base = Url::parse("https://example.com/").unwrap();
        let opts = NormalizeOptions {
            tracking: TrackingParams {
                names: vec!["ref".into()],
                prefixes: vec![],
            },
        };
        assert_eq!(
            normalize_with(&base, "/a?ref=x&utm_source=y", &opts)
                .unwrap()
                .as_str(),
            "https://example.com/a?utm_source=y"
        );
    }

    #[test]
    fn rejects_other_schemes() {
        let base = Url::parse("https://example.com/").unwrap();
        for link in ["mailto:a@b.c", "javascript:void(0)", "ftp://x/y", "data:,x"] {
            assert!(matches!(
                normalize(&base, link),
                Err(NormalizeError::Scheme(_))
            ));
        }
    }

    #[test]
    fn canonical_identity_only_on_same_site() {
        let page = Url::parse("https://www.example.com/a?utm_source=x").unwrap();
        assert_eq!(
            canonical_identity(&page, Some("https://example.com/story")).as_str(),
            "https://example.com/story"
        );
        assert_eq!(
            canonical_identity(&page, Some("/rel")).as_str(),
            "https://www.example.com/rel"
        );
        assert_eq!(
            canonical_identity(&page, Some("https://news.example.com/s")).as_str(),
            "https://news.example.com/s"
        );
        assert_eq!(
            canonical_identity(&page, Some("https://evil.com/a")).as_str(),
            "https://www.example.com/a"
        );
        assert_eq!(
            canonical_identity(&page, Some("https://notexample.com/a")).as_str(),
            "https://www.example.com/a"
        );
        assert_eq!(
            canonical_identity(&page, None).as_str(),
            "https://www.example.com/a"
        );
    }

    #[test]
    fn same_site_rule() {
        assert!(same_site("www.example.com", "example.com"));
        assert!(same_site("example.com", "news.example.com"));
        assert!(!same_site("example.com", "badexample.com"));
        assert!(!same_site("a.example.com", "b.example.com"));
    }

    fn link_strategy() -> impl Strategy<Value = String> {
        let seg = prop::sample::select(vec![
            "a",
            "B",
            "..",
            ".",
            "%41",
            "%7e",
            "%2f",
            "%2E",
            "caf\u{e9}",
            "x;jsessionid=1",
            "",
            "%zz",
            "%",
            "~",
            "a b",
            "%252F",
        ]);
        let q = prop::sample::select(vec![
            "utm_source=1",
            "a=1",
            "B=%41",
            "fbclid=x",
            "",
            "x",
            "q=%e2%82%ac",
            "y=a+b",
            "=",
            "k=%2e",
        ]);
        let host = prop::sample::select(vec![
            "",
            "//Example.COM",
            "//b\u{fc}cher.example:80",
            "https://x.org:443",
            "http://h:8080",
        ]);
        (
            host,
            prop::collection::vec(seg, 0..6),
            prop::collection::vec(q, 0..4),
            prop::option::of("[a-z]{0,3}"),
        )
            .prop_map(|(h, segs, qs, frag)| {
                let mut s = format!("{h}/{}", segs.join("/"));
                if !qs.is_empty() {
                    s.push('?');
                    s.push_str(&qs.join("&"));
                }
                if let Some(f) = frag {
                    s.push('#');
                    s.push_str(&f);
                }
                s
            })
    }

    proptest! {
        #[test]
        fn normalisation_is_idempotent(link in link_strategy()) {
            let base = Url::parse("https://example.com/dir/").unwrap();
            if let Ok(once) = normalize(&base, &link) {
                let twice = normalize(&base, once.as_str()).unwrap();
                prop_assert_eq!(once.as_str(), twice.as_str());
                prop_assert!(once.fragment().is_none());
                prop_assert!(!once.as_str().contains("utm_source"));
            }
        }

        #[test]
        fn arbitrary_input_never_panics_and_stays_idempotent(link in "\\PC{0,40}") {
            let base = Url::parse("https://example.com/dir/").unwrap();
            if let Ok(once) = normalize(&base, &link) {
                let twice = normalize(&base, once.as_str()).unwrap();
                prop_assert_eq!(once.as_str(), twice.as_str());
            }
        }
    }
}
