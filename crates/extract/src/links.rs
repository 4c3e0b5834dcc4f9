//! Outgoing links and announced feeds.

use crate::dom::AttrLookup;
use scraper::{Html, Selector};
use url::Url;

pub(crate) struct Links {
    pub base_url: Url,
    pub hrefs: Vec<String>,
    pub feeds: Vec<Url>,
}

pub(crate) fn collect(doc: &Html, page_url: &Url) -> Links {
    let base_url = Selector::parse("base[href]")
        .ok()
        .and_then(|s| doc.select(&s).next())
        .and_then(|e| e.value().attribute("href"))
        .and_then(|h| page_url.join(h.trim()).ok())
        .unwrap_or_else(|| page_url.clone());
    let mut hrefs = Vec::new();
    if let Ok(sel) = Selector::parse("a[href]") {
        for a in doc.select(&sel) {
            if let Some(h) = a.value().attribute("href") {
                let h = h.trim();
                if !h.is_empty() && !h.starts_with('#') {
                    hrefs.push(h.to_string());
                }
            }
        }
    }
    let mut feeds = Vec::new();
    if let Ok(sel) = Selector::parse("link[rel~=alternate][href]") {
        for l in doc.select(&sel) {
            let ty = l
                .value()
                .attribute("type")
                .unwrap_or("")
                .to_ascii_lowercase();
            if ty.contains("rss") || ty.contains("atom") || ty.contains("feed+json") {
                if let Some(u) = l
                    .value()
                    .attribute("href")
                    .and_then(|h| base_url.join(h.trim()).ok())
                {
                    feeds.push(u);
                }
            }
        }
    }
    Links {
        base_url,
        hrefs,
        feeds,
    }
}
