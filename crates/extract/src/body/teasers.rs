//! Teaser cards: "latest news", "more stories" and "you may also like" grids inside or after a
//! story. Each card is a small subtree with a linked title and a short excerpt, and several such
//! cards stand side by side under one parent; a story's own sections are longer, and their
//! headings are rarely links.

use super::blocks::{Page, NONE};

/// A card holds at most this many characters (title, excerpt, date, label).
pub(crate) const CARD_MAX_CHARS: u32 = 600;
/// ... and at most this many text blocks.
pub(crate) const CARD_MAX_BLOCKS: u32 = 6;
/// A card's title: a block of this many characters or more ...
pub(crate) const TITLE_MIN_CHARS: u32 = 15;
/// ... and at most this many ...
pub(crate) const TITLE_MAX_CHARS: u32 = 200;
/// ... that is at least this much link text.
pub(crate) const TITLE_MIN_LINK_DENSITY: f32 = 0.8;
/// A card's excerpt: an almost link-free block of this many characters or more.
pub(crate) const EXCERPT_MIN_CHARS: u32 = 50;
/// Cards side by side that make a teaser grid.
pub(crate) const MIN_CARDS: u32 = 3;

/// The cards of a page's grids, each indexed like `page.elems`.
pub(crate) struct Cards {
    /// Cards of a teaser grid: a grid of dated cards (other stories).
    pub teasers: Vec<bool>,
    /// Cards of any grid of linked titles with excerpts, dated or not.
    pub grid: Vec<bool>,
}

/// Marks the elements that are cards of a teaser grid, and those that are cards of a grid
/// whatever its dates.
///
/// One pass over the elements: each element is judged from its own subtree's blocks (bounded by
/// [`CARD_MAX_BLOCKS`]), then cards are counted per parent.
pub(crate) fn mark(page: &Page) -> Cards {
    let n = page.elems.len();
    // Per element: it reads as a card (a linked title and an excerpt), and it is dated.
    let mut card = vec![false; n];
    let mut dated = vec![false; n];
    // Per parent: element children with text, how many of them are cards, how many dated.
    let mut children = vec![0u32; n];
    let mut cards = vec![0u32; n];
    let mut dated_cards = vec![0u32; n];
    for (e, el) in page.elems.iter().enumerate() {
        if el.chars == 0 {
            continue;
        }
        let blocks = el.end_block - el.first_block;
        if el.chars <= CARD_MAX_CHARS && (2..=CARD_MAX_BLOCKS).contains(&blocks) {
            (card[e], dated[e]) = is_card(page, el.first_block, el.end_block);
            dated[e] &= card[e];
        }
        if el.parent != NONE {
            let p = el.parent as usize;
            children[p] += 1;
            cards[p] += u32::from(card[e]);
            dated_cards[p] += u32::from(dated[e]);
        }
    }
    // A card whose parent holds only it (a wrapper) counts through the wrapper: the parent is
    // the card then, and the grid is a level up. Keep the outermost card of each chain. A grid
    // is dated: a card without a date (a sponsored one) is a teaser among dated siblings.
    let mut teasers = vec![false; n];
    let mut grid = vec![false; n];
    for (e, el) in page.elems.iter().enumerate() {
        if !card[e] || el.parent == NONE {
            continue;
        }
        let p = el.parent as usize;
        if card[p] {
            continue;
        }
        grid[e] = cards[p] >= MIN_CARDS && 2 * cards[p] >= children[p];
        teasers[e] = grid[e] && dated_cards[p] >= MIN_DATED_CARDS.min(cards[p]);
    }
    Cards { teasers, grid }
}

/// Dated cards a grid holds (all of them when fewer): the dates tell teasers from a roundup's
/// items, which carry none.
pub(crate) const MIN_DATED_CARDS: u32 = 2;

/// Whether blocks `first..end` hold a linked title and an excerpt (a card), and whether they
/// hold a date: a teaser announces when its story ran (a roundup's items, books or products
/// with linked names, carry no dates).
fn is_card(page: &Page, first: u32, end: u32) -> (bool, bool) {
    let (mut title, mut excerpt, mut date) = (false, false, false);
    for b in &page.blocks[first as usize..end as usize] {
        let ld = b.link_density();
        if b.chars <= DATE_MAX_CHARS && is_card_date(&b.text) {
            date = true;
            continue;
        }
        if ld >= TITLE_MIN_LINK_DENSITY && (TITLE_MIN_CHARS..=TITLE_MAX_CHARS).contains(&b.chars) {
            if title {
                // Two linked titles: a list of links, judged by the link-density rules.
                return (false, false);
            }
            title = true;
        } else if ld < 0.3 && b.chars >= EXCERPT_MIN_CHARS {
            excerpt = true;
        }
    }
    (title && excerpt, date)
}

/// A card's date line is at most this long ("March 29, 2025", "01/15/24", "8 min read").
pub(crate) const DATE_MAX_CHARS: u32 = 40;

/// A short line that dates a teaser: a month name or a numeric date next to a number, a
/// relative time ("3 hours ago") or a reading time ("8 min read").
fn is_card_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    if !bytes.iter().any(u8::is_ascii_digit) {
        return false;
    }
    let lower = text.to_ascii_lowercase();
    if lower.contains(" ago") || lower.contains("min read") {
        return true;
    }
    // 01/15/24, 2024-01-15, 15.01.2024
    let numeric = bytes.windows(3).any(|w| {
        w[0].is_ascii_digit() && matches!(w[1], b'/' | b'-' | b'.') && w[2].is_ascii_digit()
    });
    numeric || crate::months::has_month_like_word(&lower)
}

/// Units of a relative time in Chinese, Japanese and Korean, each after a number ("3時間前",
/// "45分前", "2小时前", "5분 전").
const WIDE_RELATIVE_UNITS: [&str; 9] = [
    "分前",
    "時間前",
    "日前",
    "分钟前",
    "小时前",
    "天前",
    "분 전",
    "시간 전",
    "일 전",
];

/// A short line that dates an item of a stream (a comment, a teaser): a teaser's date
/// ([`is_card_date`]) or a relative time in a wide script.
pub(crate) fn is_item_stamp(text: &str) -> bool {
    is_card_date(text)
        || WIDE_RELATIVE_UNITS.iter().any(|u| {
            text.match_indices(u).any(|(i, _)| {
                text[..i]
                    .trim_end()
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_ascii_digit())
            })
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn card_dates_in_their_usual_forms() {
        for d in [
            "March 29, 2025",
            "01/15/24",
            "2024-01-15",
            "8 min read",
            "3 hours ago",
        ] {
            assert!(is_card_date(d), "{d}");
        }
        for d in ["Read more", "Top 10 picks", "Marching orders", "Daily"] {
            assert!(!is_card_date(d), "{d}");
        }
    }

    #[test]
    fn item_stamps_in_wide_scripts() {
        for d in [
            "3時間前",
            "かもめ45分前",
            "2小时前",
            "5분 전",
            "3 hours ago",
        ] {
            assert!(is_item_stamp(d), "{d}");
        }
        for d in ["時間前", "コメント（4件）", "Step 1"] {
            assert!(!is_item_stamp(d), "{d}");
        }
    }
}
