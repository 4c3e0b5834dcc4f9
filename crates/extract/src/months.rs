//! Month and weekday names as pages write them, and years, for every reader that tells a date
//! from other text: the body's datelines and teaser dates, the byline reader's trailing dates,
//! the loose-date fallback and the copyright-notice test.

/// The twelve three-letter month abbreviations, lower-cased: every longer spelling starts
/// with one of them ("sept", "september").
const MONTH_ABBREVIATIONS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// Month names and the longer abbreviations, lower-cased, beyond [`MONTH_ABBREVIATIONS`].
const MONTH_NAMES: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "sept",
    "september",
    "october",
    "november",
    "december",
];

/// Weekday names, whole and abbreviated, lower-cased.
const WEEKDAY_NAMES: [&str; 16] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thurs",
    "fri",
    "sat",
    "sun",
];

/// Whether lower-cased `word` is a weekday's name or abbreviation, as a whole word.
pub(crate) fn is_weekday_word(word: &str) -> bool {
    WEEKDAY_NAMES.contains(&word)
}

/// Whether lower-cased `word` is a month's name or abbreviation, as a whole word.
pub(crate) fn is_month_word(word: &str) -> bool {
    MONTH_ABBREVIATIONS.contains(&word) || MONTH_NAMES.contains(&word)
}

/// Whether lower-cased `text` holds a word of three ASCII letters or more that starts like a
/// month ("oct", "October", "Sept."; also "marching", which callers pair with a number).
pub(crate) fn has_month_like_word(text: &str) -> bool {
    text.split(|c: char| !c.is_ascii_alphabetic())
        .any(|w| w.len() >= 3 && MONTH_ABBREVIATIONS.iter().any(|m| w.starts_with(m)))
}

/// Whether `text` holds a year of this century or the last as a number of its own: a run of
/// exactly four ASCII digits starting `19` or `20` ("2024", "2004-2025", not "12024").
pub(crate) fn has_year(text: &str) -> bool {
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i - start == 4 && matches!(&b[start..start + 2], b"19" | b"20") {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_words_and_prefixes() {
        for w in ["may", "sept", "september", "dec"] {
            assert!(is_month_word(w), "{w}");
        }
        for w in ["monday", "mayor", "se"] {
            assert!(!is_month_word(w), "{w}");
        }
        assert!(has_month_like_word("oct 12, 2024"));
        assert!(has_month_like_word("12 sept. 2024"));
        assert!(!has_month_like_word("12/10/24"));
        assert!(!has_month_like_word("no date"));
        assert!(MONTH_NAMES
            .iter()
            .all(|n| MONTH_ABBREVIATIONS.iter().any(|a| n.starts_with(a))));
    }

    #[test]
    fn a_year_is_four_digits_of_its_own() {
        for t in ["2024", "© 2004-2025 Example", "since 1999.", "v2023"] {
            assert!(has_year(t), "{t}");
        }
        for t in ["", "12024", "202", "1850", "2100 people", "page 3"] {
            assert!(!has_year(t), "{t}");
        }
    }
}
