//! What one short line of text says: a byline, a dateline, an edit stamp, a reading time, a
//! credit, a taxonomy or cross-link line, a widget's label said whole. Pure functions on the
//! line's text, used by the block filters of [`super`].

/// Longest line (characters) read as a byline that goes on with the author's role, a date or a
/// reviewer ([`is_long_byline`]).
pub(crate) const LONG_BYLINE_MAX_CHARS: u32 = 160;

/// Most words of such a byline.
pub(crate) const LONG_BYLINE_MAX_WORDS: usize = 24;

/// Leads of a byline, lower-cased, each followed by the name.
const BYLINE_LEADS: &[&str] = &[
    "by ",
    "written by ",
    "posted by ",
    "reviewed by ",
    "medically reviewed by ",
    "fact checked by ",
    "fact-checked by ",
    // A news page's credits line before the story ("Reported by Jane Roe Edited by Ann Lee
    // Updated: ..."). Not "Edited by": a book's or a show's editors are named so in its text.
    "reported by ",
    // A firm's blog post signed for the firm ("On Behalf of Lee & Park LLP | Apr 21, 2017 |
    // Family Law").
    "on behalf of ",
];

/// Whether a line is a byline too long for [`super::is_short_chrome`]'s count: a lead of
/// [`BYLINE_LEADS`] (after any marks: "// By ...") and a capitalised name, then the author's
/// role, the date or the fact-checker ("By Ann Lee – Updated Sep 9, 2025 | Fact-checked by Bo
/// Park", "Reviewed by Jo Kim, MD, Editor in Chief"), not ending like a sentence. A sentence of
/// the story that opens with "By" goes on in lower case ("By the end of ...", "By using ...")
/// or ends with its stop.
pub(super) fn is_long_byline(text: &str) -> bool {
    let t = text
        .trim()
        .trim_start_matches(|c: char| !c.is_alphanumeric());
    if t.split_whitespace().count() > LONG_BYLINE_MAX_WORDS
        || t.ends_with(['.', '!', '?', ':', ';'])
    {
        return false;
    }
    BYLINE_LEADS.iter().any(|lead| {
        crate::dom::starts_with_ignore_ascii_case(t, lead)
            && t.get(lead.len()..)
                .and_then(|rest| rest.trim_start().chars().next())
                .is_some_and(char::is_uppercase)
    })
}

/// Longest line (characters) read as a pointer to another page ([`is_cross_link_line`]).
pub(crate) const CROSS_LINK_MAX_CHARS: u32 = 160;

/// Labels that open a line pointing to another page of the site, lower-cased, with their colon.
const CROSS_LINK_LABELS: &[&str] = &[
    "related:",
    "read:",
    "see also:",
    "also read:",
    "read also:",
    "read next:",
];

/// Whether a line is a label of [`CROSS_LINK_LABELS`] followed by the headline of another page
/// ("Related: Why Does Your Business Need Local SEO?", "READ: 13 Camping Meal Ideas").
pub(super) fn is_cross_link_line(text: &str) -> bool {
    let t = text.trim_start();
    CROSS_LINK_LABELS.iter().any(|l| {
        crate::dom::starts_with_ignore_ascii_case(t, l)
            && t.get(l.len()..)
                .is_some_and(|rest| rest.chars().any(char::is_alphanumeric))
    })
}

/// Most words of a line that states a story's reading time ("Bridgestone Team | 5 min read").
pub(crate) const READING_TIME_MAX_WORDS: usize = 8;

/// How a line states the time a story takes to read, lower-cased.
const READING_TIME_MARKS: &[&str] = &[
    "min read",
    "mins read",
    "min. read",
    "minute read",
    "minutes read",
    "minute reading",
    "min reading",
    // The same label in other languages ("Lesezeit: 3 Min.", "Temps de lecture : 3 min",
    // "Время чтения: 2 минуты", "وقت القراءة: 2 دقائق").
    "lesezeit",
    "lesedauer",
    "temps de lecture",
    "tiempo de lectura",
    "tempo di lettura",
    "tempo de leitura",
    "leestijd",
    "czas czytania",
    "время чтения",
    "okuma süresi",
    "waktu baca",
    "وقت القراءة",
    "पढ़ने का समय",
    "読了時間",
    "阅读时间",
];

/// [`READING_TIME_MARKS`] in one automaton: one pass over a line instead of a substring search
/// per mark.
static READING_TIME_MATCHER: std::sync::LazyLock<Option<aho_corasick::AhoCorasick>> =
    std::sync::LazyLock::new(|| crate::dom::short_text_matcher(READING_TIME_MARKS, false));

/// A short lower-cased line that states how long the story takes to read: a number and a mark
/// of [`READING_TIME_MARKS`] ("5 min read", "Jane Doe · 12 minute read").
pub(super) fn is_reading_time(lower: &str) -> bool {
    lower.bytes().any(|b| b.is_ascii_digit())
        && READING_TIME_MATCHER
            .as_ref()
            .is_some_and(|m| m.is_match(lower))
}

/// Words that count a page's or a teaser's audience after a number ("1,693 views", "44
/// reactions"), lower-cased. Comments are left out: a thread's own count of replies is part
/// of it.
const ENGAGEMENT_UNITS: &[&str] = &[
    "view",
    "views",
    "like",
    "likes",
    "reaction",
    "reactions",
    "share",
    "shares",
    "clap",
    "claps",
    "upvote",
    "upvotes",
];

/// Whether `text` is an audience count and nothing else: a number (digits with separators,
/// maybe a `k` or `m` suffix: "1.2K") and a word of [`ENGAGEMENT_UNITS`], ASCII case aside. A
/// widget's counter, said of the page or of a teaser, not of the subject. Reads at most three
/// words, without allocating.
pub(super) fn is_engagement_count(text: &str) -> bool {
    count_and_unit(text, ENGAGEMENT_UNITS).is_some_and(|(count, _)| {
        let digits = count.strip_suffix(['k', 'm', 'K', 'M']).unwrap_or(count);
        digits.bytes().last().is_some_and(|b| b.is_ascii_digit()) && is_number(digits, b".")
    })
}

/// Whether `text` is only a count abbreviated with a thousands or millions suffix ("2.4K",
/// "31K", "1.2M"): a widget's counter (claps, likes) set without its unit beside an icon. A
/// figure of the story names what it counts. Allocates nothing.
pub(super) fn is_abbreviated_count(text: &str) -> bool {
    let t = text.trim();
    t.strip_suffix(['k', 'm', 'K', 'M']).is_some_and(|digits| {
        digits.bytes().last().is_some_and(|b| b.is_ascii_digit()) && is_number(digits, b".")
    })
}

/// The two words of a text that is a count and its unit and nothing else ("1,693 views"), when
/// the second is one of `units` (lower-cased; ASCII case aside). Allocates nothing.
fn count_and_unit<'t>(text: &'t str, units: &[&str]) -> Option<(&'t str, &'t str)> {
    let mut words = text.split_whitespace();
    let (Some(count), Some(unit), None) = (words.next(), words.next(), words.next()) else {
        return None;
    };
    units
        .iter()
        .any(|u| u.eq_ignore_ascii_case(unit))
        .then_some((count, unit))
}

/// Whether `count` is written as a number: a digit first, then digits, commas and any of
/// `also` (a decimal point).
fn is_number(count: &str, also: &[u8]) -> bool {
    count.bytes().next().is_some_and(|b| b.is_ascii_digit())
        && count
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b',' || also.contains(&b))
}

/// Words that count an item's customer reviews after a number ("146 Reviews", "17 ratings"),
/// lower-cased.
const REVIEW_COUNT_UNITS: &[&str] = &["review", "reviews", "rating", "ratings"];

/// Whether `text` is a count of an item's customer reviews and nothing else: a whole number
/// (digits and commas; "4.5 Rating" is a score, which a page may keep) and a word of
/// [`REVIEW_COUNT_UNITS`], ASCII case aside, maybe in parentheses ("146 Reviews", "(17
/// ratings)"). A shop card's or buy box's line beside its stars, which say nothing of the item;
/// the stars may open the line, drawn as characters ("★★★★★ (38 ratings)" under a recipe's
/// name). Reads at most three words, without allocating.
pub(super) fn is_review_count(text: &str) -> bool {
    let t = text.trim().trim_start_matches(RATING_STARS).trim_start();
    let t = t
        .strip_prefix('(')
        .and_then(|t| t.strip_suffix(')'))
        .unwrap_or(t);
    count_and_unit(t, REVIEW_COUNT_UNITS).is_some_and(|(count, _)| is_number(count, b""))
}

/// Whether `text` is a rating widget's line: star characters ([`RATING_STARS`]) and a count
/// of reviews or ratings ([`is_review_count`]): "★★★★★ (38 ratings)".
pub(super) fn is_starred_review_count(text: &str) -> bool {
    text.trim_start().starts_with(RATING_STARS) && is_review_count(text)
}

/// Star characters a rating widget draws its score with (full, empty, outlined, emoji).
const RATING_STARS: &[char] = &['★', '☆', '⭐', '✩', '✪', '✫', '✬', '✭', '✮', '✯', '⯪', '⯫'];

/// Labels that open a story's line of its categories or tags ("Tags: Employment, Fitness",
/// "Category: Personal Finance"), lower-cased, before their colon.
pub(super) const TAXONOMY_LABELS: &[&str] =
    &["tag", "tags", "topic", "topics", "category", "categories"];

/// Whether a short lower-cased line names the story's categories or tags: a label of
/// [`TAXONOMY_LABELS`] and a colon open it.
pub(super) fn is_taxonomy_line(lower: &str) -> bool {
    if !opens_with_one_of(lower.trim_start(), &TAXONOMY_LABEL_INITIALS) {
        return false;
    }
    lower
        .split_once(':')
        .is_some_and(|(label, _)| TAXONOMY_LABELS.contains(&label.trim()))
}

/// The first letters of [`TAXONOMY_LABELS`] (indexed by byte): a line opening otherwise is
/// no taxonomy line.
const TAXONOMY_LABEL_INITIALS: [bool; 256] = initials_of(TAXONOMY_LABELS);

/// Whether the first byte of `text` is one that `initials` (indexed by byte) marks.
fn opens_with_one_of(text: &str, initials: &[bool; 256]) -> bool {
    text.as_bytes()
        .first()
        .is_some_and(|&b| initials[usize::from(b)])
}

/// Most words of a line that is one of [`WHOLE_CHROME_LABELS`] (its longest label's).
pub(crate) const WHOLE_CHROME_LABEL_MAX_WORDS: usize = most_words_of(WHOLE_CHROME_LABELS);

/// Lines that are chrome said whole, lower-cased: a paid placement's tag, a gallery's caption
/// toggle, a slideshow's fallback, the widgets closing a story. (Inside a longer line the words
/// may be the story's: "employer-sponsored plans".)
pub(super) const WHOLE_CHROME_LABELS: &[&str] = &[
    "sponsored",
    "sponsored content",
    "paid content",
    // The label over an ad slot, left when the ad itself is not in the HTML (English, German,
    // Spanish, French, Italian, Portuguese, Dutch, Polish and Czech, Russian and Ukrainian,
    // Turkish, Indonesian and Malay, Arabic, Hindi, Japanese, Chinese, Korean). Lines are
    // compared lower-cased in full (Cyrillic too).
    "advertising",
    "anzeige",
    "werbung",
    "publicidad",
    "publicité",
    "pubblicità",
    "publicidade",
    "advertentie",
    "reklama",
    "реклама",
    "reklam",
    "iklan",
    "إعلان",
    "विज्ञापन",
    "広告",
    "广告",
    "광고",
    "show caption",
    "hide caption",
    "this slideshow requires javascript",
    // A site builder's anchors at the ends of the page (Wix).
    "top of page",
    "bottom of page",
    // A story's closing widgets: its feedback poll, its share and follow bars, its sign-off.
    "was this article helpful",
    "was this page helpful",
    "was this post helpful",
    "was this article helpful for you",
    // A story rating plugin's replies to a low rating (WordPress "Rate my Post").
    "we are sorry that this post was not useful for you",
    "let us improve this post",
    "tell us how we can improve this post",
    "share post on",
    // A blogging platform's notes over a post: its paywall flag, and the label before the
    // publication's linked name.
    "member only story",
    "published in",
    "stay connected",
    "thanks for visiting",
    "posted on",
    // A widget's own words left as a line: a search box's prompt, an "ask an AI" button, a
    // share button's notice, a save or download button, an embedded player's account notice.
    "what are you looking for",
    "hi what are you looking for",
    "summarize with ai",
    "summarise with ai",
    "summarize this article with",
    "summarize this article with ai",
    "summarize this post with",
    "link copied",
    "save to favorites",
    // A follow button's label, its count of followers shown beside it by a script (a forum
    // topic's, a profile's or a tag's "Followers").
    "followers",
    // A reading widget's own words: an article's text-size control, the screen-reader label of
    // a button that enlarges a story's image (Medium), a bookmarks plugin's login notice.
    "font size",
    "press enter or click to view image in full size",
    "you need to login or register to view and manage your bookmarks",
    "pdf version",
    "you are signed out",
    // A news story's audio player over its text (a text-to-speech widget's button), and its
    // follow button beside the byline.
    "listen to this article",
    "listen to this story",
    "follow",
    // A tabloid's label over its list of other stories set inside the text ("Don't miss...");
    // the apostrophe splits the words as the line's own does.
    "don t miss",
    // A byline's role label alone on its line, the name on the next.
    "reviewed by",
    "edited by",
    "fact checked by",
    "medically reviewed by",
    // A shop card's badge over an item not yet sold, and the label over its price.
    "coming soon",
    "current price",
    // A shop card's merchandising badges over its item: a rating or award tag, a stock warning.
    "top rated",
    "award winner",
    "low stock",
    // A forum's menu entries left as lines (XenForo and like boards) and a bare help link.
    "new posts",
    "search forums",
    "help",
    // A site menu's entries left as lines, and a sharing button.
    "home",
    "about us",
    "careers",
    "email",
];

/// The first letters of [`WHOLE_CHROME_LABELS`] (indexed by byte): a line whose first word
/// opens otherwise is none of them. Derived from the list so that a new label cannot be missed.
const WHOLE_CHROME_LABEL_INITIALS: [bool; 256] = initials_of(WHOLE_CHROME_LABELS);

/// The most words (split by single spaces) of any of `labels`.
const fn most_words_of(labels: &[&str]) -> usize {
    let mut most = 0;
    let mut i = 0;
    while i < labels.len() {
        let bytes = labels[i].as_bytes();
        let mut words = 1;
        let mut j = 0;
        while j < bytes.len() {
            if bytes[j] == b' ' {
                words += 1;
            }
            j += 1;
        }
        if words > most {
            most = words;
        }
        i += 1;
    }
    most
}

/// Which bytes, ASCII-lower-cased, open one of `labels`.
pub(super) const fn initials_of(labels: &[&str]) -> [bool; 256] {
    let mut table = [false; 256];
    let mut i = 0;
    while i < labels.len() {
        let bytes = labels[i].as_bytes();
        if !bytes.is_empty() {
            table[bytes[0].to_ascii_lowercase() as usize] = true;
        }
        i += 1;
    }
    table
}

/// Whether a short line says only one of [`WHOLE_CHROME_LABELS`], punctuation, spacing and
/// ASCII case aside.
pub(super) fn is_whole_chrome_label(text: &str) -> bool {
    says_only_one_of(text, WHOLE_CHROME_LABELS, &WHOLE_CHROME_LABEL_INITIALS)
}

/// A paid placement's labels, lower-cased, that its sponsor's name may follow ("Sponsored by
/// X", "Paid Post by X").
const PAID_LABELS: &[&str] = &["sponsored", "paid content", "paid post", "promoted"];

/// Words that may stand between a paid placement's label and its "by" ("Sponsored Ad by X",
/// "Sponsored Content by X").
const PAID_LABEL_NOUNS: &[&str] = &["ad", "content", "post", "story"];

/// Most words of the sponsor's name after a paid placement's "by": a brand, not a clause.
pub(crate) const SPONSOR_NAME_MAX_WORDS: usize = 4;

/// Whether lower-cased `text` is a paid placement's label naming its sponsor ("Sponsored Ad by
/// Carrow Travel", "Paid Post by Example Bank", "Promoted by X"): the label, maybe a noun of
/// [`PAID_LABEL_NOUNS`], "by" and a name of at most [`SPONSOR_NAME_MAX_WORDS`] words with no
/// clause after it (not "Sponsored by the council, the fair runs all week").
pub(super) fn is_sponsor_line(text: &str) -> bool {
    let Some(rest) = PAID_LABELS
        .iter()
        .find_map(|l| text.strip_prefix(l).filter(|r| r.starts_with(' ')))
    else {
        return false;
    };
    let mut words = rest.split_whitespace().peekable();
    if words.peek().is_some_and(|w| PAID_LABEL_NOUNS.contains(w)) {
        words.next();
    }
    if words.next() != Some("by") {
        return false;
    }
    // The sponsor's name: one to SPONSOR_NAME_MAX_WORDS words, no clause after it.
    let mut count = 0;
    for w in words {
        count += 1;
        if count > SPONSOR_NAME_MAX_WORDS || w.ends_with([',', ';', ':', '!', '?']) {
            return false;
        }
    }
    count > 0
}

/// Whether `text` says only one of `labels` (lower-cased, words split by single spaces),
/// punctuation, spacing and ASCII case aside; `initials` marks the first bytes of the labels
/// ([`initials_of`]).
pub(super) fn says_only_one_of(text: &str, labels: &[&str], initials: &[bool; 256]) -> bool {
    let words = || {
        text.split(|c: char| !is_word_char(c))
            .filter(|w| !w.is_empty())
    };
    // Only a label opening with the line's first word can match: that word is read once, and
    // the labels it rules out are not compared word by word.
    let Some(first) = words().next() else {
        return false;
    };
    if !first
        .as_bytes()
        .first()
        .is_some_and(|b| initials[usize::from(b.to_ascii_lowercase())])
    {
        return false;
    }
    let first = first.as_bytes();
    labels.iter().any(|label| {
        // The label's first word, compared in place: the label goes on with a space or ends.
        let l = label.as_bytes();
        if !(l.len() >= first.len()
            && l[..first.len()].eq_ignore_ascii_case(first)
            && l.get(first.len()).is_none_or(|&c| c == b' '))
        {
            return false;
        }
        let mut label_words = label.split(' ');
        words().all(|w| {
            label_words
                .next()
                .is_some_and(|l| w.eq_ignore_ascii_case(l))
        }) && label_words.next().is_none()
    })
}

/// Whether `c` belongs to a word: a letter or a digit, or a vowel sign or other combining
/// mark, which the Indic scripts (Devanagari, Bengali, Tamil ...) and Thai write inside their
/// words ("विज्ञापन" is one word, not five).
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
        || matches!(c,
            '\u{0300}'..='\u{036f}' // combining diacritical marks
            | '\u{0900}'..='\u{0963}' | '\u{0966}'..='\u{0dff}' // Indic scripts, Devanagari to Sinhala (not the danda)
            | '\u{0e31}'..='\u{0e4e}' // Thai vowel and tone marks
        )
}

/// Social networks and messengers a share bar names, lower-cased, in the scripts of their
/// markets (Facebook, X, WhatsApp, VK, Weibo, WeChat, KakaoTalk, LINE ...).
const SHARE_NETWORKS: &[&str] = &[
    "facebook",
    "twitter",
    "x",
    "whatsapp",
    "linkedin",
    "telegram",
    "pinterest",
    "reddit",
    "threads",
    "bluesky",
    "line",
    "vk",
    "вконтакте",
    "одноклассники",
    "微信",
    "微博",
    "qq空间",
    "카카오톡",
    "페이스북",
    "트위터",
    "فيسبوك",
    "تويتر",
    "واتساب",
    "फेसबुक",
    "ट्विटर",
    "व्हाट्सऐप",
    "はてなブックマーク",
];

/// Longest name of [`SHARE_NETWORKS`], in bytes: longer words name none.
const SHARE_NETWORK_MAX_BYTES: usize = 27;

/// Fewest networks of [`SHARE_NETWORKS`] a line names to be a share bar.
pub(crate) const SHARE_BAR_MIN_NETWORKS: usize = 3;

/// Longest line (characters) read as a share bar, with the dateline and byline it may
/// share a line with ("May 21, 2025 · By Ann Lee · Share: Facebook X WhatsApp").
pub(crate) const SHARE_BAR_MAX_CHARS: u32 = 200;

/// Whether a short line is a share bar's buttons said as text: it names
/// [`SHARE_BAR_MIN_NETWORKS`] or more networks of [`SHARE_NETWORKS`] as whole words and ends no
/// sentence (a story's "The firm owns Facebook, Instagram and WhatsApp." does). The caller
/// checks that the line links.
pub(super) fn is_share_bar_line(text: &str) -> bool {
    let t = text.trim_end();
    if t.ends_with(['.', '!', '?', '。', '।']) {
        return false;
    }
    let mut seen = [false; SHARE_NETWORKS.len()];
    for w in t
        .split(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty() && w.len() <= SHARE_NETWORK_MAX_BYTES)
    {
        // An ASCII word is compared ignoring its case; only another script's is lower-cased.
        let found = if w.is_ascii() {
            SHARE_NETWORKS
                .iter()
                .position(|n| n.eq_ignore_ascii_case(w))
        } else {
            let w = w.to_lowercase();
            SHARE_NETWORKS.iter().position(|n| *n == w)
        };
        if let Some(i) = found {
            seen[i] = true;
        }
    }
    seen.iter().filter(|&&s| s).count() >= SHARE_BAR_MIN_NETWORKS
}

/// Marks that part the steps of a breadcrumb trail written as text ("Home > Politics",
/// "首页 > 本地", "Accueil » Économie").
const TRAIL_MARKS: &[char] = &['>', '›', '»'];

/// Most steps of a breadcrumb trail.
pub(crate) const TRAIL_MAX_STEPS: usize = 6;

/// Most words of one step of a breadcrumb trail: a section's name.
pub(crate) const TRAIL_STEP_MAX_WORDS: usize = 4;

/// Whether a short line is a breadcrumb trail set as text: two to [`TRAIL_MAX_STEPS`] steps
/// parted by a mark of [`TRAIL_MARKS`] with spacing around it, each step a section's name of
/// at most [`TRAIL_STEP_MAX_WORDS`] words that ends no sentence. The caller checks that the
/// trail links (a path of menu entries in a how-to's instructions does not).
pub(super) fn is_text_trail(text: &str) -> bool {
    let mut steps = 0;
    for step in text.split(TRAIL_MARKS) {
        let step = step.trim();
        let words = step.split_whitespace().count();
        if words == 0
            || words > TRAIL_STEP_MAX_WORDS
            || step.ends_with(['.', '!', '?', '。', ':'])
            || !step.chars().any(char::is_alphanumeric)
        {
            return false;
        }
        steps += 1;
    }
    // Each mark stands between spaces: "a>b" is markup or a comparison, not a trail.
    let spaced = text.match_indices(TRAIL_MARKS).all(|(i, m)| {
        text[..i].ends_with(char::is_whitespace)
            && text[i + m.len()..].starts_with(char::is_whitespace)
    });
    (2..=TRAIL_MAX_STEPS).contains(&steps) && spaced
}

/// Most words of a note that the story goes on after an ad or an embed
/// ([`is_continuation_note`]: "Article continues below this ad").
pub(crate) const CONTINUATION_NOTE_MAX_WORDS: usize = 7;

/// How a news page's note over an ad slot, a video or a gallery set inside the story opens,
/// lower-cased: it tells the reader that the text goes on after the insert.
const CONTINUATION_NOTE_LEADS: &[&str] = &[
    "story continues below",
    "story continues after",
    "article continues below",
    "article continues after",
    "continue reading below",
    "advertisement - continue reading below",
    "advertisement continue reading below",
];

/// Most words after a continuation note's lead that name the insert ("this ad", "video").
pub(crate) const CONTINUATION_NOTE_INSERT_WORDS: usize = 2;

/// Whether lower-cased `lower` (a short line) is a note that the story goes on past an insert
/// ("Story continues below video", "Advertisement - Continue Reading Below"): a lead of
/// [`CONTINUATION_NOTE_LEADS`] and at most a word or two naming the insert, no sentence ("Story
/// continues below the fold.", "Continue reading below to see the winners." are the story's).
pub(super) fn is_continuation_note(lower: &str) -> bool {
    let t = lower.trim();
    CONTINUATION_NOTE_LEADS.iter().any(|l| {
        t.strip_prefix(l).is_some_and(|rest| {
            let rest = rest.trim();
            rest.is_empty()
                || (rest.split_whitespace().count() <= CONTINUATION_NOTE_INSERT_WORDS
                    && !rest.ends_with('.'))
        })
    }) && t.split_whitespace().count() <= CONTINUATION_NOTE_MAX_WORDS
}

/// Longest edit stamp line, in words ("Last edited by lowjhg; Feb 17, 2026 at 9:17 am").
pub(crate) const EDIT_STAMP_MAX_WORDS: usize = 12;

/// Labels that open an edit stamp whatever follows them, lower-cased ("Last updated").
pub(super) const EDIT_STAMP_LABELS: &[&str] = &[
    "last updated",
    "last modified",
    "last edited",
    "last reviewed",
];

/// Words that open an edit stamp when a day or a time ago follows them, lower-cased.
pub(super) const EDIT_STAMP_VERBS: &[&str] = &["updated", "edited", "modified", "published"];

/// The first letters of [`EDIT_STAMP_LABELS`] and [`EDIT_STAMP_VERBS`] (indexed by byte): a
/// line opening otherwise is no edit stamp.
const EDIT_STAMP_INITIALS: [bool; 256] = {
    let (mut table, verbs) = (
        initials_of(EDIT_STAMP_LABELS),
        initials_of(EDIT_STAMP_VERBS),
    );
    let mut i = 0;
    while i < table.len() {
        table[i] |= verbs[i];
        i += 1;
    }
    table
};

/// Lower-cased `lower` is a page's or a post's edit stamp: "Last updated ..." (a date, or the
/// bare label), or "Updated"/"Edited"/"Modified"/"Published" followed by a day or a time ago
/// ("Edited August 26 by ...", "Modified 7 months ago", "Published Feb. 9, 2025 · Updated Feb.
/// 9, 2025 at 2:12 p.m."), unlike a change list's "Updated APU to 6 nm".
pub(super) fn is_edit_stamp(lower: &str) -> bool {
    let lower = lower.trim().trim_start_matches(['-', ' ']);
    if !opens_with_one_of(lower, &EDIT_STAMP_INITIALS) {
        return false;
    }
    if let Some(rest) = EDIT_STAMP_LABELS.iter().find_map(|p| lower.strip_prefix(p)) {
        return rest.split_whitespace().count() <= 1 || rest.bytes().any(|b| b.is_ascii_digit());
    }
    EDIT_STAMP_VERBS
        .iter()
        .filter_map(|p| lower.strip_prefix(p).map(|rest| (p, rest)))
        .any(|(p, rest)| {
            rest.starts_with([' ', ':'])
                && (*p != PUBLISHED_VERB || opens_with_day(rest))
                && (has_date_shape(rest)
                    || rest.split_whitespace().any(|w| w == "ago" || w == "ago."))
        })
}

/// The one of [`EDIT_STAMP_VERBS`] that opens a story's sentences too ("Published in 1998,
/// the novel ..."): it opens an edit stamp only with the day at once ([`opens_with_day`]).
const PUBLISHED_VERB: &str = "published";

/// Lower-cased `rest` (what follows a stamp's verb) opens with its day: after a colon and an
/// "on" or "at", a month's name ("feb. 9, 2025") or a number ("9 february", "2025-02-09", "3
/// hours ago"), not a sentence's words ("in 1998, the novel ...", "on monday, the market ...").
fn opens_with_day(rest: &str) -> bool {
    let mut words = rest
        .split(|c: char| c.is_whitespace() || c == ':')
        .filter(|w| !w.is_empty());
    let mut first = words.next().unwrap_or("");
    if matches!(first, "on" | "at") {
        first = words.next().unwrap_or("");
    }
    first.starts_with(|c: char| c.is_ascii_digit())
        || crate::months::is_month_word(first.trim_end_matches(['.', ',']))
}

/// Longest line (characters) read as a post's edit tally ([`is_edit_tally`]): the editor's
/// name and the day make it longer than a short block.
pub(crate) const EDIT_TALLY_MAX_CHARS: u32 = 200;

/// The opening of a post's edit tally, lower-cased.
const EDIT_TALLY_OPENING: &str = "last edited by ";

/// `text` is the tally a board's software writes under an edited post, naming who edited it,
/// when, and how often: "Last edited by jdoe on Tue Aug 27, 2019 10:03 pm, edited 1 time in
/// total." It is the board's line, not the poster's words, and too long for an edit stamp
/// ([`EDIT_STAMP_MAX_WORDS`]).
pub(super) fn is_edit_tally(text: &str) -> bool {
    let t = text.trim();
    let opens = t
        .get(..EDIT_TALLY_OPENING.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(EDIT_TALLY_OPENING));
    if !opens {
        return false;
    }
    let lower = t.to_lowercase();
    let Some(rest) = lower
        .trim_end_matches('.')
        .trim_end()
        .strip_suffix("in total")
    else {
        return false;
    };
    let rest = rest.trim_end();
    let Some(rest) = rest
        .strip_suffix("times")
        .or_else(|| rest.strip_suffix("time"))
    else {
        return false;
    };
    rest.trim_end()
        .rsplit_once(' ')
        .is_some_and(|(before, count)| {
            !count.is_empty()
                && count.bytes().all(|b| b.is_ascii_digit())
                && before.trim_end().ends_with("edited")
        })
}

/// Lower-cased `text` names a day: a month's name next to a number ("oct 12, 2024"), or three
/// numbers joined by one separator, of one or two digits but for a year ("2024-10-12",
/// "12/10/24"), unlike a phone number ("03-584-7231").
pub(super) fn has_date_shape(lower: &str) -> bool {
    if crate::months::has_month_like_word(lower) {
        return lower.bytes().any(|b| b.is_ascii_digit());
    }
    lower
        .split(|c: char| !(c.is_ascii_digit() || matches!(c, '-' | '/' | '.')))
        .any(|run| {
            ['-', '/', '.'].iter().any(|&sep| {
                let parts: Vec<&str> = run.split(sep).collect();
                let year = |p: &str| p.len() == 4 && (p.starts_with("19") || p.starts_with("20"));
                let years = parts.iter().filter(|p| year(p)).count();
                let short = parts.iter().filter(|p| (1..=2).contains(&p.len())).count();
                parts.len() == 3
                    && parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit()))
                    && years <= 1
                    && short + years == 3
            })
        })
}

/// Longest credit line ("Photo: Jane Doe/Agency"), in words.
pub(crate) const CREDIT_MAX_WORDS: usize = 8;

/// Labels that open an image or chart credit when a name follows a colon.
pub(super) const CREDIT_LABELS: &[&str] = &[
    "photo",
    "photos",
    "image",
    "images",
    "credit",
    "photo credit",
    "image credit",
    "illustration",
    "illustrations",
    "photograph",
    "source",
];

/// The bytes a credit line opens with (indexed by byte): a parenthesis, or the first letter of
/// one of [`CREDIT_LABELS`].
const CREDIT_LINE_INITIALS: [bool; 256] = {
    let mut table = initials_of(CREDIT_LABELS);
    table[b'(' as usize] = true;
    table
};

/// A credit line left by a dropped image or chart: a label, a colon and a name
/// ("Image: Thinkstock", "(Credit: Apple)"), or a parenthesised "(photo AFP)".
pub(super) fn is_credit_line(lower: &str) -> bool {
    let t = lower.trim();
    if !opens_with_one_of(t, &CREDIT_LINE_INITIALS) {
        return false;
    }
    let t = match t.strip_prefix('(').and_then(|t| t.strip_suffix(')')) {
        Some(inner) if inner.starts_with("photo ") => return true,
        Some(inner) => inner,
        None => t,
    };
    let Some((label, rest)) = t.split_once(':') else {
        return false;
    };
    CREDIT_LABELS.contains(&label.trim()) && rest.chars().any(char::is_alphanumeric)
}

/// Labels that open a picture's credit at the end of its caption ("... on Thursday. Photo:
/// Jane Roe", "... | Photo by Lisa Doe", "... Foto: Agentur"), lower-cased, in the languages
/// the engine reads.
const CREDIT_TAIL_LABELS: &[&str] = &[
    "photo:",
    "photos:",
    "photo by ",
    "photograph:",
    "photograph by ",
    "photo credit:",
    "image:",
    "image by ",
    "picture:",
    "credit:",
    "foto:",
    "fotos:",
    "foto von ",
    "bild:",
    "imagen:",
    // French sets a space before the colon ("... jeudi soir. Photo : Jean Dupont"); Italian
    // and Spanish say whose picture it is ("Foto di Mario Rossi", "Foto de Ana Ruiz").
    "photo :",
    "photos :",
    "crédit photo :",
    "foto di ",
    "foto de ",
];

/// Most letters of a word of a credit's name that ends with a full stop: an initial or a short
/// form ("J. R. Smith", "U.S. Army", "Acme Inc."), not the end of a sentence.
const CREDIT_SHORT_FORM_MAX_LETTERS: usize = 3;

/// Whether a text ends with a picture's credit after text of its own: a sentence or a
/// separator (`|`, `/`, `-`, `—`) or an opening bracket, then one of [`CREDIT_TAIL_LABELS`]
/// (any case) and a capitalised name of at most [`CREDIT_MAX_WORDS`] words ("... first night
/// market of the season. Photo: Millbrook Courier"); the name may hold initials and short
/// forms ("Photo: J. R. Smith/U.S. Army", [`CREDIT_SHORT_FORM_MAX_LETTERS`]). A credit alone
/// is [`is_credit_line`]'s; a sentence that goes on after the label ("... a photo: the market
/// was busy") is no credit.
pub(super) fn ends_with_credit(text: &str) -> bool {
    let t = text.trim_end().trim_end_matches([')', '.']);
    // ASCII case folding keeps byte offsets, so a label found in `lower` is at the same
    // place in `t`.
    let lower = t.to_ascii_lowercase();
    CREDIT_TAIL_LABELS.iter().any(|label| {
        let Some(at) = lower.rfind(label) else {
            return false;
        };
        let before = t[..at].trim_end();
        let bracketed = before.ends_with('(');
        let before = before.trim_end_matches('(').trim_end();
        let name = &t[at + label.len()..];
        let words = name.split_whitespace().count();
        before.chars().filter(|c| c.is_alphabetic()).count() > CREDIT_MAX_WORDS * 2
            && (bracketed
                || before.ends_with(['.', '!', '?', '|', '/', '-', '\u{2014}', '\u{2013}', ',']))
            && (1..=CREDIT_MAX_WORDS).contains(&words)
            && name.trim_start().starts_with(char::is_uppercase)
            && !name.contains(['!', '?'])
            && name.split_whitespace().all(|w| {
                !w.contains('.')
                    || (w.starts_with(char::is_uppercase)
                        && w.chars().filter(|c| c.is_alphabetic()).count()
                            <= CREDIT_SHORT_FORM_MAX_LETTERS)
            })
    })
}

/// A short lower-cased line that dates the page ("Apr 16, 2024", "Last updated: 6/2/2025",
/// "Updated 3 hours ago"): a year with a month named as a word or a numeric date
/// (`6/2/2025`, `2025-06-02`), or a line led by "updated"/"published" with a number. A year
/// next to a dash or a slash alone ("CVE-2024-49113", "Future-proofing beyond 2025") is not.
pub(super) fn looks_like_date(lower: &str) -> bool {
    let bytes = lower.as_bytes();
    let has_year = bytes.windows(4).any(|w| {
        (w.starts_with(b"19") || w.starts_with(b"20")) && w.iter().all(u8::is_ascii_digit)
    });
    let led = lower.starts_with("updated") || lower.starts_with("published");
    if !has_year {
        return led && bytes.iter().any(u8::is_ascii_digit);
    }
    led || lower.split_whitespace().any(is_numeric_date)
        || lower
            .split(|c: char| !c.is_alphabetic())
            .any(crate::months::is_month_word)
}

/// Units of time a relative timestamp counts in ("3 hours ago", "5h ago", "a day ago").
const RELATIVE_TIME_UNITS: &[&str] = &[
    "s", "sec", "secs", "second", "seconds", "m", "min", "mins", "minute", "minutes", "h", "hr",
    "hrs", "hour", "hours", "d", "day", "days", "w", "wk", "wks", "week", "weeks", "mo", "month",
    "months", "y", "yr", "yrs", "year", "years",
];

/// Whether lower-cased `lower` is a relative timestamp and nothing else ("3 hours ago", "5h
/// ago", "a day ago"): the age a feed's teaser or a post was shown with when the page was
/// fetched, which says nothing of the item once the page is read later.
pub(super) fn is_relative_time(lower: &str) -> bool {
    let words: Vec<&str> = lower.split_whitespace().collect();
    let count = |w: &str| matches!(w, "a" | "an" | "one") || w.bytes().all(|b| b.is_ascii_digit());
    let unit = |w: &str| RELATIVE_TIME_UNITS.contains(&w);
    match words.as_slice() {
        [n, u, "ago"] => count(n) && unit(u),
        [nu, "ago"] => {
            let digits = nu.bytes().take_while(u8::is_ascii_digit).count();
            digits > 0 && unit(&nu[digits..])
        }
        _ => false,
    }
}

/// A word that is a numeric date: two or three runs of at most four digits joined by `/`, `-`
/// or `.` (`6/2/2025`, `2025-06-02`, `15.01.2024`), not an identifier (`CVE-2024-49113`).
pub(super) fn is_numeric_date(word: &str) -> bool {
    let w = word.trim_matches(|c: char| !c.is_ascii_alphanumeric());
    let mut parts = 0;
    for part in w.split(['/', '-', '.']) {
        if part.is_empty() || part.len() > 4 || !part.bytes().all(|b| b.is_ascii_digit()) {
            return false;
        }
        parts += 1;
    }
    (2..=3).contains(&parts)
}

/// Whether lower-cased `lower` names a month and a range of its days ("june 17-20, 2026",
/// "may 3–5"): the dates of an event the story announces, not the story's dateline.
pub(super) fn has_day_range(lower: &str) -> bool {
    let day = |d: &str| {
        (1..=2).contains(&d.len())
            && d.bytes().all(|b| b.is_ascii_digit())
            && d.parse::<u8>().is_ok_and(|n| (1..=31).contains(&n))
    };
    let range = |w: &str| {
        let w = w.trim_end_matches([',', '.', ';']);
        w.split_once(['-', '–', '—'])
            .is_some_and(|(a, b)| day(a) && day(b) && a.parse::<u8>().ok() < b.parse::<u8>().ok())
    };
    lower.split_whitespace().any(range)
        && lower
            .split(|c: char| !c.is_alphabetic())
            .any(crate::months::is_month_word)
}

/// Longest line (bytes) read by [`is_media_time_line`]: a player's counter or label.
pub(crate) const MEDIA_TIME_LINE_MAX_BYTES: usize = 60;

/// Most words beside the clock readings of a media time line ("Episode 214 · 28:14").
pub(crate) const MEDIA_TIME_LINE_MAX_WORDS: usize = 3;

/// Words that name what a player plays or does, lower-cased: said beside a duration they make
/// the line a player's ("Video · 1:48", "Listen · 4:02").
const MEDIA_WORDS: &[&str] = &[
    "listen", "watch", "video", "audio", "play", "episode", "podcast", "duration", "runtime",
];

/// Words that make a clock reading a time of day, not a clip's length: "Watch live at 7:30
/// pm", "Watch: BBC One, 19:45 GMT".
const TIME_OF_DAY_WORDS: &[&str] = &[
    "am", "pm", "p", "m", "at", "uhr", "gmt", "bst", "utc", "et", "est", "edt", "pt", "pst", "pdt",
    "cet", "cest", "tonight", "tomorrow",
];

/// A clock reading ("4:02", "0:00", "1:02:45"): one or two digits, then one or two groups of a
/// colon and two digits.
fn is_clock_reading(token: &str) -> bool {
    let mut parts = token.split(':');
    let lead = parts.next().unwrap_or("");
    let mut groups = 0;
    for p in parts {
        if p.len() != 2 || !p.bytes().all(|b| b.is_ascii_digit()) {
            return false;
        }
        groups += 1;
    }
    (1..=2).contains(&lead.len())
        && lead.bytes().all(|b| b.is_ascii_digit())
        && (1..=2).contains(&groups)
}

/// A short line of an audio or video player: a clock reading and at most
/// [`MEDIA_TIME_LINE_MAX_WORDS`] other words, where the line is a counter (two readings
/// parted by a slash and nothing else, the first at zero: "0:00 / 7:49") or holds a word of
/// [`MEDIA_WORDS`] ("Video · 1:48", "Episode 214 · 28:14"). A clock reading alone ("10:40")
/// may be a live blog entry's time and is not one; nor are two readings with other words or
/// from a time past zero, a schedule's or a race's ("9:00 – 9:30 Registration", "Men: 2:05:30
/// · Women: 2:18:11", "Prep 15:00 · Cook 45:00"), nor a time of day beside a media word ("Watch
/// live at 7:30 pm": [`TIME_OF_DAY_WORDS`]).
pub(super) fn is_media_time_line(text: &str) -> bool {
    if text.len() > MEDIA_TIME_LINE_MAX_BYTES || !text.contains(':') {
        return false;
    }
    let (mut clocks, mut words, mut media, mut from_zero) = (0usize, 0usize, false, false);
    let mut time_of_day = false;
    for token in text
        .split(|c: char| !c.is_alphanumeric() && c != ':')
        .map(|t| t.trim_matches(':'))
        .filter(|t| !t.is_empty())
    {
        if is_clock_reading(token) {
            if clocks == 0 {
                from_zero = token.bytes().all(|b| matches!(b, b'0' | b':'));
            }
            clocks += 1;
        } else {
            words += 1;
            media |= MEDIA_WORDS.iter().any(|w| token.eq_ignore_ascii_case(w));
            time_of_day |= TIME_OF_DAY_WORDS
                .iter()
                .any(|w| token.eq_ignore_ascii_case(w));
        }
    }
    let counter = clocks == 2 && words == 0 && from_zero && text.contains('/');
    clocks >= 1 && words <= MEDIA_TIME_LINE_MAX_WORDS && !time_of_day && (counter || media)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The automaton finds every mark anywhere in a line with a number, as a substring search
    /// per mark does, and nothing without a number.
    #[test]
    fn every_reading_time_mark_is_found_beside_a_number() {
        for m in READING_TIME_MARKS {
            assert!(is_reading_time(&format!("jane doe · 4 {m}")), "{m}");
            assert!(is_reading_time(&format!("{m}: 12")), "{m}");
            assert!(!is_reading_time(m), "{m}");
        }
        assert!(!is_reading_time("5 minutes ago"));
    }

    #[test]
    fn no_share_network_is_longer_than_the_word_bound() {
        for n in SHARE_NETWORKS {
            assert!(n.len() <= SHARE_NETWORK_MAX_BYTES, "{n}");
        }
    }

    #[test]
    fn review_counts_are_whole_lines() {
        for t in [
            "146 Reviews",
            "(17 ratings)",
            "1,204 reviews",
            "1 Review",
            "★★★★★ (38 ratings)",
            "★★★★☆ 12 reviews",
        ] {
            assert!(is_review_count(t), "{t}");
        }
        for t in [
            "Reviews",
            "146",
            "Read 146 reviews",
            "5 reviews later",
            "(146)",
            "4.5 Rating",
            "many reviews",
            "★★★★★",
            "★★★★ Read 146 reviews",
        ] {
            assert!(!is_review_count(t), "{t}");
        }
    }

    #[test]
    fn relative_times_are_whole_lines() {
        for t in [
            "5 hours ago",
            "a day ago",
            "3d ago",
            "1 min ago",
            "12 years ago",
        ] {
            assert!(is_relative_time(t), "{t}");
        }
        for t in [
            "posted 5 hours ago by jdoe",
            "ages ago",
            "5 pies ago",
            "hours ago",
            "3x ago",
        ] {
            assert!(!is_relative_time(t), "{t}");
        }
    }
}
