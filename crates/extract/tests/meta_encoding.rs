//! Decoding never panics and never yields replacement-character soup from a mislabelled page.

use crawl_extract::encoding::decode_html;

#[test]
fn random_bytes_never_panic() {
    let mut x: u64 = 0x2545_F491_4F6C_DD1D;
    for len in [0usize, 1, 2, 3, 7, 100, 5000] {
        for _ in 0..20 {
            let bytes: Vec<u8> = (0..len)
                .map(|_| {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    x as u8
                })
                .collect();
            for ct in [
                None,
                Some("text/html; charset=utf-8"),
                Some("text/html; charset=bogus"),
                Some(";;="),
            ] {
                let _ = decode_html(&bytes, ct);
            }
        }
    }
}

#[test]
fn windows_1252_page_behind_a_utf8_header() {
    let text = "<html><head><meta charset=\"utf-8\"><title>Café society</title></head>\
                <body><p>“Smart quotes” — and an em dash, façade, naïve, déjà vu.</p></body></html>";
    let bytes = encoding_rs::WINDOWS_1252.encode(text).0.into_owned();
    let out = decode_html(&bytes, Some("text/html; charset=UTF-8"));
    assert!(!out.contains('\u{FFFD}'), "{out}");
    assert!(
        out.contains("“Smart quotes” — and an em dash, façade"),
        "{out}"
    );
}

#[test]
fn shift_jis_page_with_meta_charset() {
    let text =
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">\
                </head><body><p>日本語のニュース記事です。</p></body></html>";
    let bytes = encoding_rs::SHIFT_JIS.encode(text).0.into_owned();
    assert!(decode_html(&bytes, None).contains("日本語のニュース記事です。"));
}
