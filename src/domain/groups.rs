//! Stakeholder groups: a configurable list of ids with human labels.

use serde::Serialize;

use super::ValidationError;

/// The default groups of a multi-stakeholder panel.
pub const DEFAULT_GROUPS: &[(&str, &str)] = &[
    ("member_state", "Member states"),
    ("industry", "Industry"),
    ("civil_society", "Civil society"),
    ("academia", "Academia"),
    ("technical_community", "Technical community"),
    ("intergovernmental", "Intergovernmental organisations"),
];

/// One stakeholder group as configured.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GroupDef {
    /// Stable id stored on users and in exports, e.g. `member_state`.
    pub id: String,
    /// Label shown to people.
    pub label: String,
}

/// The configured list of groups; parsing a group id goes through it so an
/// unknown group can never be stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StakeholderGroups {
    groups: Vec<GroupDef>,
}

/// A group id known to be in the configured list.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct StakeholderGroup(String);

impl StakeholderGroup {
    /// The id as stored.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Default for StakeholderGroups {
    fn default() -> Self {
        StakeholderGroups {
            groups: DEFAULT_GROUPS
                .iter()
                .map(|(id, label)| GroupDef {
                    id: (*id).to_owned(),
                    label: (*label).to_owned(),
                })
                .collect(),
        }
    }
}

impl StakeholderGroups {
    /// Reads `id=Label,id=Label` (the `PLENARY_STAKEHOLDER_GROUPS` setting).
    /// A bare `id` gets itself as label.
    pub fn from_spec(spec: &str) -> Result<Self, String> {
        let mut groups: Vec<GroupDef> = Vec::new();
        for item in spec.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            let (id, label) = match item.split_once('=') {
                Some((id, label)) => (id.trim(), label.trim()),
                None => (item, item),
            };
            let valid = !id.is_empty()
                && id.len() <= 64
                && id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
            if !valid {
                return Err(format!(
                    "stakeholder group id {id:?} must be lower-case letters, digits and _"
                ));
            }
            if groups.iter().any(|g| g.id == id) {
                return Err(format!("stakeholder group {id:?} is listed twice"));
            }
            groups.push(GroupDef {
                id: id.to_owned(),
                label: if label.is_empty() { id } else { label }.to_owned(),
            });
        }
        if groups.is_empty() {
            return Err("the list of stakeholder groups is empty".to_owned());
        }
        Ok(StakeholderGroups { groups })
    }

    /// Every group, in configured order (forms list them this way).
    pub fn all(&self) -> &[GroupDef] {
        &self.groups
    }

    /// Accepts only a configured id.
    pub fn parse(&self, raw: &str) -> Result<StakeholderGroup, ValidationError> {
        let raw = raw.trim();
        self.groups
            .iter()
            .find(|g| g.id == raw)
            .map(|g| StakeholderGroup(g.id.clone()))
            .ok_or_else(|| {
                let ids: Vec<&str> = self.groups.iter().map(|g| g.id.as_str()).collect();
                ValidationError::with(
                    "group",
                    "err-group",
                    [("value", format!("{raw:?}")), ("choices", ids.join(", "))],
                )
            })
    }

    /// The label for an id; falls back to the id for groups removed from the
    /// configuration after users were stored with them.
    pub fn label<'a>(&'a self, id: &'a str) -> &'a str {
        self.groups
            .iter()
            .find(|g| g.id == id)
            .map(|g| g.label.as_str())
            .unwrap_or(id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_list_accepts_member_state_and_refuses_unknown() {
        let g = StakeholderGroups::default();
        assert_eq!(
            g.parse("member_state").map(|g| g.0),
            Ok("member_state".into())
        );
        assert!(g.parse("martians").is_err());
    }

    #[test]
    fn spec_parses_labels_and_rejects_duplicates() {
        let g = StakeholderGroups::from_spec("a=Alpha, b").expect("valid");
        assert_eq!(g.label("a"), "Alpha");
        assert_eq!(g.label("b"), "b");
        assert!(StakeholderGroups::from_spec("a,a").is_err());
        assert!(StakeholderGroups::from_spec("Bad Id").is_err());
        assert!(StakeholderGroups::from_spec("").is_err());
    }
}
