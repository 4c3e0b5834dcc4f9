//! Page kind: article, listing, forum, product, documentation or other.
//!
//! Evidence is added per kind from structured data (JSON-LD `@type`, `og:type`), the URL path,
//! and the block statistics (how much prose the main text holds, how link-heavy the page is,
//! how many teasers, posts, prices and code blocks it shows). The kind with the most evidence
//! wins; the confidence is its share of the positive evidence.

use super::blocks::{Block, Page, Tag};
use super::Text;
use crate::dom::{short_text_matcher, starts_with_ignore_ascii_case};
use crate::PageKind;
use aho_corasick::AhoCorasick;
use std::sync::LazyLock;

const KINDS: [PageKind; 6] = [
    PageKind::Article,
    PageKind::Listing,
    PageKind::Forum,
    PageKind::Product,
    PageKind::Documentation,
    PageKind::Other,
];

fn idx(k: PageKind) -> usize {
    match k {
        PageKind::Article => 0,
        PageKind::Listing => 1,
        PageKind::Forum => 2,
        PageKind::Product => 3,
        PageKind::Documentation => 4,
        PageKind::Other => 5,
    }
}

/// A schema.org type's name from its name or URL, in JSON-LD or a microdata `itemtype`
/// ("https://schema.org/BreadcrumbList/" -> "BreadcrumbList", "Product" -> "Product").
pub(crate) fn schema_type_name(t: &str) -> &str {
    let t = t.trim_end_matches('/');
    t.rsplit('/').next().unwrap_or(t)
}

/// `@type` values of the page's JSON-LD, read without a full parse.
fn ld_types(jsonld: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = jsonld;
    while let Some(pos) = rest.find("\"@type\"") {
        rest = &rest[pos + 7..];
        let t = rest
            .trim_start()
            .strip_prefix(':')
            .unwrap_or(rest)
            .trim_start();
        if let Some(s) = t.strip_prefix('"') {
            if let Some(end) = s.find('"') {
                out.push(&s[..end]);
            }
        } else if let Some(s) = t.strip_prefix('[') {
            let end = s.find(']').unwrap_or(s.len());
            for part in s[..end].split(',') {
                let p = part.trim().trim_matches('"');
                if !p.is_empty() {
                    out.push(p);
                }
            }
        }
        if out.len() > 64 {
            break;
        }
    }
    out
}

/// Lower-cased calls to action of business and service pages, looked for in short blocks.
const SERVICE_CALLS: &[&str] = &[
    "get a quote",
    "request a quote",
    "get a free quote",
    "free estimate",
    "request a demo",
    "book a demo",
    "get a demo",
    "schedule a demo",
    "free consultation",
    "schedule a consultation",
    "book a consultation",
    "book an appointment",
    "schedule an appointment",
    "talk to sales",
    "contact sales",
    "talk to an expert",
    "start free trial",
    "start your free trial",
    "try for free",
    "try it free",
    "contact us today",
    "call today",
    "call us today",
];

/// Lower-cased words of shop pages, looked for in short blocks.
const SHOP_WORDS: &[&str] = &[
    "add to cart",
    "add to bag",
    "add to basket",
    "buy now",
    "in stock",
    "out of stock",
    "quantity",
    "free shipping",
];

/// Short price blocks from which a shop page is a catalogue rather than one product's page.
pub(crate) const CATALOGUE_PRICES: u32 = 10;

/// URL path segments of forum software and discussion pages.
const THREAD_PATH_NAMES: &[&str] = &[
    "forum",
    "forums",
    "thread",
    "threads",
    "t",
    "topic",
    "questions",
    "discussion",
    "discussions",
    "community",
    "comments",
    "viewtopic.php",
    "showthread.php",
];

/// Whether the URL's path names a forum or a discussion ([`THREAD_PATH_NAMES`]).
pub(crate) fn path_names_thread(url: &url::Url) -> bool {
    url.path_segments().is_some_and(|mut segs| {
        segs.any(|s| THREAD_PATH_NAMES.iter().any(|n| n.eq_ignore_ascii_case(s)))
    })
}

/// Forum evidence of a path that numbers one thread under a forum's section
/// ([`path_numbers_thread`]), beyond the section's own.
const THREAD_ID_EVIDENCE: f32 = 1.5;

/// Whether a lower-cased path names one thread by its number: a forum's or a Q&A site's
/// section ([`THREAD_PATH_NAMES`]) followed by a segment opening with a digit
/// (`/questions/12068/..`, `/topic/188682-new-case/`, `/t/123270/..`) or ending in one after a
/// dot (`/threads/new-case.691400/`). The section's index, or a named board below it, is no
/// thread.
fn path_numbers_thread(segs: &[&str]) -> bool {
    segs.windows(2).any(|w| {
        THREAD_PATH_NAMES.contains(&w[0])
            && (w[1].starts_with(|c: char| c.is_ascii_digit())
                || w[1]
                    .rsplit_once('.')
                    .is_some_and(|(_, n)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())))
    })
}

/// Lower-cased words of discussion threads, looked for in short blocks.
const THREAD_WORDS: &[&str] = &[
    "reply",
    "replies",
    "quote",
    "joined",
    "posts:",
    "thread",
    "report post",
    "permalink",
    "upvote",
];

/// Whether a short block holds shop words, thread words or a service call to action (ASCII
/// case ignored), in one scan of its text.
fn vocabulary(text: &str) -> (bool, bool, bool) {
    static MATCHER: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
        short_text_matcher(
            SHOP_WORDS.iter().chain(THREAD_WORDS).chain(SERVICE_CALLS),
            true,
        )
    });
    let (mut shop, mut thread, mut call) = (false, false, false);
    if let Some(m) = MATCHER.as_ref() {
        for hit in m.find_overlapping_iter(text) {
            let i = hit.pattern().as_usize();
            if i < SHOP_WORDS.len() {
                shop = true;
            } else if i < SHOP_WORDS.len() + THREAD_WORDS.len() {
                thread = true;
            } else {
                call = true;
            }
        }
    }
    (shop, thread, call)
}

/// Whether a block is a price tag: a short text with a currency sign and a digit.
pub(super) fn is_price(b: &Block) -> bool {
    b.chars < 20
        && b.text.contains(super::CURRENCY_SIGNS)
        && b.text.contains(|c: char| c.is_ascii_digit())
}

/// Blocks after a main heading within which a product page shows its price.
const LEAD_PRICE_WINDOW: usize = 12;
/// Blocks after a link within which a price belongs to the linked item's card.
const CARD_PRICE_WINDOW: usize = 4;

/// How a page shows prices, in one pass over its blocks: how many product cards (a price a
/// few blocks after a link naming the item) it lists, and whether a price follows a main
/// heading before any link does (the one product a product page sells). A shop's category
/// page is a grid of cards under a heading that names the category.
fn price_layout(blocks: &[Block], elems: &[super::blocks::Elem]) -> (u32, bool) {
    let (mut cards, mut lead_price) = (0u32, false);
    let mut last_link: Option<usize> = None;
    let mut last_card: Option<usize> = None;
    let mut heading: Option<usize> = None;
    for (i, b) in blocks.iter().enumerate() {
        if elems[b.elem as usize].tag == Tag::H(1) {
            heading = Some(i);
            continue;
        }
        if is_price(b) {
            if heading.is_some_and(|h| i - h <= LEAD_PRICE_WINDOW) {
                lead_price = true;
            }
            if last_link.is_some_and(|l| i - l <= CARD_PRICE_WINDOW)
                && last_card.is_none_or(|c| i - c > 1)
            {
                cards += 1;
                last_card = Some(i);
            }
        } else if b.chars >= 10 && b.link_chars * 10 >= b.chars * 7 {
            last_link = Some(i);
            heading = None;
        }
    }
    (cards, lead_price)
}

/// Lower-cased links that documentation generators put beside every page, looked for at the
/// start of short blocks.
const DOC_CHROME: &[&str] = &[
    "edit this page",
    "edit on github",
    "edit on gitlab",
    "improve this page",
    "view source",
    "view page source",
    "show source",
    "copy page",
];

/// Lower-cased words that open the links between a manual's pages ("Previous: Install",
/// "Next →"), looked for at the start of short blocks.
const PAGER_WORDS: &[&str] = &["previous", "prev", "next"];

/// Lower-cased buttons that a product or service landing page repeats under each of its
/// features, looked for at the start of short blocks. One or two occur anywhere (a story's
/// newsletter box); four or more make a landing page.
const LANDING_CALLS: &[&str] = &["learn more", "get started"];
/// Short blocks opening with a landing page's buttons that make a landing page.
const LANDING_CALLS_MIN: u32 = 4;

/// Paragraphs of 100+ characters in the main text from which its linked headings are taken for
/// its own sections' rather than a hub's teasers.
const SECTION_PARAGRAPHS: usize = 8;

/// Lower-cased path segments naming a site's section of stories.
const STORY_SECTIONS: &[&str] = &[
    "news", "blog", "article", "articles", "story", "stories", "posts", "post",
];

/// Listing evidence of a path ending in a section of stories (`/news`, `/en/blog/`): the
/// section's index, its latest stories.
const SECTION_INDEX_EVIDENCE: f32 = 2.5;

/// Long paragraphs of the main text from which it reads as a story's text, whose cards (linked
/// headings, `<article>`s) lying outside it are related stories, not a hub's list.
const STORY_TEXT_PARAGRAPHS: f32 = 2.0;

/// Words from which a path segment is a headline's slug (`council-approves-transit-plan`).
const HEADLINE_SLUG_WORDS: usize = 3;

/// Words of a path segment, split on `-` and `_`.
fn slug_words(seg: &str) -> usize {
    seg.split(['-', '_']).filter(|w| !w.is_empty()).count()
}

/// Article evidence of a path naming a section of stories ([`STORY_SECTIONS`]): a headline's
/// slug below the section is one of its stories; the section as the last segment is its index,
/// a listing, and no evidence; anything else below it leans to a story.
fn section_evidence(segs: &[&str]) -> f32 {
    let Some(section) = segs.iter().rposition(|s| STORY_SECTIONS.contains(s)) else {
        return 0.0;
    };
    if section + 1 == segs.len() {
        0.0
    } else if segs
        .last()
        .is_some_and(|last| slug_words(last) >= HEADLINE_SLUG_WORDS)
    {
        2.0
    } else {
        1.0
    }
}

/// Whether a lower-cased `og:type` in a site's own namespace names one item for sale
/// (`shopname:product`, `marketplace-objects:item`).
fn names_one_item(og_type: &str) -> bool {
    og_type
        .split_once(':')
        .is_some_and(|(_, t)| t == "product" || t == "item")
}

/// Lower-cased path segments under which a shop names one item (`/dp/B0D1XD1ZV3`,
/// `/itm/326432571280`, `/products/trail-runner`).
const ITEM_SECTIONS: &[&str] = &["product", "products", "dp", "item", "itm", "pdp"];

/// Product evidence of a path naming one item: a shop's item section followed by the item's
/// id or slug ([`ITEM_SECTIONS`]). The section as the last segment is its catalogue, no item.
const ITEM_PATH_EVIDENCE: f32 = 1.5;

/// Product evidence of the path ([`ITEM_PATH_EVIDENCE`] when an item section has a segment
/// after it).
fn item_evidence(segs: &[&str]) -> f32 {
    let before_last = &segs[..segs.len().saturating_sub(1)];
    if before_last.iter().any(|s| ITEM_SECTIONS.contains(s)) {
        ITEM_PATH_EVIDENCE
    } else {
        0.0
    }
}

/// Where the path's date (`/2024/05/`, a year of this century and a month) ends: the index of
/// the segment after it, if the path holds one.
fn path_date(segs: &[&str]) -> Option<usize> {
    segs.windows(2)
        .position(|w| {
            w[0].len() == 4
                && w[0].starts_with("20")
                && w[0].bytes().all(|b| b.is_ascii_digit())
                && w[1].len() <= 2
                && w[1].bytes().all(|b| b.is_ascii_digit())
        })
        .map(|i| i + 2)
}

/// Whether `text` opens with one of `words` as a whole word (ASCII case ignored).
fn opens_with_word(text: &str, words: &[&str]) -> bool {
    let text = text.trim_start_matches(|c: char| !c.is_alphanumeric());
    words.iter().any(|w| {
        starts_with_ignore_ascii_case(text, w)
            && !text[w.len()..].starts_with(|c: char| c.is_alphanumeric())
    })
}

/// Long paragraphs of `text` as evidence of a story ([`Text::long_paragraphs`]): a story set
/// without `<p>` parts its paragraphs by double line breaks, and counts each, and a paragraph
/// in Chinese, Japanese or Korean is long from fewer characters; a thread's posts are written
/// with line breaks too, and their paragraphs tell no story, so on a page marked up as a thread
/// each long block counts once.
pub(crate) fn story_paragraphs(page: &Page, text: &Text) -> usize {
    if page.signals.forum_markup >= THREAD_MARKUP_MIN {
        text.long_blocks
    } else {
        text.long_paragraphs
    }
}

/// Elements named like a thread's parts (posts, their authors and dates) from which a page
/// reads as a thread.
pub(crate) const THREAD_MARKUP_MIN: u32 = 6;

/// Posts marked up as schema.org items (`post_items` among the page's signals) from which a
/// page reads as a thread.
const THREAD_ITEMS_MIN: u32 = 3;

/// Forum evidence of posts marked up as items ([`THREAD_ITEMS_MIN`]).
const THREAD_ITEMS_EVIDENCE: f32 = 2.0;

/// Forum evidence of a `DiscussionForumPosting` in the page's JSON-LD, beyond that of any
/// thread type.
const FORUM_POSTING_EVIDENCE: f32 = 1.5;

/// Weighs the evidence of each kind of page (structured data, URL, text statistics,
/// vocabulary, markup) and returns the winner with its share of the evidence. `in_region`
/// says, per block of `page`, whether it lies in the region `text` was read from.
pub(crate) fn decide(
    page: &Page,
    text: &Text,
    in_region: &[bool],
    url: &url::Url,
    meta: &crate::meta::Metadata,
) -> (PageKind, f32) {
    let mut ev = [0f32; 6];
    let mut add = |k: PageKind, v: f32| ev[idx(k)] += v;

    // A dated, signed page is a story; a page with neither is rarely one. A date found loose
    // in the body, only because nothing else dated the page, is no evidence.
    let dated_by_meta = meta.published.is_some() && !meta.published_loose;
    match (dated_by_meta, !meta.authors.is_empty()) {
        (true, true) => add(PageKind::Article, 3.0),
        (true, false) => add(PageKind::Article, 1.0),
        (false, true) => add(PageKind::Article, 1.0),
        (false, false) => add(PageKind::Other, 1.0),
    }

    // Structured data: each type counts once, however often it repeats.
    let mut types: Vec<&str> = ld_types(&page.signals.jsonld)
        .into_iter()
        .map(schema_type_name)
        .collect();
    let reviews = types.iter().filter(|t| **t == "Review").count();
    types.sort_unstable();
    types.dedup();
    let has_type = |names: &[&str]| types.iter().any(|t| names.contains(t));
    let product_ld = has_type(&[
        "Product",
        "Offer",
        "AggregateOffer",
        "IndividualProduct",
        "ProductGroup",
    ]);
    // A product page marks up its customers' reviews: several `Review`s beside a `Product` are
    // not a review article.
    let review_article = reviews >= 1 && !(reviews >= 2 && product_ld);
    let article_ld = review_article
        || has_type(&[
            "NewsArticle",
            "Article",
            "BlogPosting",
            "ReportageNewsArticle",
            "AnalysisNewsArticle",
            "OpinionNewsArticle",
            "LiveBlogPosting",
            "Report",
            "ScholarlyArticle",
            "SocialMediaPosting",
            "Recipe",
        ]);
    if article_ld {
        add(PageKind::Article, 3.0);
    }
    // Publishers of papers tag each paper's page for the indexes of papers (title, authors,
    // date): the page is the paper's abstract or text, whatever its layout.
    if page.signals.citation {
        add(PageKind::Article, 2.0);
    }
    // Whether a type names the page's kind (beyond the generic `WebPage`).
    let mut typed = article_ld;
    if has_type(&["TechArticle", "APIReference", "SoftwareSourceCode"]) {
        add(PageKind::Documentation, 2.0);
        typed = true;
    }
    if product_ld {
        add(PageKind::Product, 2.5);
        typed = true;
    }
    // An FAQ block on a page marks its questions up as `Question`: only a Q&A page or a
    // forum posting is a thread.
    if has_type(&["DiscussionForumPosting", "QAPage"])
        || (has_type(&["Question"]) && !has_type(&["FAQPage"]))
    {
        add(PageKind::Forum, 3.0);
        typed = true;
    }
    // A forum's own posting type names the page outright; a Q&A type may mark up a question
    // on a page of another kind.
    if has_type(&["DiscussionForumPosting"]) {
        add(PageKind::Forum, FORUM_POSTING_EVIDENCE);
    }
    if has_type(&[
        "CollectionPage",
        "ItemList",
        "SearchResultsPage",
        "OfferCatalog",
    ]) {
        add(PageKind::Listing, 1.5);
        typed = true;
    }
    if has_type(&[
        "Service",
        "LocalBusiness",
        "ContactPage",
        "AboutPage",
        "ProfessionalService",
    ]) {
        add(PageKind::Other, 1.5);
    }
    let og_article = page.signals.og_type.as_deref() == Some("article");
    // Site builders describe every page as a `WebPage` and only stories as articles; the same
    // builders also stamp `og:type article` on every page, so that does not count against it.
    if !types.is_empty() && !typed {
        add(PageKind::Other, if og_article { 1.5 } else { 1.0 });
    }
    match page.signals.og_type.as_deref() {
        Some("article") if article_ld || types.is_empty() => add(PageKind::Article, 1.5),
        Some("product") | Some("og:product") | Some("product.item") => add(PageKind::Product, 2.0),
        Some(t) if names_one_item(t) => add(PageKind::Product, 2.0),
        Some("website") => {
            add(PageKind::Other, 1.0);
            add(PageKind::Listing, 0.5);
        }
        _ => {}
    }

    // URL path.
    let path = url.path().to_ascii_lowercase();
    let segs: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let has = |names: &[&str]| segs.iter().any(|s| names.contains(s));
    if segs.is_empty() {
        add(PageKind::Listing, 1.5);
        add(PageKind::Other, 1.0);
    }
    if has(&[
        "tag",
        "tags",
        "category",
        "categories",
        "topics",
        "section",
        "archive",
        "archives",
        "search",
        "page",
        // A shop's category pages.
        "collections",
        "c",
        "cat",
        "browse",
        "product-category",
    ]) || url
        .query()
        .is_some_and(|q| q.contains("page=") || q.contains("q="))
    {
        add(PageKind::Listing, 2.0);
    }
    if has(&[
        "product", "products", "p", "dp", "item", "shop", "store", "buy",
    ]) {
        add(PageKind::Product, 1.5);
    }
    add(PageKind::Product, item_evidence(&segs));
    if has(THREAD_PATH_NAMES) {
        add(PageKind::Forum, 2.0);
    }
    if path_numbers_thread(&segs) {
        add(PageKind::Forum, THREAD_ID_EVIDENCE);
    }
    if has(&[
        "docs",
        "doc",
        "documentation",
        "api",
        "reference",
        "manual",
        "guide",
        "wiki",
        "handbook",
        "sdk",
    ]) {
        add(PageKind::Documentation, 2.0);
    }
    add(PageKind::Article, section_evidence(&segs));
    if segs
        .last()
        .is_some_and(|last| STORY_SECTIONS.contains(last))
    {
        add(PageKind::Listing, SECTION_INDEX_EVIDENCE);
    }
    if has(&[
        "services",
        "service",
        "solutions",
        "pricing",
        "plans",
        "programs",
        "program",
        "courses",
        "course",
        "about",
        "about-us",
        "contact",
        "contact-us",
        "careers",
        "features",
    ]) {
        add(PageKind::Other, 1.5);
    }
    let date = path_date(&segs);
    let dated = date.is_some();
    if let Some(after) = date {
        // A date alone may head an archive of the period; a slug after it names one story.
        let slug = segs[after..]
            .iter()
            .any(|s| s.bytes().any(|b| b.is_ascii_alphabetic()));
        add(PageKind::Article, if slug { 3.0 } else { 2.0 });
    }
    if let Some(last) = segs.last() {
        let words = slug_words(last);
        if words >= 4 {
            add(PageKind::Article, 1.0);
        } else if words <= 2 && !dated {
            add(PageKind::Other, 1.0);
        }
    }

    // Content statistics.
    let body = page.body().map(|b| &page.elems[b as usize]);
    let (page_chars, page_ld) = body.map_or((0, 0.0), |b| {
        (
            b.chars,
            if b.chars == 0 {
                0.0
            } else {
                b.link_chars as f32 / b.chars as f32
            },
        )
    });
    // A story set without `<p>` parts its paragraphs by double line breaks, and counts them;
    // a thread's posts are written so too, and their paragraphs tell no story.
    let long = story_paragraphs(page, text) as f32;
    let share = if page_chars == 0 {
        0.0
    } else {
        text.chars as f32 / page_chars as f32
    };
    if long >= 5.0 && share > 0.3 {
        add(PageKind::Article, 2.0);
    } else if long >= 3.0 {
        add(PageKind::Article, 1.0);
    } else {
        // Few paragraphs: a hub, a shop or a landing page, but also a short news item or
        // a manual's page, so only a hint.
        add(PageKind::Listing, 0.5);
        add(PageKind::Other, 0.5);
    }
    if page_ld > 0.5 {
        add(PageKind::Listing, 1.5);
    }
    // The main text is a sliver of the page: the page is its links and teasers.
    if share < 0.1 {
        add(PageKind::Listing, 1.5);
    }
    // How the main text is built: a story is mostly paragraphs of 100+ characters, a business
    // or hub page mostly short lines (feature lists, labels, calls to action).
    let mut prose_text = false;
    if text.blocks > 0 {
        // Paragraphs that double line breaks part count as blocks of their own.
        let parts = text.blocks as f32 + (long - text.long_blocks as f32).max(0.0);
        let long_share = long / parts;
        prose_text = long_share >= 0.5;
        if long_share >= 0.5 {
            add(PageKind::Other, -1.0);
        } else if long_share < 0.2 {
            add(PageKind::Article, -1.0);
        }
    }
    // A page that speaks for its owner ("we offer", "our team", "contact us") presents a
    // business; stories speak of others or to the reader.
    let (words, first_plural) = first_plural_rate(&text.text);
    if words >= 100 && first_plural * 50 >= words {
        add(PageKind::Other, 2.0);
    }
    // Publishing systems wrap a story in `<article>`; a page without one leans against it.
    if page.signals.articles == 0 {
        add(PageKind::Article, -1.0);
    }
    if text.chars < 500 {
        add(PageKind::Other, 0.5);
        add(PageKind::Listing, 0.5);
    }
    // Teasers: headings that are links.
    let (mut teasers, mut teasers_in_text) = (0usize, 0usize);
    for (i, b) in page.blocks.iter().enumerate() {
        if matches!(page.elems[b.elem as usize].tag, Tag::H(2..=4)) && b.link_density() > 0.8 {
            teasers += 1;
            teasers_in_text += usize::from(in_region.get(i).copied().unwrap_or(false));
        }
    }
    // A dated page whose main text is its paragraphs is a story; the recommended and related
    // cards around it (each a linked heading, often an `<article>`) are no hub's list, however
    // many: a hub's cards are its main text.
    let cards_aside =
        dated_by_meta && long >= STORY_TEXT_PARAGRAPHS && teasers_in_text == 0 && prose_text;
    let card_teasers = teasers;
    let teasers = if cards_aside { 0 } else { teasers };
    let teaser_ev = if teasers >= 6 {
        2.0
    } else if teasers >= 3 {
        1.0
    } else {
        0.0
    };
    add(PageKind::Listing, teaser_ev);
    // The `<article>`s around a story are the cards of those headings (and the story's own):
    // more of them than that are a hub's entries.
    let articles_aside = cards_aside && page.signals.articles as usize <= card_teasers + 1;
    if page.signals.articles >= 3 && !articles_aside {
        add(PageKind::Listing, 1.5);
    }
    // Shop and thread vocabulary in short blocks.
    let (mut shop, mut thread, mut prices, mut calls) = (0u32, 0u32, 0u32, 0u32);
    let (mut doc_chrome, mut pager, mut landing) = (0u32, 0u32, 0u32);
    for b in page.blocks.iter().filter(|b| b.chars < 60) {
        let (is_shop, is_thread, is_call) = vocabulary(&b.text);
        shop += u32::from(is_shop);
        thread += u32::from(is_thread);
        calls += u32::from(is_call);
        if DOC_CHROME
            .iter()
            .any(|p| starts_with_ignore_ascii_case(&b.text, p))
        {
            doc_chrome += 1;
        }
        pager += u32::from(opens_with_word(&b.text, PAGER_WORDS));
        landing += u32::from(b.chars < 40 && opens_with_word(&b.text, LANDING_CALLS));
        prices += u32::from(is_price(b));
    }
    if shop >= 1 {
        add(PageKind::Product, 1.5 + (shop.min(3) as f32) * 0.5);
    }
    if prices >= 1 {
        add(PageKind::Product, 1.0);
    }
    // A product page prices its one item under its heading; a shop's category page lists
    // many items, each with its price.
    let (cards, lead_price) = price_layout(&page.blocks, &page.elems);
    if lead_price {
        add(PageKind::Product, 2.0);
    } else if cards >= 8 {
        add(PageKind::Listing, 3.0);
    }
    // A business page asks the reader to get in touch, book or try; a story does not.
    if calls >= 1 {
        add(PageKind::Other, 1.0 + (calls.min(6) as f32) * 0.5);
    }
    if landing >= LANDING_CALLS_MIN {
        add(PageKind::Other, 1.5);
    }
    // Documentation generators offer to edit or show the page's source; stories never do.
    if doc_chrome >= 1 {
        add(
            PageKind::Documentation,
            3.0 + (doc_chrome.min(3) - 1) as f32 * 0.5,
        );
    }
    if thread >= 3 {
        add(PageKind::Forum, 1.0 + (thread.min(10) as f32) * 0.2);
    }
    if page.signals.times >= 4 {
        add(PageKind::Forum, 1.0);
        add(PageKind::Listing, 0.5);
    }
    let host = url.host_str().unwrap_or("");
    if host.starts_with("docs.")
        || host.starts_with("developer.")
        || host.starts_with("learn.")
        || host.starts_with("wiki.")
    {
        add(PageKind::Documentation, 2.5);
    }
    if host.starts_with("forum") || host.starts_with("community.") || host.starts_with("discuss.") {
        add(PageKind::Forum, 2.5);
    }
    if host.starts_with("shop.") || host.starts_with("store.") {
        add(PageKind::Product, 1.5);
    }
    if page.signals.product_markup >= 2 {
        add(PageKind::Product, 2.0);
    }
    if page.signals.forum_markup >= THREAD_MARKUP_MIN {
        add(PageKind::Forum, 2.0);
    }
    // Posts marked up as schema.org items (`DiscussionForumPosting`, `UserComments`): forum
    // software marks each post so where its classes name nothing (a blog's comments are
    // `Comment`s, not counted). They count as much as posts named by class.
    if page.signals.post_items >= THREAD_ITEMS_MIN {
        add(PageKind::Forum, THREAD_ITEMS_EVIDENCE);
    }
    let code_blocks = page
        .blocks
        .iter()
        .filter(|b| b.chars >= 20 && b.code_chars * 2 > b.chars)
        .count();
    if code_blocks >= 3 {
        add(PageKind::Documentation, 1.0);
    }
    if page.signals.code_elems >= 8 {
        add(PageKind::Documentation, 2.0);
    }
    // A manual's page is code-heavy, and links to the pages before and after it.
    if page.signals.code_elems >= 50 {
        add(PageKind::Documentation, 1.0);
    }
    if pager >= 2 {
        add(PageKind::Documentation, 1.0);
    }

    // A shop page showing many prices is a catalogue of products, not one product.
    if prices >= CATALOGUE_PRICES && ev[idx(PageKind::Product)] > 0.0 {
        ev[idx(PageKind::Listing)] += 2.0;
    }
    // Among many paragraphs of the page's own, linked headings open its sections (a landing
    // page's features, a guide's chapters) rather than teasers: on a page that reads as much
    // like a business page as like a story, they do not make it a hub.
    if long >= SECTION_PARAGRAPHS as f32 && ev[idx(PageKind::Other)] >= ev[idx(PageKind::Article)] {
        ev[idx(PageKind::Listing)] -= teaser_ev;
    }
    let best = winner(&ev);
    let score = ev[best];
    let total: f32 = ev.iter().sum();
    let confidence = if total > 0.0 { score / total } else { 0.0 };
    (KINDS[best], confidence.clamp(0.0, 1.0))
}

/// Whether a word's base (its part before an apostrophe) is an English first-person plural
/// pronoun. Upper-case `US` is the country, not the pronoun.
fn is_first_plural(base: &str) -> bool {
    matches!(
        base,
        "we" | "We" | "our" | "Our" | "us" | "ours" | "Ours" | "ourselves"
    )
}

/// Words of `text`, and how many of them are first-person plural pronouns
/// ([`is_first_plural`]; also contracted: `we're`). English only: other languages count none,
/// so the rule stays silent there.
fn first_plural_rate(text: &str) -> (usize, usize) {
    let (mut words, mut ours) = (0, 0);
    // A word is a run of letters, digits and apostrophes; only its part before the first
    // apostrophe (its base) counts, and an empty base (`'tis`, a lone quote) is no word. One
    // pass, a run of ASCII letters and digits in one step: this runs over the whole main text.
    let mut count = |base: &str| {
        if !base.is_empty() {
            words += 1;
            ours += usize::from(is_first_plural(base));
        }
    };
    // Start of the word being read, and the end of its base once an apostrophe ended it.
    let mut start: Option<usize> = None;
    let mut base_end: Option<usize> = None;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_alphanumeric() {
            // A run of ASCII letters and digits is read in one step.
            start.get_or_insert(i);
            i += bytes[i..]
                .iter()
                .position(|b| !b.is_ascii_alphanumeric())
                .unwrap_or(bytes.len() - i);
            continue;
        }
        let (word, apostrophe, len) = if bytes[i].is_ascii() {
            (false, bytes[i] == b'\'', 1)
        } else {
            // `i` is on a char boundary: ASCII bytes never sit inside a character.
            let c = text[i..].chars().next().unwrap_or(' ');
            (c.is_alphanumeric(), c == '’', c.len_utf8())
        };
        if word || apostrophe {
            start.get_or_insert(i);
            if apostrophe {
                base_end.get_or_insert(i);
            }
        } else if let Some(s) = start.take() {
            count(&text[s..base_end.take().unwrap_or(i)]);
        }
        i += len;
    }
    if let Some(s) = start {
        count(&text[s..base_end.unwrap_or(text.len())]);
    }
    (words, ours)
}

/// The kind with the most evidence. Ties go to the later kind in `KINDS`: an article must win
/// outright, except against a listing alone (a story's navigation and related links look like
/// a listing's); a listing tied with a business page alone wins.
fn winner(ev: &[f32; 6]) -> usize {
    let (mut best, mut score) = (0usize, ev[0]);
    for (i, &v) in ev.iter().enumerate().skip(1) {
        if v >= score {
            (best, score) = (i, v);
        }
    }
    let tied = ev.iter().filter(|&&v| v == score).count();
    if best == idx(PageKind::Listing) && tied == 2 && ev[0] == score {
        best = 0;
    }
    // A hub's cards carry what a business page shows (a short slug, `og:type website`, few
    // paragraphs of its own): a listing tied with a business page alone wins.
    let listing = idx(PageKind::Listing);
    if tied == 2 && best == idx(PageKind::Other) && ev[listing] == score {
        best = listing;
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vocabulary_sorts_short_blocks_by_kind() {
        assert_eq!(vocabulary("Add To Cart"), (true, false, false));
        assert_eq!(vocabulary("12 replies"), (false, true, false));
        assert_eq!(vocabulary("Request a Demo"), (false, false, true));
        assert_eq!(vocabulary("Buy now or reply"), (true, true, false));
        assert_eq!(vocabulary("The mayor spoke"), (false, false, false));
    }

    fn layout(html: &str) -> (u32, bool) {
        let page = super::super::blocks::flatten(&scraper::Html::parse_document(html));
        price_layout(&page.blocks, &page.elems)
    }

    #[test]
    fn prices_under_item_links_are_cards_and_a_price_under_the_heading_is_a_product() {
        let mut grid = String::from("<h1>Running shoes</h1><div>Sort by</div>");
        for i in 0..9 {
            grid.push_str(&format!(
                "<div><div><a href='/p/{i}'>Trail runner model {i}</a></div><div>4.5 stars</div><div>${i}9.99</div></div>"
            ));
        }
        assert_eq!(layout(&format!("<body>{grid}</body>")), (9, false));
        // The same grid of related items below one product priced under its heading.
        let product = format!(
            "<body><h1>Trail runner model X</h1><div>4.8 stars</div><div>$129.99</div><p>A light shoe.</p>{grid}</body>"
        );
        assert!(layout(&product).1);
        // A price mentioned in a story's prose is neither.
        assert_eq!(
            layout("<body><h1>Shoe prices rise</h1><p>The model now costs $129.99, up from last year's price.</p></body>"),
            (0, false)
        );
    }

    #[test]
    fn a_listing_tied_with_a_business_page_alone_wins() {
        let mut ev = [0f32; 6];
        ev[idx(PageKind::Listing)] = 4.0;
        ev[idx(PageKind::Other)] = 4.0;
        assert_eq!(KINDS[winner(&ev)], PageKind::Listing);
        // Tied with a product, the product keeps the page.
        let mut shop = [0f32; 6];
        shop[idx(PageKind::Listing)] = 4.0;
        shop[idx(PageKind::Product)] = 4.0;
        assert_eq!(KINDS[winner(&shop)], PageKind::Product);
        // Tied with a story as well, the business page keeps it.
        ev[idx(PageKind::Article)] = 4.0;
        assert_eq!(KINDS[winner(&ev)], PageKind::Other);
        // Behind a business page, a listing does not win.
        let mut behind = [0f32; 6];
        behind[idx(PageKind::Listing)] = 3.5;
        behind[idx(PageKind::Other)] = 4.0;
        assert_eq!(KINDS[winner(&behind)], PageKind::Other);
    }

    #[test]
    fn pager_words_open_a_block_as_whole_words() {
        assert!(opens_with_word("Previous: Installation", PAGER_WORDS));
        assert!(opens_with_word("« Prev", PAGER_WORDS));
        assert!(opens_with_word("next →", PAGER_WORDS));
        assert!(!opens_with_word("Nextcloud setup", PAGER_WORDS));
        assert!(!opens_with_word("Previously on the show", PAGER_WORDS));
        assert!(!opens_with_word("The next step", PAGER_WORDS));
    }

    #[test]
    fn landing_calls_open_a_block() {
        assert!(opens_with_word("Learn more", LANDING_CALLS));
        assert!(opens_with_word("→ Get started free", LANDING_CALLS));
        assert!(!opens_with_word(
            "Learn more about our history here",
            &["learning"]
        ));
        assert!(!opens_with_word("We get started early", LANDING_CALLS));
    }

    #[test]
    fn an_article_tied_with_a_listing_alone_wins() {
        assert_eq!(winner(&[2.0, 2.0, 0.0, 0.0, 0.0, 1.0]), 0);
        assert_eq!(winner(&[2.0, 2.0, 0.0, 0.0, 0.0, 2.0]), 5);
        assert_eq!(winner(&[2.0, 0.0, 0.0, 0.0, 0.0, 2.0]), 5);
        assert_eq!(winner(&[1.0, 2.0, 0.0, 0.0, 0.0, 0.0]), 1);
    }

    #[test]
    fn a_headline_slug_under_a_section_is_a_story_and_the_section_alone_its_index() {
        assert_eq!(
            section_evidence(&["blog", "council-approves-transit-plan"]),
            2.0
        );
        assert_eq!(section_evidence(&["en", "news"]), 0.0);
        assert_eq!(section_evidence(&["post", "21018364"]), 1.0);
        assert_eq!(section_evidence(&["news", "world-news"]), 1.0);
        assert_eq!(
            section_evidence(&["products", "standing-desk-with-drawer"]),
            0.0
        );
    }

    #[test]
    fn an_item_section_followed_by_an_id_names_one_item() {
        assert_eq!(item_evidence(&["dp", "b0d1xd1zv3"]), ITEM_PATH_EVIDENCE);
        assert_eq!(item_evidence(&["itm", "326432571280"]), ITEM_PATH_EVIDENCE);
        assert_eq!(
            item_evidence(&["en", "products", "mice", "mx-master"]),
            ITEM_PATH_EVIDENCE
        );
        // The section alone is its catalogue; a story's slug is no item.
        assert_eq!(item_evidence(&["products"]), 0.0);
        assert_eq!(item_evidence(&["shop", "products"]), 0.0);
        assert_eq!(item_evidence(&["p", "startup-lessons-learned"]), 0.0);
        assert_eq!(item_evidence(&[]), 0.0);
    }

    #[test]
    fn a_namespaced_og_type_may_name_one_item() {
        assert!(names_one_item("shop_sharing:product"));
        assert!(names_one_item("market-objects:item"));
        assert!(!names_one_item("market-objects:ecommerce"));
        assert!(!names_one_item("product.group"));
        assert!(!names_one_item("article"));
    }

    #[test]
    fn a_thread_section_followed_by_a_number_names_one_thread() {
        assert!(path_numbers_thread(&[
            "questions",
            "12068",
            "catering-event"
        ]));
        assert!(path_numbers_thread(&["forums", "topic", "188682-new-case"]));
        assert!(path_numbers_thread(&["threads", "new-case.691400"]));
        assert!(!path_numbers_thread(&["threads", "new-case."]));
        assert!(!path_numbers_thread(&["thread", "index.php"]));
        assert!(!path_numbers_thread(&["questions"]));
        assert!(!path_numbers_thread(&["forum", "general-chat"]));
        assert!(!path_numbers_thread(&["2024", "05", "questions"]));
    }

    #[test]
    fn a_section_index_reads_as_a_listing() {
        let kind_at = |u: &str| {
            let page = super::super::blocks::flatten(&scraper::Html::parse_document(
                "<body><h1>Center news</h1><p>Updates from the center.</p></body>",
            ));
            let text = Text::default();
            let meta = crate::meta::Metadata::default();
            let url = url::Url::parse(u).expect("test url");
            decide(&page, &text, &[], &url, &meta).0
        };
        // The same short page elsewhere reads as a business page.
        assert_eq!(kind_at("https://example.edu/center"), PageKind::Other);
        assert_eq!(kind_at("https://example.edu/news"), PageKind::Listing);
        assert_eq!(kind_at("https://example.edu/en/blog/"), PageKind::Listing);
    }

    #[test]
    fn a_path_date_is_a_year_and_a_month() {
        assert_eq!(path_date(&["2024", "05", "council-meets"]), Some(2));
        assert_eq!(path_date(&["blog", "2024", "5"]), Some(3));
        assert_eq!(path_date(&["1999", "05", "old-story"]), None);
        assert_eq!(path_date(&["2024", "may", "story"]), None);
    }

    #[test]
    fn ld_types_are_read_from_strings_and_arrays() {
        let j = r#"{"@type": "NewsArticle", "x": {"@type":["Person","Thing"]}}"#;
        assert_eq!(ld_types(j), vec!["NewsArticle", "Person", "Thing"]);
        assert!(ld_types(r#"{"@type": 5"#).is_empty());
        assert!(ld_types(r#"{"@type": "unterminated"#).is_empty());
    }

    #[test]
    fn first_plural_pronouns_are_counted_with_contractions() {
        assert_eq!(
            first_plural_rate("We offer repairs. Call us: we're open, it's our job."),
            (10, 4)
        );
        // The country is not the pronoun, and other languages count none.
        assert_eq!(first_plural_rate("The US economy grew."), (4, 0));
        assert_eq!(first_plural_rate("Nous offrons des réparations."), (4, 0));
    }

    #[test]
    fn first_plural_rate_splits_words_as_str_split_does() {
        // The definition the one-pass scan must match.
        fn by_split(text: &str) -> (usize, usize) {
            let bases: Vec<&str> = text
                .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
                .filter_map(|w| w.split(['\'', '’']).next().filter(|b| !b.is_empty()))
                .collect();
            let ours = bases.iter().filter(|b| is_first_plural(b)).count();
            (bases.len(), ours)
        }
        for text in [
            "",
            "'",
            "’’we",
            "'tis our us' We’re",
            "we",
            "  our\u{200b}us\u{a0}ours—Ours…ourselves",
            "Ünsere we'd 2024 we2 us’ve",
            "x'y'z we''s",
        ] {
            assert_eq!(first_plural_rate(text), by_split(text), "{text:?}");
        }
    }
}
