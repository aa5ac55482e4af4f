//! The page that asks before an irreversible action (opening or closing a
//! round, withdrawing a proposal): what will happen, what cannot be undone,
//! a button that posts the action with the CSRF token, and the way back.
//! It needs no JavaScript; the JSON API never asks.

use askama::Template;

use crate::web::pages::PageCtx;

/// A yes-or-go-back page for one action.
#[derive(Template)]
#[template(path = "confirm.html")]
pub struct ConfirmPage {
    /// The layout's context.
    pub ctx: PageCtx,
    /// The path the form posts to (the action itself).
    pub action: String,
    /// The question.
    pub heading: String,
    /// What will happen, one sentence each.
    pub facts: Vec<String>,
    /// What cannot be undone.
    pub warning: String,
    /// The button's words.
    pub button: String,
    /// Where "cancel" goes.
    pub back: String,
}
