//! Voting rounds over HTTP on SQLite and PostgreSQL, in two parts:
//! `lifecycle` (creating, opening and closing, results and their re-tally,
//! quorum, deadlines, decisions, and who may run a round) and `ballots`
//! (casting and replacing, the electorate, secrecy, receipts, and concurrent
//! voters). The helpers they share are here.

mod adoption;
mod ballots;
mod group_commit;
mod lifecycle;
mod proxies;

use crate::common::{Person, TestApp, Value};

/// `/api/v1/rounds/{id}` with `tail` appended.
fn api(id: i64, tail: &str) -> String {
    format!("/api/v1/rounds/{id}{tail}")
}

/// The chair, `n` eligible proposals, and a draft round of them.
async fn draft_round(app: &TestApp, n: usize, extra: Value) -> (Person, Vec<i64>, i64) {
    let chair = app.chair().await;
    let ids = app.proposals(n).await;
    let id = chair.create_round(&ids, extra).await;
    (chair, ids, id)
}
