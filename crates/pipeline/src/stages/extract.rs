//! The extract stage: fetched page in, article and discovered links out.
//!
//! Links pass the crawl's scope (compiled once per crawl and cached), the fleet-wide seen-set
//! (claimed on behalf of the page's job, so a redelivered page queues its links again) and the
//! page budgets. Sitemaps and feeds are parsed into links, with the crawl's entry-age filter.
//! An article whose content hash equals the one last indexed under its id is not sent again.
//! In a news crawl, a seed, feed or sitemap schedules its own next poll once handled.

use super::parse_pool::ParsePool;
use crate::bus::Queue;
use crate::runner::{Output, Stage};
use crate::stages::count;
use crate::stages::polls::{reschedule, PollOutcome};
use crawl_core::article::{word_count, Article};
use crawl_core::disposition::{Classify, FailureClass};
use crawl_core::docid::{article_hash, document_id};
use crawl_core::jobs::{ArticleJob, BodyError, FetchJob, PageJob, Resource};
use crawl_extract::{Extraction, PageKind};
use crawl_frontier::politeness::RecrawlPolicy;
use crawl_frontier::{normalize, CompiledScope, Scope, ScopeDecision, ScopeError};
use crawl_state::{Claimant, SharedState, Stat, StateError};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use url::Url;

/// Compiled scopes kept per extractor; past this many crawls the cache starts over.
const SCOPE_CACHE_CRAWLS: usize = 1024;

/// Why a page could not be processed.
#[derive(Debug, thiserror::Error)]
pub enum ExtractStageError {
    /// The page job's URL does not parse.
    #[error("invalid final URL {url:?} in page job: {reason}")]
    InvalidUrl {
        /// The URL.
        url: String,
        /// The parser's complaint.
        reason: String,
    },
    /// The body could not be unpacked.
    #[error(transparent)]
    Body(#[from] BodyError),
    /// The shared crawl state is unreachable.
    #[error(transparent)]
    State(#[from] StateError),
    /// A sitemap or feed that cannot be read.
    #[error("unreadable sitemap or feed: {0}")]
    Listing(#[from] crawl_frontier::DiscoverError),
    /// The job's scope does not compile (a bad regex from `crawlctl seed`).
    #[error("invalid crawl scope in page job: {0}")]
    Scope(#[from] ScopeError),
    /// The extraction engine panicked on this page (a bug: the page is kept for a report).
    #[error("extraction of {url} crashed: {reason}")]
    Crashed {
        /// The page.
        url: String,
        /// The panic.
        reason: String,
    },
}

impl Classify for ExtractStageError {
    fn class(&self) -> FailureClass {
        match self {
            ExtractStageError::InvalidUrl { .. } => FailureClass::Permanent,
            ExtractStageError::Body(_) => FailureClass::Permanent,
            ExtractStageError::State(e) => e.class(),
            ExtractStageError::Scope(_) => FailureClass::Permanent,
            ExtractStageError::Listing(_) => FailureClass::Permanent,
            ExtractStageError::Crashed { .. } => FailureClass::Permanent,
        }
    }
}

/// What the extract stage needs to know.
#[derive(Debug, Clone)]
pub struct ExtractSettings {
    /// Largest decompressed body accepted (the fetcher's cap).
    pub max_body_bytes: usize,
    /// Index only pages classified as articles.
    pub articles_only: bool,
    /// Shortest article body in words.
    pub min_words: u32,
    /// Bounds of news crawls' adaptive re-poll interval.
    pub recrawl: RecrawlPolicy,
    /// Redirects followed from one link before the chain is given up (`fetch.max_redirects`).
    pub max_redirects: u32,
    /// Pages parsed at the same time (0: one per CPU core).
    pub threads: usize,
}

/// Extracts articles and follows links within each crawl's scope.
pub struct ExtractStage {
    settings: ExtractSettings,
    state: SharedState,
    scopes: Mutex<HashMap<String, Arc<CompiledScope>>>,
    /// The threads that parse pages: at most `threads` DOMs at once (more would only add
    /// memory, not speed).
    parsing: ParsePool,
}

impl ExtractStage {
    /// A stage that dedups links and counts budgets through the shared crawl `state`.
    pub fn new(settings: ExtractSettings, state: SharedState) -> Self {
        let threads = match settings.threads {
            0 => std::thread::available_parallelism().map_or(1, |n| n.get()),
            n => n,
        };
        ExtractStage {
            settings,
            state,
            scopes: Mutex::new(HashMap::new()),
            parsing: ParsePool::new("parse", threads),
        }
    }

    /// The compiled scope of `crawl_id`, compiled on first use (and again if the crawl's
    /// scope changed, e.g. re-seeded with other options).
    fn scope(&self, crawl_id: &str, scope: &Scope) -> Result<Arc<CompiledScope>, ScopeError> {
        let mut cache = self.scopes.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(c) = cache.get(crawl_id).filter(|c| c.scope() == scope) {
            return Ok(c.clone());
        }
        let compiled = Arc::new(CompiledScope::new(scope)?);
        if cache.len() >= SCOPE_CACHE_CRAWLS {
            cache.clear();
        }
        cache.insert(crawl_id.to_string(), compiled.clone());
        Ok(compiled)
    }

    /// Counts `n` links of the crawl skipped for `reason` (metric and crawl stats).
    async fn skip(&self, crawl_id: &str, reason: &'static str, n: u64) {
        metrics::counter!("links_skipped_total", "reason" => reason).increment(n);
        count(&*self.state, crawl_id, Stat::Skipped(reason), n).await;
    }

    /// Queues the links of a page that pass scope, dedup and budgets.
    async fn links(
        &self,
        page: &PageJob,
        x: &Extraction,
    ) -> Result<Vec<Output>, ExtractStageError> {
        let pages = x
            .links
            .iter()
            .filter_map(|href| normalize(&x.base_url, href).ok())
            .map(|u| (u, Resource::Page));
        let feeds = x.feeds.iter().map(|u| (u.clone(), Resource::Feed));
        let depth = page.fetch.depth + 1;
        self.follow(page, pages.chain(feeds).collect(), |u, r| {
            page.fetch.child(u.to_string(), depth, r)
        })
        .await
    }

    /// Queues the target of a redirect like a link found at the redirecting URL's depth.
    async fn redirect(
        &self,
        page: &PageJob,
        location: &str,
    ) -> Result<Vec<Output>, ExtractStageError> {
        let crawl_id = page.fetch.crawl_id.as_str();
        if page.fetch.redirects >= self.settings.max_redirects {
            tracing::debug!(event = "link_skipped", url = %location, reason = "redirects");
            self.skip(crawl_id, "redirects", 1).await;
            return Ok(Vec::new());
        }
        let target = Url::parse(&page.final_url)
            .ok()
            .and_then(|base| normalize(&base, location).ok());
        let Some(target) = target else {
            self.skip(crawl_id, "invalid_url", 1).await;
            return Ok(Vec::new());
        };
        self.follow(page, vec![(target, page.fetch.resource)], |u, _| {
            page.fetch.redirected(u.to_string())
        })
        .await
    }

    /// Queues the entries of a sitemap or feed; they count at the listing's own depth, since
    /// sitemaps and feeds are how a site asks to be crawled.
    async fn listing(
        &self,
        page: &PageJob,
        final_url: &Url,
        body: &[u8],
    ) -> Result<Vec<Output>, ExtractStageError> {
        let since = page
            .fetch
            .scope
            .max_entry_age_days
            .map(|days| chrono::Utc::now() - chrono::Duration::days(i64::from(days)));
        let found = crawl_frontier::discover::parse_listing(
            body,
            final_url,
            0,
            since,
            &crawl_frontier::DiscoverLimits::default(),
        )?;
        if found.filtered_old > 0 {
            self.skip(&page.fetch.crawl_id, "too_old", found.filtered_old as u64)
                .await;
        }
        let links = found
            .links
            .into_iter()
            .map(|l| {
                let resource = match l.kind {
                    crawl_frontier::LinkKind::Page => Resource::Page,
                    crawl_frontier::LinkKind::Sitemap => Resource::Sitemap,
                    crawl_frontier::LinkKind::Feed => Resource::Feed,
                };
                (l.url, resource)
            })
            .collect();
        let depth = page.fetch.depth;
        self.follow(page, links, |u, r| {
            page.fetch.child(u.to_string(), depth, r)
        })
        .await
    }

    /// Queues the `links` that pass the crawl's scope, the seen-set and the page budgets, as
    /// the jobs `job_for` makes of them.
    async fn follow(
        &self,
        page: &PageJob,
        links: Vec<(Url, Resource)>,
        job_for: impl Fn(&Url, Resource) -> FetchJob,
    ) -> Result<Vec<Output>, ExtractStageError> {
        let crawl_id = page.fetch.crawl_id.as_str();
        let scope = self.scope(crawl_id, &page.fetch.scope)?;
        let by = Claimant::of_job(&page.fetch);
        let mut out = Vec::new();
        let mut skipped: HashMap<&'static str, u64> = HashMap::new();
        let mut seen_here = std::collections::HashSet::new();
        for (url, resource) in links {
            if !seen_here.insert(url.clone()) {
                continue;
            }
            let job = job_for(&url, resource);
            if let ScopeDecision::Reject(reason) = scope.check(&url, job.depth) {
                tracing::debug!(event = "link_skipped", url = %url, reason);
                *skipped.entry(reason).or_default() += 1;
                continue;
            }
            if !self.state.first_visit(crawl_id, &url, by).await? {
                continue;
            }
            let host = url.host_str().unwrap_or_default().to_string();
            let (host_count, crawl_count) = self.state.count_page(crawl_id, &host).await?;
            if let ScopeDecision::Reject(reason) = scope.check_budget(host_count, crawl_count) {
                tracing::debug!(event = "link_skipped", url = %url, reason);
                *skipped.entry(reason).or_default() += 1;
                continue;
            }
            out.push(Output::Fetch(job));
        }
        for (reason, n) in skipped {
            self.skip(crawl_id, reason, n).await;
        }
        metrics::counter!("links_queued_total").increment(out.len() as u64);
        if !out.is_empty() {
            count(&*self.state, crawl_id, Stat::Discovered, out.len() as u64).await;
        }
        Ok(out)
    }

    /// After a news crawl's seed, feed or sitemap was read: its validators and next poll.
    async fn polled(&self, page: &PageJob, outputs: &[Output]) -> Result<(), StateError> {
        if !page.fetch.is_poll_target() {
            return Ok(());
        }
        let new_links = outputs
            .iter()
            .filter(|o| matches!(o, Output::Fetch(_)))
            .count();
        let outcome = PollOutcome {
            etag: page.etag.clone(),
            last_modified: page.last_modified.clone(),
            new_links,
        };
        reschedule(&*self.state, &self.settings.recrawl, &page.fetch, outcome).await?;
        Ok(())
    }

    fn article(&self, page: &PageJob, final_url: &Url, x: &Extraction) -> Option<Article> {
        if self.settings.articles_only && x.page_kind != PageKind::Article {
            return None;
        }
        let words = word_count(&x.body);
        if words < self.settings.min_words || x.title.is_empty() {
            return None;
        }
        let canonical = x
            .canonical_url
            .as_ref()
            .filter(|c| c.host_str() == final_url.host_str())
            .unwrap_or(final_url)
            .to_string();
        let site = Url::parse(&canonical)
            .ok()
            .and_then(|u| u.host_str().map(str::to_string))
            .unwrap_or_default();
        let fetched = chrono::DateTime::parse_from_rfc3339(&page.fetched_at).ok();
        let stamp = |d: &Option<chrono::DateTime<chrono::FixedOffset>>| {
            d.map(|d| (d.to_rfc3339(), d.timestamp()))
        };
        let published = stamp(&x.published);
        let modified = stamp(&x.modified);
        Some(Article {
            id: document_id(&canonical),
            url: final_url.to_string(),
            site,
            site_name: x.site_name.clone(),
            title: x.title.clone(),
            authors: x.authors.clone(),
            published_at: published.as_ref().map(|p| p.0.clone()),
            published_ts: published.map(|p| p.1),
            modified_at: modified.as_ref().map(|p| p.0.clone()),
            modified_ts: modified.map(|p| p.1),
            language: x.language.clone(),
            description: x.description.clone(),
            word_count: words,
            image: x.image.as_ref().map(Url::to_string),
            tags: x.tags.clone(),
            fetched_at: page.fetched_at.clone(),
            fetched_ts: fetched.map(|f| f.timestamp()).unwrap_or_default(),
            content_hash: article_hash(&[&x.title, &x.body]),
            crawl_id: page.fetch.crawl_id.clone(),
            body: x.body.clone(),
            canonical_url: canonical,
        })
    }
}

impl Stage for ExtractStage {
    type Input = PageJob;
    type Error = ExtractStageError;
    const NAME: &'static str = "extract";
    const INPUT: Queue = Queue::Page;

    fn crawl_of(job: &Self::Input) -> &str {
        &job.fetch.crawl_id
    }

    async fn gave_up(&self, crawl_id: &str) {
        count(&*self.state, crawl_id, Stat::Errors, 1).await;
    }

    async fn handle(&self, page: PageJob, _attempt: u32) -> Result<Vec<Output>, ExtractStageError> {
        let final_url = Url::parse(&page.final_url).map_err(|e| ExtractStageError::InvalidUrl {
            url: page.final_url.clone(),
            reason: e.to_string(),
        })?;
        if let Some(location) = &page.location {
            return self.redirect(&page, location).await;
        }
        let body = page.unpack_body(self.settings.max_body_bytes)?;
        if page.fetch.resource != Resource::Page {
            let outputs = self.listing(&page, &final_url, &body).await?;
            self.polled(&page, &outputs).await?;
            return Ok(outputs);
        }
        let content_type = page.content_type.clone();
        let url_for_extract = final_url.clone();
        let x = self
            .parsing
            .run(move || crawl_extract::extract(&body, &url_for_extract, content_type.as_deref()))
            .await
            .map_err(|e| ExtractStageError::Crashed {
                url: page.final_url.clone(),
                reason: e.to_string(),
            })?;
        let mut outputs = self.links(&page, &x).await?;
        self.polled(&page, &outputs).await?;
        match self.article(&page, &final_url, &x) {
            Some(article)
                if self
                    .state
                    .changed(&article.id, &article.content_hash)
                    .await? =>
            {
                metrics::counter!("articles_extracted_total").increment(1);
                count(&*self.state, &page.fetch.crawl_id, Stat::Articles, 1).await;
                outputs.push(Output::Article(ArticleJob { article }));
            }
            Some(_) => {
                metrics::counter!("articles_unchanged_total").increment(1);
                count(
                    &*self.state,
                    &page.fetch.crawl_id,
                    Stat::Skipped("unchanged"),
                    1,
                )
                .await;
            }
            None => metrics::counter!("pages_not_indexed_total").increment(1),
        }
        Ok(outputs)
    }
}
