//! Page metadata: title, authors, dates, language, description, site name, canonical URL,
//! image, tags.
//!
//! One walk over the document ([`scan::Scan`]) gathers every signal (head `<meta>`, JSON-LD,
//! `<h1>`s, bylines, `<time>`s, date-like elements, the short texts around the headline);
//! the submodules then reconcile them field by field:
//! [`title`] picks the headline, [`authors`] the names, [`dates`] the published and modified
//! times, [`jsonld`] reads (possibly malformed) JSON-LD, [`lang`] settles the language.

mod authors;
mod clock;
mod dates;
mod jsonld;
mod lang;
mod scan;
mod structured_body;
pub(crate) mod text;
mod title;

use chrono::{DateTime, FixedOffset};
/// A short text that is a date line in any language the metadata reads: the body's heading
/// rules read a story's date line by it.
pub(crate) use dates::is_dateline_text;
use scraper::Html;
use std::collections::HashSet;
use text::key;
use url::Url;

/// At most this many tags/keywords are kept.
pub(crate) const MAX_TAGS: usize = 40;
/// Tags longer than this (in characters) are dropped as prose, not tags.
pub(crate) const MAX_TAG_CHARS: usize = 60;

/// The metadata of one page.
#[derive(Debug, Default)]
pub(crate) struct Metadata {
    /// Headline without the site's name.
    pub title: String,
    /// The head's `<title>`, site name cut, when `title` is a visible heading that neither
    /// `og:title` nor a JSON-LD headline confirms; the better name for a page that turns out
    /// to be no article, listing, thread, product or documentation (a heading there is often a
    /// slogan).
    pub head_title_if_unconfirmed: Option<String>,
    /// Author names, in byline order.
    pub authors: Vec<String>,
    /// First publication time; UTC midnight when only the day is known.
    pub published: Option<DateTime<FixedOffset>>,
    /// Whether `published` is only a date standing loose in the body
    /// ([`dates::loose_published`]), found when nothing else dated the page: too weak to
    /// count as evidence that the page is an article.
    pub published_loose: bool,
    /// Last modification time.
    pub modified: Option<DateTime<FixedOffset>>,
    /// BCP 47-ish language tag (`en`, `pt-BR`).
    pub language: Option<String>,
    /// Summary from `<meta name=description>` and its kin.
    pub description: Option<String>,
    /// The site's name.
    pub site_name: Option<String>,
    /// `<link rel=canonical>`, else `og:url`, resolved.
    pub canonical_url: Option<Url>,
    /// Lead image.
    pub image: Option<Url>,
    /// Tags and keywords, de-duplicated.
    pub tags: Vec<String>,
    /// The story's text as the page's JSON-LD article states it (`articleBody`), as
    /// paragraphs; `None` when no article-like item gives one.
    pub structured_body: Option<String>,
}

/// Reads the metadata of a parsed page; `base` resolves relative URLs and is searched for a
/// date (`/2018/08/07/`).
pub(crate) fn extract(doc: &Html, base: &Url) -> Metadata {
    let s = scan::scan(doc);
    let ld = jsonld::read_all(&s.jsonld);

    // `og:site_name` is the site's own word, unless it is a bare domain ("Algemeiner.com")
    // and the publisher has a proper name ("The Algemeiner").
    let og_site = s.meta_first(&["og:site_name"]);
    let og_is_domain = og_site.as_deref().is_some_and(looks_like_domain);
    // An app name that repeats the page's own title is the page's, not the site's (a
    // template that fills every title field with the headline).
    let page_titles = [s.meta_first(&["og:title"]), s.title_tag.clone()];
    let names_the_page = |n: &String| page_titles.iter().flatten().any(|t| key(t) == key(n));
    let app_name = s
        .meta_first(&["application-name", "apple-mobile-web-app-title"])
        .filter(|n| !names_the_page(n));
    let site_name = first_nonempty([
        og_site
            .clone()
            .filter(|_| !og_is_domain || ld.site_name.is_none()),
        ld.site_name.clone(),
        app_name.clone(),
        s.meta_first(&["publisher"]),
    ]);

    let mut site_names: Vec<String> = Vec::new();
    site_names.extend(site_name.clone());
    site_names.extend(og_site.clone());
    site_names.extend(ld.organisations.iter().cloned());
    site_names.extend(app_name);
    let host = base.host_str().unwrap_or("").to_ascii_lowercase();

    let title = title::choose(&s, &ld, &site_names, &host);
    let site_name = site_name.or_else(|| title.stripped_site.clone());
    // The site's name cut from the head's title names the site too, for the authors.
    site_names.extend(title.stripped_site.clone());
    let authors = authors::choose(&s, &ld, &site_names, &host, &title.text);
    let language = lang::choose(&s, &ld);
    let order = dates::NumericOrder::of_page(&s, language.as_deref());
    let (published, modified) = dates::choose(&s, &ld, base, &title.text, order);
    let loose = published
        .is_none()
        .then(|| dates::loose_published(&s, order))
        .flatten();
    let published_loose = loose.is_some();
    let published = published.or(loose);

    let descriptions = s
        .meta_all(&[
            "description",
            "og:description",
            "twitter:description",
            "dc.description",
        ])
        .into_iter()
        .chain(ld.description.clone())
        // Some engines (Discourse among them) escape the description twice, so that the
        // parsed attribute still reads `&hellip;`: decode what is left once more.
        .map(|d| text::collapse(&jsonld::decode_entities(&d)))
        .filter(|d| !d.is_empty());
    let canonical_url = s
        .canonical
        .as_deref()
        .and_then(|h| resolve(base, h))
        .or_else(|| s.meta_first(&["og:url"]).and_then(|h| resolve(base, &h)));
    let image = s
        .meta_first(&[
            "og:image",
            "og:image:url",
            "og:image:secure_url",
            "twitter:image",
            "twitter:image:src",
        ])
        .and_then(|h| resolve(base, &h))
        .or_else(|| ld.image.as_deref().and_then(|h| resolve(base, h)))
        .or_else(|| s.image_prop.as_deref().and_then(|h| resolve(base, h)));
    let tags = collect_tags(&s, &ld);

    Metadata {
        title: title.text,
        head_title_if_unconfirmed: title.unconfirmed_alternative,
        authors,
        published,
        published_loose,
        modified,
        language,
        description: fullest_description(descriptions),
        site_name,
        canonical_url,
        image,
        tags,
        structured_body: ld
            .body
            .as_deref()
            .map(structured_body::paragraphs)
            .filter(|b| !b.is_empty()),
    }
}

/// `Example.com`, `news.example.co.uk`: a host name, not a title.
pub(crate) fn looks_like_domain(s: &str) -> bool {
    let s = s.trim();
    !s.contains(' ')
        && s.rsplit_once('.').is_some_and(|(head, tld)| {
            !head.is_empty()
                && (2..=6).contains(&tld.len())
                && tld.chars().all(|c| c.is_ascii_alphabetic())
        })
}

fn first_nonempty<const N: usize>(cands: [Option<String>; N]) -> Option<String> {
    cands
        .into_iter()
        .flatten()
        .map(|c| text::collapse(&c))
        .find(|c| !c.is_empty())
}

/// Least share of a cut description's words that a longer description must hold to be the
/// same summary told in full.
const CUT_DESCRIPTION_SHARED: f32 = 0.8;

/// Endings that mark a description cut short: an ellipsis, alone or in brackets (WordPress's
/// excerpt ends in "[…]").
const CUT_MARKS: &[&str] = &["[\u{2026}]", "[...]", "\u{2026}", "..."];

/// The page's description among its `descriptions` (decoded as they are read, in order of
/// preference: those after an uncut first one are never decoded): the
/// first, unless it is cut short ([`CUT_MARKS`]: "… a sensor i…") and a longer one holds
/// nearly all its words (forum software cuts `<meta name=description>` of a thread's opening
/// post but gives the whole of it in `og:description`); then the first such longer one. A
/// description that is only a mark or a cut word yields to the next longer one.
fn fullest_description(descriptions: impl IntoIterator<Item = String>) -> Option<String> {
    let mut iter = descriptions.into_iter();
    let first = iter.next()?;
    let Some(stem) = CUT_MARKS
        .iter()
        .find_map(|mark| first.strip_suffix(mark))
        .map(str::trim_end)
    else {
        return Some(first);
    };
    // The cut word at the end is no whole word of the longer text.
    let mut stem_words = text::words(stem);
    stem_words.pop();
    let first_chars = first.chars().count();
    let fuller = iter.find(|d| {
        if d.chars().count() <= first_chars {
            return false;
        }
        let words: HashSet<String> = text::words(d).into_iter().collect();
        let shared = stem_words.iter().filter(|w| words.contains(*w)).count();
        shared as f32 >= CUT_DESCRIPTION_SHARED * stem_words.len() as f32
    });
    Some(fuller.unwrap_or(first))
}

/// Resolves an `http(s)` reference against the base; `data:` and script URLs are refused.
fn resolve(base: &Url, href: &str) -> Option<Url> {
    let u = base.join(href.trim()).ok()?;
    matches!(u.scheme(), "http" | "https").then_some(u)
}

fn collect_tags(s: &scan::Scan, ld: &jsonld::LdInfo) -> Vec<String> {
    let mut raw: Vec<String> = Vec::new();
    for (k, v) in &s.metas {
        match k.as_str() {
            "keywords" | "news_keywords" | "sailthru.tags" | "parsely-tags" => {
                raw.extend(v.split([',', ';']).map(str::to_string))
            }
            "article:tag" | "og:article:tag" | "book:tag" | "video:tag" => raw.push(v.clone()),
            _ => {}
        }
    }
    raw.extend(ld.keywords.iter().cloned());
    let mut seen = std::collections::HashSet::new();
    let mut tags = Vec::new();
    for t in raw {
        let t = text::collapse(&t);
        // `contentId: 15cd…`-style key/value pairs are CMS bookkeeping, not tags.
        let key_value = t
            .split_once(':')
            .is_some_and(|(k, _)| !k.is_empty() && !k.contains(' '));
        if t.is_empty() || key_value || t.chars().count() > MAX_TAG_CHARS {
            continue;
        }
        if seen.insert(t.to_lowercase()) {
            tags.push(t);
            if tags.len() >= MAX_TAGS {
                break;
            }
        }
    }
    tags
}

#[cfg(test)]
mod debug {
    /// Prints what the scan saw on one page: `META_DEBUG=path.html[.gz] META_URL=... cargo test
    /// -p crawl-extract --lib meta::debug -- --ignored --nocapture`.
    #[test]
    #[ignore]
    fn dump() {
        let Ok(path) = std::env::var("META_DEBUG") else {
            return;
        };
        let url = std::env::var("META_URL").unwrap_or_else(|_| "http://localhost/".into());
        let url = url::Url::parse(&url).unwrap();
        let bytes = std::fs::read(&path).unwrap();
        let bytes = if path.ends_with(".gz") {
            use std::io::Read;
            let mut out = Vec::new();
            flate2::read::GzDecoder::new(&bytes[..])
                .read_to_end(&mut out)
                .unwrap();
            out
        } else {
            bytes
        };
        let text = crate::encoding::decode_html(&bytes, None);
        let doc = scraper::Html::parse_document(&text);
        let s = super::scan::scan(&doc);
        println!("{s:#?}");
        let ld = super::jsonld::read_all(&s.jsonld);
        println!("{ld:#?}");
        println!("{:#?}", super::extract(&doc, &url));
    }
}

#[cfg(test)]
mod bench {
    /// Times parsing against metadata reading over a corpus:
    /// `META_BENCH=/path/to/corpus cargo test --release -p crawl-extract --lib meta::bench --
    /// --ignored --nocapture`.
    #[test]
    #[ignore]
    fn parse_vs_meta() {
        use std::io::Read;
        use std::time::{Duration, Instant};
        let Ok(dir) = std::env::var("META_BENCH") else {
            return;
        };
        let url = url::Url::parse("https://example.com/a/b").unwrap();
        let (mut parse, mut meta, mut decode) = (Duration::ZERO, Duration::ZERO, Duration::ZERO);
        let (mut pages, mut bytes) = (0usize, 0usize);
        let (mut scan, mut ld) = (Duration::ZERO, Duration::ZERO);
        for entry in std::fs::read_dir(std::path::Path::new(&dir).join("html")).unwrap() {
            let path = entry.unwrap().path();
            let mut html = Vec::new();
            flate2::read::GzDecoder::new(std::fs::File::open(&path).unwrap())
                .read_to_end(&mut html)
                .unwrap();
            let t = Instant::now();
            let text = crate::encoding::decode_html(&html, None);
            decode += t.elapsed();
            let t = Instant::now();
            let doc = scraper::Html::parse_document(&text);
            parse += t.elapsed();
            let t = Instant::now();
            let sc = super::scan::scan(&doc);
            scan += t.elapsed();
            let t = Instant::now();
            std::hint::black_box(super::jsonld::read_all(&sc.jsonld));
            ld += t.elapsed();
            let t = Instant::now();
            let m = super::extract(&doc, &url);
            meta += t.elapsed();
            std::hint::black_box(m);
            pages += 1;
            bytes += html.len();
        }
        println!(
            "{pages} pages, {:.1} MB: decode {:.2}s, parse {:.2}s, meta {:.2}s ({:.1}% of parse)",
            bytes as f64 / 1e6,
            decode.as_secs_f64(),
            parse.as_secs_f64(),
            meta.as_secs_f64(),
            100.0 * meta.as_secs_f64() / parse.as_secs_f64()
        );
        println!(
            "of which scan {:.2}s, JSON-LD {:.2}s",
            scan.as_secs_f64(),
            ld.as_secs_f64()
        );
    }
}

#[cfg(test)]
mod site_name_tests {
    fn meta_of(head: &str) -> super::Metadata {
        let base = url::Url::parse("https://news.example.com/2021/04/02/story").unwrap();
        let html = format!("<html><head>{head}</head><body><p>Text.</p></body></html>");
        super::extract(&scraper::Html::parse_document(&html), &base)
    }

    #[test]
    fn an_app_name_that_repeats_the_page_title_is_not_the_site_name() {
        let m = meta_of(
            "<title>Storm closes the coast road for a week</title>\
             <meta property=\"og:title\" content=\"Storm closes the coast road for a week\">\
             <meta name=\"application-name\" content=\"Storm closes the coast road for a week\">",
        );
        assert_eq!(m.title, "Storm closes the coast road for a week");
        assert_ne!(
            m.site_name.as_deref(),
            Some("Storm closes the coast road for a week")
        );
    }

    #[test]
    fn an_app_name_of_its_own_is_the_site_name() {
        let m = meta_of(
            "<title>Storm closes the coast road - Coast Herald</title>\
             <meta name=\"application-name\" content=\"Coast Herald\">",
        );
        assert_eq!(m.site_name.as_deref(), Some("Coast Herald"));
        assert_eq!(m.title, "Storm closes the coast road");
    }

    #[test]
    fn a_description_cut_short_yields_to_the_whole_one() {
        let m = meta_of(
            "<meta name=\"description\" content=\"I have nothing smart in my flat. Where do I start? A camera, an alarm on the door, a sensor i&amp;hellip;\">\
             <meta property=\"og:description\" content=\"I have nothing smart in my flat. Where do I start? A camera, an alarm on the door, a sensor in the hall. What brand?\">",
        );
        assert_eq!(
            m.description.as_deref(),
            Some("I have nothing smart in my flat. Where do I start? A camera, an alarm on the door, a sensor in the hall. What brand?")
        );
    }

    #[test]
    fn a_bare_or_bracketed_cut_mark_yields_to_the_next_fuller_description() {
        let bare = meta_of(
            "<meta name=\"description\" content=\"...\">\
             <meta property=\"og:description\" content=\"Rain all week on the coast.\">",
        );
        assert_eq!(
            bare.description.as_deref(),
            Some("Rain all week on the coast.")
        );
        let bracketed = meta_of(
            "<meta name=\"description\" content=\"Rain all week on the coast, and the road [&hellip;]\">\
             <meta property=\"og:description\" content=\"Rain all week on the coast, and the road north closed.\">\
             <meta name=\"twitter:description\" content=\"Rain all week on the coast, and the road north closed on Monday, police said.\">",
        );
        assert_eq!(
            bracketed.description.as_deref(),
            Some("Rain all week on the coast, and the road north closed.")
        );
    }

    #[test]
    fn a_description_escaped_twice_is_decoded() {
        let m = meta_of(
            "<meta name=\"description\" content=\"Which telescope should I buy first? I&amp;rsquo;d like to se&amp;hellip;\">",
        );
        assert_eq!(
            m.description.as_deref(),
            Some("Which telescope should I buy first? I’d like to se…")
        );
    }
}

#[cfg(test)]
mod robustness {
    /// Deterministic xorshift, so a failure reproduces.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
        fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
            items[(self.next() % items.len() as u64) as usize]
        }
    }

    const PIECES: &[&str] = &[
        "<meta property=\"article:published_time\" content=\"",
        "<meta name=\"author\" content=\"",
        "<meta property=\"og:title\" content=\"",
        "\">",
        "<script type=\"application/ld+json\">",
        "</script>",
        "{\"@graph\":[",
        "{\"@type\":\"NewsArticle\",\"headline\":\"",
        "\"author\":{\"@id\":\"#a\"}",
        "\"datePublished\":\"2018-13-45T99:99\"",
        "]}",
        ",",
        "<h1>",
        "</h1>",
        "<span class=\"byline\">By ",
        "</span>",
        "<time datetime=\"",
        "</time>",
        "August 7, 2018",
        "31/02/2020",
        "Jane Roe and John Doe",
        " | ",
        "\u{FFFD}",
        "&#xFFFFFF;",
        "<!--",
        "-->",
        "<![CDATA[",
        "é",
        "\\",
        "\"",
        "<title>",
        "</title>",
        "<html lang=\"",
        "<link rel=canonical href=\"",
        "javascript:alert(1)",
        "//[::1",
    ];

    #[test]
    fn random_markup_never_panics() {
        let base = url::Url::parse("https://example.com/2018/08/07/x").unwrap();
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        for _ in 0..400 {
            let n = 1 + rng.next() % 60;
            let html: String = (0..n).map(|_| rng.pick(PIECES)).collect();
            let doc = scraper::Html::parse_document(&html);
            let m = super::extract(&doc, &base);
            assert!(m.authors.len() <= super::authors::MAX_AUTHORS);
            assert!(m.tags.len() <= super::MAX_TAGS);
        }
    }

    #[test]
    fn deep_nesting_and_many_elements_are_bounded() {
        let base = url::Url::parse("https://example.com/").unwrap();
        let deep = "<div class=\"byline date\">".repeat(5_000) + "By Jane Roe, May 1, 2020";
        let doc = scraper::Html::parse_document(&deep);
        let t = std::time::Instant::now();
        let _ = super::extract(&doc, &base);
        assert!(
            t.elapsed() < std::time::Duration::from_secs(5),
            "{:?}",
            t.elapsed()
        );
        let many = "<span class=\"author\">Jane Roe</span>".repeat(50_000);
        let doc = scraper::Html::parse_document(&many);
        let m = super::extract(&doc, &base);
        assert_eq!(m.authors, ["Jane Roe"]);
    }
}

#[cfg(test)]
mod corpus_dump {
    /// Writes one JSON line per corpus page with every metadata signal the scan saw:
    /// `META_DUMP=/corpus META_OUT=/tmp/x.jsonl cargo test --release -p crawl-extract --lib
    /// meta::corpus_dump -- --ignored`.
    #[test]
    #[ignore]
    fn dump_corpus() {
        use serde_json::json;
        use std::io::{Read, Write};
        let (Ok(dir), Ok(out)) = (std::env::var("META_DUMP"), std::env::var("META_OUT")) else {
            return;
        };
        let dir = std::path::Path::new(&dir);
        let truth: serde_json::Value =
            serde_json::from_slice(&std::fs::read(dir.join("ground-truth.json")).unwrap()).unwrap();
        let mut f = std::fs::File::create(out).unwrap();
        for (id, t) in truth.as_object().unwrap() {
            let mut html = Vec::new();
            let Ok(gz) = std::fs::File::open(dir.join("html").join(format!("{id}.html.gz"))) else {
                continue;
            };
            flate2::read::GzDecoder::new(gz)
                .read_to_end(&mut html)
                .unwrap();
            let url = url::Url::parse(t["url"].as_str().unwrap_or("http://localhost/"))
                .unwrap_or_else(|_| url::Url::parse("http://localhost/").unwrap());
            let text = crate::encoding::decode_html(&html, None);
            let doc = scraper::Html::parse_document(&text);
            let s = super::scan::scan(&doc);
            let ld = super::jsonld::read_all(&s.jsonld);
            let m = super::extract(&doc, &url);
            let mut site_names: Vec<String> = Vec::new();
            site_names.extend(m.site_name.clone());
            site_names.extend(s.meta_first(&["og:site_name"]));
            site_names.extend(ld.organisations.iter().cloned());
            let host = url.host_str().unwrap_or("").to_ascii_lowercase();
            let c = super::authors::candidates(&s, &ld, &site_names, &host);
            let kinds = |v: &[(super::scan::DateKind, String)]| {
                v.iter()
                    .map(|(k, s)| json!([format!("{k:?}"), s]))
                    .collect::<Vec<_>>()
            };
            let line = json!({
                "id": id, "url": url.as_str(), "type": t["page_type"],
                "t_title": t["title"], "t_author": t["author"], "t_published": t["published"],
                "title": m.title, "authors": m.authors,
                "published": m.published.map(|d| d.to_rfc3339()),
                "modified": m.modified.map(|d| d.to_rfc3339()),
                "title_tag": s.title_tag,
                "metas": s.metas,
                "headings": s.headings.iter().map(|h| json!([h.text, h.is_h1, h.in_masthead])).collect::<Vec<_>>(),
                "bylines": s.bylines.iter().map(|(k, t)| json!([format!("{k:?}"), t])).collect::<Vec<_>>(),
                "date_props": kinds(&s.date_props),
                "times": kinds(&s.times),
                "date_texts": kinds(&s.date_texts),
                "near": s.near_heading,
                "ld_headline": ld.headline, "ld_name": ld.name, "ld_authors": ld.authors,
                "ld_published": ld.published, "ld_modified": ld.modified,
                "ld_org_author": ld.org_author, "ld_is_article": ld.is_article,
                "site_name": m.site_name,
                "a_structured": c.structured, "a_visible": c.visible, "a_group": c.group,
                "a_site": c.site_author, "a_vsite": c.visible_site_author,
            });
            writeln!(f, "{line}").unwrap();
        }
    }
}
