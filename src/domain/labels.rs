//! Configured lists whose entries people read in their own language: the
//! stakeholder groups and the themes. Each entry keeps a stable id (stored
//! on users and proposals, and what exports and the API carry) and is shown
//! by [`LabelDef::label_in`]:
//!
//! 1. a label configured for that language (`PLENARY_STAKEHOLDER_GROUPS_FR`,
//!    `PLENARY_THEMES_AR`, …: `id=Label,id=Label`), else
//! 2. the catalogue's message `<prefix>-<id>` (`group-civil_society`,
//!    `theme-digital_skills`) when the entry's label is the catalogue's —
//!    the defaults, a bare id that has such a message, or `id=Label` with
//!    the catalogue's English label — else
//! 3. the configured label, as written.

use serde::Serialize;

use crate::i18n::{self, Lang};

/// One configured entry and its labels.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LabelDef {
    /// Stable id, e.g. `member_state` or `connectivity`.
    pub id: String,
    /// The label as configured (or the English default).
    pub label: String,
    /// The catalogue message that translates `label`, if there is one.
    #[serde(skip)]
    pub catalogue: Option<String>,
    /// Labels configured per language; they win over the catalogue.
    #[serde(skip)]
    pub translations: Vec<(Lang, String)>,
}

impl LabelDef {
    /// The label in `lang` (see the module comment for the order).
    /// (Templates pass the language by reference.)
    pub fn label_in(&self, lang: impl std::borrow::Borrow<Lang>) -> String {
        let lang = *lang.borrow();
        if let Some((_, l)) = self.translations.iter().find(|(l, _)| *l == lang) {
            return l.clone();
        }
        match &self.catalogue {
            Some(id) => i18n::t(lang, id),
            None => self.label.clone(),
        }
    }
}

/// `prefix-id` when the catalogues have it and `label` is its English text
/// (or no label was given).
fn catalogue_id(prefix: &str, id: &str, label: Option<&str>) -> Option<String> {
    let msg = format!("{prefix}-{id}");
    (i18n::has_message(&msg) && label.is_none_or(|l| l == i18n::t(Lang::En, &msg))).then_some(msg)
}

/// The built-in list `defaults` (`(id, English label)`), translated by the
/// catalogues.
pub fn defaults(defaults: &[(&str, &str)], prefix: &str) -> Vec<LabelDef> {
    defaults
        .iter()
        .map(|(id, label)| LabelDef {
            id: (*id).to_owned(),
            label: (*label).to_owned(),
            catalogue: catalogue_id(prefix, id, None),
            translations: Vec::new(),
        })
        .collect()
}

/// A valid id: lower-case letters, digits and `_`, at most 64 characters.
fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// The `id=Label` items of a spec, trimmed; a bare `id` has no label.
fn items(spec: &str) -> impl Iterator<Item = (&str, Option<&str>)> {
    spec.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|item| match item.split_once('=') {
            Some((id, label)) => (id.trim(), Some(label.trim()).filter(|l| !l.is_empty())),
            None => (item, None),
        })
}

/// Reads `id=Label,id=Label` (a bare `id` is its own label, unless the
/// catalogues have one for it); `what` names the list in errors.
pub fn parse_spec(spec: &str, what: &str, prefix: &str) -> Result<Vec<LabelDef>, String> {
    let mut list: Vec<LabelDef> = Vec::new();
    for (id, label) in items(spec) {
        if !valid_id(id) {
            return Err(format!(
                "{what} id {id:?} must be lower-case letters, digits and _"
            ));
        }
        if list.iter().any(|d| d.id == id) {
            return Err(format!("{what} {id:?} is listed twice"));
        }
        let catalogue = catalogue_id(prefix, id, label);
        let label = match (&catalogue, label) {
            (_, Some(l)) => l.to_owned(),
            (Some(msg), None) => i18n::t(Lang::En, msg),
            (None, None) => id.to_owned(),
        };
        list.push(LabelDef {
            id: id.to_owned(),
            label,
            catalogue,
            translations: Vec::new(),
        });
    }
    Ok(list)
}

/// Adds the labels in `lang` of a spec `id=Label,id=Label`; an id not in
/// `list`, or one without a label, is refused.
pub fn translate(list: &mut [LabelDef], lang: Lang, spec: &str, what: &str) -> Result<(), String> {
    for (id, label) in items(spec) {
        let Some(label) = label else {
            return Err(format!("{what} {id:?} has no label (write {id}=Label)"));
        };
        let Some(def) = list.iter_mut().find(|d| d.id == id) else {
            return Err(format!("{what} {id:?} is not configured"));
        };
        def.translations.retain(|(l, _)| *l != lang);
        def.translations.push((lang, label.to_owned()));
    }
    Ok(())
}

/// The label of `id` in `lang`; an id no longer configured (stored before a
/// change of settings) shows as itself.
pub fn label_of(list: &[LabelDef], lang: Lang, id: &str) -> String {
    list.iter()
        .find(|d| d.id == id)
        .map_or_else(|| id.to_owned(), |d| d.label_in(lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_default_is_translated_and_a_configured_label_wins() {
        let mut list = defaults(&[("civil_society", "Civil society")], "group");
        assert_eq!(label_of(&list, Lang::En, "civil_society"), "Civil society");
        assert_ne!(label_of(&list, Lang::Fr, "civil_society"), "Civil society");
        translate(&mut list, Lang::Fr, "civil_society=ONG", "group").ok();
        assert_eq!(label_of(&list, Lang::Fr, "civil_society"), "ONG");
        assert_eq!(label_of(&list, Lang::Fr, "gone"), "gone");
        assert!(translate(&mut list, Lang::Fr, "martians=Martiens", "group").is_err());
        assert!(translate(&mut list, Lang::Fr, "civil_society", "group").is_err());
    }

    #[test]
    fn an_own_label_is_not_replaced_by_the_catalogue() {
        let list =
            parse_spec("civil_society=NGOs, academia, lab", "group", "group").unwrap_or_default();
        assert_eq!(list.len(), 3);
        assert_eq!(label_of(&list, Lang::Fr, "civil_society"), "NGOs");
        assert_eq!(list[1].label, "Academia");
        assert_ne!(label_of(&list, Lang::Fr, "academia"), "Academia");
        assert_eq!(label_of(&list, Lang::Fr, "lab"), "lab");
    }
}
