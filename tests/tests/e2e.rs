//! The whole fleet as separate processes: seed a local site, find every article in the index
//! exactly once, then SIGKILL a worker mid-crawl and still lose nothing.

use crawl_core::docid::document_id;
use fleet_tests::{wait_for, Fleet, TestSite};
use serde_json::Value;
use std::time::Duration;
use url::Url;

fn fleet_env(
    meili: &meili_double::TestMeili,
    index_uid: &str,
    site: &TestSite,
) -> Vec<(String, String)> {
    let host = Url::parse(&site.base).ok().and_then(|u| {
        u.host_str()
            .map(|h| format!("{h}:{}", u.port_or_known_default().unwrap_or(80)))
    });
    let mut env = vec![
        ("MEILI_URL".to_string(), meili.url().to_string()),
        ("CRAWL__INDEXER__INDEX_UID".into(), index_uid.to_string()),
        ("CRAWL__INDEXER__BATCH_MAX_AGE_SECS".into(), "0.5".into()),
        ("CRAWL__INDEXER__BATCH_MAX_DOCS".into(), "20".into()),
        ("CRAWL__EXTRACTOR__MIN_WORDS".into(), "20".into()),
        (
            "CRAWL__AMQP__RETRY_DELAYS_SECS".into(),
            "[1.0, 2.0, 4.0]".into(),
        ),
    ];
    if let Some(key) = meili.master_key() {
        env.push(("MEILI_MASTER_KEY".into(), key.to_string()));
    }
    // Politeness is lifted for the test host only.
    if let Some(h) = host {
        env.push((
            "CRAWL__FETCH__HOST_RATES".to_string(),
            format!("{{ \"{h}\" = 200.0 }}"),
        ));
    }
    env
}

async fn all_documents(meili: &meili_double::TestMeili, uid: &str) -> Result<Vec<Value>, String> {
    let r = meili
        .request(
            "GET",
            &format!("/indexes/{uid}/documents?limit=10000"),
            None,
        )
        .await?;
    if r.status != 200 {
        return Err(format!("GET documents answered {}: {}", r.status, r.body));
    }
    Ok(r.body["results"].as_array().cloned().unwrap_or_default())
}

fn check_index(docs: &[Value], site: &TestSite) -> Result<(), String> {
    let expected = site.articles();
    if docs.len() != expected.len() {
        let titles: Vec<&str> = docs.iter().filter_map(|d| d["title"].as_str()).collect();
        return Err(format!(
            "{} documents, expected {}; titles: {titles:?}; site hits: {:?}",
            docs.len(),
            expected.len(),
            site.hits()
        ));
    }
    for a in expected {
        let id = document_id(&format!("{}{}", site.base, a.path));
        let doc = docs
            .iter()
            .find(|d| d["id"] == id)
            .ok_or_else(|| format!("article {} missing from the index", a.path))?;
        if doc["title"] != a.title.as_str() {
            return Err(format!(
                "{}: title {:?}, expected {:?}",
                a.path, doc["title"], a.title
            ));
        }
        let body = doc["body"].as_str().unwrap_or_default();
        if !body.contains(&a.marker) {
            return Err(format!(
                "{}: body lacks its marker sentence: {body:?}",
                a.path
            ));
        }
        if body.contains("All rights reserved") || body.contains("Subscribe") {
            return Err(format!("{}: page chrome in the body: {body:?}", a.path));
        }
    }
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_article_is_indexed_exactly_once_even_when_a_worker_is_killed() {
    let meili = meili_double::test_target().await;

    // Phase 1: a clean crawl.
    let site = TestSite::start(3, 8).await;
    let uid = meili.index_uid().to_string();
    let mut fleet = Fleet::new(fleet_env(&meili, &uid, &site));
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
    let mut fleet = Fleet::new(fleet_env(&meili, &uid, &site));
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
