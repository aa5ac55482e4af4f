//! Stakeholder groups: a configurable list of ids with human labels.

use serde::Serialize;

use super::ValidationError;
use super::labels::{self, LabelDef};
use crate::i18n::Lang;

/// The default groups of a multi-stakeholder panel.
pub const DEFAULT_GROUPS: &[(&str, &str)] = &[
    ("member_state", "Member states"),
    ("industry", "Industry"),
    ("civil_society", "Civil society"),
    ("academia", "Academia"),
    ("technical_community", "Technical community"),
    ("intergovernmental", "Intergovernmental organisations"),
];

/// One stakeholder group as configured: its id and its labels (see
/// `domain::labels`; catalogue messages `group-<id>`).
pub type GroupDef = LabelDef;

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
            groups: labels::defaults(DEFAULT_GROUPS, "group"),
        }
    }
}

impl StakeholderGroups {
    /// Reads `id=Label,id=Label` (the `PLENARY_STAKEHOLDER_GROUPS` setting).
    /// A bare `id` gets the catalogue's label when there is one (the
    /// default ids), else itself.
    pub fn from_spec(spec: &str) -> Result<Self, String> {
        let groups = labels::parse_spec(spec, "stakeholder group", "group")?;
        if groups.is_empty() {
            return Err("the list of stakeholder groups is empty".to_owned());
        }
        Ok(StakeholderGroups { groups })
    }

    /// Adds the labels in `lang` (the `PLENARY_STAKEHOLDER_GROUPS_<LANG>`
    /// setting, `id=Label,id=Label`).
    pub fn translate(&mut self, lang: Lang, spec: &str) -> Result<(), String> {
        labels::translate(&mut self.groups, lang, spec, "stakeholder group")
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

    /// The label of `id` in `lang`; falls back to the id for groups
    /// removed from the configuration after users were stored with them.
    pub fn label(&self, lang: Lang, id: &str) -> String {
        labels::label_of(&self.groups, lang, id)
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
        assert_eq!(g.label(Lang::En, "a"), "Alpha");
        assert_eq!(g.label(Lang::Fr, "b"), "b");
        assert!(StakeholderGroups::from_spec("a,a").is_err());
        assert!(StakeholderGroups::from_spec("Bad Id").is_err());
        assert!(StakeholderGroups::from_spec("").is_err());
    }
}
