//! Canonical JSON (the RFC 8785 / JCS subset Plenary uses wherever a hash or
//! signature is taken): object keys sorted, no insignificant whitespace, and
//! only integers and strings as scalars — exact numbers such as weights are
//! strings like `"1/3"`, so no float formatting rules are needed.
//!
//! Keys are sorted by their UTF-8 bytes (serde_json's map order); RFC 8785
//! sorts by UTF-16 code units, which gives the same order for every key
//! Plenary writes (all ASCII).

use serde::Serialize;
use serde_json::Value;

/// Why a value has no canonical form.
#[derive(Debug, thiserror::Error)]
pub enum CanonicalError {
    /// The value could not be serialised at all.
    #[error("cannot serialise: {0}")]
    Serialise(#[from] serde_json::Error),
    /// A float appeared; canonical documents carry exact numbers as strings.
    #[error("floating-point number {0} in a canonical document")]
    Float(String),
}

/// Serialises `v` canonically.
pub fn to_canonical_string<T: Serialize + ?Sized>(v: &T) -> Result<String, CanonicalError> {
    let value = serde_json::to_value(v)?;
    reject_floats(&value)?;
    Ok(serde_json::to_string(&value)?)
}

fn reject_floats(v: &Value) -> Result<(), CanonicalError> {
    match v {
        Value::Number(n) if !(n.is_i64() || n.is_u64()) => {
            Err(CanonicalError::Float(n.to_string()))
        }
        Value::Array(items) => items.iter().try_for_each(reject_floats),
        Value::Object(map) => map.values().try_for_each(reject_floats),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn keys_are_sorted_and_whitespace_dropped() {
        let s = to_canonical_string(&json!({"b": 1, "a": {"d": "x", "c": [1, "2"]}}));
        assert_eq!(
            s.ok().as_deref(),
            Some(r#"{"a":{"c":[1,"2"],"d":"x"},"b":1}"#)
        );
    }

    #[test]
    fn floats_are_refused() {
        assert!(to_canonical_string(&json!({"w": 0.5})).is_err());
    }
}
