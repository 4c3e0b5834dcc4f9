//! Language: `<html lang>`, `content-language`, `og:locale`, JSON-LD `inLanguage`, else a
//! cheap detection on the page's first paragraphs.

use super::jsonld::LdInfo;
use super::scan::Scan;

/// Detection needs at least this many bytes of paragraph text.
pub(crate) const MIN_DETECT_BYTES: usize = 80;

/// Chooses the language tag.
pub(crate) fn choose(s: &Scan, ld: &LdInfo) -> Option<String> {
    let declared = [
        s.html_lang.clone(),
        s.meta_first(&["content-language", "language", "dc.language", "og:locale"]),
        ld.language.clone(),
    ];
    declared
        .into_iter()
        .flatten()
        .find_map(|l| normalise(&l))
        .or_else(|| detect(&s.text_sample))
}

/// `en_us` → `en-US`, `EN` → `en`; the first of a comma-separated list; `x-default` and junk
/// refused.
pub(crate) fn normalise(tag: &str) -> Option<String> {
    let tag = tag.split([',', ';']).next()?.trim();
    let mut parts = tag.split(['-', '_']).filter(|p| !p.is_empty());
    let primary = parts.next()?;
    if !(2..=3).contains(&primary.len()) || !primary.chars().all(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    let mut out = primary.to_ascii_lowercase();
    if out == "x" || out == "und" {
        return None;
    }
    for p in parts {
        if !p.chars().all(|c| c.is_ascii_alphanumeric()) || p.len() > 8 {
            break;
        }
        out.push('-');
        match p.len() {
            2 => out.push_str(&p.to_ascii_uppercase()),
            4 => {
                // Script subtag: title case.
                let mut cs = p.chars();
                if let Some(f) = cs.next() {
                    out.push(f.to_ascii_uppercase());
                    out.push_str(&cs.as_str().to_ascii_lowercase());
                }
            }
            _ => out.push_str(&p.to_ascii_lowercase()),
        }
    }
    Some(out)
}

fn detect(sample: &str) -> Option<String> {
    if sample.len() < MIN_DETECT_BYTES {
        return None;
    }
    let info = whatlang::detect(sample)?;
    if !info.is_reliable() {
        return None;
    }
    let code = info.lang().code();
    let two = match code {
        "eng" => "en",
        "rus" => "ru",
        "cmn" => "zh",
        "spa" => "es",
        "por" => "pt",
        "ita" => "it",
        "ben" => "bn",
        "fra" => "fr",
        "deu" => "de",
        "ukr" => "uk",
        "kat" => "ka",
        "ara" => "ar",
        "hin" => "hi",
        "jpn" => "ja",
        "heb" => "he",
        "pol" => "pl",
        "kor" => "ko",
        "nob" => "nb",
        "dan" => "da",
        "swe" => "sv",
        "fin" => "fi",
        "tur" => "tr",
        "nld" => "nl",
        "hun" => "hu",
        "ces" => "cs",
        "ell" => "el",
        "bul" => "bg",
        "ron" => "ro",
        "slv" => "sl",
        "hrv" => "hr",
        "srp" => "sr",
        "lit" => "lt",
        "lav" => "lv",
        "est" => "et",
        "vie" => "vi",
        "tha" => "th",
        "ind" => "id",
        "pes" => "fa",
        "slk" => "sk",
        "cat" => "ca",
        "afr" => "af",
        other => other,
    };
    Some(two.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_normalised() {
        assert_eq!(normalise("en_us").as_deref(), Some("en-US"));
        assert_eq!(normalise("EN").as_deref(), Some("en"));
        assert_eq!(normalise("zh-hant-tw").as_deref(), Some("zh-Hant-TW"));
        assert_eq!(normalise("de, en").as_deref(), Some("de"));
        assert_eq!(normalise("x-default"), None);
        assert_eq!(normalise("{{lang}}"), None);
    }

    #[test]
    fn detection_on_prose() {
        let t = "The quick brown fox jumps over the lazy dog while the committee discussed \
                 the new proposal for the city budget and everyone agreed to meet again.";
        assert_eq!(detect(t).as_deref(), Some("en"));
        assert_eq!(detect("short"), None);
    }
}
