//! Canonical JSON: one byte sequence per value, so that documents can be
//! hashed, signed and compared byte for byte (results documents, the audit
//! trail, ballot digests).
//!
//! The rules are the subset of RFC 8785 (JSON Canonicalization Scheme) that
//! Plenary needs:
//!
//! * no insignificant whitespace: no spaces or newlines between tokens;
//! * object members sorted by key, comparing the keys as sequences of UTF-16
//!   code units (as RFC 8785 requires; for ASCII keys this is plain byte
//!   order); duplicate keys cannot occur (values come from Rust maps/structs);
//! * numbers: only integers in the I-JSON safe range −(2⁵³−1) … 2⁵³−1, written
//!   in plain decimal; floats are rejected (exact quantities such as weights
//!   are strings like `"1/3"`);
//! * strings: UTF-8, escaping only `"` and `\` and the control characters
//!   U+0000–U+001F (as `\b`, `\t`, `\n`, `\f`, `\r`, otherwise `\u00xx` with
//!   lowercase hex); everything else, `/` and non-ASCII included, is written
//!   as is;
//! * `true`, `false`, `null` as literals.

use serde::Serialize;
use serde_json::Value;
use std::cmp::Ordering;

/// Largest integer that every JSON reader (including JavaScript) represents
/// exactly; larger integers are rejected rather than silently rounded.
pub const MAX_SAFE_INTEGER: u64 = (1 << 53) - 1;

/// Why a value could not be written canonically.
#[derive(Debug, thiserror::Error)]
pub enum CanonicalError {
    /// The value did not serialize to JSON at all (e.g. a map with non-string keys).
    #[error("value cannot be serialized to JSON: {0}")]
    Serialize(#[from] serde_json::Error),
    /// A float appeared; canonical documents carry exact numbers as strings.
    #[error("floating-point number {0} is not allowed in canonical JSON")]
    Float(String),
    /// An integer outside the I-JSON safe range appeared.
    #[error("integer {0} is outside the safe range ±(2^53-1)")]
    IntegerOutOfRange(String),
}

/// Serializes `v` to canonical JSON (see the module documentation for the
/// rules). The same value always gives the same bytes.
pub fn to_canonical_string<T: Serialize>(v: &T) -> Result<String, CanonicalError> {
    let value = serde_json::to_value(v)?;
    let mut out = String::new();
    write_value(&value, &mut out)?;
    Ok(out)
}

fn write_value(v: &Value, out: &mut String) -> Result<(), CanonicalError> {
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => {
            if let Some(u) = n.as_u64() {
                if u > MAX_SAFE_INTEGER {
                    return Err(CanonicalError::IntegerOutOfRange(n.to_string()));
                }
                out.push_str(&u.to_string());
            } else if let Some(i) = n.as_i64() {
                if i.unsigned_abs() > MAX_SAFE_INTEGER {
                    return Err(CanonicalError::IntegerOutOfRange(n.to_string()));
                }
                out.push_str(&i.to_string());
            } else {
                return Err(CanonicalError::Float(n.to_string()));
            }
        }
        Value::String(s) => write_string(s, out),
        Value::Array(items) => {
            out.push('[');
            for (k, item) in items.iter().enumerate() {
                if k > 0 {
                    out.push(',');
                }
                write_value(item, out)?;
            }
            out.push(']');
        }
        Value::Object(map) => {
            let mut entries: Vec<(&String, &Value)> = map.iter().collect();
            entries.sort_by(|a, b| utf16_cmp(a.0, b.0));
            out.push('{');
            for (k, (key, item)) in entries.into_iter().enumerate() {
                if k > 0 {
                    out.push(',');
                }
                write_string(key, out);
                out.push(':');
                write_value(item, out)?;
            }
            out.push('}');
        }
    }
    Ok(())
}

fn utf16_cmp(a: &str, b: &str) -> Ordering {
    a.encode_utf16().cmp(b.encode_utf16())
}

fn write_string(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{8}' => out.push_str("\\b"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\u{c}' => out.push_str("\\f"),
            '\r' => out.push_str("\\r"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use serde_json::json;
    use std::collections::HashMap;

    #[test]
    fn keys_are_sorted_and_whitespace_removed() {
        let v = json!({"b": [1, 2, {"z": null, "a": true}], "a": "x"});
        assert_eq!(
            to_canonical_string(&v).unwrap(),
            r#"{"a":"x","b":[1,2,{"a":true,"z":null}]}"#
        );
    }

    #[test]
    fn hash_map_iteration_order_does_not_matter() {
        let mut m = HashMap::new();
        for k in ["delta", "alpha", "charlie", "bravo", "echo"] {
            m.insert(k.to_string(), k.len());
        }
        assert_eq!(
            to_canonical_string(&m).unwrap(),
            r#"{"alpha":5,"bravo":5,"charlie":7,"delta":5,"echo":4}"#
        );
    }

    #[test]
    fn floats_are_rejected() {
        assert!(matches!(
            to_canonical_string(&json!({"w": 0.5})),
            Err(CanonicalError::Float(_))
        ));
        assert!(matches!(
            to_canonical_string(&1.0f64),
            Err(CanonicalError::Float(_))
        ));
    }

    #[test]
    fn unsafe_integers_are_rejected_and_safe_ones_kept() {
        assert_eq!(
            to_canonical_string(&MAX_SAFE_INTEGER).unwrap(),
            "9007199254740991"
        );
        assert_eq!(to_canonical_string(&-42i64).unwrap(), "-42");
        assert!(matches!(
            to_canonical_string(&(MAX_SAFE_INTEGER + 1)),
            Err(CanonicalError::IntegerOutOfRange(_))
        ));
    }

    #[test]
    fn strings_escape_only_what_jcs_requires() {
        let s = "a\"b\\c\n\u{1}/é€😀";
        assert_eq!(
            to_canonical_string(&s).unwrap(),
            "\"a\\\"b\\\\c\\n\\u0001/é€😀\""
        );
    }

    #[test]
    fn keys_compare_as_utf16_code_units() {
        // U+FB01 sorts after U+1F600 in UTF-8 byte order but before it in UTF-16.
        let v = json!({"\u{1F600}": 1, "\u{FB01}": 2});
        assert_eq!(
            to_canonical_string(&v).unwrap(),
            "{\"\u{1F600}\":1,\"\u{FB01}\":2}"
        );
    }
}
