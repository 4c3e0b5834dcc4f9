//! Bytes to text, as a browser would decode them, and better when the page lies about itself.
//!
//! Order: a byte-order mark wins; then the HTTP `charset`; then `<meta charset>` or
//! `<meta http-equiv=Content-Type>` found by a prescan of the first bytes; else UTF-8 when the
//! bytes are valid UTF-8, else a statistical guess (`chardetng`).
//!
//! A declared label is checked against the bytes: a page labelled UTF-8 whose bytes are not
//! UTF-8 (a windows-1252 page behind a wrong header) is re-guessed instead of turning into
//! replacement characters, and a page labelled with a legacy single-byte encoding whose bytes
//! are valid multi-byte UTF-8 is read as UTF-8 instead of mojibake.

use encoding_rs::{Encoding, UTF_8};
use std::borrow::Cow;

/// Bytes searched for a `<meta charset>` declaration (browsers use 1024; pages with long
/// inline scripts in the head put it later).
pub const META_PRESCAN_BYTES: usize = 8192;
/// Bytes given to the statistical detector when the declared encoding is refuted.
pub const DETECT_BYTES: usize = 256 * 1024;
/// A page labelled UTF-8 keeps UTF-8 when its invalid sequences are at most this share of its
/// valid multi-byte sequences (a few corrupt bytes in a real UTF-8 page).
pub const MAX_INVALID_UTF8_SHARE: f64 = 0.02;
/// A page labelled with a double-byte encoding (GBK, Big5, Shift_JIS, EUC-*) is read as UTF-8
/// when its bytes are valid UTF-8 with at least this many multi-byte sequences.
pub const MIN_UTF8_SEQUENCES_OVER_DOUBLE_BYTE: usize = 16;

/// Decodes an HTML document as a browser would.
pub fn decode_html(bytes: &[u8], content_type: Option<&str>) -> String {
    decode_with_encoding(bytes, content_type).0
}

/// Decodes and also names the encoding that was used (`"UTF-8"`, `"windows-1252"`, …).
pub fn decode_with_encoding(bytes: &[u8], content_type: Option<&str>) -> (String, &'static str) {
    let (text, name) = decode_borrowed(bytes, content_type);
    (text.into_owned(), name)
}

/// [`decode_with_encoding`] without the copy: a page of valid UTF-8 (most pages) that needs no
/// repair is its own bytes, borrowed.
pub fn decode_borrowed<'a>(
    bytes: &'a [u8],
    content_type: Option<&str>,
) -> (Cow<'a, str>, &'static str) {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let text = enc.decode_without_bom_handling(&bytes[bom_len..]).0;
        return (text, enc.name());
    }
    let declared = content_type
        .and_then(charset_param)
        .and_then(|label| Encoding::for_label(label.trim().as_bytes()))
        .map(ascii_compatible)
        .or_else(|| sniff_meta_charset(bytes));
    let enc = choose(bytes, declared);
    let text = enc.decode_without_bom_handling(bytes).0;
    let text = match repaired(&text) {
        Some(fixed) => Cow::Owned(fixed),
        None => text,
    };
    (text, enc.name())
}

/// Repairs text that was UTF-8, read as Latin-1 and saved as UTF-8 again (`â\u{80}\u{94}` for
/// `—`), a fault of the page itself, not of our decoding.
///
/// C1 control characters (U+0080–U+009F) never belong in HTML text, so a page holding one
/// that, with its neighbours, spells a UTF-8 sequence is double-encoded; then every such
/// sequence (also `Ã©` for `é`, which has no C1 character) is folded back. Pages without the
/// proof are returned untouched, so a real `Ã©` in a Latin-1 text is kept. Linear time.
pub fn repair_double_encoding(text: String) -> String {
    repaired(&text).unwrap_or(text)
}

/// The text [`repair_double_encoding`] makes of `text`, or `None` when it stays as it is.
fn repaired(text: &str) -> Option<String> {
    // A C1 character is `C2 80`–`C2 9F` in UTF-8: a byte search, fast on pages without one.
    let bytes = text.as_bytes();
    let has_c1 = memchr::memchr_iter(0xC2, bytes)
        .any(|i| bytes.get(i + 1).is_some_and(|b| (0x80..=0x9F).contains(b)));
    if !has_c1 {
        return None;
    }
    let chars: Vec<char> = text.chars().collect();
    let proven = (0..chars.len()).any(|i| {
        mojibake_at(&chars, i).is_some_and(|n| chars[i + 1..i + 1 + n].iter().any(|&c| is_c1(c)))
    });
    if !proven {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        if let Some(n) = mojibake_at(&chars, i) {
            let bytes: Vec<u8> = chars[i..=i + n].iter().map(|&c| c as u32 as u8).collect();
            if let Ok(s) = std::str::from_utf8(&bytes) {
                out.push_str(s);
                i += n + 1;
                continue;
            }
        }
        out.push(chars[i]);
        i += 1;
    }
    Some(out)
}

fn is_c1(c: char) -> bool {
    ('\u{80}'..='\u{9F}').contains(&c)
}

/// At `i`, a Latin-1 lead byte followed by its UTF-8 continuation bytes that together decode
/// to one character: the number of continuation characters.
fn mojibake_at(chars: &[char], i: usize) -> Option<usize> {
    let lead = chars[i] as u32;
    let n = match lead {
        0xC2..=0xDF => 1,
        0xE0..=0xEF => 2,
        0xF0..=0xF4 => 3,
        _ => return None,
    };
    let cont = chars.get(i + 1..i + 1 + n)?;
    if !cont.iter().all(|&c| (0x80..=0xBF).contains(&(c as u32))) {
        return None;
    }
    let mut buf = [0u8; 4];
    buf[0] = lead as u8;
    for (b, &c) in buf[1..].iter_mut().zip(cont) {
        *b = c as u32 as u8;
    }
    std::str::from_utf8(&buf[..=n]).is_ok().then_some(n)
}

/// UTF-16 labels on a page without a BOM mean an ASCII-compatible page (HTML spec): UTF-8.
fn ascii_compatible(enc: &'static Encoding) -> &'static Encoding {
    if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE {
        UTF_8
    } else {
        enc
    }
}

/// Checks the declared encoding against the bytes.
fn choose(bytes: &[u8], declared: Option<&'static Encoding>) -> &'static Encoding {
    // Most pages are valid UTF-8 and declared so (or not at all): one fast validation decides,
    // and the sequences are only counted when a legacy label has to be outvoted. (encoding_rs's
    // validator, the one its decoder runs next, takes a third of the instructions of
    // `std::str::from_utf8` on mostly-ASCII pages.)
    let valid_utf8 = Encoding::utf8_valid_up_to(bytes) == bytes.len();
    if valid_utf8 && declared.is_none_or(|enc| enc == UTF_8) {
        return UTF_8;
    }
    let utf8 = utf8_profile(bytes);
    match declared {
        Some(enc) if enc == UTF_8 => {
            if utf8.invalid == 0
                || (utf8.invalid as f64) <= utf8.multibyte as f64 * MAX_INVALID_UTF8_SHARE
            {
                UTF_8
            } else {
                guess(bytes)
            }
        }
        Some(enc) => {
            // Valid multi-byte UTF-8 is almost never meaningful legacy text. Double-byte
            // encodings (GBK, Shift_JIS, Big5) can spell a few valid UTF-8 sequences by chance,
            // so they need more evidence: a page of Chinese saved as UTF-8 but still labelled
            // `gb2312` has thousands.
            let needed = if is_single_byte(enc) {
                1
            } else {
                MIN_UTF8_SEQUENCES_OVER_DOUBLE_BYTE
            };
            if utf8.invalid == 0 && utf8.multibyte >= needed {
                UTF_8
            } else {
                enc
            }
        }
        None if utf8.invalid == 0 => UTF_8,
        None => guess(bytes),
    }
}

fn is_single_byte(enc: &'static Encoding) -> bool {
    !(enc == encoding_rs::SHIFT_JIS
        || enc == encoding_rs::EUC_JP
        || enc == encoding_rs::ISO_2022_JP
        || enc == encoding_rs::EUC_KR
        || enc == encoding_rs::GBK
        || enc == encoding_rs::GB18030
        || enc == encoding_rs::BIG5
        || enc == UTF_8)
}

fn guess(bytes: &[u8]) -> &'static Encoding {
    let mut det = chardetng::EncodingDetector::new();
    det.feed(
        &bytes[..bytes.len().min(DETECT_BYTES)],
        bytes.len() <= DETECT_BYTES,
    );
    det.guess(None, false)
}

struct Utf8Profile {
    multibyte: usize,
    invalid: usize,
}

/// Counts valid multi-byte sequences and invalid sequences in one pass.
fn utf8_profile(bytes: &[u8]) -> Utf8Profile {
    let mut p = Utf8Profile {
        multibyte: 0,
        invalid: 0,
    };
    let mut rest = bytes;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                p.multibyte += count_multibyte(s);
                return p;
            }
            Err(e) => {
                let (good, bad) = rest.split_at(e.valid_up_to());
                // `good` is valid by construction.
                p.multibyte += std::str::from_utf8(good).map_or(0, count_multibyte);
                p.invalid += 1;
                match e.error_len() {
                    Some(n) => rest = &bad[n..],
                    None => return p, // truncated sequence at the end
                }
            }
        }
    }
}

fn count_multibyte(s: &str) -> usize {
    // Lead bytes of multi-byte sequences: 0b11xxxxxx.
    s.bytes().filter(|b| *b >= 0xC0).count()
}

fn charset_param(content_type: &str) -> Option<String> {
    content_type.split(';').skip(1).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        k.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| v.trim().trim_matches(['"', '\'']).to_string())
    })
}

/// Finds `charset=` inside a `<meta …>` tag in the first bytes.
fn sniff_meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(META_PRESCAN_BYTES)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(off) = find(&lower[from..], b"<meta") {
        let start = from + off + 5;
        let end = lower[start..]
            .iter()
            .position(|b| *b == b'>')
            .map_or(lower.len(), |e| start + e);
        let tag = &lower[start..end];
        if let Some(pos) = find(tag, b"charset") {
            let rest = &tag[pos + 7..];
            let rest = trim_start(rest);
            if let Some(rest) = rest.strip_prefix(b"=") {
                let rest = trim_start(rest);
                let rest = rest
                    .strip_prefix(b"\"")
                    .or_else(|| rest.strip_prefix(b"'"))
                    .unwrap_or(rest);
                let len = rest
                    .iter()
                    .position(|b| {
                        !(b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.'))
                    })
                    .unwrap_or(rest.len());
                if let Some(enc) = Encoding::for_label(&rest[..len]) {
                    // `x-user-defined` in a meta tag means windows-1252 (HTML spec).
                    if enc == encoding_rs::X_USER_DEFINED {
                        return Some(encoding_rs::WINDOWS_1252);
                    }
                    return Some(ascii_compatible(enc));
                }
            }
        }
        from = end;
    }
    None
}

fn trim_start(b: &[u8]) -> &[u8] {
    let n = b.iter().take_while(|c| c.is_ascii_whitespace()).count();
    &b[n..]
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cp1252(s: &str) -> Vec<u8> {
        encoding_rs::WINDOWS_1252.encode(s).0.into_owned()
    }

    #[test]
    fn bom_wins() {
        let mut b = vec![0xEF, 0xBB, 0xBF];
        b.extend_from_slice("<p>café</p>".as_bytes());
        assert_eq!(
            decode_html(&b, Some("text/html; charset=iso-8859-1")),
            "<p>café</p>"
        );
        let b16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("é".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(decode_html(&b16, None), "é");
    }

    #[test]
    fn http_charset_then_meta() {
        let page = cp1252("<meta charset=\"windows-1252\"><p>café – naïve</p>");
        assert_eq!(decode_with_encoding(&page, None).1, "windows-1252");
        assert!(decode_html(&page, None).contains("café – naïve"));
        let page = cp1252("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"><p>café</p>");
        assert!(decode_html(&page, None).contains("café"));
        let page = cp1252("<p>café</p>");
        assert!(decode_html(&page, Some("text/html; charset=\"ISO-8859-1\"")).contains("café"));
    }

    #[test]
    fn mislabelled_utf8_page_is_not_soup() {
        let text = "<p>Le café était très animé à l’heure du déjeuner, déclare-t-il.</p>";
        let page = cp1252(&format!("<meta charset=\"utf-8\">{text}"));
        let out = decode_html(&page, Some("text/html; charset=utf-8"));
        assert!(!out.contains('\u{FFFD}'), "{out}");
        assert!(out.contains("très animé"), "{out}");
    }

    #[test]
    fn utf8_page_labelled_latin1_is_read_as_utf8() {
        let page = "<meta charset=iso-8859-1><p>Zürich – café</p>".as_bytes();
        assert!(decode_html(page, None).contains("Zürich – café"));
    }

    #[test]
    fn few_corrupt_bytes_keep_utf8() {
        let mut page = "<meta charset=utf-8>".as_bytes().to_vec();
        for _ in 0..200 {
            page.extend_from_slice("é".as_bytes());
        }
        page.push(0xFF);
        let out = decode_html(&page, None);
        assert!(out.contains("éééé"));
        assert_eq!(out.matches('\u{FFFD}').count(), 1);
    }

    #[test]
    fn undeclared_legacy_page_is_guessed() {
        let page = cp1252("<p>Le café était très animé à l’heure du déjeuner, déclare-t-il, et les garçons couraient.</p>");
        let out = decode_html(&page, None);
        assert!(out.contains("très animé"), "{out}");
    }

    #[test]
    fn gbk_page_is_decoded() {
        let text =
            "<p>谷歌在2014年收购的人工智能公司开发出一款能够用自己的记忆学习新知识的计算机。</p>";
        let gbk = |s: &str| encoding_rs::GBK.encode(s).0.into_owned();
        // Declared in a meta tag, after a long head.
        let head = format!(
            "<html><head><script>{}</script><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head>",
            "var x = 1;".repeat(300)
        );
        let page = gbk(&format!("{head}<body>{text}</body></html>"));
        let (out, enc) = decode_with_encoding(&page, None);
        assert_eq!(enc, "GBK");
        assert!(out.contains(text), "{out}");
        // Declared only by HTTP.
        let page = gbk(&format!("<body>{text}</body>"));
        assert!(decode_html(&page, Some("text/html; charset=GBK")).contains(text));
        // Not declared at all: the detector finds it.
        let page = gbk(&format!("<body>{}</body>", text.repeat(3)));
        assert!(decode_html(&page, None).contains(text));
    }

    #[test]
    fn utf8_page_labelled_gbk_is_read_as_utf8() {
        let text =
            "<p>谷歌在2014年收购的人工智能公司开发出一款能够用自己的记忆学习新知识的计算机。</p>";
        let page = format!("<meta charset=\"gb2312\"><title>新电脑</title>{text}");
        let (out, enc) = decode_with_encoding(page.as_bytes(), None);
        assert_eq!(enc, "UTF-8");
        assert!(out.contains(text), "{out}");
        // A handful of bytes that happen to be valid UTF-8 keep the declared encoding.
        let short = encoding_rs::GBK
            .encode("<meta charset=gbk><p>中</p>")
            .0
            .into_owned();
        if std::str::from_utf8(&short).is_ok() {
            assert_eq!(decode_with_encoding(&short, None).1, "GBK");
        }
    }

    #[test]
    fn double_encoded_utf8_is_repaired() {
        let twice: String = "itertools — loops¶ café"
            .bytes()
            .map(|b| b as char)
            .collect();
        let page = format!("<meta charset=utf-8><h1>{twice}</h1><p>Zürich</p>");
        let out = decode_html(page.as_bytes(), None);
        assert!(out.contains("<h1>itertools — loops¶ café</h1>"), "{out}");
        assert!(out.contains("Zürich"));
        // Without a C1 control character there is no proof: Latin-1 text stays as it is.
        assert_eq!(repair_double_encoding("Ã© and Â©".into()), "Ã© and Â©");
    }

    #[test]
    fn meta_charset_outside_meta_is_ignored() {
        let page = cp1252("<script>var charset=\"utf-8\";</script><p>café</p>");
        assert!(!decode_html(&page, None).contains('\u{FFFD}'));
        assert!(sniff_meta_charset(b"<script>charset=utf-8</script>").is_none());
    }
}
