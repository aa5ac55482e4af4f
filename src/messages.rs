//! The ids of user-facing sentences that are not tied to one template
//! (mostly errors). The sentences themselves are in the Fluent catalogues
//! (`locales/<lang>/core.ftl`); errors carry the id and are put into the
//! reader's language when they are rendered (`i18n::localise`).

/// The one answer to every failed login, whatever the cause, so that nobody
/// can learn which emails are registered or which accounts are pending.
pub const LOGIN_FAILED: &str = "msg-login-failed";
/// A sign-in with the right password to an account not approved yet.
pub const AWAITING_APPROVAL: &str = "msg-awaiting-approval";
/// Shown when a page or API call needs a signed-in user.
pub const SIGN_IN_REQUIRED: &str = "msg-sign-in-required";
/// Shown when a form arrives without a valid CSRF token.
pub const CSRF_FAILED: &str = "msg-csrf-failed";
/// Shown for our own failures; details go to the log.
pub const INTERNAL: &str = "msg-internal";
/// Registration with an email already in use.
pub const EMAIL_TAKEN: &str = "msg-email-taken";
/// Registration accepted.
pub const REGISTERED: &str = "msg-registered";
/// Only admins manage users.
pub const ADMIN_ONLY: &str = "msg-admin-only";
/// A language code we do not speak.
pub const UNKNOWN_LANGUAGE: &str = "msg-unknown-language";
/// A ballot after the close.
pub const ROUND_CLOSED: &str = "msg-round-closed";
/// A ballot before the round opened.
pub const ROUND_NOT_OPEN: &str = "msg-round-not-open";
/// A voter outside the electorate.
pub const NOT_IN_ELECTORATE: &str = "msg-not-in-electorate";
/// What a receipt is for, shown beside it.
pub const RECEIPT_EXPLAINED: &str = "msg-receipt-explained";

/// A proposal that does not exist, or a draft of someone else (we do not
/// reveal that it exists).
pub const PROPOSAL_NOT_FOUND: &str = "msg-proposal-not-found";
/// A comment that does not exist or is not visible.
pub const COMMENT_NOT_FOUND: &str = "msg-comment-not-found";
/// Someone other than the author tried to edit, submit or withdraw.
pub const ONLY_AUTHOR: &str = "msg-only-author";
/// Editing a proposal that is in an open or closed round.
pub const LOCKED_BY_ROUND: &str = "msg-locked-by-round";
/// Withdrawing a proposal that is in an open round.
pub const IN_OPEN_ROUND: &str = "msg-in-open-round";
/// Editing a withdrawn or decided proposal.
pub const NOT_EDITABLE: &str = "msg-not-editable";
/// Submitting something that is not a draft.
pub const NOT_A_DRAFT: &str = "msg-not-a-draft";
/// Withdrawing something that is not submitted.
pub const NOT_SUBMITTED: &str = "msg-not-submitted";
/// Co-sponsoring one's own proposal.
pub const OWN_PROPOSAL: &str = "msg-own-proposal";
/// Co-sponsoring twice.
pub const ALREADY_COSPONSOR: &str = "msg-already-cosponsor";
/// Withdrawing a co-sponsorship that does not exist.
pub const NOT_COSPONSOR: &str = "msg-not-cosponsor";
/// Co-sponsoring a proposal that is not open for support.
pub const COSPONSOR_CLOSED: &str = "msg-cosponsor-closed";
/// Commenting on a draft or a withdrawn proposal.
pub const COMMENTS_CLOSED: &str = "msg-comments-closed";
/// Replying to a reply.
pub const REPLY_DEPTH: &str = "msg-reply-depth";
/// A reply whose parent is on another proposal.
pub const PARENT_ELSEWHERE: &str = "msg-parent-elsewhere";
/// Editing another person's comment.
pub const ONLY_COMMENT_AUTHOR: &str = "msg-only-comment-author";
/// Editing after the window.
pub const EDIT_WINDOW_CLOSED: &str = "msg-edit-window-closed";
/// Editing or hiding a hidden comment.
pub const COMMENT_HIDDEN: &str = "msg-comment-hidden";
/// A revision number that does not exist.
pub const NO_SUCH_REVISION: &str = "msg-no-such-revision";
