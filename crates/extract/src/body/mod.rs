//! Main text and page kind.
//!
//! 1. [`blocks::flatten`] walks the DOM once into block-level elements and text blocks.
//! 2. Text blocks of 25+ characters with little link text score their ancestors
//!    (Readability's rule: parent fully, grandparent half, then `1/(3·level)`), on top of tag and
//!    class/id priors ([`classes`]).
//! 3. The best-scoring element (score × (1 − link density)) is promoted when several strong
//!    candidates share an ancestor, then its siblings that score close to it or read like prose
//!    are joined: content split over sibling blocks is recovered.
//! 4. Inside the chosen region, boilerplate subtrees (navigation, share bars, newsletters,
//!    related lists, comments, captions, link clusters) are dropped, and each block is judged on
//!    its own: link density per paragraph, title and byline lines, short chrome phrases
//!    ([`lines`]; a thread's post chrome: [`posts`]); a heading of other items closes its
//!    section ([`closers`]) and a story's closing author bio goes ([`bios`]).
//! 5. Only when the result looks weak, a cheap second pass (every prose-like paragraph outside
//!    boilerplate) runs and wins if it finds much more text.
//! 6. [`kind`] decides the page kind from structured data, the URL and the block statistics.
//! 7. A page that is not an article (listing, forum, product, documentation, service) has short
//!    items as its main content: its region is re-chosen as the subtree with the most text once
//!    page chrome counts against it (teaser links count half), and emitted with the short-block
//!    and link-density filters off; class/tag boilerplate is still dropped. On a business page,
//!    its sections form one run: a short one between joined ones, and the hero band holding
//!    the `<h1>` before them, join too. On a listing, an
//!    items region apart from the strict one with under half its text is a side box of
//!    teasers, and the strict region stays (unless its root is named like chrome). Such a
//!    page is read again with the hidden elements that follow a question (an FAQ's answers,
//!    opened by a click) shown, and the questions said by the accordion's buttons; its kind
//!    was decided without them.
//! 8. A page that is not an article and still says (next to) nothing is read again: with its
//!    hidden elements shown (content held back until scripts run), when that reading says much
//!    more in text the first did not see; else its items region is chosen and read with class
//!    and id names ignored ([`Judge::class_blind`]: its content sits in an element named like
//!    chrome).
//! 9. A thread whose HTML holds none of its posts (a forum that renders them by script) reads as
//!    its description, the opening post's start.

mod bios;
pub(crate) mod blocks;
mod classes;
mod closers;
pub(crate) mod guard;
mod kind;
mod lines;
mod posts;
mod teasers;

use crate::meta::text::key;
use crate::meta::Metadata;
use crate::PageKind;
use bios::{drop_author_bios, is_author_bio, is_author_tagline, is_writer_card};
use blocks::{Block, Elem, Page, Reading, Tag, NONE};
use closers::{closed_sections, is_section_closer, listing_closed_sections, shop_closed_sections};
use lines::{
    ends_with_credit, has_day_range, initials_of, is_abbreviated_count, is_credit_line,
    is_cross_link_line, is_edit_stamp, is_edit_tally, is_engagement_count, is_long_byline,
    is_reading_time, is_review_count, is_share_bar_line, is_taxonomy_line, is_text_trail,
    is_whole_chrome_label, looks_like_date, says_only_one_of, CREDIT_MAX_WORDS,
    CROSS_LINK_MAX_CHARS, EDIT_STAMP_MAX_WORDS, EDIT_TALLY_MAX_CHARS, LONG_BYLINE_MAX_CHARS,
    LONG_BYLINE_MAX_WORDS, READING_TIME_MAX_WORDS, SHARE_BAR_MAX_CHARS,
    WHOLE_CHROME_LABEL_MAX_WORDS,
};
use posts::{
    is_avatar_letter, is_bare_post_date, is_post_chrome_line, is_reply_subject, is_user_card_line,
    post_heading, post_line_key, post_signature_heading_of, POST_SUBJECT_MAX_CHARS,
};
use scraper::Html;
use std::collections::HashMap;

/// Text blocks shorter than this (characters) do not score their ancestors.
pub(crate) const MIN_SCORED_CHARS: u32 = 25;
/// Ancestors that receive a block's score.
pub(crate) const SCORE_LEVELS: usize = 5;
/// A sibling joins the winner when it scores at least this share of the winner's score.
pub(crate) const SIBLING_SHARE: f32 = 0.1;
/// The region widens to its parent while it holds less than this share of the parent's prose.
pub(crate) const WIDEN_SHARE: f32 = 0.75;
/// ... and while the parent's link density stays under this.
pub(crate) const WIDEN_MAX_LINK_DENSITY: f32 = 0.4;
/// Candidates considered for the shared-ancestor promotion.
pub(crate) const TOP_CANDIDATES: usize = 5;
/// A result with fewer characters than this looks weak and triggers the second strategy.
pub(crate) const WEAK_CHARS: usize = 400;
/// A block with more link text than this share is link chrome unless long and prose-like.
pub(crate) const MAX_LINK_DENSITY: f32 = 0.5;
/// On a non-article page, link text counts this much toward the inclusive region (plain text
/// counts 1): teaser links are content there, but menus must not win.
pub(crate) const TEASER_LINK_WEIGHT: f32 = 0.5;
/// A strict result with this many blocks of 100+ characters reads as a story.
pub(crate) const STORY_LONG_BLOCKS: usize = 5;
/// Blocks of at least this many characters are emitted once per page, wherever they repeat.
pub(crate) const DEDUP_MIN_CHARS: u32 = 40;
/// On a thread, the relaxed reading of the strict region replaces the strict text when it keeps
/// at least 1/`THREAD_KEEP_SHARE` of it (what it drops is the posts' cards and signatures).
pub(crate) const THREAD_KEEP_SHARE: usize = 2;

/// On a product page, the strict region's text (the product's description), read with the
/// items filters, replaces the items region's that holds it when it is at least this share of
/// it: what the items region adds is the buy box (price, options, delivery and payment notes).
pub(crate) const DESCRIPTION_KEEP_SHARE: f32 = 0.4;

/// What the items region adds to the description for [`DESCRIPTION_KEEP_SHARE`] to apply, in
/// characters: a buy box with its options and notes, not the product's name and price alone.
pub(crate) const BUY_BOX_MIN_CHARS: usize = 100;

/// Short blocks (characters) are checked against chrome phrases, bylines and datelines.
pub(crate) const SHORT_BLOCK_CHARS: u32 = 80;
/// On a listing, an items region apart from the strict region that holds less than
/// 1/`SIDE_BOX_SHARE` of the strict text is a side box of teasers, not the page's list (a
/// listing's grid outweighs any intro or blurb beside it).
pub(crate) const SIDE_BOX_SHARE: usize = 2;

pub(crate) struct Body {
    pub text: String,
    pub kind: PageKind,
    pub confidence: f32,
}

/// The address whose path the page kind is read from: the page's own canonical address when
/// it was read from the root of this machine or of no host (a saved copy read from a file or a
/// local server, a fetch whose address was lost), whose path tells nothing of the page; else
/// the address it was read from (a crawled home page is its own site's root, whatever its
/// canonical address says).
fn kind_url<'a>(url: &'a url::Url, meta: &'a Metadata) -> &'a url::Url {
    let unknown = url.path() == "/"
        && match url.host() {
            None => true,
            Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
            Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
            Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        };
    match &meta.canonical_url {
        Some(own) if unknown && own.host_str() != url.host_str() => own,
        _ => url,
    }
}

pub(crate) fn extract(doc: &Html, meta: &Metadata, url: &url::Url) -> Body {
    let page = prepare(doc, Reading::default());
    let ctx = Context::new(meta);
    let (region, chosen) = strict_text(&page, &ctx);
    let in_region = region_blocks(&page, region.as_ref());
    let (kind, confidence) = kind::decide(&page, &chosen, &in_region, kind_url(url, meta), meta);
    let hides = page.signals.hidden_blocks > 0;
    let (mut chosen, page) = main_text(doc, page, region, chosen, kind, ctx, url);
    if kind != PageKind::Article && hides && chosen.chars < EMPTY_TEXT_CHARS {
        // A page that is not a story and shows (next to) nothing may hold its content back
        // until its scripts run: a shop's section locked behind a script, or streamed into
        // hidden holders that a script moves into place. Read with its hidden elements shown,
        // it wins when it says much more, mostly in text the first reading did not see (not
        // a sign-in form's fields pulling the region into the footer); the kind stays the one
        // judged on the visible page.
        let shown_page = prepare(
            doc,
            Reading {
                hidden: true,
                ..Reading::default()
            },
        );
        let ctx = Context::new(meta);
        let (region, strict) = strict_text(&shown_page, &ctx);
        let (shown, _) = main_text(doc, shown_page, region, strict, kind, ctx, url);
        if shown.chars > 2 * chosen.chars.max(RESCUE_MIN_CHARS)
            && 2 * unseen_chars(&page, &shown.text) > shown.chars
        {
            chosen = shown;
        }
    }
    if kind != PageKind::Article && chosen.chars < EMPTY_TEXT_CHARS {
        // Still (next to) nothing: the content may sit in an element named like chrome.
        if let Some(t) = class_blind_text(&page, kind, meta, url) {
            if t.chars > 2 * chosen.chars.max(RESCUE_MIN_CHARS) {
                chosen = t;
            }
        }
    }
    let (kind, confidence) = match structured_rescue(kind, &chosen, meta) {
        Some(structured) => {
            chosen = Text::of_paragraphs(structured);
            match kind {
                PageKind::Forum => (kind, confidence),
                _ => (
                    PageKind::Article,
                    confidence.max(STRUCTURED_BODY_CONFIDENCE),
                ),
            }
        }
        None => (kind, confidence),
    };
    let text = match script_thread_summary(kind, &chosen, meta) {
        Some(summary) => summary.to_string(),
        None if matches!(kind, PageKind::Product | PageKind::Forum) => {
            drop_repeated_runs(chosen.text)
        }
        None => chosen.text,
    };
    Body {
        text,
        kind,
        confidence,
    }
}

/// Per block of the page, whether it lies in the strict region (a root's subtree or a block its
/// parent owns): the page kind asks which of the page's teasers lie in the main text.
fn region_blocks(page: &Page, region: Option<&Region>) -> Vec<bool> {
    let mut inside = vec![false; page.blocks.len()];
    let Some(region) = region else {
        return inside;
    };
    for &r in &region.roots {
        let e = &page.elems[r as usize];
        for b in &mut inside[e.first_block as usize..e.end_block as usize] {
            *b = true;
        }
    }
    for &b in &region.parent_blocks {
        if let Some(b) = inside.get_mut(b as usize) {
            *b = true;
        }
    }
    inside
}

/// A page that is not an article whose main text is shorter than this (characters) says
/// (next to) nothing: it is read again with its hidden elements shown, then without the class
/// rules.
pub(crate) const EMPTY_TEXT_CHARS: usize = 50;
/// Such a second reading wins when it says more than twice as much as the first, and more
/// than twice this many characters.
pub(crate) const RESCUE_MIN_CHARS: usize = 50;

/// The items region of a page of `kind` (not an article) and its text, read without the class
/// rules ([`Judge::class_blind`]), when the region lies outside the page's furniture. Run only
/// on a page whose reading said (next to) nothing: its content sits in an element named
/// like chrome (a shop's grid in a `related-products` section, a category's blurb in a
/// `seo-footer-copy` box), and a page that says something has its content elsewhere.
fn class_blind_text(page: &Page, kind: PageKind, meta: &Metadata, url: &url::Url) -> Option<Text> {
    let judge = Judge {
        class_blind: true,
        ..Judge::items(kind, url)
    };
    let region = select_inclusive(page, judge)?;
    let first = region.roots.first().copied()?;
    if within_furniture(page, first) {
        return None;
    }
    let ctx = Context {
        judge,
        ..Context::new(meta)
    };
    Some(emit(page, &region, &ctx))
}

/// Characters of the blocks of `text` (as [`render`] joins them: lines, table cells, list
/// items) that no block of `page` says: in a reading with hidden elements shown, the text they
/// hid from `page`'s.
fn unseen_chars(page: &Page, text: &str) -> usize {
    let seen: std::collections::HashSet<&str> = page.blocks.iter().map(|b| b.text.trim()).collect();
    text.split('\n')
        .flat_map(|line| line.split(CELL_JOINER))
        .map(|b| b.trim())
        .map(|b| b.strip_prefix(ITEM_MARK).unwrap_or(b))
        .filter(|b| !seen.contains(b))
        .map(|b| b.chars().count())
        .sum()
}

/// Fewest FAQ answers hidden behind their questions ([`blocks::PageSignals::faq_answers`]) that
/// make a story's accordion, read as its text when the story is that FAQ ([`FAQ_STORY_GROWTH`]).
pub(crate) const FAQ_STORY_ANSWERS: u32 = MIN_REPEATS;
/// A story read with its FAQ answers shown replaces the one read without them when it says at
/// least this many times as much: the FAQ is then the story, not a tail appended to it.
pub(crate) const FAQ_STORY_GROWTH: f32 = 1.5;

/// Whether text `after` adds to text `before` (both as [`render`] joins blocks) only lines that
/// ask a question, one at least: an FAQ's questions, set in buttons that only a reading with
/// the answers shown reads, beside answers the story already showed.
fn adds_only_questions(before: &str, after: &str) -> bool {
    let seen: std::collections::HashSet<&str> = before.split('\n').map(str::trim).collect();
    let mut added = after
        .split('\n')
        .map(str::trim)
        .filter(|l| !l.is_empty() && !seen.contains(l))
        .peekable();
    added.peek().is_some() && added.all(|l| l.ends_with('?'))
}

/// The main text of `page`, whose strict region and text are `region` and `chosen`, as a page
/// of `kind`: the strict text on an article, else the items region's ([`select_inclusive`]).
fn main_text(
    doc: &Html,
    mut page: Page,
    mut region: Option<Region>,
    mut chosen: Text,
    kind: PageKind,
    ctx: Context,
    url: &url::Url,
) -> (Text, Page) {
    if kind == PageKind::Article && page.signals.faq_answers >= FAQ_STORY_ANSWERS {
        // A story that is an FAQ (an explainer's "Your questions answered" accordion, its
        // answers hidden until a click): read with its answers, it says far more
        // ([`FAQ_STORY_GROWTH`]), or it adds only the questions (set in buttons, read in
        // this reading alone) to answers it already showed; an FAQ appended to a long story
        // adds a little and stays unread, as the development pages' truth mostly leaves such
        // a tail out.
        let answered = prepare(
            doc,
            Reading {
                answers: true,
                ..page.reading
            },
        );
        let (answered_region, answered_text) = strict_text(&answered, &ctx);
        if answered_text.chars as f32 >= FAQ_STORY_GROWTH * chosen.chars as f32
            || adds_only_questions(&chosen.text, &answered_text.text)
        {
            (page, region, chosen) = (answered, answered_region, answered_text);
        }
    } else if kind != PageKind::Article && page.signals.faq_answers > 0 {
        // The page's FAQ answers, hidden until a click opens them, are its text; the kind was
        // judged without them (a story's text never changes but in the case above).
        // (The same reading otherwise: a page read with its hidden elements shown keeps them.)
        page = prepare(
            doc,
            Reading {
                answers: true,
                ..page.reading
            },
        );
        (region, chosen) = strict_text(&page, &ctx);
    }
    if kind != PageKind::Article {
        // Not a story: the main content is the page's central column with its short items.
        let relaxed = Context {
            judge: Judge::items(kind, url),
            ..ctx
        };
        // When the strict region reads as a story of several long paragraphs, the inclusive
        // region must hold it: lying elsewhere, it would replace the page's real text. (Nor is
        // a policy shown in a dialog a story.) A shop page tells no story: its longest prose is
        // its customers' reviews, a brand's blurb or a feature tour beside the product, and
        // its text is the product's column (name, price, options, description, specifications)
        // wherever that prose lies.
        let story = !relaxed.judge.product
            && kind::story_paragraphs(&page, &chosen) >= STORY_LONG_BLOCKS
            && !region.as_ref().is_some_and(|r| {
                let first = r.roots.first().copied().unwrap_or(NONE);
                within_dialog(&page, first)
                    || within_page_footer(&page, first)
                    || (holds_dialog(&page, &r.roots)
                        && kind::story_paragraphs(&page, &emit(&page, r, &relaxed))
                            < STORY_LONG_BLOCKS)
            });
        // Whether the inclusive region holds the strict one.
        let holds_strict = |inc: &Region| {
            region.as_ref().is_none_or(|r| {
                r.roots
                    .first()
                    .is_none_or(|&first| inc.roots.iter().any(|&r| contains(&page, r, first)))
            })
        };
        let inclusive = select_inclusive(&page, relaxed.judge);
        // A strict region whose root is named like chrome (a promotion bar that repeats its
        // offer in every locale) is no text of the page's own: it neither keeps the items
        // region out as a story nor makes it a side box.
        let strict_is_chrome = region
            .as_ref()
            .and_then(|r| r.roots.first())
            .is_some_and(|&first| page.elems[first as usize].class.negative);
        let no_main_text = inclusive
            .as_ref()
            .or(region.as_ref())
            .and_then(|r| r.roots.first())
            .is_some_and(|&first| within_furniture(&page, first));
        let inclusive = inclusive
            .map(|inc| {
                let holds = holds_strict(&inc);
                (inc, holds)
            })
            .filter(|&(_, holds)| !story || holds || strict_is_chrome)
            .map(|(mut inc, holds)| {
                if kind == PageKind::Listing {
                    inc.parent_blocks.extend(listing_lead(&page, &inc));
                }
                (emit(&page, &inc, &relaxed), holds)
            })
            .filter(|(t, holds)| {
                !is_side_box(kind, *holds, t.chars, chosen.chars) || strict_is_chrome
            });
        if no_main_text {
            // Every text of the page lies in its furniture (a shop whose items a script
            // renders leaves only its footer): the page says nothing of its own.
            chosen = Text::default();
        } else if let Some((t, holds)) = inclusive {
            chosen = t;
            // The strict region's first root lies in the items region; its other roots, if any,
            // come with it (asking that all lie there lost more than it kept: allbirds 0.65 ->
            // 0.55, no page better).
            if let Some(strict) = region.as_ref().filter(|_| relaxed.judge.product && holds) {
                // A shop page whose strict region (its description, the page's longest prose)
                // is a good share of the items region, which adds a buy box to it (price,
                // options, delivery and payment notes): the box is no text of the product's.
                // A name and a price alone are not such a box.
                let desc = emit(&page, strict, &relaxed);
                if desc.chars + BUY_BOX_MIN_CHARS <= chosen.chars
                    && desc.chars as f32 >= DESCRIPTION_KEEP_SHARE * chosen.chars as f32
                {
                    chosen = desc;
                }
            }
        } else if let Some(region) = &region {
            let t = emit(&page, region, &relaxed);
            // On a thread the relaxed filters drop each post's user card and signature, so
            // they may leave less text than the strict ones and still hold the discussion. On a
            // shop page they drop the customers' reviews, which the strict filters keep as
            // prose (a product whose long description made the strict region a story): however
            // long the reviews, the shop's reading is the one to keep.
            if t.chars >= chosen.chars
                || relaxed.judge.product
                || (relaxed.judge.thread && THREAD_KEEP_SHARE * t.chars >= chosen.chars)
            {
                chosen = t;
            }
        }
    }
    (chosen, page)
}

/// Most blocks that follow a listing's heading in its lead.
pub(crate) const LISTING_LEAD_BLOCKS: usize = 4;
/// Most characters of such a lead.
pub(crate) const LISTING_LEAD_CHARS: u32 = 1200;
/// A line of such a lead ends a sentence or holds this many characters: a control ("USA ▾"),
/// a label or a count stops it.
pub(crate) const LISTING_LEAD_LINE_CHARS: u32 = 100;

/// The blocks of a listing's lead that lie before its items region `region`: the page's
/// heading (its last `<h1>` before the region) and the run of sentences of little link text
/// right after it ("Best Sellers" / "Our most popular products based on sales."), which themes put
/// in a header row of their own, apart from the items and their filters. None when no line
/// follows the heading (a bare heading is a section's, or the items' own title), when the run
/// goes on past [`LISTING_LEAD_BLOCKS`] blocks or [`LISTING_LEAD_CHARS`] characters (the
/// heading opens a story or a page of its own), or when it sits in a menu, a footer, a side
/// box, a dialog or a box named like strong chrome (comments, sharing, a newsletter): a weak
/// chrome name (`page-header`, `hero`) is what themes call a lead's row.
fn listing_lead(page: &Page, region: &Region) -> Vec<u32> {
    let Some(&first) = region.roots.first() else {
        return Vec::new();
    };
    let start = page.elems[first as usize].first_block as usize;
    let Some(heading) = page.blocks[..start]
        .iter()
        .rposition(|b| page.elems[b.elem as usize].tag == Tag::H(1))
    else {
        return Vec::new();
    };
    let chrome = |e: u32| {
        let el = &page.elems[e as usize];
        matches!(el.tag, Tag::Nav | Tag::Footer | Tag::Aside)
            || el.class.strong
            || el.class.consent
            || el.class.dialog
    };
    // One line more than a lead may have is enough to tell a longer run.
    let run = 1 + page.blocks[heading + 1..start]
        .iter()
        .take(LISTING_LEAD_BLOCKS + 1)
        .take_while(|b| {
            b.link_density() <= MAX_LINK_DENSITY
                && (ends_sentence(b.text.trim_end()) || b.chars >= LISTING_LEAD_LINE_CHARS)
        })
        .count();
    let chars: u32 = page.blocks[heading..heading + run]
        .iter()
        .map(|b| b.chars)
        .sum();
    if !(2..=LISTING_LEAD_BLOCKS + 1).contains(&run)
        || chars > LISTING_LEAD_CHARS
        || page.blocks[heading..heading + run]
            .iter()
            .any(|b| is_within(page, b.elem, usize::MAX, chrome))
    {
        return Vec::new();
    }
    (heading..heading + run).map(|bi| bi as u32).collect()
}

/// Whether the inclusive region of a page of `kind` is a box of teasers beside the page's text
/// rather than its main content: a listing's items are the bulk of its page, so an items
/// region that lies apart from the strict one (`holds_strict` false) and holds less than
/// 1/[`SIDE_BOX_SHARE`] of its text is a side box (a "latest news" box next to a guide).
fn is_side_box(
    kind: PageKind,
    holds_strict: bool,
    inclusive_chars: usize,
    strict_chars: usize,
) -> bool {
    kind == PageKind::Listing && !holds_strict && SIDE_BOX_SHARE * inclusive_chars < strict_chars
}

/// On a product page or a thread, a sequence of this many consecutive blocks that already
/// appeared, in the same order, earlier in the text is a second rendering of the same box.
pub(crate) const REPEATED_RUN_BLOCKS: usize = 3;

/// `text` without the sequences of [`REPEATED_RUN_BLOCKS`] blocks that repeat an earlier
/// sequence block for block. Shop themes render the product's name box, badges and key
/// features twice (one copy for phones, one for desktops, one of them hidden by CSS) and
/// forums a post's header and quoted lines, as short blocks that the per-block deduplication
/// leaves alone; a reader sees one copy. Single short blocks stay: items and specs repeat a
/// price or a value ("$15", "Yes") in passing, and even a few of them seldom in the same order.
fn drop_repeated_runs(text: String) -> String {
    let blocks: Vec<&str> = text.split("\n\n").collect();
    if blocks.len() < 2 * REPEATED_RUN_BLOCKS {
        return text;
    }
    let mut first = HashMap::with_capacity(blocks.len());
    let mut dropped = vec![false; blocks.len()];
    for (i, run) in blocks.windows(REPEATED_RUN_BLOCKS).enumerate() {
        let j = *first.entry(run).or_insert(i);
        if j + REPEATED_RUN_BLOCKS <= i {
            dropped[i..i + REPEATED_RUN_BLOCKS].fill(true);
        }
    }
    if !dropped.contains(&true) {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    for (b, _) in blocks.iter().zip(&dropped).filter(|(_, &d)| !d) {
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        out.push_str(b);
    }
    out
}

/// A thread with less main text than this (characters) shows none of its posts.
pub(crate) const EMPTY_THREAD_CHARS: usize = 50;

/// A JSON-LD `articleBody` shorter than this (characters) is a summary, not a story to fall
/// back on.
pub(crate) const STRUCTURED_BODY_MIN_CHARS: usize = 600;
/// The page's own text is weak beside its JSON-LD `articleBody` when it holds less than this
/// share of the latter's characters.
pub(crate) const STRUCTURED_BODY_WEAK_SHARE: f32 = 0.5;
/// A page's own text shorter than this (characters) says next to nothing: a mount point for
/// scripts, a loading notice.
pub(crate) const STRUCTURED_BODY_EMPTY_CHARS: usize = 200;
/// Words of the `articleBody`'s opening that a teaser on the page repeats, in order.
pub(crate) const TEASER_OPENING_WORDS: usize = 12;
/// Page-kind confidence, at least, of a page read from its JSON-LD `articleBody`: an
/// article-typed item that tells a whole story names the page an article.
pub(crate) const STRUCTURED_BODY_CONFIDENCE: f32 = 0.6;

/// The story's text as the page's JSON-LD article states it ([`Metadata::structured_body`]),
/// when the page's own `text` is weak beside it: a story its HTML does not hold (drawn by
/// script, kept behind a paywall, loaded on scroll) whose publisher still states it whole for
/// machines. The page's text is weak when it is shorter than [`STRUCTURED_BODY_WEAK_SHARE`] of
/// the story and either says next to nothing ([`STRUCTURED_BODY_EMPTY_CHARS`]) or holds a
/// teaser: the story's first [`TEASER_OPENING_WORDS`] words in a row (after a heading or
/// dateline, say); on a page judged a listing only the first will do (a hub's excerpt of a
/// story it features is no teaser of the page). Not on shops and documentation,
/// whose JSON-LD article is at most a side piece; on a thread whose posts the page does not
/// hold, the opening post's text ([`Metadata::structured_body`] is only ever the page's one
/// story, never a listed post).
///
/// Design: the page's own reading stays first (it keeps subheadings, lists and tables, and a
/// publisher's `articleBody` may be a teaser or stale); this second source runs only when that
/// reading is weak in the sense above, so it costs nothing on a page read well. On such a page
/// it trades the page's structure for plain paragraphs and trusts the publisher's text to hold
/// no chrome.
fn structured_rescue<'m>(kind: PageKind, text: &Text, meta: &'m Metadata) -> Option<&'m str> {
    if matches!(kind, PageKind::Product | PageKind::Documentation) {
        return None;
    }
    let structured = meta.structured_body.as_deref()?;
    let chars = structured.chars().count();
    if chars < STRUCTURED_BODY_MIN_CHARS
        || text.chars as f32 >= STRUCTURED_BODY_WEAK_SHARE * chars as f32
    {
        return None;
    }
    let empty = text.chars < STRUCTURED_BODY_EMPTY_CHARS;
    let teaser = || {
        let opening: Vec<&str> = structured
            .split_whitespace()
            .take(TEASER_OPENING_WORDS)
            .collect();
        opening.len() == TEASER_OPENING_WORDS
            && text
                .text
                .split_whitespace()
                .collect::<Vec<_>>()
                .windows(TEASER_OPENING_WORDS)
                .any(|w| w == opening.as_slice())
    };
    (empty || (kind != PageKind::Listing && teaser())).then_some(structured)
}

/// The page's description, when the page is a thread whose posts its HTML does not hold (a
/// forum that renders them by script): forum software describes a thread by its opening post,
/// the only part of the discussion the page then says.
fn script_thread_summary<'m>(kind: PageKind, text: &Text, meta: &'m Metadata) -> Option<&'m str> {
    if kind != PageKind::Forum || text.chars >= EMPTY_THREAD_CHARS {
        return None;
    }
    meta.description
        .as_deref()
        .map(str::trim)
        .filter(|d| d.chars().count() >= EMPTY_THREAD_CHARS)
}

/// The strict region and its text, or the second strategy's text when the region's looks weak.
fn strict_text(page: &Page, ctx: &Context) -> (Option<Region>, Text) {
    let region = select_region(page);
    let mut chosen = region
        .as_ref()
        .map(|region| emit(page, region, ctx))
        .unwrap_or_default();
    let chosen_chars = chosen.chars;
    if chosen_chars < WEAK_CHARS {
        let fallback = fallback(page, ctx);
        if fallback.chars > 2 * chosen_chars.max(1) {
            chosen = fallback;
        }
    }
    (region, chosen)
}

/// Flattens the document (reading as shown the hidden elements `reading` says: an FAQ's
/// answers, or all of them), marks teaser cards and scores the elements.
fn prepare(doc: &Html, reading: Reading) -> Page {
    let mut page = blocks::flatten_with(doc, reading);
    let cards = teasers::mark(&page);
    page.teasers = cards.teasers;
    page.grid_cards = cards.grid;
    page.layout_rows = layout_rows(&page);
    score(&mut page);
    page
}

/// Per element, whether it is a table row that lays out the page: one of its cells holds
/// [`LAYOUT_ROW_PARAGRAPHS`] paragraphs of prose or more (blocks of [`LONG_PARAGRAPH_CHARS`]
/// with little link text, each counted by the long paragraphs double line breaks part it into:
/// a story set without `<p>`). Sites built before style sheets set the story in one cell and
/// the menu, the ads and the rails in the cells beside it; a table of data holds a value, a
/// sentence or two, in each cell, and a board that sets a post in a table row puts its linked
/// title and author in the row above, not beside it.
fn layout_rows(page: &Page) -> Vec<bool> {
    let n = page.elems.len();
    let mut count = vec![0u32; n];
    for b in &page.blocks {
        if b.chars >= blocks::LONG_PARAGRAPH_CHARS
            && b.link_density() < STORY_PARAGRAPH_MAX_LINK_DENSITY
        {
            count[b.elem as usize] += b.long_parts.max(1);
        }
    }
    // Children come after their parent in document order: fold from the end.
    for e in (0..n).rev() {
        let p = page.elems[e].parent;
        if p != NONE {
            count[p as usize] += count[e];
        }
    }
    let mut layout = vec![false; n];
    for (e, el) in page.elems.iter().enumerate() {
        if matches!(el.tag, Tag::Td | Tag::Th)
            && count[e] >= LAYOUT_ROW_PARAGRAPHS
            && el.parent != NONE
            && page.elems[el.parent as usize].tag == Tag::Tr
        {
            layout[el.parent as usize] = true;
        }
    }
    layout
}

/// Most link text (share) of a block counted as a paragraph of a story ([`layout_rows`]).
pub(crate) const STORY_PARAGRAPH_MAX_LINK_DENSITY: f32 = 0.3;

/// Paragraphs of prose in one cell from which its row lays out the page ([`layout_rows`]).
pub(crate) const LAYOUT_ROW_PARAGRAPHS: u32 = 3;

/// Commas in `text`: `,` and the ideographic, enumeration and Arabic commas (`，`, `、`, `،`).
/// Counted on the bytes (each is one byte sequence in UTF-8), where reading characters would
/// decode the whole text.
fn count_commas(text: &str) -> usize {
    let b = text.as_bytes();
    let ascii = b.iter().filter(|&&c| c == b',').count();
    if text.is_ascii() {
        return ascii;
    }
    // The lead bytes of `，` (EF BC 8C), `、` (E3 80 81) and `،` (D8 8C).
    let wide = memchr::memchr3_iter(0xEF, 0xE3, 0xD8, b)
        .filter(|&i| {
            matches!(
                &b[i..],
                [0xEF, 0xBC, 0x8C, ..] | [0xE3, 0x80, 0x81, ..] | [0xD8, 0x8C, ..]
            )
        })
        .count();
    ascii + wide
}

/// A block's length as [`score`] weighs it: its characters, twice over when most of them are
/// Chinese, Japanese or Korean (each a word or a syllable of its own: a story's paragraph there
/// says in 40 characters what takes 80 in a Latin script, as
/// [`blocks::WIDE_LONG_PARAGRAPH_CHARS`] has it).
pub(super) fn scored_chars(b: &Block) -> u32 {
    // Each wide character takes three bytes: a text mostly of them takes at least two bytes a
    // character, and most text (any ASCII, most Latin and Cyrillic) is told apart without a pass.
    if b.text.len() < 2 * b.chars as usize {
        return b.chars;
    }
    // Counted on the bytes: the lead bytes E3..ED start the three-byte sequences of kana,
    // Han ideographs and Hangul syllables (U+3000..U+DFFF; continuation bytes are 80..BF).
    let wide = b.text.bytes().filter(|c| (0xE3..=0xED).contains(c)).count();
    if wide * 2 >= b.chars as usize {
        b.chars.saturating_mul(2)
    } else {
        b.chars
    }
}

/// Scores every element from the text blocks below it.
fn score(page: &mut Page) {
    let Page { elems, blocks, .. } = page;
    for b in blocks.iter() {
        if b.chars < MIN_SCORED_CHARS / 2 || b.link_density() > MAX_LINK_DENSITY {
            continue;
        }
        // A short paragraph in Chinese, Japanese or Korean scores like one twice its length
        // in a Latin script; its length bonus stays its own.
        if b.chars < MIN_SCORED_CHARS && scored_chars(b) < MIN_SCORED_CHARS {
            continue;
        }
        let owner = &elems[b.elem as usize];
        if matches!(owner.tag, Tag::H(_) | Tag::Figcaption | Tag::Caption) {
            continue;
        }
        let commas = count_commas(&b.text) as f32;
        let base = 1.0 + commas + (b.chars as f32 / 100.0).min(3.0);
        let leaf = owner.end_elem == b.elem + 1;
        let mut cur = if leaf { owner.parent } else { b.elem };
        let mut level = 0usize;
        while cur != NONE && level < SCORE_LEVELS {
            let e = &mut elems[cur as usize];
            if !e.scored {
                e.scored = true;
                e.score = tag_prior(e.tag) + e.class.weight();
            }
            e.score += match level {
                0 => base,
                1 => base / 2.0,
                _ => base / (level as f32 * 3.0),
            };
            cur = e.parent;
            level += 1;
        }
    }
}

fn tag_prior(tag: Tag) -> f32 {
    match tag {
        Tag::Article => 10.0,
        Tag::Div | Tag::Section | Tag::Main => 5.0,
        Tag::Pre | Tag::Td | Tag::Blockquote => 3.0,
        Tag::Li | Tag::List | Tag::Dl | Tag::Dd | Tag::Dt | Tag::Form | Tag::Address => -3.0,
        Tag::H(_) | Tag::Th => -5.0,
        Tag::Aside | Tag::Nav | Tag::Footer | Tag::Header => -25.0,
        _ => 0.0,
    }
}

fn final_score(page: &Page, e: u32) -> f32 {
    let el = &page.elems[e as usize];
    if !el.scored {
        return 0.0;
    }
    el.score * (1.0 - page.link_density(e))
}

/// The chosen region: subtrees of sibling elements plus text blocks owned by their parent.
struct Region {
    /// Element subtrees included, in document order.
    roots: Vec<u32>,
    /// Blocks owned directly by `parent` that were accepted (and, on a listing, its lead
    /// before the items: [`listing_lead`]).
    parent_blocks: Vec<u32>,
    /// Characters in the region (for relative size checks).
    chars: u32,
}

fn is_ancestor(page: &Page, a: u32, d: u32) -> bool {
    a < d && d < page.elems[a as usize].end_elem
}

/// `d` is `a` or lies in its subtree.
fn contains(page: &Page, a: u32, d: u32) -> bool {
    a == d || is_ancestor(page, a, d)
}

fn select_region(page: &Page) -> Option<Region> {
    let n = page.elems.len() as u32;
    let mut top: Vec<(u32, f32)> = Vec::with_capacity(TOP_CANDIDATES + 1);
    for e in 0..n {
        let el = &page.elems[e as usize];
        if !el.scored || matches!(el.tag, Tag::Body | Tag::Other) && el.parent == NONE {
            continue;
        }
        let s = final_score(page, e);
        if top.len() < TOP_CANDIDATES || s > top[top.len() - 1].1 {
            let pos = top.partition_point(|&(_, t)| t >= s);
            top.insert(pos, (e, s));
            top.truncate(TOP_CANDIDATES);
        }
    }
    let &(mut best, best_score) = top.first()?;
    if best_score <= 0.0 {
        return None;
    }

    // Several strong candidates under one ancestor: the ancestor is the article.
    let alternatives: Vec<u32> = top[1..]
        .iter()
        .filter(|&&(_, s)| s >= 0.75 * best_score)
        .map(|&(e, _)| e)
        .collect();
    // A strong candidate that contains the best one is the article, the best one a dense part
    // of it (a long list, a boxed section): Readability's walk up, with the candidates' own
    // scores instead of the parent chain's, which deep page-builder nesting leaves unscored.
    // An ancestor whose prose beside the best one lies in repeated items (comments, a feed's
    // teasers) holds a stream of other texts beside a short story, not more of it.
    let prose_sums = prose_chars(page);
    if let Some(&anc) = alternatives.iter().find(|&&a| {
        is_ancestor(page, a, best) && !adds_mostly_items(page, &prose_sums.prose, a, best)
    }) {
        best = anc;
    } else if alternatives.len() >= 3 {
        let mut anc = page.elems[best as usize].parent;
        while anc != NONE && page.elems[anc as usize].tag != Tag::Body {
            let inside = alternatives
                .iter()
                .filter(|&&a| is_ancestor(page, anc, a))
                .count();
            if inside >= 3 {
                best = anc;
                break;
            }
            anc = page.elems[anc as usize].parent;
        }
    }

    // Walk up while the parent keeps a good share of the score (Readability's rule), or holds
    // no text of its own besides the candidate.
    let mut last = final_score(page, best);
    let threshold = last / 3.0;
    let mut parent = page.elems[best as usize].parent;
    // The ancestor of `best` on the walk, below `parent`.
    let mut below = best;
    while parent != NONE && page.elems[parent as usize].tag != Tag::Body {
        let pe = &page.elems[parent as usize];
        if pe.chars == page.elems[best as usize].chars {
            best = parent;
            below = parent;
            parent = pe.parent;
            continue;
        }
        if !pe.scored {
            break;
        }
        let ps = final_score(page, parent);
        if ps < threshold {
            break;
        }
        if ps > last {
            // A deep story passes on little of its score: an ancestor wins over the walk's
            // last one by a short box of its own (a consent banner, a credit line) as well as
            // by more of the story. Only prose of some size beside the walk, or prose set
            // above the walk alone (the story's lead in a hero), makes it the story.
            // Prose in repeated items (readers' comments, a feed's teasers) is other texts.
            let p = &prose_sums.prose;
            let added = p[parent as usize].saturating_sub(p[below as usize]);
            let streamed = item_prose(
                page,
                p,
                parent,
                below,
                STREAM_LOOKUP_LEVELS,
                holds_paragraphs(page, best),
            );
            if added.saturating_sub(streamed) * WALK_UP_MIN_ADDED_SHARE >= p[best as usize]
                || prose_before(page, p, parent, below) >= added
            {
                best = parent;
            }
            break;
        }
        last = ps;
        below = parent;
        parent = pe.parent;
    }

    // Widen while the candidate holds only part of its parent's prose and the parent is not
    // link chrome: forums, product and service pages spread their text over sibling blocks.
    let Prose {
        prose,
        long,
        card_prose,
        card_long,
    } = prose_sums;
    loop {
        let p = page.elems[best as usize].parent;
        if p == NONE || page.elems[p as usize].tag == Tag::Body {
            break;
        }
        // The page's `<main>` holds its main content: the wrappers around it add the header,
        // the footer and the banners, whatever prose they hold.
        if page.elems[best as usize].tag == Tag::Main {
            break;
        }
        let (mine, theirs) = (prose[best as usize] as f32, prose[p as usize] as f32);
        if page.link_density(p) > WIDEN_MAX_LINK_DENSITY {
            break;
        }
        // A wrapper that adds no prose ("read more" boxes, layout divs) is passed through, so
        // the next level's share is judged. A section inside a section is one more part of the
        // story (unclosed `<section>` tags nest every later part in the earlier one).
        let wrapper = theirs <= mine
            || (page.elems[best as usize].tag == Tag::Section
                && page.elems[p as usize].tag == Tag::Section
                && !page.elems[p as usize].class.is_boilerplate());
        if mine >= WIDEN_SHARE * theirs && !wrapper {
            // Page builders nest each section of a story in its own stack of wrappers: the
            // sibling sections join a few levels up.
            match distant_prose_ancestor(page, &prose, &long, best) {
                Some(a) => {
                    best = a;
                    continue;
                }
                None => break,
            }
        }
        // Teasers (a sidebar's excerpts, a "latest news" box) are short: once the candidate
        // reads as a story, a parent whose extra prose has no paragraph of some length is not
        // more of it. A long excerpt under a linked title, in a grid of such cards (a stream of
        // other stories), is no paragraph of it either.
        let own_long = |e: u32| long[e as usize] - card_long[e as usize];
        if !wrapper
            && long[best as usize] >= WIDEN_STORY_PARAGRAPHS
            && own_long(p) <= own_long(best)
        {
            break;
        }
        // A brief's paragraphs are as short as a comment or a teaser's excerpt: a parent whose
        // extra prose lies mostly in repeated items (readers' comments, a feed of teasers) adds
        // a stream of other texts, not more of the story.
        if !wrapper && adds_mostly_items(page, &prose, p, best) {
            break;
        }
        best = p;
    }

    let best_final = final_score(page, best).max(best_score);
    let parent = page.elems[best as usize].parent;
    let mut region = Region {
        roots: Vec::new(),
        parent_blocks: Vec::new(),
        chars: 0,
    };
    if parent == NONE {
        region.roots.push(best);
        region.chars = page.elems[best as usize].chars;
        return Some(region);
    }
    let threshold = (best_final * SIBLING_SHARE).max(10.0);
    let pe = &page.elems[parent as usize];
    // Beside a brief of its own, undated comments and teasers are a stream too.
    let undated = holds_paragraphs(page, best);
    let items = item_children(page, parent, undated);
    let mut child = parent + 1;
    let mut k = 0;
    while child < pe.end_elem {
        let ce = &page.elems[child as usize];
        let item = items.get(k).is_some_and(|&(c, item)| c == child && item);
        k += 1;
        // A sibling whose prose lies mostly in a grid's cards is a stream of other stories
        // beside this one, whatever the score its excerpts give it.
        let stream = 2 * card_prose[child as usize] > prose[child as usize]
            || (child != best && is_stream(page, &prose, child, item, undated));
        let join = child == best
            || (final_score(page, child) >= threshold && !ce.class.is_boilerplate() && !stream)
            || is_prose_sibling(page, child)
            || (child < best
                && (is_lead_sibling(page, &long, child)
                    || is_key_points_box(page, child)
                    || is_intro_box(page, child)));
        if join {
            region.roots.push(child);
            region.chars += ce.chars;
        }
        child = ce.end_elem;
    }
    for bi in pe.first_block..pe.end_block {
        let b = &page.blocks[bi as usize];
        if b.elem == parent && b.chars > 80 && b.link_density() < 0.25 {
            region.parent_blocks.push(bi);
            region.chars += b.chars;
        }
    }
    Some(region)
}

/// On a non-article page, boilerplate text that is not page furniture counts this much against
/// the inclusive region (its content counts 1): the region's chrome is dropped when it is
/// emitted, so a hub's "Trending" box or a sign-up form between two sections of teasers must
/// not split them. Page furniture (navigation, header, footer, asides, link-heavy chrome boxes)
/// counts fully, so that the whole page does not win over its main column; on a thread, a
/// post's own `<aside>` (its author pane, [`is_post_aside`]) is no furniture.
pub(crate) const JUNK_WEIGHT: f32 = 0.3;

/// A sibling of the inclusive region's best subtree joins it when it is worth this share of it
/// (in [`inclusive_sums`]' terms): landing pages split their text over sibling sections.
pub(crate) const INCLUSIVE_SIBLING_SHARE: f32 = 0.3;

/// A sibling of the inclusive region's best subtree joins it, whatever its share, when it is
/// worth this much (characters, in [`inclusive_sums`]' terms) with little link text: a landing
/// page's hero, steps and FAQ are sections of their own, each short next to the longest. A
/// feature block of two or three sentences (about 150 characters) is such a section; 100 let
/// in short boxes (prices, sign-up calls) on catalogues and threads.
pub(crate) const INCLUSIVE_PROSE_SIBLING_CHARS: f32 = 150.0;

/// The region of a non-article page: the subtree with the most text once page-level chrome
/// (navigation, header, footer, asides, boilerplate classes, and on shop pages customer
/// reviews) counts against it (see [`JUNK_WEIGHT`]). Teaser links count for it: on listings
/// and shops they are the content.
fn select_inclusive(page: &Page, judge: Judge) -> Option<Region> {
    let (junk, sums) = inclusive_sums(page, judge)?;
    let best = (0..page.elems.len())
        .filter(|&e| page.elems[e].parent != NONE && !junk[e])
        .max_by(|&a, &b| sums[a].total_cmp(&sums[b]))?;
    if sums[best] <= 0.0 {
        return None;
    }
    // Pass up through wrappers that hold nothing else, to the level where a landing page's
    // sections stand side by side; the siblings worth a good share of the best one join it.
    let mut best = best as u32;
    loop {
        let p = page.elems[best as usize].parent;
        if p == NONE
            || page.elems[p as usize].tag == Tag::Body
            || page.elems[p as usize].chars != page.elems[best as usize].chars
        {
            break;
        }
        best = p;
    }
    let floor = INCLUSIVE_SIBLING_SHARE * sums[best as usize];
    let (mut roots, mut chars) = (Vec::new(), 0);
    let parent = page.elems[best as usize].parent;
    let (mut c, end) = if parent == NONE {
        (best, best + 1)
    } else {
        (parent + 1, page.elems[parent as usize].end_elem)
    };
    while c < end {
        let ce = &page.elems[c as usize];
        if c == best
            || (!junk[c as usize]
                && (sums[c as usize] > floor
                    || (!judge.product
                        && sums[c as usize] >= INCLUSIVE_PROSE_SIBLING_CHARS
                        && page.link_density(c) < LEAD_MAX_LINK_DENSITY)))
        {
            roots.push(c);
            chars += ce.chars;
        }
        c = ce.end_elem;
    }
    if judge.business {
        chars += fill_business_run(page, &junk, &sums, parent, &mut roots);
    }
    Some(Region {
        roots,
        parent_blocks: Vec::new(),
        chars,
    })
}

/// A landing page's hero (the band before its first joined section that holds its `<h1>`)
/// joins the inclusive region when it says at least this many characters besides its heading:
/// a tagline, a claim, a call to act. A bare title band (an article's heading above its text,
/// which the reader shows apart from the text) stays out.
pub(crate) const HERO_MIN_EXTRA_CHARS: u32 = 30;

/// Characters of the longest `<h1>` in the subtree of `e`, if it holds one.
fn h1_chars(page: &Page, e: u32) -> Option<u32> {
    let end = page.elems.get(e as usize)?.end_elem;
    (e..end)
        .filter_map(|d| page.elems.get(d as usize))
        .filter(|el| el.tag == Tag::H(1))
        .map(|el| el.chars)
        .max()
}

/// On a business page, the sections of the inclusive region (`roots`, children of `parent` in
/// document order) become one unbroken run: a section between two joined ones (a one-line call,
/// a heading over a few cards: too short to join on its worth) joins, and so does the page's
/// hero before them when none of them holds the `<h1>` ([`HERO_MIN_EXTRA_CHARS`]). Boilerplate,
/// sections whose text is mostly chrome (a negative worth in `sums`, [`inclusive_sums`]) and
/// link-heavy ones stay out. Returns the characters added. Its cost is linear in the parent's
/// subtree.
fn fill_business_run(
    page: &Page,
    junk: &[bool],
    sums: &[f32],
    parent: u32,
    roots: &mut Vec<u32>,
) -> u32 {
    let (Some(&first), Some(&last)) = (roots.first(), roots.last()) else {
        return 0;
    };
    if parent == NONE {
        return 0;
    }
    let fits = |c: u32| {
        !junk[c as usize] && sums[c as usize] > 0.0 && page.link_density(c) < MAX_LINK_DENSITY
    };
    let mut start = first;
    if roots.iter().all(|&r| h1_chars(page, r).is_none()) {
        let mut c = parent + 1;
        while c < first {
            let chars = page.elems[c as usize].chars;
            if fits(c) && h1_chars(page, c).is_some_and(|h| chars >= h + HERO_MIN_EXTRA_CHARS) {
                start = c;
            }
            c = page.elems[c as usize].end_elem;
        }
    }
    let mut run = Vec::with_capacity(roots.len());
    let mut joined = roots.iter().copied().peekable();
    let mut added = 0;
    let mut c = start;
    while c <= last {
        let ce = &page.elems[c as usize];
        let was_joined = joined.next_if_eq(&c).is_some();
        if was_joined || fits(c) {
            if !was_joined {
                added += ce.chars;
            }
            run.push(c);
        }
        c = ce.end_elem;
    }
    *roots = run;
    added
}

/// The page's boilerplate marks and, per element, the worth of its subtree as the inclusive
/// region: its text (teaser links at [`TEASER_LINK_WEIGHT`]) less its boilerplate.
fn inclusive_sums(page: &Page, judge: Judge) -> Option<(Vec<bool>, Vec<f32>)> {
    let root = page.body()?;
    let junk = junk_marks_with(page, &[root], page.elems[root as usize].chars, judge);
    // Per element: whether it lies in page furniture (landmarks, link-heavy chrome boxes),
    // judged at the top of each boilerplate subtree.
    let mut furniture = vec![false; page.elems.len()];
    for (e, el) in page.elems.iter().enumerate() {
        if !junk[e] {
            continue;
        }
        furniture[e] = if el.parent != NONE && junk[el.parent as usize] {
            furniture[el.parent as usize]
        } else {
            (el.tag == Tag::Nav
                || (el.tag == Tag::Aside && !(judge.thread && is_post_aside(page, e as u32)))
                || matches!(el.tag, Tag::Header | Tag::Footer) && !is_item_part(page, e as u32))
                || (el.class.chrome && page.link_density(e as u32) > MAX_LINK_DENSITY)
        };
    }
    let mut sums = vec![0f32; page.elems.len()];
    for b in &page.blocks {
        let c = b.chars as f32;
        let l = b.link_chars as f32;
        let e = b.elem as usize;
        sums[e] += match (junk[e], furniture[e]) {
            (true, true) => -c,
            (true, false) => -JUNK_WEIGHT * c,
            _ => (c - l) + TEASER_LINK_WEIGHT * l,
        };
    }
    for e in (0..page.elems.len()).rev() {
        let p = page.elems[e].parent;
        if p != NONE {
            sums[p as usize] += sums[e];
        }
    }
    Some((junk, sums))
}

/// Characters of prose-like blocks (25+ characters, little link text, outside boilerplate)
/// in each element's subtree, how many of them are [`LONG_PROSE_CHARS`] or longer, and how
/// many of those long ones lie in the cards of a grid ([`Page::grid_cards`]: a linked title
/// over an excerpt, repeated).
fn prose_chars(page: &Page) -> Prose {
    let n = page.elems.len();
    let mut prose = vec![0u32; n];
    let mut long = vec![0u32; n];
    let mut card_prose = vec![0u32; n];
    let mut card_long = vec![0u32; n];
    let Some(root) = page.body() else {
        return Prose {
            prose,
            long,
            card_prose,
            card_long,
        };
    };
    let junk = junk_marks(page, &[root], page.elems[root as usize].chars);
    // Per element: it is, or lies inside, a card of a grid. Parents come before children.
    let mut in_card = vec![false; n];
    if page.grid_cards.len() == n {
        for e in 0..n {
            let p = page.elems[e].parent;
            in_card[e] = page.grid_cards[e] || (p != NONE && in_card[p as usize]);
        }
    }
    for b in &page.blocks {
        if b.chars < MIN_SCORED_CHARS / 2 || b.link_density() >= 0.3 || junk[b.elem as usize] {
            continue;
        }
        // Weighed as [`score`] weighs them: a short paragraph in Chinese, Japanese or Korean
        // says as much as one twice its length in a Latin script.
        let chars = scored_chars(b);
        if chars >= MIN_SCORED_CHARS {
            let carded = in_card[b.elem as usize];
            prose[b.elem as usize] += chars;
            if carded {
                card_prose[b.elem as usize] += chars;
            }
            if chars >= LONG_PROSE_CHARS {
                long[b.elem as usize] += 1;
                card_long[b.elem as usize] += u32::from(carded);
            }
        }
    }
    // Children come after their parent in document order: fold from the end.
    for e in (0..n).rev() {
        let p = page.elems[e].parent;
        if p != NONE {
            prose[p as usize] += prose[e];
            long[p as usize] += long[e];
            card_prose[p as usize] += card_prose[e];
            card_long[p as usize] += card_long[e];
        }
    }
    Prose {
        prose,
        long,
        card_prose,
        card_long,
    }
}

/// Levels below an element searched for the repeated items of a stream ([`item_prose`]): a
/// box, its list, the list's items.
pub(crate) const STREAM_LOOKUP_LEVELS: u32 = 3;
/// Like items side by side that make a stream (comments, teasers).
pub(crate) const MIN_STREAM_ITEMS: u32 = 3;
/// A widening step whose added prose lies at least this share (numerator / denominator) in
/// repeated items is a step into a stream of other texts.
pub(crate) const ITEM_STREAM_SHARE_NUM: u32 = 3;
/// See [`ITEM_STREAM_SHARE_NUM`].
pub(crate) const ITEM_STREAM_SHARE_DEN: u32 = 4;

/// An item of a stream: a small element of two to [`teasers::CARD_MAX_BLOCKS`] text blocks
/// (a name and a time line and a comment; a linked title, an excerpt and a date), one of which
/// is a short line that dates it ([`teasers::is_item_stamp`]). A story's steps, numbered
/// sections and a roundup's items (linked names) carry no dates.
fn is_stream_item(page: &Page, e: u32) -> bool {
    let el = &page.elems[e as usize];
    let blocks = el.end_block - el.first_block;
    el.chars <= teasers::CARD_MAX_CHARS
        && (2..=teasers::CARD_MAX_BLOCKS).contains(&blocks)
        && page.blocks[el.first_block as usize..el.end_block as usize]
            .iter()
            .any(|b| b.chars <= teasers::DATE_MAX_CHARS && teasers::is_item_stamp(&b.text))
}

/// Most characters of the line that labels an undated item ([`is_labelled_item`]): a
/// commenter's name or a teaser's linked title.
pub(crate) const ITEM_LABEL_MAX_CHARS: u32 = 80;
/// Most words of an unlinked label of an undated item: a commenter's name ("M. Kessler"), not
/// a line of the story.
pub(crate) const ITEM_NAME_MAX_WORDS: usize = 3;
/// Prose blocks a candidate holds from which it reads as a whole brief ([`holds_paragraphs`]).
pub(crate) const BRIEF_MIN_PARAGRAPHS: u32 = 3;

/// An undated item of a stream: a small element of two to [`teasers::CARD_MAX_BLOCKS`] text
/// blocks that opens with a label (a name that is no heading, of at most
/// [`ITEM_NAME_MAX_WORDS`] words, or a linked title) and holds one text of prose besides short
/// lines (a "reply" button, a count): a reader's comment with no time, a teaser with no date.
/// Only beside a candidate that reads as a brief of its own ([`holds_paragraphs`]) is it
/// another text than the story's: a how-to's steps ("Step 2" over its text) and a roundup's
/// items look alike, and a story made of them has no run of paragraphs apart from them.
fn is_labelled_item(page: &Page, e: u32) -> bool {
    let el = &page.elems[e as usize];
    if el.end_block - el.first_block > NESTED_ITEM_SCAN_BLOCKS {
        return false;
    }
    // The item's own blocks: not those of the replies nested in it.
    let mut own = page.blocks[el.first_block as usize..el.end_block as usize]
        .iter()
        .filter(|b| !in_nested_like_item(page, e, b.elem));
    let Some(label) = own.next() else {
        return false;
    };
    if label.chars > ITEM_LABEL_MAX_CHARS || ends_sentence(label.text.trim_end()) {
        return false;
    }
    let linked = label.link_density() >= teasers::TITLE_MIN_LINK_DENSITY;
    let named = label.link_chars == 0
        && !matches!(page.elems[label.elem as usize].tag, Tag::H(_))
        && label.text.split_whitespace().count() <= ITEM_NAME_MAX_WORDS;
    if !linked && !named {
        return false;
    }
    let (mut blocks, mut chars, mut texts) = (1, label.chars, 0);
    for b in own {
        blocks += 1;
        chars += b.chars;
        if b.chars >= MIN_SCORED_CHARS {
            if b.link_density() >= STORY_PARAGRAPH_MAX_LINK_DENSITY {
                return false;
            }
            texts += 1;
        }
    }
    texts == 1 && blocks <= teasers::CARD_MAX_BLOCKS && chars <= teasers::CARD_MAX_CHARS
}

/// Most text blocks an undated item's subtree holds with the replies nested in it
/// ([`is_labelled_item`]); a bigger subtree is no item.
pub(crate) const NESTED_ITEM_SCAN_BLOCKS: u32 = 64;

/// Element `d`, inside item `e`, lies in an element of `e`'s tag and class shape that holds two
/// or more blocks: a reply nested in a reader's comment (a bare leaf of the same markup is a
/// line of the item's own).
fn in_nested_like_item(page: &Page, e: u32, mut d: u32) -> bool {
    let el = &page.elems[e as usize];
    while d != e && d != NONE {
        let de = &page.elems[d as usize];
        if de.tag == el.tag && de.shape == el.shape && de.end_block - de.first_block >= 2 {
            return true;
        }
        d = de.parent;
    }
    false
}

/// Element `e` holds a run of [`BRIEF_MIN_PARAGRAPHS`] or more paragraphs side by side: leaf
/// elements of one parent, each a block of prose (of [`MIN_SCORED_CHARS`] or more, little link
/// text), with nothing but short lines between them. That is a story of its own, however
/// short, which the like items beside it ([`is_labelled_item`]) do not continue; a story whose
/// texts each sit in an item of their own (a live blog's entries under their times) has none.
fn holds_paragraphs(page: &Page, e: u32) -> bool {
    let el = &page.elems[e as usize];
    let (mut parent, mut run) = (NONE, 0);
    for b in &page.blocks[el.first_block as usize..el.end_block as usize] {
        let owner = &page.elems[b.elem as usize];
        if b.chars < MIN_SCORED_CHARS
            || b.link_density() >= STORY_PARAGRAPH_MAX_LINK_DENSITY
            || owner.end_elem != b.elem + 1
            || b.elem == e
        {
            continue;
        }
        if owner.parent == parent {
            run += 1;
        } else {
            (parent, run) = (owner.parent, 1);
        }
        if run >= BRIEF_MIN_PARAGRAPHS {
            return true;
        }
    }
    false
}

/// Per child of `p`: it is an item ([`is_stream_item`], or with `undated` an undated one:
/// [`is_labelled_item`]) with at least [`MIN_STREAM_ITEMS`] - 1 like siblings (same tag, same
/// class shape) that are items too.
fn item_children(page: &Page, p: u32, undated: bool) -> Vec<(u32, bool)> {
    let mut kids: Vec<(u32, bool)> = Vec::new();
    let mut groups: Vec<(Tag, u32, u32)> = Vec::new();
    let mut c = p + 1;
    while c < page.elems[p as usize].end_elem {
        let ce = &page.elems[c as usize];
        let item = is_stream_item(page, c) || (undated && is_labelled_item(page, c));
        if item {
            match groups.iter_mut().find(|g| g.0 == ce.tag && g.1 == ce.shape) {
                Some(g) => g.2 += 1,
                None => groups.push((ce.tag, ce.shape, 1)),
            }
        }
        kids.push((c, item));
        c = ce.end_elem;
    }
    for k in &mut kids {
        if k.1 {
            let ce = &page.elems[k.0 as usize];
            k.1 = groups
                .iter()
                .any(|g| g.0 == ce.tag && g.1 == ce.shape && g.2 >= MIN_STREAM_ITEMS);
        }
    }
    kids
}

/// Prose of the subtree of `p`, searched `levels` deep, that lies in repeated items
/// ([`item_children`], undated ones with `undated`), leaving out the child holding `skip`.
fn item_prose(page: &Page, prose: &[u32], p: u32, skip: u32, levels: u32, undated: bool) -> u32 {
    if levels == 0 {
        return 0;
    }
    let mut sum = 0;
    for (c, item) in item_children(page, p, undated) {
        let ce = &page.elems[c as usize];
        if c <= skip && skip < ce.end_elem {
            continue;
        }
        sum += if item {
            prose[c as usize]
        } else {
            item_prose(page, prose, c, skip, levels - 1, undated)
        };
    }
    sum
}

/// The prose that ancestor `a` holds beside its descendant `e` lies mostly (at least
/// [`ITEM_STREAM_SHARE_NUM`] / [`ITEM_STREAM_SHARE_DEN`]) in repeated items ([`item_prose`];
/// undated ones too when `e` reads as a brief of its own: [`holds_paragraphs`]).
fn adds_mostly_items(page: &Page, prose: &[u32], a: u32, e: u32) -> bool {
    let added = prose[a as usize].saturating_sub(prose[e as usize]);
    added > 0
        && item_prose(
            page,
            prose,
            a,
            e,
            STREAM_LOOKUP_LEVELS,
            holds_paragraphs(page, e),
        ) * ITEM_STREAM_SHARE_DEN
            >= added * ITEM_STREAM_SHARE_NUM
}

/// Child `c` of a region's parent is a stream beside the story: one of like repeated items, or a
/// box whose prose lies mostly in them.
/// `item` tells whether `c` is one of its parent's repeated items ([`item_children`]); `undated`
/// counts undated items too.
fn is_stream(page: &Page, prose: &[u32], c: u32, item: bool, undated: bool) -> bool {
    let mine = prose[c as usize];
    mine > 0
        && (item || 2 * item_prose(page, prose, c, NONE, STREAM_LOOKUP_LEVELS - 1, undated) > mine)
}

/// Per element, what [`prose_chars`] counts in its subtree.
struct Prose {
    /// Characters of prose-like blocks.
    prose: Vec<u32>,
    /// Prose blocks of [`LONG_PROSE_CHARS`] or more.
    long: Vec<u32>,
    /// Characters of those prose blocks that lie in a grid's cards.
    card_prose: Vec<u32>,
    /// Those of `long` that lie in a grid's cards.
    card_long: Vec<u32>,
}

/// The walk up from the best candidate takes an ancestor that outscores the walk's last one
/// only when the prose it adds beside the walk is at least 1/this of the candidate's.
pub(crate) const WALK_UP_MIN_ADDED_SHARE: u32 = 4;

/// A prose block of this many characters is a paragraph, longer than a teaser's excerpt.
pub(crate) const LONG_PROSE_CHARS: u32 = 200;
/// A candidate with this many such paragraphs reads as a story when widening.
pub(crate) const WIDEN_STORY_PARAGRAPHS: u32 = 3;

/// Levels above a candidate searched for its sibling sections.
pub(crate) const SECTION_LOOKUP_LEVELS: usize = 4;

/// The nearest ancestor of `e`, at most [`SECTION_LOOKUP_LEVELS`] up past wrappers that add
/// little prose, that holds at least twice `e`'s prose and is not link chrome: the container of
/// a story split into sections that each sit in their own wrappers.
fn distant_prose_ancestor(page: &Page, prose: &[u32], long: &[u32], e: u32) -> Option<u32> {
    let mine = prose[e as usize] as f32;
    let mut a = page.elems[e as usize].parent;
    for _ in 0..SECTION_LOOKUP_LEVELS {
        if a == NONE || page.elems[a as usize].tag == Tag::Body {
            return None;
        }
        let theirs = prose[a as usize] as f32;
        if theirs >= 2.0 * mine {
            return (page.link_density(a) <= WIDEN_MAX_LINK_DENSITY).then_some(a);
        }
        if theirs * WIDEN_SHARE > mine {
            // Another block of some size joins here without doubling the prose: not sections,
            // unless all of it is a lead row above the story.
            return (page.link_density(a) <= WIDEN_MAX_LINK_DENSITY
                && only_leads_before(page, prose, long, a, e))
            .then_some(a);
        }
        a = page.elems[a as usize].parent;
    }
    None
}

/// Prose of the children of `a` that come before its child `c`: a lead or a standfirst set
/// above the story.
fn prose_before(page: &Page, prose: &[u32], a: u32, c: u32) -> u32 {
    let mut sum = 0;
    let mut k = a + 1;
    while k < c {
        sum += prose[k as usize];
        k = page.elems[k as usize].end_elem;
    }
    sum
}

/// Every child of `a` that holds prose, besides the one holding `e`, comes before it and reads
/// as the story's lead ([`is_lead_sibling`]): a page builder's intro row above the sections.
fn only_leads_before(page: &Page, prose: &[u32], long: &[u32], a: u32, e: u32) -> bool {
    let end = page.elems[a as usize].end_elem;
    let mut c = a + 1;
    let mut leads = 0;
    while c < end {
        let ce = &page.elems[c as usize];
        let holds_e = c <= e && e < ce.end_elem;
        if !holds_e && prose[c as usize] > 0 {
            if c > e || !is_lead_sibling(page, long, c) {
                return false;
            }
            leads += 1;
        }
        c = ce.end_elem;
    }
    leads > 0
}

/// Element `e` or one of its first `levels` - 1 ancestors satisfies `holds`.
fn is_within(page: &Page, mut e: u32, levels: usize, holds: impl Fn(u32) -> bool) -> bool {
    for _ in 0..levels {
        if e == NONE {
            return false;
        }
        if holds(e) {
            return true;
        }
        e = page.elems[e as usize].parent;
    }
    false
}

/// Element `e` is (or lies inside) a dialog ([`classes::ClassSignal::dialog`]): a policy or a
/// size chart shown on top of the page, which a page of items drops whatever its prose.
fn within_dialog(page: &Page, e: u32) -> bool {
    is_within(page, e, usize::MAX, |a| page.elems[a as usize].class.dialog)
}

/// Levels above a block searched for a box named fine print holding it.
pub(crate) const FINE_PRINT_LOOKUP_LEVELS: usize = 4;

/// Element `e` lies (a few levels) inside a box named fine print
/// ([`classes::ClassSignal::fine_print`]: `disclaimer`, `legal-notice`) that holds under half
/// of a text of `total` characters: a site's disclaimer under the story, not a story whose
/// wrapper is tagged with the disclaimers it shows (`disclaimer-affiliate`).
fn within_fine_print(page: &Page, e: u32, total: u32) -> bool {
    is_within(page, e, FINE_PRINT_LOOKUP_LEVELS, |a| {
        let el = &page.elems[a as usize];
        el.class.fine_print && 2 * el.chars < total
    })
}

/// Element `e` is (or lies inside) the page's `<footer>` (not an item's): its fine print is
/// no story, however long.
fn within_page_footer(page: &Page, e: u32) -> bool {
    is_within(page, e, usize::MAX, |a| {
        page.elems[a as usize].tag == Tag::Footer && !is_item_part(page, a)
    })
}

/// Element `e` is (or lies inside) page furniture that holds most of the page's text: the
/// page's `<footer>` (not an item's) or a `<nav>`. Below that share, the furniture is a
/// call to action beside items the page does show (portraits, logos), not all it says.
fn within_furniture(page: &Page, e: u32) -> bool {
    let total = page.text_chars();
    is_within(page, e, usize::MAX, |a| {
        let el = &page.elems[a as usize];
        ((el.tag == Tag::Footer && !is_item_part(page, a)) || el.tag == Tag::Nav)
            && 2 * el.chars >= total
    })
}

/// Some element of the subtrees of `roots` is a dialog.
fn holds_dialog(page: &Page, roots: &[u32]) -> bool {
    roots
        .iter()
        .any(|&r| (r..page.elems[r as usize].end_elem).any(|e| page.elems[e as usize].class.dialog))
}

/// A sibling before the region that holds a paragraph of the story ([`LONG_PROSE_CHARS`]) and
/// little link text: the lead, which page builders put in a row of its own above the rest
/// (a row too small to score as a sibling, its paragraphs nested a few wrappers down).
fn is_lead_sibling(page: &Page, long: &[u32], e: u32) -> bool {
    let el = &page.elems[e as usize];
    long[e as usize] >= 1
        && !el.class.negative
        && !el.class.reviews
        && matches!(
            el.tag,
            Tag::Div | Tag::Section | Tag::Article | Tag::Main | Tag::P
        )
        && lead_link_density(page, e) < LEAD_MAX_LINK_DENSITY
}

/// Fewest items of a story's key-points box ([`is_key_points_box`]).
pub(crate) const KEY_POINTS_MIN_ITEMS: usize = 2;

/// Whether `e`, a sibling before the story's box, is its key-points box ("Key points", "What we
/// know": a heading at most and a list of whole sentences, no links): the story's summary, set
/// beside its text rather than in it, whose short items make no lead paragraph. A box of links
/// (related stories, a table of contents) or of labels is none.
fn is_key_points_box(page: &Page, e: u32) -> bool {
    let el = &page.elems[e as usize];
    if el.class.is_boilerplate() || el.link_chars > 0 || !matches!(el.tag, Tag::Div | Tag::Section)
    {
        return false;
    }
    let (mut items, mut other) = (0usize, 0usize);
    for b in page
        .blocks
        .get(el.first_block as usize..el.end_block as usize)
        .unwrap_or_default()
    {
        match page.elems[b.elem as usize].tag {
            Tag::Li if b.text.trim_end().ends_with(['.', '!', '?']) => items += 1,
            Tag::H(_) => other += 1,
            _ => return false,
        }
    }
    items >= KEY_POINTS_MIN_ITEMS && other <= 1
}

/// Whether a box of `blocks` speaks for the site rather than tells the story: a line of it
/// calls on the reader ([`classes::is_closing_call`]: a newsletter's or a donation's box, a
/// paywall's thanks) or tells of the site or of a series in words of its own
/// ([`classes::is_site_note`]: "Why you can trust us", "This story is part of a series ...";
/// a fact check's link "How we rate claims" is a pointer, not a note).
fn speaks_for_site(blocks: &[Block]) -> bool {
    blocks.iter().any(|b| {
        b.chars <= classes::CLOSING_CALL_MAX_CHARS
            && (classes::is_closing_call(&b.text)
                || (b.link_chars * 2 < b.chars && classes::is_site_note(&b.text)))
    })
}

/// Fewest paragraphs of a story's intro box ([`is_intro_box`]).
pub(crate) const INTRO_BOX_MIN_PARAGRAPHS: usize = 2;
/// Fewest characters of each paragraph of such a box: a sentence or two, more than a label.
pub(crate) const INTRO_BOX_PARAGRAPH_CHARS: u32 = 40;

/// Whether `e`, a sibling before the story's box, is its intro set in a box of its own (an
/// explainer's or a listicle's opening, `class="lede"`, "intro"): [`INTRO_BOX_MIN_PARAGRAPHS`]
/// or more `<p>` of whole sentences ([`INTRO_BOX_PARAGRAPH_CHARS`] or more each), nothing
/// else, no links. Its paragraphs are too short to make a lead ([`is_lead_sibling`]) and the
/// box too small to score as a sibling, yet it is the story's first words. A dek is one
/// paragraph; a teaser or a promo links out.
fn is_intro_box(page: &Page, e: u32) -> bool {
    let el = &page.elems[e as usize];
    if el.class.is_boilerplate()
        || el.class.negative
        || el.link_chars > 0
        || !matches!(el.tag, Tag::Div | Tag::Section)
    {
        return false;
    }
    let blocks = page
        .blocks
        .get(el.first_block as usize..el.end_block as usize)
        .unwrap_or_default();
    // A card about the writer, or a notice to the reader (a paywall's "Thank you for
    // supporting ..."), is no part of the story.
    blocks.len() >= INTRO_BOX_MIN_PARAGRAPHS
        && !is_writer_card(blocks)
        && !speaks_for_site(blocks)
        && blocks.iter().all(|b| {
            page.elems[b.elem as usize].tag == Tag::P
                && b.chars >= INTRO_BOX_PARAGRAPH_CHARS
                && b.text.trim_end().ends_with(['.', '!', '?', '"', '”', '»'])
        })
}

/// Link density of a lead sibling `e` without its table of contents: a box of links to the
/// story's own sections (`class="toc"`) belongs to the story, it is no sign of a menu.
fn lead_link_density(page: &Page, e: u32) -> f32 {
    let el = &page.elems[e as usize];
    let (mut chars, mut links) = (el.chars, el.link_chars);
    let mut c = e + 1;
    while c < el.end_elem {
        let ce = &page.elems[c as usize];
        if ce.class.toc {
            chars -= ce.chars;
            links -= ce.link_chars;
            c = ce.end_elem;
        } else {
            c += 1;
        }
    }
    if chars == 0 {
        1.0
    } else {
        links as f32 / chars as f32
    }
}

/// Most link text a lead sibling holds (share of its text).
pub(crate) const LEAD_MAX_LINK_DENSITY: f32 = 0.2;

/// A leaf sibling that reads like a paragraph of the article.
fn is_prose_sibling(page: &Page, e: u32) -> bool {
    let el = &page.elems[e as usize];
    if el.class.is_boilerplate()
        || !matches!(
            el.tag,
            Tag::P | Tag::Div | Tag::Blockquote | Tag::Pre | Tag::H(2..=6)
        )
        || el.end_elem != e + 1
    {
        return false;
    }
    let ld = page.link_density(e);
    if el.chars > 80 && ld < 0.25 {
        return true;
    }
    if el.tag == Tag::P && el.chars > 0 && ld == 0.0 {
        let b = &page.blocks[el.first_block as usize..el.end_block as usize];
        return b
            .iter()
            .any(|b| b.text.ends_with('.') || b.text.contains(". "));
    }
    false
}

/// How boilerplate is told from content inside a region.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Judge {
    /// Non-article pages: their main content is made of short items (names, prices, teaser
    /// links, dates), so short and link-heavy blocks inside the region are kept, and elements
    /// of one class shape are judged together ([`item_groups`]).
    relaxed: bool,
    /// Shop pages: the content is the product (its description and specifications), not what
    /// its customers wrote about it nor the fine print under it (disclaimers, legal notices),
    /// nor the shop's boxes of other products and services ([`closers::is_shop_closer`]).
    product: bool,
    /// Hubs, catalogues and business pages: a part repeated in [`MIN_REPEATS`] items or more
    /// (a teaser's summary, byline or date) is the items' content whatever its class says. On a
    /// thread, the parts repeated with each post are the post's chrome (user cards, votes); on
    /// a product page, repeated cards are cross-sells.
    repeats: bool,
    /// Threads: a post's user card (post counts, join date, reaction score), its author's
    /// signature and bare counts (votes, replies) are not the discussion.
    thread: bool,
    /// Threads at a forum's address: an element named only a comment that holds a paragraph
    /// is a post ([`is_named_post`]).
    comment_posts: bool,
    /// Class and id names do not make an element boilerplate; its tag (navigation, header,
    /// footer, aside, form) and the consent, dialog and shop rules still do. The reading of a
    /// page whose every text the class rules dropped ([`class_blind_text`]).
    class_blind: bool,
    /// Business and landing pages (neither listing, thread, shop nor documentation): a box
    /// named after the site's posts ([`classes::ClassSignal::posts`]) is teasers to its blog,
    /// and a box named as fine print ([`classes::ClassSignal::fine_print`]: the terms of a
    /// trial, the footnotes to a claim) goes as it does under a product.
    business: bool,
}

impl Judge {
    /// A story: boilerplate is judged element by element.
    const STORY: Judge = Judge {
        relaxed: false,
        product: false,
        repeats: false,
        thread: false,
        comment_posts: false,
        class_blind: false,
        business: false,
    };

    /// A page of items of this kind, at `url`.
    fn items(kind: PageKind, url: &url::Url) -> Judge {
        Judge {
            relaxed: true,
            product: kind == PageKind::Product,
            repeats: matches!(kind, PageKind::Listing | PageKind::Other),
            thread: kind == PageKind::Forum,
            // On a thread whose address names a forum or a discussion, the posts may be named
            // comments; elsewhere (a blog post, a news story read as a discussion) comments
            // are what readers wrote under the text, and stay out.
            comment_posts: kind == PageKind::Forum && kind::path_names_thread(url),
            class_blind: false,
            business: kind == PageKind::Other,
        }
    }
}

/// Least number of like elements (one class shape) that reads as a part repeated in items.
pub(crate) const MIN_REPEATS: u32 = 3;

/// What the filters need to know about the page.
struct Context {
    /// How boilerplate is told from content: as in a story, or as on a page of items.
    judge: Judge,
    /// [`key_hash`] of the title, when it has any letters or digits.
    title_hash: Option<u64>,
    /// [`key_prefix_hash`] of the title's first [`TITLE_PREFIX_CHARS`] key characters: most
    /// blocks are told from the title by it, before their whole key is hashed.
    title_prefix: u64,
    /// [`key`] of the title: a thread's post subjects (`Re: <title>`) are told by it.
    title_key: String,
    /// The title is a visible heading that no sharing title or headline confirms
    /// ([`Metadata::head_title_if_unconfirmed`]): on a page that is not a story, a slogan.
    title_unconfirmed: bool,
    author_keys: Vec<String>,
    /// The byline's authors, each as its words ([`bios::bio_words`]).
    author_names: Vec<Vec<String>>,
}

impl Context {
    fn new(meta: &Metadata) -> Context {
        Context {
            judge: Judge::STORY,
            title_hash: meta
                .title
                .chars()
                .any(char::is_alphanumeric)
                .then(|| key_hash(&meta.title)),
            title_prefix: key_prefix_hash(&meta.title, TITLE_PREFIX_CHARS),
            title_key: key(&meta.title),
            title_unconfirmed: meta.head_title_if_unconfirmed.is_some(),
            author_keys: meta
                .authors
                .iter()
                .map(|a| key(a))
                .filter(|k| is_distinct_author_key(k))
                .collect(),
            author_names: meta
                .authors
                .iter()
                .map(|a| bios::bio_words(a).collect::<Vec<_>>())
                .filter(|w| !w.is_empty())
                .collect(),
        }
    }
}

/// Key characters of a block compared with the title's before its whole key is hashed.
const TITLE_PREFIX_CHARS: usize = 4;

impl Context {
    /// Whether `text` says the page's title again (equal [`key_hash`]es). Equal keys have
    /// equal prefixes, so the cheap prefix comparison only rules out blocks that differ.
    fn is_title(&self, text: &str) -> bool {
        self.title_hash.is_some_and(|h| {
            key_prefix_hash(text, TITLE_PREFIX_CHARS) == self.title_prefix && key_hash(text) == h
        })
    }
}

/// A hash of [`key`]`(s)`, computed without building the key: blocks compare by what they say,
/// ignoring case, spacing and punctuation.
fn key_hash(s: &str) -> u64 {
    key_prefix_hash(s, usize::MAX)
}

/// Key characters hashed by the cheap first comparison of [`render`]'s de-duplication.
const KEY_PREFIX_CHARS: usize = 48;

/// [`key_hash`] of the first `limit` characters of the key: equal keys have equal prefixes.
fn key_prefix_hash(s: &str, limit: usize) -> u64 {
    // FNV-1a over the key's characters; ASCII runs are read as bytes.
    fn mix(h: &mut u64, taken: &mut usize, c: u32) {
        *h = (*h ^ u64::from(c)).wrapping_mul(0x0100_0000_01b3);
        *taken += 1;
    }
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut taken = 0usize;
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() && taken < limit {
        let b = bytes[i];
        if b.is_ascii() {
            if b.is_ascii_alphanumeric() {
                mix(&mut h, &mut taken, u32::from(b.to_ascii_lowercase()));
            }
            i += 1;
            continue;
        }
        // A multi-byte character: `i` is on a char boundary, since ASCII bytes never sit
        // inside one.
        let Some(c) = s[i..].chars().next() else {
            break;
        };
        if c.is_alphanumeric() {
            for l in c.to_lowercase() {
                if taken < limit {
                    mix(&mut h, &mut taken, u32::from(l));
                }
            }
        }
        i += c.len_utf8();
    }
    h
}

/// Extracted text with its size.
#[derive(Debug, Default)]
pub(crate) struct Text {
    pub text: String,
    pub chars: usize,
    /// Blocks emitted.
    pub blocks: usize,
    /// Blocks of 100+ characters emitted.
    pub long_blocks: usize,
    /// Long paragraphs emitted: each long block counts the long paragraphs that double line
    /// breaks part it into, at least one ([`blocks::Block::long_parts`]); a shorter block
    /// counts when its script makes it long ([`blocks::WIDE_LONG_PARAGRAPH_CHARS`]).
    pub long_paragraphs: usize,
}

impl Text {
    /// `text`, paragraphs parted by a blank line (as [`crate::meta`] gives a JSON-LD
    /// `articleBody`), counted as [`render`] counts the blocks it emits.
    fn of_paragraphs(text: &str) -> Text {
        let mut out = Text {
            text: text.to_string(),
            ..Text::default()
        };
        for paragraph in text.split("\n\n") {
            let chars = paragraph.chars().count();
            out.chars += chars;
            out.blocks += 1;
            if chars >= blocks::LONG_PARAGRAPH_CHARS as usize {
                out.long_blocks += 1;
                out.long_paragraphs += 1;
            }
        }
        out
    }
}

/// Marks the elements of `roots`' subtrees that are boilerplate relative to a region of
/// `region_chars` characters; returns a per-element flag (indexed from `0`).
fn junk_marks(page: &Page, roots: &[u32], region_chars: u32) -> Vec<bool> {
    junk_marks_with(page, roots, region_chars, Judge::STORY)
}

/// [`junk_marks`] as `judge` tells (on listings and shops, without the link-density rules: the
/// link lists are the content).
fn junk_marks_with(page: &Page, roots: &[u32], region_chars: u32, judge: Judge) -> Vec<bool> {
    let relaxed = judge.relaxed;
    let mut junk = vec![false; page.elems.len()];
    let groups = if relaxed {
        item_groups(page, roots, judge.repeats)
    } else {
        HashMap::new()
    };
    let cards = if judge.repeats {
        subtree_counts(page, |el| el.tag == Tag::Article)
    } else {
        Vec::new()
    };
    // `<article>`s with a `<time>` under each element (counted when a form is first judged): a
    // form around them wraps dated entries.
    let dated = std::cell::OnceCell::new();
    let story_in_captions = !relaxed && captions_tell_story(page, roots);
    for &root in roots {
        let end = page.elems[root as usize].end_elem;
        for e in root..end {
            let el = &page.elems[e as usize];
            let inherited = e != root && el.parent != NONE && junk[el.parent as usize];
            // On a hub or catalogue, a card's `<header>` or `<footer>` (`entry-header`,
            // `card-footer`) is named after its place in the card: its class says nothing
            // about boilerplate, unless it names a strong one (share bar, comments).
            let card_part = judge.repeats
                && matches!(el.tag, Tag::Header | Tag::Footer)
                && !el.class.strong
                && is_item_part(page, e);
            let group = groups.get(&el.shape).copied().unwrap_or(el.chars);
            // On a business page or a hub, a `<header>` of a section of the main element is
            // that section's title and lead (a hero's slogan, a feature's heading), not the
            // page's banner.
            let section_header = relaxed && !judge.product && is_main_section_header(page, e);
            // Parts that the class and tag rules leave: a column of item cards, a thread's
            // posts named as comments, a post's attribution line, a box named after its
            // layout that holds a paragraph of the main content.
            let kept_part = || {
                (story_in_captions
                    && (el.tag == Tag::Figure || is_caption(el) || is_credited_caption(page, e)))
                    || (!relaxed && is_summary_aside(page, root, e))
                    || (!relaxed && el.class.negative && is_live_entry_stamp(page, e))
                    || holds_item_cards(page, &cards, e)
                    || (judge.relaxed && (is_lead_box(page, e) || is_section_title_box(page, e)))
                    || (judge.comment_posts && is_named_post(page, e))
                    || (judge.thread && is_post_attribution(page, e))
                    || (el.tag == Tag::Form
                        && dated
                            .get_or_init(|| {
                                subtree_counts(page, |d| {
                                    d.tag == Tag::Article && d.time_holders > 0
                                })
                            })
                            .get(e as usize)
                            .is_some_and(|&n| n > 0))
            };
            junk[e as usize] = (inherited
                || el.unshown_price
                || (e != root
                    && !section_header
                    && ((judge.product && (el.class.reviews || el.class.fine_print))
                        || (judge.business
                            && el.class.fine_print
                            && is_fine_print_box(el, region_chars))
                        || (judge.thread && (el.class.signature || el.class.user_card))
                        || (relaxed && el.class.dialog)
                        || (judge.repeats && el.class.facets && is_facet_box(el, region_chars))
                        || (judge.business
                            && !judge.class_blind
                            && el.class.posts
                            && is_posts_box(el, region_chars))
                        || (is_junk(
                            page,
                            e,
                            region_chars,
                            group,
                            relaxed,
                            card_part,
                            judge.class_blind,
                        ) && !kept_part()))))
                // A post's author name stays, though the pane that holds it goes, unless its
                // post goes (a box of other threads' teasers).
                && !(judge.thread
                    && post_of_author_heading(page, e).is_some_and(|p| !junk[p as usize]));
        }
    }
    if !relaxed {
        drop_big_asides(page, roots, &mut junk, !story_in_captions);
        drop_teasers(page, roots, &mut junk);
    }
    junk
}

/// A photo gallery tells its story in its pictures' captions: at least this many captions ...
pub(crate) const GALLERY_MIN_CAPTIONS: u32 = 3;
/// ... of this many characters or more (sentences, not credits) ...
pub(crate) const GALLERY_CAPTION_MIN_CHARS: u32 = 60;
/// ... holding at least this many times the characters of the rest of the region's text
/// (its blocks of [`GALLERY_TEXT_MIN_CHARS`] or more, mostly unlinked).
pub(crate) const GALLERY_CAPTION_SHARE: u32 = 2;
/// A block counted as the region's own text beside a gallery's captions has this many
/// characters or more (a sentence; one-sentence paragraphs of wire copy count).
pub(crate) const GALLERY_TEXT_MIN_CHARS: u32 = 30;

/// Most characters of a story's summary box set in an `<aside>` ([`is_summary_aside`]).
pub(crate) const SUMMARY_ASIDE_MAX_CHARS: u32 = 1000;
/// Fewest whole sentences (blocks ending one) in such a box.
pub(crate) const SUMMARY_ASIDE_MIN_SENTENCES: usize = 2;

/// Whether `e`, an `<aside>` in the region under `root`, is the story's own summary box set
/// before its text: a fact check's claim and verdict, a "Key facts" box. It comes before the
/// region's first paragraph ([`LONG_PROSE_CHARS`], mostly unlinked), says at most
/// [`SUMMARY_ASIDE_MAX_CHARS`] characters with [`SUMMARY_ASIDE_MIN_SENTENCES`] or more whole
/// sentences and little link text, makes no call to the reader ([`classes::is_closing_call`]:
/// a newsletter box; nor holds a form to fill in), tells not of the site or of a series
/// ([`classes::is_site_note`]: "Why you can trust us"), and its class names no boilerplate. An aside further down (a related
/// box, a pull quote, a sidebar of other news) or one of links stays out.
fn is_summary_aside(page: &Page, root: u32, e: u32) -> bool {
    let el = &page.elems[e as usize];
    if el.tag != Tag::Aside
        || el.class.negative
        || el.chars > SUMMARY_ASIDE_MAX_CHARS
        || lead_link_density(page, e) >= LEAD_MAX_LINK_DENSITY
    {
        return false;
    }
    let re = &page.elems[root as usize];
    let before = page
        .blocks
        .get(re.first_block as usize..el.first_block as usize)
        .unwrap_or_default();
    if before
        .iter()
        .any(|b| b.chars >= LONG_PROSE_CHARS && b.link_density() < 0.3)
    {
        return false;
    }
    let blocks = page
        .blocks
        .get(el.first_block as usize..el.end_block as usize)
        .unwrap_or_default();
    // A sign-up or donation box speaks to the reader, in its words or with a form to fill in
    // (its call a button's): a promotion, not the story's summary; a card about the writer is
    // no summary either.
    let form = page
        .elems
        .get(e as usize..el.end_elem as usize)
        .unwrap_or_default()
        .iter()
        .any(|d| d.controls);
    !form
        && !is_writer_card(blocks)
        && !speaks_for_site(blocks)
        && blocks
            .iter()
            .filter(|b| b.link_chars == 0 && ends_sentence(b.text.trim_end()))
            .count()
            >= SUMMARY_ASIDE_MIN_SENTENCES
}

/// Whether element `el` is a picture's caption: a `<figcaption>`, or a box named a caption
/// ([`classes::ClassSignal::caption`]) with little link text (a slideshow's `slide-caption`, a
/// photo essay's `photo-caption` set in a `<div>` beside its `<img>`).
fn is_caption(el: &Elem) -> bool {
    el.tag == Tag::Figcaption
        || (el.class.caption
            && el.chars > 0
            && (el.link_chars as f32) < MAX_LINK_DENSITY * el.chars as f32)
}

/// Whether element `e` or its parent has `mark` ([`Elem::pictured`], [`Elem::buttoned`]): a
/// picture or a control set beside `e`'s text in the same box.
fn in_marked_box(page: &Page, e: u32, mark: fn(&Elem) -> bool) -> bool {
    let el = &page.elems[e as usize];
    mark(el) || page.elems.get(el.parent as usize).is_some_and(mark)
}

/// A picture's caption holds at most this many characters (two or three sentences and a
/// credit).
const CREDITED_CAPTION_MAX_CHARS: u32 = 400;

/// Whether element `e` is a picture's caption that its markup does not name: one unlinked
/// block of at most [`CREDITED_CAPTION_MAX_CHARS`] that ends with the picture's credit
/// ([`lines::ends_with_credit`]: "... on Thursday evening. Photo: Jane Roe"), set beside an
/// `<img>` (in the same box, in its parent, or in the innermost box just before it). A paragraph that ends
/// with a credit away from any picture stays.
fn is_credited_caption(page: &Page, e: u32) -> bool {
    let el = &page.elems[e as usize];
    if el.end_block != el.first_block + 1
        || el.chars > CREDITED_CAPTION_MAX_CHARS
        || el.chars == 0
        || el.link_chars * 2 > el.chars
    {
        return false;
    }
    // The element just before `e` in document order is its parent, or the last box of the
    // one before it.
    let beside_picture = in_marked_box(page, e, |d| d.pictured)
        || (e > 0 && e - 1 != el.parent && page.elems[e as usize - 1].pictured);
    beside_picture && ends_with_credit(&page.blocks[el.first_block as usize].text)
}

/// Whether the region under `roots` is a photo gallery whose captions are its text (a line of
/// introduction, then a picture and a caption after another: [`GALLERY_MIN_CAPTIONS`] and
/// the rest): its captions are then the story, not the pictures' credits. A story with
/// pictures has text of its own that outweighs their captions, however short its paragraphs.
fn captions_tell_story(page: &Page, roots: &[u32]) -> bool {
    let (mut captions, mut caption_chars, mut text_chars) = (0u32, 0u32, 0u32);
    for &root in roots {
        let el = &page.elems[root as usize];
        let subtree = &page.elems[root as usize..el.end_elem as usize];
        // Most regions hold no captions: nothing more to count.
        if !subtree.iter().any(is_caption) {
            continue;
        }
        // Per element of the root's subtree: inside a caption (itself or an ancestor).
        let first = root as usize;
        let mut in_caption = vec![false; subtree.len()];
        for (i, d) in subtree.iter().enumerate() {
            let parent_in = d.parent != NONE
                && (d.parent as usize) >= first
                && in_caption[d.parent as usize - first];
            in_caption[i] = parent_in || is_caption(d);
            if is_caption(d) && !parent_in {
                caption_chars = caption_chars.saturating_add(d.chars);
                captions += u32::from(d.chars >= GALLERY_CAPTION_MIN_CHARS);
            }
        }
        for b in &page.blocks[el.first_block as usize..el.end_block as usize] {
            let inside = in_caption
                .get((b.elem as usize).wrapping_sub(first))
                .copied()
                .unwrap_or(false);
            if !inside && b.chars >= GALLERY_TEXT_MIN_CHARS && b.link_density() < 0.3 {
                text_chars = text_chars.saturating_add(b.chars);
            }
        }
    }
    captions >= GALLERY_MIN_CAPTIONS
        && caption_chars >= GALLERY_CAPTION_SHARE.saturating_mul(text_chars)
}

/// A card of another product holds at most this many characters: a name, a price, a rating, a
/// button.
pub(crate) const PRICED_CARD_MAX_CHARS: u32 = 300;

/// A short element of a class shape ([`blocks::Elem::shape`]) that links somewhere and shows
/// a price ([`kind::is_price`]): the card of a product.
fn is_priced_card(page: &Page, e: u32) -> bool {
    let el = &page.elems[e as usize];
    el.shape != 0
        && matches!(el.tag, Tag::Div | Tag::Li | Tag::Article | Tag::Section)
        && el.chars <= PRICED_CARD_MAX_CHARS
        && el.links + el.block_links > 0
        && (el.first_block..el.end_block).any(|b| kind::is_price(&page.blocks[b as usize]))
}

/// Marks in `junk` the cards of other products of the region (`roots`, `region_chars`
/// characters) of a product page, with their subtrees: the [`is_priced_card`] elements of a
/// class shape that repeats [`MIN_REPEATS`] times or more and holds under half of the region
/// (a carousel or grid of cross-sells, sponsored picks, the shop's best sellers beside the
/// page's one product; cards that fill most of the region are the page, a category read as a
/// product). Only the text emitted loses them: the region is chosen with them still in.
fn drop_other_products(page: &Page, roots: &[u32], region_chars: u32, junk: &mut [bool]) {
    let mut cards: Vec<u32> = Vec::new();
    // Per class shape: its cards and their characters.
    let mut shapes: HashMap<u32, (u32, u32)> = HashMap::new();
    for &root in roots {
        for e in root..page.elems[root as usize].end_elem {
            if is_priced_card(page, e) {
                let el = &page.elems[e as usize];
                let c = shapes.entry(el.shape).or_default();
                c.0 += 1;
                c.1 = c.1.saturating_add(el.chars);
                if e != root {
                    cards.push(e);
                }
            }
        }
    }
    shapes.retain(|_, &mut (n, chars)| n >= MIN_REPEATS && 2 * chars < region_chars);
    for e in cards {
        let el = &page.elems[e as usize];
        if shapes.contains_key(&el.shape) {
            junk[e as usize..el.end_elem as usize].fill(true);
        }
    }
}

/// Text blocks of an element looked at by [`is_lead_box`] for its paragraph.
pub(crate) const LEAD_BOX_SCAN_BLOCKS: u32 = 32;

/// A box (`<div>`, `<section>`) named only after its place or form
/// ([`classes::ClassSignal::layout_only`]: a header, a caption, a widget, a modal) that holds a
/// paragraph of prose with little link text: on a page of items, a part of its main content
/// (a product's name over its pitch, its description in a drawer, a category's intro, a
/// reference page's summary: `pdp-header`, `item-caption`, `product-details-modal`), not the
/// site's banner or a sidebar's widgets, whose text is links.
fn is_lead_box(page: &Page, e: u32) -> bool {
    let el = &page.elems[e as usize];
    el.class.layout_only
        && matches!(el.tag, Tag::Div | Tag::Section)
        && el.chars >= LONG_PROSE_CHARS
        && page.link_density(e) < LEAD_MAX_LINK_DENSITY
        && page
            .blocks
            .get(el.first_block as usize..el.end_block as usize)
            .unwrap_or_default()
            .iter()
            .take(LEAD_BOX_SCAN_BLOCKS as usize)
            .any(|b| b.chars >= LEAD_BOX_PROSE_CHARS && b.link_density() < LEAD_MAX_LINK_DENSITY)
}

/// Characters of the paragraph that makes a box named after its layout the page's own
/// ([`is_lead_box`]).
pub(crate) const LEAD_BOX_PROSE_CHARS: u32 = 150;

/// Fewest text blocks of a section's title box ([`is_section_title_box`]): its heading and a
/// line under it. A heading alone in a box named a header titles whatever follows it, often a
/// box of cross-links that goes.
pub(crate) const TITLE_BOX_MIN_BLOCKS: u32 = 2;
/// Most text blocks of a section's title box ([`is_section_title_box`]): its heading, a
/// kicker or subtitle, a line of lead.
pub(crate) const TITLE_BOX_MAX_BLOCKS: u32 = 3;

/// A box (`<div>`, `<section>`) named only a header
/// ([`classes::ClassSignal::header_only`]: `section-header`, `block__header`) that opens with
/// a subheading (`<h2>` to `<h6>`) and holds little else, with little link text: on a page
/// that is not an article (a business page, a page of items, a shop or a thread), the title of
/// one of its sections (a feature's heading and its one-line lead), not the site's banner,
/// whose text is a logo and menu links, nor an accordion's question (`faq-header`), whose
/// answer is hidden.
fn is_section_title_box(page: &Page, e: u32) -> bool {
    let el = &page.elems[e as usize];
    let blocks = page
        .blocks
        .get(el.first_block as usize..el.end_block as usize)
        .unwrap_or_default();
    el.class.header_only
        && matches!(el.tag, Tag::Div | Tag::Section)
        && blocks.len() >= TITLE_BOX_MIN_BLOCKS as usize
        && blocks.len() <= TITLE_BOX_MAX_BLOCKS as usize
        && page.link_density(e) < LEAD_MAX_LINK_DENSITY
        && blocks.first().is_some_and(|head| {
            matches!(page.elems[head.elem as usize].tag, Tag::H(2..=6))
                && !head.text.trim_end().ends_with('?')
        })
}

/// Text blocks of an element looked at by [`is_named_post`] for a paragraph.
pub(crate) const POST_PARAGRAPH_SCAN_BLOCKS: u32 = 32;

/// On a thread, an element named only a comment (`ipsComment`, `comment-123_wrap`) that holds
/// a paragraph is a post of the discussion, whatever its size: the class rules do not drop it.
/// (Remarks under a Q&A answer are named comments too, and hold a line of inline text.)
fn is_named_post(page: &Page, e: u32) -> bool {
    let el = &page.elems[e as usize];
    if !el.class.comment_only || matches!(el.tag, Tag::Nav | Tag::Aside | Tag::Footer | Tag::Form) {
        return false;
    }
    let end = el
        .end_block
        .min(el.first_block + POST_PARAGRAPH_SCAN_BLOCKS);
    page.blocks[el.first_block as usize..end as usize]
        .iter()
        .any(|b| page.elems[b.elem as usize].tag == Tag::P)
}

/// Longest post attribution (characters): a post's header with its author's name, its
/// timestamp and a post number or a share button.
pub(crate) const POST_ATTRIBUTION_MAX_CHARS: u32 = 100;

/// On a thread, a short element (up to [`POST_ATTRIBUTION_MAX_CHARS`]) of a post's byline:
/// one holding the post's one `<time>` (its header or attribution line, its author's name and
/// timestamp, named `message-attribution`, `post-meta`, a `<header>`), or a `<header>` beside
/// that `<time>` in a post that holds one (its author's name and card), or one whose only line
/// is the post's timestamp written out without a `<time>` ([`is_post_date_line`]). It is
/// part of the post, which the thread's text heads with its author and date: the class and tag
/// rules do not drop it, and its lines are judged one by one.
fn is_post_attribution(page: &Page, e: u32) -> bool {
    let el = &page.elems[e as usize];
    let beside_time = || {
        el.tag == Tag::Header
            && page
                .elems
                .get(el.parent as usize)
                .is_some_and(|up| up.time_holders == 1)
    };
    !el.class.strong
        && !matches!(el.tag, Tag::Nav | Tag::Aside | Tag::Footer | Tag::Form)
        && el.chars <= POST_ATTRIBUTION_MAX_CHARS
        && (el.time_holders == 1 || beside_time() || is_post_date_line(page, e))
}

/// On a thread, element `e` holds one line, and that line is a post's timestamp, a day and
/// time alone ([`is_bare_post_date`]: "Wed Dec 27, 2023 11:04 am") or after its author's linked
/// name ([`post_signature_heading_of`]: "by jdoe » Tue Aug 27, 2019 1:47 am"): each post is
/// headed with its author and date, whatever element or class (`author`, `posttime`) the
/// thread's software writes them in, with or without a `<time>`.
fn is_post_date_line(page: &Page, e: u32) -> bool {
    let el = &page.elems[e as usize];
    el.end_block == el.first_block + 1
        && page.blocks.get(el.first_block as usize).is_some_and(|b| {
            b.chars < SHORT_BLOCK_CHARS
                && (is_bare_post_date(&post_line_key(&b.text))
                    || (b.link_chars > 0
                        && el.tag != Tag::Li
                        && post_signature_heading_of(&b.text).is_some()))
        })
}

/// Levels above an `<aside>` searched for the `<article>` it belongs to.
pub(crate) const POST_ASIDE_LOOKUP_LEVELS: usize = 3;

/// An `<aside>` a few levels ([`POST_ASIDE_LOOKUP_LEVELS`]) inside an `<article>`: on a
/// thread, the side part of one post (its author pane), not the page's side column, so its
/// boilerplate weighs against the posts' region like any other box's.
fn is_post_aside(page: &Page, e: u32) -> bool {
    let up = page.elems[e as usize].parent;
    is_within(page, up, POST_ASIDE_LOOKUP_LEVELS, |a| {
        page.elems[a as usize].tag == Tag::Article
    })
}

/// Levels above a heading searched for the post `<aside>` it names ([`post_of_author_heading`]).
pub(crate) const AUTHOR_HEADING_LEVELS: usize = 4;

/// Text blocks of a post looked at before its author's heading ([`post_of_author_heading`]).
pub(crate) const AUTHOR_HEADING_SCAN_BLOCKS: u32 = 16;

/// On a thread, the heading (`<h3>`) in a post's own `<aside>` ([`is_post_aside`]) that is the
/// first heading of its post, short ([`POST_LABEL_CHARS`]) and mostly a link (to the member's
/// profile): the post's author's name, which heads the post in the thread's text like a byline
/// though the rest of the pane (avatar, group, counts) goes. A later heading of the post (the
/// same name again in a header pane, with a user title) is no new author. Returns the post
/// (`<article>`), whose own fate the name shares.
fn post_of_author_heading(page: &Page, e: u32) -> Option<u32> {
    let el = &page.elems[e as usize];
    if !matches!(el.tag, Tag::H(2..=6))
        || el.chars > POST_LABEL_CHARS
        || el.link_chars.saturating_mul(2) < el.chars
    {
        return None;
    }
    let aside = nearest_within(page, el.parent, AUTHOR_HEADING_LEVELS, Tag::Aside)?;
    // The post the aside belongs to, found as [`is_post_aside`] finds it.
    let up = page.elems[aside as usize].parent;
    let post = nearest_within(page, up, POST_ASIDE_LOOKUP_LEVELS, Tag::Article)?;
    let first = page.elems[post as usize].first_block;
    let opens_post = el.first_block < el.end_block
        && el.first_block - first <= AUTHOR_HEADING_SCAN_BLOCKS
        && page.blocks[first as usize..el.first_block as usize]
            .iter()
            .all(|b| !page.elems[b.elem as usize].tag.is_heading());
    opens_post.then_some(post)
}

/// Levels above a block searched for the `<blockquote>` holding it ([`drop_pull_quotes`]):
/// its paragraph and the quote's frame (`<figure class="wp-block-pullquote">`).
pub(crate) const PULL_QUOTE_LEVELS: usize = 3;
/// Most lines of a pull quote: its quotation and its attribution. A longer quote (a list of
/// points set in a `<blockquote>`) is a summary of the story, not a line taken from it.
pub(crate) const PULL_QUOTE_MAX_LINES: usize = 2;
/// Fewest words of a quotation that [`drop_pull_quotes`] looks for in the story: a shorter
/// one (a phrase) may well be said twice.
pub(crate) const PULL_QUOTE_MIN_WORDS: usize = 6;
/// Most words of a pull quote's second line, its attribution ("Ivo Brannigan, deckhand"): a
/// longer line is a sentence of its own, which the quote holds beside the repeated one.
pub(crate) const PULL_QUOTE_ATTRIBUTION_MAX_WORDS: usize = 10;
/// Most quotes [`drop_pull_quotes`] compares with the story: a page has one or two pull quotes,
/// and the bound keeps a page of thousands of short quotes (a forum thread) linear.
pub(crate) const PULL_QUOTE_MAX_CANDIDATES: usize = 16;

/// Appends the lower-cased words of `text` to `out`, each followed by one space.
fn push_spaced_words(text: &str, out: &mut String) {
    for w in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if w.is_ascii() {
            let start = out.len();
            out.push_str(w);
            out[start..].make_ascii_lowercase();
        } else {
            out.extend(w.chars().flat_map(char::to_lowercase));
        }
        out.push(' ');
    }
}

/// Drops a story's pull quotes: a `<blockquote>` whose opening line, of
/// [`PULL_QUOTE_MIN_WORDS`] words or more, the story's own paragraphs outside any quote say
/// word for word (case and punctuation aside), set large beside the text for show; its
/// attribution line goes with it (a quote of at most [`PULL_QUOTE_MAX_LINES`] lines, the second
/// of at most [`PULL_QUOTE_ATTRIBUTION_MAX_WORDS`] words). A quotation that the text does not
/// say elsewhere, or a second sentence beside a repeated one, is the story's own.
fn drop_pull_quotes(page: &Page, kept: &mut Vec<&Block>) {
    let quotes: Vec<Option<u32>> = kept
        .iter()
        .map(|b| nearest_within(page, b.elem, PULL_QUOTE_LEVELS, Tag::Blockquote))
        .collect();
    if quotes.iter().all(Option::is_none) {
        return;
    }
    let lines_of = |q: u32| quotes.iter().filter(|&&o| o == Some(q)).count();
    // Each short quote with its first line (its quotation; an attribution follows), as words
    // each followed by a space, after a leading one.
    let mut candidates: Vec<(u32, String)> = Vec::new();
    let mut judged: Vec<u32> = Vec::new();
    for (b, q) in kept.iter().zip(&quotes) {
        let Some(q) = *q else { continue };
        if judged.contains(&q) {
            continue;
        }
        judged.push(q);
        if judged.len() > PULL_QUOTE_MAX_CANDIDATES {
            break;
        }
        if b.text.split_whitespace().count() < PULL_QUOTE_MIN_WORDS
            || lines_of(q) > PULL_QUOTE_MAX_LINES
        {
            continue;
        }
        // The line after the quotation attributes it, or says something of its own.
        let says_more = kept
            .iter()
            .zip(&quotes)
            .filter(|(_, o)| **o == Some(q))
            .nth(1)
            .is_some_and(|(l, _)| {
                l.text.split_whitespace().count() > PULL_QUOTE_ATTRIBUTION_MAX_WORDS
            });
        if says_more {
            continue;
        }
        let mut line = String::from(" ");
        push_spaced_words(&b.text, &mut line);
        if line.split_whitespace().count() >= PULL_QUOTE_MIN_WORDS {
            candidates.push((q, line));
        }
    }
    if candidates.is_empty() {
        return;
    }
    // The story's words outside quotes, in the same form.
    let mut story = String::from(" ");
    for (b, q) in kept.iter().zip(&quotes) {
        if q.is_none() {
            push_spaced_words(&b.text, &mut story);
        }
    }
    let pulled: Vec<u32> = candidates
        .into_iter()
        .filter(|(_, line)| story.contains(line.as_str()))
        .map(|(q, _)| q)
        .collect();
    if pulled.is_empty() {
        return;
    }
    let mut i = 0;
    kept.retain(|_| {
        let keep = !quotes[i].is_some_and(|q| pulled.contains(&q));
        i += 1;
        keep
    });
}

/// The nearest of `e` and its ancestors, `levels` of them in all, that is a `tag` element.
fn nearest_within(page: &Page, mut e: u32, levels: usize, tag: Tag) -> Option<u32> {
    for _ in 0..levels {
        let el = page.elems.get(e as usize)?;
        if el.tag == tag {
            return Some(e);
        }
        e = el.parent;
    }
    None
}

/// Per element, the elements in its subtree (itself included) that `counted` picks.
fn subtree_counts(page: &Page, counted: impl Fn(&Elem) -> bool) -> Vec<u32> {
    let mut n: Vec<u32> = page.elems.iter().map(|el| u32::from(counted(el))).collect();
    for e in (0..page.elems.len()).rev() {
        let p = page.elems[e].parent;
        if p != NONE {
            n[p as usize] += n[e];
        }
    }
    n
}

/// Characters per `<article>` card, on average, of a column of teasers (a headline and a line of
/// summary): a grid of bare names (client logos, a portfolio) holds fewer.
pub(crate) const CARD_TEXT_CHARS: u32 = 60;

/// On a hub or catalogue, a layout container whose class reads as chrome (`section-more-ads`,
/// `feed-sidebar-layout`) but that holds [`MIN_REPEATS`] or more item cards is the column of
/// items, not furniture; a strong name (related, comments) still drops it. A card is an
/// `<article>` (`cards`, [`subtree_counts`]) or a link that opens on a block
/// ([`blocks::Elem::block_links`]: `<a><h3>…</h3><p>…</p></a>`, as landing pages and hubs
/// without `<article>`s build their feature and teaser cards, but an image tile's `<a><div>`
/// counts too); the cards must then hold [`CARD_TEXT_CHARS`] each on average.
fn holds_item_cards(page: &Page, cards: &[u32], e: u32) -> bool {
    let el = &page.elems[e as usize];
    cards
        .get(e as usize)
        .map(|&articles| articles.max(el.block_links))
        .is_some_and(|n| n >= MIN_REPEATS && el.chars >= CARD_TEXT_CHARS.saturating_mul(n))
        && !el.class.strong
        && matches!(el.tag, Tag::Div | Tag::Section | Tag::Main | Tag::List)
}

/// A search filter's options average at most this many characters per block ("Brand",
/// "Sea to Summit (12)"); items named after a filter state (`filter-active`) hold more.
pub(crate) const FACET_LABEL_CHARS: u32 = 25;

/// An element named a search filter ([`classes::ClassSignal::facets`]) that reads as one: a
/// box of short option labels, not most of the region.
fn is_facet_box(el: &blocks::Elem, region_chars: u32) -> bool {
    let blocks = el.end_block - el.first_block;
    blocks > 0 && el.chars <= FACET_LABEL_CHARS * blocks && 2 * el.chars < region_chars
}

/// Characters of paragraphs the rest of a region must hold for a big aside in it to go.
pub(crate) const ASIDE_STORY_CHARS: u32 = 1000;
/// A paragraph counted toward [`ASIDE_STORY_CHARS`] has this many characters or more.
pub(crate) const ASIDE_STORY_PARAGRAPH_CHARS: u32 = 100;

/// Characters of the story's paragraphs that come before a big gallery embedded in it: a
/// gallery above them is the story's lead pictures.
pub(crate) const GALLERY_LEAD_CHARS: u32 = 500;

/// An `<aside>` holding half the region or more (a live feed, a long column of other stories)
/// escapes the size-bounded rule of [`is_junk`], which keeps such an element in case it is the
/// page's main text. When the rest of the region is a story of its own, the big aside is the
/// column next to it and goes. So does a big gallery of captioned photos
/// ([`classes::ClassSignal::gallery`]) embedded in the story after [`GALLERY_LEAD_CHARS`] of
/// its text (a slideshow widget of other news); one above the text is the story's lead.
/// `galleries`: whether galleries are judged (not when the captions are the story,
/// [`captions_tell_story`]).
fn drop_big_asides(page: &Page, roots: &[u32], junk: &mut [bool], galleries: bool) {
    let paragraph = |b: &Block| b.chars >= ASIDE_STORY_PARAGRAPH_CHARS && b.link_density() < 0.3;
    // Most regions hold no aside that survived: then nothing is counted.
    let asides: Vec<u32> = roots
        .iter()
        .flat_map(|&r| r..page.elems[r as usize].end_elem)
        .filter(|&e| {
            let el = &page.elems[e as usize];
            (el.tag == Tag::Aside || (galleries && el.class.gallery && el.tag != Tag::Body))
                && !junk[e as usize]
        })
        .collect();
    if asides.is_empty() {
        return;
    }
    let total: u32 = roots
        .iter()
        .flat_map(|&r| {
            let re = &page.elems[r as usize];
            &page.blocks[re.first_block as usize..re.end_block as usize]
        })
        .filter(|b| !junk[b.elem as usize] && paragraph(b))
        .map(|b| b.chars)
        .sum();
    // Per block of the region, in order: the paragraph characters before it (built once, for
    // the first gallery).
    let mut lead: Option<Vec<(u32, u32)>> = None;
    for e in asides {
        let el = &page.elems[e as usize];
        // The story's own summary box before its text is none of the column beside it.
        if junk[e as usize]
            || roots.iter().any(|&r| {
                r <= e && e < page.elems[r as usize].end_elem && is_summary_aside(page, r, e)
            })
        {
            continue;
        }
        let inside: u32 = page.blocks[el.first_block as usize..el.end_block as usize]
            .iter()
            .filter(|b| paragraph(b))
            .map(|b| b.chars)
            .sum();
        // A gallery at the top of the story is its lead pictures, their captions a part of
        // it; one embedded further down, after some of the story's text, is a widget in it.
        let embedded = el.tag == Tag::Aside || {
            let lead = lead.get_or_insert_with(|| paragraphs_before(page, roots, junk, paragraph));
            let at = lead.partition_point(|&(bi, _)| bi < el.first_block);
            let before = lead.get(at).map_or(total, |&(_, chars)| chars);
            before >= GALLERY_LEAD_CHARS
        };
        if embedded && total.saturating_sub(inside) >= ASIDE_STORY_CHARS {
            junk[e as usize..el.end_elem as usize].fill(true);
        }
    }
}

/// For each block of the region (`roots`' subtrees, in document order), its index and the
/// characters of the `paragraph` blocks outside `junk` before it.
fn paragraphs_before(
    page: &Page,
    roots: &[u32],
    junk: &[bool],
    paragraph: impl Fn(&Block) -> bool,
) -> Vec<(u32, u32)> {
    let mut out = Vec::new();
    let mut acc = 0u32;
    for &r in roots {
        let re = &page.elems[r as usize];
        for bi in re.first_block..re.end_block {
            out.push((bi, acc));
            let b = &page.blocks[bi as usize];
            if !junk[b.elem as usize] && paragraph(b) {
                acc += b.chars;
            }
        }
    }
    out
}

/// Marks the teaser cards ([`teasers::mark`]) of the region as junk, unless they are most of
/// its text: then the page is a list of teasers (a news index taken for a story), and they are
/// its content.
fn drop_teasers(page: &Page, roots: &[u32], junk: &mut [bool]) {
    if page.teasers.len() != page.elems.len() {
        return;
    }
    // Per element: inside a teaser card (itself or an ancestor in the region).
    let mut in_teaser = vec![false; page.elems.len()];
    let (mut teaser_chars, mut other_chars) = (0u32, 0u32);
    for &root in roots {
        let el = &page.elems[root as usize];
        for e in root..el.end_elem {
            let p = page.elems[e as usize].parent;
            in_teaser[e as usize] =
                page.teasers[e as usize] || (e != root && p != NONE && in_teaser[p as usize]);
        }
        for b in &page.blocks[el.first_block as usize..el.end_block as usize] {
            if junk[b.elem as usize] {
                continue;
            }
            if in_teaser[b.elem as usize] {
                teaser_chars += b.chars;
            } else {
                other_chars += b.chars;
            }
        }
    }
    if teaser_chars == 0 || teaser_chars >= 2 * other_chars {
        return;
    }
    for &root in roots {
        for e in root..page.elems[root as usize].end_elem {
            let el = &page.elems[e as usize];
            let inherited = e != root && el.parent != NONE && junk[el.parent as usize];
            if inherited || page.teasers[e as usize] {
                junk[e as usize] = true;
            }
        }
    }
}

/// Characters under `roots` of each class that names boilerplate, by [`blocks::shape_key`]:
/// the items of a list, and the like parts of each item, share one. A class such as
/// `teaserItem` or `ipsComment` names chrome on a story, but on a page of such items it names
/// the items, and a page builder's block (`hs_cos_wrapper_widget`) that holds most of a page
/// is its text: on pages that are not stories, elements of one shape are judged together.
/// Furniture names (menus, navigation) count together only when their text is not mostly
/// links: two copies of a menu are still a menu. With `repeats` ([`Judge::repeats`]), a part
/// that is not furniture and repeats [`MIN_REPEATS`] times or more counts as the whole region.
fn item_groups(page: &Page, roots: &[u32], repeats: bool) -> HashMap<u32, u32> {
    // Per shape: characters, link characters, whether a name is furniture, elements.
    let mut groups: HashMap<u32, (u32, u32, bool, u32)> = HashMap::new();
    for &root in roots {
        for e in root..page.elems[root as usize].end_elem {
            let el = &page.elems[e as usize];
            if el.class.negative && el.shape != 0 {
                let g = groups.entry(el.shape).or_default();
                g.0 += el.chars;
                g.1 += el.link_chars;
                g.2 |= el.class.chrome;
                g.3 += 1;
            }
        }
    }
    groups
        .into_iter()
        .filter(|&(_, (chars, links, chrome, _))| {
            !chrome || (links as f32) < MAX_LINK_DENSITY * chars as f32
        })
        .map(|(shape, (chars, _, chrome, n))| {
            // A part of items repeated often enough stands for the whole region.
            let repeated = repeats && !chrome && n >= MIN_REPEATS;
            (shape, if repeated { u32::MAX } else { chars })
        })
        .collect()
}

/// Whether element `e` is boilerplate in a region of `region_chars` characters; `group_chars`
/// is the size of the list of like items it belongs to (its own size when it stands alone);
/// `card_part`: it is a card's header or footer on a page of items, which its class does not
/// make boilerplate.
fn is_junk(
    page: &Page,
    e: u32,
    region_chars: u32,
    group_chars: u32,
    relaxed: bool,
    card_part: bool,
    class_blind: bool,
) -> bool {
    let el = &page.elems[e as usize];
    let share_of = |chars: u32| {
        if region_chars == 0 {
            1.0
        } else {
            chars as f32 / region_chars as f32
        }
    };
    let share = share_of(el.chars);
    let ld = page.link_density(e);
    // `<body class="modal-open">` states what the page shows on top, not what it is.
    if el.tag == Tag::Body {
        return false;
    }
    if el.class.consent {
        return true;
    }
    match el.tag {
        Tag::Nav | Tag::Figcaption | Tag::Caption => return true,
        Tag::Header | Tag::Footer if relaxed && is_item_part(page, e) => {}
        // On a page of items, the page's header and footer go even when their mega menus,
        // fine print, store testimonials or policies outweigh the short items (unless they
        // wrap the whole page).
        Tag::Footer | Tag::Header if relaxed && share < ITEMS_FOOTER_MAX_SHARE => return true,
        Tag::Aside | Tag::Footer if share < 0.5 => return true,
        // A form without controls is a wrapper (a thread's post text, held for its inline
        // editor), not a search box or a sign-up form; so is one around dated entries (a
        // thread's posts in its moderators' form, kept by the caller), whatever its controls.
        Tag::Form if share < 0.5 && (el.controls || ld > FORM_WRAPPER_MAX_LINK_DENSITY) => {
            return true
        }
        Tag::Header
            if share < 0.2
                && !is_section_title_header(page, e)
                && !is_entry_title_header(page, e) =>
        {
            return true
        }
        // A small box around a sign-up form (its title, its pitch, its fields) set in the
        // story: a newsletter's, in any language.
        Tag::Div | Tag::Section | Tag::Aside
            if !relaxed && share < 0.5 && is_sign_up_box(page, e) =>
        {
            return true
        }
        // A picture's caption set in a plain box beside its `<img>`, known by the credit it
        // ends with.
        Tag::Div | Tag::P if !relaxed && is_credited_caption(page, e) => return true,
        // A paywall's offer of plans set in the story, with its prices and its pitch.
        Tag::Div | Tag::Section | Tag::Aside
            if !relaxed && share < 0.5 && is_plan_offer_box(page, e) =>
        {
            return true
        }
        // A gallery's slides set in the story, each with its counter, caption and credit.
        Tag::Div | Tag::Section | Tag::List
            if !relaxed && share < 0.5 && is_counted_slides(page, e) =>
        {
            return true
        }
        // An audio or video player set in the story, with its title and counter.
        Tag::Div | Tag::Section | Tag::Aside | Tag::Figure
            if !relaxed && share < 0.5 && is_player_box(page, e) =>
        {
            return true
        }
        Tag::List | Tag::Table | Tag::Dl
            if ld > MAX_LINK_DENSITY
                && !relaxed
                && !introduced_by_colon(page, e)
                && !has_sentence_items(page, e) =>
        {
            return true
        }
        Tag::Div | Tag::Section | Tag::Aside
            if !relaxed
                && share < 0.3
                && (is_linked_headline_card(page, e, ld) || is_labelled_teaser_card(page, e)) =>
        {
            return true
        }
        Tag::Div | Tag::Section
            if ld > CLUSTER_LINK_DENSITY
                && share < 0.3
                && cluster_links(el) >= 3
                && !relaxed
                && !is_section_with_own_lists(page, e)
                && !wraps_announced_list(page, e) =>
        {
            return true
        }
        _ => {}
    }
    // A card's header or footer on a page of items ([`junk_marks_with`]): not judged by class.
    // A table cell without links named only a header (`specs__header`, `table_header`) is the
    // row's or the column's name, which its class restates: not the page's header (an old
    // table layout's `<td class=header>` of site links is).
    if card_part
        || class_blind
        || (matches!(el.tag, Tag::Th | Tag::Td) && el.class.header_only && el.link_chars == 0)
    {
        return false;
    }
    // A subheading's weak class (`header-anchor`, `section-header`) names its look, not a role;
    // only a strong one (`related-title`, `comments-heading`) drops it.
    if matches!(el.tag, Tag::H(2..=6)) && !el.class.strong {
        return false;
    }
    // On a story's page, sections named after the table of contents are the story; other
    // pages keep the plain class rule.
    if el.class.toc
        && !el.class.negative
        && !el.class.positive
        && share < 0.5
        && (ld >= TOC_MIN_LINK_DENSITY || (relaxed && !is_prose_rich(el, ld)))
    {
        return true;
    }
    let share = share_of(group_chars.max(el.chars));
    // On a page other than a story (a manual's), a note or warning set in the text keeps its
    // place, though its class names it an alert like a site-wide notice; a banner, a dialog or
    // a long box stays chrome.
    if relaxed
        && el.class.negative
        && !el.class.strong
        && !el.class.banner
        && !el.class.dialog
        && el.chars <= ADMONITION_MAX_CHARS
        && is_admonition(page, e, ld)
    {
        return false;
    }
    if el.class.is_boilerplate() && share < 0.5 && (el.class.strong || !is_prose_rich(el, ld)) {
        return true;
    }
    // A class that also names content (`contextmenu Body`, `story-text more`) keeps a paragraph
    // or a block of some prose; mixed chrome (`entry-meta`, `post-date`) is short or linked.
    el.class.negative
        && share < 0.1
        && !(el.class.positive
            && ld < 0.2
            && (el.tag == Tag::P || el.chars >= MIXED_CLASS_PROSE_CHARS))
}

/// Most characters of the line that heads an entry of a live blog ([`is_live_entry_stamp`]):
/// its time, maybe its day and its writer's name.
pub(crate) const ENTRY_STAMP_MAX_CHARS: u32 = 60;
/// Levels above such a line searched for its entry.
pub(crate) const ENTRY_STAMP_LEVELS: usize = 3;
/// Fewest characters of an entry's text beside its stamp.
pub(crate) const ENTRY_TEXT_MIN_CHARS: u32 = 40;

/// Whether a line opens with a time or a day: a clock time ("7:58 p.m.", "11:52 PM"), a month
/// or a weekday ("March 14, 2024 09:12", "Tuesday 14:05").
fn opens_with_stamp(text: &str) -> bool {
    let Some(first) = text.split_whitespace().next() else {
        return false;
    };
    let word = first.trim_end_matches([',', '.']).to_lowercase();
    (word.starts_with(|c: char| c.is_ascii_digit())
        && word.contains(':')
        && word.split(':').all(|p| {
            p.trim_end_matches(['a', 'p', 'm', '.'])
                .chars()
                .all(|c| c.is_ascii_digit())
        }))
        || crate::months::is_month_word(&word)
        || crate::months::is_weekday_word(&word)
}

/// Whether element `e` is the stamp of an entry of a live blog, set apart from the entry's
/// text in an element (a column, a cell) of its own, whatever its class (often named after the
/// time or the entry's meta: `live-update__time`, `entry-meta`, `liveblog-time`, which is why
/// the class rules ask this before they drop it): one short line that opens with a time or a
/// day, inside an entry that holds text besides and that repeats in its siblings' shape
/// ([`MIN_REPEATS`] or more). An update's time is part of its text, as a thread's post dates
/// are.
fn is_live_entry_stamp(page: &Page, e: u32) -> bool {
    let el = &page.elems[e as usize];
    if el.end_block != el.first_block + 1 || el.chars > ENTRY_STAMP_MAX_CHARS {
        return false;
    }
    let b = &page.blocks[el.first_block as usize];
    if b.link_density() > MAX_LINK_DENSITY || !opens_with_stamp(&b.text) {
        return false;
    }
    let mut a = el.parent;
    for _ in 0..ENTRY_STAMP_LEVELS {
        let Some(entry) = page.elems.get(a as usize) else {
            return false;
        };
        if entry.chars >= el.chars + ENTRY_TEXT_MIN_CHARS {
            return entry.shape != 0 && like_siblings(page, a) >= MIN_REPEATS;
        }
        a = entry.parent;
    }
    false
}

/// Whether block `b` is the `<time>` that heads an entry of a timeline or a feed, set in the
/// entry's own element before its text (`<li class="timeline-item"><time>March 3, 2024</time>
/// <div><p>...</p></div></li>`): the first block of an element that holds a `<time>`, one short
/// line opening with a day, a month or a clock time, in an element that holds unlinked text
/// besides and repeats in its siblings' shape ([`MIN_REPEATS`] or more). The date is part of
/// the entry's text, as [`is_live_entry_stamp`] keeps one set apart in an element of its own;
/// a story's lone dateline is no such entry's.
fn is_entry_head_date(page: &Page, b: &Block) -> bool {
    let Some(el) = page.elems.get(b.elem as usize) else {
        return false;
    };
    el.time
        && el.shape != 0
        && page
            .blocks
            .get(el.first_block as usize)
            .is_some_and(|first| std::ptr::eq(first, b))
        && b.link_chars == 0
        && opens_with_stamp(&b.text)
        && el.chars >= b.chars + ENTRY_TEXT_MIN_CHARS
        && page.link_density(b.elem) < LEAD_MAX_LINK_DENSITY
        && like_siblings(page, b.elem) >= MIN_REPEATS
}

/// Children of `e`'s parent (`e` among them) whose class has `e`'s shape ([`blocks::shape_key`]).
fn like_siblings(page: &Page, e: u32) -> u32 {
    let el = &page.elems[e as usize];
    let Some(parent) = page.elems.get(el.parent as usize) else {
        return 0;
    };
    let mut n = 0;
    let mut c = el.parent + 1;
    while c < parent.end_elem {
        let child = &page.elems[c as usize];
        n += u32::from(child.shape == el.shape);
        c = child.end_elem;
    }
    n
}

/// Fewest lines of a teaser card inset in a story ([`is_linked_headline_card`]).
pub(crate) const HEADLINE_CARD_MIN_LINES: usize = 2;
/// Most lines of such a card: a box of more is a grid of linked items (a docs page's list of
/// integrations), not one teaser.
pub(crate) const HEADLINE_CARD_MAX_LINES: usize = 3;
/// Fewest words of the headline of such a card: a box of names (a docs page's grid of
/// providers, one word each) links to sections, not to another story.
pub(crate) const HEADLINE_CARD_HEADLINE_WORDS: usize = 4;
/// Least link density of such a card, and of each of its lines.
pub(crate) const HEADLINE_CARD_LINK_DENSITY: f32 = 0.9;

/// Most characters of a labelled teaser card ([`is_labelled_teaser_card`]): a label, a
/// headline and a line or two of summary.
pub(crate) const LABELLED_CARD_MAX_CHARS: u32 = 400;
/// Most lines of such a card.
pub(crate) const LABELLED_CARD_MAX_LINES: usize = 4;
/// Most words of the label over such a card ("Related", "Read more", "See also").
pub(crate) const LABELLED_CARD_LABEL_WORDS: usize = 3;
/// Most characters of the summary under its headline.
pub(crate) const LABELLED_CARD_SUMMARY_CHARS: u32 = 200;

/// A box inset in a story that a chrome label ("Related", "Read more", "See also") heads or
/// flags over another story's linked headline of some words in a heading and at most a short
/// unlinked summary under it: a publishing system's inline card of a related story (its image
/// linked too), which the summary keeps from reading as link-dense. A roundup's item has no
/// such label over its linked title (its "Read more" button follows its text).
fn is_labelled_teaser_card(page: &Page, e: u32) -> bool {
    let el = &page.elems[e as usize];
    let blocks = &page.blocks[el.first_block as usize..el.end_block as usize];
    if el.chars > LABELLED_CARD_MAX_CHARS
        || !(HEADLINE_CARD_MIN_LINES..=LABELLED_CARD_MAX_LINES).contains(&blocks.len())
    {
        return false;
    }
    let is_headline = |b: &Block| {
        matches!(page.elems[b.elem as usize].tag, Tag::H(2..=6))
            && b.link_density() >= HEADLINE_CARD_LINK_DENSITY
            && b.text.split_whitespace().count() >= HEADLINE_CARD_HEADLINE_WORDS
    };
    let is_label = |b: &Block| {
        b.text.split_whitespace().count() <= LABELLED_CARD_LABEL_WORDS && is_chrome_label(&b.text)
    };
    // Most boxes hold no linked headline: they are let go before any label is read.
    if !blocks.iter().any(is_headline) {
        return false;
    }
    let mut summaries = 0;
    let (mut headline, mut label) = (false, false);
    for b in blocks {
        if is_headline(b) {
            headline = true;
        } else if is_label(b) {
            // Over the headline: a roundup item's "Read more" button comes after its text.
            label |= !headline;
        } else if b.link_density() < HEADLINE_CARD_LINK_DENSITY {
            if b.chars > LABELLED_CARD_SUMMARY_CHARS {
                return false;
            }
            summaries += 1;
        }
    }
    headline && label && summaries <= 1
}

/// Most characters of a box read as a sign-up box ([`is_sign_up_box`]): a title and a line
/// or two of pitch.
pub(crate) const SIGN_UP_BOX_MAX_CHARS: u32 = 300;

/// Most elements of such a box: a title, a pitch, a form and its fields.
pub(crate) const SIGN_UP_BOX_MAX_ELEMS: u32 = 24;

/// Whether element `e` is a small box (at most [`SIGN_UP_BOX_MAX_CHARS`] characters and
/// [`SIGN_UP_BOX_MAX_ELEMS`] elements) around a form a reader fills in, or an e-mail field
/// ([`blocks::Elem::controls`]), with some text of its own beside it: a newsletter's sign-up
/// box inside a story. The form alone goes anyway; the box's title and pitch go with it.
fn is_sign_up_box(page: &Page, e: u32) -> bool {
    let el = &page.elems[e as usize];
    if el.chars == 0 || el.chars > SIGN_UP_BOX_MAX_CHARS || el.end_elem - e > SIGN_UP_BOX_MAX_ELEMS
    {
        return false;
    }
    let inner = (e + 1)..el.end_elem;
    let fields = inner.clone().find(|&d| page.elems[d as usize].controls);
    fields.is_some_and(|f| {
        let field = &page.elems[f as usize];
        // Text besides the form's own (its button's label): the box's title or pitch.
        el.chars > field.chars
    })
}

/// Fewest price tags in a paywall's offer of plans ([`is_plan_offer_box`]).
pub(crate) const PLAN_OFFER_MIN_PRICES: usize = 2;

/// Most text blocks of a paywall's offer of plans: a title, a pitch, and a few plans each
/// with a name, a price, a note and a button.
pub(crate) const PLAN_OFFER_MAX_BLOCKS: u32 = 60;

/// Lower-cased stems that ask a reader to subscribe or to sign in, in the languages the
/// engine reads.
const SUBSCRIPTION_STEMS: &[&str] = &[
    "subscri",
    "suscri",
    "abonn",
    "abbona",
    "assinant",
    "assinatura",
    "unlock",
    "membership",
    "log in",
    "sign in",
    "already have an account",
];

/// Whether element `e` is a paywall's offer of plans set in a story ("This article is
/// exclusive to subscribers", "Monthly $39", "Annual $399", "Already have an account? Log
/// in"): a box of at most [`PLAN_OFFER_MAX_BLOCKS`] blocks with [`PLAN_OFFER_MIN_PRICES`]
/// price tags or more, a line with a link or a button beside it that asks the reader to
/// subscribe or sign in ([`SUBSCRIPTION_STEMS`]: "Already have an account? Log in") and at most one
/// paragraph of [`blocks::LONG_PARAGRAPH_CHARS`]. A story's table of prices (a streaming
/// service's "Subscription tier" column, a gym's membership fees) asks nothing of its reader;
/// a roundup of products describes each.
fn is_plan_offer_box(page: &Page, e: u32) -> bool {
    let el = &page.elems[e as usize];
    let blocks = el.end_block - el.first_block;
    if !(PLAN_OFFER_MIN_PRICES as u32 + 1..=PLAN_OFFER_MAX_BLOCKS).contains(&blocks) {
        return false;
    }
    let region = &page.blocks[el.first_block as usize..el.end_block as usize];
    // A roundup of products describes each in a paragraph; an offer says a line per plan.
    region
        .iter()
        .filter(|b| b.chars >= blocks::LONG_PARAGRAPH_CHARS)
        .nth(1)
        .is_none()
        && region
            .iter()
            .filter(|b| kind::is_price(b))
            .nth(PLAN_OFFER_MIN_PRICES - 1)
            .is_some()
        && region.iter().any(|b| {
            // The ask comes with its link or button ("Subscribe", "Already have an account?
            // Log in", "Already a subscriber? <button>"); a story's table of a service's
            // subscription tiers or a fact box on its membership fees names them in plain text.
            (b.link_chars > 0 || in_marked_box(page, b.elem, |d| d.buttoned)) && {
                let lower = b.text.to_lowercase();
                SUBSCRIPTION_STEMS.iter().any(|s| lower.contains(s))
            }
        })
}

/// Fewest slides' counters that make a box a gallery ([`is_counted_slides`]).
pub(crate) const SLIDE_COUNTERS_MIN: usize = 3;

/// Most text blocks of a box read for slides' counters.
pub(crate) const SLIDE_BOX_MAX_BLOCKS: u32 = 200;

/// Blocks of a gallery per counter at most: the counter, a caption, a credit.
pub(crate) const SLIDE_BLOCKS_PER_COUNTER: usize = 3;

/// Words naming what a slide's counter counts, said after its total ("1 of 12 photos").
const SLIDE_UNITS: &[&str] = &[
    "photos", "photo", "images", "image", "pictures", "picture", "slides", "slide",
];

/// The position a block opens with, "N of M" or "N / M", maybe after a gallery's unit ("1 of
/// 8", "Image 2 of 7", "3/12 Photo: ..."), as `(N, M)` when `N` is at most `M` and no phrase
/// goes on after `M` in lower case ("1 of 3 reasons"; a unit of [`SLIDE_UNITS`] is no phrase).
fn opening_position(text: &str) -> Option<(u32, u32)> {
    let t = text.trim_start();
    // Most blocks open with a word: none of the units, no digit.
    if !t
        .bytes()
        .next()
        .is_some_and(|c| c.is_ascii_digit() || matches!(c | 0x20, b'i' | b'p' | b's'))
    {
        return None;
    }
    let t = ["image ", "photo ", "picture ", "slide "]
        .iter()
        .find_map(|u| {
            t.get(..u.len())
                .filter(|h| h.eq_ignore_ascii_case(u))
                .map(|_| &t[u.len()..])
        })
        .unwrap_or(t);
    let number = |t: &str| -> Option<(u32, usize)> {
        let n = t.bytes().take_while(u8::is_ascii_digit).count();
        if !(1..=3).contains(&n) {
            return None;
        }
        Some((t[..n].parse().ok()?, n))
    };
    let (at, n) = number(t)?;
    let rest = t[n..].trim_start();
    let rest = rest
        .strip_prefix("of ")
        .or_else(|| rest.strip_prefix('/'))?
        .trim_start();
    let (of, m) = number(rest)?;
    // "1 of 3 reasons: ..." counts the items of a list, in a phrase that goes on in lower
    // case; a slide's counter stands alone or before its caption.
    // A slide's counter may name its unit after the total ("1 of 12 photos").
    let phrase = rest[m..].strip_prefix(' ').is_some_and(|t| {
        let t = t.trim_start();
        let word = t
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or_default();
        t.starts_with(char::is_lowercase) && !SLIDE_UNITS.contains(&word)
    });
    (at >= 1 && at <= of && !phrase).then_some((at, of))
}

/// Whether element `e` (at most [`SLIDE_BOX_MAX_BLOCKS`] text blocks) holds the slides of a
/// gallery or carousel: [`SLIDE_COUNTERS_MIN`] or more blocks open with distinct positions
/// out of one same total ("1 of 8", "2 of 8" ...), at least one for each
/// [`SLIDE_BLOCKS_PER_COUNTER`] blocks of the box. A recipe's amounts repeat one position ("1/2
/// cup butter", "1/2 cup sugar", "1/2 teaspoon salt") and are no slides. Its captions and credits go with the counters; a story told in its
/// pictures is most of its region and is not judged here.
fn is_counted_slides(page: &Page, e: u32) -> bool {
    let el = &page.elems[e as usize];
    let blocks = el.end_block - el.first_block;
    if blocks < SLIDE_COUNTERS_MIN as u32 || blocks > SLIDE_BOX_MAX_BLOCKS {
        return false;
    }
    let needed = SLIDE_COUNTERS_MIN.max((blocks as usize).div_ceil(SLIDE_BLOCKS_PER_COUNTER));
    // Blocks that may open with no counter before too few are left to reach `needed` (nested
    // boxes are each read, so most stop early).
    let mut misses_left = blocks as usize - needed;
    // Positions seen, one bit each below 128 (a longer gallery counts its later ones all).
    let (mut total, mut seen, mut counters) = (None, 0u128, 0usize);
    for b in &page.blocks[el.first_block as usize..el.end_block as usize] {
        let counted = opening_position(&b.text).is_some_and(|(at, of)| {
            let bit = 1u128.checked_shl(at).unwrap_or(0);
            let new = *total.get_or_insert(of) == of && seen & bit == 0;
            if new {
                seen |= bit;
            }
            new
        });
        if counted {
            counters += 1;
        } else if misses_left == 0 {
            return false;
        } else {
            misses_left -= 1;
        }
    }
    counters >= needed
}

/// Most characters of a player box ([`is_player_box`]): a title, a label, a counter, buttons.
pub(crate) const PLAYER_BOX_MAX_CHARS: u32 = 300;

/// Most text blocks of a player box read for its time line.
pub(crate) const PLAYER_BOX_MAX_BLOCKS: u32 = 12;

/// Whether element `e` is a small box (at most [`PLAYER_BOX_MAX_CHARS`] characters in
/// [`PLAYER_BOX_MAX_BLOCKS`] text blocks) one of whose lines is a player's time line
/// ([`lines::is_media_time_line`]: "0:00 / 7:49", "Video · 1:48"): an audio or video player or
/// a podcast's card set in the story ("Listen to this article", a clip's title and duration),
/// which goes whole with its title and labels.
fn is_player_box(page: &Page, e: u32) -> bool {
    let el = &page.elems[e as usize];
    el.chars > 0
        && el.chars <= PLAYER_BOX_MAX_CHARS
        && el.end_block - el.first_block <= PLAYER_BOX_MAX_BLOCKS
        && page.blocks[el.first_block as usize..el.end_block as usize]
            .iter()
            .any(|b| lines::is_media_time_line(&b.text))
}

/// Fewest characters of an author's name key ([`key`]) that a short line naming it is read
/// as a byline by: a shorter one would match inside other words.
pub(crate) const AUTHOR_KEY_MIN_CHARS: usize = 4;

/// [`AUTHOR_KEY_MIN_CHARS`] for a name written in Chinese characters or Hangul, where a
/// name of three syllables ("김민지", "王丽华") is a whole name.
pub(crate) const WIDE_AUTHOR_KEY_MIN_CHARS: usize = 3;

/// Whether an author's name key is long enough to find the author's byline by
/// ([`AUTHOR_KEY_MIN_CHARS`], [`WIDE_AUTHOR_KEY_MIN_CHARS`]).
fn is_distinct_author_key(k: &str) -> bool {
    let chars = k.chars().count();
    chars >= AUTHOR_KEY_MIN_CHARS
        || (chars >= WIDE_AUTHOR_KEY_MIN_CHARS && k.chars().all(blocks::is_wide_script))
}

/// A box inset between a story's paragraphs that holds only two or three lines, each a link,
/// one a heading and one a headline of some words (a section's name over another story's
/// headline, "Life Kit" / "Stressed? Try paying attention"; "Blog" / "Free Storyboard
/// Template"): a teaser of another page. An item of a roundup has its own text under its
/// linked title, and a box holds one such item.
fn is_linked_headline_card(page: &Page, e: u32, ld: f32) -> bool {
    let el = &page.elems[e as usize];
    let blocks = &page.blocks[el.first_block as usize..el.end_block as usize];
    ld >= HEADLINE_CARD_LINK_DENSITY
        && (HEADLINE_CARD_MIN_LINES..=HEADLINE_CARD_MAX_LINES).contains(&blocks.len())
        && blocks
            .iter()
            .any(|b| b.text.split_whitespace().count() >= HEADLINE_CARD_HEADLINE_WORDS)
        && blocks
            .iter()
            .any(|b| matches!(page.elems[b.elem as usize].tag, Tag::H(2..=6)))
        && blocks
            .iter()
            .all(|b| b.link_density() >= HEADLINE_CARD_LINK_DENSITY)
}

/// A `<header>` that holds only subheadings (`<h2>` to `<h6>`): a section of the story wraps
/// its title in one (`<section><header><h2>`), unlike the page's banner or a story's header
/// with its byline and date.
fn is_section_title_header(page: &Page, e: u32) -> bool {
    let el = &page.elems[e as usize];
    el.end_block > el.first_block
        && page.blocks[el.first_block as usize..el.end_block as usize]
            .iter()
            .all(|b| matches!(page.elems[b.elem as usize].tag, Tag::H(2..=6)))
}

/// Most characters of the time that heads an entry of a live blog ("4:05 p.m.", "March 14,
/// 2024 09:12 GMT") beside its headline ([`is_entry_title_header`]).
pub(crate) const ENTRY_TIME_MAX_CHARS: u32 = 40;

/// The `<header>` of one entry of a feed of `<article>`s (a live blog's updates): its headline
/// (`<h2>` to `<h6>`), and at most the `<time>` it was posted. The entries are the story; their
/// headlines are its subheadings, unlike a story's header with its byline.
fn is_entry_title_header(page: &Page, e: u32) -> bool {
    let el = &page.elems[e as usize];
    let mut headline = false;
    for b in &page.blocks[el.first_block as usize..el.end_block as usize] {
        let owner = &page.elems[b.elem as usize];
        if matches!(owner.tag, Tag::H(2..=6)) {
            headline = true;
        } else if !(owner.time && b.chars <= ENTRY_TIME_MAX_CHARS) {
            return false;
        }
    }
    headline && is_item_part(page, e)
}

/// A box of links counts its card links ([`blocks::Elem::block_links`]: `<a>` wrapping a
/// headline and summary) when it holds at least this many characters per link: a box of
/// teaser headlines, not a grid of short names (providers, logos, filter labels) that a
/// page's text may hold.
pub(crate) const CARD_LINK_MIN_CHARS: u32 = 25;

/// Links of element `el` as a cluster of links reads them: those around its text, and its
/// card links when it reads as a box of headlines ([`CARD_LINK_MIN_CHARS`]).
fn cluster_links(el: &blocks::Elem) -> u32 {
    let all = el.links + el.block_links;
    if el.chars >= CARD_LINK_MIN_CHARS * all {
        all
    } else {
        el.links
    }
}

/// A `<form>` without controls wraps text (a thread's post held for its inline editor) when
/// less than this share of it is links; a product grid's compare form is mostly item links.
pub(crate) const FORM_WRAPPER_MAX_LINK_DENSITY: f32 = 0.3;

/// On a page of items, a page `<header>` or `<footer>` holding less than this share of the
/// region is boilerplate whatever its size; one holding more wraps the page.
pub(crate) const ITEMS_FOOTER_MAX_SHARE: f32 = 0.9;

/// On a business page, a box named after the site's posts holding less than this share of the
/// region is a box of teasers to them; more is the page's own stream.
pub(crate) const POSTS_BOX_MAX_SHARE: f32 = 0.5;

/// Whether element `el`, named after the site's posts, is a box of teasers beside the text of
/// a region of `region_chars` characters. A teaser whose link wraps the whole card
/// (`<a><h3>…</h3><p>…</p></a>`) counts as one link like any other.
fn is_posts_box(el: &blocks::Elem, region_chars: u32) -> bool {
    el.tag != Tag::Article
        && el.links + el.block_links >= POSTS_BOX_MIN_LINKS
        && (el.chars as f32) < POSTS_BOX_MAX_SHARE * region_chars as f32
}

/// Largest share of a region's characters that a box named as fine print may hold on a
/// business page ([`is_fine_print_box`]).
pub(crate) const FINE_PRINT_MAX_SHARE: f32 = 0.5;

/// Whether element `el`, named as fine print (`disclaimer`, `legal`), is the footnotes of a
/// business page whose region holds `region_chars` characters, not its text: a terms or
/// privacy page's `legal-content`, a law firm's `legal-services` section say most of it.
fn is_fine_print_box(el: &blocks::Elem, region_chars: u32) -> bool {
    (el.chars as f32) < FINE_PRINT_MAX_SHARE * region_chars as f32
}

/// Fewest links of a box of teasers to the site's posts (one per teaser).
pub(crate) const POSTS_BOX_MIN_LINKS: u32 = 3;

/// A `<header>` of the content, not the page's banner with its logo and menus: one inside the
/// page's `<main>` (outside its menus, side boxes and footers; a landing page's hero, a
/// section's title and lead: the banner never sits in `<main>`), or, on a page without a
/// `<main>`, one around a heading under a `<section>` or `<article>` that is not the page's
/// wrapper (HTML's outline: a landing page built of sections that each open with a `<header>`
/// around their heading; a site wrapped whole in a `<section>` keeps its banner chrome).
fn is_main_section_header(page: &Page, e: u32) -> bool {
    let el = &page.elems[e as usize];
    if el.tag != Tag::Header || el.class.strong || page.link_density(e) > MAX_LINK_DENSITY {
        return false;
    }
    let mut a = el.parent;
    let mut section = NONE;
    while a != NONE {
        let anc = &page.elems[a as usize];
        match anc.tag {
            Tag::Section | Tag::Article if section == NONE => section = a,
            Tag::Main => return true,
            Tag::Body => {
                return section != NONE
                    && page.signals.mains == 0
                    && u64::from(page.elems[section as usize].chars) * 2 < u64::from(anc.chars)
                    && holds_heading(page, e);
            }
            Tag::Nav | Tag::Aside | Tag::Header | Tag::Footer => return false,
            _ => {}
        }
        a = anc.parent;
    }
    false
}

/// Most elements of a `<header>` read for its heading ([`holds_heading`]).
pub(crate) const HEADER_HEADING_SCAN: usize = 16;

/// Whether element `e` holds an `<h1>`-`<h6>` among its first [`HEADER_HEADING_SCAN`]
/// elements.
fn holds_heading(page: &Page, e: u32) -> bool {
    let end = page.elems[e as usize].end_elem;
    page.elems
        .get(e as usize + 1..end as usize)
        .unwrap_or_default()
        .iter()
        .take(HEADER_HEADING_SCAN)
        .any(|d| matches!(d.tag, Tag::H(_)))
}

/// Levels above a `<header>` or `<footer>` searched for the `<article>` it belongs to.
pub(crate) const ITEM_PART_LEVELS: usize = 3;

/// A `<header>` or `<footer>` of an `<article>` (a few wrappers up): on a page of items, the
/// card's title and dateline or its byline and price, not the page's banner or footer.
fn is_item_part(page: &Page, e: u32) -> bool {
    let mut a = page.elems[e as usize].parent;
    for _ in 0..ITEM_PART_LEVELS {
        if a == NONE {
            return false;
        }
        let el = &page.elems[a as usize];
        match el.tag {
            Tag::Article => return has_sibling_article(page, a),
            Tag::Body | Tag::Main => return false,
            _ => a = el.parent,
        }
    }
    false
}

/// Children of a parent looked at for a second `<article>`.
pub(crate) const SIBLING_SCAN: usize = 64;

/// The `<article>` `a` stands among other `<article>` siblings: one card of a list, not the
/// page's single main article.
fn has_sibling_article(page: &Page, a: u32) -> bool {
    let p = page.elems[a as usize].parent;
    if p == NONE {
        return false;
    }
    let end = page.elems[p as usize].end_elem;
    let mut c = p + 1;
    for _ in 0..SIBLING_SCAN {
        if c >= end {
            break;
        }
        if c != a && page.elems[c as usize].tag == Tag::Article {
            return true;
        }
        c = page.elems[c as usize].end_elem;
    }
    false
}

/// A block-level container with more link text than this share is a link cluster (a box of
/// links: a menu, a list of other stories).
pub(crate) const CLUSTER_LINK_DENSITY: f32 = 0.65;

/// A link-dense container `e` whose link text lies in lists the author announced
/// ([`introduced_by_colon`]: "Many patches were sent for review:") is a section of the story
/// with its own lists of links, not a link cluster: without those lists, its text is not
/// link-dense, and holds some prose of its own ([`SECTION_OWN_PROSE_CHARS`]).
fn is_section_with_own_lists(page: &Page, e: u32) -> bool {
    let el = &page.elems[e as usize];
    let (mut chars, mut links) = (el.chars, el.link_chars);
    let mut announced = false;
    let mut c = e + 1;
    while c < el.end_elem {
        let ce = &page.elems[c as usize];
        if matches!(ce.tag, Tag::List | Tag::Table | Tag::Dl) && introduced_by_colon(page, c) {
            chars -= ce.chars;
            links -= ce.link_chars;
            announced = true;
            c = ce.end_elem;
        } else {
            c += 1;
        }
    }
    announced
        && chars - links >= SECTION_OWN_PROSE_CHARS
        && (links as f32) <= CLUSTER_LINK_DENSITY * chars as f32
}

/// Container `e` only wraps a list the author announced ([`introduced_by_colon`]): all of its
/// text lies in that list (`<div class="ulist"><ul>` after "Many patches were sent for
/// review:"). The wrapper is no more a link cluster than the list it holds.
fn wraps_announced_list(page: &Page, e: u32) -> bool {
    let el = &page.elems[e as usize];
    let mut c = e + 1;
    while c < el.end_elem {
        let ce = &page.elems[c as usize];
        if ce.chars != el.chars {
            return false;
        }
        if matches!(ce.tag, Tag::List | Tag::Table | Tag::Dl) {
            return introduced_by_colon(page, c);
        }
        c += 1;
    }
    false
}

/// Characters of text outside links and announced lists that make a link-dense container a
/// section of the story (its heading, the sentences around its lists), more than a label.
pub(crate) const SECTION_OWN_PROSE_CHARS: u32 = 150;

/// An element named a table of contents is the box of links (not the sections it points to)
/// when this share of its text is link text.
pub(crate) const TOC_MIN_LINK_DENSITY: f32 = 0.3;

/// A block with a mixed (content and boilerplate) class survives as a small part of the region
/// when it holds this many characters of almost link-free text.
pub(crate) const MIXED_CLASS_PROSE_CHARS: u32 = 200;

/// Shortest sentence (characters) that can introduce a list.
pub(crate) const MIN_INTRO_CHARS: u32 = 20;

/// A list (or table) announced by the sentence just before it ("Patches merged this month:"):
/// the author's own list of links, part of the text, not a menu.
fn introduced_by_colon(page: &Page, e: u32) -> bool {
    if e == NONE {
        return false;
    }
    let el = &page.elems[e as usize];
    if !matches!(el.tag, Tag::List | Tag::Table | Tag::Dl) || el.first_block == 0 {
        return false;
    }
    let prev = &page.blocks[el.first_block as usize - 1];
    if prev.link_density() >= 0.5 {
        return false;
    }
    let prev_tag = page.elems[prev.elem as usize].tag;
    // A subheading of the story that is not chrome ("Project Updates", not "Related posts")
    // introduces the list under it just as well, when its items read as sentences.
    // A subheading that ends in a colon ("Top expert recommendations:") announces its list
    // as a label does.
    if matches!(prev_tag, Tag::H(2..=6)) {
        return !classes::contains_chrome_phrase(&prev.text)
            && (sentence_items_of(page, e, SENTENCE_ITEM_CHARS)
                || (prev.text.trim_end().ends_with(':') && !is_chrome_label(&prev.text)));
    }
    if prev.chars < MIN_INTRO_CHARS {
        // A short label of the author's ("See also:", "Suggested reading:", "Count on us
        // for:") announces the list as much as a sentence does; a label of page chrome
        // ("Related posts:", "Share this on:", "Category:") does not.
        return prev.chars >= MIN_LABEL_CHARS
            && prev.text.trim_end().ends_with(':')
            && !is_chrome_label(&prev.text);
    }
    // After a paragraph of the story, a list of long sentences (not a list of titles) is the
    // author's too.
    prev.text.trim_end().ends_with(':')
        || (prev_tag == Tag::P
            && prev.chars >= SHORT_BLOCK_CHARS
            && sentence_items_of(page, e, PROSE_ITEM_CHARS))
}

/// Fewest items of a list read by [`has_sentence_items`].
pub(crate) const MIN_SENTENCE_ITEMS: u32 = 2;

/// Every item of list `e` (among its first [`SENTENCE_ITEMS_SAMPLE`] children; at least
/// [`MIN_SENTENCE_ITEMS`]) ends as a sentence or a note ([`ends_with_stop`]): the author's
/// advice or notes, each with a link ("Give yourself plenty of time.", "Read my
/// review of this property here."), not a menu's or a related box's titles, which end without
/// one, nor a widget's entries that end in a count ("Recipes (12)").
fn has_sentence_items(page: &Page, e: u32) -> bool {
    if page.elems[e as usize].tag != Tag::List {
        return false;
    }
    let mut items = 0u32;
    for item in list_items(page, e) {
        let ends_stop = item.end_block > item.first_block
            && ends_with_stop(&page.blocks[item.end_block as usize - 1].text);
        if !ends_stop {
            return false;
        }
        items += 1;
    }
    items >= MIN_SENTENCE_ITEMS
}

/// Whether `text` ends as a sentence or a note does: a full stop, an exclamation or a question
/// mark (inside a closing quote or not), or a closing parenthesis whose own parenthesis holds
/// words ("Small claims form (KLS interactive form)"), not a count ("Recipes (12)").
fn ends_with_stop(text: &str) -> bool {
    let t = text.trim_end();
    if let Some(inner) = t.strip_suffix([')', '\u{ff09}']) {
        // The parenthesis that the last one closes, found by depth from the end.
        let mut depth = 0u32;
        let mut open = None;
        for (i, c) in inner.char_indices().rev() {
            match c {
                ')' | '\u{ff09}' => depth += 1,
                '(' | '\u{ff08}' if depth == 0 => {
                    open = Some(i);
                    break;
                }
                '(' | '\u{ff08}' => depth -= 1,
                _ => {}
            }
        }
        return open
            .and_then(|i| inner.get(i..))
            .is_some_and(|held| held.chars().any(char::is_alphabetic));
    }
    t.trim_end_matches(['"', '\u{201d}', '\u{2019}', '\''])
        .ends_with(['.', '!', '?', '\u{3002}'])
}

/// The `<li>` elements among the first [`SENTENCE_ITEMS_SAMPLE`] children of `list`: a bounded
/// look at its items, whatever else the list holds between them.
fn list_items(page: &Page, list: u32) -> impl Iterator<Item = &Elem> {
    entries_of(page, list, Tag::Li)
}

/// The children of `holder` tagged `entry` among its first [`SENTENCE_ITEMS_SAMPLE`] children:
/// a list's items, a table body's rows.
fn entries_of(page: &Page, holder: u32, entry: Tag) -> impl Iterator<Item = &Elem> {
    let end = page
        .elems
        .get(holder as usize)
        .map_or(holder, |h| h.end_elem);
    let mut c = holder + 1;
    std::iter::from_fn(move || {
        let child = page.elems.get(c as usize).filter(|_| c < end)?;
        c = child.end_elem.max(c + 1);
        Some(child)
    })
    .take(SENTENCE_ITEMS_SAMPLE as usize)
    .filter(move |child| child.tag == entry)
}

/// Element `e` is an item of a list whose items end sentences ([`has_sentence_items`]), or
/// lies in one through a few wrappers: each item is the author's advice or note, linked or not.
fn in_sentence_list(page: &Page, e: u32) -> bool {
    list_item_of(page, e).is_some_and(|li| has_sentence_items(page, page.elems[li as usize].parent))
}

/// Shortest label (characters, with its colon) that announces a list.
pub(crate) const MIN_LABEL_CHARS: u32 = 8;

/// How labels of page chrome start ("Related posts:", "Read more:", "Learn more in our
/// series:", "Written by:").
const CHROME_LABEL_LEADS: &[&str] = &[
    "related",
    "read ",
    "learn more",
    "category",
    "categories",
    "tags",
    "tagged",
    "filed",
    "written by",
    "posted",
    "share",
    "skip",
    "follow",
];

/// A label that names chrome rather than the author's list.
fn is_chrome_label(text: &str) -> bool {
    let t = text.trim_start();
    CHROME_LABEL_LEADS
        .iter()
        .any(|l| crate::dom::starts_with_ignore_ascii_case(t, l))
        || classes::contains_chrome_phrase(t)
        || is_section_closer(t.trim_end().trim_end_matches(':'))
}

/// Average characters per item of a list of sentences following a paragraph (longer than
/// headline lists of related stories).
pub(crate) const PROSE_ITEM_CHARS: u32 = 100;

/// Average characters per item above which a list's items read as sentences, not as titles or
/// menu entries.
pub(crate) const SENTENCE_ITEM_CHARS: u32 = 60;

/// Items of a list looked at to judge their length.
pub(crate) const SENTENCE_ITEMS_SAMPLE: u32 = 32;

/// The list's first items hold `per_item` characters or more on average (two items or more).
fn sentence_items_of(page: &Page, list: u32, per_item: u32) -> bool {
    let (mut items, mut chars) = (0u32, 0u32);
    for item in list_items(page, list) {
        items += 1;
        chars = chars.saturating_add(item.chars);
    }
    items >= 2 && chars >= per_item.saturating_mul(items)
}

/// A weakly negative class name (`pane-header-alignment-left`, `sidebar-text`) does not drop a
/// subtree holding this many characters of almost link-free text: chrome is short or linked.
pub(crate) const PROSE_RICH_CHARS: u32 = 1000;

fn is_prose_rich(el: &blocks::Elem, ld: f32) -> bool {
    el.chars >= PROSE_RICH_CHARS && ld < 0.1
}

/// Labels that open a documentation page's admonition: a box set in the text ("Note", "Tip",
/// "Warning: ...") whose class may name it an alert or a tag (`alert alert-info`,
/// `blockquote-tag-note`) like a site-wide notice.
const ADMONITION_LABELS: &[&str] = &[
    "note",
    "notes",
    "tip",
    "hint",
    "warning",
    "caution",
    "important",
    "danger",
    "attention",
    "info",
    "see also",
];

/// Most link text an admonition holds (share of its text): a notice of links is chrome.
const ADMONITION_MAX_LINK_DENSITY: f32 = 0.5;

/// Most characters of an admonition: a longer box named an alert is a section of its own.
const ADMONITION_MAX_CHARS: u32 = 1000;

/// Fewest characters of an admonition's text after its label.
const ADMONITION_MIN_TEXT_CHARS: u32 = 20;

/// Whether element `e` is an admonition in the text: its first line is one of
/// [`ADMONITION_LABELS`] (alone, or followed by a colon and the note itself) and more text
/// follows, little of it linked. Such a box is part of the page however its class names it;
/// only its first block is read.
fn is_admonition(page: &Page, e: u32, ld: f32) -> bool {
    let el = &page.elems[e as usize];
    if el.first_block >= el.end_block || ld > ADMONITION_MAX_LINK_DENSITY {
        return false;
    }
    let text = page.blocks[el.first_block as usize].text.trim();
    // Only the label's bytes are read: the first block may be long.
    ADMONITION_LABELS.iter().any(|label| {
        let Some(rest) = text
            .get(label.len()..)
            .filter(|_| crate::dom::starts_with_ignore_ascii_case(text, label))
        else {
            return false;
        };
        // The label alone on its line (the note in the blocks after it) or before a colon.
        (rest.is_empty() || rest.trim_start().starts_with(':'))
            && el.chars >= label.len() as u32 + ADMONITION_MIN_TEXT_CHARS
    })
}

/// Emits the region's text, block by block, through the filters.
fn emit(page: &Page, region: &Region, ctx: &Context) -> Text {
    let mut junk = junk_marks_with(page, &region.roots, region.chars, ctx.judge);
    if ctx.judge.product {
        drop_other_products(page, &region.roots, region.chars, &mut junk);
    }
    let mut picked: Vec<u32> = Vec::new();
    for &root in &region.roots {
        let el = &page.elems[root as usize];
        for bi in el.first_block..el.end_block {
            if !junk[page.blocks[bi as usize].elem as usize] {
                picked.push(bi);
            }
        }
    }
    picked.extend_from_slice(&region.parent_blocks);
    picked.sort_unstable();
    // A guard: a block named twice would print twice. (A listing's lead lies before the items'
    // first block and an inclusive region has no parent blocks, so none is, as the region is
    // built now.)
    picked.dedup();
    render(page, &picked, ctx)
}

/// What [`render`] puts between the cells of one table row.
const CELL_JOINER: &str = " | ";
/// What [`render`] puts before a list item.
const ITEM_MARK: &str = "- ";

/// Applies the per-block filters and joins the survivors.
fn render(page: &Page, picked: &[u32], ctx: &Context) -> Text {
    let mut kept: Vec<&Block> = Vec::with_capacity(picked.len());
    // The page's block index of each kept block.
    let mut kept_at: Vec<u32> = Vec::with_capacity(picked.len());
    // Blocks compare by key: first by a hash of its start, then, when those agree, by a hash
    // of the whole key (computed once per block, and only then).
    let mut full: Vec<Option<u64>> = vec![None; page.blocks.len()];
    let mut full_key = |bi: u32| {
        *full[bi as usize].get_or_insert_with(|| key_hash(&page.blocks[bi as usize].text))
    };
    // The last kept block: its key prefix, index and container.
    let mut last: Option<(u64, u32, u32)> = None;
    // Container of the last long block, and whether that block was dropped as a copy.
    let mut last_long = (NONE, false);
    // Responsive layouts repeat whole paragraphs in another container (a mobile and a desktop
    // copy, tab panes): such a repeat of some length is dropped. Repeats among siblings are the
    // author's own and stay. Per key prefix: the first block of each key, and its container.
    let mut seen: std::collections::HashMap<u64, Vec<(u32, u32)>> =
        std::collections::HashMap::new();
    // On a listing the secondary-list rule weighs what the per-block filters keep: they run
    // once per block here, and the loop below reads their answers.
    let listing = ctx.judge.relaxed && !ctx.judge.thread && ctx.judge.repeats && !ctx.judge.product;
    let keeps: Vec<bool> = if listing {
        picked
            .iter()
            .map(|&bi| keep_block(page, &page.blocks[bi as usize], ctx))
            .collect()
    } else {
        Vec::new()
    };
    let closed = if !ctx.judge.relaxed {
        closed_sections(page, picked, false)
    } else if ctx.judge.thread {
        closed_sections(page, picked, true)
    } else if listing {
        listing_closed_sections(page, picked, &keeps)
    } else {
        shop_closed_sections(page, picked, ctx.judge.product)
    };
    let labels = if ctx.judge.thread {
        repeated_post_labels(page, picked)
    } else {
        HashMap::new()
    };
    // Whether a paragraph of the story has been kept: a top-level heading after it is a
    // section's (some editors mark every section `<h1>`), not the page's title.
    let mut story_started = false;
    // The story's title, when only short labels (its kicker) come before it: those labels and
    // the dek after it go.
    let title_at = if ctx.judge.relaxed {
        None
    } else {
        title_position(page, picked, ctx)
    };
    let head_labels = title_at.unwrap_or(0);
    let dek = title_at.and_then(|t| dek_after_title(page, picked, t, ctx));
    for (i, &bi) in picked.iter().enumerate() {
        let b = &page.blocks[bi as usize];
        if i < head_labels
            || dek == Some(i)
            || closed.get(i) == Some(&true)
            || (!labels.is_empty()
                && b.chars <= POST_LABEL_CHARS
                && labels.contains_key(&key_hash(&b.text))
                && !heads_post_date(page, picked, i)
                && post_of_author_heading(page, b.elem).is_none())
            || !(keeps
                .get(i)
                .copied()
                .unwrap_or_else(|| keep_block(page, b, ctx))
                || (!ctx.judge.relaxed && is_linked_sentence(page, picked, i))
                || (story_started && is_inner_h1(page, b, ctx)))
            || (!ctx.judge.relaxed && !story_started && is_heading_block(b, ctx))
        {
            continue;
        }
        let prefix = key_prefix_hash(&b.text, KEY_PREFIX_CHARS);
        let container = page.elems[b.elem as usize].parent;
        // A block repeating the one before is a doubled label, unless it is a paragraph of some
        // length next to its twin in one container (the text says it twice), or the next cell
        // of the same table row (a value that two columns share: "60% | 60%").
        if let Some((last_prefix, last_bi, last_container)) = last {
            if last_prefix == prefix
                && !(b.chars >= DEDUP_MIN_CHARS && container == last_container)
                && !in_cells_of_one_row(page, page.blocks[last_bi as usize].elem, b.elem)
                && full_key(last_bi) == full_key(bi)
            {
                continue;
            }
        }
        if b.chars >= DEDUP_MIN_CHARS {
            let firsts = seen.entry(prefix).or_default();
            let first = if firsts.is_empty() {
                None
            } else {
                let k = full_key(bi);
                firsts.iter().find(|&&(f, _)| full_key(f) == k).copied()
            };
            match first {
                // A copy opens its container or continues a copy; a paragraph repeated inside a
                // container of new text is the author's (a point made again).
                Some((_, c)) if c != container && (last_long.0 != container || last_long.1) => {
                    last_long = (container, true);
                    continue;
                }
                Some(_) => {}
                None => firsts.push((bi, container)),
            }
            last_long = (container, false);
        }
        last = Some((prefix, bi, container));
        story_started |= !ctx.judge.relaxed && b.chars >= STORY_PARAGRAPH_CHARS;
        kept.push(b);
        kept_at.push(bi);
    }
    if ctx.judge.relaxed {
        drop_emptied_headings(page, &mut kept, &kept_at);
    }
    // A table of contents' title whose entries were dropped introduces nothing.
    drop_orphan_contents_titles(page, &mut kept);
    // A heading or a short label at the end introduces something that was dropped. In a story,
    // table cells and list items are items, not labels: a closing table or list stays whole
    // (on other pages, trailing short items are pagers and filters).
    trim_labels(page, &mut kept, ctx);
    // On a page of items the title opening the text is the page's heading, not its content (a
    // story drops it in [`keep_block`]); a shop keeps its product's name, and a title that is
    // an unconfirmed heading is the page's slogan, its opening line.
    if ctx.judge.relaxed
        && !ctx.judge.product
        && !ctx.title_unconfirmed
        && kept.len() > 1
        && kept[0].chars < TITLE_BLOCK_MAX_CHARS
        && ctx.title_hash == Some(key_hash(&kept[0].text))
    {
        kept.remove(0);
    }
    if !ctx.judge.relaxed {
        drop_pull_quotes(page, &mut kept);
        drop_author_bios(page, &mut kept, ctx);
        trim_closing_calls(page, &mut kept, ctx);
    }
    let mut out = Text::default();
    let mut prev_row = NONE;
    for b in kept {
        let el = &page.elems[b.elem as usize];
        let cell = cell_of(page, b.elem);
        let row = if cell != NONE {
            page.elems[cell as usize].parent
        } else {
            NONE
        };
        if !out.text.is_empty() {
            out.text.push_str(if row != NONE && row == prev_row {
                CELL_JOINER
            } else if row != NONE && prev_row != NONE {
                "\n"
            } else {
                "\n\n"
            });
        }
        prev_row = row;
        if el.tag == Tag::Li && !(row != NONE && row == prev_row) {
            out.text.push_str(ITEM_MARK);
        }
        // Characters of the block's heading lines cut from its text ([`head_chrome_end`]).
        let mut cut_chars = 0usize;
        match ctx.judge.thread.then(|| post_heading(b)).flatten() {
            Some(name) => out.text.push_str(&name),
            None if ctx.judge.relaxed && b.chars <= PRICE_LINE_MAX_CHARS => {
                push_without_price_labels(&mut out.text, &b.text)
            }
            None => match (!ctx.judge.relaxed)
                .then(|| head_chrome_end(b, ctx))
                .flatten()
            {
                Some(end) => {
                    out.text
                        .push_str(b.text.get(end..).unwrap_or("").trim_start());
                    cut_chars = b.head.map_or(0, |h| h.chars as usize).min(b.chars as usize);
                }
                None => out.text.push_str(&b.text),
            },
        }
        out.chars += b.chars as usize - cut_chars;
        out.blocks += 1;
        if b.chars >= blocks::LONG_PARAGRAPH_CHARS {
            out.long_blocks += 1;
        }
        // A text parted by double line breaks counts its long paragraphs; a long text, one at
        // least.
        out.long_paragraphs += if b.chars >= blocks::LONG_PARAGRAPH_CHARS {
            b.long_parts.max(1)
        } else {
            b.long_parts
        } as usize;
    }
    out
}

/// Most blocks before a story's title read by [`title_position`].
pub(crate) const HEAD_LABEL_BLOCKS: usize = 4;

/// Longest label (characters) above a story's title: a kicker ("Opinion", "Guest essay",
/// "Breaking", "Athletics").
pub(crate) const HEAD_LABEL_MAX_CHARS: u32 = 40;

/// The position in `picked` of the story's title (a block saying the page's title, or an
/// `<h1>` that holds it or is held by it: [`names_title`]) when it opens the region but for
/// short labels that end no sentence (at most [`HEAD_LABEL_BLOCKS`] of at most
/// [`HEAD_LABEL_MAX_CHARS`] characters): the kicker, the section or the story's kind set above
/// the headline ("Opinion", "Guest essay", "Breaking"), which name the story, not tell it, and
/// are as many as the position. None when text comes before the title or no title opens it.
fn title_position(page: &Page, picked: &[u32], ctx: &Context) -> Option<usize> {
    for (i, &bi) in picked.iter().enumerate().take(HEAD_LABEL_BLOCKS + 1) {
        let b = &page.blocks[bi as usize];
        if b.chars < TITLE_BLOCK_MAX_CHARS
            && (ctx.is_title(&b.text)
                || (page.elems[b.elem as usize].tag == Tag::H(1) && names_title(&b.text, ctx)))
        {
            return Some(i);
        }
        if b.chars > HEAD_LABEL_MAX_CHARS || ends_sentence(&b.text) {
            return None;
        }
    }
    None
}

/// Longest dek (characters) between a story's headline and its byline: a sentence or two.
pub(crate) const DEK_MAX_CHARS: u32 = 240;

/// Most words of a byline that closes a dek ([`dek_after_title`]).
pub(crate) const DEK_BYLINE_MAX_WORDS: usize = 12;

/// Blocks after a dek read for the story's byline or date line ([`dek_after_title`]): the
/// byline box may part the author's name, the date and a share bar into blocks of their own.
pub(crate) const DEK_CHROME_BLOCKS: u32 = 2;

/// The index in `picked` of the story's dek: the one block right after its headline (at
/// `title_at`, as [`title_position`] found it), of at most [`DEK_MAX_CHARS`] characters, that
/// the story's byline or date line follows ([`is_byline_or_date_line`]), within
/// [`DEK_CHROME_BLOCKS`] blocks of the page (the region may have left the byline out already):
/// the standfirst set in the headline's box, a `<p>` or an `<h2>`/`<h3>` deck, which sells
/// the story rather than tells it. A story's first paragraph or first subheading comes after
/// its byline, not before it.
fn dek_after_title(page: &Page, picked: &[u32], title_at: usize, ctx: &Context) -> Option<usize> {
    let &dek_at = picked.get(title_at + 1)?;
    let dek = &page.blocks[dek_at as usize];
    if dek.chars > DEK_MAX_CHARS
        || page.elems[dek.elem as usize].tag == Tag::H(1)
        || dek.text.trim_end().ends_with(':')
    {
        return None;
    }
    let next = picked
        .get(title_at + 2)
        .map_or(page.blocks.len() as u32, |&n| n);
    let end = next.saturating_add(1).min(dek_at + 1 + DEK_CHROME_BLOCKS);
    (dek_at + 1..end.min(page.blocks.len() as u32))
        .any(|bi| is_byline_or_date_line(page, &page.blocks[bi as usize], ctx))
        .then_some(title_at + 1)
}

/// Whether block `b` is a story's byline or date line as it stands under a headline: "By
/// ..." (at most [`DEK_BYLINE_MAX_WORDS`] words, or a long byline with the writer's role and
/// date), a short line naming the page's author, a short date line, or a line holding a
/// `<time>`.
fn is_byline_or_date_line(page: &Page, b: &Block, ctx: &Context) -> bool {
    if b.chars > LONG_BYLINE_MAX_CHARS {
        return false;
    }
    let words = b.text.split_whitespace().count();
    let lower = b.text.to_lowercase();
    (words <= DEK_BYLINE_MAX_WORDS && (lower.starts_with("by ") || lower.starts_with("written by")))
        || is_long_byline(&b.text)
        || (words <= DEK_BYLINE_MAX_WORDS && names_author(&b.text, ctx))
        || (words <= DEK_BYLINE_MAX_WORDS && looks_like_date(&lower))
        || page.elems[b.elem as usize].time
}

/// Whether heading `text` says the page's title or holds it ("Get that tech stack Klatch
/// Coffee" for "Klatch Coffee", or the reverse): a headline worded apart from the head title,
/// not a section's heading ("Why this works", "Method") that an editor set as `<h1>`.
fn names_title(text: &str, ctx: &Context) -> bool {
    if ctx.title_key.is_empty() {
        return false;
    }
    let k = key(text);
    !k.is_empty() && (k.contains(ctx.title_key.as_str()) || ctx.title_key.contains(k.as_str()))
}

/// Longest first paragraph (characters) of a block read as the heading of the story set in
/// its text ([`head_chrome_end`]): a headline, a byline and a date line.
pub(crate) const HEAD_MAX_CHARS: u32 = 240;

/// Fewest long paragraphs of a block whose first paragraph may be its story's heading
/// ([`head_chrome_end`]): the text of a story, not a card or a box.
pub(crate) const HEAD_STORY_MIN_LONG_PARTS: u32 = 2;

/// Most words of a line after a byline read as the writer's title or agency ("Staff Writer",
/// "Associated Press Writer", "Reuters"), [`head_chrome_end`].
pub(crate) const BYLINE_ROLE_MAX_WORDS: usize = 4;

/// Where the story of block `b` starts when its first paragraph ([`Block::head`]) is the
/// story's heading set in its own text, as a cell of an old layout table sets it, lines parted
/// by single line breaks and the heading by a double one from the story: every line the page's
/// title again, a byline (with the writer's title or agency on the next line), or a short line
/// of chrome (a date line, an edit stamp) as [`is_short_chrome`] reads a block of its own; and
/// the title or a byline among them (a date alone may be a story's first line). Returns the
/// byte offset of the story's start in the block's text.
fn head_chrome_end(b: &Block, ctx: &Context) -> Option<usize> {
    let head = b.head?;
    if head.chars > HEAD_MAX_CHARS || b.long_parts < HEAD_STORY_MIN_LONG_PARTS {
        return None;
    }
    are_heading_lines(head.lines(&b.text), ctx).then_some(head.end as usize)
}

/// Whether `lines` are a story's heading ([`head_chrome_end`]): every line the page's title
/// again, a byline or a line naming the page's author (with the writer's title or agency on the
/// next line), or a short line of chrome (a date line, an edit stamp) as [`is_short_chrome`]
/// reads a block of its own; and the title or a byline among them.
fn are_heading_lines<'a>(lines: impl Iterator<Item = &'a str>, ctx: &Context) -> bool {
    let (mut named, mut after_byline) = (false, false);
    // The lines so far are none or the title alone: where a byline stands in a heading.
    let mut byline_place = true;
    for line in lines {
        if line.is_empty() {
            continue;
        }
        let lower = line.to_lowercase();
        let words = line.split_whitespace().count();
        // A line naming the author however led, where a byline stands (a teaser's author
        // after its title and date is no story's byline).
        let byline = is_long_byline(line)
            || (words <= 12 && (lower.starts_with("by ") || lower.starts_with("written by")))
            || (byline_place && words <= LONG_BYLINE_MAX_WORDS && names_author(line, ctx));
        let title = !byline && ctx.is_title(line);
        byline_place = title && !named;
        if byline || title {
            named = true;
            after_byline = byline;
            continue;
        }
        let role = after_byline
            && words <= BYLINE_ROLE_MAX_WORDS
            && line
                .split_whitespace()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase));
        after_byline = false;
        // A date line in any language the metadata reads ("Publicado: 10 de marzo de 2009"),
        // after the title or the byline (a teaser's title may run into its date).
        if role
            || is_short_chrome(line, ctx, ShortBlockPlace::default())
            || (named && crate::meta::is_dateline_text(line))
        {
            continue;
        }
        return false;
    }
    named
}

/// Whether `line` names the page's author ([`Context::author_keys`]): among a story's heading
/// lines, its byline however it is led ("Reported by: JANE ROE", "JANE ROE, The Tribune",
/// "Posted on May 2 at 6 p.m. by JANE ROE, Staff Correspondent").
fn names_author(line: &str, ctx: &Context) -> bool {
    if ctx.author_keys.is_empty() {
        return false;
    }
    let k = key(line);
    ctx.author_keys.iter().any(|a| k.contains(a.as_str()))
}

/// Whether block `b`, before its story's first paragraph, is the story's heading set apart
/// from its text: a short text of a few lines parted by line breaks ([`Block::lines`]), a
/// headline, a byline and a date line, with no double line break before the story (a rule, a
/// photo's table or the story's first `<p>` follows it instead), every line heading chrome
/// ([`are_heading_lines`]) and at least two of them (a lone title or byline is judged as a
/// block of its own).
fn is_heading_block(b: &Block, ctx: &Context) -> bool {
    b.lines.is_some_and(|lines| {
        lines.lines(&b.text).filter(|l| !l.is_empty()).count() >= 2
            && are_heading_lines(lines.lines(&b.text), ctx)
    })
}

/// Longest block (characters) read for the labels of its prices ([`PRICE_LABELS`]).
pub(crate) const PRICE_LINE_MAX_CHARS: u32 = 80;

/// The words a shop writes before a price for screen readers or in small print ("Regular
/// price $19.99", "Sale price: €49,95", "Current price $129.00"), lower-cased: a sighted
/// reader sees the price alone.
const PRICE_LABELS: &[&str] = &[
    "regular price",
    "sale price",
    "original price",
    "current price",
];

/// Appends `text` to `out` without the labels of its prices: a block that opens with one of
/// [`PRICE_LABELS`], each label followed by a price (a currency sign or a digit after an
/// optional colon), reads as its prices ("Sale price £88 Regular price £102" as "£88 £102").
/// A block that opens otherwise, or whose label is not followed by a price ("Sale price
/// applies at checkout"), is written as it is.
fn push_without_price_labels(out: &mut String, text: &str) {
    let start = out.len();
    let mut rest = text;
    // Each round begins at a label: the block's start, then the label that ended a price.
    while let Some(label) = price_label_at(rest) {
        let after = rest[label.len()..].trim_start_matches(':').trim_start();
        if !after.starts_with(|c: char| c.is_ascii_digit() || CURRENCY_SIGNS.contains(&c)) {
            break;
        }
        // The price runs to the next label or the block's end.
        let end = next_price_label(after).unwrap_or(after.len());
        out.push_str(&after[..end]);
        rest = &after[end..];
        if rest.is_empty() {
            let trimmed = out.trim_end().len();
            out.truncate(trimmed);
            return;
        }
    }
    out.truncate(start);
    out.push_str(text);
}

/// The label of [`PRICE_LABELS`] that `text` opens with, ASCII case aside.
fn price_label_at(text: &str) -> Option<&'static str> {
    PRICE_LABELS
        .iter()
        .copied()
        .find(|l| crate::dom::starts_with_ignore_ascii_case(text, l))
}

/// The byte offset of the first label of [`PRICE_LABELS`] in `text` that no letter comes just
/// before ("sale price" inside "Resale price" is none; a price's last digit may touch it).
fn next_price_label(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    text.char_indices()
        .map(|(i, _)| i)
        .filter(|&i| i == 0 || !bytes[i - 1].is_ascii_alphabetic())
        .find(|&i| price_label_at(&text[i..]).is_some())
}

/// The currency signs a price opens or ends with.
pub(crate) const CURRENCY_SIGNS: [char; 5] = ['$', '€', '£', '¥', '₹'];

/// Titles of a page's table of contents, lower-cased ("Table of Contents", "In This
/// Article"). ("In this guide" may title a guide's list of its parts, kept as text.)
const CONTENTS_TITLES: &[&str] = &[
    "table of contents",
    "table of content",
    "contents",
    "in this article",
    "in this post",
    "on this page",
];

/// The first letters of [`CONTENTS_TITLES`] (indexed by byte).
const CONTENTS_TITLE_INITIALS: [bool; 256] = initials_of(CONTENTS_TITLES);

/// Longest block (characters) read as a title of [`CONTENTS_TITLES`].
pub(crate) const CONTENTS_TITLE_MAX_CHARS: u32 = 30;

/// Drops from `kept` each title of a table of contents ([`CONTENTS_TITLES`]) that its entries
/// do not follow: the next kept block is neither a list item nor mostly link text (the entries
/// were dropped as a menu of links, and the title now stands over the story's first paragraph
/// or over nothing).
fn drop_orphan_contents_titles(page: &Page, kept: &mut Vec<&Block>) {
    let is_title = |b: &Block| {
        b.chars <= CONTENTS_TITLE_MAX_CHARS
            && says_only_one_of(&b.text, CONTENTS_TITLES, &CONTENTS_TITLE_INITIALS)
    };
    // Cheap check first: most texts have no such title.
    if !kept.iter().any(|b| is_title(b)) {
        return;
    }
    let mut out: Vec<&Block> = Vec::with_capacity(kept.len());
    for (i, &b) in kept.iter().enumerate() {
        let entries_follow = kept.get(i + 1).is_some_and(|n| {
            page.elems[n.elem as usize].tag == Tag::Li || n.link_density() > MAX_LINK_DENSITY
        });
        if !is_title(b) || entries_follow {
            out.push(b);
        }
    }
    *kept = out;
}

/// On a page of items, drops runs of [`EMPTIED_HEADINGS_RUN`] or more short headings (at most
/// [`EMPTIED_HEADING_MAX_CHARS`]) whose whole sections were dropped: the page has blocks
/// between each such heading and the next kept block, none of them kept, and that next block
/// is a heading of its level or above. They are a filter box's group titles ("Colour", "Size",
/// "Price") whose options went. `kept_at` holds the page's block index of each of `kept`. A
/// heading followed by its subsection's heading, or by nothing the page had in between, stays;
/// so do the longer titles of teasers whose links and pictures went.
fn drop_emptied_headings(page: &Page, kept: &mut Vec<&Block>, kept_at: &[u32]) {
    let level = |b: &Block| match page.elems[b.elem as usize].tag {
        Tag::H(n) => Some(n),
        _ => None,
    };
    // Whether kept block `i` is a heading whose section was dropped.
    let emptied = |i: usize| match (
        kept.get(i),
        kept.get(i + 1),
        kept_at.get(i),
        kept_at.get(i + 1),
    ) {
        (Some(b), Some(n), Some(&at), Some(&next_at)) => {
            next_at > at + 1
                && b.chars <= EMPTIED_HEADING_MAX_CHARS
                && level(b).is_some_and(|l| level(n).is_some_and(|m| m <= l))
        }
        _ => false,
    };
    let mut drop = vec![false; kept.len()];
    let mut i = 0;
    while i < kept.len() {
        let start = i;
        while emptied(i) {
            i += 1;
        }
        if i - start >= EMPTIED_HEADINGS_RUN {
            drop[start..i].fill(true);
        }
        i = i.max(start + 1);
    }
    let mut k = 0;
    kept.retain(|_| {
        k += 1;
        !drop[k - 1]
    });
}

/// Most words of a gallery's position ("Image 2 of 7", [`classes::is_gallery_position`]).
pub(crate) const GALLERY_POSITION_MAX_WORDS: usize = 4;

/// Fewest emptied headings in a row that [`drop_emptied_headings`] drops: a filter box's groups.
pub(crate) const EMPTIED_HEADINGS_RUN: usize = 3;
/// Longest heading (characters) that [`drop_emptied_headings`] reads as a filter group's title
/// ("Ratings & Reviews", "Zoom Focal Length"); an item's title is longer.
pub(crate) const EMPTIED_HEADING_MAX_CHARS: u32 = 30;

/// Shortest paragraph (characters) that shows the story has begun.
pub(crate) const STORY_PARAGRAPH_CHARS: u32 = 150;

/// Whether `b` is an `<h1>` inside a story, after its text began: a section heading (the page's
/// title is dropped, and so is the title said again), unless it reads as short chrome.
fn is_inner_h1(page: &Page, b: &Block, ctx: &Context) -> bool {
    page.elems[b.elem as usize].tag == Tag::H(1)
        && b.chars < TITLE_BLOCK_MAX_CHARS
        && !ctx.is_title(&b.text)
        && b.text.chars().any(char::is_alphanumeric)
        && page.link_density(b.elem) <= MAX_LINK_DENSITY
        && !is_short_chrome(&b.text, ctx, ShortBlockPlace::default())
}

/// Longest block (characters) compared with the page's title.
pub(crate) const TITLE_BLOCK_MAX_CHARS: u32 = 300;

/// Drops the headings and short labels that end `kept`: each introduces something that was
/// dropped. In a story, table cells and list items are items, not labels: a closing table or
/// list stays whole (on other pages, trailing short items are pagers and filters, unless they
/// are most of the text: see [`is_item_grid_tail`]; a table row that pairs a name with its
/// value is neither, see [`in_pair_row`]).
fn trim_labels(page: &Page, kept: &mut Vec<&Block>, ctx: &Context) {
    let mut n = kept.len();
    // Characters and blocks of the trailing run.
    let (mut run_chars, mut run_blocks) = (0u32, 0u32);
    while let Some(b) = n.checked_sub(1).map(|i| kept[i]) {
        let tag = page.elems[b.elem as usize].tag;
        if tag.is_heading()
            || (b.chars < 25
                && !ends_sentence(&b.text)
                && (if ctx.judge.relaxed {
                    !in_pair_row(page, b.elem)
                } else {
                    !is_item(page, b)
                }))
        {
            n -= 1;
            run_chars += b.chars;
            run_blocks += 1;
        } else {
            break;
        }
    }
    if ctx.judge.relaxed && is_item_grid_tail(kept, run_chars, run_blocks) {
        return;
    }
    kept.truncate(n);
}

/// On a page of items, a trailing run of [`MIN_REPEATS`] or more headings and short blocks
/// that holds most of the text is the page's grid of short items (names and prices, category
/// titles with their counts), not a pager or a filter box after the content: trimmed, it
/// would leave the page empty or with its intro alone. (A lone closing heading still goes.)
fn is_item_grid_tail(kept: &[&Block], run_chars: u32, run_blocks: u32) -> bool {
    let total: u32 = kept.iter().map(|b| b.chars).sum();
    run_blocks >= MIN_REPEATS && 2 * run_chars > total
}

/// Most blocks dropped from the end of a story by [`trim_closing_calls`].
pub(crate) const MAX_CLOSING_BLOCKS: usize = 3;

/// Drops what a story ends with after its text: marketing calls to the reader
/// ([`classes::is_closing_call`]: "Book a free demo", "Follow me on Instagram", a donation
/// asked for), the site's disclaimer in a box named so ([`within_fine_print`]) and the author's
/// bio (a paragraph opening with the byline's name: "Jane Doe is a freelance writer ..."), at
/// most [`MAX_CLOSING_BLOCKS`] of them and under a quarter of the text, with the labels that
/// introduced them.
fn trim_closing_calls(page: &Page, kept: &mut Vec<&Block>, ctx: &Context) {
    let total: u32 = kept.iter().map(|b| b.chars).sum();
    let mut dropped = 0u32;
    for _ in 0..MAX_CLOSING_BLOCKS {
        let Some(b) = kept.last() else {
            return;
        };
        if kept.len() < 2 || 4 * (dropped + b.chars) >= total || is_item(page, b) {
            return;
        }
        let call = (b.chars <= classes::CLOSING_CALL_MAX_CHARS
            && classes::is_closing_call(&b.text))
            || within_fine_print(page, b.elem, total);
        // A bio sits in a box of its own, not among the story's paragraphs.
        let boxed = kept.len() >= 2
            && page.elems[b.elem as usize].parent
                != page.elems[kept[kept.len() - 2].elem as usize].parent;
        // The bio ends the page's text: one found under a closing call belongs to the story.
        // A column's tagline, told by the full name of its author, goes wherever it is set and
        // whatever disclaimer follows it.
        if !(call || (dropped == 0 && boxed && is_author_bio(b, ctx)) || is_author_tagline(b, ctx))
        {
            return;
        }
        dropped += b.chars;
        kept.pop();
        trim_labels(page, kept, ctx);
    }
}

/// A linked sentence has at least this many characters.
pub(crate) const LINKED_SENTENCE_CHARS: u32 = 60;

/// A paragraph that is mostly link text but a whole sentence ("You can read our full review of
/// the X here."), between two paragraphs of the story: the author's pointer, part of the text,
/// unlike a lone link line or a link list.
fn is_linked_sentence(page: &Page, picked: &[u32], i: usize) -> bool {
    let b = &page.blocks[picked[i] as usize];
    if b.link_density() <= MAX_LINK_DENSITY
        || b.chars < LINKED_SENTENCE_CHARS
        || page.elems[b.elem as usize].tag != Tag::P
        || !b.text.trim_end().ends_with(['.', '!', '?'])
    {
        return false;
    }
    let prose = |j: usize| {
        picked.get(j).is_some_and(|&bj| {
            let n = &page.blocks[bj as usize];
            n.chars >= SHORT_BLOCK_CHARS
                && n.link_density() < 0.3
                && page.elems[n.elem as usize].tag == Tag::P
        })
    };
    i > 0 && prose(i - 1) && prose(i + 1)
}

/// Levels above a block searched for the table cell or list item that holds it.
pub(crate) const ITEM_LOOKUP_LEVELS: usize = 3;

/// The block is an item of a table or a list (directly or through a few wrappers) and not a
/// link: a closing data row or bullet, not a "follow us" link.
fn is_item(page: &Page, b: &Block) -> bool {
    b.link_density() < 0.3
        && holder_of(page, b.elem, |t| {
            matches!(t, Tag::Td | Tag::Th | Tag::Li | Tag::Dd | Tag::Dt).then_some(true)
        })
        .is_some()
}

/// The table cell holding element `e` (itself or an ancestor a few wrappers up: cells often
/// wrap their text in `<p>` or `<span>` blocks), or [`NONE`].
fn cell_of(page: &Page, e: u32) -> u32 {
    holder_of(page, e, |t| match t {
        Tag::Td | Tag::Th => Some(true),
        Tag::Table | Tag::Tr | Tag::Body => Some(false),
        _ => None,
    })
    .unwrap_or(NONE)
}

/// Element `e` lies in a cell of a table row of two cells without links: a name and its
/// value (a product's "Weight | 1.2 kg", a fact box's "Founded | 1998"), a row of the page's
/// own table of facts, not a pager's or a filter's entry, which link or stand alone.
fn in_pair_row(page: &Page, e: u32) -> bool {
    let cell = cell_of(page, e);
    if cell == NONE {
        return false;
    }
    let row = page.elems[cell as usize].parent;
    let Some(rel) = page.elems.get(row as usize) else {
        return false;
    };
    if rel.tag != Tag::Tr || rel.link_chars > 0 {
        return false;
    }
    // The row's cells, counted up to one past a pair.
    let mut cells = 0;
    let mut c = row + 1;
    while c < rel.end_elem && cells <= PAIR_ROW_CELLS {
        let ce = &page.elems[c as usize];
        if matches!(ce.tag, Tag::Td | Tag::Th) {
            cells += 1;
        }
        c = ce.end_elem.max(c + 1);
    }
    cells == PAIR_ROW_CELLS
}

/// Cells of a table row that pairs a name with its value ([`in_pair_row`]).
pub(crate) const PAIR_ROW_CELLS: usize = 2;

/// Elements `a` and `b` lie in two different cells of one table row ([`cell_of`]).
fn in_cells_of_one_row(page: &Page, a: u32, b: u32) -> bool {
    let (ca, cb) = (cell_of(page, a), cell_of(page, b));
    ca != NONE
        && cb != NONE
        && ca != cb
        && page.elems[ca as usize].parent == page.elems[cb as usize].parent
}

/// Walks up from `e` at most [`ITEM_LOOKUP_LEVELS`] elements: the first one whose tag `stop`
/// answers `Some(true)` for, `None` when it answers `Some(false)` or the levels run out.
fn holder_of(page: &Page, mut e: u32, stop: impl Fn(Tag) -> Option<bool>) -> Option<u32> {
    for _ in 0..ITEM_LOOKUP_LEVELS {
        if e == NONE {
            return None;
        }
        let el = &page.elems[e as usize];
        match stop(el.tag) {
            Some(true) => return Some(e),
            Some(false) => return None,
            None => e = el.parent,
        }
    }
    None
}

/// The list item (`<li>`) that element `e` is, or lies in through a few wrappers
/// (`<li><p><a>`), inside its list.
fn list_item_of(page: &Page, e: u32) -> Option<u32> {
    holder_of(page, e, |t| match t {
        Tag::Li => Some(true),
        Tag::List | Tag::Table | Tag::Body => Some(false),
        _ => None,
    })
}

/// Element `e` is an item of a list the author announced ([`introduced_by_colon`]), or lies in
/// one through a few wrappers (`<li><p><a>`).
fn in_announced_list(page: &Page, e: u32) -> bool {
    list_item_of(page, e)
        .is_some_and(|li| introduced_by_colon(page, page.elems[li as usize].parent))
}

/// Element `e` is an entry of a list or a table (an item or a cell, directly or through a few
/// wrappers, in a row that does not lay out the page: [`in_layout_row`]) whose text is mostly
/// plain (link density at most [`MAX_LINK_DENSITY`]): a linked
/// entry there names an item of the story's list or a row of its table (a product linking to
/// its shop, a checklist item linking to a guide), beside entries that do not link; a menu's
/// entries all link.
fn in_plain_list(page: &Page, e: u32) -> bool {
    let holder = match list_item_of(page, e) {
        Some(li) => Some(page.elems[li as usize].parent),
        None => match cell_of(page, e) {
            NONE => None,
            cell if in_layout_row(page, cell) => None,
            cell => holder_of(page, page.elems[cell as usize].parent, |t| {
                (t == Tag::Table).then_some(true)
            }),
        },
    };
    holder.is_some_and(|h| {
        h != NONE
            && matches!(page.elems[h as usize].tag, Tag::List | Tag::Table)
            && page.link_density(h) <= MAX_LINK_DENSITY
    })
}

/// Fewest links of a cell read as the site's menu column beside a story ([`in_layout_row`]).
pub(crate) const LAYOUT_MENU_MIN_LINKS: u32 = 4;

/// Cell `cell` is a menu column in a row that lays out the page ([`layout_rows`]): a cell of
/// [`LAYOUT_MENU_MIN_LINKS`] links or more, mostly link text, beside the story's cell is the
/// site's menu, not an entry of the story's table, however little of the table links. (A
/// review table's linked product name beside its paragraphs is one link: the table's.)
fn in_layout_row(page: &Page, cell: u32) -> bool {
    let el = &page.elems[cell as usize];
    page.layout_rows
        .get(el.parent as usize)
        .copied()
        .unwrap_or(false)
        && el.links + el.block_links >= LAYOUT_MENU_MIN_LINKS
        && page.link_density(cell) > MAX_LINK_DENSITY
}

/// How a teaser link in a heading announces itself ("Related: ...", "Read more: ...").
const TEASER_LEADS: &[&str] = &[
    "related",
    "read ",
    "see also",
    "also read",
    "more from",
    "recommended",
];

/// A linked subheading that titles an item of the story, not one announcing another story.
fn is_item_title(b: &Block) -> bool {
    let lower = b.text.trim_start().to_lowercase();
    !TEASER_LEADS.iter().any(|t| lower.starts_with(t))
}

/// Fewest words of a question that [`is_asked_question`] reads as the page's own.
pub(crate) const ASKED_QUESTION_WORDS: usize = 4;

/// Whether a short line is a question of some words ("What are the most popular CRM
/// features?"): an FAQ's question on a business or catalogue page, whose words may name a
/// chrome phrase ("most popular", "sign up", "share") in passing without being a control.
fn is_asked_question(text: &str) -> bool {
    let text = text.trim_end();
    text.ends_with(['?', '？']) && text.split_whitespace().count() >= ASKED_QUESTION_WORDS
}

fn ends_sentence(t: &str) -> bool {
    t.ends_with(['.', '!', '?', ':', '"', '”', '。', ')'])
}

/// A block that says only a bare number (a size of a selector, a count, "1/4" of a carousel),
/// without a currency sign: on a product page, the variant pickers' text, not the product's.
/// (A price stays: the product's own often belongs to its text.)
fn is_bare_figure(text: &str) -> bool {
    let mut digits = false;
    let mut letters = 0usize;
    for w in text.split(|c: char| !c.is_alphanumeric()) {
        if w.is_empty() {
            continue;
        }
        if w.chars().all(|c| c.is_ascii_digit()) {
            digits = true;
        } else if !matches!(
            w.to_ascii_lowercase().as_str(),
            "eur" | "usd" | "gbp" | "aud" | "cad" | "from" | "now" | "was" | "price" | "kr"
        ) {
            letters += 1;
        }
    }
    digits && letters == 0 && !text.contains(CURRENCY_SIGNS)
}

/// Shortest block (characters) of mostly linked text (under
/// [`LINKED_PROSE_MAX_LINK_DENSITY`]) kept in a story as the author's: a sentence (it ends
/// like one) or a list item, of [`LINKED_PROSE_WORDS`] words or more.
pub(crate) const LINKED_PROSE_CHARS: u32 = 40;
/// Fewest words of such a sentence.
pub(crate) const LINKED_PROSE_WORDS: usize = 7;
/// Highest link density of such a sentence: one linked whole is a headline of another page.
pub(crate) const LINKED_PROSE_MAX_LINK_DENSITY: f32 = 0.9;

/// Whether the per-block filters keep picked block `b` in the text: a site's cookie notice or
/// fine print ([`classes::is_site_fine_print`], outside `<pre>`) goes on every page; on a
/// relaxed page a short line of chrome or controls goes; elsewhere a link line, the page's title
/// again, an affiliate disclosure and a short line of chrome ([`is_short_chrome`]) go too.
fn keep_block(page: &Page, b: &Block, ctx: &Context) -> bool {
    let tag = page.elems[b.elem as usize].tag;
    let ld = b.link_density();
    if (b.chars <= classes::COOKIE_NOTICE_MAX_CHARS && classes::is_cookie_notice(&b.text))
        || (b.chars <= classes::FINE_PRINT_MAX_CHARS
            && tag != Tag::Pre
            && classes::is_site_fine_print(&b.text))
        || (b.chars <= EDIT_TALLY_MAX_CHARS && is_edit_tally(&b.text))
    {
        return false;
    }
    if ctx.judge.relaxed {
        if !b.text.chars().any(char::is_alphanumeric) {
            return false;
        }
        if ctx.judge.thread
            && ((b.chars < POST_SUBJECT_MAX_CHARS && is_reply_subject(&b.text, &ctx.title_key))
                || is_avatar_letter(&b.text))
        {
            return false;
        }
        if b.chars < SHORT_BLOCK_CHARS {
            // A line holding a post's `<time>` is its header's date: kept when a bare day
            // and time (in a list item too), dropped when relative ("Yesterday at 4:25 AM") or
            // joined to other chrome ("Post by jdoe » ...").
            let card = ctx.judge.thread
                && (is_user_card_line(&b.text)
                    || ((is_post_chrome_line(
                        &b.text,
                        tag != Tag::Li || page.elems[b.elem as usize].time,
                    ) || (page.elems[b.elem as usize].time
                        && !is_bare_post_date(&b.text.trim().to_lowercase())))
                        // A list's entry without a `<time>` ("Best first telescope Mar 2,
                        // 2024") is another thread's, not a post's signature line.
                        && (post_heading(b).is_none()
                            || (tag == Tag::Li && !page.elems[b.elem as usize].time))));
            let picker = ctx.judge.product && is_bare_figure(&b.text);
            // A chrome phrase in a question of some words is said in passing (an FAQ's).
            let names_chrome =
                || classes::contains_chrome_phrase(&b.text) && !is_asked_question(&b.text);
            return !card
                && !picker
                && !names_chrome()
                && !is_whole_chrome_label(&b.text)
                && !is_engagement_count(&b.text)
                && !is_review_count(&b.text)
                && !classes::is_call_to_action(&b.text)
                && !classes::is_result_count(&b.text)
                && !classes::is_gallery_position(&b.text)
                && !classes::is_sort_control(&b.text)
                && !is_teaser_age(page, b);
        }
        return true;
    }
    // A linked subheading names an item of a roundup ("Rez Infinite ($30)" linking to the
    // product): inside the story it is a title, not a menu entry. A sentence or a list item of
    // some words whose phrases link elsewhere ("It features in my top 10 lists of the best hotels in
    // Oman.") is the author's, not a list of links. (Judged only for linked blocks: the tests
    // read the text and the list around it.)
    let linked_text_is_content = || {
        (matches!(tag, Tag::H(2..=6)) && is_item_title(b))
            || (b.chars >= 200 && ld < 0.8)
            || (b.chars >= LINKED_PROSE_CHARS
                && ld < LINKED_PROSE_MAX_LINK_DENSITY
                && (ends_sentence(&b.text) || tag == Tag::Li)
                && b.text.split_whitespace().count() >= LINKED_PROSE_WORDS)
            || in_announced_list(page, b.elem)
            || in_plain_list(page, b.elem)
            || in_sentence_list(page, b.elem)
    };
    if ld > MAX_LINK_DENSITY && !linked_text_is_content() {
        return false;
    }
    if b.chars <= 2 && cell_of(page, b.elem) == NONE {
        return false;
    }
    if !b.text.chars().any(char::is_alphanumeric) {
        return false;
    }
    if b.chars < 300 {
        if tag == Tag::H(1) || ctx.is_title(&b.text) {
            return false;
        }
        if b.chars <= ENTRY_STAMP_MAX_CHARS
            && (is_live_entry_stamp(page, b.elem) || is_entry_head_date(page, b))
        {
            return true;
        }
        if b.chars <= classes::DISCLOSURE_MAX_CHARS && classes::is_disclosure(&b.text) {
            return false;
        }
        if b.chars <= CROSS_LINK_MAX_CHARS && is_cross_link_line(&b.text) {
            return false;
        }
        // A newsletter's promo between the story's paragraphs, its call linked.
        if b.chars <= classes::NEWSLETTER_PROMO_MAX_CHARS
            && b.link_chars > 0
            && classes::is_newsletter_promo(&b.text)
        {
            return false;
        }
        // A breadcrumb trail set as text, its sections linked ("Home > Politics").
        if b.chars < SHORT_BLOCK_CHARS && b.link_chars > 0 && is_text_trail(&b.text) {
            return false;
        }
        // A share bar's buttons said as text, maybe on the line of the dateline and byline.
        if b.chars <= SHARE_BAR_MAX_CHARS && b.link_chars > 0 && is_share_bar_line(&b.text) {
            return false;
        }
        if b.chars <= LONG_BYLINE_MAX_CHARS && !matches!(tag, Tag::H(_)) && is_long_byline(&b.text)
        {
            return false;
        }
        if b.chars < SHORT_BLOCK_CHARS {
            // A date in a table cell is data (a row of a time series), and a list item that
            // ends a sentence is a citation ("... Retrieved 2014-04-05."): neither is a dateline.
            let place = ShortBlockPlace {
                dated_data: cell_of(page, b.elem) != NONE
                    || (is_item(page, b) && b.text.trim_end().ends_with('.')),
                subheading: matches!(tag, Tag::H(2..=6)),
                at: Some((page, b.elem)),
            };
            return !is_short_chrome(&b.text, ctx, place);
        }
    }
    true
}

/// On a page of items, a line that is only a relative timestamp ("5 hours ago", "3d ago"): the
/// age a teaser or a post was shown with when the page was fetched, not part of the item. In a
/// table cell it is a column of the row (a link aggregator's "17 hours ago" beside its title),
/// read with it.
fn is_teaser_age(page: &Page, b: &Block) -> bool {
    // Every relative time ends with "ago": most blocks are let go before lower-casing.
    let text = b.text.trim();
    text.len() >= 3
        && text.as_bytes()[text.len() - 3..].eq_ignore_ascii_case(b"ago")
        && cell_of(page, b.elem) == NONE
        && lines::is_relative_time(&text.to_lowercase())
}

/// Where a short block stands, as far as [`is_short_chrome`] reads it.
#[derive(Clone, Copy, Default)]
struct ShortBlockPlace<'p> {
    /// In a table cell, or a list item that ends a sentence (a citation): a date there is data,
    /// not a dateline.
    dated_data: bool,
    /// An `<h2>`-`<h6>`: one of [`NAMED_HEADING_WORDS`] words or more that names the author
    /// titles a part of the story ("How Jane Doe Built Her Shop"), not a byline.
    subheading: bool,
    /// The page and the block's element, read (only when a rule asks) for whether the block is
    /// a plain entry: [`ShortBlockPlace::plain_entry`].
    at: Option<(&'p Page, u32)>,
}

/// Longest label (characters) said right after a bare figure in a stat box ("households
/// lost power" after "4.5M"): [`ShortBlockPlace::labelled_figure`].
pub(crate) const FIGURE_LABEL_MAX_CHARS: u32 = 60;

impl ShortBlockPlace<'_> {
    /// The block is a figure whose label follows it: the next block of the page is a short
    /// phrase of two words or more ("4.5M" / "households lost power" in a stat box), not a
    /// widget's next counter or button ("31", "Share") or the story's next paragraph.
    fn labelled_figure(&self) -> bool {
        self.at.is_some_and(|(page, e)| {
            let next = page.elems[e as usize].end_block;
            page.blocks.get(next as usize).is_some_and(|l| {
                let words = || l.text.split_whitespace();
                l.chars <= FIGURE_LABEL_MAX_CHARS
                    && words().count() >= 2
                    && words().all(|w| w.chars().next().is_some_and(char::is_alphabetic))
            })
        })
    }

    /// An item of a list (a cell of a table) without links whose entries mostly name no chrome
    /// phrase ([`plain_list_of`]): a chrome phrase there names the story's point ("Slow loading
    /// times", "Log in to your console"), not a control; a list of "Share on X" / "Email this"
    /// entries stays the page's.
    fn plain_entry(&self) -> bool {
        self.at.is_some_and(|(page, e)| {
            plain_list_of(page, e).is_some_and(|holder| !mostly_chrome_entries(page, holder))
        })
    }
}

/// Fewest items of a list (rows of a table) read by [`plain_list_of`].
pub(crate) const LINKLESS_LIST_ITEMS: usize = 3;

/// The list (the table body) that element `e` is an item of (directly or through a few
/// wrappers), or a cell of, when it holds [`LINKLESS_LIST_ITEMS`] items (rows) or more and none
/// of them links: the story's own bullets or data (a menu's or a toolbar's entries link, or are
/// buttons read apart).
fn plain_list_of(page: &Page, e: u32) -> Option<u32> {
    let (holder, entry) = match list_item_of(page, e) {
        Some(li) => (page.elems[li as usize].parent, Tag::Li),
        None => match cell_of(page, e) {
            NONE => return None,
            cell => {
                let row = page.elems[cell as usize].parent;
                (page.elems.get(row as usize)?.parent, Tag::Tr)
            }
        },
    };
    let h = page.elems.get(holder as usize)?;
    let enough = entries_of(page, holder, entry)
        .nth(LINKLESS_LIST_ITEMS - 1)
        .is_some();
    (h.link_chars == 0 && enough).then_some(holder)
}

/// Text blocks of a list read by [`mostly_chrome_entries`]: a bar of controls shows its kind in
/// its first few entries, and each short block of the list that names a phrase reads them again.
pub(crate) const CHROME_ENTRIES_SAMPLE: usize = 8;

/// Whether three in four or more of the first text blocks of `holder` (up to
/// [`CHROME_ENTRIES_SAMPLE`]) name a chrome phrase: a bar of sharing or sign-up entries (a
/// story's list of what slows a site down names some, "Slow loading times", "Sign-in errors",
/// beside others).
fn mostly_chrome_entries(page: &Page, holder: u32) -> bool {
    let Some(h) = page.elems.get(holder as usize) else {
        return false;
    };
    let sample = page
        .blocks
        .get(h.first_block as usize..h.end_block as usize)
        .unwrap_or_default()
        .iter()
        .take(CHROME_ENTRIES_SAMPLE);
    let (mut read, mut chrome) = (0usize, 0usize);
    for b in sample {
        read += 1;
        let lower = b.text.to_lowercase();
        if classes::has_chrome_phrase(&lower, lower.split_whitespace().count()) {
            chrome += 1;
        }
    }
    read > 0 && chrome * 4 >= read * 3
}

/// A short block that reads as chrome: a byline, the author's name (unless a subheading says it:
/// [`ShortBlockPlace::subheading`]), a dateline (unless the date is data:
/// [`ShortBlockPlace::dated_data`]; or a range of days, an event's: [`has_day_range`]), a credit
/// line, a chrome phrase.
fn is_short_chrome(text: &str, ctx: &Context, place: ShortBlockPlace<'_>) -> bool {
    let lower = text.to_lowercase();
    let words = text.split_whitespace().count();
    if words <= 12 {
        if lower.starts_with("by ")
            || lower.starts_with("written by")
            || lower.starts_with("posted by")
            // A forum quote's header, where a thread reads as a story.
            || lower.starts_with(posts::QUOTE_HEADER)
        {
            return true;
        }
        let titled = place.subheading && words >= NAMED_HEADING_WORDS;
        if !titled && words <= 8 && names_author(text, ctx) {
            return true;
        }
    }
    if !place.dated_data && words <= 8 && looks_like_date(&lower) && !has_day_range(&lower) {
        return true;
    }
    if words <= EDIT_STAMP_MAX_WORDS && is_edit_stamp(&lower) {
        return true;
    }
    if words <= READING_TIME_MAX_WORDS && is_reading_time(&lower) {
        return true;
    }
    // A counter is the page's widget, not a table's figure, a list's entry or a subheading
    // ("2. Shares", "500 shares" of a filing).
    if !place.dated_data
        && !place.subheading
        && (is_engagement_count(&lower)
            || (is_abbreviated_count(&lower) && !place.labelled_figure()))
        && !place.plain_entry()
    {
        return true;
    }
    if words <= WHOLE_CHROME_LABEL_MAX_WORDS && is_whole_chrome_label(&lower) {
        return true;
    }
    // A rating widget's stars and count ("★★★★★ (38 ratings)" under a recipe's name).
    if lines::is_starred_review_count(text) {
        return true;
    }
    if lines::is_sponsor_line(&lower) {
        return true;
    }
    if lines::is_continuation_note(&lower) {
        return true;
    }
    if is_taxonomy_line(&lower) {
        return true;
    }
    if words <= GALLERY_POSITION_MAX_WORDS && classes::is_gallery_position(&lower) {
        return true;
    }
    if words <= CREDIT_MAX_WORDS && is_credit_line(&lower) {
        return true;
    }
    classes::has_chrome_phrase(&lower, words) && !place.plain_entry()
}

/// Fewest words of a subheading that names the author as a part of the story's title, not as
/// its byline.
pub(crate) const NAMED_HEADING_WORDS: usize = 4;

/// Whether picked block `i` is followed by a post's bare timestamp, a day and time alone
/// ([`is_bare_post_date`]; "- Mar 27, 2025" as a list item): on a thread the block is then the
/// post's author, whose name heads each of their posts and so repeats as a user title or a
/// "Report" link does, but is no label.
fn heads_post_date(page: &Page, picked: &[u32], i: usize) -> bool {
    picked.get(i + 1).is_some_and(|&next| {
        let b = &page.blocks[next as usize];
        b.chars < SHORT_BLOCK_CHARS && is_bare_post_date(&post_line_key(&b.text))
    })
}

/// Longest post label (characters) that counts as repeated chrome on a thread.
pub(crate) const POST_LABEL_CHARS: u32 = 30;

/// On a thread, the short labels without digits that repeat [`MIN_REPEATS`] times or more
/// among the picked blocks (a user title such as "Member", "Quote", "Top", "Report"): each
/// post's controls and badges, not what was said. Returns their [`key_hash`]es.
fn repeated_post_labels(page: &Page, picked: &[u32]) -> HashMap<u64, u32> {
    let mut counts: HashMap<u64, u32> = HashMap::new();
    for &bi in picked {
        let b = &page.blocks[bi as usize];
        if b.chars <= POST_LABEL_CHARS
            && !b.text.chars().any(|c| c.is_ascii_digit())
            && b.text.chars().any(char::is_alphabetic)
        {
            *counts.entry(key_hash(&b.text)).or_default() += 1;
        }
    }
    counts.retain(|_, n| *n >= MIN_REPEATS);
    counts
}

/// Second strategy: every prose-like block outside page-level boilerplate.
fn fallback(page: &Page, ctx: &Context) -> Text {
    let Some(root) = page.body() else {
        return Text::default();
    };
    let chars = page.elems[root as usize].chars;
    let junk = junk_marks(page, &[root], chars);
    let picked: Vec<u32> = (0..page.blocks.len() as u32)
        .filter(|&bi| {
            let b = &page.blocks[bi as usize];
            let tag = page.elems[b.elem as usize].tag;
            !junk[b.elem as usize]
                && b.link_density() < 0.3
                && (b.chars >= 60 || tag.is_heading() && b.chars >= 10)
        })
        .collect();
    render(page, &picked, ctx)
}

#[cfg(test)]
mod tests;
