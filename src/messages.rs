//! User-facing sentences that are not tied to one template, in one place so
//! that a translation can start here.

/// The one answer to every failed login, whatever the cause, so that nobody
/// can learn which emails are registered or which accounts are pending.
pub const LOGIN_FAILED: &str =
    "Sign-in failed: the email or password is wrong, or the account is not active yet.";
/// Shown when a page or API call needs a signed-in user.
pub const SIGN_IN_REQUIRED: &str = "Please sign in first.";
/// Shown when a form arrives without a valid CSRF token.
pub const CSRF_FAILED: &str =
    "This form has expired or did not come from this site. Go back, reload the page and try again.";
/// Shown for our own failures; details go to the log.
pub const INTERNAL: &str =
    "Something went wrong on our side. Please try again; if it persists, tell an administrator.";
/// Registration with an email already in use.
pub const EMAIL_TAKEN: &str =
    "An account with this email already exists. Sign in, or ask an administrator.";
/// Registration accepted.
pub const REGISTERED: &str = "Thank you. An administrator will review your registration; you can sign in once it is approved.";
/// Only admins manage users.
pub const ADMIN_ONLY: &str = "Only administrators can manage users.";
/// A ballot after the close.
pub const ROUND_CLOSED: &str = "This round is closed: ballots are no longer accepted.";
/// A ballot before the round opened.
pub const ROUND_NOT_OPEN: &str = "This round is not open for voting yet.";
/// A voter outside the electorate.
pub const NOT_IN_ELECTORATE: &str = "You are not in this round's electorate: it was fixed when the round opened, from the active delegates and chairs at that moment.";
/// What a receipt is for, shown beside it.
pub const RECEIPT_EXPLAINED: &str = "Keep this receipt. When the round closes, the published ballots list every counted ballot by its receipt: find yours there to check that your ballot was counted as you cast it. The receipt does not reveal your name to anyone.";

/// A proposal that does not exist, or a draft of someone else (we do not
/// reveal that it exists).
pub const PROPOSAL_NOT_FOUND: &str = "There is no such proposal.";
/// A comment that does not exist or is not visible.
pub const COMMENT_NOT_FOUND: &str = "There is no such comment.";
/// Someone other than the author tried to edit, submit or withdraw.
pub const ONLY_AUTHOR: &str = "Only the author of this proposal can do this.";
/// Editing a proposal that is in an open or closed round.
pub const LOCKED_BY_ROUND: &str = "This proposal is part of a voting round that is open or closed, so its text can no longer change.";
/// Withdrawing a proposal that is in an open round.
pub const IN_OPEN_ROUND: &str =
    "This proposal is in an open voting round and cannot be withdrawn until the round closes.";
/// Editing a withdrawn or decided proposal.
pub const NOT_EDITABLE: &str = "Only drafts and submitted proposals can be edited.";
/// Submitting something that is not a draft.
pub const NOT_A_DRAFT: &str = "Only a draft can be submitted; this proposal already was.";
/// Withdrawing something that is not submitted.
pub const NOT_SUBMITTED: &str = "Only a submitted proposal can be withdrawn.";
/// Co-sponsoring one's own proposal.
pub const OWN_PROPOSAL: &str = "You cannot co-sponsor your own proposal.";
/// Co-sponsoring twice.
pub const ALREADY_COSPONSOR: &str = "You already co-sponsor this proposal.";
/// Withdrawing a co-sponsorship that does not exist.
pub const NOT_COSPONSOR: &str = "You do not co-sponsor this proposal.";
/// Co-sponsoring a proposal that is not open for support.
pub const COSPONSOR_CLOSED: &str = "Only submitted proposals can be co-sponsored.";
/// Commenting on a draft or a withdrawn proposal.
pub const COMMENTS_CLOSED: &str = "Comments are open on submitted proposals only.";
/// Replying to a reply.
pub const REPLY_DEPTH: &str =
    "Replies go one level deep: reply to the original comment instead of to a reply.";
/// A reply whose parent is on another proposal.
pub const PARENT_ELSEWHERE: &str = "That comment belongs to another proposal.";
/// Editing another person's comment.
pub const ONLY_COMMENT_AUTHOR: &str = "Only the author of a comment can edit it.";
/// Editing after the window.
pub const EDIT_WINDOW_CLOSED: &str =
    "Comments can be edited for 15 minutes after posting; this one can no longer change.";
/// Editing or hiding a hidden comment.
pub const COMMENT_HIDDEN: &str = "This comment has been hidden by the chair.";
/// A revision number that does not exist.
pub const NO_SUCH_REVISION: &str = "There is no such revision of this proposal.";
