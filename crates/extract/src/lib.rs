//! The article extraction engine: `html bytes + page URL (+ content type) -> Extraction`.
//!
//! Pure and synchronous: the extractor worker, `crawlctl extract`, `crawlctl eval`, the
//! benchmarks and the fuzz target all call [`extract`] the same way.
//!
//! Layout: [`encoding`] turns bytes into text, `meta` reads titles, authors, dates and the other
//! metadata, `body` finds the main text and decides the page kind, `links` collects outgoing
//! links for the crawl.
//!
//! ```
//! let url = url::Url::parse("https://example.com/news/1").unwrap();
//! let html = b"<html><head><title>Hello - Example</title></head><body><h1>Hello</h1>\
//!     <article><p>First paragraph of the story, long enough to count as text.</p></article></body></html>";
//! let x = crawl_extract::extract(html, &url, Some("text/html"));
//! assert_eq!(x.title, "Hello");
//! assert!(x.body.contains("First paragraph"));
//! ```
#![deny(missing_docs)]

mod body;
mod dom;
pub mod encoding;
mod links;
mod meta;
mod months;
mod prune;

use chrono::{DateTime, FixedOffset};
use serde::Serialize;
use url::Url;

/// What kind of page this is; the pipeline indexes articles and follows links on hubs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PageKind {
    /// A single story or post.
    Article,
    /// A hub, section front, tag page or search result: a list of teasers.
    Listing,
    /// A discussion thread.
    Forum,
    /// A shop's product page.
    Product,
    /// Reference documentation.
    Documentation,
    /// Anything else (home pages of services, forms, galleries).
    Other,
}

/// Everything the engine found on one page.
#[derive(Debug, Clone, Serialize)]
pub struct Extraction {
    /// Headline without the site suffix; empty when the page has none.
    pub title: String,
    /// Author names.
    pub authors: Vec<String>,
    /// Publication time; midnight UTC when only the date is known, the first of the month when
    /// only a labelled month is ("Last Updated: June 2022").
    pub published: Option<DateTime<FixedOffset>>,
    /// Last modification time.
    pub modified: Option<DateTime<FixedOffset>>,
    /// Language tag, e.g. `en` or `pt-BR`.
    pub language: Option<String>,
    /// The page's summary.
    pub description: Option<String>,
    /// The site's name, e.g. "The Algemeiner".
    pub site_name: Option<String>,
    /// `<link rel=canonical>` (or `og:url`), resolved.
    pub canonical_url: Option<Url>,
    /// Lead image.
    pub image: Option<Url>,
    /// Tags and keywords.
    pub tags: Vec<String>,
    /// Main text: blocks separated by a blank line, no markup.
    pub body: String,
    /// Page kind.
    pub page_kind: PageKind,
    /// Confidence of `page_kind` between 0 and 1.
    pub page_kind_confidence: f32,
    /// The base URL links resolve against (`<base href>` or the page URL).
    #[serde(skip)]
    pub base_url: Url,
    /// Raw `href`s of `<a>` elements, in document order, for the crawl to normalise.
    #[serde(skip)]
    pub links: Vec<String>,
    /// Feeds announced with `<link rel=alternate>`, resolved.
    #[serde(skip)]
    pub feeds: Vec<Url>,
}

/// Extracts the article and metadata of one page.
///
/// `content_type` is the HTTP Content-Type header, whose charset wins over `<meta charset>`.
pub fn extract(html: &[u8], url: &Url, content_type: Option<&str>) -> Extraction {
    let (text, _) = encoding::decode_borrowed(html, content_type);
    let text = prune::prepare(&text);
    let doc = parse(&text);
    let links = links::collect(&doc, url);
    let meta = meta::extract(&doc, &links.base_url);
    let body = body::extract(&doc, &meta, url);
    // On a service or landing page, a heading no sharing title confirms is more often a
    // slogan than the page's name: the head's `<title>` names it.
    let title = match (body.kind, meta.head_title_if_unconfirmed) {
        (PageKind::Other, Some(head)) => head,
        _ => meta.title,
    };
    Extraction {
        title,
        authors: meta.authors,
        published: meta.published,
        modified: meta.modified,
        language: meta.language,
        description: meta.description,
        site_name: meta.site_name,
        canonical_url: meta.canonical_url,
        image: meta.image,
        tags: meta.tags,
        body: body.text,
        page_kind: body.kind,
        page_kind_confidence: body.confidence,
        base_url: links.base_url,
        links: links.hrefs,
        feeds: links.feeds,
    }
}

/// Room reserved in the tree for each `<` of the page beyond the first four: a pruned page has
/// about 0.9 nodes per `<` (a start tag makes an element, an end tag often closes a text node),
/// rarely more than 1.25.
const NODES_PER_FOUR_TAGS: usize = 5;

/// Nodes reserved beyond [`NODES_PER_FOUR_TAGS`]: the document, and the `<html>`, `<head>` and
/// `<body>` elements the parser adds when the page leaves them out.
const EXTRA_NODES: usize = 8;

/// Most nodes reserved up front (about 8 MB): a text dense with `<` that makes few nodes (a page
/// of `<<<<`) must not reserve gigabytes; a larger tree grows by doubling from there.
const MAX_RESERVED_NODES: usize = 1 << 16;

/// The document tree of `text`, as `scraper::Html::parse_document` builds it, but in a node
/// arena sized up front from the count of `<`: the arena (about 130 bytes a node) then never
/// grows by doubling, each step copying every node built so far.
fn parse(text: &str) -> scraper::Html {
    use html5ever::tendril::TendrilSink;
    let tags = memchr::memchr_iter(b'<', text.as_bytes()).count();
    let mut html = scraper::Html::new_document();
    html.tree = ego_tree::Tree::with_capacity(
        scraper::Node::Document,
        (tags / 4 * NODES_PER_FOUR_TAGS + EXTRA_NODES).min(MAX_RESERVED_NODES),
    );
    html5ever::driver::parse_document(scraper::HtmlTreeSink::new(html), Default::default())
        .one(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_dense_with_lt_signs_parses_like_scraper_does() {
        let page = format!(
            "<p>{}</p><div>{}</div>",
            "<".repeat(300_000),
            "a<b>c</b>".repeat(1000)
        );
        let ours = parse(&page);
        let theirs = scraper::Html::parse_document(&page);
        assert_eq!(ours.tree.nodes().len(), theirs.tree.nodes().len());
        assert_eq!(ours.root_element().html(), theirs.root_element().html());
    }

    /// A roofer's page of six paragraphs under a heading the `<title>` words differently.
    fn roofer(paragraph: &str) -> Extraction {
        let body: String = (0..6)
            .map(|i| format!("<p>{paragraph} Part {i}.</p>\n"))
            .collect();
        let html = format!(
            "<html><head><title>Roof Repair Services | Acme</title></head><body>\
             <nav><a href=\"/\">Home</a> <a href=\"/contact\">Contact</a></nav>\
             <main><article><h1>Roof repair done right by local crews</h1>{body}</article></main>\
             </body></html>"
        );
        let url = Url::parse("https://www.example.com/roof-repair").unwrap();
        extract(html.as_bytes(), &url, Some("text/html; charset=utf-8"))
    }

    #[test]
    fn a_service_page_is_named_by_its_head_title_not_an_unconfirmed_heading() {
        let x = roofer(
            "We repair roofs across the county, and our team of certified installers has served \
             local families for years, with fair prices and careful work on every home we visit.",
        );
        assert_eq!(x.page_kind, PageKind::Other);
        assert_eq!(x.title, "Roof Repair Services");
        // On an article the heading stays the headline.
        let x = roofer(
            "Roofers in the county repair damaged shingles after storms, and most crews inspect \
             the flashing, the gutters and the vents before they quote a price for the work.",
        );
        assert_eq!(x.page_kind, PageKind::Article);
        assert_eq!(x.title, "Roof repair done right by local crews");
    }
}
