//! Feeds arbitrary bytes (and a content type chosen from the first byte) to the extractor; any
//! panic, overflow or timeout is a bug.
#![no_main]

use libfuzzer_sys::fuzz_target;

const CONTENT_TYPES: [Option<&str>; 4] = [
    None,
    Some("text/html; charset=utf-8"),
    Some("text/html; charset=windows-1252"),
    Some("text/html; charset=shift_jis"),
];

fuzz_target!(|data: &[u8]| {
    let Some((&first, html)) = data.split_first() else {
        return;
    };
    let Ok(url) = url::Url::parse("https://example.com/2024/01/02/fuzzed-article-page") else {
        return;
    };
    let ct = CONTENT_TYPES[usize::from(first) % CONTENT_TYPES.len()];
    let x = crawl_extract::extract(html, &url, ct);
    assert!((0.0..=1.0).contains(&x.page_kind_confidence));
});
