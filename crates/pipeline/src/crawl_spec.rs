//! A crawl as an operator describes it: its seeds, its mode (one-off site crawl or continuous
//! news crawl) and its scope options, from `crawlctl` flags or a crawl file (TOML).
//!
//! ```toml
//! crawl_id = "harbour-news"          # optional: default derived from the time
//! mode = "news"                      # "site" (default) or "news"
//! seeds = ["https://news.example.com/", "https://news.example.com/local/"]
//!
//! [scope]
//! max_depth = 2
//! allowed_domains = ["example.com"]  # besides each seed's own host (and its www. twin)
//! exclude = ["/video/", "\\?print=1"]
//! max_pages_per_host = 5000
//! max_entry_age_days = 3             # sitemap/feed entries older than this are skipped
//! ```
//!
//! Each seed gets its own [`Scope`]: its host (and the `www.` twin of it, so a seed that
//! redirects between the two is not cut off) plus the hosts and domains named here.

use crawl_core::jobs::{CrawlMode, FetchJob, Resource};
use crawl_frontier::{CompiledScope, Scope, ScopeError, TrapGuards};
use serde::Deserialize;
use std::path::Path;
use url::Url;

/// Longest crawl id accepted.
pub const MAX_CRAWL_ID_LEN: usize = 64;

/// Why a crawl description cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum CrawlSpecError {
    /// The crawl file could not be read.
    #[error("cannot read crawl file {path}: {source}")]
    Read {
        /// The file.
        path: String,
        /// The OS error.
        source: std::io::Error,
    },
    /// The crawl file is not valid TOML or has unknown keys.
    #[error("invalid crawl file {path}: {message}")]
    Parse {
        /// The file.
        path: String,
        /// What the parser said, naming the key.
        message: String,
    },
    /// No seed URLs at all.
    #[error("no seed URLs given (pass URLs, --file seeds.txt or a crawl file with seeds = [...])")]
    NoSeeds,
    /// A seed is not an absolute http(s) URL.
    #[error("seed {0:?} is not an absolute http(s) URL")]
    BadSeed(String),
    /// The crawl id has characters that do not fit queue and key names.
    #[error(
        "crawl id {0:?} must be 1 to 64 characters of A-Z a-z 0-9 . _ - (setting --crawl-id or crawl_id)"
    )]
    BadCrawlId(String),
    /// An include/exclude regex does not compile.
    #[error(transparent)]
    Scope(#[from] ScopeError),
}

/// Scope options applied to every seed of a crawl.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ScopeOptions {
    /// Links deeper than this many hops from the seed are not followed (default:
    /// `extractor.max_depth`).
    pub max_depth: Option<u32>,
    /// Hosts allowed besides each seed's own host, exactly.
    pub allowed_hosts: Vec<String>,
    /// Domains allowed with all their subdomains.
    pub allowed_domains: Vec<String>,
    /// When not empty, a URL must match one of these regexes.
    pub include: Vec<String>,
    /// URLs matching any of these regexes are skipped.
    pub exclude: Vec<String>,
    /// Most pages per host in this crawl.
    pub max_pages_per_host: Option<u64>,
    /// Most pages in this crawl.
    pub max_pages: Option<u64>,
    /// File extensions never fetched (default: images, media, archives, documents, binaries;
    /// an empty list allows all).
    pub deny_extensions: Option<Vec<String>>,
    /// Sitemap and feed entries dated more than this many days ago are skipped.
    pub max_entry_age_days: Option<u32>,
    /// Trap guards (all on by default).
    pub traps: Option<TrapGuards>,
}

/// A crawl to start: seeds, mode, scope.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CrawlSpec {
    /// The crawl's id (dedup and progress are per crawl); default derived from the time.
    #[serde(default)]
    pub crawl_id: Option<String>,
    /// One-off site crawl or continuous news crawl.
    #[serde(default)]
    pub mode: CrawlMode,
    /// Seed URLs.
    #[serde(default)]
    pub seeds: Vec<String>,
    /// Scope options for every seed.
    #[serde(default)]
    pub scope: ScopeOptions,
}

impl CrawlSpec {
    /// Reads a crawl file.
    pub fn from_file(path: &Path) -> Result<CrawlSpec, CrawlSpecError> {
        let text = std::fs::read_to_string(path).map_err(|source| CrawlSpecError::Read {
            path: path.display().to_string(),
            source,
        })?;
        toml::from_str(&text).map_err(|e| CrawlSpecError::Parse {
            path: path.display().to_string(),
            message: e.to_string(),
        })
    }

    /// The crawl id, or a new one from the clock.
    pub fn crawl_id(&self) -> Result<String, CrawlSpecError> {
        match &self.crawl_id {
            Some(id) => {
                let ok = !id.is_empty()
                    && id.len() <= MAX_CRAWL_ID_LEN
                    && id
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'));
                if ok {
                    Ok(id.clone())
                } else {
                    Err(CrawlSpecError::BadCrawlId(id.clone()))
                }
            }
            None => Ok(format!("c{}", chrono::Utc::now().format("%Y%m%dT%H%M%S"))),
        }
    }

    /// The seeds' fetch jobs, each with its scope; regexes are compiled once here so that a
    /// bad pattern is an error before anything is published.
    pub fn seed_jobs(&self, default_depth: u32) -> Result<Vec<FetchJob>, CrawlSpecError> {
        if self.seeds.is_empty() {
            return Err(CrawlSpecError::NoSeeds);
        }
        let crawl_id = self.crawl_id()?;
        let mut jobs = Vec::with_capacity(self.seeds.len());
        for raw in &self.seeds {
            let url = parse_seed(raw)?;
            let scope = self.scope_for(&url, default_depth);
            CompiledScope::new(&scope)?;
            let mut job =
                FetchJob::new(url.to_string(), 0, crawl_id.clone(), scope, Resource::Page);
            job.mode = self.mode;
            jobs.push(job);
        }
        Ok(jobs)
    }

    fn scope_for(&self, seed: &Url, default_depth: u32) -> Scope {
        let o = &self.scope;
        let mut hosts: Vec<String> = Vec::new();
        if let Some(h) = seed.host_str() {
            hosts.push(h.to_string());
            match h.strip_prefix("www.") {
                Some(bare) => hosts.push(bare.to_string()),
                None if h.contains('.') && h.parse::<std::net::IpAddr>().is_err() => {
                    hosts.push(format!("www.{h}"))
                }
                None => {}
            }
        }
        for h in &o.allowed_hosts {
            let h = h.to_ascii_lowercase();
            if !hosts.contains(&h) {
                hosts.push(h);
            }
        }
        Scope {
            allowed_hosts: hosts,
            allowed_domains: o
                .allowed_domains
                .iter()
                .map(|d| d.to_ascii_lowercase())
                .collect(),
            max_depth: o.max_depth.unwrap_or(default_depth),
            include: o.include.clone(),
            exclude: o.exclude.clone(),
            max_pages_per_host: o.max_pages_per_host,
            max_pages: o.max_pages,
            deny_extensions: o.deny_extensions.clone(),
            max_entry_age_days: o.max_entry_age_days,
            traps: o.traps.clone().unwrap_or_default(),
        }
    }
}

/// Parses one seed: an absolute http(s) URL, normalised.
pub fn parse_seed(raw: &str) -> Result<Url, CrawlSpecError> {
    let bad = || CrawlSpecError::BadSeed(raw.to_string());
    let parsed = Url::parse(raw.trim()).map_err(|_| bad())?;
    if !matches!(parsed.scheme(), "http" | "https") || parsed.host_str().is_none() {
        return Err(bad());
    }
    crawl_frontier::normalize(&parsed, parsed.as_str()).map_err(|_| bad())
}

/// Seed URLs from a file: one per line, `#` comments and blank lines ignored.
pub fn read_seed_list(path: &Path) -> Result<Vec<String>, CrawlSpecError> {
    let text = std::fs::read_to_string(path).map_err(|source| CrawlSpecError::Read {
        path: path.display().to_string(),
        source,
    })?;
    Ok(text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crawl_files_give_one_scoped_job_per_seed() {
        let spec: CrawlSpec = toml::from_str(
            r#"
            crawl_id = "harbour-news"
            mode = "news"
            seeds = ["https://news.example.com/", "https://www.example.org/local/"]
            [scope]
            max_depth = 2
            allowed_domains = ["Example.com"]
            exclude = ["/video/"]
            max_pages_per_host = 50
            max_entry_age_days = 3
            "#,
        )
        .unwrap();
        let jobs = spec.seed_jobs(5).unwrap();
        assert_eq!(jobs.len(), 2);
        let a = &jobs[0];
        assert_eq!(a.crawl_id, "harbour-news");
        assert_eq!(a.mode, CrawlMode::News);
        assert_eq!(a.depth, 0);
        assert_eq!(
            a.scope.allowed_hosts,
            ["news.example.com", "www.news.example.com"]
        );
        assert_eq!(a.scope.allowed_domains, ["example.com"]);
        assert_eq!(a.scope.max_depth, 2);
        assert_eq!(a.scope.max_pages_per_host, Some(50));
        assert_eq!(a.scope.max_entry_age_days, Some(3));
        assert!(a.scope.traps.enabled, "trap guards stay on by default");
        assert_eq!(
            jobs[1].scope.allowed_hosts,
            ["www.example.org", "example.org"]
        );
    }

    #[test]
    fn bad_input_is_refused_with_the_culprit_named() {
        let unknown = toml::from_str::<CrawlSpec>("seeds = []\n[scope]\nmax_dept = 2\n");
        assert!(unknown.unwrap_err().to_string().contains("max_dept"));

        let no_seeds = CrawlSpec::default().seed_jobs(3).unwrap_err();
        assert!(matches!(no_seeds, CrawlSpecError::NoSeeds));

        let spec = |seed: &str| CrawlSpec {
            seeds: vec![seed.into()],
            ..Default::default()
        };
        for bad in ["example.com", "ftp://example.com/", "/news"] {
            let e = spec(bad).seed_jobs(3).unwrap_err();
            assert!(e.to_string().contains(bad), "{e}");
        }

        let mut bad_regex = spec("https://example.com/");
        bad_regex.scope.include = vec!["(unclosed".into()];
        let e = bad_regex.seed_jobs(3).unwrap_err();
        assert!(e.to_string().contains("include"), "{e}");

        let mut bad_id = spec("https://example.com/");
        bad_id.crawl_id = Some("has space".into());
        assert!(matches!(
            bad_id.seed_jobs(3).unwrap_err(),
            CrawlSpecError::BadCrawlId(_)
        ));
    }

    #[test]
    fn defaults_follow_the_settings_and_ip_hosts_get_no_twin() {
        let spec = CrawlSpec {
            seeds: vec!["http://127.0.0.1:8080/".into()],
            ..Default::default()
        };
        let jobs = spec.seed_jobs(4).unwrap();
        assert_eq!(jobs[0].scope.max_depth, 4);
        assert_eq!(jobs[0].scope.allowed_hosts, ["127.0.0.1"]);
        assert_eq!(jobs[0].mode, CrawlMode::Site);
        assert!(jobs[0].crawl_id.starts_with('c'));
    }
}
