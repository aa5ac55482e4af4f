//! A round's houses: named sets of stakeholder groups, checked once.

use std::collections::BTreeSet;

use serde_json::{Map, Value, json};

use super::RuleError;

/// A round's houses: each a named set of stakeholder groups, in the order
/// the chair gave them (presets over two houses depend on that order).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Houses(pub Vec<(String, Vec<String>)>);

impl Houses {
    /// The groups of a house, if it exists.
    pub fn groups(&self, house: &str) -> Option<&[String]> {
        self.0
            .iter()
            .find(|(h, _)| h == house)
            .map(|(_, g)| g.as_slice())
    }

    /// Whether the round has no houses.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The houses as a JSON object (stored and published; the order no
    /// longer matters once presets are expanded).
    pub fn to_value(&self) -> Value {
        Value::Object(
            self.0
                .iter()
                .map(|(h, g)| (h.clone(), json!(g)))
                .collect::<Map<_, _>>(),
        )
    }

    /// Checks houses as a chair gives them: ids like group ids, each
    /// with at least one group, each group known (when `groups` is given)
    /// and in at most one house.
    pub fn parse(
        raw: Vec<(String, Vec<String>)>,
        groups: Option<&BTreeSet<String>>,
    ) -> Result<Houses, RuleError> {
        let mut seen_groups = BTreeSet::new();
        let mut seen_houses = BTreeSet::new();
        if raw.len() > 16 {
            return Err(RuleError::new("houses", "A round has at most 16 houses."));
        }
        for (house, members) in &raw {
            if !is_id(house) {
                return Err(RuleError::new(
                    "houses",
                    format!(
                        "House id {house:?} must be 1–40 lower-case letters, digits, '_' or '-'."
                    ),
                ));
            }
            if !seen_houses.insert(house.clone()) {
                return Err(RuleError::new(
                    "houses",
                    format!("House {house} is listed twice."),
                ));
            }
            if members.is_empty() {
                return Err(RuleError::new(
                    "houses",
                    format!("House {house} has no stakeholder group."),
                ));
            }
            for g in members {
                if let Some(known) = groups
                    && !known.contains(g)
                {
                    return Err(RuleError::new(
                        "houses",
                        format!("House {house} names unknown stakeholder group {g:?}."),
                    ));
                }
                if !seen_groups.insert(g.clone()) {
                    return Err(RuleError::new(
                        "houses",
                        format!(
                            "Stakeholder group {g} is in more than one house (or listed twice)."
                        ),
                    ));
                }
            }
        }
        Ok(Houses(raw))
    }
}

pub(crate) fn is_id(s: &str) -> bool {
    (1..=40).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-')
}
