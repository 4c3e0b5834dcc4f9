//! A minimal search: every query word must occur in a searchable attribute (the last one as a
//! prefix), filters support `=`, `!=`, `>`, `>=`, `<`, `<=`, `IN [..]`, `EXISTS`, `TO`, `AND`, `OR`,
//! `NOT` and parentheses, and sorting on sortable attributes. No typo tolerance, no ranking
//! beyond the requested sort: tests should search for exact, distinctive words.

use serde_json::{Map, Value};

use crate::rules::MeiliError;
use crate::state::Index;

/// A parsed filter expression.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Filter {
    And(Vec<Filter>),
    Or(Vec<Filter>),
    Not(Box<Filter>),
    Cmp {
        attr: String,
        op: &'static str,
        value: String,
    },
    In {
        attr: String,
        values: Vec<String>,
    },
    Exists {
        attr: String,
    },
    Range {
        attr: String,
        low: String,
        high: String,
    },
}

impl Filter {
    fn attributes(&self, out: &mut Vec<String>) {
        match self {
            Filter::And(v) | Filter::Or(v) => v.iter().for_each(|f| f.attributes(out)),
            Filter::Not(f) => f.attributes(out),
            Filter::Cmp { attr, .. }
            | Filter::In { attr, .. }
            | Filter::Exists { attr }
            | Filter::Range { attr, .. } => out.push(attr.clone()),
        }
    }

    fn matches(&self, doc: &Map<String, Value>) -> bool {
        match self {
            Filter::And(v) => v.iter().all(|f| f.matches(doc)),
            Filter::Or(v) => v.iter().any(|f| f.matches(doc)),
            Filter::Not(f) => !f.matches(doc),
            Filter::Exists { attr } => doc.contains_key(attr),
            Filter::Cmp { attr, op, value } => {
                scalars(doc.get(attr)).iter().any(|s| compare(s, op, value))
            }
            Filter::In { attr, values } => scalars(doc.get(attr))
                .iter()
                .any(|s| values.iter().any(|v| compare(s, "=", v))),
            Filter::Range { attr, low, high } => scalars(doc.get(attr))
                .iter()
                .any(|s| compare(s, ">=", low) && compare(s, "<=", high)),
        }
    }
}

fn scalars(v: Option<&Value>) -> Vec<Value> {
    match v {
        Some(Value::Array(items)) => items.clone(),
        Some(other) => vec![other.clone()],
        None => Vec::new(),
    }
}

fn compare(doc_value: &Value, op: &str, wanted: &str) -> bool {
    let numeric = match doc_value {
        Value::Number(n) => n.as_f64(),
        _ => None,
    };
    if let (Some(a), Ok(b)) = (numeric, wanted.parse::<f64>()) {
        return match op {
            "=" => a == b,
            "!=" => a != b,
            ">" => a > b,
            ">=" => a >= b,
            "<" => a < b,
            "<=" => a <= b,
            _ => false,
        };
    }
    let text = match doc_value {
        Value::String(s) => s.to_lowercase(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        _ => return op == "!=",
    };
    let wanted = wanted.to_lowercase();
    match op {
        "=" => text == wanted,
        "!=" => text != wanted,
        _ => false,
    }
}

fn filter_error(message: String) -> MeiliError {
    MeiliError::invalid(400, "invalid_search_filter", message)
}

/// Splits a filter string into tokens: quoted strings, brackets, commas, operators and words.
fn tokenize(s: &str) -> Result<Vec<String>, MeiliError> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
        } else if c == '\'' || c == '"' {
            let mut j = i + 1;
            let mut text = String::new();
            while j < chars.len() && chars[j] != c {
                if chars[j] == '\\' && j + 1 < chars.len() {
                    j += 1;
                }
                text.push(chars[j]);
                j += 1;
            }
            if j >= chars.len() {
                return Err(filter_error(format!(
                    "Expression `{s}` is missing a closing quote."
                )));
            }
            out.push(format!("\u{0}{text}"));
            i = j + 1;
        } else if "()[],".contains(c) {
            out.push(c.to_string());
            i += 1;
        } else if "=!<>".contains(c) {
            if i + 1 < chars.len() && chars[i + 1] == '=' {
                out.push(format!("{c}="));
                i += 2;
            } else {
                out.push(c.to_string());
                i += 1;
            }
        } else {
            let mut j = i;
            while j < chars.len() && !chars[j].is_whitespace() && !"()[],=!<>'\"".contains(chars[j])
            {
                j += 1;
            }
            out.push(chars[i..j].iter().collect());
            i = j;
        }
    }
    Ok(out)
}

struct Parser {
    tokens: Vec<String>,
    pos: usize,
    source: String,
}

impl Parser {
    fn peek(&self) -> Option<&str> {
        self.tokens.get(self.pos).map(String::as_str)
    }

    fn next(&mut self) -> Option<String> {
        let t = self.tokens.get(self.pos).cloned();
        self.pos += 1;
        t
    }

    fn keyword(&self, word: &str) -> bool {
        self.peek().is_some_and(|t| t.eq_ignore_ascii_case(word))
    }

    fn err(&self) -> MeiliError {
        filter_error(format!(
            "Was expecting an operation `=`, `!=`, `>=`, `>`, `<=`, `<`, `IN`, `NOT IN`, `TO`, `EXISTS`, `NOT EXISTS`, `IS NULL`, `IS NOT NULL`, `IS EMPTY`, `IS NOT EMPTY`, `CONTAINS`, `NOT CONTAINS`, `STARTS WITH`, `NOT STARTS WITH`, `_geoRadius`, or `_geoBoundingBox` at `{}`.",
            self.source
        ))
    }

    fn or(&mut self) -> Result<Filter, MeiliError> {
        let mut parts = vec![self.and()?];
        while self.keyword("OR") {
            self.pos += 1;
            parts.push(self.and()?);
        }
        Ok(if parts.len() == 1 {
            parts.remove(0)
        } else {
            Filter::Or(parts)
        })
    }

    fn and(&mut self) -> Result<Filter, MeiliError> {
        let mut parts = vec![self.not()?];
        while self.keyword("AND") {
            self.pos += 1;
            parts.push(self.not()?);
        }
        Ok(if parts.len() == 1 {
            parts.remove(0)
        } else {
            Filter::And(parts)
        })
    }

    fn not(&mut self) -> Result<Filter, MeiliError> {
        if self.keyword("NOT") {
            self.pos += 1;
            return Ok(Filter::Not(Box::new(self.not()?)));
        }
        if self.peek() == Some("(") {
            self.pos += 1;
            let inner = self.or()?;
            if self.next().as_deref() != Some(")") {
                return Err(self.err());
            }
            return Ok(inner);
        }
        self.condition()
    }

    fn value(&mut self) -> Result<String, MeiliError> {
        match self.next() {
            Some(t) if t.starts_with('\u{0}') => Ok(t[1..].to_string()),
            Some(t) if !"()[],".contains(t.as_str()) => Ok(t),
            _ => Err(self.err()),
        }
    }

    fn condition(&mut self) -> Result<Filter, MeiliError> {
        let attr = self.value()?;
        let Some(op) = self.next() else {
            return Err(self.err());
        };
        let upper = op.to_ascii_uppercase();
        match upper.as_str() {
            "=" | "!=" | ">" | ">=" | "<" | "<=" => {
                let op: &'static str = match upper.as_str() {
                    "=" => "=",
                    "!=" => "!=",
                    ">" => ">",
                    ">=" => ">=",
                    "<" => "<",
                    _ => "<=",
                };
                let value = self.value()?;
                Ok(Filter::Cmp { attr, op, value })
            }
            "EXISTS" => Ok(Filter::Exists { attr }),
            "IN" => {
                if self.next().as_deref() != Some("[") {
                    return Err(self.err());
                }
                let mut values = Vec::new();
                loop {
                    if self.peek() == Some("]") {
                        self.pos += 1;
                        break;
                    }
                    values.push(self.value()?);
                    match self.next().as_deref() {
                        Some(",") => {}
                        Some("]") => break,
                        _ => return Err(self.err()),
                    }
                }
                Ok(Filter::In { attr, values })
            }
            _ if !op.starts_with('\u{0}') => {
                // `attr low TO high`
                let low = op;
                if !self.keyword("TO") {
                    return Err(self.err());
                }
                self.pos += 1;
                let high = self.value()?;
                Ok(Filter::Range { attr, low, high })
            }
            _ => Err(self.err()),
        }
    }
}

/// Parses one filter string.
pub(crate) fn parse_filter(s: &str) -> Result<Filter, MeiliError> {
    let mut p = Parser {
        tokens: tokenize(s)?,
        pos: 0,
        source: s.to_string(),
    };
    let f = p.or()?;
    if p.pos != p.tokens.len() {
        return Err(p.err());
    }
    Ok(f)
}

/// Parses the `filter` search parameter: a string, or an array whose items are ANDed (inner
/// arrays ORed).
pub(crate) fn parse_filter_param(v: &Value) -> Result<Option<Filter>, MeiliError> {
    match v {
        Value::Null => Ok(None),
        Value::String(s) if s.trim().is_empty() => Ok(None),
        Value::String(s) => parse_filter(s).map(Some),
        Value::Array(items) => {
            let mut and = Vec::new();
            for item in items {
                match item {
                    Value::String(s) => and.push(parse_filter(s)?),
                    Value::Array(inner) => {
                        let mut or = Vec::new();
                        for x in inner {
                            match x {
                                Value::String(s) => or.push(parse_filter(s)?),
                                _ => return Err(filter_error("Invalid syntax for the filter parameter: `expected String, Array`.".into())),
                            }
                        }
                        and.push(Filter::Or(or));
                    }
                    _ => {
                        return Err(filter_error(
                            "Invalid syntax for the filter parameter: `expected String, Array`."
                                .into(),
                        ))
                    }
                }
            }
            Ok(Some(Filter::And(and)))
        }
        _ => Err(filter_error(
            "Invalid syntax for the filter parameter: `expected String, Array`.".into(),
        )),
    }
}

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

fn collect_text(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) => out.extend(words(s)),
        Value::Number(n) => out.push(n.to_string()),
        Value::Array(items) => items.iter().for_each(|x| collect_text(x, out)),
        Value::Object(o) => o.values().for_each(|x| collect_text(x, out)),
        _ => {}
    }
}

/// Search parameters the double understands.
pub(crate) struct Query {
    pub q: String,
    pub filter: Option<Filter>,
    pub sort: Vec<(String, bool)>,
    pub limit: usize,
    pub offset: usize,
}

/// Checks the filter and sort attributes against the index settings.
pub(crate) fn check_query(index_uid: &str, index: &Index, q: &Query) -> Result<(), MeiliError> {
    if let Some(f) = &q.filter {
        let mut attrs = Vec::new();
        f.attributes(&mut attrs);
        let filterable = index.filterable();
        if let Some(bad) = attrs.iter().find(|a| !filterable.contains(a)) {
            let mut sorted = filterable.clone();
            sorted.sort();
            let list = sorted
                .iter()
                .map(|a| format!("`{a}`"))
                .collect::<Vec<_>>()
                .join(", ");
            return Err(filter_error(format!(
                "Index `{index_uid}`: Attribute `{bad}` is not filterable. Available filterable attribute patterns are: {list}."
            )));
        }
    }
    let sortable = index.sortable();
    if let Some((bad, _)) = q.sort.iter().find(|(a, _)| !sortable.contains(a)) {
        let list = sortable
            .iter()
            .map(|a| format!("`{a}`"))
            .collect::<Vec<_>>()
            .join(", ");
        return Err(MeiliError::invalid(
            400,
            "invalid_search_sort",
            format!("Index `{index_uid}`: Attribute `{bad}` is not sortable. Available sortable attributes are: {list}."),
        ));
    }
    Ok(())
}

/// Runs a query; returns the page of hits and the total number of matches.
pub(crate) fn run(index: &Index, q: &Query) -> (Vec<Value>, usize) {
    let terms = words(&q.q);
    let searchable = index.searchable();
    let mut hits: Vec<&Map<String, Value>> = index
        .ordered_docs()
        .into_iter()
        .filter(|doc| q.filter.as_ref().is_none_or(|f| f.matches(doc)))
        .filter(|doc| {
            if terms.is_empty() {
                return true;
            }
            let mut text = Vec::new();
            match &searchable {
                None => doc.values().for_each(|v| collect_text(v, &mut text)),
                Some(attrs) => attrs
                    .iter()
                    .filter_map(|a| doc.get(a))
                    .for_each(|v| collect_text(v, &mut text)),
            }
            terms.iter().enumerate().all(|(i, t)| {
                if i + 1 == terms.len() {
                    text.iter().any(|w| w.starts_with(t.as_str()))
                } else {
                    text.iter().any(|w| w == t)
                }
            })
        })
        .collect();
    for (attr, asc) in q.sort.iter().rev() {
        hits.sort_by(|a, b| {
            let ord = order(a.get(attr), b.get(attr));
            if *asc {
                ord
            } else {
                ord.reverse()
            }
        });
    }
    let total = hits.len();
    let page = hits
        .into_iter()
        .skip(q.offset)
        .take(q.limit)
        .map(|d| Value::Object(d.clone()))
        .collect();
    (page, total)
}

fn order(a: Option<&Value>, b: Option<&Value>) -> std::cmp::Ordering {
    use std::cmp::Ordering;
    match (a, b) {
        (Some(Value::Number(x)), Some(Value::Number(y))) => x
            .as_f64()
            .partial_cmp(&y.as_f64())
            .unwrap_or(Ordering::Equal),
        (Some(Value::String(x)), Some(Value::String(y))) => x.cmp(y),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        _ => Ordering::Equal,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn doc(v: Value) -> Map<String, Value> {
        v.as_object().unwrap().clone()
    }

    #[test]
    fn parses_and_evaluates_filters() {
        let d = doc(json!({"site": "Example.org", "ts": 5, "tags": ["a", "b"]}));
        for (f, expected) in [
            ("site = 'example.org'", true),
            ("site = \"other\"", false),
            ("ts > 4 AND ts <= 5", true),
            ("ts 1 TO 4", false),
            ("tags IN [c, b]", true),
            ("NOT site = example.org OR ts = 5", true),
            ("(ts < 3 OR ts > 10) AND site EXISTS", false),
            ("missing EXISTS", false),
        ] {
            assert_eq!(parse_filter(f).unwrap().matches(&d), expected, "{f}");
        }
        assert!(parse_filter("site =").is_err());
        assert!(parse_filter("site = 'x").is_err());
        assert!(parse_filter("site").is_err());
    }

    #[test]
    fn filter_arrays_and_or() {
        let f = parse_filter_param(&json!(["a = 1", ["b = 2", "b = 3"]]))
            .unwrap()
            .unwrap();
        assert!(f.matches(&doc(json!({"a": 1, "b": 3}))));
        assert!(!f.matches(&doc(json!({"a": 1, "b": 4}))));
    }
}
