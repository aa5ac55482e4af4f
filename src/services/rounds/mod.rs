//! Voting rounds: create, open, cast, close (by hand or at the deadline),
//! and the views of a closed round. Each state change and its audit entries
//! commit in one transaction; closing tallies inside that transaction, so a
//! ballot is either acknowledged and counted, or refused.
//!
//! - [`view`]: the round as pages and the API show it;
//! - [`setup`]: creating and opening a round;
//! - [`ballot`]: casting and reading one's own ballot;
//! - [`batch`]: the group commit that casts concurrent ballots in one
//!   transaction;
//! - [`close`]: closing, the ballots document and the stored results;
//! - [`published`]: what anyone may read of a round (receipts, turnout, the
//!   round page's read model).

mod ballot;
mod batch;
mod close;
mod proxy;
mod published;
mod setup;
mod view;

pub use ballot::*;
pub use batch::*;
pub use close::*;
pub use proxy::*;
pub use published::*;
pub use setup::*;
pub use view::*;
