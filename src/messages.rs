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
