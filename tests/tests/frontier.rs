//! The crawl frontier against real RabbitMQ and Redis, with the workers as processes and local
//! sites on 127.0.0.1: Crawl-delay, back-off isolation between hosts, traps, fleet-wide dedup
//! across restarts of every worker and of Redis, news polling with conditional GET, and the
//! acceptance crawl of a news-like site with a feed, a sitemap, robots.txt and a trap.

use crawl_core::docid::document_id;
use crawl_core::jobs::CrawlMode;
use crawl_pipeline::crawl_spec::{CrawlSpec, ScopeOptions};
use fleet_tests::redis_server::PrivateRedis;
use fleet_tests::site::{
    article_page, hub_page, max_in_window, rss_feed, sitemap, timeline, Resource, Site,
};
use fleet_tests::{wait_for, Fleet};
use serde_json::Value;
use std::collections::HashMap;
use std::time::Duration;

/// These tests measure request timing: one at a time, so that a dozen worker processes of
/// parallel tests do not starve each other of CPU and bunch requests together.
static ONE_AT_A_TIME: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// Worker settings shared by these tests: the double (or a real Meilisearch), short batches and
/// retries, and a per-host rate for each of `rates`.
fn policy_env(meili: &meili_double::TestMeili, rates: &[(String, f64)]) -> Vec<(String, String)> {
    let table: Vec<String> = rates
        .iter()
        .map(|(host, rate)| format!("\"{host}\" = {rate}"))
        .collect();
    let mut env = vec![
        ("MEILI_URL".to_string(), meili.url().to_string()),
        (
            "CRAWL__INDEXER__INDEX_UID".into(),
            meili.index_uid().to_string(),
        ),
        ("CRAWL__INDEXER__BATCH_MAX_AGE_SECS".into(), "0.3".into()),
        ("CRAWL__EXTRACTOR__MIN_WORDS".into(), "20".into()),
        (
            "CRAWL__AMQP__RETRY_DELAYS_SECS".into(),
            "[1.0, 2.0, 4.0, 8.0]".into(),
        ),
        (
            "CRAWL__FETCH__HOST_RATES".into(),
            format!("{{ {} }}", table.join(", ")),
        ),
    ];
    if let Some(key) = meili.master_key() {
        env.push(("MEILI_MASTER_KEY".into(), key.to_string()));
    }
    env
}

fn spec(seeds: Vec<String>, crawl_id: &str, scope: ScopeOptions) -> CrawlSpec {
    CrawlSpec {
        crawl_id: Some(crawl_id.to_string()),
        mode: CrawlMode::Site,
        seeds,
        scope,
    }
}

async fn index_docs(meili: &meili_double::TestMeili) -> Result<Vec<Value>, String> {
    let r = meili
        .request(
            "GET",
            &format!("/indexes/{}/documents?limit=10000", meili.index_uid()),
            None,
        )
        .await?;
    if r.status != 200 {
        return Err(format!("GET documents answered {}: {}", r.status, r.body));
    }
    Ok(r.body["results"].as_array().cloned().unwrap_or_default())
}

/// Waits until every path in `paths` has been requested at least once.
async fn wait_fetched(site: &Site, paths: &[String], within: Duration) {
    wait_for("every page fetched", within, || async {
        let hits = site.hits();
        let missing: Vec<&String> = paths.iter().filter(|p| !hits.contains_key(*p)).collect();
        if missing.is_empty() {
            Ok(())
        } else {
            Err(format!("missing {missing:?}; hits {hits:?}"))
        }
    })
    .await;
}

fn assert_each_once(site: &Site) {
    let hits = site.hits();
    let twice: HashMap<&String, &usize> = hits.iter().filter(|(_, n)| **n > 1).collect();
    assert!(
        twice.is_empty(),
        "requested more than once: {twice:?}\nall: {:?}",
        timeline(&site.requests(), |_| true)
    );
}

/// A site of `n` articles behind a home page.
fn simple_site(site: &Site, n: usize) -> Vec<String> {
    let paths: Vec<String> = (1..=n).map(|i| format!("/news/{i}")).collect();
    let links: Vec<(String, String)> = paths
        .iter()
        .map(|p| (p.clone(), format!("Story {p}")))
        .collect();
    site.put("/", Resource::html(hub_page("Front page", "", &links)));
    for (i, p) in paths.iter().enumerate() {
        site.put(
            p,
            Resource::html(article_page(
                &format!("Harbour story number {}", i + 1),
                &format!("Marker {} is here.", i + 1),
                &site.url(p),
                "",
            )),
        );
    }
    paths
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn crawl_delay_stretches_the_spacing_of_every_fetcher() {
    let _serial = ONE_AT_A_TIME.lock().await;
    let site = Site::start().await;
    site.put(
        "/robots.txt",
        Resource::with_type("text/plain", "User-agent: *\nCrawl-delay: 3\n"),
    );
    let mut paths = simple_site(&site, 3);
    paths.push("/".into());
    let meili = meili_double::test_target().await;
    // Configured far faster than the Crawl-delay allows: robots.txt must win.
    let mut fleet = Fleet::new(policy_env(&meili, &[(site.host(), 50.0)]));
    fleet.start("fetcher-1", "fetcher");
    fleet.start("fetcher-2", "fetcher");
    fleet.start("extractor", "extractor");
    fleet.start("indexer", "indexer");
    fleet
        .seed_spec(
            &spec(vec![site.url("/")], "delay", ScopeOptions::default()),
            2,
        )
        .await;
    wait_fetched(&site, &paths, Duration::from_secs(120)).await;
    fleet.shutdown().await;
    meili.cleanup().await;

    let requests = site.requests();
    let gaps: Vec<f64> = requests
        .windows(2)
        .map(|w| w[1].at.duration_since(w[0].at).as_secs_f64())
        .collect();
    let shown = timeline(&requests, |_| true);
    // The pages' navigation also links `/section/local`: it may be fetched before the last
    // article, and counts toward the spacing like any other request.
    let expected: Vec<&str> = paths
        .iter()
        .map(String::as_str)
        .chain(["/robots.txt"])
        .collect();
    let seen = requests
        .iter()
        .filter(|r| expected.contains(&r.path.as_str()))
        .count();
    assert_eq!(seen, 5, "robots.txt, home, 3 articles: {shown:?}");
    // The Redis gate spaces slots exactly 3 s apart; arrival at the server can shift by the
    // fetchers' scheduling, so the bound allows some jitter on a loaded machine.
    assert!(
        gaps.iter().all(|g| *g >= 2.5),
        "requests closer than the 3 s Crawl-delay: {shown:?}"
    );
    let mean = gaps.iter().sum::<f64>() / gaps.len() as f64;
    assert!(mean >= 2.9, "mean spacing {mean:.2} s: {shown:?}");
    assert_each_once(&site);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_host_in_backoff_does_not_slow_another_host() {
    let _serial = ONE_AT_A_TIME.lock().await;
    let slow = Site::start().await;
    let fast = Site::start().await;
    let slow_paths = simple_site(&slow, 4);
    let fast_paths = simple_site(&fast, 8);
    // The slow host's first article answers 429 with a 20 s Retry-After.
    slow.throttle("/news/", 1, 429, 20);
    let meili = meili_double::test_target().await;
    let mut fleet = Fleet::new(policy_env(
        &meili,
        &[(slow.host(), 10.0), (fast.host(), 4.0)],
    ));
    // One fetcher serves both hosts: a backed-off host must not hold its slots.
    fleet.start("fetcher", "fetcher");
    fleet.start("extractor", "extractor");
    fleet.start("indexer", "indexer");
    fleet
        .seed_spec(
            &spec(
                vec![slow.url("/"), fast.url("/")],
                "backoff",
                ScopeOptions::default(),
            ),
            2,
        )
        .await;
    wait_fetched(&fast, &fast_paths, Duration::from_secs(60)).await;
    wait_fetched(&slow, &slow_paths, Duration::from_secs(120)).await;
    wait_for(
        "the throttled article fetched again after its back-off",
        Duration::from_secs(120),
        || async {
            let requests = slow.requests();
            let throttled = requests.iter().find(|r| r.status == 429);
            match throttled {
                Some(t) if requests.iter().any(|r| r.path == t.path && r.status == 200) => Ok(()),
                _ => Err(format!("{:?}", timeline(&requests, |_| true))),
            }
        },
    )
    .await;
    fleet.shutdown().await;
    meili.cleanup().await;

    let slow_requests = slow.requests();
    let throttled = slow_requests
        .iter()
        .find(|r| r.status == 429)
        .map(|r| r.at)
        .expect("the slow host answered 429 once");
    let after: Vec<_> = slow_requests
        .iter()
        .filter(|r| r.at > throttled)
        .map(|r| r.at.duration_since(throttled))
        .collect();
    let fast_done = fast
        .requests()
        .last()
        .map(|r| r.at)
        .expect("fast host requests");
    let slow_shown = timeline(&slow_requests, |_| true);
    println!("slow host: {slow_shown:?}");
    assert!(
        after.iter().all(|d| *d >= Duration::from_secs(19)),
        "the slow host was fetched again before its Retry-After ran out: {slow_shown:?}"
    );
    assert!(
        fast_done < throttled + Duration::from_secs(19),
        "the fast host finished {:?} after the other host's 429, inside its 20 s back-off only if \
         it was not held up",
        fast_done.saturating_duration_since(throttled)
    );
    assert_each_once(&fast);
    // The throttled article is fetched twice (429, then the retry); everything else once.
    let slow_hits = slow.hits();
    let repeated: Vec<_> = slow_hits.iter().filter(|(_, n)| **n > 1).collect();
    assert_eq!(repeated.len(), 1, "{slow_shown:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn traps_stop_at_their_guards_and_budget_and_the_crawl_finishes() {
    let _serial = ONE_AT_A_TIME.lock().await;
    let site = Site::start().await;
    site.add_calendar();
    let articles: Vec<String> = (1..=3).map(|i| format!("/news/{i}")).collect();
    let mut links: Vec<(String, String)> = articles
        .iter()
        .map(|p| (p.clone(), "story".to_string()))
        .collect();
    // Session ids on links to the same articles, a calendar that never ends, and a relative
    // link that nests a path segment for ever.
    for (i, p) in articles.iter().enumerate() {
        links.push((format!("{p}?sessionid=s{i}x9"), "again".into()));
        links.push((format!("{p}?PHPSESSID=abc{i}"), "again".into()));
    }
    links.push(("/calendar/2026/11".into(), "events".into()));
    links.push(("/loop/".into(), "loop".into()));
    site.put("/", Resource::html(hub_page("Front page", "", &links)));
    for (i, p) in articles.iter().enumerate() {
        site.put(
            p,
            Resource::html(article_page(
                &format!("Trap test story {i}"),
                &format!("Marker {i}."),
                &site.url(p),
                "",
            )),
        );
    }
    for depth in 1..=6 {
        let path = format!("/{}", "loop/".repeat(depth));
        site.put(
            &path,
            Resource::html(hub_page("Loop", "", &[("loop/".into(), "deeper".into())])),
        );
    }
    let meili = meili_double::test_target().await;
    let mut fleet = Fleet::new(policy_env(&meili, &[(site.host(), 100.0)]));
    fleet.start("fetcher", "fetcher");
    fleet.start("extractor", "extractor");
    fleet.start("indexer", "indexer");
    let budget = 25;
    fleet
        .seed_spec(
            &spec(
                vec![site.url("/")],
                "traps",
                ScopeOptions {
                    max_depth: Some(1000),
                    max_pages_per_host: Some(budget),
                    ..Default::default()
                },
            ),
            2,
        )
        .await;
    let s = site.clone();
    fleet
        .wait_until_done(
            move || s.requests().len(),
            Duration::from_secs(3),
            Duration::from_secs(120),
        )
        .await;
    let state = crawl_state::connect(fleet.state_config())
        .await
        .expect("fleet state");
    let stats = state.stats("traps").await.expect("crawl stats");
    fleet.shutdown().await;
    meili.cleanup().await;

    let requests = site.requests();
    let shown = timeline(&requests, |_| true);
    let calendar = requests
        .iter()
        .filter(|r| r.path.starts_with("/calendar/"))
        .count();
    assert!(calendar > 0, "the calendar was never entered: {shown:?}");
    // Pages counted against the budget: everything but the seed and robots.txt.
    let pages = requests
        .iter()
        .filter(|r| r.path != "/" && r.path != "/robots.txt")
        .count() as u64;
    assert!(
        pages <= budget,
        "{pages} pages fetched with a budget of {budget}: {shown:?}"
    );
    assert!(
        stats.skipped.get("host_budget").copied().unwrap_or(0) > 0,
        "the budget stopped the calendar: {stats:?}"
    );
    assert!(
        !requests
            .iter()
            .any(|r| r.path.contains("sessionid") || r.path.contains("PHPSESSID")),
        "session-id variants were fetched: {shown:?}"
    );
    assert!(
        !requests
            .iter()
            .any(|r| r.path.starts_with("/loop/loop/loop/")),
        "the repeated-segment guard let the loop through: {shown:?}"
    );
    for a in &articles {
        assert_eq!(site.hits_of(a), 1, "{a}: {shown:?}");
    }
}

/// A site whose pages all link to each other.
fn mesh_site(site: &Site, n: usize) -> Vec<String> {
    let paths: Vec<String> = (0..n).map(|i| format!("/p/{i}")).collect();
    let links: Vec<(String, String)> = paths
        .iter()
        .map(|p| (p.clone(), format!("page {p}")))
        .collect();
    let nav = hub_page("All pages", "", &links);
    site.put("/", Resource::html(nav.clone()));
    for (i, p) in paths.iter().enumerate() {
        let aside: String = links
            .iter()
            .map(|(h, t)| format!("<a href=\"{h}\">{t}</a> "))
            .collect();
        site.put(
            p,
            Resource::html(article_page(
                &format!("Mesh story {i}"),
                &format!("Mesh marker {i}."),
                &site.url(p),
                &aside,
            )),
        );
    }
    paths
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_url_is_fetched_once_across_restarts_of_all_workers_and_redis() {
    let _serial = ONE_AT_A_TIME.lock().await;
    let mut redis = PrivateRedis::start();
    let site = Site::start().await;
    let paths = mesh_site(&site, 40);
    let meili = meili_double::test_target().await;
    let mut env = policy_env(&meili, &[(site.host(), 8.0)]);
    env.push(("REDIS_URL".into(), redis.url()));
    let mut fleet = Fleet::new(env);
    let workers = [
        ("fetcher-1", "fetcher"),
        ("fetcher-2", "fetcher"),
        ("extractor-1", "extractor"),
        ("extractor-2", "extractor"),
        ("indexer", "indexer"),
    ];
    for (id, kind) in workers {
        fleet.start(id, kind);
    }
    fleet
        .seed_spec(
            &spec(vec![site.url("/")], "mesh", ScopeOptions::default()),
            3,
        )
        .await;
    let fetched = |n: usize| {
        let site = site.clone();
        move || {
            let site = site.clone();
            async move {
                let got = site.requests().len();
                if got >= n {
                    Ok(())
                } else {
                    Err(format!("{got} requests so far"))
                }
            }
        }
    };
    // A third of the way: Redis restarts under the running workers.
    wait_for("a third of the site", Duration::from_secs(60), fetched(14)).await;
    redis.restart();
    // Two thirds: every worker stops (SIGTERM) and starts again.
    wait_for(
        "two thirds of the site",
        Duration::from_secs(90),
        fetched(28),
    )
    .await;
    for (id, _) in workers {
        let status = fleet.terminate(id).await;
        assert!(
            status.is_some_and(|s| s.success()),
            "{id} did not exit cleanly on SIGTERM: {status:?}"
        );
    }
    for (id, kind) in workers {
        fleet.start(id, kind);
    }
    let mut all = paths.clone();
    all.push("/".into());
    wait_fetched(&site, &all, Duration::from_secs(120)).await;
    wait_for("every page indexed", Duration::from_secs(60), || async {
        let n = index_docs(&meili).await?.len();
        if n == paths.len() {
            Ok(())
        } else {
            Err(format!("{n} of {} documents", paths.len()))
        }
    })
    .await;
    fleet.shutdown().await;
    meili.cleanup().await;
    assert_each_once(&site);
}

/// The acceptance site: robots.txt (a disallowed section, a sitemap), a home page announcing an
/// RSS feed, two sections (one answers 503 once), articles reachable only through the feed or
/// only through the sitemap, redirects, session-id links, a disallowed section and an infinite
/// calendar.
struct NewsSite {
    site: Site,
    /// Every article that belongs to the crawl.
    articles: Vec<String>,
}

fn news_site(site: Site) -> NewsSite {
    let article = |i: usize| format!("/news/{i}");
    let articles: Vec<String> = (1..=30).map(article).collect();
    site.put(
        "/robots.txt",
        Resource::with_type(
            "text/plain",
            format!(
                "User-agent: *\nDisallow: /private/\nSitemap: {}\n",
                site.url("/sitemap.xml")
            ),
        ),
    );
    let home_links: Vec<(String, String)> = vec![
        ("/section/local".into(), "Local".into()),
        ("/section/world".into(), "World".into()),
        ("/calendar/2026/11".into(), "Events".into()),
        ("/private/members".into(), "Members".into()),
        ("/news/1?sessionid=f00d".into(), "Top story".into()),
        ("/old/2".into(), "Old link".into()),
        ("http://elsewhere.invalid/".into(), "Elsewhere".into()),
    ];
    site.put(
        "/",
        Resource::html(hub_page(
            "Harbour Times",
            "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/feed.xml\">",
            &home_links,
        )),
    );
    let section = |range: std::ops::RangeInclusive<usize>| -> Vec<(String, String)> {
        range.map(|i| (article(i), format!("Story {i}"))).collect()
    };
    site.put(
        "/section/local",
        Resource::html(hub_page("Local", "", &section(1..=10))),
    );
    site.put(
        "/section/world",
        Resource::html(hub_page("World", "", &section(11..=20))),
    );
    let feed_items: Vec<(String, String)> = (21..=25)
        .map(|i| (site.url(&article(i)), format!("Story {i}")))
        .collect();
    site.put(
        "/feed.xml",
        Resource::with_type("application/rss+xml", rss_feed(&feed_items)),
    );
    let mut in_sitemap: Vec<String> = (26..=30).map(|i| site.url(&article(i))).collect();
    in_sitemap.push(site.url(&article(3)));
    site.put(
        "/sitemap.xml",
        Resource::with_type("application/xml", sitemap(&in_sitemap)),
    );
    site.put("/old/2", Resource::redirect(301, "/news/2"));
    for (i, p) in articles.iter().enumerate() {
        let n = i + 1;
        let aside = format!(
            "<a href=\"/private/draft-{n}\">Draft</a> <a href=\"{}\">Next</a>",
            article(n % 30 + 1)
        );
        site.put(
            p,
            Resource::html(article_page(
                &format!("Harbour Times story number {n}"),
                &format!("Acceptance marker {n}."),
                &site.url(p),
                &aside,
            )),
        );
        site.put(
            &format!("/private/draft-{n}"),
            Resource::html("must never be fetched"),
        );
    }
    site.add_calendar();
    // The world section is briefly overloaded: one 503 with Retry-After.
    site.throttle("/section/world", 1, 503, 2);
    NewsSite { site, articles }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_fleet_crawls_a_news_site_completely_politely_and_stops() {
    let _serial = ONE_AT_A_TIME.lock().await;
    let news = news_site(Site::start().await);
    let site = news.site.clone();
    let rate = 5.0;
    let meili = meili_double::test_target().await;
    let mut fleet = Fleet::new(policy_env(&meili, &[(site.host(), rate)]));
    for i in 1..=3 {
        fleet.start(&format!("fetcher-{i}"), "fetcher");
    }
    fleet.start("extractor-1", "extractor");
    fleet.start("extractor-2", "extractor");
    fleet.start("indexer", "indexer");
    fleet
        .seed_spec(
            &spec(
                vec![site.url("/")],
                "acceptance",
                ScopeOptions {
                    max_depth: Some(3),
                    max_pages_per_host: Some(80),
                    ..Default::default()
                },
            ),
            3,
        )
        .await;
    let s = site.clone();
    fleet
        .wait_until_done(
            move || s.requests().len(),
            Duration::from_secs(3),
            Duration::from_secs(180),
        )
        .await;
    let docs = index_docs(&meili).await.expect("index documents");
    fleet.shutdown().await;
    meili.cleanup().await;

    let requests = site.requests();
    let shown = timeline(&requests, |_| true);
    for a in &news.articles {
        assert_eq!(
            site.hits_of(a),
            1,
            "{a} fetched {} times: {shown:?}",
            site.hits_of(a)
        );
        let id = document_id(&site.url(a));
        let found: Vec<&Value> = docs.iter().filter(|d| d["id"] == id).collect();
        assert_eq!(found.len(), 1, "{a} in the index {} times", found.len());
        let n = a.trim_start_matches("/news/");
        assert_eq!(
            found[0]["title"],
            format!("Harbour Times story number {n}"),
            "{a}"
        );
    }
    assert_eq!(
        docs.len(),
        news.articles.len(),
        "only articles are indexed: {:?}",
        docs.iter().map(|d| d["url"].clone()).collect::<Vec<_>>()
    );
    assert!(
        !requests.iter().any(|r| r.path.starts_with("/private/")),
        "a disallowed URL was requested: {shown:?}"
    );
    assert_eq!(site.hits_of("/robots.txt"), 1, "robots.txt once per fleet");
    assert_eq!(site.hits_of("/feed.xml"), 1);
    assert_eq!(site.hits_of("/sitemap.xml"), 1);
    assert!(
        !requests.iter().any(|r| r.path.contains("sessionid")),
        "{shown:?}"
    );
    let window = max_in_window(&requests, Duration::from_secs(1));
    assert!(
        window <= rate as usize + 1,
        "{window} requests within one second at {rate} requests/s: {shown:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_news_crawl_polls_its_feed_conditionally_and_picks_up_new_articles() {
    let _serial = ONE_AT_A_TIME.lock().await;
    let site = Site::start().await;
    let article = |i: usize| format!("/story/{i}");
    let feed_of = |site: &Site, n: usize| {
        let items: Vec<(String, String)> = (1..=n)
            .map(|i| (site.url(&article(i)), format!("Story {i}")))
            .collect();
        Resource::with_type("application/rss+xml", rss_feed(&items)).with_etag()
    };
    site.put(
        "/",
        Resource::html(hub_page(
            "Harbour Times",
            "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/feed.xml\">",
            &[],
        ))
        .with_etag(),
    );
    site.put("/feed.xml", feed_of(&site, 2));
    for i in 1..=3 {
        site.put(
            &article(i),
            Resource::html(article_page(
                &format!("Polled story number {i}"),
                &format!("Poll marker {i}."),
                &site.url(&article(i)),
                "",
            )),
        );
    }
    let meili = meili_double::test_target().await;
    let mut env = policy_env(&meili, &[(site.host(), 50.0)]);
    env.extend([
        ("CRAWL__FRONTIER__POLL_MIN_SECS".into(), "1.0".into()),
        ("CRAWL__FRONTIER__POLL_MAX_SECS".into(), "2.0".into()),
        ("CRAWL__FRONTIER__POLL_CHECK_SECS".into(), "0.3".into()),
    ]);
    let mut fleet = Fleet::new(env);
    fleet.start("fetcher", "fetcher");
    fleet.start("extractor", "extractor");
    fleet.start("indexer", "indexer");
    let mut news = spec(vec![site.url("/")], "news", ScopeOptions::default());
    news.mode = CrawlMode::News;
    fleet.seed_spec(&news, 2).await;

    let indexed = |n: usize| {
        let meili = &meili;
        move || async move {
            let docs = index_docs(meili).await?;
            if docs.len() >= n {
                Ok(())
            } else {
                Err(format!("{} documents", docs.len()))
            }
        }
    };
    wait_for(
        "the feed's two articles",
        Duration::from_secs(60),
        indexed(2),
    )
    .await;
    wait_for(
        "two conditional re-polls of the feed answered 304",
        Duration::from_secs(60),
        || async {
            let n = site
                .requests()
                .iter()
                .filter(|r| r.path == "/feed.xml" && r.conditional && r.status == 304)
                .count();
            if n >= 2 {
                Ok(())
            } else {
                Err(format!(
                    "{n} so far: {:?}",
                    timeline(&site.requests(), |_| true)
                ))
            }
        },
    )
    .await;
    // A new story appears in the feed: the next poll finds it.
    site.put("/feed.xml", feed_of(&site, 3));
    wait_for("the new article", Duration::from_secs(60), indexed(3)).await;
    let state = crawl_state::connect(fleet.state_config())
        .await
        .expect("fleet state");
    let (scheduled, _) = state.polls("news").await.expect("poll schedule");
    let stopped = state.stop_polls("news").await.expect("stop polls");
    fleet.shutdown().await;
    meili.cleanup().await;

    let requests = site.requests();
    let shown = timeline(&requests, |_| true);
    assert_eq!(scheduled, 2, "the seed and its feed are polled: {shown:?}");
    assert_eq!(stopped, 2);
    for i in 1..=3 {
        assert_eq!(site.hits_of(&article(i)), 1, "story {i}: {shown:?}");
    }
    let feed: Vec<_> = requests.iter().filter(|r| r.path == "/feed.xml").collect();
    assert!(!feed[0].conditional, "the first fetch is unconditional");
    assert!(
        feed[1..].iter().all(|r| r.conditional),
        "every re-poll is conditional: {shown:?}"
    );
    assert!(
        requests.iter().filter(|r| r.path == "/").count() >= 2,
        "the seed page is re-polled too: {shown:?}"
    );
}
