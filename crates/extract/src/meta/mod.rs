//! Page metadata: title, authors, dates, language, description, site name, canonical URL,
//! image, tags.

use chrono::{DateTime, FixedOffset};
use scraper::{Html, Selector};
use url::Url;

#[derive(Debug, Default)]
pub(crate) struct Metadata {
    pub title: String,
    pub authors: Vec<String>,
    pub published: Option<DateTime<FixedOffset>>,
    pub modified: Option<DateTime<FixedOffset>>,
    pub language: Option<String>,
    pub description: Option<String>,
    pub site_name: Option<String>,
    pub canonical_url: Option<Url>,
    pub image: Option<Url>,
    pub tags: Vec<String>,
}

fn first_text(doc: &Html, css: &str) -> Option<String> {
    let sel = Selector::parse(css).ok()?;
    let text: String = doc.select(&sel).next()?.text().collect();
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    (!text.is_empty()).then_some(text)
}

fn meta_content(doc: &Html, css: &str) -> Option<String> {
    let sel = Selector::parse(css).ok()?;
    doc.select(&sel)
        .filter_map(|e| e.value().attr("content"))
        .map(str::trim)
        .find(|c| !c.is_empty())
        .map(str::to_string)
}

pub(crate) fn extract(doc: &Html, base: &Url) -> Metadata {
    let title = first_text(doc, "h1")
        .or_else(|| meta_content(doc, r#"meta[property="og:title"]"#))
        .or_else(|| first_text(doc, "title"))
        .unwrap_or_default();
    let published = meta_content(doc, r#"meta[property="article:published_time"]"#)
        .and_then(|d| DateTime::parse_from_rfc3339(&d).ok());
    let canonical_url = Selector::parse(r#"link[rel~="canonical"][href]"#)
        .ok()
        .and_then(|s| doc.select(&s).next())
        .and_then(|e| e.value().attr("href"))
        .and_then(|h| base.join(h.trim()).ok());
    Metadata {
        title,
        authors: meta_content(doc, r#"meta[name="author"]"#)
            .into_iter()
            .collect(),
        published,
        modified: None,
        language: Selector::parse("html[lang]")
            .ok()
            .and_then(|s| doc.select(&s).next())
            .and_then(|e| e.value().attr("lang"))
            .map(str::to_string),
        description: meta_content(doc, r#"meta[name="description"]"#),
        site_name: meta_content(doc, r#"meta[property="og:site_name"]"#),
        canonical_url,
        image: meta_content(doc, r#"meta[property="og:image"]"#).and_then(|i| base.join(&i).ok()),
        tags: Vec::new(),
    }
}
