//! SIGKILL of the fetcher in the middle of a crawl loses nothing and duplicates nothing: the
//! jobs it held go back to the fetch queue, a restarted fetcher takes them, and every article
//! ends up in the index exactly once. A page fetched twice in the crash window is allowed
//! (at-least-once); a document indexed twice is not.

use fleet_tests::scenario::{all_documents, articles_requested, check_index, fleet_env};
use fleet_tests::{wait_for, Fleet, TestSite};
use std::time::Duration;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_fetcher_killed_mid_crawl_and_restarted_loses_and_duplicates_nothing() {
    let meili = meili_double::test_target().await;
    let site = TestSite::start(4, 25).await;
    let total = site.articles().len();
    let uid = meili.another_index_uid("fetcher-crash");
    // 10 requests/s to the site: the crawl's fetching takes about ten seconds, so the kill
    // lands while the fetcher holds jobs (fetched or waiting for their slot).
    let mut fleet = Fleet::new(fleet_env(&meili, &uid, &site, 10.0));
    fleet.start("fetcher", "fetcher");
    fleet.start("extractor", "extractor");
    fleet.start("indexer", "indexer");
    fleet.seed(&format!("{}/", site.base), "crawl-fk", 3).await;
    wait_for(
        "a quarter of the articles requested before the kill",
        Duration::from_secs(120),
        || async {
            let n = articles_requested(&site);
            if n >= total / 4 {
                Ok(())
            } else {
                Err(format!("{n} of {total} article pages requested"))
            }
        },
    )
    .await;
    fleet.kill("fetcher").await;
    let requested_at_kill = articles_requested(&site);
    assert!(
        requested_at_kill < total,
        "the kill came after every article was fetched, so it proves nothing; \
         lower the site's host rate in this test"
    );
    fleet.start("fetcher", "fetcher");
    wait_for(
        "every article in the index after the fetcher was killed",
        Duration::from_secs(180),
        || async { check_index(&all_documents(&meili, &uid).await?, &site) },
    )
    .await;
    let refetched: Vec<(String, usize)> = site
        .hits()
        .into_iter()
        .filter(|(path, n)| path.starts_with("/news/") && *n > 1)
        .collect();
    eprintln!(
        "killed after {requested_at_kill} of {total} articles were requested; \
         pages fetched again after the crash (at-least-once): {refetched:?}"
    );
    fleet.shutdown().await;
    meili.cleanup().await;
}
