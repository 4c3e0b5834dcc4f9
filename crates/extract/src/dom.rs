//! Small helpers shared by the metadata and body passes: attribute and class-name reading,
//! matching of short strings.

use aho_corasick::{AhoCorasick, AhoCorasickKind};
use scraper::node::Element;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Attribute lookup by name for the hot loops.
///
/// `Element::attr` interns the name into an atom on every call (a hash-set lookup); comparing
/// the element's few attribute names as strings is several times cheaper.
///
/// The pre-parse pass ([`crate::prune`]) removes every attribute but the ones the engine reads
/// or the parser acts on: reading a new one means adding it to that pass's list first, which
/// debug builds check here.
pub(crate) trait AttrLookup {
    /// The value of attribute `name` (lower-case, no namespace), if present.
    fn attribute(&self, name: &str) -> Option<&str>;
}

impl AttrLookup for Element {
    fn attribute(&self, name: &str) -> Option<&str> {
        debug_assert!(
            !crate::prune::is_unread_attribute(name.as_bytes()),
            "attribute {name} is removed before parsing: see prune::is_unread_attribute"
        );
        self.attrs
            .iter()
            .find(|(q, _)| &*q.local == name)
            .map(|(_, v)| &**v)
    }
}

/// What each distinct `class` attribute of a page was found to say.
///
/// A page repeats a few hundred class strings thousands of times, and reading one (splitting,
/// lower-casing, matching patterns) costs far more than hashing it. (Ids are mostly unique,
/// so they are not cached.) Strings are told apart by a 64-bit hash: two different class
/// strings of one page sharing a hash (odds about 2^-64 per pair) would at worst give one
/// element the other's signal.
pub(crate) struct NameCache<V> {
    known: HashMap<u64, V, BuildHasherDefault<PreHashed>>,
}

/// Distinct class strings remembered per page; later ones are read every time.
const MAX_CACHED_NAMES: usize = 4096;

impl<V: Copy> Default for NameCache<V> {
    fn default() -> Self {
        NameCache {
            known: HashMap::default(),
        }
    }
}

impl<V: Copy> NameCache<V> {
    /// What `read` says of this class string, read once per distinct string.
    pub(crate) fn get(&mut self, class: &str, read: impl FnOnce(&str) -> V) -> V {
        let key = name_hash(class);
        if let Some(&v) = self.known.get(&key) {
            return v;
        }
        let v = read(class);
        if self.known.len() < MAX_CACHED_NAMES {
            self.known.insert(key, v);
        }
        v
    }
}

/// A 64-bit hash of a name string.
fn name_hash(name: &str) -> u64 {
    let mut h: u64 = 0;
    let mut feed = |w: u64| h = (h.rotate_left(5) ^ w).wrapping_mul(0x517c_c1b7_2722_0a95);
    let bytes = name.as_bytes();
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        feed(u64::from_le_bytes(w));
    }
    let mut w = [0u8; 8];
    w[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
    feed(u64::from_le_bytes(w));
    feed(bytes.len() as u64);
    // Final avalanche (MurmurHash3's), so that every bit of the key depends on every input bit.
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

/// Hasher for keys that are hashes already.
#[derive(Default)]
struct PreHashed(u64);

impl Hasher for PreHashed {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x517c_c1b7_2722_0a95);
        }
    }
    fn write_u64(&mut self, v: u64) {
        self.0 = v;
    }
}

/// The longest start of `s` of at most `max_bytes` bytes that ends on a character boundary.
pub(crate) fn prefix_within(s: &str, max_bytes: usize) -> &str {
    let mut end = s.len().min(max_bytes);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// Whether `text` starts with the ASCII `prefix`, ignoring ASCII case.
pub(crate) fn starts_with_ignore_ascii_case(text: &str, prefix: &str) -> bool {
    text.as_bytes()
        .get(..prefix.len())
        .is_some_and(|t| t.eq_ignore_ascii_case(prefix.as_bytes()))
}

/// Whether `hay` contains the ASCII `needle`, ignoring ASCII case: a prefilter for the phrase
/// matchers of long blocks. It finds byte `needle[anchor]` (pick a rare one) in either case with
/// `memchr2`, then compares the bytes around it, where an automaton reads every byte.
pub(crate) fn contains_ignore_ascii_case(hay: &str, needle: &str, anchor: usize) -> bool {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    debug_assert!(needle.is_ascii() && anchor < n.len());
    if h.len() < n.len() {
        return false;
    }
    let a = n[anchor];
    // The anchor of a match lies in `anchor..=h.len() - n.len() + anchor`.
    let zone = &h[anchor..=h.len() - n.len() + anchor];
    memchr::memchr2_iter(a.to_ascii_lowercase(), a.to_ascii_uppercase(), zone)
        .any(|p| h[p..p + n.len()].eq_ignore_ascii_case(n))
}

/// A multi-pattern matcher for the short strings of the hot loops (class names, labels, short
/// blocks): a full DFA without a prefilter, whose per-search set-up is a few instructions
/// where the default's literal prefilter costs hundreds. `None` only if the automaton cannot
/// be built, which plain literals never cause; callers treat it as "no match".
pub(crate) fn short_text_matcher<I, P>(patterns: I, ignore_ascii_case: bool) -> Option<AhoCorasick>
where
    I: IntoIterator<Item = P>,
    P: AsRef<[u8]>,
{
    AhoCorasick::builder()
        .kind(Some(AhoCorasickKind::DFA))
        .prefilter(false)
        .ascii_case_insensitive(ignore_ascii_case)
        .build(patterns)
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_attributes_like_scraper_does() {
        let doc = scraper::Html::parse_fragment(
            r#"<a href="/x" class="c d" rel="v" xml:lang="fr">t</a>"#,
        );
        let sel = scraper::Selector::parse("a").expect("static selector");
        let a = doc.select(&sel).next().expect("one link");
        let e = a.value();
        for name in ["href", "class", "rel", "xml:lang", "title"] {
            assert_eq!(e.attribute(name), e.attr(name), "{name}");
        }
    }

    #[test]
    fn finds_needles_in_any_ascii_case() {
        for anchor in 0..6 {
            assert!(contains_ignore_ascii_case(
                "We use COOKIEs.",
                "cookie",
                anchor
            ));
            assert!(contains_ignore_ascii_case("cookie", "cookie", anchor));
            assert!(contains_ignore_ascii_case("a Cookie", "cookie", anchor));
            assert!(!contains_ignore_ascii_case(
                "cooky cookiE",
                "cookies",
                anchor
            ));
            assert!(!contains_ignore_ascii_case("cookié", "cookie", anchor));
            assert!(!contains_ignore_ascii_case("cook", "cookie", anchor));
        }
    }

    #[test]
    fn name_cache_reads_each_name_once() {
        let mut cache = NameCache::default();
        let mut reads = 0;
        for class in ["a b", "a b", "ab", ""] {
            let v = cache.get(class, |c| {
                reads += 1;
                c.len()
            });
            assert_eq!(v, class.len());
        }
        assert_eq!(reads, 3);
    }

    #[test]
    fn name_hashes_tell_names_apart() {
        let names = [
            "",
            "a",
            "ab",
            "a b",
            "article-body-text",
            "article-body-texts",
            "article-body-tex",
            "\0",
        ];
        let mut seen = std::collections::HashSet::new();
        for n in names {
            assert!(seen.insert(name_hash(n)), "{n:?}");
        }
    }
}
