//! One walk over the document that gathers every metadata signal.
//!
//! Text is read only from elements that matched (a heading, a byline, a date), each bounded by a
//! byte limit and each list by a count limit, so the walk stays linear in the page size.

use super::text::{collapse, element_text, element_text_joined, element_text_prefix};
use crate::dom::{contains_ignore_ascii_case, short_text_matcher, AttrLookup, NameCache};
use aho_corasick::AhoCorasick;
use ego_tree::iter::Edge;
use scraper::{ElementRef, Html, Node};
use std::collections::VecDeque;
use std::sync::LazyLock;

/// At most this many `<h1>` (and headline-class) texts are kept.
pub(crate) const MAX_HEADINGS: usize = 12;
/// Headline candidates longer than this many bytes are ignored.
pub(crate) const MAX_HEADING_BYTES: usize = 600;
/// At most this many byline candidates are kept.
pub(crate) const MAX_BYLINES: usize = 24;
/// Byline candidates longer than this many bytes (an author bio box) are ignored.
pub(crate) const MAX_BYLINE_BYTES: usize = 200;
/// At most this many date candidates of each kind are kept.
pub(crate) const MAX_DATES: usize = 24;
/// Date-like element texts longer than this many bytes are ignored.
pub(crate) const MAX_DATE_TEXT_BYTES: usize = 160;
/// Short texts kept before each of the first headings (the dateline often sits above).
pub(crate) const NEAR_BEFORE: usize = 6;
/// Short texts kept after each of the first headings (byline and dateline).
pub(crate) const NEAR_AFTER: usize = 40;
/// Text nodes longer than this many bytes are not "short" (not a byline or dateline).
pub(crate) const NEAR_TEXT_BYTES: usize = 200;
/// Loose dates kept past [`MAX_DATES`] when a publication or review label leads them: a page's
/// "Last Updated: June 2022" sits at its end, after the dates of its citations.
pub(crate) const MAX_LABELLED_LOOSE_DATES: usize = 4;
/// Body texts longer than this many bytes are not kept as loose dates.
pub(crate) const LOOSE_DATE_BYTES: usize = 80;
/// Headings around which short texts are collected.
pub(crate) const NEAR_HEADINGS: usize = 3;
/// Bytes of paragraph text kept for language detection.
pub(crate) const TEXT_SAMPLE_BYTES: usize = 2000;
/// At most this many `<meta>` entries are kept.
pub(crate) const MAX_METAS: usize = 400;
/// At most this many JSON-LD scripts are read.
pub(crate) const MAX_JSONLD: usize = 16;
/// The name of a `<meta>` whose content is JSON-LD.
const LD_META_NAME: &str = "script:ld+json";
/// The `<meta>` in which Parse.ly's tracker reads the page as JSON (`title`, `pub_date`,
/// `author` or `authors`): read as the `parsely-title`, `parsely-pub-date` and
/// `parsely-author` metas that newer templates write out one by one.
const PARSELY_PAGE_META: &str = "parsely-page";

/// Whether a date label ([`super::dates::may_label_date`]) leads `text` or is `previous`, the
/// short text just before it.
fn has_date_label(previous: &str, text: &str) -> bool {
    let label_bytes = super::dates::LOOSE_LABEL_BYTES;
    (previous.len() <= label_bytes && super::dates::may_label_date(previous))
        || super::dates::may_label_date(crate::dom::prefix_within(text, label_bytes))
}

/// Where a byline candidate came from, strongest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum BylineKind {
    /// `itemprop=author` (or its nested `itemprop=name`).
    ItemProp,
    /// `rel=author` or a link to an `/author/` page.
    RelAuthor,
    /// Class or id naming an author (`author-name`, `c-byline__author`).
    AuthorClass,
    /// Class or id `byline`: the whole line, to be cleaned.
    Byline,
    /// The text after a label such as "Written by" or "Article by".
    Label,
    /// A short text starting with "By " or "Written by ".
    ByText,
    /// A link classed `username` (a forum post's poster; the first is the thread's starter).
    Username,
}

/// Whether a date candidate speaks of publication or modification.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DateKind {
    /// First publication (or unknown, treated as publication).
    Published,
    /// Last update.
    Modified,
}

/// A `<h1>` or headline-class element.
#[derive(Debug, Clone)]
pub(crate) struct Heading {
    pub text: String,
    /// Inside `<header>`/`<nav>` outside any `<article>`/`<main>`: likely the site's logo.
    pub in_masthead: bool,
    /// Classed as a logo or the site's title, or a link to the home page: the site's name,
    /// not a headline.
    pub site_logo: bool,
    /// An `<h1>` (rather than a class or itemprop headline).
    pub is_h1: bool,
    /// A `<font>` set large ([`is_large_font_size`]): the headline of a page written before
    /// style sheets, which has no heading element.
    pub large_font: bool,
}

/// At most this many large `<font>` texts ([`Heading::large_font`]) are kept as headings.
pub(crate) const MAX_FONT_HEADINGS: usize = 3;

/// Whether a `<font size>` value sets text large: an absolute size of 4 (18 points) or more,
/// or a relative one of +1 or more. Body text is set at 2 or 3.
fn is_large_font_size(size: &str) -> bool {
    let size = size.trim();
    match size.strip_prefix('+') {
        Some(step) => matches!(step, "1" | "2" | "3" | "4"),
        None => matches!(size, "4" | "5" | "6" | "7"),
    }
}

/// Everything the walk found.
#[derive(Debug, Default)]
pub(crate) struct Scan {
    /// The page marks its parts with heading or sectioning elements (`<h1>`-`<h3>`,
    /// `<article>`, `<main>`): it is not a page set before style sheets, and a large `<font>`
    /// in it is a pull quote or a promotion, not its headline ([`Heading::large_font`]).
    pub sectioned: bool,
    pub html_lang: Option<String>,
    pub title_tag: Option<String>,
    /// `(lower-cased name|property|itemprop|http-equiv, content)`, document order.
    pub metas: Vec<(String, String)>,
    pub canonical: Option<String>,
    pub jsonld: Vec<String>,
    pub headings: Vec<Heading>,
    pub bylines: Vec<(BylineKind, String)>,
    /// `itemprop=datePublished|dateModified` values and `<time pubdate>`.
    pub date_props: Vec<(DateKind, String)>,
    /// `<time datetime>` values outside comments, document order, with their kind guess.
    pub times: Vec<(DateKind, String)>,
    /// Texts of elements whose class or id says date.
    pub date_texts: Vec<(DateKind, String)>,
    /// Short texts around the first headings.
    pub near_heading: Vec<String>,
    /// For each of [`Scan::near_heading`], whether it sits in an element whose class or id
    /// says update and not publication (`<span class="updated">`): a modified date.
    pub near_heading_updated: Vec<bool>,
    /// Indices in [`Scan::near_heading`] of byline labels ("by", "written by") that continue
    /// a sentence of their element: a caption's or a paragraph's "by", no byline's.
    pub sentence_labels: Vec<usize>,
    /// Short body texts holding a year-like number, outside the masthead, asides, footers
    /// and comments, each with the short text just before it (a label such as "Posted
    /// on:"): the last place a date is looked for.
    pub loose_dates: Vec<(String, String)>,
    pub text_sample: String,
    pub image_prop: Option<String>,
}

impl Scan {
    /// The first non-empty `<meta>` content for the first key (in key order) that has one.
    pub(crate) fn meta_first(&self, keys: &[&str]) -> Option<String> {
        keys.iter().find_map(|k| {
            self.metas
                .iter()
                .find(|(mk, v)| mk == k && !v.is_empty())
                .map(|(_, v)| v.clone())
        })
    }

    /// All non-empty `<meta>` contents for the keys, in key order.
    pub(crate) fn meta_all(&self, keys: &[&str]) -> Vec<String> {
        keys.iter()
            .flat_map(|k| {
                self.metas
                    .iter()
                    .filter(move |(mk, v)| mk == k && !v.is_empty())
                    .map(|(_, v)| v.clone())
            })
            .collect()
    }
}

#[derive(Clone, Copy, Default)]
struct Ctx {
    skip: bool,
    head: bool,
    comment: bool,
    masthead: bool,
    article: bool,
    /// The parent is a link to the site's home page.
    home_link: bool,
    /// Inside `<aside>` or `<footer>`: another page's dates, or the site's.
    aside: bool,
    /// Inside an element classed as the update's date (`updated`, `last-modified`) and not
    /// the publication's.
    updated: bool,
}

/// Classes of a headline element.
const HEADLINE_CLASSES: &[&str] = &[
    "entry-title",
    "post-title",
    "article-title",
    "headline",
    "article-headline",
    "story-title",
    "page-title",
    "single-title",
    "post__title",
    "article__title",
    "article__headline",
    "content-title",
];

/// Texts that introduce an author's name.
const BYLINE_LABELS: &[&str] = &[
    "by",
    "written by",
    "words by",
    "posted by",
    "author",
    "authored by",
    "article by",
    "reviewed by",
    "story by",
    "text by",
];
/// Siblings before a byline label's text read to tell whether it continues a sentence.
const LABEL_LOOKBACK_SIBLINGS: usize = 4;
/// Words of plain text before a label, in its element, from which the label is a sentence's
/// "by" ("Portrait of Hinepare of Ngāti Kahungunu by Gottfried Lindauer", "a short story from
/// the book X written by Vinoy Thomas"), not a byline's.
const SENTENCE_BEFORE_LABEL_WORDS: usize = 4;
/// Nodes of each sibling before a byline label read by [`continues_a_sentence`]: a sentence's
/// inline pieces, not a whole column set before the label.
const LABEL_SIBLING_MAX_NODES: usize = 64;
/// Words that open a byline's lines before its "by" ("Posted in Travel Tips by Jane Roe").
const BYLINE_LINE_OPENINGS: &[&str] = &["posted", "filed", "published", "updated", "written"];

/// Whether the byline label in text node `node` ("by", "written by") continues a sentence of
/// its element: [`SENTENCE_BEFORE_LABEL_WORDS`] or more words before it, with no digit (a
/// date line's "March 3, 2026 by"), not a byline's own opening ("Posted in ... by") and not
/// only links' text (a kicker's "<a>Food and Drink Reviews</a> by").
fn continues_a_sentence(node: ego_tree::NodeRef<'_, Node>) -> bool {
    let mut before: Vec<&str> = Vec::new();
    // Whether every text before the label is a link's: a kicker's or a category's link
    // ("<a>Food and Drink Reviews</a> by Jane Roe") is no sentence.
    let mut linked_only = true;
    for sibling in node.prev_siblings().take(LABEL_LOOKBACK_SIBLINGS) {
        let is_link = sibling
            .value()
            .as_element()
            .is_some_and(|e| e.name() == "a");
        // One bounded pass over the sibling: its first texts, and whether any says something.
        let start = before.len();
        let mut has_text = false;
        for t in sibling
            .descendants()
            .take(LABEL_SIBLING_MAX_NODES)
            .filter_map(|d| d.value().as_text().map(|t| &**t))
        {
            has_text |= !t.trim().is_empty();
            if before.len() - start < LABEL_LOOKBACK_SIBLINGS {
                before.push(t);
            }
        }
        before[start..].reverse();
        linked_only &= is_link || !has_text;
    }
    before.reverse();
    let mut words = before.iter().flat_map(|t| t.split_whitespace());
    let opening = words.next().map(str::to_lowercase);
    let count = 1 + words.count();
    !linked_only
        && opening.is_some_and(|w| !BYLINE_LINE_OPENINGS.contains(&w.as_str()))
        && count >= SENTENCE_BEFORE_LABEL_WORDS
        && !before.iter().any(|t| t.bytes().any(|b| b.is_ascii_digit()))
}

/// Class/id part flags, computed once per element.
const F_COMMENT: u8 = 1;
const F_AUTHOR: u8 = 2;
const F_BYLINE: u8 = 4;
const F_NOT_BYLINE: u8 = 8;
const F_PUBLISHED: u8 = 16;
const F_MODIFIED: u8 = 32;
const F_DATE: u8 = 64;

/// Class and id parts (whole `-`/`_`/space-separated parts, any ASCII case) and their flags.
const PART_FLAGS: &[(&str, u8)] = &[
    ("author", F_AUTHOR),
    ("authors", F_AUTHOR),
    ("writer", F_AUTHOR),
    ("autor", F_AUTHOR),
    ("auteur", F_AUTHOR),
    ("creator", F_AUTHOR),
    ("contributor", F_AUTHOR),
    ("authorname", F_AUTHOR),
    ("byline", F_BYLINE),
    ("bylines", F_BYLINE),
    ("byl", F_BYLINE),
    ("dateline", F_BYLINE | F_PUBLISHED),
    ("comment", F_COMMENT),
    ("comments", F_COMMENT),
    ("disqus", F_COMMENT),
    ("respond", F_COMMENT),
    ("reply", F_COMMENT),
    ("replies", F_COMMENT),
    ("avatar", F_NOT_BYLINE),
    ("bio", F_NOT_BYLINE),
    ("description", F_NOT_BYLINE),
    ("img", F_NOT_BYLINE),
    ("image", F_NOT_BYLINE),
    ("photo", F_NOT_BYLINE),
    ("published", F_PUBLISHED),
    ("publish", F_PUBLISHED),
    ("pubdate", F_PUBLISHED),
    ("posted", F_PUBLISHED),
    ("postdate", F_PUBLISHED),
    ("created", F_PUBLISHED),
    ("publication", F_PUBLISHED),
    ("publishdate", F_PUBLISHED),
    ("publisheddate", F_PUBLISHED),
    ("publicationtime", F_PUBLISHED),
    ("publicationdate", F_PUBLISHED),
    ("publishtime", F_PUBLISHED),
    ("publishedtime", F_PUBLISHED),
    ("publishedat", F_PUBLISHED),
    ("publishedon", F_PUBLISHED),
    ("pubtime", F_PUBLISHED),
    ("updated", F_MODIFIED),
    ("modified", F_MODIFIED),
    ("update", F_MODIFIED),
    ("lastmod", F_MODIFIED),
    ("revised", F_MODIFIED),
    ("date", F_DATE),
    ("dates", F_DATE),
    ("time", F_DATE),
    ("timestamp", F_DATE),
    ("datetime", F_DATE),
    ("day", F_DATE),
    ("meta", F_DATE),
];

/// Flags of every part of a class or id attribute (`article__byline-name` has `byline`):
/// one automaton scan, keeping the matches that are whole parts.
fn attr_flags(attr: &str) -> u8 {
    static PARTS: LazyLock<Option<AhoCorasick>> =
        LazyLock::new(|| short_text_matcher(PART_FLAGS.iter().map(|(p, _)| p), true));
    let Some(parts) = PARTS.as_ref() else {
        return 0;
    };
    let b = attr.as_bytes();
    let is_edge = |c: Option<&u8>| c.is_none_or(|c| !c.is_ascii_alphanumeric());
    parts
        .find_overlapping_iter(attr)
        .filter(|m| {
            let before = m.start().checked_sub(1).and_then(|i| b.get(i));
            is_edge(before) && is_edge(b.get(m.end()))
        })
        .map(|m| PART_FLAGS[m.pattern().as_usize()].1 & !comment_status(b, m.start()))
        .fold(0, |f, flag| f | flag)
}

/// `has-comments` on a post's `<article>` (Squarespace's `BlogItem … has-comments`) states
/// that the post takes comments; it does not make the post a comment section. Gives
/// [`F_COMMENT`] to clear when the part starting at `start` follows such a `has-`.
fn comment_status(attr: &[u8], start: usize) -> u8 {
    let head = &attr[..start];
    let status = [b"has-", b"has_"].iter().any(|p| {
        head.len() >= p.len()
            && head[head.len() - p.len()..].eq_ignore_ascii_case(*p)
            && head
                .len()
                .checked_sub(p.len() + 1)
                .and_then(|i| head.get(i))
                .is_none_or(|c| !c.is_ascii_alphanumeric())
    });
    if status {
        F_COMMENT
    } else {
        0
    }
}

/// "By Jane Roe", "Written by Jane Roe" (not "By clicking", "By the way").
fn starts_with_label(t: &str) -> bool {
    let Some(first) = t.bytes().next() else {
        return false;
    };
    if !matches!(
        first.to_ascii_lowercase(),
        b'b' | b'w' | b'p' | b'a' | b'r' | b's' | b't'
    ) {
        return false;
    }
    let has_prefix = |p: &str| {
        t.len() > p.len() + 1
            && t.is_char_boundary(p.len())
            && t[..p.len()].eq_ignore_ascii_case(p)
            && t[p.len()..].starts_with(' ')
    };
    BYLINE_LABELS.iter().any(|p| has_prefix(p))
        && !has_prefix("by the")
        && !has_prefix("by clicking")
}

/// Adds the title, publication date and authors of a `parsely-page` JSON value
/// ([`PARSELY_PAGE_META`]) to the metas, under Parse.ly's one-by-one names.
fn parsely_page(s: &mut Scan, json: &str) {
    let Ok(serde_json::Value::Object(v)) = serde_json::from_str::<serde_json::Value>(json) else {
        return;
    };
    let text = |k: &str| v.get(k).and_then(|x| x.as_str()).map(str::trim);
    let mut found: Vec<(&str, &str)> = Vec::new();
    found.extend(text("title").map(|t| ("parsely-title", t)));
    found.extend(text("pub_date").map(|t| ("parsely-pub-date", t)));
    found.extend(text("author").map(|t| ("parsely-author", t)));
    // Authors as names, or as objects holding the name (`{"name": "Jane Roe"}`).
    if let Some(list) = v.get("authors").and_then(|x| x.as_array()) {
        found.extend(
            list.iter()
                .filter_map(|a| a.as_str().or_else(|| a.get("name")?.as_str()))
                .map(|a| ("parsely-author", a.trim())),
        );
    }
    for (k, t) in found {
        if s.metas.len() >= MAX_METAS {
            return;
        }
        if !t.is_empty() {
            s.metas.push((k.to_string(), t.to_string()));
        }
    }
}

/// A `<noscript>` in the body holding at least this many bytes of markup is scanned too:
/// forum engines put the server-rendered thread, with its bylines and dates, there.
pub(crate) const MIN_NOSCRIPT_BYTES: usize = 2000;
/// At most this many such `<noscript>` sections are scanned.
pub(crate) const MAX_NOSCRIPTS: usize = 2;

/// Walks the document once, and the large `<noscript>` sections of its body.
pub(crate) fn scan(doc: &Html) -> Scan {
    let mut noscripts = Vec::new();
    let mut s = scan_tree(doc, Some(&mut noscripts));
    for raw in noscripts {
        let fragment = Html::parse_fragment(&raw);
        let f = scan_tree(&fragment, None);
        merge(&mut s.bylines, f.bylines, MAX_BYLINES);
        merge(&mut s.date_props, f.date_props, MAX_DATES);
        merge(&mut s.times, f.times, MAX_DATES);
        merge(&mut s.date_texts, f.date_texts, MAX_DATES);
        if s.headings.is_empty() {
            s.headings = f.headings;
        }
        if s.near_heading.is_empty() {
            s.near_heading = f.near_heading;
            s.near_heading_updated = f.near_heading_updated;
            s.sentence_labels = f.sentence_labels;
        }
    }
    s
}

/// Whether the page holds a heading or sectioning element ([`Scan::sectioned`]); most pages
/// hold one early, so the look stops soon.
fn is_sectioned(doc: &Html) -> bool {
    doc.tree.nodes().any(|n| {
        n.value()
            .as_element()
            .is_some_and(|e| matches!(e.name(), "h1" | "h2" | "h3" | "article" | "main"))
    })
}

/// Appends what a `<noscript>` section found after what the page itself showed.
fn merge<T>(into: &mut Vec<T>, more: Vec<T>, max: usize) {
    let room = max.saturating_sub(into.len());
    into.extend(more.into_iter().take(room));
}

/// Raw markup of a body `<noscript>` that looks like a page section, not a pixel or a
/// "please enable JavaScript" line.
fn noscript_markup(node: ego_tree::NodeRef<'_, Node>) -> Option<String> {
    let raw = match node.first_child()?.value() {
        Node::Text(t) => &**t,
        _ => return None,
    };
    (raw.len() >= MIN_NOSCRIPT_BYTES
        && ["<p", "<div", "<article", "<li", "<span"]
            .iter()
            .any(|t| raw.contains(t)))
    .then(|| raw.to_string())
}

fn scan_tree(doc: &Html, mut noscripts: Option<&mut Vec<String>>) -> Scan {
    let mut s = Scan {
        sectioned: is_sectioned(doc),
        ..Scan::default()
    };
    let mut stack: Vec<Ctx> = vec![Ctx::default()];
    let mut before: VecDeque<(&str, bool)> = VecDeque::new();
    let mut after_budget = 0usize;
    let mut near_headings = 0usize;
    let mut after_label = false;
    let mut previous_text = "";
    let mut class_flags: NameCache<(u8, bool)> = NameCache::default();

    for edge in doc.tree.root().traverse() {
        let node = match edge {
            Edge::Close(n) => {
                if n.value().is_element() {
                    stack.pop();
                }
                continue;
            }
            Edge::Open(n) => n,
        };
        let parent = stack.last().copied().unwrap_or_default();
        match node.value() {
            Node::Text(t) => {
                if parent.skip || parent.comment {
                    continue;
                }
                let t = t.trim();
                if t.len() > NEAR_TEXT_BYTES {
                    previous_text = "";
                }
                if t.is_empty() || t.len() > NEAR_TEXT_BYTES {
                    continue;
                }
                let bare = t.trim_end_matches(':').trim_end();
                let label = BYLINE_LABELS.iter().any(|l| bare.eq_ignore_ascii_case(l));
                let sentence_label = label && continues_a_sentence(node);
                if s.bylines.len() < MAX_BYLINES {
                    if after_label {
                        s.bylines.push((BylineKind::Label, collapse(t)));
                        after_label = false;
                    } else if label {
                        after_label = !sentence_label;
                    } else if t.len() <= MAX_BYLINE_BYTES / 2 && starts_with_label(t) {
                        s.bylines.push((BylineKind::ByText, collapse(t)));
                    }
                }
                if !parent.masthead
                    && !parent.aside
                    && !parent.head
                    && t.len() <= LOOSE_DATE_BYTES
                    && crate::months::has_year(t)
                    && (s.loose_dates.len() < MAX_DATES
                        || (s.loose_dates.len() < MAX_DATES + MAX_LABELLED_LOOSE_DATES
                            && has_date_label(previous_text, t)))
                {
                    s.loose_dates.push((collapse(previous_text), collapse(t)));
                }
                previous_text = t;
                if after_budget > 0 {
                    after_budget -= 1;
                    if sentence_label {
                        s.sentence_labels.push(s.near_heading.len());
                    }
                    s.near_heading.push(collapse(t));
                    s.near_heading_updated.push(parent.updated);
                } else if near_headings < NEAR_HEADINGS {
                    if before.len() == NEAR_BEFORE {
                        before.pop_front();
                    }
                    before.push_back((t, parent.updated));
                }
            }
            Node::Element(e) => {
                let Some(el) = ElementRef::wrap(node) else {
                    stack.push(parent);
                    continue;
                };
                let name = e.name();
                let mut ctx = parent;
                if matches!(name, "script" | "style" | "noscript" | "template" | "svg") {
                    ctx.skip = true;
                }
                if name == "head" {
                    ctx.head = true;
                }
                if name == "noscript" && !parent.head && !parent.skip {
                    if let Some(list) = noscripts.as_deref_mut() {
                        if list.len() < MAX_NOSCRIPTS {
                            list.extend(noscript_markup(node));
                        }
                    }
                }
                let class = e.attribute("class").unwrap_or("");
                let id = e.attribute("id").unwrap_or("");
                let (class_part, headline_class) = if class.is_empty() {
                    (0, false)
                } else {
                    class_flags.get(class, |c| (attr_flags(c), is_headline_class(c)))
                };
                // An empty id has no parts: its scan is skipped.
                let flags = if id.is_empty() {
                    class_part
                } else {
                    class_part | attr_flags(id)
                };
                // `<body class="comments-page">` says the page has comments, not that all of
                // it is one.
                if flags & F_COMMENT != 0 && !matches!(name, "html" | "body") {
                    ctx.comment = true;
                }
                if flags & (F_MODIFIED | F_PUBLISHED) == F_MODIFIED
                    && !matches!(name, "html" | "body" | "article" | "main" | "section")
                {
                    ctx.updated = true;
                }
                // Only a heading right inside the link is the link's: an unclosed `<a>` must
                // not mark the rest of the page.
                ctx.home_link = false;
                match name {
                    "article" | "main" => ctx.article = true,
                    "header" | "nav" if !ctx.article => ctx.masthead = true,
                    "aside" | "footer" => ctx.aside = true,
                    "a" => ctx.home_link = is_home_link(e),
                    _ => {}
                }
                stack.push(ctx);
                if parent.skip && name != "script" {
                    continue;
                }
                let headings = s.headings.len();
                visit(&mut s, el, name, headline_class, flags, parent, ctx);
                // A page with no `<h1>` (set before style sheets) has its byline and date
                // around the headline in a large `<font>`: the page's first heading.
                let font_headline =
                    headings == 0 && s.headings.first().is_some_and(|h| h.large_font);
                if (name == "h1" || font_headline) && near_headings < NEAR_HEADINGS && !ctx.comment
                {
                    near_headings += 1;
                    for (t, updated) in before.drain(..) {
                        s.near_heading.push(collapse(t));
                        s.near_heading_updated.push(updated);
                    }
                    after_budget = NEAR_AFTER;
                }
                if name == "p"
                    && s.html_lang.is_none()
                    && s.text_sample.len() < TEXT_SAMPLE_BYTES
                    && !ctx.skip
                {
                    if let Some(t) = element_text(el, TEXT_SAMPLE_BYTES) {
                        s.text_sample.push_str(&t);
                        s.text_sample.push('\n');
                    }
                }
            }
            _ => {}
        }
    }
    s
}

fn visit(
    s: &mut Scan,
    el: ElementRef<'_>,
    name: &str,
    headline_class: bool,
    flags: u8,
    parent: Ctx,
    ctx: Ctx,
) {
    let e = el.value();
    match name {
        "html" if s.html_lang.is_none() => {
            s.html_lang = e
                .attribute("lang")
                .or_else(|| e.attribute("xml:lang"))
                .map(|l| l.trim().to_string())
                .filter(|l| !l.is_empty());
        }
        "title" if s.title_tag.is_none() && !parent.skip => {
            s.title_tag = element_text(el, MAX_HEADING_BYTES * 2);
        }
        "meta" => {
            if s.metas.len() < MAX_METAS {
                let content = e.attribute("content").or_else(|| e.attribute("value"));
                if let Some(c) = content.map(str::trim).filter(|c| !c.is_empty()) {
                    // `property` may hold several space-separated names (RDFa).
                    for attr in ["name", "property", "itemprop", "http-equiv"] {
                        if let Some(k) = e.attribute(attr) {
                            for k in k.split_whitespace() {
                                s.metas.push((k.to_ascii_lowercase(), c.to_string()));
                            }
                        }
                    }
                }
            }
            if let Some(p) = e.attribute("itemprop") {
                date_prop(s, p, e.attribute("content"));
            }
            if e.attribute("name")
                .is_some_and(|n| n.trim().eq_ignore_ascii_case(PARSELY_PAGE_META))
            {
                parsely_page(s, e.attribute("content").unwrap_or(""));
            }
            // JSON-LD that a site's framework set as a `<meta>` (Next.js renders a metadata
            // entry named `script:ld+json` that way): read as if it were a script.
            let ld_meta = e
                .attribute("name")
                .is_some_and(|n| n.trim().eq_ignore_ascii_case(LD_META_NAME));
            if ld_meta && s.jsonld.len() < MAX_JSONLD {
                if let Some(c) = e.attribute("content") {
                    s.jsonld.push(c.to_string());
                }
            }
            return;
        }
        "link" => {
            let rel = e.attribute("rel").unwrap_or("");
            if s.canonical.is_none()
                && rel
                    .split_whitespace()
                    .any(|r| r.eq_ignore_ascii_case("canonical"))
            {
                s.canonical = e.attribute("href").map(str::to_string);
            }
            if let Some(p) = e.attribute("itemprop") {
                if p.split_whitespace().any(|p| p == "image") && s.image_prop.is_none() {
                    s.image_prop = e.attribute("href").map(str::to_string);
                }
            }
            return;
        }
        "script" => {
            let ty = e.attribute("type").unwrap_or("");
            if ty.trim().eq_ignore_ascii_case("application/ld+json") && s.jsonld.len() < MAX_JSONLD
            {
                let t: String = el.text().collect();
                s.jsonld.push(t);
            }
            return;
        }
        _ => {}
    }
    if ctx.skip {
        return;
    }

    // Headings.
    if name == "h1" && s.headings.len() < MAX_HEADINGS && !ctx.comment {
        if let Some(t) = heading_text(el) {
            let e = el.value();
            let logo = [e.attribute("class"), e.attribute("id")]
                .into_iter()
                .flatten()
                .any(names_site_logo);
            let home = parent.home_link
                || el
                    .descendants()
                    .take(super::text::MAX_TEXT_NODES)
                    .filter_map(ElementRef::wrap)
                    .any(|d| d.value().name() == "a" && is_home_link(d.value()));
            s.headings.push(Heading {
                text: t,
                in_masthead: ctx.masthead || logo || home,
                site_logo: logo || home,
                is_h1: true,
                large_font: false,
            });
        }
    }
    let itemprop = e.attribute("itemprop").unwrap_or("");
    let headline_prop = itemprop.split_whitespace().any(|p| p == "headline");
    if (headline_class || headline_prop)
        && name != "h1"
        && s.headings.len() < MAX_HEADINGS
        && !ctx.comment
        && name != "body"
        && name != "article"
    {
        if let Some(t) = e
            .attribute("content")
            .map(collapse)
            .filter(|t| !t.is_empty())
            .or_else(|| element_text(el, MAX_HEADING_BYTES))
        {
            s.headings.push(Heading {
                text: t,
                in_masthead: false,
                site_logo: false,
                is_h1: false,
                large_font: false,
            });
        }
    }

    if name == "font"
        && !s.sectioned
        && s.headings.len() < MAX_HEADINGS
        && !ctx.comment
        && !ctx.masthead
        && !ctx.aside
        && e.attribute("size").is_some_and(is_large_font_size)
        && s.headings.iter().filter(|h| h.large_font).count() < MAX_FONT_HEADINGS
    {
        if let Some(t) = element_text(el, MAX_HEADING_BYTES) {
            s.headings.push(Heading {
                text: t,
                in_masthead: false,
                site_logo: false,
                is_h1: false,
                large_font: true,
            });
        }
    }

    // Images and dates in microdata.
    if !itemprop.is_empty() {
        if itemprop.split_whitespace().any(|p| p == "image") && s.image_prop.is_none() {
            s.image_prop = e
                .attribute("src")
                .or_else(|| e.attribute("content"))
                .or_else(|| e.attribute("href"))
                .map(str::to_string);
        }
        let value = e
            .attribute("datetime")
            .or_else(|| e.attribute("content"))
            .map(str::to_string)
            .or_else(|| element_text(el, MAX_DATE_TEXT_BYTES));
        date_prop(s, itemprop, value.as_deref());
    }
    if ctx.comment {
        return;
    }

    // <time>.
    if name == "time" && s.times.len() < MAX_DATES {
        let kind = if flags & F_MODIFIED != 0
            || e.attribute("itemprop")
                .is_some_and(|p| p.eq_ignore_ascii_case("datemodified"))
        {
            DateKind::Modified
        } else {
            DateKind::Published
        };
        if e.attribute("pubdate").is_some() && s.date_props.len() < MAX_DATES {
            if let Some(v) = e
                .attribute("datetime")
                .map(str::to_string)
                .or_else(|| element_text(el, MAX_DATE_TEXT_BYTES))
            {
                s.date_props.push((DateKind::Published, v));
            }
        }
        if let Some(v) = e
            .attribute("datetime")
            .map(str::trim)
            .filter(|v| !v.is_empty())
        {
            s.times.push((kind, v.to_string()));
        } else if let Some(t) = element_text(el, MAX_DATE_TEXT_BYTES) {
            s.times.push((kind, t));
        }
    }

    if flags != 0 || !itemprop.is_empty() || name == "a" || is_poster_name(name, e) {
        bylines(s, el, name, flags, itemprop);
    }

    // Elements whose class or id says date.
    if flags != 0 && s.date_texts.len() < MAX_DATES && name != "time" {
        let modified = flags & F_MODIFIED != 0;
        let published = flags & F_PUBLISHED != 0;
        let dated = published || modified || flags & F_DATE != 0;
        if dated && !matches!(name, "body" | "html" | "article" | "main" | "section") {
            let kind = if modified && !published {
                DateKind::Modified
            } else {
                DateKind::Published
            };
            if let Some(v) = e
                .attribute("datetime")
                .or_else(|| e.attribute("title"))
                .or_else(|| e.attribute("content"))
            {
                s.date_texts.push((kind, v.to_string()));
            }
            if let Some(t) = element_text_prefix(el, MAX_DATE_TEXT_BYTES) {
                s.date_texts.push((kind, t));
            }
        }
    }
}

fn date_prop(s: &mut Scan, itemprop: &str, value: Option<&str>) {
    if s.date_props.len() >= MAX_DATES {
        return;
    }
    let Some(v) = value.map(str::trim).filter(|v| !v.is_empty()) else {
        return;
    };
    for p in itemprop.split_whitespace() {
        let kind = match p.to_ascii_lowercase().as_str() {
            "datepublished" | "datecreated" | "uploaddate" => DateKind::Published,
            "datemodified" => DateKind::Modified,
            _ => continue,
        };
        s.date_props.push((kind, v.to_string()));
        return;
    }
}

/// A heading's text without the `<time>` a theme prints inside it ("Dec 18 2025 Preparing
/// a transition") or the words it says to screen readers alone ([`is_screen_reader_only`]).
fn heading_text(el: ElementRef<'_>) -> Option<String> {
    // A date set in the heading, or words for screen readers alone (", published 14 November
    // 2025" in a `sr-only` span), are no part of the headline the page shows.
    let left_out = |e: &scraper::node::Element| e.name() == "time" || is_screen_reader_only(e);
    let marked = el
        .descendants()
        .take(super::text::MAX_TEXT_NODES)
        .skip(1)
        .any(|d| d.value().as_element().is_some_and(left_out));
    if !marked {
        return element_text(el, MAX_HEADING_BYTES);
    }
    let mut raw = String::new();
    for n in el.descendants().take(super::text::MAX_TEXT_NODES) {
        let Node::Text(t) = n.value() else { continue };
        let inside = n
            .ancestors()
            .take_while(|a| a.id() != el.id())
            .any(|a| a.value().as_element().is_some_and(left_out));
        if !inside {
            raw.push_str(t);
        }
        if raw.len() > MAX_HEADING_BYTES {
            return None;
        }
    }
    let t = collapse(&raw);
    if t.is_empty() {
        element_text(el, MAX_HEADING_BYTES)
    } else {
        Some(t)
    }
}

/// Class names of text shown to screen readers alone (`sr-only`, `visually-hidden`, WordPress's
/// `screen-reader-text`, Drupal's `element-invisible`), compared whole and ASCII case ignored.
const SCREEN_READER_CLASSES: &[&str] = &[
    "sr-only",
    "visually-hidden",
    "visuallyhidden",
    "screen-reader-text",
    "screen-reader-only",
    "element-invisible",
];

/// Whether element `e` holds text for screen readers alone: one of its class names is one of
/// [`SCREEN_READER_CLASSES`].
fn is_screen_reader_only(e: &scraper::node::Element) -> bool {
    e.attribute("class").is_some_and(|c| {
        c.split_whitespace().any(|w| {
            SCREEN_READER_CLASSES
                .iter()
                .any(|s| s.eq_ignore_ascii_case(w))
        })
    })
}

/// Class or id parts of a site's logo or name set as `<h1>` (`site-title`, `logo`,
/// `menu-title`), any ASCII case.
fn names_site_logo(attr: &str) -> bool {
    static LOGO: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
        short_text_matcher(
            [
                "logo",
                "masthead",
                "site-title",
                "site_title",
                "sitetitle",
                "site-name",
                "site_name",
                "sitename",
                "blog-name",
                "blogname",
                "menu-title",
            ],
            true,
        )
    });
    LOGO.as_ref().is_some_and(|m| m.is_match(attr))
}

/// A link to the site's home page (`href="/"`, `rel=home`, `https://example.com/`,
/// `./index.php`).
fn is_home_link(e: &scraper::node::Element) -> bool {
    if e.attribute("rel")
        .is_some_and(|r| r.split_whitespace().any(|r| r.eq_ignore_ascii_case("home")))
    {
        return true;
    }
    let Some(href) = e.attribute("href").map(str::trim) else {
        return false;
    };
    let path = match split_scheme(href) {
        Some((scheme, rest))
            if scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https") =>
        {
            rest.find('/').map_or("/", |i| &rest[i..])
        }
        Some(_) => return false,
        None if href.is_empty() => return false,
        None => href,
    };
    // The path up to its query or fragment. Only the first bytes are read: a longer path is
    // none of the home paths (the longest is 11 bytes).
    let head = &path.as_bytes()[..path.len().min(HOME_PATH_MAX_BYTES + 1)];
    let end = head
        .iter()
        .position(|&b| b == b'?' || b == b'#')
        .unwrap_or(head.len());
    matches!(
        &head[..end],
        b"/" | b"./"
            | b"/index.html"
            | b"/index.php"
            | b"./index.php"
            | b"index.php"
            | b"index.html"
    )
}

/// Length of the longest path [`is_home_link`] takes for the home page's (`./index.php`).
const HOME_PATH_MAX_BYTES: usize = 11;

/// `href.split_once("://")` by a `memchr` for the colon, without a substring searcher's set-up
/// (this runs on every link).
fn split_scheme(href: &str) -> Option<(&str, &str)> {
    let b = href.as_bytes();
    memchr::memchr_iter(b':', b)
        .find(|&i| b[i + 1..].starts_with(b"//"))
        .map(|i| (&href[..i], &href[i + 3..]))
}

/// Whether one of the classes names a headline (`entry-title`, any ASCII case).
fn is_headline_class(class: &str) -> bool {
    // Every one of them ends in `title` or `headline`: a class string that holds neither is
    // not split at all (two byte searches, each for the word's `l`, rarer in class names than
    // its other letters), and a name not ending in `e` is none.
    if !contains_ignore_ascii_case(class, "title", 3)
        && !contains_ignore_ascii_case(class, "headline", 4)
    {
        return false;
    }
    class.split_whitespace().any(|c| {
        c.as_bytes().last().is_some_and(|b| b | 0x20 == b'e')
            && HEADLINE_CLASSES.iter().any(|h| c.eq_ignore_ascii_case(h))
    })
}

/// A link to an author's page (`/author/jane-roe`, any ASCII case).
fn is_author_href(href: &str) -> bool {
    // Each path opens with a slash: the slashes of the link are looked up with `memchr` and the
    // paths compared there, cheaper than an automaton's search over every link.
    let b = href.as_bytes();
    memchr::memchr_iter(b'/', b).any(|i| {
        AUTHOR_PATHS.iter().any(|p| {
            b.get(i..i + p.len())
                .is_some_and(|t| t.eq_ignore_ascii_case(p.as_bytes()))
        })
    })
}

/// Classes that forum engines give a post's poster name, lower-case: XenForo's and phpBB's
/// `username` (phpBB's `username-coloured` for a coloured rank), vBulletin's `bigusername`,
/// Invision's `ipsUsername`, Flarum's `PostUser-name`.
const POSTER_CLASSES: &[&str] = &[
    "username",
    "username-coloured",
    "bigusername",
    "ipsusername",
    "postuser-name",
];

/// The word every one of [`POSTER_CLASSES`] holds: a class attribute without it is read no
/// further (the test runs on every link of a page).
const POSTER_CLASS_WORD: &str = "user";

/// A link, or a small heading (Flarum sets the poster as `<h3>`), that one of
/// [`POSTER_CLASSES`] names a post's poster: the first is the thread's starter.
fn is_poster_name(name: &str, e: &scraper::node::Element) -> bool {
    matches!(name, "a" | "h2" | "h3" | "h4")
        && e.attribute("class").is_some_and(|c| {
            crate::dom::contains_ignore_ascii_case(c, POSTER_CLASS_WORD, 0)
                && c.split_whitespace()
                    .any(|c| POSTER_CLASSES.iter().any(|p| c.eq_ignore_ascii_case(p)))
        })
}

/// List items beside a link's own item that link elsewhere than an author's page, from which
/// its list is a menu ([`is_menu_entry`]).
const MENU_OTHER_ITEMS: usize = 2;
/// List items of a link's list looked at by [`is_menu_entry`].
const MENU_ITEMS_SCANNED: usize = 12;

/// Whether link `el` to an author's page is an entry of a menu: the link of a list item whose
/// list holds [`MENU_OTHER_ITEMS`] or more items linking elsewhere (a portal's menu of
/// sections, blogs and a columnist), not a byline's list of writers nor a post's meta line
/// (its date, its comments, a category).
fn is_menu_entry(el: ElementRef<'_>) -> bool {
    let Some(item) = el
        .parent()
        .filter(|p| p.value().as_element().is_some_and(|e| e.name() == "li"))
    else {
        return false;
    };
    let Some(list) = item.parent() else {
        return false;
    };
    // A post's meta line set as a list links its date, its comments ("#comments", "4
    // Comments") and a category beside its author: only links to other pages, said without a
    // digit, make a menu's entries.
    let links_elsewhere = |li: ego_tree::NodeRef<'_, Node>| {
        li.children().any(|c| {
            c.value().as_element().is_some_and(|e| {
                e.name() == "a"
                    && e.attribute("href").is_some_and(|h| {
                        !is_author_href(h) && !h.starts_with('#') && !h.contains("#comment")
                    })
                    && !c.descendants().any(|d| {
                        d.value()
                            .as_text()
                            .is_some_and(|t| t.bytes().any(|b| b.is_ascii_digit()))
                    })
            })
        })
    };
    list.children()
        .filter(|c| c.id() != item.id())
        .take(MENU_ITEMS_SCANNED)
        .filter(|c| links_elsewhere(*c))
        .count()
        >= MENU_OTHER_ITEMS
}

/// Paths of an author's page, lower-case.
const AUTHOR_PATHS: [&str; 3] = ["/author/", "/authors/", "/autor/"];

fn bylines(s: &mut Scan, el: ElementRef<'_>, name: &str, flags: u8, itemprop: &str) {
    if s.bylines.len() >= MAX_BYLINES {
        return;
    }
    let e = el.value();
    let kind = if itemprop
        .split_whitespace()
        .any(|p| p == "author" || p == "creator")
    {
        Some(BylineKind::ItemProp)
    } else if (name == "a" || name == "link")
        && (e.attribute("rel").is_some_and(|r| {
            r.split_whitespace()
                .any(|r| r.eq_ignore_ascii_case("author"))
        }) || (e.attribute("href").is_some_and(is_author_href) && !is_menu_entry(el)))
    {
        Some(BylineKind::RelAuthor)
    } else if flags & F_NOT_BYLINE != 0 {
        None
    } else if is_poster_name(name, e) {
        Some(BylineKind::Username)
    } else if flags & F_AUTHOR != 0 {
        Some(BylineKind::AuthorClass)
    } else if flags & F_BYLINE != 0 {
        Some(BylineKind::Byline)
    } else {
        None
    };
    let Some(kind) = kind else { return };
    if matches!(
        name,
        "body" | "html" | "article" | "main" | "img" | "meta" | "link" | "section"
    ) {
        // `<meta itemprop=author content>` is handled with the metas; links have no text.
        if name == "meta" {
            if let Some(c) = e.attribute("content") {
                s.bylines.push((kind, c.to_string()));
            }
        }
        return;
    }
    let text = if kind == BylineKind::ItemProp {
        // Prefer a nested itemprop=name (the element may also hold a job title or an avatar).
        el.descendants()
            .take(super::text::MAX_TEXT_NODES)
            .filter_map(ElementRef::wrap)
            .find(|d| {
                d.value()
                    .attribute("itemprop")
                    .is_some_and(|p| p.split_whitespace().any(|p| p == "name"))
            })
            .and_then(|d| {
                d.value()
                    .attribute("content")
                    .map(collapse)
                    .or_else(|| element_text(d, MAX_BYLINE_BYTES))
            })
            .or_else(|| e.attribute("content").map(collapse))
            .or_else(|| element_text(el, MAX_BYLINE_BYTES))
    } else {
        element_text_joined(el, MAX_BYLINE_BYTES, " | ")
    };
    if let Some(t) = text.filter(|t| !t.is_empty()) {
        s.bylines.push((kind, t));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn authors_of(html: &str) -> Vec<String> {
        let doc = Html::parse_document(html);
        let base = url::Url::parse("https://forum.example.com/t/1").unwrap();
        crate::meta::extract(&doc, &base).authors
    }

    #[test]
    fn headline_classes_are_found_past_the_precheck() {
        assert!(HEADLINE_CLASSES.iter().all(|h| h.ends_with('e')));
        assert!(HEADLINE_CLASSES
            .iter()
            .all(|h| h.contains("title") || h.contains("headline")));
        assert!(is_headline_class("x ENTRY-TITLE"));
        assert!(is_headline_class("headline big"));
        assert!(!is_headline_class("entry-titles headlines"));
        assert!(!is_headline_class(""));
    }

    #[test]
    fn large_noscript_thread_is_scanned() {
        let post = |who: &str| {
            format!(
                "<div class=post><span itemprop=author itemscope><a href=/u/{who}><span itemprop=name>{who}</span></a></span><time datetime=2024-05-03T10:00:00Z></time><p>{}</p></div>",
                "Some words of the post. ".repeat(40)
            )
        };
        let html = format!(
            "<html><body><div id=app></div><noscript><h1>Which laptop?</h1>{}{}</noscript></body></html>",
            post("first_poster"),
            post("Replier")
        );
        let s = scan(&Html::parse_document(&html));
        assert_eq!(
            s.bylines.first().map(|b| b.1.as_str()),
            Some("first_poster")
        );
        assert_eq!(
            s.headings.first().map(|h| h.text.as_str()),
            Some("Which laptop?")
        );
        assert!(s.times.iter().any(|t| t.1.starts_with("2024-05-03")));
        assert_eq!(authors_of(&html), ["first_poster"]);
        // A small noscript (a pixel, a notice) is not read.
        let s = scan(&Html::parse_document(
            "<body><noscript><div><span itemprop=author>Nobody</span></div></noscript></body>",
        ));
        assert!(s.bylines.is_empty());
    }

    #[test]
    fn css_module_date_classes() {
        assert_eq!(
            attr_flags("Author_publicationTime__F2lab"),
            F_AUTHOR | F_PUBLISHED
        );
        assert_eq!(attr_flags("article-byline__pub-dates"), F_BYLINE | F_DATE);
        // Whole parts only, any ASCII case; a non-ASCII letter separates parts.
        assert_eq!(attr_flags("authority bylined xdate"), 0);
        assert_eq!(attr_flags("PUBLISHEDAT"), F_PUBLISHED);
        assert_eq!(attr_flags("fecha\u{e9}date"), F_DATE);
        assert_eq!(attr_flags(""), 0);
    }

    #[test]
    fn body_class_comments_is_not_a_comment_section() {
        let html = "<body class=\"single-page comments-page\"><h1>A post title here</h1><time datetime=2026-03-04T18:58:32Z>4 Mar</time><div class=comments><time datetime=2026-03-09>9 Mar</time></div></body>";
        let s = scan(&Html::parse_document(html));
        assert_eq!(s.times.len(), 1);
        assert!(s.times[0].1.starts_with("2026-03-04"));
    }

    #[test]
    fn home_links_are_told_by_their_path() {
        let cases = [
            ("/", true),
            ("/?ref=logo", true),
            ("./#top", true),
            ("https://example.com", true),
            ("HTTPS://example.com/index.php?x=1", true),
            ("index.html", true),
            ("/index.html/", false),
            ("/index.phpx", false),
            ("/news/", false),
            ("/index.html.bak?x", false),
            ("mailto:a@b.c", false),
            ("ftp://example.com/", false),
            ("", false),
        ];
        for (href, home) in cases {
            let doc = Html::parse_fragment(&format!("<a href=\"{href}\">x</a>"));
            let a = doc
                .tree
                .nodes()
                .find_map(|n| n.value().as_element().filter(|e| e.name() == "a").cloned())
                .expect("one link");
            assert_eq!(is_home_link(&a), home, "{href}");
        }
    }

    #[test]
    fn author_pages_are_found_in_any_case() {
        for href in [
            "/author/jane",
            "https://x.org/AUTHORS/j/",
            "/de/Autor/x",
            "/author/",
        ] {
            assert!(is_author_href(href), "{href}");
        }
        for href in ["/authority/", "/author", "author/jane", "/co-author/x", ""] {
            assert!(!is_author_href(href), "{href}");
        }
    }

    #[test]
    fn splits_schemes_as_split_once_does() {
        for href in [
            "https://a.b/c",
            "x:y://z",
            "a:b",
            "://",
            "",
            "mailto:x",
            "a:/b://c/",
            "é://x",
        ] {
            assert_eq!(split_scheme(href), href.split_once("://"), "{href}");
        }
    }

    #[test]
    fn a_post_that_has_comments_is_no_comment_section() {
        assert_eq!(attr_flags("BlogItem hentry has-comments"), 0);
        assert_eq!(attr_flags("post has_comments"), 0);
        assert_eq!(attr_flags("comments"), F_COMMENT);
        assert_eq!(attr_flags("thread-comments"), F_COMMENT);
        assert_eq!(attr_flags("chas-comments"), F_COMMENT);
        let html =
            "<article class=\"BlogItem hentry has-comments\"><h1>Twenty herbs for the garden</h1>\
                    <p>Text.</p><div class=comments><h1>Leave a reply</h1></div></article>";
        let s = scan(&Html::parse_document(html));
        let texts: Vec<&str> = s.headings.iter().map(|h| h.text.as_str()).collect();
        assert_eq!(texts, ["Twenty herbs for the garden"]);
    }

    #[test]
    fn username_link_is_the_last_resort() {
        let html = "<h1>Thread title here</h1><p>Thread starter <a href=/members/sean_g.81/ class=\"username u-concealed\">sean_g</a></p>";
        assert_eq!(authors_of(html), ["sean_g"]);
        let html = "<p class=byline>By Jane Roe</p><a class=username href=/members/x.1/>x_user</a>";
        assert_eq!(authors_of(html), ["Jane Roe"]);
    }

    #[test]
    fn every_poster_class_holds_the_prefilters_word() {
        for class in POSTER_CLASSES {
            assert!(class.contains(POSTER_CLASS_WORD), "{class}");
        }
    }

    #[test]
    fn other_forum_engines_poster_names() {
        // vBulletin.
        let html = "<h1>Thread title here</h1><div><a class=bigusername href=member.php?u=7>quietfox</a></div><p>Question text.</p>";
        assert_eq!(authors_of(html), ["quietfox"]);
        // Invision.
        let html = "<h1>Thread title here</h1><a class='ipsUsername' href=/profile/9-x/>loud_owl</a><p>Question text.</p>";
        assert_eq!(authors_of(html), ["loud_owl"]);
        // Flarum sets the poster as a heading.
        let html = "<h1>Thread title here</h1><article><div class=PostUser><h3 class=PostUser-name>mossy</h3></div><p>Question text.</p></article>";
        assert_eq!(authors_of(html), ["mossy"]);
    }

    #[test]
    fn the_first_poster_starts_the_thread() {
        // phpBB: each post's box reads "Post by <handle> » date"; the first handle is
        // lower-case, the reply's capitalised.
        let post = |who: &str| {
            format!(
                "<div class=post><p class=author>Post by <a class=username-coloured href=/u/{who}>{who}</a> » 11. Sep 2024, 18:36</p><div class=content>Some words here.</div></div>"
            )
        };
        let html = format!(
            "<h1>Thread title here</h1>{}{}",
            post("quietfox"),
            post("Reader42")
        );
        assert_eq!(authors_of(&html), ["quietfox"]);
    }

    #[test]
    fn a_storys_first_commenter_is_not_its_author() {
        // A story's discussion box its class does not name as comments: the first commenter's
        // handle, named by no byline, leaves the story's byline alone.
        let html = "<h1>Council votes on the new bridge</h1><p class=byline>By Jane Roe</p><p>Story text.</p><div class=discussion><a class=username href=/u/1>bobby_k</a><p>First!</p><a class=username href=/u/2>Jane Roe</a><p>Thanks.</p></div>";
        assert_eq!(authors_of(html), ["Jane Roe"]);
        // A short handle inside the byline's name is not the byline naming it.
        let html = "<h1>Council votes on the new bridge</h1><p class=byline>By Joanna Roe</p><p>Story text.</p><div class=discussion><a class=username href=/u/1>Anna</a><p>First!</p><a class=username href=/u/2>Joanna Roe</a><p>Thanks.</p></div>";
        assert_eq!(authors_of(html), ["Joanna Roe"]);
    }
}
