//! Sections that close the main text: a heading such as "Related articles", "Latest replies"
//! or "Customers also bought" opens a section of other items or of the page's own chrome, and
//! everything under it, down to the next heading of its level or higher, is left out.

use super::blocks::{Block, Page, Tag};
use super::{is_item, LONG_PROSE_CHARS};

/// Headings that open a section of other stories or of the page's own chrome, not more of the
/// story: "Related articles", "You may also like", "Latest news", "About the author", in
/// English and in the main languages of European news sites. Matched at the start of a short
/// heading or label, case ignored.
const SECTION_CLOSERS: &[&str] = &[
    "related articles",
    "related posts",
    "related stories",
    "related topics",
    "related content",
    "related reads",
    "related reading",
    "related news",
    "related links",
    "related videos",
    "you may also like",
    "you might also like",
    "you may also be interested",
    "you might also be interested",
    "you may be interested",
    "you might be interested",
    "more articles",
    "more stories",
    "more posts",
    "more news",
    "more from",
    "recommended reading",
    "recommended articles",
    "recommended stories",
    "recent blogs",
    "recent posts",
    "recent articles",
    "recent stories",
    "latest news",
    "latest posts",
    "latest articles",
    "latest stories",
    "suggested articles",
    "suggested posts",
    "suggested stories",
    "read next",
    "what to read next",
    "most popular",
    "most read",
    "popular posts",
    "popular articles",
    "about the author",
    "about the reviewer",
    "about the writer",
    "about the contributor",
    "meet the author",
    "meet the testers",
    // Readers' comments under a story ("Reader Comments (3)"), which older news sites set
    // in a table with nothing but the label to name them.
    "reader comments",
    "readers comments",
    "readers' comments",
    "reader's comments",
    "user comments",
    // The same sections on news sites in other languages, lower-cased (a heading that is not
    // ASCII is lower-cased before matching). German:
    "mehr zum thema",
    "das könnte sie auch interessieren",
    "das könnte dich auch interessieren",
    "ähnliche artikel",
    "weitere artikel",
    "über den autor",
    "über die autorin",
    // French:
    "sur le même sujet",
    "articles similaires",
    "articles liés",
    "vous aimerez aussi",
    "vous aimerez peut-être aussi",
    "vous pourriez aussi aimer",
    "à propos de l'auteur",
    "à propos de l’auteur",
    // Spanish:
    "noticias relacionadas",
    "artículos relacionados",
    "te puede interesar",
    "también te puede interesar",
    "más noticias",
    "sobre el autor",
    // Italian:
    "articoli correlati",
    "notizie correlate",
    "potrebbe interessarti",
    "ti potrebbe interessare",
    // Portuguese:
    "notícias relacionadas",
    "artigos relacionados",
    "sobre o autor",
    // Dutch:
    "gerelateerde artikelen",
    "meer nieuws",
    "over de auteur",
    // A newsletter's box, named by its call to subscribe (the box may hold no form, only a
    // link to the sign-up page). German, French, Spanish, Portuguese, Italian, Dutch, Russian:
    "newsletter abonnieren",
    "jetzt newsletter abonnieren",
    "abonnieren sie unseren newsletter",
    "zum newsletter anmelden",
    "newsletter-anmeldung",
    "inscrivez-vous à notre newsletter",
    "inscrivez-vous à la newsletter",
    "abonnez-vous à notre newsletter",
    "abonnez-vous à la newsletter",
    "recevez notre newsletter",
    "suscríbete",
    "suscríbase",
    "suscribete",
    "assine",
    "inscreva-se na newsletter",
    "inscreva-se em nossa newsletter",
    "receba nossa newsletter",
    "iscriviti alla newsletter",
    "iscriviti alla nostra newsletter",
    "iscriviti alle newsletter",
    "schrijf je in voor de nieuwsbrief",
    "meld je aan voor de nieuwsbrief",
    "abonneer je op de nieuwsbrief",
    "подпишитесь",
    "подписывайтесь",
    // Korean, Japanese, Chinese (a name in these scripts closes whatever follows it: words
    // are not parted by spaces, and Korean endings attach to the word).
    "뉴스레터 구독",
    "뉴스레터 신청",
    "メールマガジン登録",
    "メールマガジンの登録",
    "メルマガ登録",
    "ニュースレター登録",
    "ニュースレターの登録",
    // Not "订阅" alone: a heading may open with it and go on about another subscription.
    "订阅我们",
    "订阅本站",
    "订阅新闻",
    "订阅邮件",
    "订阅电子报",
    "立即订阅",
    "免费订阅",
];

/// The names of a site's latest and most read stories in Chinese, Japanese and Korean, which
/// close only said whole (but for what follows in other scripts: a count, an arrow): at the
/// start of a longer heading they name the story's own subject ("最新新闻发布会", the latest
/// press conference; "최신 뉴스 소비 습관", habits of reading the latest news).
const WIDE_LATEST_NAMES: &[&str] = &[
    "最新ニュース",
    "最新記事",
    "人気記事",
    "アクセスランキング",
    "最新新闻",
    "最新文章",
    "热门文章",
    "热门新闻",
    "최신 뉴스",
    "최신뉴스",
    "많이 본 뉴스",
    "인기 기사",
];

/// Whether `text` is one of [`WIDE_LATEST_NAMES`] with nothing in a wide script after it.
fn is_wide_latest_name(text: &str) -> bool {
    WIDE_LATEST_NAMES.iter().any(|n| {
        text.strip_prefix(n)
            .is_some_and(|rest| !rest.chars().any(super::blocks::is_wide_script))
    })
}

/// On a product page, closing sections that hold most of the text still close while at least
/// this many characters stay open (see [`shop_closed_sections`]).
pub(crate) const PRODUCT_MIN_OPEN_CHARS: u32 = 200;

/// A heading or label longer than this (characters) is a sentence or a title, not a section
/// name.
pub(crate) const CLOSER_MAX_CHARS: u32 = 60;

/// [`SECTION_CLOSERS`] in one automaton, anchored at the start of the text.
static CLOSER_MATCHER: std::sync::LazyLock<Option<aho_corasick::AhoCorasick>> =
    std::sync::LazyLock::new(|| {
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .start_kind(aho_corasick::StartKind::Anchored)
            // The longest name that matches, so that a shorter one failing the word test
            // ([`ends_word`]) cannot hide it.
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .build(SECTION_CLOSERS)
            .ok()
    });

/// Whether `text` names a section of other stories or chrome ([`SECTION_CLOSERS`]).
pub(super) fn is_section_closer(text: &str) -> bool {
    let t = text.trim();
    // "More posts ≠ more subscribers." is a sentence of the story, not a section's name.
    if t.ends_with(['.', '!', '?', '。', '！', '？']) {
        return false;
    }
    let lower;
    let t = if t.is_ascii() {
        t
    } else {
        // The automaton ignores ASCII case only: "Ähnliche Artikel" is read lower-cased.
        lower = t.to_lowercase();
        lower.as_str()
    };
    is_wide_latest_name(t)
        || CLOSER_MATCHER.as_ref().is_some_and(|m| {
            m.find(aho_corasick::Input::new(t).anchored(aho_corasick::Anchored::Yes))
                .is_some_and(|hit| ends_word(t, hit.end()))
        })
}

/// Whether a name matched at the start of `text` up to byte `end` ends there as a word: "About
/// the author" names a section, "About the authority" and "Sobre o autoritarismo" do not. (A
/// name that ends in a space, "More in ", is followed by its subject; one that ends in Chinese,
/// Japanese or Korean script may be followed by more of it: "订阅我们的新闻", "뉴스레터 구독하기".)
fn ends_word(text: &str, end: usize) -> bool {
    let (Some(name), Some(rest)) = (text.get(..end), text.get(end..)) else {
        return false;
    };
    !name.ends_with(char::is_alphanumeric)
        || !rest.starts_with(char::is_alphanumeric)
        || name.ends_with(super::blocks::is_wide_script)
}

/// Headings that open a thread's list of other threads ("Similar threads", "Related
/// questions", "Hot Network Questions", "More topics from this board", "Recent
/// conversations"), the board's footer ("Who is online") or the thread's roster of its most
/// active members with their counts of posts ("Top Posters In This Topic"), matched at the
/// start, ASCII case ignored.
const THREAD_CLOSERS: &[&str] = &[
    "similar threads",
    "similar topics",
    "similar discussions",
    "similar questions",
    "related threads",
    "related questions",
    "related discussions",
    "suggested topics",
    "explore related questions",
    "hot network questions",
    "more topics",
    "recent conversations",
    "who is online",
    "top posters in this",
    "check out other related",
];

/// Whether `text` names a thread's list of other threads ([`THREAD_CLOSERS`]).
fn is_thread_closer(text: &str) -> bool {
    names_section(text, THREAD_CLOSERS)
}

/// Whether `text` opens with one of `names` (ASCII case ignored) and is no sentence: the name
/// of a section, not a line of the text.
fn names_section(text: &str, names: &[&str]) -> bool {
    let t = text.trim();
    !t.ends_with(['.', '!', '?'])
        && names
            .iter()
            .any(|c| crate::dom::starts_with_ignore_ascii_case(t, c) && ends_word(t, c.len()))
}

/// Headings that open a shop page's box of other products ("Customers also bought", "Similar
/// items", "Recently viewed"), matched at the start, ASCII case ignored.
const SHOP_CLOSERS: &[&str] = &[
    "customers also",
    "customers who",
    "people who viewed",
    "people who bought",
    "people also",
    "frequently bought",
    "often bought",
    "bought together",
    "similar items",
    "similar products",
    "related products",
    "related items",
    "recently viewed",
    "others like you",
    "others also",
    "explore related",
    "this is what customers",
    "you may also",
    "you might also",
    "compare similar",
    "sponsored products",
    "more items to explore",
    "products related to",
    "recommended for you",
];

/// Headings that open a product page's box of the shop's own picks ("Best sellers", "Shop
/// the look") or of its service terms, support, feedback forms, fine print and sign-ups
/// ("Shipping & Returns", "Product support", "Feedback", "Disclaimer", "Join our
/// newsletter"), matched like [`SHOP_CLOSERS`]. A catalogue lists such picks as its content.
const SHOP_PICKS: &[&str] = &[
    "complete the look",
    "shop the look",
    "pairs well with",
    "pair it with",
    "goes well with",
    "more to consider",
    "recommended products",
    "best sellers",
    "bestsellers",
    "trending now",
    "delivery & returns",
    "delivery and returns",
    "shipping & returns",
    "shipping and returns",
    "returns & exchanges",
    "returns and exchanges",
    "payment methods",
    "secure checkout",
    "need help",
    "have a question",
    "any questions",
    "join our newsletter",
    "sign up for",
    "subscribe to",
    "stay in the loop",
    "featured products",
    "stay up to date",
    "newsletter",
    "customer service",
    "product support",
    "disclaimer",
    "feedback",
];

/// Whether `text` names a box of other products than the page's own ([`SHOP_CLOSERS`]; on a
/// `product` page [`SHOP_PICKS`] as well).
pub(super) fn is_shop_closer(text: &str, product: bool) -> bool {
    names_section(text, SHOP_CLOSERS) || (product && names_section(text, SHOP_PICKS))
}

/// [`closed_sections`] of a page of items: the headings of boxes of other products
/// ([`is_shop_closer`]) close like a story's related links, and so do the story's own
/// ([`is_section_closer`]); here only headings open a section, not labels.
pub(super) fn shop_closed_sections(page: &Page, picked: &[u32], product: bool) -> Vec<bool> {
    // A product's own box is short beside the carousels of other items around it: the text
    // left open is its text, however little of the page it is.
    let min_open = if product {
        PRODUCT_MIN_OPEN_CHARS
    } else {
        u32::MAX
    };
    closed_sections_by(
        page,
        picked,
        min_open,
        |b| {
            matches!(page.elems[b.elem as usize].tag, Tag::H(_))
                && (is_shop_closer(&b.text, product) || is_section_closer(&b.text))
        },
        |_| false,
    )
}

/// Headings that open a listing's secondary list, beside or after the page's own list: a box
/// of what is trending or searched, a shop's brands and categories, a pointer to more of the
/// site, the lists of an earlier period after the day's ("Trending stories", "Related
/// searches", "Shop by category", "More in Sauces", "Yesterday's top products"),
/// matched like [`SHOP_CLOSERS`]. At the top of the page such a heading names the page's own
/// list ("Explore Dinner Recipes"): see [`listing_closed_sections`].
const LIST_CLOSERS: &[&str] = &[
    "trending",
    "popular searches",
    "related searches",
    "more in ",
    "more to explore",
    "explore more",
    "explore recipes",
    "top brands",
    "featured brands",
    "shop by category",
    "shop by brand",
    "browse featured",
    "top collections",
    "popular categories",
    "popular tags",
    "yesterday's",
    "yesterday’s",
    "last week's",
    "last week’s",
    "last month's",
    "last month’s",
    // A business page's boxes of its other offers and of its reading after its own: "Related
    // services", "Other services", "More resources", "More like this".
    "related services",
    "related solutions",
    "related resources",
    "related insights",
    "related case studies",
    "related offerings",
    "other services",
    "explore other services",
    "more resources",
    "more like this",
];

/// Whether `text` names a listing's secondary list ([`LIST_CLOSERS`]).
pub(super) fn is_list_closer(text: &str) -> bool {
    names_section(text, LIST_CLOSERS)
}

/// [`shop_closed_sections`] of a listing (not a shop page), which also closes the sections of
/// its secondary lists ([`LIST_CLOSERS`]), each only when the text kept before its heading is
/// at least as long as the section: the page's main list comes first and is the bulk of it.
/// `kept[j]` tells whether the per-block filters keep `picked[j]` (only those are measured).
pub(super) fn listing_closed_sections(page: &Page, picked: &[u32], kept: &[bool]) -> Vec<bool> {
    let mut closed = shop_closed_sections(page, picked, false);
    // The characters of the picked block at a position, if the filters keep it.
    let kept_chars = |j: usize| {
        if kept.get(j) == Some(&true) {
            page.blocks[picked[j] as usize].chars
        } else {
            0
        }
    };
    // The kept characters of the open blocks before `i`, carried along so that a page of many
    // such headings costs one pass, not one per heading.
    let mut kept_before = 0u32;
    let mut i = 0;
    while i < picked.len() {
        let opens = if closed[i] {
            None
        } else {
            list_closer_level(page, picked[i])
        };
        let end = match opens {
            Some(level) => section_end(page, picked, i, level),
            None => i + 1,
        };
        if opens.is_some() {
            let section: u32 = (i..end).map(kept_chars).sum();
            if kept_before >= section {
                closed[i..end].fill(true);
            }
        }
        kept_before += (i..end)
            .filter(|&j| !closed[j])
            .map(kept_chars)
            .sum::<u32>();
        i = end;
    }
    closed
}

/// The level of block `bi` when it is a heading that names a listing's secondary list
/// ([`is_list_closer`], at most [`CLOSER_MAX_CHARS`]).
fn list_closer_level(page: &Page, bi: u32) -> Option<u8> {
    let b = &page.blocks[bi as usize];
    match page.elems[b.elem as usize].tag {
        Tag::H(level) if b.chars <= CLOSER_MAX_CHARS && is_list_closer(&b.text) => Some(level),
        _ => None,
    }
}

/// The position after the section that the heading at `start` (of `level`) opens in `picked`:
/// the next heading of its level or above, or the end.
fn section_end(page: &Page, picked: &[u32], start: usize, level: u8) -> usize {
    picked[start + 1..]
        .iter()
        .position(|&bi| {
            matches!(page.elems[page.blocks[bi as usize].elem as usize].tag, Tag::H(n) if n <= level)
        })
        .map_or(picked.len(), |p| start + 1 + p)
}

/// The level a block's heading holds (1-6), or 7 for a label that is not a heading.
fn heading_level(tag: Tag) -> u8 {
    match tag {
        Tag::H(n) => n,
        _ => 7,
    }
}

/// Characters of text before the first closing heading (wide scripts' counted twice, as
/// [`super::scored_chars`] does) that make a story with a tail, however long the tail: a short
/// brief under which a site sets its comments and latest news.
pub(crate) const STORY_BEFORE_TAIL_CHARS: u32 = 150;

/// Marks the picked blocks (by position) that belong to a closing section: a heading or label
/// named like "Related articles" ([`is_section_closer`]) and what follows it, up to the next
/// heading of its level or above. After a label that is not a heading, a paragraph of the story
/// ends the section as well. On a `thread`, the headings of lists of other threads
/// ([`THREAD_CLOSERS`]) open such a section too; on a story, the header of its readers' comments
/// ([`is_comment_section_name`], not a link to them). Nothing is marked when the sections would
/// hold most of the text, unless the first is the comments' header with
/// [`STORY_BEFORE_TAIL_CHARS`] of text before it: a page made of such sections is not a story
/// with a tail (a letters page under "Readers' comments"), a short brief above a long thread is.
pub(super) fn closed_sections(page: &Page, picked: &[u32], thread: bool) -> Vec<bool> {
    let closer = |b: &Block| is_section_closer(&b.text) || (thread && is_thread_closer(&b.text));
    // A linked count ("12 Comments" under the byline) or a button ("Leave a comment") points
    // to the comments from inside the story.
    let comments = |b: &Block| {
        !thread
            && b.chars <= CLOSER_MAX_CHARS
            && b.link_density() < super::MAX_LINK_DENSITY
            && is_comment_section_name(&b.text)
    };
    let mut closed = closed_sections_by(
        page,
        picked,
        u32::MAX,
        |b| closer(b) || comments(b),
        comments,
    );
    // The story's prose left open after a section named like its comments: a section of the
    // story ("Comments" in a lesson on code, between "Variables" and "Loops").
    if let Some(first) = picked
        .iter()
        .position(|&bi| comments(&page.blocks[bi as usize]))
    {
        let goes_on = picked[first..]
            .iter()
            .zip(&closed[first..])
            .any(|(&bi, &c)| !c && is_story_prose(page, &page.blocks[bi as usize]));
        if goes_on {
            closed = closed_sections_by(page, picked, u32::MAX, closer, |_| false);
        }
    }
    close_read_also_links(page, picked, &mut closed);
    closed
}

/// Characters (wide scripts' counted twice) of a paragraph of the story left open after a
/// section named like its comments, which the story then goes on past ([`closed_sections`]).
pub(crate) const STORY_AFTER_COMMENTS_CHARS: u32 = 80;

/// Whether `b` is a paragraph of a story's prose: [`STORY_AFTER_COMMENTS_CHARS`] or more, little
/// link text, not in a list's or a table's item.
fn is_story_prose(page: &Page, b: &Block) -> bool {
    super::scored_chars(b) >= STORY_AFTER_COMMENTS_CHARS
        && b.link_density() < super::STORY_PARAGRAPH_MAX_LINK_DENSITY
        && !is_item(page, b)
}

/// Names of the readers' comment section under a story, ASCII case ignored, said whole but
/// for a count before or after them ("Comments (4)", "12 Comments", "Leave a Reply"). ("Reader
/// comments" closes as a [`SECTION_CLOSERS`] name only: it heads a letters page's letters too,
/// which are most of that page.)
const COMMENT_SECTION_NAMES: &[&str] = &[
    "comments",
    "join the discussion",
    "join the conversation",
    "leave a reply",
    "leave a comment",
    "add a comment",
    "post a comment",
];

/// The comment section's name in Chinese, Japanese and Korean, matched like
/// [`COMMENT_SECTION_NAMES`] ("コメント（4件）", "댓글 12개"). Those of the European languages
/// are the chrome phrases said only alone ([`super::classes::ALONE_PHRASES`]).
const WIDE_COMMENT_SECTION_NAMES: &[&str] = &[
    "コメント",
    "読者のコメント",
    "みんなのコメント",
    "댓글",
    "독자 댓글",
    "评论",
    "網友評論",
    "网友评论",
    "读者评论",
    "留言",
];

/// Names that head a comment section only with their count ("Discussion (12)", "3 Responses"):
/// bare, they head a section of a paper or of the story. ("76 Replies" heads a forum thread's
/// posts, which a thread misread as a story would lose.)
const COUNTED_COMMENT_SECTION_NAMES: &[&str] = &[
    "comment",
    "discussion",
    "responses",
    "response",
    "reactions",
];

/// Openings of a blog's comment section header followed by the story's title in quotes, after
/// a count or "One": "12 thoughts on \u{201c}Title\u{201d}", "One response to ...".
const COMMENT_SECTION_OPENINGS: &[&str] = &[
    "thoughts on ",
    "thought on ",
    "responses to ",
    "response to ",
    "comments on ",
    "comment on ",
];

/// Whether `text` is the header of a story's comment section ([`COMMENT_SECTION_NAMES`] with
/// or without its count, [`COUNTED_COMMENT_SECTION_NAMES`] with it, or a count and one of
/// [`COMMENT_SECTION_OPENINGS`]). On a thread the replies are the page's text and this is not
/// asked.
pub(super) fn is_comment_section_name(text: &str) -> bool {
    let t = text.trim();
    // A count before the name: "12 Comments", "One thought on ...".
    let after_digits = t.trim_start_matches(|c: char| c.is_ascii_digit() || c == ',');
    let count_before = after_digits.len() < t.len() && after_digits.starts_with(' ');
    let rest = if count_before {
        after_digits.trim_start()
    } else if crate::dom::starts_with_ignore_ascii_case(t, "one ") {
        // "One thought on ...": only the openings take "One" as a count.
        return opens_titled_comment_header(t.get(4..).unwrap_or(""));
    } else {
        t
    };
    if count_before && opens_titled_comment_header(rest) {
        return true;
    }
    // A count after the name: "Comments (4)", "Comments: 4", "Discussion [12]", "コメント（4件）".
    let name = rest.trim_end_matches(is_count_char);
    let counted = count_before || name.len() < rest.trim_end_matches([':', ' ']).len();
    let lower;
    let name = if name.is_ascii() {
        name
    } else {
        lower = name.to_lowercase();
        lower.as_str()
    };
    let listed = |names: &[&str]| names.iter().any(|n| n.eq_ignore_ascii_case(name));
    listed(COMMENT_SECTION_NAMES)
        || listed(WIDE_COMMENT_SECTION_NAMES)
        || listed(super::classes::ALONE_PHRASES)
        || (counted && listed(COUNTED_COMMENT_SECTION_NAMES))
}

/// Whether `c` may stand in a count after a section's name: digits, brackets, a colon, and the
/// counter words of Chinese, Japanese and Korean ("（4件）", "12개", "(8条)").
fn is_count_char(c: char) -> bool {
    c.is_ascii_digit()
        || matches!(
            c,
            '(' | ')'
                | '['
                | ']'
                | ':'
                | ' '
                | ','
                | '（'
                | '）'
                | '：'
                | '件'
                | '条'
                | '개'
                | '則'
        )
}

/// Whether `text` (after its count) is one of [`COMMENT_SECTION_OPENINGS`] and a quoted title:
/// "thoughts on \u{201c}Title\u{201d}", not "comments on the draft plan".
fn opens_titled_comment_header(text: &str) -> bool {
    COMMENT_SECTION_OPENINGS.iter().any(|o| {
        crate::dom::starts_with_ignore_ascii_case(text, o)
            && text.get(o.len()..).is_some_and(|title| {
                title.starts_with(['\u{201c}', '"', '\u{ab}', '\u{2018}', '\'', '\u{201e}'])
            })
    })
}

/// Names of a "read also" pointer in the languages of news sites ("Lesen Sie auch", "À lire
/// aussi", "Читайте также", "関連記事", "相关阅读", "관련기사"), lower-cased: said alone as a
/// heading or a label, they introduce links to other stories, inside or after the story.
pub(super) const READ_ALSO_NAMES: &[&str] = &[
    // German, French, Spanish, Portuguese, Italian, Dutch, Polish, Russian, Turkish.
    "lesen sie auch",
    "lesen sie dazu auch",
    "lesen sie mehr",
    "lies auch",
    "auch interessant",
    "à lire aussi",
    "a lire aussi",
    "lire aussi",
    "à lire également",
    "lire également",
    "voir aussi",
    "lee también",
    "lea también",
    "leer más",
    "ver también",
    "leia também",
    "leia mais",
    "veja também",
    "saiba mais",
    "leggi anche",
    "leggi pure",
    "vedi anche",
    "lees ook",
    "zie ook",
    "czytaj też",
    "czytaj także",
    "zobacz też",
    "zobacz także",
    "читайте также",
    "смотрите также",
    "по теме",
    "ilgili haberler",
    // Japanese, Chinese, Korean.
    "関連記事",
    "関連ニュース",
    "あわせて読みたい",
    "合わせて読みたい",
    "相关阅读",
    "相关新闻",
    "相关文章",
    "相关报道",
    "延伸阅读",
    "推荐阅读",
    "관련기사",
    "관련 기사",
    "관련뉴스",
    "관련 뉴스",
    "함께 보면 좋은 기사",
    "같이 보면 좋은 기사",
];

/// Whether `text`, whole (marks before it and a colon after it aside), is a name of
/// [`READ_ALSO_NAMES`].
pub(super) fn is_read_also_name(text: &str) -> bool {
    let t = text
        .trim()
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '：' | '»' | '›'));
    if t.is_empty() || t.len() > READ_ALSO_NAME_MAX_BYTES {
        return false;
    }
    if t.is_ascii() {
        return READ_ALSO_NAMES.iter().any(|n| n.eq_ignore_ascii_case(t));
    }
    let lower = t.to_lowercase();
    READ_ALSO_NAMES.contains(&lower.as_str())
}

/// The longest name of [`READ_ALSO_NAMES`] in bytes ("함께 보면 좋은 기사", 27), with room for
/// a capital that lower-cases to fewer bytes: longer text is no such name.
const READ_ALSO_NAME_MAX_BYTES: usize = 32;

/// Characters read for a name of [`READ_ALSO_NAMES`]: at least the longest one's (19, "lesen
/// sie dazu auch"), with room for a longer one added later (a test keeps the two in step).
pub(crate) const READ_ALSO_NAME_MAX_CHARS: usize = 24;

/// The characters of the "read also" name ([`READ_ALSO_NAMES`]) that opens `text` (after any
/// marks: "▶ 관련기사"), with the colon after it, if one does and ends there as a word.
pub(super) fn read_also_name_chars(text: &str) -> Option<u32> {
    let t = text.trim_start_matches(|c: char| !c.is_alphanumeric());
    let marks = text.len() - t.len();
    // Read no more of the text than the longest name and the letter after it, lower-cased.
    let head: String = t
        .chars()
        .take(READ_ALSO_NAME_MAX_CHARS + 1)
        .collect::<String>()
        .to_lowercase();
    let name = READ_ALSO_NAMES
        .iter()
        .filter(|n| head.starts_with(*n) && ends_word(&head, n.len()))
        .max_by_key(|n| n.len())?;
    let rest = &head[name.len()..];
    let colon = rest.chars().count() - rest.trim_start_matches([':', '：', ' ']).chars().count();
    let chars = text[..marks].chars().count() + name.chars().count() + colon;
    u32::try_from(chars).ok()
}

/// Longest link line (characters) closed under a "read also" name: a story's title.
pub(crate) const READ_ALSO_LINK_MAX_CHARS: u32 = 200;

/// Marks a "read also" name said alone ([`is_read_also_name`]) and the run of link lines right
/// after it (the stories it points to), wherever they stand: the story goes on after the links,
/// so the section ends at the first block that is not mostly a link (unlike a closing section,
/// which a short paragraph does not end).
fn close_read_also_links(page: &Page, picked: &[u32], closed: &mut [bool]) {
    let mut i = 0;
    while i < picked.len() {
        let b = &page.blocks[picked[i] as usize];
        if closed[i] || b.chars > CLOSER_MAX_CHARS || !is_read_also_name(&b.text) {
            i += 1;
            continue;
        }
        closed[i] = true;
        i += 1;
        while i < picked.len() {
            let l = &page.blocks[picked[i] as usize];
            if l.chars > READ_ALSO_LINK_MAX_CHARS || l.link_density() < super::MAX_LINK_DENSITY {
                break;
            }
            closed[i] = true;
            i += 1;
        }
    }
}

/// [`closed_sections`] with the headings that open a closing section told by `opens`. When the
/// sections hold most of the text they still close if at least `min_open` characters stay open,
/// or when the first is one that `ends_brief` says ends a story of its own (a comment section's
/// header) and [`STORY_BEFORE_TAIL_CHARS`] come before it. A heading whose box holds no other
/// text ([`closes_nothing_after`]) closes only itself.
fn closed_sections_by(
    page: &Page,
    picked: &[u32],
    min_open: u32,
    opens: impl Fn(&Block) -> bool,
    ends_brief: impl Fn(&Block) -> bool,
) -> Vec<bool> {
    let mut closed = vec![false; picked.len()];
    let (mut closed_chars, mut all_chars) = (0u32, 0u32);
    // The characters before the first closing heading, as scores weigh them (wide scripts
    // twice), whether a heading has closed since, and whether that first one ends a brief.
    let (mut story_chars, mut before_closer, mut brief_ended) = (0u32, true, false);
    let mut open: Option<u8> = None;
    for (i, &bi) in picked.iter().enumerate() {
        let b = &page.blocks[bi as usize];
        all_chars += b.chars;
        let tag = page.elems[b.elem as usize].tag;
        if let Some(level) = open {
            let ends = match tag {
                Tag::H(n) => n <= level,
                _ => {
                    level == 7
                        && b.chars >= LONG_PROSE_CHARS
                        && b.link_density() < 0.3
                        && !is_item(page, b)
                }
            };
            if ends {
                open = None;
            } else {
                closed[i] = true;
                closed_chars += b.chars;
                continue;
            }
        }
        if b.chars <= CLOSER_MAX_CHARS && opens(b) {
            if before_closer {
                brief_ended = ends_brief(b);
            }
            before_closer = false;
            if !closes_nothing_after(page, bi) {
                open = Some(heading_level(tag));
            }
            closed[i] = true;
            closed_chars += b.chars;
        } else if before_closer {
            story_chars += super::scored_chars(b);
        }
    }
    if 2 * closed_chars > all_chars
        && all_chars - closed_chars < min_open
        && !(brief_ended && story_chars >= STORY_BEFORE_TAIL_CHARS)
    {
        closed.iter_mut().for_each(|c| *c = false);
    }
    closed
}

/// Whether the closing heading (or label) block `bi` titles a box that holds no other text:
/// the highest element whose first block is the heading (a `<section>` of related items)
/// has other elements under it but no other block, a carousel that a script fills. What
/// follows that box is not its section. A heading that stands bare among its siblings (its box
/// is the heading alone) still opens the section up to the next heading.
fn closes_nothing_after(page: &Page, bi: u32) -> bool {
    let head = page.blocks[bi as usize].elem;
    let mut root = head;
    // Wrappers from `root` down to the heading's element, that element excluded.
    let mut wrappers = 0u32;
    while let Some(p) = page.elems.get(page.elems[root as usize].parent as usize) {
        if p.first_block != bi || p.tag == Tag::Body {
            break;
        }
        root = page.elems[root as usize].parent;
        wrappers += 1;
    }
    let (r, h) = (&page.elems[root as usize], &page.elems[head as usize]);
    r.end_block == bi + 1 && r.end_elem - root > wrappers + (h.end_elem - head)
}

#[cfg(test)]
mod read_also_tests {
    use super::*;

    #[test]
    fn read_also_names_fit_their_byte_bound() {
        assert!(READ_ALSO_NAMES
            .iter()
            .all(|n| n.len() <= READ_ALSO_NAME_MAX_BYTES && *n == n.to_lowercase()));
        assert!(READ_ALSO_NAMES
            .iter()
            .all(|n| n.chars().count() <= READ_ALSO_NAME_MAX_CHARS));
        // A sentence that opens with a newsletter's call in Chinese is the story's.
        assert!(!is_section_closer("免费订阅用户去年增长了三成。"));
        assert!(is_read_also_name("LESEN SIE AUCH:"));
        assert!(is_read_also_name("▶ 관련기사"));
        assert!(!is_read_also_name("Lesen Sie auch, was der Rat beschloss"));
    }
}
