//! The example article of `shared/examples/` (The Algemeiner, 2018-08-07) in a realistic page:
//! its metadata must come out right from the full head, and from the visible markup alone.

use crawl_extract::extract;
use url::Url;

const PAGE: &str = include_str!("fixtures/algemeiner-2018-08-07.html");
const URL: &str = "https://www.algemeiner.com/2018/08/07/palestinian-islamic-jihad-leaders-meet-with-russian-officials-in-moscow-drawing-israeli-concern/";
const TITLE: &str =
    "Palestinian Islamic Jihad Leaders Meet With Russian Officials in Moscow, Drawing Israeli Concern";

fn url() -> Url {
    Url::parse(URL).unwrap()
}

#[test]
fn full_page_metadata() {
    let x = extract(PAGE.as_bytes(), &url(), Some("text/html; charset=UTF-8"));
    assert_eq!(x.title, TITLE);
    assert_eq!(x.authors, ["Shiri Moshe"]);
    let published = x.published.expect("published date");
    assert_eq!(published.to_rfc3339(), "2018-08-07T17:12:00-04:00");
    assert_eq!(
        x.modified.map(|d| d.to_rfc3339()).as_deref(),
        Some("2018-08-07T17:20:41-04:00")
    );
    assert_eq!(x.site_name.as_deref(), Some("The Algemeiner"));
    assert_eq!(x.language.as_deref(), Some("en-US"));
    assert_eq!(x.canonical_url.as_ref().map(Url::as_str), Some(URL));
    assert_eq!(
        x.image.as_ref().map(Url::as_str),
        Some("https://www.algemeiner.com/wp-content/uploads/2018/08/PIJ-Bogdanov.jpg")
    );
    assert_eq!(x.tags, ["Palestinian Islamic Jihad", "Russia", "Israel"]);
    assert!(x
        .description
        .as_deref()
        .is_some_and(|d| d.starts_with("Officials from Gaza")));
}

/// The same page with an empty head but for a site-suffixed `<title>`: the visible headline,
/// byline and dateline (and the URL) must carry the metadata.
#[test]
fn visible_markup_only() {
    let start = PAGE.find("<head>").unwrap() + "<head>".len();
    let end = PAGE.find("</head>").unwrap();
    let page = format!(
        "{}<title>{TITLE} - Algemeiner.com</title>{}",
        &PAGE[..start],
        &PAGE[end..]
    );
    // Without the URL's date, only the dateline "August 7, 2018 5:12 pm" can tell the day.
    let plain = Url::parse("https://www.algemeiner.com/news/pij-moscow/").unwrap();
    let x = extract(page.as_bytes(), &plain, None);
    assert_eq!(x.title, TITLE);
    assert_eq!(x.authors, ["Shiri Moshe"]);
    assert_eq!(
        x.published.map(|d| d.date_naive().to_string()).as_deref(),
        Some("2018-08-07")
    );
    assert_eq!(x.language.as_deref(), Some("en-US"));
}

/// Every line of page chrome that names a person or a date is ignored for metadata: the
/// comment section's "Admin" and its 2019 date never win.
#[test]
fn comment_section_does_not_leak() {
    let x = extract(PAGE.as_bytes(), &url(), None);
    assert!(!x.authors.iter().any(|a| a.contains("Admin")));
    assert!(x
        .published
        .is_some_and(|d| d.date_naive().to_string() == "2018-08-07"));
}
