//! The scoring rules of `../shared/corpus/README.md`: shingle precision/recall for the body, and
//! the normalised comparisons for title, author and published date.

use std::collections::HashMap;

/// Number of tokens in one shingle.
pub const SHINGLE_LEN: usize = 4;

/// The `\w+` runs of `text` (Unicode letters, digits and `_`), in order.
pub fn tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        if is_word_char(c) {
            if start.is_none() {
                start = Some(i);
            }
        } else if let Some(s) = start.take() {
            out.push(&text[s..i]);
        }
    }
    if let Some(s) = start {
        out.push(&text[s..]);
    }
    out
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The multiset of token 4-grams; a text with 1 to 3 tokens has one shingle of all of them.
fn shingles<'a>(toks: &'a [&'a str]) -> HashMap<&'a [&'a str], u32> {
    let mut m = HashMap::new();
    if toks.is_empty() {
        return m;
    }
    if toks.len() < SHINGLE_LEN {
        m.insert(toks, 1);
        return m;
    }
    for w in toks.windows(SHINGLE_LEN) {
        *m.entry(w).or_insert(0) += 1;
    }
    m
}

/// The body score of one page.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PageScore {
    /// Shingles both predicted and true (multiset overlap).
    pub tp: u64,
    /// Shingles predicted but not true.
    pub fp: u64,
    /// Shingles true but not predicted.
    pub fn_: u64,
    /// Page precision.
    pub precision: f64,
    /// Page recall.
    pub recall: f64,
}

impl PageScore {
    /// Whether the page counts in the corpus precision mean (something was predicted).
    pub fn counts_for_precision(&self) -> bool {
        self.tp + self.fp > 0
    }

    /// Whether the page counts in the corpus recall mean (the truth has text).
    pub fn counts_for_recall(&self) -> bool {
        self.tp + self.fn_ > 0
    }

    /// Page F1 (harmonic mean of precision and recall; 0 when both are 0).
    pub fn f1(&self) -> f64 {
        f1(self.precision, self.recall)
    }
}

/// Harmonic mean, 0 when both are 0.
pub fn f1(p: f64, r: f64) -> f64 {
    if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    }
}

/// Scores one page's predicted body against its true body.
pub fn page_score(predicted: &str, truth: &str) -> PageScore {
    let pt = tokens(predicted);
    let tt = tokens(truth);
    let ps = shingles(&pt);
    let ts = shingles(&tt);
    let pred_total: u64 = ps.values().map(|&c| u64::from(c)).sum();
    let true_total: u64 = ts.values().map(|&c| u64::from(c)).sum();
    let tp: u64 = ps
        .iter()
        .map(|(k, &c)| u64::from(c.min(ts.get(k).copied().unwrap_or(0))))
        .sum();
    let fp = pred_total - tp;
    let fn_ = true_total - tp;
    // Normalising tp, fp, fn to sum 1 leaves the ratios unchanged, so the ratios are taken on
    // the counts directly.
    let (precision, recall) = if fp == 0 && fn_ == 0 {
        (1.0, 1.0)
    } else {
        (ratio(tp, fp), ratio(tp, fn_))
    };
    PageScore {
        tp,
        fp,
        fn_,
        precision,
        recall,
    }
}

fn ratio(num: u64, other: u64) -> f64 {
    if num + other == 0 {
        0.0
    } else {
        num as f64 / (num + other) as f64
    }
}

/// `(precision, recall)` of one page's predicted body against the truth.
pub fn score_body(predicted: &str, truth: &str) -> (f64, f64) {
    let s = page_score(predicted, truth);
    (s.precision, s.recall)
}

/// Case-folded, white space collapsed, surrounding quotes and punctuation trimmed.
pub fn normalize_title(t: &str) -> String {
    let collapsed = t.split_whitespace().collect::<Vec<_>>().join(" ");
    let trimmed = collapsed.trim_matches(|c: char| !c.is_alphanumeric());
    trimmed.to_lowercase()
}

/// Whether two titles are equal under [`normalize_title`].
pub fn title_matches(predicted: &str, truth: &str) -> bool {
    normalize_title(predicted) == normalize_title(truth)
}

/// The set of author names: split on `,` `;` `&` `and` `|`, a leading "By" dropped, each name
/// case-folded with white space collapsed.
pub fn author_set(s: &str) -> std::collections::BTreeSet<String> {
    let lowered = s.to_lowercase();
    let mut names = std::collections::BTreeSet::new();
    for part in lowered.split([',', ';', '&', '|']) {
        let mut current: Vec<&str> = Vec::new();
        for word in part.split_whitespace() {
            if word == "and" {
                push_name(&mut names, &current);
                current.clear();
            } else {
                current.push(word);
            }
        }
        push_name(&mut names, &current);
    }
    names
}

fn push_name(names: &mut std::collections::BTreeSet<String>, words: &[&str]) {
    let words = match words.first() {
        Some(&"by") | Some(&"by:") => &words[1..],
        _ => words,
    };
    let name = words.join(" ");
    let name = name.trim_matches(|c: char| !c.is_alphanumeric());
    if !name.is_empty() {
        names.insert(name.to_string());
    }
}

/// Whether two author strings name the same set of people.
pub fn author_matches(predicted: &str, truth: &str) -> bool {
    author_set(predicted) == author_set(truth)
}

/// Whether two dates agree on their first 10 characters (YYYY-MM-DD).
pub fn date_matches(predicted: &str, truth: &str) -> bool {
    let p: String = predicted.trim().chars().take(10).collect();
    let t: String = truth.trim().chars().take(10).collect();
    p.chars().count() == 10 && p == t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_unicode_word_runs() {
        assert_eq!(
            tokens("Hello, wörld! snake_case 42x — 東京"),
            vec!["Hello", "wörld", "snake_case", "42x", "東京"]
        );
        assert!(tokens(" ,.- ").is_empty());
    }

    #[test]
    fn identical_texts_score_one() {
        let t = "one two three four five six";
        assert_eq!(score_body(t, t), (1.0, 1.0));
        // Markup-free punctuation differences do not matter.
        assert_eq!(
            score_body("one, two. three four", "one two three four"),
            (1.0, 1.0)
        );
    }

    #[test]
    fn both_empty_is_perfect_but_counts_nowhere() {
        let s = page_score("", "");
        assert_eq!((s.precision, s.recall), (1.0, 1.0));
        assert!(!s.counts_for_precision());
        assert!(!s.counts_for_recall());
    }

    #[test]
    fn empty_prediction_has_zero_recall_and_no_precision_weight() {
        let s = page_score("", "a b c d e");
        assert_eq!(s.recall, 0.0);
        assert_eq!(s.precision, 0.0);
        assert!(!s.counts_for_precision());
        assert!(s.counts_for_recall());
    }

    #[test]
    fn extra_text_lowers_precision_only() {
        // truth: 5 tokens -> 2 shingles; prediction adds 2 tokens -> 4 shingles.
        let s = page_score("a b c d e f g", "a b c d e");
        assert_eq!((s.tp, s.fp, s.fn_), (2, 2, 0));
        assert_eq!(s.precision, 0.5);
        assert_eq!(s.recall, 1.0);
        assert!((s.f1() - 2.0 / 3.0).abs() < 1e-12);
    }

    #[test]
    fn shingles_are_multisets() {
        // "a b c d" twice in the prediction, once in the truth.
        let s = page_score("a b c d x a b c d", "a b c d");
        assert_eq!(s.tp, 1);
        assert_eq!(s.fn_, 0);
        assert_eq!(s.fp, 5);
    }

    #[test]
    fn short_texts_form_one_shingle() {
        assert_eq!(score_body("a b", "a b"), (1.0, 1.0));
        assert_eq!(score_body("a b", "a c"), (0.0, 0.0));
    }

    #[test]
    fn titles_compare_loosely() {
        assert!(title_matches("  “Hello   World!” ", "hello world"));
        assert!(!title_matches("Hello World - Site", "Hello World"));
    }

    #[test]
    fn authors_compare_as_sets() {
        assert!(author_matches(
            "By Jane Doe and John Roe",
            "john roe, Jane Doe"
        ));
        assert!(author_matches("Jane Doe | John Roe", "Jane Doe & John Roe"));
        assert!(!author_matches("Jane Doe", "Jane Doe, John Roe"));
        assert!(!author_matches("", "Jane Doe"));
        // "and" inside a name is not a separator.
        assert!(author_matches("Alexandra Anderson", "alexandra anderson"));
    }

    #[test]
    fn dates_compare_on_the_day() {
        assert!(date_matches("2018-08-07T17:12:00-04:00", "2018-08-07"));
        assert!(!date_matches("2018-08-08T01:00:00+02:00", "2018-08-07"));
        assert!(!date_matches("", ""));
    }
}
