//! The newcomer's first command: `crawlctl crawl URL` runs the whole pipeline in one process,
//! with no broker, and writes every article of the site to a JSONL file.

use fleet_tests::{binary, TestSite};
use serde_json::Value;
use std::time::Duration;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn crawlctl_crawl_writes_every_article_once_to_jsonl() {
    let site = TestSite::start(2, 6).await;
    let dir = std::env::temp_dir().join(fleet_tests::unique_name("embedded"));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let out = dir.join("articles.jsonl");
    let host = site.base.trim_start_matches("http://").to_string();
    let mut cmd = tokio::process::Command::new(binary("crawlctl"));
    cmd.args(["crawl", &format!("{}/", site.base), "--out"])
        .arg(&out)
        .env_remove("MEILI_URL")
        .env(
            "CRAWL__FETCH__HOST_RATES",
            format!("{{ \"{host}\" = 500.0 }}"),
        )
        .env("CRAWL__EXTRACTOR__MIN_WORDS", "20")
        .env("CRAWL__INDEXER__BATCH_MAX_AGE_SECS", "0.2")
        .kill_on_drop(true);
    let output = tokio::time::timeout(Duration::from_secs(120), cmd.output())
        .await
        .expect("crawl finished by itself within 120 s")
        .expect("run crawlctl");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "crawlctl failed: {stderr}");
    let text = std::fs::read_to_string(&out).expect("articles.jsonl written");
    let docs: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is a JSON article"))
        .collect();
    let expected = site.articles();
    assert_eq!(docs.len(), expected.len(), "stderr: {stderr}\nfile: {text}");
    for a in expected {
        let doc = docs
            .iter()
            .find(|d| d["url"].as_str() == Some(&format!("{}{}", site.base, a.path)))
            .unwrap_or_else(|| panic!("{} missing; stderr: {stderr}", a.path));
        assert_eq!(doc["title"], a.title.as_str());
        assert!(doc["body"].as_str().unwrap_or_default().contains(&a.marker));
    }
    // Every page was fetched exactly once.
    for (path, n) in site.hits() {
        assert_eq!(n, 1, "{path} fetched {n} times");
    }
    assert!(stderr.contains("done:"), "{stderr}");
    let _ = std::fs::remove_dir_all(&dir);
}
