//! The lines of a forum or Q&A thread that are its software's, not what was said: user cards,
//! avatar letters, reply subjects, timestamps and stamps, counters, notices; and the post
//! signature line whose author's name heads a post.

use super::blocks::Block;
use super::lines::{
    has_date_shape, is_edit_stamp, is_relative_time, looks_like_date, EDIT_STAMP_MAX_WORDS,
};
use super::SHORT_BLOCK_CHARS;
use crate::meta::text::key;

/// Labels of a forum user card, lower-cased, as they open a short line ("Posts: 1,204",
/// "Joined Mar 2019", "Reaction score 52").
const USER_CARD_LABELS: &[&str] = &[
    "posts",
    "joined",
    "messages",
    "reaction score",
    "points",
    "location",
    "registered",
    "likes received",
    "trophy points",
    "best answers",
    "member since",
    "reputation",
    "solutions",
    "offline",
    "online",
];

/// Longest user-card line (characters).
pub(crate) const USER_CARD_CHARS: usize = 40;

/// A short line of a forum user card: a bare count ("12", "1,204", "#3") or a card label
/// followed by nothing, a colon or a value with a number ("Joined Mar 2019"); or a card's
/// entries joined on one line by marks, each a label with its value or a count before its
/// label ("1,109 posts · Joined 2022").
pub(super) fn is_user_card_line(text: &str) -> bool {
    let t = text.trim().trim_start_matches(['-', ' ']);
    if t.len() > USER_CARD_CHARS {
        return false;
    }
    if is_user_card_entry(t) {
        return true;
    }
    let parts: Vec<&str> = t
        .split(USER_CARD_MARKS)
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    parts.len() > 1
        && parts
            .iter()
            .all(|p| is_user_card_entry(p) || is_user_card_count(p))
}

/// Marks that join the entries of a user card on one line.
const USER_CARD_MARKS: &[char] = &['\u{b7}', '\u{2022}', '|'];

/// One entry of a user card: a bare count or a card label with its value ([`is_user_card_line`]).
fn is_user_card_entry(t: &str) -> bool {
    if !t.chars().any(char::is_alphabetic) {
        return true;
    }
    let lower = t.to_lowercase();
    USER_CARD_LABELS.iter().any(|label| {
        lower.strip_prefix(label).is_some_and(|rest| {
            let rest = rest.trim_start();
            rest.is_empty() || rest.starts_with(':') || rest.contains(|c: char| c.is_ascii_digit())
        })
    })
}

/// A count before a card label ("1,109 posts", "52 reaction score").
fn is_user_card_count(t: &str) -> bool {
    let lower = t.to_lowercase();
    lower.split_once(' ').is_some_and(|(n, label)| {
        n.starts_with(|c: char| c.is_ascii_digit())
            && n.chars()
                .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | 'k'))
            && USER_CARD_LABELS.contains(&label.trim())
    })
}

/// A line that is one letter alone: on a thread, the stand-in avatar of a user without a
/// picture (the first letter of the user's name, drawn as text), not a word of a post.
pub(super) fn is_avatar_letter(text: &str) -> bool {
    let mut chars = text.trim().chars();
    chars.next().is_some_and(char::is_alphabetic) && chars.next().is_none()
}

/// Longest post subject line (characters) read by [`is_reply_subject`].
pub(crate) const POST_SUBJECT_MAX_CHARS: u32 = 200;

/// Fewest key characters of a reply subject's rest that can name the thread's title.
const POST_SUBJECT_MIN_KEY: usize = 8;

/// A post's subject line on a thread: the start of the thread's title (`title_key`, the [`key`]
/// of the page title, which may carry the forum's name after it), after "Re:" on a reply, as
/// bulletin boards head every post.
pub(super) fn is_reply_subject(text: &str, title_key: &str) -> bool {
    let t = text.trim();
    let rest = t
        .get(..3)
        .filter(|p| p.eq_ignore_ascii_case("re:"))
        .and_then(|_| t.get(3..))
        .unwrap_or(t);
    let k = key(rest);
    k.len() >= POST_SUBJECT_MIN_KEY && title_key.starts_with(&k)
}

/// Longest post timestamp line, in words ("Last edited: Jul 3, 2024 at 10:15 PM").
pub(crate) const POST_DATE_MAX_WORDS: usize = 8;

/// A line of a thread as the post-line rules read it: trimmed, without a list item's leading
/// dash, lower-cased.
pub(super) fn post_line_key(text: &str) -> String {
    text.trim().trim_start_matches(['-', ' ']).to_lowercase()
}

/// A short line of a post's chrome on a thread: a timestamp with more on its line ("#1 · Oct
/// 12, 2024", "Last edited: Jul 3, 2024"; a bare one too in a list item, `post_heading`
/// false: a side list of other threads), the quote expander ("Click to expand...") or a like
/// count ("12 likes"). A post's bare timestamp ([`is_bare_post_date`]) heads the post under
/// its author's name and stays.
pub(super) fn is_post_chrome_line(text: &str, post_heading: bool) -> bool {
    let lower = post_line_key(text);
    if lower.split_whitespace().count() <= POST_DATE_MAX_WORDS
        && looks_like_date(&lower)
        && has_date_shape(&lower)
        && !(post_heading && is_bare_post_date(&lower))
    {
        return true;
    }
    if lower.starts_with("click to expand")
        || (lower.split_whitespace().count() <= EDIT_STAMP_MAX_WORDS && is_edit_stamp(&lower))
        || is_thread_stat(&lower)
        || is_thread_status(&lower)
        || is_post_stamp(&lower)
        || is_thread_notice(&lower)
        || is_like_tally(&lower)
        || is_timed_quote_header(&lower)
        || POST_BUTTON_LABELS.contains(&lower.trim_end_matches(':').trim_end())
    {
        return true;
    }
    lower
        .strip_suffix("likes")
        .or_else(|| lower.strip_suffix("like"))
        .map(str::trim)
        .is_some_and(|n| {
            !n.is_empty()
                && n.chars()
                    .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | 'k'))
        })
}

/// Words beside a name that make a line a quote's header, lower-cased ("jdoe wrote:", "jdoe
/// said:", "Quote from jdoe", "jdoe schrieb:", "jdoe a écrit :"): the post quoted is named,
/// not the post's own author ("jdoe says:" heads a blog comment by its own author).
const QUOTED_POST_WORDS: &[&str] = &[
    "wrote",
    "said",
    "replied",
    "quote",
    "quoting",
    "schrieb",
    "écrit",
    "escribió",
    "scritto",
    "schreef",
    "skrev",
    "napisał",
];

/// Labels of a post's buttons left as lines of their own on a thread, lower-cased ("Reply",
/// "Quote", "Reply With Quote"), and the bare "Quote" over a quote that names no one: the
/// software's, not what was said.
const POST_BUTTON_LABELS: &[&str] = &["reply", "quote", "reply with quote", "multiquote"];

/// Lower-cased `lower` is a quote's header that dates the post quoted before naming its author
/// ("16 minutes ago, jdoe said:", "Just now, jdoe said:", "On 6/14/2024 at 3:22 PM, jdoe
/// said:", as Invision boards head a quote): chrome over the quoted words. A sentence that
/// reports speech ("In an interview, the mayor said:") has no time before its comma.
fn is_timed_quote_header(lower: &str) -> bool {
    let Some(head) = lower
        .strip_suffix(" said:")
        .or_else(|| lower.strip_suffix(" wrote:"))
    else {
        return false;
    };
    // The name follows the last comma: a date may hold one of its own ("On June 14, 2024 at
    // 3:22 PM, jdoe said:").
    let Some((when, name)) = head.rsplit_once(", ") else {
        return false;
    };
    let name_words = name.split_whitespace().count();
    if name_words == 0 || name_words > POST_AUTHOR_MAX_WORDS {
        return false;
    }
    let when = when.trim();
    is_relative_time(when)
        || when == QUOTE_NOW_WORDS
        || QUOTE_DAY_WORDS
            .iter()
            .any(|d| when.strip_prefix(d).is_some_and(|r| r.starts_with(" at ")))
        || (when.starts_with("on ") && looks_like_date(when))
}

/// Words that date a quoted post to the moment the page was shown, alone before the comma
/// ("Just now, jdoe said:"), lower-cased.
const QUOTE_NOW_WORDS: &str = "just now";

/// Words that date a quoted post relative to the day the page was shown, with the time after
/// them ("Yesterday at 4:25 PM, jdoe said:"), lower-cased: alone they open reported speech
/// ("Yesterday, the mayor said:").
const QUOTE_DAY_WORDS: &[&str] = &["today", "yesterday"];

/// Most words of the author's name before a post's timestamp ("jdoe (Jane Doe)").
pub(crate) const POST_AUTHOR_MAX_WORDS: usize = 4;

/// On a thread, when block `b` is a post's signature line (its author's linked name, then the
/// post's bare timestamp, [`is_bare_post_date`], in a `<time>` element or not, then at most the
/// post's number: "jdoe (Jane Doe) May 3, 2024, 8:45am 2"; not a quote's header, "jdoe wrote:
/// DATE", [`QUOTED_POST_WORDS`]), the post's heading in the thread's text:
/// the author's name over the timestamp, on lines of their own ("jdoe (Jane Doe)\nMay 3, 2024,
/// 8:45am"), without the labels and the number between and after them.
pub(super) fn post_signature_heading(b: &Block) -> Option<String> {
    if b.link_chars == 0 || b.chars >= SHORT_BLOCK_CHARS {
        return None;
    }
    post_signature_heading_of(&b.text)
}

/// The heading of a post in `text` when it is a post's signature line (a name of up to
/// [`POST_AUTHOR_MAX_WORDS`] words, a bare timestamp, at most a post number): the name (a
/// "Post by" label and marks left out) over the timestamp.
pub(super) fn post_signature_heading_of(text: &str) -> Option<String> {
    let mut words: Vec<&str> = text.split_whitespace().collect();
    if words
        .last()
        .is_some_and(|w| w.chars().all(|c| c.is_ascii_digit()))
    {
        words.pop();
    }
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    // A name, not a day or a time: the date's own words are no author.
    let name_word = |w: &String| {
        !crate::months::is_month_word(w)
            && !crate::months::is_weekday_word(w)
            && !w.starts_with(|c: char| c.is_ascii_digit())
    };
    // The day names its month or is written in numbers with their marks: a name beside a
    // count ("jdoe 4,522", a member's posts) is no signature.
    let names_day = |date: &[String]| {
        date.iter().any(|w| {
            crate::months::is_month_word(w.trim_matches(|c: char| !c.is_alphanumeric()))
                || (w.starts_with(|c: char| c.is_ascii_digit()) && w.contains([':', '/', '-']))
        })
    };
    let n = (1..=POST_AUTHOR_MAX_WORDS.min(words.len().saturating_sub(1))).find(|&n| {
        lower[..n].iter().all(name_word)
            && names_day(&lower[n..])
            && is_bare_post_date(&lower[n..].join(" "))
    })?;
    // A quote's header names the post quoted ("jdoe wrote: Mar 2, 2025"), not this one's author.
    if lower[..n]
        .iter()
        .any(|w| QUOTED_POST_WORDS.contains(&w.trim_end_matches(':')))
    {
        return None;
    }
    // The name without its label and marks ("Post by jdoe »").
    let lead = if lower[..n].starts_with(&["post".to_string(), "by".to_string()]) {
        2
    } else {
        usize::from(lower[0] == "by")
    };
    let mut name = said_words(&words[lead..n]);
    // A stamp of what the post did to the thread after the name ("system Closed") is no part
    // of the name.
    if name.len() > 1 && name.last().is_some_and(|w| is_thread_status(w)) {
        name.pop();
    }
    let date = said_words(&words[n..]);
    (!name.is_empty()).then(|| format!("{}\n{}", name.join(" "), date.join(" ")))
}

/// The words of `words` that say something: marks between a post's parts ("»", "·", "|")
/// left out.
fn said_words<'a>(words: &[&'a str]) -> Vec<&'a str> {
    words
        .iter()
        .copied()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect()
}

/// `w` is a count written in digits, with thousands commas ("7", "1,204").
fn is_count(w: &str) -> bool {
    !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit() || b == b',')
}

/// Words of a thread's status, lower-cased: the label of a thread's status box ("Status" over
/// "Not open for further replies.") and the states a thread is put in ("Locked", "Closed").
const THREAD_STATUS_WORDS: &[&str] = &[
    "status", "locked", "closed", "pinned", "unpinned", "archived",
];

/// `text` is one of [`THREAD_STATUS_WORDS`] alone (case and a trailing colon aside): on a
/// thread, a stamp of the thread's state or its label, not what was said.
pub(super) fn is_thread_status(text: &str) -> bool {
    let t = text.trim().trim_end_matches(':');
    THREAD_STATUS_WORDS
        .iter()
        .any(|w| t.eq_ignore_ascii_case(w))
}

/// On a thread, when block `b` is a post's numbered timestamp (its number and its day, marks
/// between: "#1 · Jan 3, 2024", "11-29-2024, 09:03 AM #1"), the timestamp alone, which heads
/// the post in the thread's text under its author's name.
pub(super) fn numbered_post_date(b: &Block) -> Option<String> {
    if b.chars >= SHORT_BLOCK_CHARS {
        return None;
    }
    numbered_post_date_of(&b.text)
}

/// The timestamp of `text` when it is a post's number ("#12", "Post #5 of 7") and a bare timestamp
/// ([`is_bare_post_date`]) with nothing else but marks ("·", "|").
pub(super) fn numbered_post_date_of(text: &str) -> Option<String> {
    let post_number = |w: &str| {
        w.strip_prefix('#')
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|c| c.is_ascii_digit()))
    };
    let mut words: Vec<&str> = text.split_whitespace().collect();
    // Exactly one post number.
    let i = words.iter().position(|w| post_number(w))?;
    if words[i + 1..].iter().any(|w| post_number(w)) {
        return None;
    }
    // The number with its label and the thread's count of posts ("Post #5 of 7").
    let of_count = words
        .get(i + 1)
        .is_some_and(|w| w.eq_ignore_ascii_case("of"))
        && words.get(i + 2).is_some_and(|n| is_count(n));
    let end = if of_count { i + 3 } else { i + 1 };
    let labelled = i > 0 && words[i - 1].eq_ignore_ascii_case("post");
    words.drain(if labelled { i - 1 } else { i }..end);
    let date = said_words(&words).join(" ");
    is_bare_post_date(&date.to_lowercase()).then_some(date)
}

/// The heading a post's chrome line `b` gives the post on a thread, if any: its signature
/// line's author and timestamp ([`post_signature_heading`]) or its numbered timestamp's day
/// ([`numbered_post_date`]).
pub(super) fn post_heading(b: &Block) -> Option<String> {
    post_signature_heading(b).or_else(|| numbered_post_date(b))
}

/// Fewest numbers of a post's bare timestamp (a day and a year).
pub(crate) const POST_DATE_MIN_NUMBERS: usize = 2;

/// Words besides a day's and a time's numbers and names that a post's bare timestamp may hold
/// ("Posted March 5, 2024", "Sun Dec 17, 2023 11:23 am", "Jun 3, 2024 at 9:12 PM").
const POST_DATE_WORDS: &[&str] = &["posted", "on", "at", "am", "pm"];

/// Marks that may stand alone between a post's day and its time ("Feb 14, 2026 | 9:05 pm",
/// "Mar 3, 2024 · 10:15").
const POST_DATE_MARKS: &[&str] = &["|", "\u{b7}", "\u{2022}", "-", "\u{2013}", "@"];

/// Lower-cased `lower` is a post's bare timestamp, a day with its time and nothing else
/// ("Mar 27, 2025", "September 5, 2024, 11:15pm"): the heading of a post, under its author's
/// name, which the thread's text keeps (unlike a line that also holds a post number, a name or
/// an edit mark).
pub(super) fn is_bare_post_date(lower: &str) -> bool {
    let words = || {
        lower
            .split(|c: char| c.is_whitespace() || c == ',')
            .map(|w| w.trim_matches(|c: char| matches!(c, '.' | '(' | ')')))
            .filter(|w| !w.is_empty())
    };
    // A mark joins a day and a time, not two numbers ("2019 - 2024", a score "3 - 1"): with
    // one, the line names a month or writes a time or a numeric day ("9:05", "11-29-2024").
    let dated = || {
        words().any(|w| {
            crate::months::is_month_word(w)
                || (w.starts_with(|c: char| c.is_ascii_digit()) && w.contains([':', '/', '-']))
        })
    };
    // A day and a year at least: "May 2024" dates a page, not a post.
    words()
        .filter(|w| w.starts_with(|c: char| c.is_ascii_digit()))
        .count()
        >= POST_DATE_MIN_NUMBERS
        && (!words().any(|w| POST_DATE_MARKS.contains(&w)) || dated())
        // An ordinal is a day beside its month ("30th March 2025"), not a rank ("1st 2nd 3rd").
        && (!words().any(is_ordinal_day) || words().any(crate::months::is_month_word))
        && words().all(|w| {
            crate::months::is_month_word(w)
                || crate::months::is_weekday_word(w)
                || POST_DATE_WORDS.contains(&w)
                || POST_DATE_MARKS.contains(&w)
                || (w.starts_with(|c: char| c.is_ascii_digit())
                    && w.trim_end_matches(['a', 'p', 'm'])
                        .chars()
                        .all(|c| c.is_ascii_digit() || matches!(c, ':' | '/' | '-' | '.')))
                || is_ordinal_day(w)
        })
}

/// Endings of an ordinal number written in digits ("1st", "22nd", "3rd", "30th").
const ORDINAL_SUFFIXES: &[&str] = &["st", "nd", "rd", "th"];

/// Digits of a day of the month, at most.
const DAY_MAX_DIGITS: usize = 2;

/// Lower-cased `w` is a day of the month written as an ordinal ("1st", "30th"), as a post's
/// timestamp may write it ("30th March 2025, 16:26").
fn is_ordinal_day(w: &str) -> bool {
    ORDINAL_SUFFIXES.iter().any(|s| {
        w.strip_suffix(s).is_some_and(|n| {
            (1..=DAY_MAX_DIGITS).contains(&n.len())
                && n.bytes().all(|c| c.is_ascii_digit())
                && n.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d))
        })
    })
}

/// Notices that forum and Q&A software prints on every thread, lower-cased starts of a line:
/// a locked thread's status, the sign-up prompt, the related-questions pointer under a Q&A
/// thread and the link back to the thread's board.
const THREAD_NOTICES: &[&str] = &[
    "not open for further replies",
    "you must log in or register to reply",
    "start asking to get answers",
    "find the answer to your question by asking",
    "explore related questions",
    "see similar questions with these tags",
    // The thread's header naming who opened it, over the posts (each post names its author).
    "thread starter",
    // The link back to the board the thread lies in, its name quoted ("Return to “Help”").
    "return to \u{201c}",
    "return to \"",
    // A quote's header naming whose post it quotes.
    QUOTE_HEADER,
];

/// The lower-cased start of a quote's header naming whose post it quotes ("Originally Posted
/// by jdoe", vBulletin), over the quoted words: chrome on a thread and on a thread read as a
/// story.
pub(super) const QUOTE_HEADER: &str = "originally posted by";

/// Most words of a user's badge tally ("12.3k 20 gold badges 166 silver badges").
pub(crate) const BADGE_LINE_MAX_WORDS: usize = 8;

/// Lower-cased `lower` is one of [`THREAD_NOTICES`], or a post author's badge tally (a short line
/// with a number that ends in "badges").
fn is_thread_notice(lower: &str) -> bool {
    // The link back to the board ends with the board's quoted name.
    let notice = |n: &&str| {
        lower.starts_with(n)
            && (!n.starts_with("return to") || lower.trim_end().ends_with(['\u{201d}', '"']))
    };
    THREAD_NOTICES.iter().any(notice)
        || (lower.split_whitespace().count() <= BADGE_LINE_MAX_WORDS
            && lower.trim_end_matches('.').ends_with(" badges")
            && lower.contains(|c: char| c.is_ascii_digit()))
}

/// Counters of a thread or a post, lower-cased ("Replies 154", "1.9k views", "Viewed 3k
/// times", "12 answers").
const THREAD_STAT_LABELS: &[&str] = &[
    "replies",
    "reply",
    "views",
    "view",
    "viewed",
    "answers",
    "answer",
    "votes",
    "vote",
    "posters",
    "watching",
    "followers",
];

/// Most words of a thread counter line ("Viewed 11,354 times").
pub(crate) const THREAD_STAT_MAX_WORDS: usize = 3;

/// Lower-cased `lower` is a thread's or a post's counter: a label of [`THREAD_STAT_LABELS`]
/// and a number ("Replies 154", "1.9k views"), with "times" after a number read ("Viewed 3k
/// times").
fn is_thread_stat(lower: &str) -> bool {
    // One word more than a counter has is enough to tell a longer line.
    let words: Vec<&str> = lower
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| matches!(c, ':' | '(' | ')' | ',')))
        .filter(|w| !w.is_empty())
        .take(THREAD_STAT_MAX_WORDS + 1)
        .collect();
    let number = |w: &str| {
        w.starts_with(|c: char| c.is_ascii_digit())
            && w.trim_end_matches(['k', 'm'])
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.'))
    };
    match words.as_slice() {
        [a, b] => {
            (THREAD_STAT_LABELS.contains(a) && number(b))
                || (number(a) && THREAD_STAT_LABELS.contains(b))
        }
        [a, b, "times"] => *a == "viewed" && number(b),
        _ => false,
    }
}

/// Most words of a post's like tally ("Ann, Bob, Cy and 3 others like this.").
pub(crate) const LIKE_TALLY_MAX_WORDS: usize = 12;

/// Words that make the one who likes a thing a speaker or a phrase of a sentence, not a
/// member's name: "I like this.", "My wife likes this." are a post's own words.
const LIKE_TALLY_NOT_NAMES: &[&str] = &[
    "i",
    "we",
    "you",
    "they",
    "he",
    "she",
    "it",
    "my",
    "our",
    "your",
    "his",
    "her",
    "their",
    "the",
    "a",
    "an",
    "everyone",
    "everybody",
    "nobody",
    "someone",
    "who",
    "that",
    "this",
    "which",
    "also",
    "really",
    "all",
    "do",
    "don't",
    "would",
    "will",
    "not",
    "just",
    // Quantities that are no count of members ("Many people like this.").
    "many",
    "most",
    "some",
    "few",
    "both",
    "lots",
    "of",
];

/// Lower-cased `lower` is the tally a board prints under a post of the members who liked it:
/// one name before "likes this", or a list of names or a count of people or "others" (a number
/// before them) before "like(s) this", and nothing else ("jdoe likes this.", "Ann, Bob and 2
/// others like this.", "1 person likes this."); not "Kids like this." or "Many people like
/// this.".
fn is_like_tally(lower: &str) -> bool {
    let line = lower.trim_end_matches(['.', '!']);
    let (who, one) = match line.strip_suffix(" likes this") {
        Some(who) => (who, true),
        None => match line.strip_suffix(" like this") {
            Some(who) => (who, false),
            None => return false,
        },
    };
    let words: Vec<&str> = who
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    // A count of people: a number before "person", "people", "other(s)".
    let counted = match words.as_slice() {
        [.., n, "person" | "people" | "others" | "other"] => is_count(n),
        _ => false,
    };
    !words.is_empty()
        && words.len() <= LIKE_TALLY_MAX_WORDS
        && !words.iter().any(|w| LIKE_TALLY_NOT_NAMES.contains(w))
        // One name ("likes"), a count, or a list: "and" joins its last name.
        && ((words.len() == 1 && one) || counted || words.contains(&"and"))
}

/// Verbs of a Q&A post's stamp ("Asked 6 years, 9 months ago", "answered Mar 3, 2019 at 5:12").
const POST_STAMP_VERBS: &[&str] = &["asked", "answered", "created", "last reply"];

/// Lower-cased `lower` is a post's stamp: one of [`POST_STAMP_VERBS`] then a day or a time ago.
fn is_post_stamp(lower: &str) -> bool {
    lower.split_whitespace().count() <= POST_DATE_MAX_WORDS
        && POST_STAMP_VERBS.iter().any(|v| {
            lower.strip_prefix(v).is_some_and(|rest| {
                rest.starts_with(' ')
                    && (has_date_shape(rest) || rest.split_whitespace().any(|w| w == "ago"))
            })
        })
}
