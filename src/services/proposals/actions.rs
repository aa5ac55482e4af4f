//! What a viewer may do to a proposal *now*, each rule in one function that
//! both the page (to offer or explain an action) and the use-case (to allow
//! or refuse it) call, so the page never offers what the server refuses
//! (issue 15: "Withdraw proposal" was offered in an open round).

use crate::domain::proposal::ProposalStatus;
use crate::domain::user::{Role, User};
use crate::messages;

use super::ProposalDetail;

/// Why an edit is refused now, or `None` when it is allowed (the author
/// check is separate: it decides whether the action concerns the viewer).
pub fn edit_refusal(status: ProposalStatus, locked: bool) -> Option<&'static str> {
    if !matches!(status, ProposalStatus::Draft | ProposalStatus::Submitted) {
        return Some(messages::NOT_EDITABLE);
    }
    locked.then_some(messages::LOCKED_BY_ROUND)
}

/// Why submitting is refused now.
pub fn submit_refusal(status: ProposalStatus) -> Option<&'static str> {
    (status != ProposalStatus::Draft).then_some(messages::NOT_A_DRAFT)
}

/// Why withdrawing is refused now: only a submitted proposal, and not while
/// an open round holds it.
pub fn withdraw_refusal(status: ProposalStatus, in_open_round: bool) -> Option<&'static str> {
    if status != ProposalStatus::Submitted {
        return Some(messages::NOT_SUBMITTED);
    }
    in_open_round.then_some(messages::IN_OPEN_ROUND)
}

/// Why co-sponsoring is refused now (someone else's proposal).
pub fn cosponsor_refusal(status: ProposalStatus) -> Option<&'static str> {
    (status != ProposalStatus::Submitted).then_some(messages::COSPONSOR_CLOSED)
}

/// An action on a proposal page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProposalAction {
    /// Change the text (the author).
    Edit,
    /// Submit a draft (the author).
    Submit,
    /// Withdraw a submitted proposal (the author).
    Withdraw,
    /// Support someone else's proposal.
    Cosponsor,
    /// Stop supporting it.
    Uncosponsor,
}

/// An action the page shows: offered when `refusal` is `None`, otherwise
/// shown as unavailable with the reason.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Offer {
    /// Which action.
    pub action: ProposalAction,
    /// Why it cannot be taken now.
    pub refusal: Option<&'static str>,
}

impl ProposalDetail {
    /// The actions that concern `viewer` on this proposal, in page order.
    /// Auditors and admins only read, so they get none; an action that can
    /// never concern the viewer (submitting a proposal already submitted,
    /// co-sponsoring a withdrawn one) is left out rather than explained.
    pub fn offers(&self, viewer: &User) -> Vec<Offer> {
        if !matches!(viewer.role, Role::Delegate | Role::Chair) {
            return Vec::new();
        }
        let status = self.proposal.status;
        let mut out = Vec::new();
        let mut push = |action, refusal| out.push(Offer { action, refusal });
        if self.proposal.is_author(viewer) {
            let editable = matches!(status, ProposalStatus::Draft | ProposalStatus::Submitted);
            if editable {
                push(ProposalAction::Edit, edit_refusal(status, self.locked));
            }
            if status == ProposalStatus::Draft {
                push(ProposalAction::Submit, submit_refusal(status));
            }
            if status == ProposalStatus::Submitted {
                push(
                    ProposalAction::Withdraw,
                    withdraw_refusal(status, self.in_open_round),
                );
            }
        } else if status == ProposalStatus::Submitted {
            if self.is_cosponsor(viewer) {
                push(ProposalAction::Uncosponsor, None);
            } else {
                push(ProposalAction::Cosponsor, cosponsor_refusal(status));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn withdrawal_is_refused_in_an_open_round_and_for_non_submitted_proposals() {
        assert_eq!(withdraw_refusal(ProposalStatus::Submitted, false), None);
        assert_eq!(
            withdraw_refusal(ProposalStatus::Submitted, true),
            Some(messages::IN_OPEN_ROUND)
        );
        assert_eq!(
            withdraw_refusal(ProposalStatus::Draft, false),
            Some(messages::NOT_SUBMITTED)
        );
        assert_eq!(
            edit_refusal(ProposalStatus::Submitted, true),
            Some(messages::LOCKED_BY_ROUND)
        );
        assert_eq!(edit_refusal(ProposalStatus::Draft, false), None);
    }
}
