//! The extract stage's frontier decisions, in process with the in-memory state store: links of
//! a redelivered page are queued again, links another page already claimed are not, redirects
//! are queued as links up to the limit, and an unchanged article is not sent twice.

use crawl_core::jobs::{compress_body, CrawlMode, FetchJob, PageJob, Resource, BODY_CODEC};
use crawl_frontier::politeness::RecrawlPolicy;
use crawl_frontier::Scope;
use crawl_pipeline::runner::{Output, Stage};
use crawl_pipeline::stages::extract::{ExtractSettings, ExtractStage};
use crawl_state::{SharedState, StateConfig};
use std::time::Duration;

fn stage() -> (ExtractStage, SharedState) {
    let state = crawl_state::memory(StateConfig::default());
    let settings = ExtractSettings {
        max_body_bytes: 1 << 20,
        articles_only: true,
        min_words: 20,
        recrawl: RecrawlPolicy {
            min: Duration::from_secs(60),
            max: Duration::from_secs(600),
        },
        max_redirects: 2,
        threads: 1,
    };
    (ExtractStage::new(settings, state.clone()), state)
}

fn fetch_job(url: &str, depth: u32) -> FetchJob {
    FetchJob::new(
        url.to_string(),
        depth,
        "crawl".into(),
        Scope {
            allowed_hosts: vec!["news.example.com".into()],
            max_depth: 3,
            ..Default::default()
        },
        Resource::Page,
    )
}

fn page(fetch: FetchJob, html: &str) -> PageJob {
    PageJob {
        final_url: fetch.url.clone(),
        fetch,
        status: 200,
        content_type: Some("text/html".into()),
        etag: Some("\"v1\"".into()),
        last_modified: None,
        fetched_at: "2026-11-20T08:00:00Z".into(),
        body_codec: BODY_CODEC,
        body: compress_body(html.as_bytes()),
        location: None,
    }
}

const HUB: &str = "<html><head><title>Local news</title></head><body><main><h1>Local</h1><ul>\
    <li><a href=\"/news/1\">One</a></li><li><a href=\"/news/2?utm_source=x\">Two</a></li>\
    <li><a href=\"https://elsewhere.example.org/\">Elsewhere</a></li></ul></main></body></html>";

fn article_html(marker: &str) -> String {
    format!(
        "<html lang=\"en\"><head><title>Harbour plan approved | Times</title>\
         <meta property=\"og:type\" content=\"article\">\
         <meta property=\"article:published_time\" content=\"2026-11-20T08:00:00Z\"></head>\
         <body><nav><a href=\"/\">Home</a></nav><article><h1>Harbour plan approved</h1>\
         <p class=\"byline\">By Ada Reporter</p>\
         <p>The city council voted on Tuesday to approve the long-debated harbour plan, which will \
         add new housing, a public promenade and a ferry terminal over the next decade.</p>\
         <p>{marker} Supporters said the project would bring jobs back to the waterfront, while \
         opponents worried about rising rents and the loss of the old fish market.</p>\
         <p>Construction is expected to begin next spring, after a final review of the study \
         and a round of public hearings in each affected neighbourhood of the district.</p>\
         </article><footer>Copyright Times</footer></body></html>"
    )
}

fn fetched_urls(outputs: &[Output]) -> Vec<String> {
    let mut urls: Vec<String> = outputs
        .iter()
        .filter_map(|o| match o {
            Output::Fetch(j) => Some(j.url.clone()),
            _ => None,
        })
        .collect();
    urls.sort();
    urls
}

fn articles(outputs: &[Output]) -> usize {
    outputs
        .iter()
        .filter(|o| matches!(o, Output::Article(_)))
        .count()
}

#[tokio::test]
async fn a_redelivered_page_queues_its_links_again_and_other_pages_do_not() {
    let (stage, _) = stage();
    let hub = page(fetch_job("https://news.example.com/local", 0), HUB);
    let first = stage.handle(hub.clone(), 0).await.unwrap();
    let expected = vec![
        "https://news.example.com/news/1".to_string(),
        "https://news.example.com/news/2".to_string(),
    ];
    assert_eq!(fetched_urls(&first), expected, "in-scope links, normalised");
    // The worker died before its outputs were confirmed: the same job comes again.
    let again = stage.handle(hub, 1).await.unwrap();
    assert_eq!(fetched_urls(&again), expected, "nothing lost on redelivery");
    // Another page linking to the same articles queues nothing.
    let other = page(fetch_job("https://news.example.com/world", 0), HUB);
    assert!(fetched_urls(&stage.handle(other, 0).await.unwrap()).is_empty());
}

#[tokio::test]
async fn redirects_are_queued_as_links_up_to_the_limit() {
    let (stage, state) = stage();
    let mut moved = page(fetch_job("https://news.example.com/old/1", 1), "");
    moved.status = 301;
    moved.location = Some("https://news.example.com/news/1?utm_medium=email".into());
    let out = stage.handle(moved.clone(), 0).await.unwrap();
    let Some(Output::Fetch(next)) = out.first() else {
        panic!("the redirect target is queued: {out:?}")
    };
    assert_eq!(next.url, "https://news.example.com/news/1");
    assert_eq!((next.depth, next.redirects), (1, 1), "same depth, one hop");

    let mut off_site = moved.clone();
    off_site.fetch.url = "https://news.example.com/old/2".into();
    off_site.location = Some("https://elsewhere.example.org/".into());
    assert!(stage.handle(off_site, 0).await.unwrap().is_empty());

    let mut too_far = moved;
    too_far.fetch.url = "https://news.example.com/old/3".into();
    too_far.fetch.redirects = 2;
    too_far.location = Some("https://news.example.com/news/3".into());
    assert!(stage.handle(too_far, 0).await.unwrap().is_empty());
    let stats = state.stats("crawl").await.unwrap();
    assert_eq!(stats.skipped.get("redirects"), Some(&1), "{stats:?}");
    assert_eq!(stats.skipped.get("host"), Some(&1), "{stats:?}");
}

#[tokio::test]
async fn an_unchanged_article_is_not_sent_again_once_indexed() {
    let (stage, state) = stage();
    let url = "https://news.example.com/news/1";
    let first = stage
        .handle(page(fetch_job(url, 1), &article_html("First.")), 0)
        .await
        .unwrap();
    assert_eq!(articles(&first), 1);
    let Some(Output::Article(job)) = first.iter().find(|o| matches!(o, Output::Article(_))) else {
        unreachable!()
    };
    // Not yet confirmed by the indexer: a second copy is still sent.
    let mut refetch = page(fetch_job(url, 1), &article_html("First."));
    refetch.fetched_at = "2026-11-21T08:00:00Z".into();
    assert_eq!(
        articles(&stage.handle(refetch.clone(), 0).await.unwrap()),
        1
    );
    // Once indexed, the same content is skipped; changed content is sent.
    state
        .remember_content(&job.article.id, &job.article.content_hash)
        .await
        .unwrap();
    assert_eq!(articles(&stage.handle(refetch, 0).await.unwrap()), 0);
    let changed = page(fetch_job(url, 1), &article_html("Corrected."));
    assert_eq!(articles(&stage.handle(changed, 0).await.unwrap()), 1);
    let stats = state.stats("crawl").await.unwrap();
    assert_eq!(stats.skipped.get("unchanged"), Some(&1), "{stats:?}");
}

#[tokio::test]
async fn a_news_seed_schedules_its_next_poll_with_its_validators() {
    let (stage, state) = stage();
    let mut seed = fetch_job("https://news.example.com/local", 0);
    seed.mode = CrawlMode::News;
    stage.handle(page(seed.clone(), HUB), 0).await.unwrap();
    let (n, next) = state.polls("crawl").await.unwrap();
    assert_eq!(n, 1);
    assert!(
        next.is_some_and(|d| d > Duration::from_secs(50) && d <= Duration::from_secs(60)),
        "first re-poll after poll_min: {next:?}"
    );
    let url = url::Url::parse(&seed.url).unwrap();
    let v = state.validators("crawl", &url).await.unwrap().unwrap();
    assert_eq!(v.etag.as_deref(), Some("\"v1\""));
    // A site crawl's seed is never polled.
    let (stage, state) = self::stage();
    stage
        .handle(page(fetch_job("https://news.example.com/local", 0), HUB), 0)
        .await
        .unwrap();
    assert_eq!(state.polls("crawl").await.unwrap().0, 0);
}
