//! Bounded cost and no panics: pathological pages and property tests over arbitrary input.

use proptest::prelude::*;
use std::time::{Duration, Instant};

fn url() -> url::Url {
    url::Url::parse("https://example.com/a/b").unwrap()
}

/// Generous wall-clock bound for one pathological page in an unoptimised test build.
const BUDGET: Duration = Duration::from_secs(60);

fn timed(html: &[u8]) -> (crawl_extract::Extraction, Duration) {
    let t = Instant::now();
    let x = crawl_extract::extract(html, &url(), None);
    (x, t.elapsed())
}

#[test]
fn deep_nesting_does_not_overflow_the_stack() {
    let depth = 100_000;
    let mut html = String::with_capacity(depth * 12);
    for _ in 0..depth {
        html.push_str("<div><span>");
    }
    html.push_str("deep text at the bottom of the page, long enough to be a paragraph.");
    // Run on a thread with a small stack: any recursion on depth would overflow it.
    let h = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(move || timed(html.as_bytes()))
        .unwrap();
    let (x, took) = h
        .join()
        .expect("extraction panicked or overflowed on deep nesting");
    assert!(took < BUDGET, "took {took:?}");
    assert!(x.body.len() < 10_000);
}

#[test]
fn self_closed_divs_nest_like_open_ones_and_are_capped() {
    // HTML ignores `/>` on a `<div>`: these open 100,000 nested elements.
    let mut html = "<div/>".repeat(100_000);
    html.push_str(
        "<p>Deep text at the bottom of the page, long enough to be a paragraph of the story.</p>",
    );
    let (x, took) = timed(html.as_bytes());
    assert!(took < BUDGET, "took {took:?}");
    assert!(x.body.len() < 10_000);
}

#[test]
fn a_million_empty_elements() {
    let html = "<p></p>".repeat(1_000_000);
    let (x, took) = timed(html.as_bytes());
    assert!(took < BUDGET, "took {took:?}");
    assert!(x.body.is_empty());
}

#[test]
fn a_json_ld_article_body_of_unclosed_signs() {
    // Every `<` of it opens a tag that no `>` closes: a reader that searched the rest of the
    // text for each one would be quadratic.
    let article_body = "x <y ".repeat(400_000);
    let ld = serde_json::json!({"@type": "NewsArticle", "articleBody": article_body});
    let html = format!(
        "<html><head><script type=\"application/ld+json\">{ld}</script></head><body></body></html>"
    );
    let (x, took) = timed(html.as_bytes());
    assert!(took < BUDGET, "took {took:?}");
    assert!(x.body.starts_with("x <y x <y"), "the text is kept");
}

#[test]
fn ten_megabyte_page() {
    let para = "<p>Some sentence of the article, with a comma, that keeps going for a while.</p>\n";
    let mut html = String::from("<html><body><article>");
    while html.len() < 10_000_000 {
        html.push_str(&para.replace("article", &format!("article {}", html.len())));
    }
    html.push_str("</article></body></html>");
    let (x, took) = timed(html.as_bytes());
    assert!(took < BUDGET, "took {took:?}");
    assert!(x.body.len() > 1_000_000, "the article text is kept");
}

/// Text and markup pieces such as a CMS leaves in a JSON-LD `articleBody`.
fn article_body_soup() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("<p>".to_string()),
        Just("</p>".to_string()),
        Just("<p class=\"x\">".to_string()),
        Just("<br/>".to_string()),
        Just("<script>track()</script>".to_string()),
        Just("<figcaption>".to_string()),
        Just("</figcaption>".to_string()),
        Just("<!-- c -->".to_string()),
        Just("<!--".to_string()),
        // A bare less-than sign, as text writes it ("a < b"): a `<` run into a name would open
        // a tag, as in HTML.
        Just(" < ".to_string()),
        Just(">".to_string()),
        Just("&#8217;&#x0;&bogus;&".to_string()),
        Just("\n\n".to_string()),
        "[a-zA-Z ,.]{0,60}",
        "[^<\\p{C}]{0,20}",
    ];
    // A story long enough for the page to be read from it, then the soup.
    let story =
        "The council met on Tuesday to weigh the transit plan, and residents spoke. ".repeat(10);
    proptest::collection::vec(piece, 0..120).prop_map(move |v| format!("{story}{}", v.concat()))
}

fn tag_soup() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("<div>".to_string()),
        Just("</div>".to_string()),
        Just("<p class=content>".to_string()),
        Just("</p>".to_string()),
        Just("<a href=/x>".to_string()),
        Just("</a>".to_string()),
        Just("<table><tr><td>".to_string()),
        Just("<ul><li>".to_string()),
        Just("<h1>".to_string()),
        Just("<article>".to_string()),
        Just("<nav class=share>".to_string()),
        Just("<script type=application/ld+json>{\"@type\":[\"Article\"".to_string()),
        Just("<br>".to_string()),
        Just("<!--".to_string()),
        Just("&amp;&#x0;&bogus;".to_string()),
        "[a-zA-Z ,.]{0,40}",
        "\\PC{0,20}",
    ];
    proptest::collection::vec(piece, 0..80).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let x = crawl_extract::extract(&bytes, &url(), None);
        prop_assert!((0.0..=1.0).contains(&x.page_kind_confidence));
    }

    #[test]
    fn any_json_ld_article_body_gives_clean_text(article_body in article_body_soup()) {
        // A page whose HTML says nothing, so that the JSON-LD `articleBody` is what it reads.
        // Written as publishers write it: `</` escaped, so that no `</script>` in the text
        // ends the script element.
        let ld = serde_json::json!({"@type": "NewsArticle", "articleBody": article_body})
            .to_string()
            .replace("</", "<\\/");
        let html = format!(
            "<html><head><script type=\"application/ld+json\">{ld}</script></head>\
             <body><div id=root></div></body></html>"
        );
        let x = crawl_extract::extract(html.as_bytes(), &url(), Some("text/html; charset=utf-8"));
        // The page says nothing itself: its body is the story.
        prop_assert!(x.body.starts_with("The council met on Tuesday"), "body: {}", x.body);
        prop_assert!(!x.body.contains("\n\n\n"));
        prop_assert_eq!(x.body.trim(), x.body.as_str());
        // A `<` followed by a name and, later, a `>` is a tag: whole tags never come through.
        for tag in ["<p>", "</p>", "<br/>", "<figcaption>"] {
            prop_assert!(!x.body.contains(tag), "markup leaked: {}", x.body);
        }
        prop_assert!(!x.body.contains("track()"), "script leaked: {}", x.body);
    }

    #[test]
    fn tag_soup_gives_clean_text(html in tag_soup()) {
        let x = crawl_extract::extract(html.as_bytes(), &url(), Some("text/html; charset=utf-8"));
        prop_assert!(!x.body.contains("\n\n\n"));
        prop_assert_eq!(x.body.trim(), x.body.as_str());
        prop_assert!(!x.body.contains("<p"), "markup leaked: {}", x.body);
        prop_assert!((0.0..=1.0).contains(&x.page_kind_confidence));
    }
}

/// Inputs on which the fuzzer (`fuzz/run.sh`) once found a panic, kept so that the plain test
/// run (with overflow checks) replays them: each must extract without panicking.
#[test]
fn the_fuzzers_finds_extract_without_panicking() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-finds");
    let url = url::Url::parse("https://example.com/2024/01/02/fuzzed-article-page").unwrap();
    let mut pages = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let html = std::fs::read(&path).unwrap();
        let x = crawl_extract::extract(&html, &url, None);
        assert!(
            (0.0..=1.0).contains(&x.page_kind_confidence),
            "{}",
            path.display()
        );
        pages += 1;
    }
    assert!(pages > 0, "no pages in {}", dir.display());
}
