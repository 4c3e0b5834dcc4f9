//! Small DOM helpers shared by the metadata and body passes.

use scraper::node::Element;

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
}
