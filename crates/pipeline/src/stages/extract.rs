//! The extract stage: fetched page in, article and discovered links out.

use crate::bus::Queue;
use crate::runner::{Output, Stage};
use crawl_core::article::{word_count, Article};
use crawl_core::disposition::{Classify, FailureClass};
use crawl_core::docid::{content_hash, document_id};
use crawl_core::jobs::{decompress_body, ArticleJob, BodyError, FetchJob, PageJob, Resource};
use crawl_extract::{Extraction, PageKind};
use crawl_frontier::{normalize, CompiledScope, ScopeDecision, ScopeError};
use crawl_state::{SharedState, Stat, StateError};
use url::Url;

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
}

/// Extracts articles and follows links within each crawl's scope.
pub struct ExtractStage {
    settings: ExtractSettings,
    state: SharedState,
}

impl ExtractStage {
    /// A stage that dedups links and counts budgets through the shared crawl `state`.
    pub fn new(settings: ExtractSettings, state: SharedState) -> Self {
        ExtractStage { settings, state }
    }

    async fn skip(&self, crawl_id: &str, reason: &'static str) -> Result<(), StateError> {
        metrics::counter!("links_skipped_total", "reason" => reason).increment(1);
        self.state.record(crawl_id, Stat::Skipped(reason), 1).await
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
        self.follow(page, page.fetch.depth + 1, pages.chain(feeds).collect())
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
        let found = crawl_frontier::discover::parse_listing(
            body,
            final_url,
            0,
            None,
            &crawl_frontier::DiscoverLimits::default(),
        )?;
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
        self.follow(page, page.fetch.depth, links).await
    }

    async fn follow(
        &self,
        page: &PageJob,
        depth: u32,
        links: Vec<(Url, Resource)>,
    ) -> Result<Vec<Output>, ExtractStageError> {
        let crawl_id = page.fetch.crawl_id.as_str();
        let scope = CompiledScope::new(&page.fetch.scope)?;
        let mut out = Vec::new();
        let mut seen_here = std::collections::HashSet::new();
        for (url, resource) in links {
            if !seen_here.insert(url.clone()) {
                continue;
            }
            if let ScopeDecision::Reject(reason) = scope.check(&url, depth) {
                tracing::debug!(event = "link_skipped", url = %url, reason);
                self.skip(crawl_id, reason).await?;
                continue;
            }
            if !self.state.first_visit(crawl_id, &url).await? {
                continue;
            }
            let host = url.host_str().unwrap_or_default().to_string();
            let (host_count, crawl_count) = self.state.count_page(crawl_id, &host).await?;
            if let ScopeDecision::Reject(reason) = scope.check_budget(host_count, crawl_count) {
                tracing::debug!(event = "link_skipped", url = %url, reason);
                self.skip(crawl_id, reason).await?;
                continue;
            }
            out.push(Output::Fetch(FetchJob {
                url: url.to_string(),
                depth,
                crawl_id: page.fetch.crawl_id.clone(),
                scope: page.fetch.scope.clone(),
                resource,
            }));
        }
        metrics::counter!("links_queued_total").increment(out.len() as u64);
        if !out.is_empty() {
            self.state
                .record(crawl_id, Stat::Discovered, out.len() as u64)
                .await?;
        }
        Ok(out)
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
            content_hash: content_hash(&format!("{}\n{}", x.title, x.body)),
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

    async fn handle(&self, page: PageJob, _attempt: u32) -> Result<Vec<Output>, ExtractStageError> {
        let final_url = Url::parse(&page.final_url).map_err(|e| ExtractStageError::InvalidUrl {
            url: page.final_url.clone(),
            reason: e.to_string(),
        })?;
        let body = decompress_body(&page.body_gz, self.settings.max_body_bytes)?;
        if page.fetch.resource != Resource::Page {
            return self.listing(&page, &final_url, &body).await;
        }
        let content_type = page.content_type.clone();
        let url_for_extract = final_url.clone();
        let x = tokio::task::spawn_blocking(move || {
            crawl_extract::extract(&body, &url_for_extract, content_type.as_deref())
        })
        .await
        .map_err(|e| ExtractStageError::Crashed {
            url: page.final_url.clone(),
            reason: e.to_string(),
        })?;
        let mut outputs = self.links(&page, &x).await?;
        if let Some(article) = self.article(&page, &final_url, &x) {
            metrics::counter!("articles_extracted_total").increment(1);
            self.state
                .record(&page.fetch.crawl_id, Stat::Articles, 1)
                .await?;
            outputs.push(Output::Article(ArticleJob { article }));
        } else {
            metrics::counter!("pages_not_indexed_total").increment(1);
        }
        Ok(outputs)
    }
}
