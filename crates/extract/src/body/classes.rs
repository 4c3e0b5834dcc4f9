//! What an element's tag, class and id say about its role: content, boilerplate, or neither.
//!
//! Long patterns match anywhere in the lower-cased `class id` string (`comment` matches
//! `comments-area`); short ones must equal one of its `-`/`_`/space-separated parts (`ad` matches
//! `ad-slot` but not `heading`).

use crate::dom::{contains_ignore_ascii_case, short_text_matcher, starts_with_ignore_ascii_case};
use aho_corasick::AhoCorasick;
use std::sync::LazyLock;

/// Patterns that mark boilerplate wherever they appear in class/id.
const NEGATIVE_SUBSTR: &[&str] = &[
    "comment",
    "disqus",
    "share",
    "sharing",
    "social",
    "newsletter",
    "subscribe",
    "signup",
    "sign-up",
    "cookie",
    "consent",
    "gdpr",
    "onetrust",
    "related",
    "recommend",
    "popular",
    "trending",
    "mostread",
    "most-read",
    "sidebar",
    "side-bar",
    // Sidebar widgets are `widget_recent_entries`, `widget-area`, `widgets`; page builders
    // (Elementor's `elementor-widget-container`) wrap every paragraph in a "widget".
    "widget_",
    "widget-area",
    "widgets",
    "breadcrumb",
    "footer",
    "masthead",
    "banner",
    "promo",
    "sponsor",
    "advert",
    "adslot",
    "ad-slot",
    "ad-container",
    "ad-wrapper",
    "dfp",
    "outbrain",
    "taboola",
    "paywall",
    // What a plugin or a theme sets after a post's text (`silic-after-content`,
    // `entry-meta-after-content`, `wpadc-selected-after-content`): a sponsor's message, the
    // post's categories, share counts, an affiliate note.
    "after-content",
    "after_content",
    // A social network's post embedded in a story (its blockquote, before the network's script
    // turns it into a card): what someone else said, with their name, handle and date.
    "twitter-tweet",
    "instagram-media",
    "tiktok-embed",
    "bluesky-embed",
    // A story's embedded quiz or poll widget: its question, its answer buttons, its counts.
    // Named as the widget or its parts, not "poll" or "quiz" alone: an election story's
    // `poll-results` table is its data, and a quiz page's `quiz-container` is the page.
    "poll-widget",
    "pollwidget",
    "poll-embed",
    "poll-question",
    "poll-option",
    "poll-answer",
    "poll-vote",
    "polldaddy",
    "crowdsignal",
    "quiz-widget",
    "quiz-embed",
    "quiz-question",
    "quiz-answer",
    "quiz-option",
    "modal",
    "popup",
    "caption",
    "credit",
    "byline",
    "author",
    "pagination",
    "pager",
    "toolbar",
    "screen-reader",
    "sr-only",
    "visually-hidden",
    "visuallyhidden",
    "next-post",
    "prev-post",
    "post-nav",
    "postnav",
    "navigation",
    "navbar",
    "menu",
    "skip-link",
    "login",
    "rating",
    "reaction",
    "follow",
    "tag-list",
    "taglist",
    "post-tags",
    "entry-tags",
    "article-tags",
    "tags-list",
    "post-meta",
    "entry-meta",
    "article-meta",
    "meta-data",
    "dateline",
    "timestamp",
    "print",
    "bio",
    "more-stories",
    "read-more",
    "readmore",
    "read-next",
    "up-next",
    "donate",
    "teaser",
    "table-of-contents",
    // A documentation page's version or language picker (`version-switcher`), DocBook's
    // `navheader`/`navfooter` (Prev | Up | Home | Next) and a guide's `prev-next` links.
    "switcher",
    "navheader",
    "navfooter",
    "prev-next",
    // A dropdown menu: a bulletin board's "Jump to" list of its forums, a picker's choices.
    "dropdown",
];

/// Short patterns that must be a whole part of class/id. Media players name their controls
/// after their library (`vjs`, `jw`, `mejs`, `plyr`) or as a `player` (`ym-player`,
/// `player-maestro`): quality and caption menus, "Now watching" and "Next video starts in".
/// News graphics drawn with ai2html (`ai2html-box`, `g-artboard`) place a chart's title and
/// axis and value labels as paragraphs, once per screen size. A bulletin board's navigation
/// entry is a `navEl` (`p-navEl`, `p-navEl-link`: "New posts", "Search forums").
const NEGATIVE_PARTS: &[&str] = &[
    "ad", "ads", "nav", "tags", "tag", "meta", "share", "date", "time", "header", "alert", "aside",
    "extra", "links", "more", "foot", "cta", "rail", "vjs", "jw", "mejs", "plyr", "player",
    "ai2html", "artboard", "navel",
];

/// Whole parts of class/id names that name a table of contents (see [`ClassSignal::toc`]).
const TOC_PARTS: &[&str] = &["toc", "lwptoc"];

/// Patterns that mark main content.
const POSITIVE_SUBSTR: &[&str] = &[
    "article",
    "content",
    "entry",
    "post-body",
    "postbody",
    "post-content",
    "story",
    "main",
    "prose",
    "markdown",
    "richtext",
    "rich-text",
    "blog",
    "text",
    "body",
];

/// What class and id say about one element.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct ClassSignal {
    /// Matches a boilerplate pattern.
    pub negative: bool,
    /// Matches a content pattern.
    pub positive: bool,
    /// The boilerplate pattern is one that content wrappers never carry (comments, sharing,
    /// newsletters, related lists, consent), so a positive match does not rescue it.
    pub strong: bool,
    /// A consent banner or cookie notice: never part of the page's content, however much
    /// text it holds (whole privacy policies come in such banners).
    pub consent: bool,
    /// Names a table of contents (`toc`): a box of links to the sections, or the sections
    /// themselves (`toc-para`, `toc_3-4` anchors), so it is chrome only when link-dense.
    pub toc: bool,
    /// The boilerplate pattern names page furniture (navigation, menus, header and footer,
    /// sidebars, share and sign-up boxes, ads, dialogs) rather than a part of an item (a
    /// comment, a teaser, a byline, a rating) that a page of items is made of.
    pub chrome: bool,
    /// Names customer reviews (`product-reviews`, a review widget such as `yotpo`).
    pub reviews: bool,
    /// Names fine print (`disclaimer`, `legal-notice`, `game_area_legal`): on a shop page, the
    /// footnotes to its claims, the rating board's notice, the terms of an offer (on a
    /// business page too); under a story, the site's disclaimer.
    pub fine_print: bool,
    /// Names a forum user's signature (`signature`, `message-signature`, `postsignature`).
    pub signature: bool,
    /// Names a part of a forum post's user card other than the user's name: a user title, a
    /// banner, the extras ([`USER_CARD_NAMES`]).
    pub user_card: bool,
    /// Names a gallery or slideshow of pictures (`inline-gallery`, `type-gallery`,
    /// `slideshow`): on a story, a widget of captioned photos embedded in its text.
    pub gallery: bool,
    /// Names a caption (`slide-caption`, `photo-caption`, `wp-caption-text`): a picture's
    /// caption set in a `<div>` or `<p>` rather than a `<figcaption>`.
    pub caption: bool,
    /// Names a catalogue's search filters (`facets`, `filter-brand`, `searchFilters`).
    pub facets: bool,
    /// A dialog (`role=dialog`, `aria-modal=true`), set by the walk from the element's ARIA
    /// attributes: on a page of items, a size chart, a policy or a sign-up form shown on top.
    pub dialog: bool,
    /// The only boilerplate pattern matched is `comment`: on a discussion page the comments
    /// may be the posts (`ipsComment`, `comment-123_wrap`), the page's content.
    pub comment_only: bool,
    /// Names a forum's posts, replies or threads ([`FORUM_NAMES`]).
    pub forum: bool,
    /// Names the site's stream of posts ([`POSTS_PARTS`]: `latest-insights`, `blog-feed`,
    /// `news`): on a business page, a box of teasers to its blog, not the page's own text.
    pub posts: bool,
    /// Every boilerplate pattern matched names a box's place or form rather than a role: a
    /// header (`pdp-header`, `layout__header`), a caption, a widget, a modal
    /// ([`LAYOUT_NAMES`]). Such a box may hold anything, the site's banner or the page's lead;
    /// navigation, sharing or comments are named by their role.
    pub layout_only: bool,
    /// Every boilerplate pattern matched is a header (`section-header`, `block__header`): the
    /// one [`ClassSignal::layout_only`] name that a section's title box carries, unlike a
    /// caption, a widget or a modal.
    pub header_only: bool,
    /// The only boilerplate pattern matched is `banner` (`hero-banner`, `page-banner`,
    /// `inner-banner`): the page's opening section, its title and lead over a picture, when it
    /// holds the page's `<h1>` (the walk lifts its boilerplate mark then); else a promotion or
    /// a site-wide strip.
    pub banner: bool,
}

/// Word parts of class/id names that name a site's stream of posts (its blog, news, insights,
/// resources, latest stories).
const POSTS_PARTS: &[&str] = &[
    "blog",
    "news",
    "insights",
    "resources",
    "latest",
    "stories",
    "posts",
];

impl ClassSignal {
    /// Both signals together (a class and an id of one element).
    pub fn or(self, other: ClassSignal) -> ClassSignal {
        ClassSignal {
            negative: self.negative || other.negative,
            positive: self.positive || other.positive,
            strong: self.strong || other.strong,
            consent: self.consent || other.consent,
            toc: self.toc || other.toc,
            chrome: self.chrome || other.chrome,
            reviews: self.reviews || other.reviews,
            fine_print: self.fine_print || other.fine_print,
            signature: self.signature || other.signature,
            user_card: self.user_card || other.user_card,
            gallery: self.gallery || other.gallery,
            caption: self.caption || other.caption,
            facets: self.facets || other.facets,
            dialog: self.dialog || other.dialog,
            forum: self.forum || other.forum,
            posts: self.posts || other.posts,
            banner: self.only_with(&other, |s| s.banner),
            comment_only: self.only_with(&other, |s| s.comment_only),
            layout_only: self.only_with(&other, |s| s.layout_only),
            header_only: self.only_with(&other, |s| s.header_only),
        }
    }

    /// For a flag that says "every boilerplate pattern matched is of one kind"
    /// ([`ClassSignal::banner`], [`ClassSignal::comment_only`], [`ClassSignal::layout_only`]):
    /// whether it holds for the names of both signals together, that is, some side matched
    /// boilerplate and each side that did has the flag.
    fn only_with(&self, other: &ClassSignal, flag: impl Fn(&ClassSignal) -> bool) -> bool {
        (self.negative || other.negative)
            && (flag(self) || !self.negative)
            && (flag(other) || !other.negative)
    }

    /// Readability-style class weight: -25 for boilerplate, +25 for content.
    pub fn weight(&self) -> f32 {
        // A table of contents scores like boilerplate: the sections it names are found
        // through their own text.
        match (self.negative || self.toc, self.positive) {
            (true, false) => -25.0,
            (false, true) => 25.0,
            (true, true) if self.strong => -25.0,
            _ => 0.0,
        }
    }

    /// Whether the element should be dropped as boilerplate.
    pub fn is_boilerplate(&self) -> bool {
        self.negative && (!self.positive || self.strong)
    }
}

/// Names of the parts of a forum post's user card that say who the poster is on the board,
/// not what was said: the user title ("Senior Member", "One Winged Slayer"), the banner
/// ("Moderator", "Staff") and the extras (location, join date, post count), as bulletin
/// boards name them (`message-userTitle`, `userBanner`, `message-userExtras`, `user-title`).
/// The user's name is left to the page (it heads the post).
const USER_CARD_NAMES: &[&str] = &[
    "usertitle",
    "user-title",
    "userbanner",
    "user-banner",
    "userextras",
    "user-extras",
];

/// Boilerplate patterns of consent overlays, dropped whatever their size.
const CONSENT: &[&str] = &["cookie", "consent", "gdpr", "onetrust"];

/// Boilerplate patterns of page furniture (see [`ClassSignal::chrome`]).
const CHROME: &[&str] = &[
    "disqus",
    "share",
    "sharing",
    "social",
    "newsletter",
    "subscribe",
    "signup",
    "sign-up",
    "cookie",
    "consent",
    "gdpr",
    "onetrust",
    "sidebar",
    "side-bar",
    "widget_",
    "widget-area",
    "widgets",
    "breadcrumb",
    "footer",
    "masthead",
    "banner",
    "advert",
    "adslot",
    "ad-slot",
    "ad-container",
    "ad-wrapper",
    "dfp",
    "outbrain",
    "taboola",
    "paywall",
    "modal",
    "popup",
    "pagination",
    "pager",
    "toolbar",
    "screen-reader",
    "sr-only",
    "visually-hidden",
    "visuallyhidden",
    "next-post",
    "prev-post",
    "post-nav",
    "postnav",
    "navigation",
    "navbar",
    "menu",
    "skip-link",
    "login",
    "follow",
    "print",
    "donate",
    "table-of-contents",
    "switcher",
    "navheader",
    "navfooter",
    "prev-next",
    "dropdown",
    "after-content",
    "after_content",
];

/// Short boilerplate parts of page furniture (see [`ClassSignal::chrome`]).
const CHROME_PARTS: &[&str] = &[
    "ad", "ads", "nav", "share", "header", "alert", "aside", "extra", "links", "foot", "cta",
    "rail", "navel",
];

/// Furniture names that, as a BEM element of a block (`card__footer`, `listing__header`), name
/// a part of an item: matched as word parts ([`NEGATIVE_PARTS`]) or as substrings
/// ([`NEGATIVE_SUBSTR`]).
const ITEM_PART_NAMES: &[&str] = &["header", "foot", "footer"];

/// Of [`NEGATIVE_PARTS`], the parts that name a recipe card's facts (its yield and its prep
/// and cook times) when the name also names a recipe ([`RECIPE_NAMES`]): the recipe's
/// `meta` and `time` lines, which the development truth keeps with its ingredients.
const RECIPE_FACT_PARTS: &[&str] = &["meta", "time"];

/// Word parts that name a recipe card (`recipe-meta`, `wprm-recipe-time`,
/// `tasty-recipes-prep-time`).
const RECIPE_NAMES: &[&str] = &["recipe", "recipes"];

/// The word part that names a header ([`ClassSignal::layout_only`]).
const HEADER_PART: &str = "header";

/// Of [`NEGATIVE_SUBSTR`], the names of a box's form rather than its role
/// ([`ClassSignal::layout_only`]): a caption, a widget of a page builder or a sidebar, a modal
/// (a drawer that a button opens, or a popup).
const LAYOUT_NAMES: &[&str] = &["caption", "widget_", "widget-area", "widgets", "modal"];

/// Boilerplate patterns that win even over a content pattern.
const STRONG: &[&str] = &[
    "comment",
    "disqus",
    "share",
    "sharing",
    "social",
    "newsletter",
    "subscribe",
    "cookie",
    "consent",
    "related",
    "recommend",
    "outbrain",
    "taboola",
    "caption",
    "credit",
    "byline",
    "breadcrumb",
    "popular",
    "advert",
    "promo",
    "after-content",
    "after_content",
];

/// Whether `b` may be a byte of a class name: letters, digits, `-` and `_` (a utility class
/// of a CSS framework holds `:`, `[`, `(` around its values).
fn is_name_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-' || b == b'_'
}

/// Reads class and id of one element. `buf` is scratch space reused across calls.
pub(crate) fn classify(class: Option<&str>, id: Option<&str>, buf: &mut String) -> ClassSignal {
    buf.clear();
    if let Some(class) = class {
        // Class strings beyond this length are machine-generated soup; the start is enough.
        for token in clip(class).split_ascii_whitespace() {
            if !is_taxonomy_token(token) && !is_spacing_utility(token) {
                buf.push(' ');
                buf.push_str(token);
            }
        }
    }
    if let Some(id) = id.map(clip).filter(|id| !is_slug(id)) {
        buf.push(' ');
        buf.push_str(id);
    }
    buf.make_ascii_lowercase();
    if buf.trim().is_empty() {
        return ClassSignal::default();
    }
    let NameScan {
        mut sig,
        words,
        rule_parts,
    } = scan_names(buf);
    let has = |w: FlagWord| words & w.bit() != 0;
    sig.reviews = names_reviews(buf, words);
    sig.fine_print = has(FlagWord::Disclaimer)
        || (has(FlagWord::Legal) && name_parts(buf).any(|p| p == FlagWord::Legal.word()));
    sig.signature = has(FlagWord::Signature);
    sig.gallery = has(FlagWord::Gallery) || has(FlagWord::Slideshow);
    sig.caption = has(FlagWord::Caption);
    sig.facets = has(FlagWord::Facet) || has(FlagWord::Filter);
    // A banner or a layout box with a part named like furniture (`banner-nav`, `cta-modal`,
    // `item-caption ads`) stays furniture; a layout box may be named a header.
    if sig.banner || sig.layout_only {
        let furniture = |header: bool| {
            name_parts(buf).any(|p| NEGATIVE_PARTS.contains(&p) && (header || p != HEADER_PART))
        };
        sig.banner &= !furniture(true);
        sig.layout_only &= !furniture(false);
    }
    if !sig.negative {
        // Whether every boilerplate part matched is a header.
        let mut header_only = true;
        // Whether every boilerplate part matched is one a recipe card's facts are named by.
        let mut recipe_facts_only = true;
        // A BEM element named a header or a footer (`new-listing__header`, `card__footer`) is
        // a part of its block, an item on a page of items, as a card's `<header>` is: not
        // page furniture, it stays negative only. (Read part by part only when the scan saw
        // such a part: most names hold none.)
        if rule_parts {
            for name in buf.split_ascii_whitespace() {
                for (level, segment) in bem_segments(name).enumerate() {
                    for part in name_parts(segment) {
                        if part.len() <= MAX_NEGATIVE_PART_LEN && NEGATIVE_PARTS.contains(&part) {
                            header_only &= part == HEADER_PART;
                            recipe_facts_only &= RECIPE_FACT_PARTS.contains(&part);
                            sig.negative = true;
                            sig.chrome |= CHROME_PARTS.contains(&part)
                                && (level == 0 || !ITEM_PART_NAMES.contains(&part));
                        }
                        sig.toc |= TOC_PARTS.contains(&part);
                    }
                }
            }
        }
        // A recipe card's yield and times (`recipe-meta`, `wprm-recipe-times-container`,
        // `tasty-recipes-prep-time`) are the recipe's facts, not a story's date line.
        if sig.negative && recipe_facts_only && name_parts(buf).any(|p| RECIPE_NAMES.contains(&p)) {
            sig.negative = false;
            sig.chrome = false;
        }
        sig.layout_only = sig.negative && header_only;
        sig.header_only = sig.layout_only;
    }
    // "main-nav", "content-sidebar", "post-comments" are still boilerplate; "author-content"
    // and "entry-header" are mixed, and the size checks later decide.
    sig
}

/// Words whose presence in the lower-cased class/id names sets a flag of [`ClassSignal`]: each
/// is bit `word as u32` of [`flag_words`]' answer, and [`FLAG_WORDS`] holds it at that index.
#[derive(Clone, Copy, Debug)]
enum FlagWord {
    /// `review` not preceded by `p` (bit [`REVIEW_NOT_PREVIEW`] says whether one was found).
    Review,
    Yotpo,
    Okendo,
    Stamped,
    Jdgm,
    Disclaimer,
    Legal,
    Signature,
    Facet,
    Filter,
    Gallery,
    Slideshow,
    Caption,
}

impl FlagWord {
    /// This word's bit in [`flag_words`]' answer.
    const fn bit(self) -> u32 {
        1 << self as u32
    }

    /// The word itself, as [`FLAG_WORDS`] holds it.
    fn word(self) -> &'static str {
        FLAG_WORDS[self as usize]
    }
}

/// The patterns of [`FlagWord`], in its order.
const FLAG_WORDS: &[&str] = &[
    "review",
    "yotpo",
    "okendo",
    "stamped",
    "jdgm",
    "disclaimer",
    "legal",
    "signature",
    "facet",
    "filter",
    "gallery",
    "slideshow",
    "caption",
];

/// Bit of [`flag_words`]' answer set when a `review` is not the end of `preview`: the last of
/// a `u32`, above the bits of [`FLAG_WORDS`].
const REVIEW_NOT_PREVIEW: u32 = u32::BITS - 1;
const _: () = assert!(FLAG_WORDS.len() <= REVIEW_NOT_PREVIEW as usize);

/// What one scan of every pattern list finds in lower-cased class/id names ([`scan_names`]).
struct NameScan {
    /// The signals of the substring patterns, and [`ClassSignal::posts`].
    sig: ClassSignal,
    /// Which of [`FLAG_WORDS`] occur (as [`flag_words`] gives them).
    words: u32,
    /// Whether a whole name part is one of [`NEGATIVE_PARTS`] or [`TOC_PARTS`]: the part by
    /// part reading of [`classify`] has something to find.
    rule_parts: bool,
}

/// The signals of the substring patterns in lower-cased class/id names `buf`, which of
/// [`FLAG_WORDS`] occur in it, and which whole parts, in one scan of every pattern list.
fn scan_names(buf: &str) -> NameScan {
    let mut sig = ClassSignal::default();
    let mut words = 0u32;
    let mut rule_parts = false;
    // Whether every boilerplate pattern matched is one of [`LAYOUT_NAMES`].
    let mut layout_only = true;
    // Whether every boilerplate pattern found so far is `banner`.
    let mut banner_only = true;
    let scan = &*CLASS_SCAN;
    for m in scan
        .matcher
        .iter()
        .flat_map(|ac| ac.find_overlapping_iter(buf))
    {
        let Some(&roles) = scan.roles.get(m.pattern().as_usize()) else {
            continue;
        };
        sig.forum |= roles.forum;
        sig.positive |= roles.positive;
        sig.user_card |= roles.user_card;
        if (roles.posts_part || roles.rule_part) && is_whole_part(buf, m.start(), m.end()) {
            sig.posts |= roles.posts_part;
            rule_parts |= roles.rule_part;
        }
        if let Some(w) = roles.flag {
            words |= 1 << w;
            if w == FlagWord::Review as u32
                && (m.start() == 0 || buf.as_bytes()[m.start() - 1] != b'p')
            {
                words |= 1 << REVIEW_NOT_PREVIEW;
            }
        }
        let Some(neg) = roles.negative else {
            continue;
        };
        // BEM names an element of a block `block__element`: `product-widget__body` is a part of
        // a product box, not a sidebar's `widget_recent_entries`.
        if neg.widget && buf.as_bytes().get(m.end()) == Some(&b'_') {
            continue;
        }
        sig.comment_only = neg.comment && (sig.comment_only || !sig.negative);
        layout_only &= neg.layout;
        banner_only &= neg.banner;
        sig.negative = true;
        sig.strong |= neg.strong;
        sig.consent |= neg.consent;
        // A card's `__footer` element is a part of the card ([`ITEM_PART_NAMES`]).
        let element = m.start() >= 2 && buf.as_bytes()[m.start() - 2..m.start()] == *b"__";
        sig.chrome |= neg.chrome && !(element && neg.item_part);
    }
    sig.layout_only = sig.negative && layout_only;
    // The pattern must sit in a name, not in a utility's value
    // (`lg:first:pt-[calc(var(--banner-min-height))]` on a page's every section).
    sig.banner = sig.negative
        && banner_only
        && buf
            .split_ascii_whitespace()
            .any(|t| t.contains("banner") && t.bytes().all(is_name_byte));
    NameScan {
        sig,
        words,
        rule_parts,
    }
}

/// Whether `buf[start..end]` is a whole part of the names ([`name_parts`]): no ASCII letter
/// or digit right before or after it (a byte of a character beyond ASCII is none).
fn is_whole_part(buf: &str, start: usize, end: usize) -> bool {
    let b = buf.as_bytes();
    let edge = |at: Option<&u8>| at.is_none_or(|c| !c.is_ascii_alphanumeric());
    edge(start.checked_sub(1).and_then(|i| b.get(i))) && edge(b.get(end))
}

/// Which of [`FLAG_WORDS`] occur anywhere in lower-cased `buf`, as bits (bit
/// [`REVIEW_NOT_PREVIEW`] too).
#[cfg(test)]
fn flag_words(buf: &str) -> u32 {
    scan_names(buf).words
}

/// Lower-cased class/id names that name customer reviews (`product-reviews`, `bv_review`, the
/// widgets `yotpo`, `okendo`, `stamped`, `jdgm` as whole parts), not a preview. `words` is
/// [`flag_words`]`(buf)`.
fn names_reviews(buf: &str, words: u32) -> bool {
    const WIDGETS: [FlagWord; 4] = [
        FlagWord::Yotpo,
        FlagWord::Okendo,
        FlagWord::Stamped,
        FlagWord::Jdgm,
    ];
    const WIDGET_BITS: u32 =
        WIDGETS[0].bit() | WIDGETS[1].bit() | WIDGETS[2].bit() | WIDGETS[3].bit();
    words & (1 << REVIEW_NOT_PREVIEW) != 0
        || (words & WIDGET_BITS != 0
            && name_parts(buf).any(|p| WIDGETS.iter().any(|w| w.word() == p)))
}

/// The word parts of class/id names: the runs of ASCII letters and digits between `-`, `_`,
/// spaces and other separators (empty runs included).
fn name_parts(names: &str) -> impl Iterator<Item = &str> {
    names.split(|c: char| !c.is_ascii_alphanumeric())
}

/// The BEM segments of one class name, as `name.split("__")` gives them: `card__footer` is
/// `card` and `footer`.
fn bem_segments(name: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(name);
    std::iter::from_fn(move || {
        let r = rest?;
        match r.as_bytes().windows(2).position(|w| w == b"__") {
            Some(at) => {
                rest = Some(&r[at + 2..]);
                Some(&r[..at])
            }
            None => {
                rest = None;
                Some(r)
            }
        }
    })
}

/// Longest of [`NEGATIVE_PARTS`] (bytes): longer parts are none of them.
const MAX_NEGATIVE_PART_LEN: usize = {
    let (mut i, mut longest) = (0, 0);
    while i < NEGATIVE_PARTS.len() {
        if NEGATIVE_PARTS[i].len() > longest {
            longest = NEGATIVE_PARTS[i].len();
        }
        i += 1;
    }
    longest
};

/// The first [`MAX_CLASS_BYTES`] of `s` (on a char boundary).
fn clip(s: &str) -> &str {
    crate::dom::prefix_within(s, MAX_CLASS_BYTES)
}

/// CMS classes naming the story's tags and categories (`tag-elections`, `category-news`), or
/// a shop item's (`product_tag-reusable-cups`, `product_cat-mugs`: a taxonomy's name, `_`, then
/// `tag`, `cat` or `category`): they describe the item, not the element's role.
pub(crate) fn is_taxonomy_token(token: &str) -> bool {
    let Some((taxonomy, term)) = token.split_once('-') else {
        return false;
    };
    // Most tokens are ruled out by their last letter before the dash.
    if term.is_empty()
        || !taxonomy
            .as_bytes()
            .last()
            .is_some_and(|b| TAXONOMY_KIND_FINALS[usize::from(b.to_ascii_lowercase())])
    {
        return false;
    }
    let kind = taxonomy.rsplit_once('_').map_or(
        taxonomy,
        |(owner, kind)| {
            if owner.is_empty() {
                ""
            } else {
                kind
            }
        },
    );
    TAXONOMY_KINDS.iter().any(|k| kind.eq_ignore_ascii_case(k))
        && (kind.len() < taxonomy.len() || !kind.eq_ignore_ascii_case(OWNED_TAXONOMY_KIND))
}

/// The taxonomies a class token names before its dash, lower-cased (`tag-news`,
/// `product_cat-mugs`); [`OWNED_TAXONOMY_KIND`] only after an owner's name and `_`.
const TAXONOMY_KINDS: &[&str] = &["tag", "category", OWNED_TAXONOMY_KIND];

/// The one of [`TAXONOMY_KINDS`] that names a taxonomy only after its owner's name
/// (`product_cat-mugs`, where a bare `cat-nav` is no category).
const OWNED_TAXONOMY_KIND: &str = "cat";

/// The last letters of [`TAXONOMY_KINDS`] (indexed by byte): a token whose part before the
/// dash ends otherwise names no taxonomy.
const TAXONOMY_KIND_FINALS: [bool; 256] = {
    let mut table = [false; 256];
    let mut i = 0;
    while i < TAXONOMY_KINDS.len() {
        let bytes = TAXONOMY_KINDS[i].as_bytes();
        if let Some(&last) = bytes.last() {
            table[last.to_ascii_lowercase() as usize] = true;
        }
        i += 1;
    }
    table
};

/// Words that make a class token a spacing utility of a page builder or CSS framework.
const SPACING_WORDS: &[&str] = &["padding", "margin", "spacing", "spacer", "gutter"];

/// A class token that sets spacing (`no-extra-padding`, `top_padding_tablet_0px`,
/// `margin-bottom-large`): it says how the element is laid out, not what it is, so its other
/// words (`extra`, `top`, `header-margin`) name no role.
///
/// It holds one of [`SPACING_WORDS`] (ASCII case ignored). Tokens are short and read once per
/// distinct class string: a switch on each byte for the words' first letters is cheaper than
/// setting up an automaton's search.
fn is_spacing_utility(token: &str) -> bool {
    let b = token.as_bytes();
    let at = |i: usize, w: &str| {
        b.get(i..i + w.len())
            .is_some_and(|t| t.eq_ignore_ascii_case(w.as_bytes()))
    };
    (0..b.len()).any(|i| match b[i] | 0x20 {
        b'p' => at(i, SPACING_WORDS[0]),
        b'm' => at(i, SPACING_WORDS[1]),
        b's' => at(i, SPACING_WORDS[2]) || at(i, SPACING_WORDS[3]),
        b'g' => at(i, SPACING_WORDS[4]),
        _ => false,
    })
}

/// An id made from text (heading anchors such as `how-to-choose-a-planner`): four or more
/// words of letters only. Its words are the heading's, not a role.
fn is_slug(id: &str) -> bool {
    let mut words = 0;
    for w in id.split(['-', '_']) {
        if w.is_empty() || !w.bytes().all(|b| b.is_ascii_alphabetic()) {
            return false;
        }
        words += 1;
    }
    words >= 4
}

/// What one pattern of [`CLASS_SCAN`] stands for: a pattern may be in several lists.
#[derive(Clone, Copy, Default)]
struct PatternRoles {
    /// It is one of [`NEGATIVE_SUBSTR`], of these kinds.
    negative: Option<NegativeKinds>,
    /// It is one of [`POSITIVE_SUBSTR`].
    positive: bool,
    /// Its index in [`FLAG_WORDS`].
    flag: Option<u32>,
    /// It is one of [`FORUM_NAMES`].
    forum: bool,
    /// It is one of [`USER_CARD_NAMES`].
    user_card: bool,
    /// It is one of [`POSTS_PARTS`], which count as whole name parts only.
    posts_part: bool,
    /// It is one of [`NEGATIVE_PARTS`] or [`TOC_PARTS`], which count as whole name parts only.
    rule_part: bool,
}

/// What one of [`NEGATIVE_SUBSTR`] is besides boilerplate.
#[derive(Clone, Copy)]
struct NegativeKinds {
    /// In [`STRONG`].
    strong: bool,
    /// In [`CONSENT`].
    consent: bool,
    /// In [`CHROME`].
    chrome: bool,
    /// In [`ITEM_PART_NAMES`].
    item_part: bool,
    /// It is `comment` (see [`ClassSignal::comment_only`]).
    comment: bool,
    /// It is `widget_`, which a BEM element (`widget__body`) is not.
    widget: bool,
    /// In [`LAYOUT_NAMES`].
    layout: bool,
    /// It is `banner`, which names a page's opening section too ([`ClassSignal::banner`]).
    banner: bool,
}

/// Every substring pattern of class/id names in one automaton, each distinct pattern once, with
/// what it stands for.
struct ClassScan {
    /// The automaton (`None` only if building it failed, which plain literals cannot).
    matcher: Option<AhoCorasick>,
    /// The roles of each pattern, by pattern index.
    roles: Vec<PatternRoles>,
}

/// [`NEGATIVE_SUBSTR`], [`POSITIVE_SUBSTR`], [`FLAG_WORDS`], [`FORUM_NAMES`],
/// [`USER_CARD_NAMES`], [`POSTS_PARTS`], [`NEGATIVE_PARTS`] and [`TOC_PARTS`] in one automaton.
static CLASS_SCAN: LazyLock<ClassScan> = LazyLock::new(|| {
    let mut patterns: Vec<&str> = Vec::new();
    let mut roles: Vec<PatternRoles> = Vec::new();
    let mut add = |p: &'static str, set: &dyn Fn(&mut PatternRoles)| {
        let at = patterns.iter().position(|q| *q == p).unwrap_or_else(|| {
            patterns.push(p);
            roles.push(PatternRoles::default());
            patterns.len() - 1
        });
        if let Some(r) = roles.get_mut(at) {
            set(r);
        }
    };
    for p in NEGATIVE_SUBSTR {
        let kinds = NegativeKinds {
            strong: STRONG.contains(p),
            consent: CONSENT.contains(p),
            chrome: CHROME.contains(p),
            item_part: ITEM_PART_NAMES.contains(p),
            comment: *p == "comment",
            widget: *p == "widget_",
            layout: LAYOUT_NAMES.contains(p),
            banner: *p == "banner",
        };
        add(p, &|r| r.negative = Some(kinds));
    }
    for p in POSITIVE_SUBSTR {
        add(p, &|r| r.positive = true);
    }
    for (i, p) in FLAG_WORDS.iter().enumerate() {
        add(p, &|r| r.flag = Some(i as u32));
    }
    for p in FORUM_NAMES {
        add(p, &|r| r.forum = true);
    }
    for p in USER_CARD_NAMES {
        add(p, &|r| r.user_card = true);
    }
    for p in POSTS_PARTS {
        add(p, &|r| r.posts_part = true);
    }
    for p in NEGATIVE_PARTS.iter().chain(TOC_PARTS) {
        add(p, &|r| r.rule_part = true);
    }
    ClassScan {
        matcher: short_text_matcher(&patterns, false),
        roles,
    }
});

/// Patterns of a forum's class/id names (posts, replies, threads): see [`ClassSignal::forum`].
const FORUM_NAMES: &[&str] = &[
    "comment",
    "reply",
    "thread",
    "topic",
    "forum",
    "message",
    "post-body",
    "postbody",
];

/// Class/id strings longer than this many bytes are only read up to it.
pub(crate) const MAX_CLASS_BYTES: usize = 512;

/// [`CHROME_PHRASES`] and then [`ALONE_PHRASES`]: the patterns of [`CHROME_MATCHER`], in its
/// pattern order.
static ALL_CHROME_PHRASES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    CHROME_PHRASES
        .iter()
        .chain(ALONE_PHRASES)
        .copied()
        .collect()
});

/// [`ALL_CHROME_PHRASES`] in one automaton (ASCII case ignored).
static CHROME_MATCHER: LazyLock<Option<AhoCorasick>> =
    LazyLock::new(|| short_text_matcher(ALL_CHROME_PHRASES.iter(), true));

/// Whether `text` holds one of [`CHROME_PHRASES`] anywhere, ignoring ASCII case.
pub(crate) fn contains_chrome_phrase(text: &str) -> bool {
    CHROME_MATCHER.as_ref().is_some_and(|m| m.is_match(text))
}

/// Lower-cased phrases that make a short block chrome rather than article text. Those that are
/// not ASCII match only in lower-cased text ([`has_chrome_phrase`]'s), as the automaton ignores
/// ASCII case alone.
pub(crate) const CHROME_PHRASES: &[&str] = &[
    "share this",
    "share on",
    "share via",
    "share the",
    "subscribe",
    "sign up",
    "newsletter",
    "follow us",
    "follow on",
    "read more",
    "related articles",
    "related stories",
    "related posts",
    "you may also like",
    "you might also like",
    "recommended for you",
    "advertisement",
    "cookie",
    "all rights reserved",
    "copyright",
    "click here",
    "leave a comment",
    "leave a reply",
    "post a comment",
    "log in",
    "sign in",
    "filed under",
    "tagged with",
    "let your voice be heard",
    "join the",
    "protected by recaptcha",
    "privacy policy",
    "terms of service",
    "terms of use",
    "skip to",
    "back to top",
    "print this",
    "email this",
    "image credit",
    "photo credit",
    "getty images",
    "loading",
    "continue reading",
    "more from",
    "most popular",
    "trending now",
    "comments",
    "view comments",
    // (The comment section's header in other languages: [`ALONE_PHRASES`].)
    "table of contents",
    "reading time",
    // A story's audio player ("Listen to this article · 7 min").
    "listen to this article",
    "listen to this story",
];

/// Lower-cased button labels of shops and business pages, and the controls of a catalogue's grid
/// (sort, filter, compare, quick view, load more): a whole short block saying only one of these
/// (arrows, digits and punctuation aside: "Compare Products (0)", "Sort By:") is a control, not
/// an item's text.
const CALLS_TO_ACTION: &[&str] = &[
    "learn more",
    "learn how",
    // A business page's and a shop card's buttons.
    "know more",
    "read the full story",
    "read the article",
    "see plans",
    "compare plans",
    "download now",
    "back",
    "find out more",
    "more info",
    "more details",
    "see details",
    "view details",
    "see more",
    "view more",
    "show more",
    "see all",
    "view all",
    "read the case study",
    "watch video",
    "download",
    "contact us",
    "get a quote",
    "request a demo",
    "start free trial",
    "start for free",
    "try for free",
    "apply now",
    "shop now",
    "buy now",
    "add to cart",
    "add to bag",
    "add to basket",
    // A catalogue's own controls around its grid: sorting, filtering, comparing, paging.
    "quick view",
    "quick shop",
    "quick add",
    "compare",
    "add to compare",
    "compare products",
    "add to wishlist",
    "wishlist",
    "sort",
    "sort by",
    "filter",
    "filters",
    "filter by",
    "show filters",
    "clear all",
    "load more",
    "show all",
    // A shop's controls beside an item: its quantity picker's label, a link to its page from a
    // quick view, a size chart's opener, a review form's button, a notice for stock to come.
    "quantity",
    "view full details",
    "size guide",
    "size chart",
    "write a review",
    "select options",
    "choose options",
    "notify me",
    "notify me when available",
    "coming soon",
    // A product card's badges.
    "sale sold out",
    "new arrival",
    "limited edition",
    "no longer available",
    // A shop theme's label for screen readers of a unit price the product does not have.
    "unit price",
    "unit price per",
];

/// Longest block (bytes) compared with [`CALLS_TO_ACTION`].
pub(crate) const CALL_TO_ACTION_BYTES: usize = 40;

/// `text` is only a button label ([`CALLS_TO_ACTION`]), ASCII case, arrows and punctuation
/// ignored ("Learn more →", "VIEW ALL", "Add to cart +").
pub(crate) fn is_call_to_action(text: &str) -> bool {
    let t = text.trim();
    if t.len() > CALL_TO_ACTION_BYTES {
        return false;
    }
    let mut buf = [0u8; CALL_TO_ACTION_BYTES];
    let mut n = 0;
    let mut space = false;
    for b in t.bytes() {
        if b.is_ascii_alphabetic() {
            if space && n > 0 {
                buf[n] = b' ';
                n += 1;
            }
            buf[n] = b.to_ascii_lowercase();
            n += 1;
            space = false;
        } else if b == b' ' {
            space = true;
        }
    }
    let words = &buf[..n];
    CALLS_TO_ACTION.iter().any(|c| c.as_bytes() == words)
}

/// Longest block (bytes) read as a count of a catalogue's results.
pub(crate) const RESULT_COUNT_BYTES: usize = 60;

/// Words that open a catalogue's count of what it shows ("Showing 1–16 of 29 results").
const RESULT_COUNT_LEADS: &[&str] = &["showing", "viewing", "displaying", "loaded", "viewed"];

/// Words that name what a catalogue counts ("1–30 of 338 products").
const RESULT_COUNT_UNITS: &[&str] = &["results", "products", "items", "entries"];

/// `text` is only a catalogue's count of the results it shows, a pager's position or a range:
/// "Showing 1–16 of 29 results", "Viewing page 1 of 9", "loaded 338 results",
/// "1–30 of 338 products", "1-30 of 1000". A bare total ("51 products") is not one: some pages
/// keep it as the grid's heading.
pub(crate) fn is_result_count(text: &str) -> bool {
    let t = text.trim();
    if t.len() > RESULT_COUNT_BYTES {
        return false;
    }
    let lower = t.to_lowercase().replace(['–', '—', '-'], " - ");
    let words: Vec<&str> = lower
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| matches!(c, ':' | '.' | '(' | ')' | '\'' | '’')))
        .filter(|w| !w.is_empty())
        .collect();
    let number = |w: &str| w.chars().all(|c| c.is_ascii_digit() || c == ',') && !w.is_empty();
    let counted = |rest: &[&str]| match rest {
        [] => true,
        [unit] => RESULT_COUNT_UNITS.contains(unit),
        _ => false,
    };
    match words.as_slice() {
        // "you've viewed 24 of 120": the lead may follow a pronoun.
        [lead, rest @ ..] | [_, lead, rest @ ..] if RESULT_COUNT_LEADS.contains(lead) => {
            rest.iter().any(|w| number(w))
                && (rest.windows(2).any(|p| p[0] == "of" && number(p[1]))
                    || rest.last().is_some_and(|w| RESULT_COUNT_UNITS.contains(w)))
        }
        [a, "-", b, "of", n, rest @ ..] => number(a) && number(b) && number(n) && counted(rest),
        [a, "of", n, rest @ ..] => number(a) && number(n) && counted(rest),
        _ => false,
    }
}

/// Longest block (bytes) read as a catalogue's sort or filter control.
pub(crate) const SORT_CONTROL_BYTES: usize = 40;

/// Openings of a catalogue's sort or filter control, said with its chosen option ("Sort:
/// Best Match", "Sort by: Latest", "Filter By Color").
const SORT_CONTROL_LEADS: &[&str] = &["sort:", "sort by:", "sort by :", "filter by "];

/// `text` is only a catalogue's sort or filter control with its chosen option
/// ([`SORT_CONTROL_LEADS`]), not a sentence.
pub(crate) fn is_sort_control(text: &str) -> bool {
    let t = text.trim();
    t.len() <= SORT_CONTROL_BYTES
        && !t.ends_with(['.', '!', '?'])
        && SORT_CONTROL_LEADS
            .iter()
            .any(|l| crate::dom::starts_with_ignore_ascii_case(t, l))
}

/// Words that name what a gallery or slideshow counts ("Image 2 of 7", "Slide 1 of 4").
const GALLERY_UNITS: &[&str] = &["image", "picture", "photo", "slide"];

/// `text` is only a gallery's or slideshow's position, its control's label left as a line:
/// "Image 2 of 7", "Picture 1 of 1", "Slide 3 / 5".
pub(crate) fn is_gallery_position(text: &str) -> bool {
    let t = text.trim();
    if t.len() > RESULT_COUNT_BYTES {
        return false;
    }
    let lower = t.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == '/' || c == ':')
        .filter(|w| !w.is_empty())
        .collect();
    let number = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_ascii_digit());
    match words.as_slice() {
        [unit, a, "of", n] | [unit, a, n] => GALLERY_UNITS.contains(unit) && number(a) && number(n),
        _ => false,
    }
}

/// Phrases of a marketing call that closes a story: a free trial or a demo offered, a
/// newsletter or a social account to follow, a donation asked for ("Book a free demo",
/// "Follow me on Instagram", "Your one-off or monthly donations ..."), or of the site's
/// disclaimer ("The views expressed ... do not necessarily reflect ...", "This article is for
/// informational purposes"), its syndication note ("The post ... appeared first on ...") or
/// its note on its own standards ("Learn more about our editorial process"), ASCII case ignored.
const CLOSING_CALL_PHRASES: &[&str] = &[
    "free trial",
    "free demo",
    "a demo",
    "sign up",
    "subscribe to",
    "subscribe for",
    "subscribe now",
    "and subscribe",
    "newsletter",
    "to your inbox",
    "follow me",
    "follow us",
    "donate",
    "donation",
    "pin it",
    "not intended to replace",
    "not a substitute for",
    "for informational purposes",
    "views expressed",
    "do not necessarily reflect",
    "does not necessarily reflect",
    "not legal advice",
    "does not constitute",
    "appeared first on",
    "first appeared on",
    // Offers of a trial, a demo or a quote ("Try X for free for 30 days", "Book a free X demo").
    "for free for",
    "book a free",
    "request a quote",
    // The site's notes on its own standards and licences ("Learn more about our editorial
    // process", "The Motley Fool has a disclosure policy", "Image used under license from ...",
    // "This article was edited by ...").
    "editorial process",
    "editorial policy",
    "editorial standards",
    "disclosure policy",
    "comment policy",
    "under license from",
    "was edited by",
    // Asks for the reader's support or attention ("Would you like to receive notifications
    // about new posts?", "Consider supporting ...", "Advertise with us").
    "receive notifications",
    "consider supporting",
    "thank you for supporting",
    "advertise with us",
    "advertising with us",
    // Pointers to the site's other posts and channels, and a sign-up form's notes ("Check
    // out these articles!", "Check out our blog for more articles", "Get all the latest
    // articles", "Other ways to connect with me", "Check out my YouTube channel", "If you do
    // not receive a confirmation email ..."). Matches are substrings anywhere in a closing
    // block, so each phrase carries the words that make it a call ("railways to connect the
    // ports", "did not get a confirmation email" in a story's last line stay).
    "check out these articles",
    "for more articles",
    "all the latest articles",
    "other ways to connect with",
    "out my youtube channel",
    "subscribe to my youtube channel",
    "do not receive a confirmation email",
    "don't receive a confirmation email",
    "don’t receive a confirmation email",
    // Asks for the reader's comments ("Please share them in the comments below", "If you have
    // any feedback or comments, please send them to ..."), a comment form's note ("This
    // textbox defaults to using Markdown to format your answer"), a post's taxonomy line
    // ("... | Categories: ...", "Article Categories:", not "prizes in four categories:") and
    // a view counter ("Visited 1,902 times, 364
    // visits today").
    "share them in the comments",
    "have any feedback or comments",
    "format your answer",
    "article categories:",
    "post categories:",
    "| categories:",
    "visits today",
    // Asks to join the discussion or pass the post on ("join in the conversation by commenting
    // below", "Share it with your friends"), the credits of its photos ("Photo Sources: ...")
    // and the site's note on its revision ("We updated this article on ...").
    "commenting below",
    "share it with your friends",
    "photo sources:",
    "we updated this article",
    // A newspaper's call for the reader's tips ("Do you have a story for us? Email ...", "Got a
    // news tip? ...").
    "have a story for us",
    "got a story for us",
    "got a news tip",
    "have a news tip",
    // A news agency's credit closing a story ("(With inputs from agencies)", "(With inputs
    // from PTI)": only as a note of its own, see [`AGENCY_NOTE_PHRASES`]) and a wire's pointer
    // to its coverage of the subject ("Follow Wire's coverage of ports at https://..."). A
    // syndicated story's note on where it ran first ("This article originally appeared on X",
    // "Read the original article") stays, and so does a note that the story is "part of our
    // ongoing coverage of ...": the development corpora's truth keeps them.
    "with inputs from",
    "with agency inputs",
    // The same note in other languages ("(Con información de EFE)", "(Com informações da
    // Reuters)", "Mit Material von dpa").
    "con información de",
    "com informações d",
    "mit material von",
    "coverage of",
    // A news site's promo closing each story ("Catch all the Latest News ... Download the app"),
    // a wire's note on its own standards ("Our Standards: The X Trust Principles.") and a
    // public broadcaster's ask ("... is supported by listeners like you", "... depends on
    // readers like you", "support from viewers like you", "thanks to readers like you"; not
    // "scammers target viewers like you").
    "catch all the",
    "our standards:",
    "by readers like you",
    "by listeners like you",
    "by viewers like you",
    "on readers like you",
    "on listeners like you",
    "on viewers like you",
    "from readers like you",
    "from listeners like you",
    "from viewers like you",
    "to readers like you",
    "to listeners like you",
    "to viewers like you",
];

/// Phrases of [`CLOSING_CALL_PHRASES`] that make an agency's note only when they open the
/// block, after any marks, and the block is that note alone (bracketed, or at most
/// [`AGENCY_NOTE_MAX_WORDS`] words): "(With inputs from agencies)", "With inputs from PTI",
/// "(Con información de EFE)". A story's sentence says them in passing ("The policy was drafted with inputs from farmers' groups.").
const AGENCY_NOTE_PHRASES: &[&str] = &[
    "with inputs from",
    "with agency inputs",
    "con información de",
    "com informações d",
    "mit material von",
];

/// Most words of an agency's note that its brackets do not set apart ("With inputs from PTI and
/// ANI").
pub(crate) const AGENCY_NOTE_MAX_WORDS: usize = 7;

/// Phrases of [`CLOSING_CALL_PHRASES`] that make a call only in a block where a sentence opens
/// with a verb of [`CALL_VERBS`] ("Follow Wire's coverage of ...", "Catch all the Latest News
/// ..."): a column's "I have followed the coverage of the case" or "our ongoing coverage of
/// the budget" says them of the story's subject or of the paper.
const VERB_CALL_PHRASES: &[&str] = &["catch all the", "coverage of"];

/// Longest closing call (characters): a sentence or two, not a concluding paragraph.
pub(crate) const CLOSING_CALL_MAX_CHARS: u32 = 300;

/// [`CLOSING_CALL_PHRASES`] in one automaton (ASCII case ignored).
static CLOSING_CALL_MATCHER: LazyLock<Option<AhoCorasick>> =
    LazyLock::new(|| short_text_matcher(CLOSING_CALL_PHRASES, true));

/// Whether `text` (at most [`CLOSING_CALL_MAX_CHARS`]) reads as a marketing call to the
/// reader: it holds a phrase of [`CLOSING_CALL_PHRASES`].
pub(crate) fn is_closing_call(text: &str) -> bool {
    let Some(m) = CLOSING_CALL_MATCHER.as_ref() else {
        return false;
    };
    // A call to act is said to the reader; the story's own last paragraph may name a
    // newsletter or a donation in the third person ("The figures were first reported by a
    // neighbourhood newsletter.").
    let mut addressed = None;
    let mut called = None;
    m.find_overlapping_iter(text).any(|hit| {
        let phrase = &CLOSING_CALL_PHRASES[hit.pattern().as_usize()];
        if AGENCY_NOTE_PHRASES.contains(phrase) {
            is_note_of_its_own(text, hit.start())
        } else if VERB_CALL_PHRASES.contains(phrase) {
            *called.get_or_insert_with(|| opens_with_call_verb(text))
        } else {
            !READER_CALL_PHRASES.contains(phrase)
                || *addressed.get_or_insert_with(|| addresses_reader(text))
        }
    })
}

/// Longest newsletter promo set among a story's paragraphs (characters): a pitch and a call.
pub(crate) const NEWSLETTER_PROMO_MAX_CHARS: u32 = 300;

/// Calls that open a sentence of a newsletter's promo ("Sign up now and ...", "Subscribe
/// here"), lower-cased.
const SIGN_UP_CALLS: &[&str] = &["sign up", "sign-up", "signup", "subscribe"];

/// Whether `text` (at most [`NEWSLETTER_PROMO_MAX_CHARS`]) is a newsletter's promo set in the
/// story ("Love movies? Our Watch Party newsletter has all the best picks, delivered right to
/// your inbox. Sign up now ..."): it names a newsletter or an inbox, and one of its sentences
/// opens with a call to sign up ([`SIGN_UP_CALLS`]). A sentence of the story that tells of a
/// newsletter ("Readers can subscribe to industry newsletters") opens with no call.
pub(crate) fn is_newsletter_promo(text: &str) -> bool {
    // Most linked blocks name neither: they are read without a lower-cased copy.
    if !(contains_ignore_ascii_case(text, "newsletter", 2)
        || contains_ignore_ascii_case(text, "inbox", 4))
    {
        return false;
    }
    let lower = text.to_lowercase();
    let opens_call = |sentence: &str| {
        let s = sentence.trim_start_matches(|c: char| !c.is_alphanumeric());
        SIGN_UP_CALLS.iter().any(|call| {
            s.strip_prefix(call)
                .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric) && asks_to_join(rest))
        })
    };
    opens_call(&lower)
        || lower
            .split_inclusive(['.', '!', '?'])
            .skip(1)
            .any(opens_call)
}

/// Words that follow a newsletter's call ("Sign up now", "Subscribe to our ...", "Sign up
/// for The Daily", "Sign up here", "Subscribe free"), lower-cased.
const SIGN_UP_CALL_NEXT: &[&str] = &["now", "here", "today", "free", "and", "for", "to"];

/// Words after a call's "for"/"to" that name no newsletter: an advice's object ("Sign up for
/// a separate address", "Subscribe to it at ..."), lower-cased.
const SIGN_UP_OBJECT_NOT_NEWSLETTER: &[&str] = &["a", "an", "it", "them", "only"];

/// Whether `rest`, what follows a call to sign up, asks the reader to join a newsletter: the
/// call ends its sentence or goes on with a word of [`SIGN_UP_CALL_NEXT`], and its "for"/"to"
/// names no object of [`SIGN_UP_OBJECT_NOT_NEWSLETTER`]. A how-to's advice that opens with the
/// same verb ("Subscribe only to the ones you read", "Sign up for a separate address") asks
/// nothing of the kind.
fn asks_to_join(rest: &str) -> bool {
    let mut words = rest
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    let ends = rest
        .trim_start()
        .chars()
        .next()
        .is_none_or(|c| matches!(c, '.' | '!' | '?' | ':'));
    match words.next() {
        _ if ends => true,
        Some("for" | "to") => words
            .next()
            .is_some_and(|o| !SIGN_UP_OBJECT_NOT_NEWSLETTER.contains(&o)),
        Some(w) => SIGN_UP_CALL_NEXT.contains(&w),
        None => true,
    }
}

/// Phrases by which a box tells of the site or of the series rather than of the story ("Why
/// you can trust us", "How we test", "This story is part of a series on ..."), ASCII case
/// ignored.
const SITE_NOTE_PHRASES: &[&str] = &[
    "trust us",
    "trust our",
    "how we test",
    "how we review",
    "how we rate",
    "part of a series",
    "part of our series",
    "part of an ongoing series",
    "in this series",
    "editorial independence",
];

/// Whether `text` tells of the site or of a series the story belongs to
/// ([`SITE_NOTE_PHRASES`], each as words of their own: "zero-trust users", "antitrust used"
/// say no "trust us"): a box that says so before a story is no summary of it.
pub(crate) fn is_site_note(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    SITE_NOTE_PHRASES.iter().any(|p| {
        lower.match_indices(p).any(|(at, _)| {
            let before = lower.get(..at).and_then(|s| s.chars().next_back());
            let after = lower.get(at + p.len()..).and_then(|s| s.chars().next());
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
    })
}

/// Whether a phrase found at byte `at` of `text` opens it (after any marks: "(", "—") and
/// `text` is that note alone: set in brackets, or at most [`AGENCY_NOTE_MAX_WORDS`] words.
fn is_note_of_its_own(text: &str, at: usize) -> bool {
    let lead = text.get(..at).unwrap_or_default();
    let t = text.trim();
    !lead.chars().any(char::is_alphanumeric)
        && ((t.starts_with(['(', '[']) && t.trim_end_matches('.').ends_with([')', ']']))
            || t.split_whitespace().count() <= AGENCY_NOTE_MAX_WORDS)
}

/// Phrases of [`CLOSING_CALL_PHRASES`] that a story also uses of its subject (a newsletter
/// that broke the news, a donation that funded a school): they make a call only in a block
/// that speaks to the reader ([`addresses_reader`]).
const READER_CALL_PHRASES: &[&str] = &[
    "free trial",
    "free demo",
    "a demo",
    "sign up",
    "subscribe to",
    "subscribe for",
    "newsletter",
    "donate",
    "donation",
    "thank you for supporting",
];

/// Words by which a block speaks to its reader or for the site ("Sign up for our newsletter",
/// "If you liked this post ..."), compared lower-cased.
const READER_WORDS: &[&str] = &["you", "your", "yours", "we", "our", "us", "i", "me", "my"];

/// Verbs that open a call to the reader in the imperative ("Sign up ...", "Donate today"),
/// lower-cased: only verbs that rarely open a story's sentence in the third person ("Like
/// other charities, ...", "Support for the newsletter came from ..." open none).
const CALL_VERBS: &[&str] = &[
    "sign",
    "subscribe",
    "join",
    "book",
    "try",
    "donate",
    "follow",
    "click",
    "register",
    "visit",
    "please",
    "become",
    "download",
    "catch",
];

/// Whether `text` speaks to its reader: one of its sentences opens with a verb of
/// [`CALL_VERBS`] ("... than ever! Sign up for free"), or, outside quotations (a source's
/// "we" is not the site's), it says a word of [`READER_WORDS`] (an all-capital "US" names the
/// country).
fn addresses_reader(text: &str) -> bool {
    opens_with_call_verb(text)
        || unquoted(text)
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w != "US" && READER_WORDS.iter().any(|r| r.eq_ignore_ascii_case(w)))
}

/// Whether one of the sentences of `text` opens with a verb of [`CALL_VERBS`] ("... than ever!
/// Sign up for free"), said as a word of its own: "Follow-up coverage of ..." opens with a
/// noun.
fn opens_with_call_verb(text: &str) -> bool {
    text.split(['.', '!', '?', ':']).any(|sentence| {
        let s = sentence.trim_start_matches(|c: char| !c.is_alphanumeric());
        let end = s.find(|c: char| !c.is_alphanumeric()).unwrap_or(s.len());
        let (w, rest) = s.split_at(end);
        !rest.starts_with('-') && CALL_VERBS.iter().any(|v| v.eq_ignore_ascii_case(w))
    })
}

/// `text` without what it quotes between curly or straight double quotation marks (or
/// guillemets); an unclosed quotation runs to the end.
fn unquoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut quoting = false;
    for c in text.chars() {
        match c {
            '\u{201c}' | '\u{ab}' => quoting = true,
            '\u{201d}' | '\u{bb}' => quoting = false,
            '"' => quoting = !quoting,
            _ if !quoting => out.push(c),
            _ => {}
        }
    }
    out
}

/// Phrases of an affiliate disclosure ("This post contains affiliate links", "we may earn a
/// commission", "As an Amazon Associate I earn from qualifying purchases"), lower-cased.
const DISCLOSURE_PHRASES: &[&str] = &[
    "affiliate link",
    "earn a commission",
    "earn a small commission",
    "earn us a commission",
    "earn commission",
    "qualifying purchases",
    "purchases made through",
    "amazon associate",
];

/// Words of which every phrase of [`DISCLOSURE_PHRASES`] holds one, each with the index of a
/// rare letter of it.
const DISCLOSURE_WORDS: &[(&str, usize)] = &[
    ("affiliate", 1),
    ("commission", 2),
    ("purchases", 0),
    ("amazon", 3),
];

/// Words by which a disclosure speaks of the site itself: a story about affiliate marketing
/// speaks of others.
const SELF_WORDS: &[&str] = &["we", "us", "our", "i", "my", "me"];

/// Longest disclosure (characters).
pub(crate) const DISCLOSURE_MAX_CHARS: u32 = 300;

/// [`DISCLOSURE_PHRASES`] in one automaton (ASCII case ignored).
static DISCLOSURE_MATCHER: LazyLock<Option<AhoCorasick>> =
    LazyLock::new(|| short_text_matcher(DISCLOSURE_PHRASES, true));

/// Whether `text` is the site's affiliate disclosure: a phrase of [`DISCLOSURE_PHRASES`] said of
/// the site itself ([`SELF_WORDS`], "this post").
pub(crate) fn is_disclosure(text: &str) -> bool {
    // Every phrase holds one of a few words: most blocks are ruled out by searches for them.
    if !DISCLOSURE_WORDS
        .iter()
        .any(|&(w, anchor)| contains_ignore_ascii_case(text, w, anchor))
    {
        return false;
    }
    if !DISCLOSURE_MATCHER
        .as_ref()
        .is_some_and(|m| m.is_match(text))
    {
        return false;
    }
    let lower = text.to_lowercase();
    lower.contains("this post")
        || lower.contains("this article")
        || lower
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| SELF_WORDS.contains(&w))
}

/// Phrases by which a site's cookie notice speaks of its own cookies ("This website uses cookies
/// to improve your experience", "adjust your cookie settings"), lower-cased: a story about
/// cookies speaks of them otherwise ("apps that use cookies").
const COOKIE_NOTICE_PHRASES: &[&str] = &[
    "this website uses cookies",
    "this site uses cookies",
    "we use cookies",
    "uses cookies to improve",
    "use cookies and other",
    "cookie preferences",
    "cookie settings",
    "use of cookies",
];

/// Longest cookie notice (characters).
pub(crate) const COOKIE_NOTICE_MAX_CHARS: u32 = 400;

/// [`COOKIE_NOTICE_PHRASES`] in one automaton (ASCII case ignored).
static COOKIE_NOTICE_MATCHER: LazyLock<Option<AhoCorasick>> =
    LazyLock::new(|| short_text_matcher(COOKIE_NOTICE_PHRASES, true));

/// Whether `text` (at most [`COOKIE_NOTICE_MAX_CHARS`]) is a site's cookie notice left in the
/// page: it holds a phrase of [`COOKIE_NOTICE_PHRASES`].
pub(crate) fn is_cookie_notice(text: &str) -> bool {
    // Every phrase says `cookie`: most blocks are ruled out by a search for its `k`.
    contains_ignore_ascii_case(text, COOKIE_WORD, COOKIE_WORD_ANCHOR)
        && COOKIE_NOTICE_MATCHER
            .as_ref()
            .is_some_and(|m| m.is_match(text))
}

/// The word every phrase of [`COOKIE_NOTICE_PHRASES`] holds, and the index of its rarest letter.
const COOKIE_WORD: &str = "cookie";
const COOKIE_WORD_ANCHOR: usize = 3;

/// Longest copyright notice or sign-up terms (characters): a line or two of fine print, not a
/// paragraph of the story that mentions rights.
pub(crate) const FINE_PRINT_MAX_CHARS: u32 = 400;

/// How a site's copyright notice opens ("© 2024 Example Media", "Copyright © 2023 ..."),
/// lower-cased; a credit in passing ("Stanley Works, ©1919") does not open its line.
const COPYRIGHT_LEADS: &[&str] = &["©", "copyright", "(c)"];

/// The clause that ends a copyright notice wherever it stands, lower-cased.
const RIGHTS_RESERVED: &str = "all rights reserved";

/// [`RIGHTS_RESERVED`] and the like notices of other languages, lower-cased: German, French,
/// Spanish, Italian, Portuguese, Dutch, Polish, Russian, Turkish, Indonesian, Arabic, Hindi,
/// and the bans on copying that close a Chinese, Japanese or Korean news story
/// ("版权所有", "無断転載", "무단전재 및 재배포 금지").
const RIGHTS_NOTICES: &[&str] = &[
    "alle rechte vorbehalten",
    "tous droits réservés",
    "todos los derechos reservados",
    "tutti i diritti riservati",
    "riproduzione riservata",
    "todos os direitos reservados",
    "alle rechten voorbehouden",
    "wszelkie prawa zastrzeżone",
    "все права защищены",
    "tüm hakları saklıdır",
    "hak cipta dilindungi",
    "جميع الحقوق محفوظة",
    "सर्वाधिकार सुरक्षित",
    "版权所有",
    "版權所有",
    "禁止转载",
    "無断転載",
    "무단전재",
    "무단 전재",
];

/// How the terms under a sign-up or comment form open ("By signing up, you agree to ...", "By
/// posting a comment, you consent to ..."), lower-cased.
const TERMS_LEADS: &[&str] = &[
    "by signing up",
    "by subscribing",
    "by submitting",
    "by clicking",
    "by registering",
    "by entering",
    "by posting",
    "by continuing",
    "by creating",
    "by providing",
];

/// The verbs by which such terms ask for the reader's assent, lower-cased.
const TERMS_ASSENTS: &[&str] = &["agree", "consent", "accept", "acknowledge"];

/// Whether `text` (at most [`FINE_PRINT_MAX_CHARS`]) is a site's fine print: a copyright
/// notice (it opens with [`COPYRIGHT_LEADS`] and names a year, as a photo credit does not, or
/// it says [`RIGHTS_RESERVED`]) or the terms under a form, which open with [`TERMS_LEADS`] and
/// ask for assent ([`TERMS_ASSENTS`]).
pub(crate) fn is_site_fine_print(text: &str) -> bool {
    let text = text.trim_start_matches(|c: char| !c.is_alphanumeric() && !matches!(c, '©' | '('));
    let opens = |leads: &[&str]| leads.iter().any(|l| starts_with_ignore_ascii_case(text, l));
    (opens(COPYRIGHT_LEADS) && crate::months::has_year(text))
        || contains_ignore_ascii_case(text, RIGHTS_RESERVED, RIGHTS_RESERVED_ANCHOR)
        || says_rights_notice(text)
        || (opens(TERMS_LEADS) && {
            let lower = text.to_lowercase();
            TERMS_ASSENTS.iter().any(|a| lower.contains(a))
        })
}

/// Whether `text` (short: at most [`FINE_PRINT_MAX_CHARS`]) holds a notice of
/// [`RIGHTS_NOTICES`], case aside.
fn says_rights_notice(text: &str) -> bool {
    if text.len() > RIGHTS_NOTICE_MAX_BYTES {
        return false;
    }
    let Some(m) = RIGHTS_MATCHER.as_ref() else {
        return false;
    };
    // ASCII text is matched as it is (its case ignored by the automaton); only other text is
    // lower-cased first.
    if text.is_ascii() {
        m.is_match(text)
    } else {
        m.is_match(&text.to_lowercase())
    }
}

/// Longest text (bytes) read for a rights notice ([`RIGHTS_NOTICES`]): a notice is a line of
/// fine print, with a name and a year at most, not a paragraph.
pub(crate) const RIGHTS_NOTICE_MAX_BYTES: usize = 240;

/// The automaton of [`RIGHTS_NOTICES`], ASCII case aside.
static RIGHTS_MATCHER: LazyLock<Option<AhoCorasick>> =
    LazyLock::new(|| short_text_matcher(RIGHTS_NOTICES, true));

/// The index of [`RIGHTS_RESERVED`]'s rarest letter (its `v`), which the search for it (ASCII
/// case ignored, so that every short block is not lower-cased) looks for first.
const RIGHTS_RESERVED_ANCHOR: usize = 16;

/// Words up to which a short block is chrome wherever a passing phrase sits in it.
pub(crate) const CHROME_ANYWHERE_WORDS: usize = 6;
/// In a longer short block, a passing phrase must start within this many bytes: chrome leads
/// with its call ("Sign up for ...", "Share this ..."), a sentence of the story mentions it
/// in passing ("members earn rewards from the moment they sign up").
pub(crate) const CHROME_LEAD_BYTES: usize = 24;

/// Chrome phrases that a sentence of the story also uses in passing ("since they sign up",
/// "the comments section"): they only count when they lead the block or fill a tiny one.
const PASSING_PHRASES: &[&str] = &[
    "sign up",
    "sign in",
    "log in",
    "join the",
    "follow on",
    "loading",
    "comments",
    "click here",
    "read more",
    "continue reading",
];

/// Comment-section headers in other languages, which are also the everyday word for reactions
/// or commentary ("Reacties uit de politiek", "Kommentare aus der Opposition"): chrome only as
/// the whole block, a count aside ("Kommentare (4)"); matched in the lower-cased block by
/// the chrome automaton ([`ALL_CHROME_PHRASES`]).
pub(crate) const ALONE_PHRASES: &[&str] = &[
    "kommentare",
    "commentaires",
    "comentarios",
    "comentários",
    "commenti",
    "reacties",
    "komentarze",
    "комментарии",
];

/// Whether lower-cased `text` of `words` words reads as chrome by its phrases. In a sentence of
/// [`STORY_SENTENCE_WORDS`] words or more, a phrase that some word comes before is the story's
/// mention ("the most popular cameras", "you can read more about it in the guide", "who owns
/// the copyright of this work?"), unless it is one of [`CHROME_IN_ANY_SENTENCE`]. (A line that
/// opens with "Copyright" or "Cookie" has no word before it: that stays the site's.)
pub(crate) fn has_chrome_phrase(text: &str, words: usize) -> bool {
    let Some(m) = CHROME_MATCHER.as_ref() else {
        return false;
    };
    // The first occurrence of a phrase is its earliest: any occurrence near the start will do.
    m.find_overlapping_iter(text).any(|hit| {
        let phrase = ALL_CHROME_PHRASES[hit.pattern().as_usize()];
        let mentioned = || {
            words >= STORY_SENTENCE_WORDS
                && has_word_before(text, hit.start())
                && !CHROME_IN_ANY_SENTENCE.contains(&phrase)
        };
        let alone = || {
            let letters = |t: Option<&str>| t.unwrap_or("").chars().any(char::is_alphabetic);
            !letters(text.get(..hit.start())) && !letters(text.get(hit.end()..))
        };
        is_whole_words(text, hit.start(), hit.end())
            && !mentioned()
            && (!ALONE_PHRASES.contains(&phrase) || alone())
            && (!PASSING_PHRASES.contains(&phrase)
                || words <= CHROME_ANYWHERE_WORDS
                || hit.start() < CHROME_LEAD_BYTES
                || (TAIL_CALLS.contains(&phrase) && is_tail_call(text, hit.start(), hit.end())))
    })
}

/// Passing phrases of [`PASSING_PHRASES`] that, said in the imperative as the last sentence of
/// a short block, end a promo line with its call ("Get the week's news in your inbox every
/// Friday. Sign up here.", "... for subscribers. Log in now.").
const TAIL_CALLS: &[&str] = &["sign up", "sign in", "log in"];

/// Most words after a call that ends a promo line ("here", "now", "today").
pub(crate) const TAIL_CALL_WORDS: usize = 1;

/// Whether the phrase at bytes `start..end` of `text` opens its last sentence (after a
/// sentence's end: ". Sign up here.") and at most [`TAIL_CALL_WORDS`] words follow it: a call
/// that closes a promo line, not a story's mention ("since the day they sign up").
fn is_tail_call(text: &str, start: usize, end: usize) -> bool {
    let opens_sentence = text
        .get(..start)
        .map(str::trim_end)
        .is_some_and(|t| t.ends_with(['.', '!', '?']));
    let rest = text
        .get(end..)
        .unwrap_or("")
        .trim_end_matches(|c: char| !c.is_alphanumeric());
    opens_sentence
        && !rest.contains(['.', '!', '?'])
        && rest.split_whitespace().count() <= TAIL_CALL_WORDS
}

/// Fewest words of a sentence of the story that mentions a chrome phrase after other words.
pub(crate) const STORY_SENTENCE_WORDS: usize = 5;

/// Chrome phrases that stay chrome after other words: a call to subscribe or to log in ("Love
/// this newsletter? Sign up ..."), a teaser of other pages ("If you liked this post you might
/// also like:"), a photo's credit, and a site's fine print.
const CHROME_IN_ANY_SENTENCE: &[&str] = &[
    "all rights reserved",
    "log in",
    "sign in",
    "join the",
    "sign up",
    "subscribe",
    "newsletter",
    "you may also like",
    "you might also like",
    "getty images",
    "image credit",
    "photo credit",
];

/// Whether a word (a letter) comes before byte `start` of `text`.
fn has_word_before(text: &str, start: usize) -> bool {
    text.get(..start)
        .is_some_and(|t| t.chars().any(char::is_alphabetic))
}

/// The bytes `start..end` of `text` are whole words: no letter right before or after them. A
/// phrase inside a longer word is another word ("subscribers", "newsletters", "design in"),
/// which a story about them uses in every sentence; a count glued to it ("11comments") is not a
/// letter.
fn is_whole_words(text: &str, start: usize, end: usize) -> bool {
    let letter = |c: Option<char>| c.is_some_and(char::is_alphabetic);
    !letter(text.get(..start).and_then(|t| t.chars().next_back()))
        && !letter(text.get(end..).and_then(|t| t.chars().next()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The scan finds the whole name parts that splitting the names finds ([`name_parts`]): a
    /// part of the posts' names or one the part-by-part reading looks for, bounded by
    /// separators, the string's ends or characters beyond ASCII, never inside a longer word.
    #[test]
    fn a_recipe_cards_times_and_yield_are_no_furniture() {
        let mut buf = String::new();
        for class in [
            "recipe-meta",
            "wprm-recipe-meta-container wprm-recipe-times-container wprm-recipe-details-container",
            "wprm-recipe-time wprm-block-text-normal",
            "tasty-recipes-prep-time",
        ] {
            assert!(!classify(Some(class), None, &mut buf).negative, "{class}");
        }
        // Other furniture of a recipe, and a story's meta line, stay.
        for class in [
            "post-meta",
            "wprm-recipe-meta-container wprm-recipe-tags-container",
            "recipe-share",
            "recipe-ad",
        ] {
            assert!(classify(Some(class), None, &mut buf).negative, "{class}");
        }
    }

    #[test]
    fn whole_parts_are_found_by_the_class_scan_as_by_splitting() {
        for buf in [
            " latest-news",
            " newsletter blogroll",
            " \u{e9}blog",
            " blog\u{e9}",
            " x_stories__y",
            " card__header",
            " headers shared",
            " ad",
            " loads ad-slot",
            " toc",
            " tocs lwptoc-1",
            " navel p-navel-link",
            " \u{fc}ber-nav",
            " meta2 date",
            "",
        ] {
            let parts: Vec<&str> = name_parts(buf).collect();
            let posts = parts.iter().any(|p| POSTS_PARTS.contains(p));
            let rule = parts
                .iter()
                .any(|p| NEGATIVE_PARTS.contains(p) || TOC_PARTS.contains(p));
            let scan = scan_names(buf);
            assert_eq!(scan.sig.posts, posts, "{buf:?}");
            assert_eq!(scan.rule_parts, rule, "{buf:?}");
        }
        let mut buf = String::new();
        assert!(classify(Some("lwptoc_items"), None, &mut buf).toc);
        assert!(!classify(Some("tocsin"), None, &mut buf).toc);
        assert!(classify(Some("site-news"), None, &mut buf).posts);
        assert!(!classify(Some("newsletter"), None, &mut buf).posts);
    }

    /// The user card's names are found by the one scan of every pattern list, anywhere in the
    /// names as a substring test would, in any case and from the id too.
    #[test]
    fn user_card_names_are_found_by_the_class_scan() {
        let mut buf = String::new();
        for (class, id) in [
            (Some("userTitle message-userTitle"), None),
            (Some("message-userExtras"), None),
            (Some("x"), Some("user-banner-2")),
            (Some("postuser-title"), None),
        ] {
            assert!(classify(class, id, &mut buf).user_card, "{class:?} {id:?}");
        }
        for class in ["user", "title", "user title", "userbar", "banner"] {
            assert!(!classify(Some(class), None, &mut buf).user_card, "{class}");
        }
    }

    #[test]
    fn reader_call_phrases_are_closing_call_phrases() {
        // A phrase outside the closing calls' automaton would never reach the reader test.
        for p in READER_CALL_PHRASES {
            assert!(CLOSING_CALL_PHRASES.contains(p), "{p}");
        }
    }

    #[test]
    fn spacing_utilities_are_found_in_any_case() {
        for t in [
            "no-extra-padding",
            "top_PADDING_0",
            "Margin-bottom",
            "xspacer",
            "gutter",
            "Spacing-lg",
        ] {
            assert!(is_spacing_utility(t), "{t}");
        }
        for t in [
            "",
            "pad",
            "margi",
            "spacin",
            "gutte-r",
            "mar gin",
            "sp\u{e9}cing",
        ] {
            assert!(!is_spacing_utility(t), "{t}");
        }
    }

    /// The prefilters of the phrase matchers rule out no phrase.
    #[test]
    fn phrase_prefilters_pass_every_phrase() {
        for p in COOKIE_NOTICE_PHRASES {
            assert!(p.contains(COOKIE_WORD), "{p}");
            assert!(is_cookie_notice(&p.to_uppercase()), "{p}");
        }
        assert_eq!(&COOKIE_WORD[COOKIE_WORD_ANCHOR..=COOKIE_WORD_ANCHOR], "k");
        assert_eq!(
            &RIGHTS_RESERVED[RIGHTS_RESERVED_ANCHOR..=RIGHTS_RESERVED_ANCHOR],
            "v"
        );
        for p in DISCLOSURE_PHRASES {
            assert!(DISCLOSURE_WORDS.iter().any(|(w, _)| p.contains(w)), "{p}");
            assert!(
                is_disclosure(&format!("{} on our site.", p.to_uppercase())),
                "{p}"
            );
        }
        for (w, anchor) in DISCLOSURE_WORDS {
            assert!(*anchor < w.len());
        }
    }

    #[test]
    fn one_scan_finds_the_flag_words_as_contains_does() {
        // Each variant is at its own word's index.
        let all = [
            FlagWord::Review,
            FlagWord::Yotpo,
            FlagWord::Okendo,
            FlagWord::Stamped,
            FlagWord::Jdgm,
            FlagWord::Disclaimer,
            FlagWord::Legal,
            FlagWord::Signature,
            FlagWord::Facet,
            FlagWord::Filter,
            FlagWord::Gallery,
            FlagWord::Slideshow,
            FlagWord::Caption,
        ];
        assert_eq!(all.len(), FLAG_WORDS.len());
        for w in all {
            assert_eq!(w.word(), format!("{w:?}").to_lowercase());
        }
        for buf in [
            "",
            " preview review-list",
            " previews",
            " reviewreview",
            " previewreview",
            " yotpo-main okendo_x stampedio jdgm",
            " legal-text illegalities disclaimer",
            " signature facets filter-bar",
            " card__footer a___b c__ __d",
        ] {
            let words = flag_words(buf);
            for (i, w) in FLAG_WORDS.iter().enumerate() {
                assert_eq!(words & (1 << i) != 0, buf.contains(w), "{buf:?} {w}");
            }
            let mut unprefixed = false;
            let mut from = 0;
            while let Some(pos) = buf[from..].find("review") {
                let at = from + pos;
                unprefixed |= at == 0 || buf.as_bytes()[at - 1] != b'p';
                from = at + 6;
            }
            assert_eq!(
                words & (1 << REVIEW_NOT_PREVIEW) != 0,
                unprefixed,
                "{buf:?}"
            );
            for name in buf.split(' ') {
                assert!(bem_segments(name).eq(name.split("__")), "{name:?}");
            }
        }
    }

    #[test]
    fn one_scan_reads_every_pattern_list() {
        for buf in [
            " comment-list",
            " postbody reply",
            " thread-topic",
            " message-signature",
            " forum",
            " post-body entry-content",
            " share-bar",
            " card__footer",
            " widget__body",
            " widget_recent",
        ] {
            let sig = scan_names(buf).sig;
            assert_eq!(
                sig.forum,
                FORUM_NAMES.iter().any(|f| buf.contains(f)),
                "{buf:?}"
            );
            assert_eq!(
                sig.positive,
                POSITIVE_SUBSTR.iter().any(|p| buf.contains(p)),
                "{buf:?}"
            );
        }
        assert!(sig("comment-list").forum && sig("comment-list").comment_only);
        assert!(sig("postbody").forum && sig("postbody").positive);
        assert!(!sig("widget__body").negative && sig("widget_recent").negative);
    }

    /// Every entry of every pattern list is found by the one scan with its role, and the
    /// lists of kinds ([`STRONG`], [`CONSENT`], [`CHROME`]) name only patterns of
    /// [`NEGATIVE_SUBSTR`], which alone the scan reads them for.
    #[test]
    fn one_scan_finds_every_entry_of_every_list() {
        for p in NEGATIVE_SUBSTR {
            let sig = scan_names(p).sig;
            assert!(sig.negative, "{p}");
            assert!(!STRONG.contains(p) || sig.strong, "{p}");
            assert!(!CONSENT.contains(p) || sig.consent, "{p}");
            assert!(!CHROME.contains(p) || sig.chrome, "{p}");
        }
        for list in [STRONG, CONSENT, CHROME] {
            for p in list {
                assert!(NEGATIVE_SUBSTR.contains(p), "{p}");
            }
        }
        for p in POSITIVE_SUBSTR {
            assert!(scan_names(p).sig.positive, "{p}");
        }
        for p in FORUM_NAMES {
            assert!(scan_names(p).sig.forum, "{p}");
        }
        for (i, p) in FLAG_WORDS.iter().enumerate() {
            assert!(scan_names(p).words & (1 << i) != 0, "{p}");
        }
        for p in USER_CARD_NAMES {
            assert!(scan_names(p).sig.user_card, "{p}");
        }
        for p in POSTS_PARTS {
            assert!(scan_names(p).sig.posts, "{p}");
        }
        for p in NEGATIVE_PARTS.iter().chain(TOC_PARTS) {
            assert!(scan_names(p).rule_parts, "{p}");
        }
    }

    #[test]
    fn taxonomy_tokens_pass_the_early_reject() {
        for kind in TAXONOMY_KINDS {
            assert!(is_taxonomy_token(&format!("shop_{kind}-x")), "{kind}");
            assert!(
                is_taxonomy_token(&format!("shop_{}-x", kind.to_ascii_uppercase())),
                "{kind}"
            );
        }
        for t in [
            "tag-news",
            "TAG-x",
            "category-a",
            "product_cat-mugs",
            "x_Category-y",
        ] {
            assert!(is_taxonomy_token(t), "{t}");
        }
        for t in [
            "cat-nav",
            "tag-",
            "tags-x",
            "_tag-list",
            "page-tag",
            "big-cat",
        ] {
            assert!(!is_taxonomy_token(t), "{t}");
        }
    }

    #[test]
    fn chrome_phrases_match_in_any_ascii_case() {
        assert!(contains_chrome_phrase("SHARE THIS story"));
        assert!(contains_chrome_phrase("Read More »"));
        assert!(!contains_chrome_phrase("The council shared its plan."));
        // Lower-case all; the few that are not ASCII (another language's comment header)
        // match in the lower-cased text that `has_chrome_phrase` reads.
        assert!(CHROME_PHRASES.iter().all(|p| *p == p.to_lowercase()));
        assert!(has_chrome_phrase("комментарии (4)", 2));
        // The same words heading the story's own part on reactions or commentary.
        for t in [
            "reacties uit de politiek",
            "reacties bleven vooralsnog uit.",
            "комментарии экспертов",
            "comentarios del gobierno",
            "komentarze polityków",
            "kommentare aus der opposition",
        ] {
            assert!(!has_chrome_phrase(t, t.split_whitespace().count()), "{t}");
        }
        assert!(has_chrome_phrase("kommentare", 1));
        // Those words are chrome phrases that only count alone: each must be in the automaton.
        assert!(ALONE_PHRASES.iter().all(|p| ALL_CHROME_PHRASES.contains(p)));
    }

    #[test]
    fn calls_to_action_are_whole_labels() {
        for t in [
            "Learn more",
            "Learn more →",
            "VIEW ALL",
            "  Add to cart +",
            "Shop now!",
            "Sort By:",
            "Compare Products (0)",
            "+ wishlist",
            "Quick View",
            "Unit price / per",
            "Quantity",
            "View full details →",
            "Size Guide",
            "Notify me when available",
            "Coming soon",
            "Sale Sold out",
            "New Arrival",
            "Limited Edition",
        ] {
            assert!(is_call_to_action(t), "{t}");
        }
        for t in [
            "Learn more about our pricing",
            "Downloads",
            "Contact",
            "",
            "Compare plans side by side",
            "Filter coffee",
            "Sale price: €49,95",
        ] {
            assert!(!is_call_to_action(t), "{t}");
        }
        assert!(CALLS_TO_ACTION
            .iter()
            .all(|c| c.len() <= CALL_TO_ACTION_BYTES && *c == c.to_lowercase()));
    }

    #[test]
    fn sort_controls_are_short_lines() {
        for t in [
            "Sort: Best Match",
            "Sort by: Latest",
            "SORT BY : Price",
            "Filter By Color",
        ] {
            assert!(is_sort_control(t), "{t}");
        }
        for t in [
            "Sort by priority, then by date, to see what is due first in this list.",
            "Filter by \"In Stock\" for fastest options.",
            "Sorting hat",
            "Filtered water",
        ] {
            assert!(!is_sort_control(t), "{t}");
        }
    }

    #[test]
    fn gallery_positions_are_whole_lines() {
        for t in [
            "Image 2 of 7",
            "Picture 1 of 1",
            "Slide 3 / 5",
            "photo 4 of 12",
        ] {
            assert!(is_gallery_position(t), "{t}");
        }
        for t in [
            "Image 2 of 7 shows the back",
            "1 of 5",
            "Slide into summer",
            "Photo credit: Jane Doe",
            "Picture 1",
        ] {
            assert!(!is_gallery_position(t), "{t}");
        }
    }

    #[test]
    fn result_counts_are_whole_lines() {
        for t in [
            "Showing 1–16 of 29 results",
            "Showing all 39 results",
            "Viewing page 1 of 9",
            "loaded 338 results",
            "1–30 of 338 products",
            "1-30 of 1000",
            "Showing 36 of 84",
            "You've viewed 24 of 120 products",
        ] {
            assert!(is_result_count(t), "{t}");
        }
        for t in [
            "51 products",
            "Displaying data",
            "Showing up to 50 entries per page: fewer | more | all",
            "12 of 218 Notion alternatives",
            "Viewing angle",
            "",
        ] {
            assert!(!is_result_count(t), "{t}");
        }
    }

    #[test]
    fn affiliate_disclosures_speak_of_the_site() {
        assert!(is_disclosure(
            "This post contains affiliate links. Click here to read my full disclosure."
        ));
        assert!(is_disclosure(
            "Products are chosen independently by our editors. Purchases made through our links may earn us a commission."
        ));
        assert!(!is_disclosure(
            "Affiliate programs: Streamers earn a commission when viewers buy games via affiliate links."
        ));
        assert!(!is_disclosure("We tested the links between the two towns."));
    }

    #[test]
    fn chrome_phrases_lead_or_fill_a_short_block() {
        assert!(has_chrome_phrase(
            "sign up for our newsletter today and save",
            8
        ));
        assert!(has_chrome_phrase("© 2024 example. all rights reserved.", 6));
        assert!(!has_chrome_phrase(
            "expressway members earn rewards from the moment they sign up",
            10
        ));
    }

    #[test]
    fn chrome_phrases_count_only_as_whole_words() {
        assert!(!has_chrome_phrase("you know you have 847 subscribers.", 6));
        assert!(!has_chrome_phrase(
            "group the remaining newsletters by category",
            6
        ));
        assert!(!has_chrome_phrase("movie poster design in photoshop", 5));
        assert!(has_chrome_phrase("subscribe to the newsletter!", 4));
        assert!(has_chrome_phrase("11comments", 1));
    }

    #[test]
    fn chrome_phrases_after_other_words_of_a_sentence_are_the_story() {
        assert!(!has_chrome_phrase(
            "two of the most popular cameras are these.",
            8
        ));
        assert!(!has_chrome_phrase(
            "you can read more about probes in the docs.",
            9
        ));
        assert!(!has_chrome_phrase("most of the comments agreed.", 5));
        assert!(has_chrome_phrase("most popular", 2));
        assert!(has_chrome_phrase("read more about our latest offers", 6));
        assert!(has_chrome_phrase("12 comments on this post", 5));
        assert!(has_chrome_phrase(
            "love this blog? subscribe to the newsletter!",
            7
        ));
    }

    #[test]
    fn cookie_and_copyright_after_other_words_are_the_story() {
        assert!(!has_chrome_phrase(
            "can i even assert copyright over this work?",
            8
        ));
        assert!(!has_chrome_phrase(
            "a winner for all my cookie dough lovers",
            8
        ));
        assert!(has_chrome_phrase("copyright 2024 example news, inc.", 5));
        assert!(has_chrome_phrase(
            "cookie settings for this website here",
            6
        ));
    }

    fn sig(class: &str) -> ClassSignal {
        classify(Some(class), None, &mut String::new())
    }

    #[test]
    fn what_a_plugin_sets_after_the_content_is_furniture_though_named_content() {
        for name in [
            "silic-after-content",
            "wpadc-selected-after-content",
            "after_content",
        ] {
            let s = sig(name);
            assert!(s.negative && s.strong && s.chrome, "{name}: {s:?}");
        }
        assert!(!sig("entry-content").negative);
    }

    #[test]
    fn a_name_saying_only_banner_may_be_a_pages_opening() {
        assert!(sig("hero-banner").banner && sig("page-banner__lead").banner);
        // Another furniture name, a utility's value, or no boilerplate at all.
        assert!(!sig("cookie-banner").banner && !sig("banner-nav").banner);
        assert!(!sig("root lg:first:pt-[calc(var(--banner-min-height))]").banner);
        assert!(!sig("hero").banner);
    }

    #[test]
    fn boilerplate_classes() {
        assert!(sig("post-comments").is_boilerplate());
        assert!(sig("share-bar").is_boilerplate());
        assert!(sig("ad-slot top").is_boilerplate());
        assert!(sig("entry-content share-enabled").is_boilerplate());
        assert!(sig("site-footer").is_boilerplate());
    }

    #[test]
    fn spacing_utilities_name_no_role() {
        assert!(!sig("wpb_column child_column no-extra-padding inherit_tablet").negative);
        assert!(!sig("row top_padding_tablet_0px").negative);
        assert!(!sig("section--with-mobile-spacing").negative);
        // The element's other classes still count.
        assert!(sig("site-footer no-extra-padding").chrome);
        assert!(is_spacing_utility("margin-bottom-large"));
        assert!(!is_spacing_utility("extra-links"));
    }

    #[test]
    fn documentation_pickers_and_page_links_are_furniture() {
        assert!(sig("version-switcher doc-switcher").chrome);
        assert!(sig("navheader").chrome && sig("navfooter").chrome);
        assert!(sig("prev-next-links").chrome);
        assert!(sig("jumpbox dropdown-container").chrome && sig("dropdown-contents").chrome);
        assert!(!sig("versionchanged").negative);
    }

    #[test]
    fn reviews_are_named_by_class_not_previews() {
        assert!(sig("product-reviews").reviews);
        assert!(sig("bv_Review_Container").reviews);
        assert!(sig("yotpo main-widget").reviews);
        assert!(!sig("link-preview").reviews);
        assert!(sig("preview review-list").reviews);
        assert!(!sig("product-description").reviews);
    }

    #[test]
    fn fine_print_is_named_by_disclaimer_or_legal() {
        assert!(sig("pd-disclaimer__text").fine_print);
        assert!(sig("game_area_legal").fine_print);
        assert!(sig("legal-notice").fine_print);
        assert!(!sig("paralegal-services").fine_print);
        assert!(!sig("product-description").fine_print);
        assert!(sig("message-signature").signature && sig("postsignature").signature);
        assert!(!sig("post-body").signature);
        assert!(
            sig("facets-v2").facets && sig("filter-brand").facets && !sig("product-grid").facets
        );
    }

    #[test]
    fn furniture_is_told_from_parts_of_items() {
        assert!(sig("main-menu").chrome);
        assert!(sig("nav-links").chrome);
        assert!(sig("site-footer").chrome);
        assert!(!sig("teaserItem").chrome && sig("teaserItem").negative);
        assert!(!sig("ipsComment").chrome && sig("ipsComment").negative);
        assert!(!sig("post-date").chrome && sig("post-date").negative);
        // A card's header or footer, named as a BEM element of its block, is a part of it.
        let card_header = sig("new-listing__header");
        assert!(!card_header.chrome && card_header.negative);
        assert!(!sig("card__foot").chrome && sig("card__foot").negative);
        assert!(!sig("article-card__footer").chrome && sig("article-card__footer").negative);
        assert!(sig("site-footer").chrome && sig("footer__links").chrome);
        assert!(sig("header").chrome && sig("header__inner").chrome);
        assert!(sig("menlo-hub-item__links").chrome);
        assert!(CHROME.iter().all(|c| NEGATIVE_SUBSTR.contains(c)));
        assert!(CHROME_PARTS.iter().all(|c| NEGATIVE_PARTS.contains(c)));
    }

    #[test]
    fn page_builder_widgets_are_not_sidebar_widgets() {
        assert!(!sig("elementor-widget-container").negative);
        assert!(sig("widget widget_recent_entries").is_boilerplate());
        assert!(!sig("c-product-widget__product").negative);
        assert!(sig("footer-widget-area").is_boilerplate());
    }

    #[test]
    fn story_taxonomy_and_heading_anchors_say_nothing() {
        assert!(!sig("post type-post tag-share-prices category-related").negative);
        assert!(!sig("product type-product product_tag-reusable-cups product_cat-ads").negative);
        assert!(sig("tag-").negative && sig("cat-nav").negative && sig("_tag-list").negative);
        let anchor = classify(
            None,
            Some("how-to-share-a-sidebar-story"),
            &mut String::new(),
        );
        assert!(!anchor.negative);
        let ad = classify(None, Some("div-gpt-ad-1234-0"), &mut String::new());
        assert!(ad.negative);
    }

    #[test]
    fn a_table_of_contents_name_is_its_own_signal() {
        let toc = classify(None, Some("toc_3-4"), &mut String::new());
        assert!(toc.toc && !toc.negative);
        assert!(toc.weight() < 0.0);
        assert!(!sig("toc-para section").negative);
        assert!(sig("toc-para section").toc);
        assert!(!sig("protocol").toc);
    }

    #[test]
    fn consent_overlays_are_marked() {
        assert!(sig("onetrust-pc-dark-filter").consent);
        assert!(sig("cookie-banner").consent);
        assert!(!sig("share-bar").consent);
        assert!(!sig("modal").consent);
    }

    #[test]
    fn content_classes() {
        assert!(!sig("entry-content").is_boilerplate());
        assert!(sig("entry-content").positive);
        assert!(!sig("heading").negative);
        assert!(!sig("shadow").negative);
        assert!(!sig("").negative);
    }

    #[test]
    fn a_landing_pages_buttons_are_calls_to_action() {
        // The buttons of business pages and shop cards, left as lines of their own.
        for t in [
            "KNOW MORE",
            "View full details",
            "Read the full story →",
            "Read the article",
            "See plans",
            "Compare plans",
            "Download now",
            "← Back",
        ] {
            assert!(is_call_to_action(t), "{t}");
        }
        for t in [
            "Back to the drawing board",
            "Read the article's sources first",
        ] {
            assert!(!is_call_to_action(t), "{t}");
        }
    }

    #[test]
    fn names_of_a_boxs_form_alone_are_layout_only() {
        assert!(sig("pdp-header").layout_only);
        assert!(sig("layout__header reference-layout__header").layout_only);
        assert!(sig("item-caption").layout_only);
        assert!(!sig("cta-modal").layout_only);
        assert!(!sig("item-caption ads").layout_only);
        assert!(sig("widgets").layout_only);
        assert!(sig("pipf-product-details-modal").layout_only);
        assert!(!sig("header-nav").layout_only);
        assert!(!sig("site-header share-bar").layout_only);
        assert!(!sig("modal newsletter-signup").layout_only);
        assert!(!sig("product-info").layout_only);
    }
}
