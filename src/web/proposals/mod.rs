//! Proposal pages: the searchable list ([`list`]), the form to write or
//! edit ([`form`]), the lifecycle buttons ([`actions`]), and the proposal
//! page with its revision diff ([`show`]). Comments have their own module,
//! `web::comments`. Every form works without JavaScript and carries a CSRF
//! token; handlers call the same services as the API. The words around a
//! proposal (statuses, eligibility, counts, times) are in the reader's
//! language (`locales/<lang>/proposals.ftl` and `comments.ftl`); the
//! proposal's own text and its comments are shown as written.

mod actions;
mod form;
mod list;
mod show;

use actix_web::web;

use crate::domain::proposal::{Missing, ProposalStatus};
use crate::domain::user::{Role, User};
use crate::i18n::Lang;

/// Page routes for proposals.
pub fn routes(cfg: &mut web::ServiceConfig) {
    use actions::{confirm_withdraw, cosponsor, submit, uncosponsor, withdraw};
    use form::{create, edit, edit_form, new_form};
    use list::list;
    use show::{diff, show};
    cfg.route("/proposals", web::get().to(list))
        .route("/proposals", web::post().to(create))
        .route("/proposals/new", web::get().to(new_form))
        .route("/proposals/{id}", web::get().to(show))
        .route("/proposals/{id}/edit", web::get().to(edit_form))
        .route("/proposals/{id}/edit", web::post().to(edit))
        .route("/proposals/{id}/diff", web::get().to(diff))
        .route("/proposals/{id}/submit", web::post().to(submit))
        .route("/proposals/{id}/withdraw", web::get().to(confirm_withdraw))
        .route("/proposals/{id}/withdraw", web::post().to(withdraw))
        .route("/proposals/{id}/cosponsor", web::post().to(cosponsor))
        .route("/proposals/{id}/uncosponsor", web::post().to(uncosponsor));
}

/// Form fields as pairs: checkboxes repeat a name, which a struct cannot
/// hold with `serde_urlencoded`.
pub(crate) type Pairs = Vec<(String, String)>;

pub(crate) fn field(pairs: &Pairs, name: &str) -> String {
    pairs
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.clone())
        .unwrap_or_default()
}

pub(crate) fn fields(pairs: &Pairs, name: &str) -> Vec<String> {
    pairs
        .iter()
        .filter(|(k, _)| k == name)
        .map(|(_, v)| v.clone())
        .collect()
}

pub(super) fn choices(options: &[(&str, String)], current: &str) -> Vec<Choice> {
    options
        .iter()
        .map(|(id, label)| Choice {
            id: (*id).to_owned(),
            label: label.clone(),
            selected: *id == current,
        })
        .collect()
}

/// The catalogue id of a status's label (the stored spelling stays in
/// URLs and the API; people read the label in their language).
pub(crate) fn status_label_id(status: ProposalStatus) -> &'static str {
    match status {
        ProposalStatus::Draft => "proposal-status-draft",
        ProposalStatus::Submitted => "proposal-status-submitted",
        ProposalStatus::Withdrawn => "proposal-status-withdrawn",
        ProposalStatus::Adopted => "proposal-status-adopted",
        ProposalStatus::NotAdopted => "proposal-status-not-adopted",
    }
}

/// What a proposal still lacks before a round, in `lang`. The English
/// reads as `Missing`'s `Display` (which the API keeps); counts select the
/// language's plural forms.
pub(crate) fn missing_text(lang: Lang, m: Missing) -> String {
    m.message().render(lang)
}

pub(super) fn can_author(user: &User) -> bool {
    matches!(user.role, Role::Delegate | Role::Chair)
}

/// A choice in a select box or checkbox list.
pub(super) struct Choice {
    id: String,
    label: String,
    selected: bool,
}

#[cfg(test)]
mod tests;
