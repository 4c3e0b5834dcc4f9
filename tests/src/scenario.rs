//! What the fleet tests share around a crawl of a [`TestSite`] into Meilisearch: the workers'
//! settings, reading the index back, and the "every article exactly once" check.

use crate::TestSite;
use crawl_core::docid::document_id;
use meili_double::TestMeili;
use serde_json::Value;
use url::Url;

/// Settings every worker of a test fleet gets: the Meilisearch target and index, small and
/// quick batches, short retry delays, and `host_rate` requests per second for the test site's
/// host only (politeness stays on for any other host).
pub fn fleet_env(
    meili: &TestMeili,
    index_uid: &str,
    site: &TestSite,
    host_rate: f64,
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
    if let Some(h) = host {
        env.push((
            "CRAWL__FETCH__HOST_RATES".to_string(),
            format!("{{ \"{h}\" = {host_rate:?} }}"),
        ));
    }
    env
}

/// Every document of index `uid` (up to 10,000).
pub async fn all_documents(meili: &TestMeili, uid: &str) -> Result<Vec<Value>, String> {
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

/// Checks that the index holds exactly the site's articles, once each (ids are content-addressed
/// by canonical URL, so "once" means no more documents than articles), with the right title,
/// the article's own text and none of the page chrome; the error says what is wrong and what
/// the site served.
pub fn check_index(docs: &[Value], site: &TestSite) -> Result<(), String> {
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

/// How many of the site's article pages have been requested so far.
pub fn articles_requested(site: &TestSite) -> usize {
    let hits = site.hits();
    site.articles()
        .iter()
        .filter(|a| hits.contains_key(&a.path))
        .count()
}
