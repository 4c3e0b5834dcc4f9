//! Small DOM helpers shared by the metadata and body passes.

use scraper::node::Element;
use std::collections::HashMap;

/// Attribute lookup by name for the hot loops.
///
/// `Element::attr` interns the name into an atom on every call (a hash-set lookup); comparing
/// the element's few attribute names as strings is several times cheaper.
pub(crate) trait AttrLookup {
    /// The value of attribute `name` (lower-case, no namespace), if present.
    fn attribute(&self, name: &str) -> Option<&str>;
}

impl AttrLookup for Element {
    fn attribute(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(q, _)| &*q.local == name)
            .map(|(_, v)| &**v)
    }
}

/// What each distinct `class`/`id` pair of a page was found to say.
///
/// A page repeats a few hundred such pairs thousands of times, and reading one (splitting,
/// lower-casing, matching patterns) costs far more than a hash lookup.
pub(crate) struct NameCache<V> {
    known: HashMap<String, V>,
    key: String,
}

/// Distinct `class`/`id` pairs remembered per page; later ones are read every time.
pub(crate) const MAX_CACHED_NAMES: usize = 4096;

impl<V: Copy> Default for NameCache<V> {
    fn default() -> Self {
        NameCache {
            known: HashMap::new(),
            key: String::new(),
        }
    }
}

impl<V: Copy> NameCache<V> {
    /// What `read` says of this pair, read once per distinct pair.
    pub(crate) fn get(
        &mut self,
        class: Option<&str>,
        id: Option<&str>,
        read: impl FnOnce(Option<&str>, Option<&str>) -> V,
    ) -> V {
        self.key.clear();
        self.key.push_str(class.unwrap_or(""));
        self.key.push('\0');
        self.key.push_str(id.unwrap_or(""));
        if let Some(&v) = self.known.get(self.key.as_str()) {
            return v;
        }
        let v = read(class, id);
        if self.known.len() < MAX_CACHED_NAMES {
            self.known.insert(self.key.clone(), v);
        }
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_attributes_like_scraper_does() {
        let doc = scraper::Html::parse_fragment(
            r#"<a href="/x" class="c d" data-k="v" xml:lang="fr">t</a>"#,
        );
        let sel = scraper::Selector::parse("a").expect("static selector");
        let a = doc.select(&sel).next().expect("one link");
        let e = a.value();
        for name in ["href", "class", "data-k", "xml:lang", "missing"] {
            assert_eq!(e.attribute(name), e.attr(name), "{name}");
        }
    }

    #[test]
    fn name_cache_reads_each_pair_once() {
        let mut cache = NameCache::default();
        let mut reads = 0;
        for (class, id) in [
            (Some("a b"), None),
            (Some("a b"), None),
            (Some("a"), Some("b")),
        ] {
            let v = cache.get(class, id, |c, i| {
                reads += 1;
                c.map_or(0, str::len) + i.map_or(0, str::len)
            });
            assert_eq!(v, 3.min(class.map_or(0, str::len) + id.map_or(0, str::len)));
        }
        assert_eq!(reads, 2);
    }
}
