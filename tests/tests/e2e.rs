//! The whole fleet as separate processes: seed a local site, find every article in the index
//! exactly once, then SIGKILL a worker mid-crawl and still lose nothing.

use fleet_tests::scenario::{all_documents, check_index, fleet_env};
use fleet_tests::{wait_for, Fleet, TestSite};
use std::time::Duration;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_article_is_indexed_exactly_once_even_when_a_worker_is_killed() {
    let meili = meili_double::test_target().await;

    // Phase 1: a clean crawl.
    let site = TestSite::start(3, 8).await;
    let uid = meili.index_uid().to_string();
    let mut fleet = Fleet::new(fleet_env(&meili, &uid, &site, 200.0));
    fleet.start("fetcher", "fetcher");
    fleet.start("extractor", "extractor");
    fleet.start("indexer", "indexer");
    fleet.seed(&format!("{}/", site.base), "crawl-1", 3).await;
    wait_for(
        "every article in the index",
        Duration::from_secs(120),
        || async { check_index(&all_documents(&meili, &uid).await?, &site) },
    )
    .await;
    fleet.shutdown().await;

    // Phase 2: a larger site, and the extractor is killed with SIGKILL mid-crawl, then restarted.
    let site = TestSite::start(4, 25).await;
    let uid = meili.another_index_uid("e2e");
    let mut fleet = Fleet::new(fleet_env(&meili, &uid, &site, 200.0));
    fleet.start("fetcher", "fetcher");
    fleet.start("extractor", "extractor");
    fleet.start("indexer", "indexer");
    fleet.seed(&format!("{}/", site.base), "crawl-2", 3).await;
    wait_for(
        "a few articles indexed before the kill",
        Duration::from_secs(120),
        || async {
            let n = all_documents(&meili, &uid).await?.len();
            if n >= 10 {
                Ok(())
            } else {
                Err(format!("{n} documents so far"))
            }
        },
    )
    .await;
    fleet.kill("extractor").await;
    fleet.kill("indexer").await;
    fleet.start("extractor", "extractor");
    fleet.start("indexer", "indexer");
    wait_for(
        "every article in the index after the kill",
        Duration::from_secs(180),
        || async { check_index(&all_documents(&meili, &uid).await?, &site) },
    )
    .await;
    fleet.shutdown().await;
    meili.cleanup().await;
}
