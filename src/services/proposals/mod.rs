//! Proposal use-cases shared by pages and the API. Each change commits with
//! its audit entry in one transaction.
//!
//! Who may act is checked here (author only, drafts invisible to others,
//! round locks); which roles may call at all is the route's extractor.
//!
//! - [`actions`]: what a viewer may do now, one rule function per action,
//!   shared by the page and the use-cases;
//! - [`input`]: what a form or JSON body parses into;
//! - [`view`]: a proposal as pages and the API show it, and who may see it;
//! - [`lifecycle`]: create, edit (with revision history), submit, withdraw,
//!   and a chair's decision;
//! - [`cosponsor`]: co-sponsoring and withdrawing support;
//! - [`list`]: the searchable, paginated list;
//! - [`diff`]: the line diff between two revisions.

mod actions;
mod cosponsor;
mod diff;
mod input;
mod lifecycle;
mod list;
mod view;

pub use actions::*;
pub use cosponsor::*;
pub use diff::*;
pub use input::*;
pub use lifecycle::*;
pub use list::*;
pub use view::*;
