//! Access control, generated from one table: every route the app registers
//! (pages and `/api/v1`) × every kind of caller, with the outcome each must
//! get.
//!
//! - [`ROUTES`] is the table: method, path pattern exactly as registered,
//!   what the path's ids point at ([`Target`]), a minimal valid body, and
//!   one expected outcome ([`E`]) per caller kind ([`KINDS`]).
//! - [`the_access_table_lists_exactly_the_routes_the_app_registers`] reads
//!   `src/web/**/*.rs` and fails when a `.route(` is registered that the
//!   table does not list, or the table lists one nobody registers (actix-web
//!   does not expose its route table, so the source is parsed, strictly:
//!   anything that registers routes in a way the reader does not know fails
//!   loudly instead of being skipped).
//! - [`every_route_answers_every_caller_as_the_table_says`] builds one world
//!   per backend (people, proposals, a comment, rounds in each state with an
//!   electorate), sends every row as every caller, and fails once with every
//!   mismatch. A refusal must also write nothing to the audit trail.
//!
//! Callers: nobody signed in; a pending registration (its sign-in fails, so
//! it calls as nobody); a suspended delegate (signed in, then suspended: the
//! old token and cookie must be refused); the delegate who owns the proposal
//! or comment; another delegate; a chair; an auditor; an admin; and a
//! delegate created after the rounds opened, so outside their electorate.
//! API calls carry a bearer token; page calls come from a browser
//! ([`Session`]) with its CSRF token, so a form reaches the authorisation
//! check instead of failing CSRF first.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use reqwest::Method;

use crate::common::internals::User;
use crate::common::{
    Caller, PASSWORD, Person, RequestHelper, Response, Role, Session, TestApp, Value, json, p,
};

both_backends!(every_route_answers_every_caller_as_the_table_says);

// ================================================================ the table

/// Who calls.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Nobody signed in.
    Anonymous,
    /// Registered, not approved: cannot sign in, so calls as nobody.
    Pending,
    /// Signed in, then suspended by an admin: the old credentials remain.
    Suspended,
    /// The delegate who owns the proposal or comment (and an elector).
    Delegate,
    /// Another delegate (an elector, not the owner).
    OtherDelegate,
    /// A chair (an elector).
    Chair,
    Auditor,
    Admin,
    /// A delegate created after the rounds opened: outside their electorate.
    NonElector,
}

/// The columns of [`Row::expect`], in order.
const KINDS: [Kind; 9] = [
    Kind::Anonymous,
    Kind::Pending,
    Kind::Suspended,
    Kind::Delegate,
    Kind::OtherDelegate,
    Kind::Chair,
    Kind::Auditor,
    Kind::Admin,
    Kind::NonElector,
];

impl Kind {
    /// Whether this caller holds working credentials (and gets new ones
    /// after signing itself out).
    fn signed_in(self) -> bool {
        !matches!(self, Kind::Anonymous | Kind::Pending | Kind::Suspended)
    }
}

/// An outcome class.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum E {
    /// Served: 2xx, or for a page a 303 to anywhere but the sign-in page.
    Ok,
    /// Not signed in: the API answers 401 `unauthenticated`, a page 303 to
    /// `/login`.
    SignIn,
    /// Signed in and refused: 403 (`forbidden`; never the CSRF refusal).
    Forbidden,
    /// Hidden: 404, as for an id that does not exist.
    Hidden,
    /// A sign-in refused: 401 (API `login_failed`; the form shown again).
    BadLogin,
    /// A sign-in with the right password to a pending account: 403 (API
    /// `awaiting_approval`; the form shown again, saying so).
    Waiting,
    /// Let through, then refused by the state of the thing (this status).
    Status(u16),
}

const OK: E = E::Ok;
const IN: E = E::SignIn;
const NO: E = E::Forbidden;
const NF: E = E::Hidden;
const BAD: E = E::BadLogin;
const WAIT: E = E::Waiting;

// Rows of outcomes, one per caller, in the order of `KINDS`:
//                          anon pend susp deleg other chair audit admin late
const PUBLIC: [E; 9] = [OK; 9];
const SIGN_IN: [E; 9] = [BAD, WAIT, BAD, OK, OK, OK, OK, OK, OK];
const USER: [E; 9] = [IN, IN, IN, OK, OK, OK, OK, OK, OK];
const PARTICIPANT: [E; 9] = [IN, IN, IN, OK, OK, OK, NO, NO, OK];
const VOTER: [E; 9] = [IN, IN, IN, OK, OK, OK, NO, NO, NO];
const CHAIR: [E; 9] = [IN, IN, IN, NO, NO, OK, NO, NO, NO];
const ADMIN: [E; 9] = [IN, IN, IN, NO, NO, NO, NO, OK, NO];
const AUDIT: [E; 9] = [IN, IN, IN, NO, NO, NO, OK, OK, NO];
/// A closed round's documents: auditors, chairs and the round's electors
/// (the owner and the other delegate voted in it; admins and latecomers
/// are no electors).
const EXPORT: [E; 9] = [IN, IN, IN, OK, OK, OK, OK, NO, NO];
/// The round page's receipt form sent empty: a 422 naming the receipt
/// field for everyone signed in.
const RECEIPT_FORM: [E; 9] = [
    IN,
    IN,
    IN,
    E::Status(422),
    E::Status(422),
    E::Status(422),
    E::Status(422),
    E::Status(422),
    E::Status(422),
];
/// The owner of a submitted proposal or comment: others get 403.
const AUTHOR: [E; 9] = [IN, IN, IN, OK, NO, NO, NO, NO, NO];
/// The owner of a draft: other participants get 404 (the draft does not
/// exist for them), auditors and admins 403 (they may not write at all).
const DRAFT_AUTHOR: [E; 9] = [IN, IN, IN, OK, NF, NF, NO, NO, NF];
/// Reading a draft: 404 for everyone but its author, auditors included.
const DRAFT_READER: [E; 9] = [IN, IN, IN, OK, NF, NF, NF, NF, NF];
/// Reading a draft report: chairs and auditors only, 404 for the rest.
const DRAFT_REPORT: [E; 9] = [IN, IN, IN, NF, NF, OK, OK, NF, NF];
/// A chair's action refused by the thing's state (409), 403 for the rest.
const CHAIR_CONFLICT: [E; 9] = [IN, IN, IN, NO, NO, E::Status(409), NO, NO, NO];
/// Co-sponsoring: not one's own proposal (422).
const COSPONSOR: [E; 9] = [IN, IN, IN, E::Status(422), OK, OK, NO, NO, OK];
/// Stopping a co-sponsorship: the owner never was one (409).
const UNCOSPONSOR: [E; 9] = [IN, IN, IN, E::Status(409), OK, OK, NO, NO, OK];
/// Giving one's vote to user 0, who is no elector: 422 for electors.
const PROXY_TO_NOBODY: [E; 9] = [
    IN,
    IN,
    IN,
    E::Status(422),
    E::Status(422),
    E::Status(422),
    NO,
    NO,
    NO,
];
/// Taking back a vote never given: 404 for electors.
const PROXY_NONE: [E; 9] = [IN, IN, IN, NF, NF, NF, NO, NO, NO];
/// Commenting on a draft: closed for its author (409), absent for others.
const DRAFT_COMMENT: [E; 9] = [IN, IN, IN, E::Status(409), NF, NF, NO, NO, NF];
/// Marking the owner's notification read: it does not exist for others.
const OWN_NOTICE: [E; 9] = [IN, IN, IN, OK, NF, NF, NF, NF, NF];
/// Posting a cosignature nobody made: auditors and admins get 422.
const COSIGN: [E; 9] = [IN, IN, IN, NO, NO, NO, E::Status(422), E::Status(422), NO];

/// What the placeholders of a row's path point at. `Fresh…` targets are
/// made anew for every call (the call may change or use them up); the
/// others are shared by every call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    /// No placeholders.
    Nothing,
    /// The caller's own session: signed in again afterwards.
    OwnSession,
    /// `{file}`: a static file.
    StaticFile,
    /// `{id}`: a new pending registration.
    FreshPendingUser,
    /// `{id}`: an active delegate nobody signs in as.
    SomeUser,
    /// `{id}`: a new active delegate nobody signs in as (for actions that
    /// would change `SomeUser` for the rows after).
    FreshActiveUser,
    /// `{id}`: the owner's draft.
    Draft,
    /// `{id}`: a new draft of the owner.
    FreshDraft,
    /// `{id}`: the owner's submitted proposal, in no round.
    Submitted,
    /// `{id}`: a new submitted proposal of the owner.
    FreshSubmitted,
    /// `{id}`: a new submitted proposal of the owner, co-sponsored by the
    /// other delegate, the chair and the non-elector.
    FreshCosponsored,
    /// `{id}`: a new eligible proposal whose round has closed.
    FreshDecidable,
    /// `{id}` the new closed round, `{proposal}` the new proposal in it.
    FreshDecidableInRound,
    /// `{id}`: a new comment by the owner on the submitted proposal.
    FreshComment,
    /// `{id}`: a new notification of the owner (someone co-sponsored a new
    /// proposal of theirs).
    FreshNotice,
    /// `{id}`: a new draft round.
    FreshDraftRound,
    /// `{id}`: the open round; the owner, the other delegate and the chair
    /// are electors and have voted; the non-elector came later.
    OpenRound,
    /// `{id}`: a new open round.
    FreshOpenRound,
    /// `{id}` the closed round, `{file}` an export, `{receipt}` the owner's
    /// receipt.
    ClosedRound,
    /// `{vkey}`: a new witness key nobody registered.
    FreshWitnessKey,
    /// `{id}`: a new witness, registered by the auditor, pending.
    FreshWitness,
    /// `{id}`: a draft report over the closed round; `{file}` a download.
    DraftReport,
    /// `{id}`: a published report; `{file}` a download.
    PublishedReport,
    /// `{id}`: a new draft report over the closed round.
    FreshDraftReport,
}

/// A request body. Placeholders: `{me}` the caller's email, `{password}`,
/// `{new_email}` an unused email, `{n}` a number unique to the call,
/// `{eligible}` and `{eligible2}` eligible proposals' ids (a round takes at
/// least two), `{candidate}` the first one's candidate id in the open round.
#[derive(Debug, Clone, Copy)]
enum Body {
    None,
    Json(&'static str),
    Form(&'static [(&'static str, &'static str)]),
}

/// One route (or one route on one kind of target).
struct Row {
    method: &'static str,
    path: &'static str,
    on: Target,
    body: Body,
    expect: [E; 9],
}

const fn row(
    method: &'static str,
    path: &'static str,
    on: Target,
    body: Body,
    expect: [E; 9],
) -> Row {
    Row {
        method,
        path,
        on,
        body,
        expect,
    }
}

/// The JSON bodies of the table's rows, as (method, path, body template):
/// `tests/it/openapi` checks them against the document's request schemas.
pub(crate) fn json_bodies() -> Vec<(&'static str, &'static str, &'static str)> {
    ROUTES
        .iter()
        .filter_map(|r| match r.body {
            Json(body) => Some((r.method, r.path, body)),
            _ => None,
        })
        .collect()
}

use Body::{Form, Json};
use Target::*;
const NONE: Body = Body::None;

// Bodies, API (JSON) and pages (forms, sent with the browser's CSRF token).
const J_SESSION: Body = Json(r#"{"email": "{me}", "password": "{password}"}"#);
const J_REGISTER: Body = Json(
    r#"{"email": "{new_email}", "password": "{password}", "display_name": "New Person",
        "organisation": "Chile", "group": "member_state"}"#,
);
const J_USER: Body = Json(r#"{"organisation": "Org {n}"}"#);
const J_ROUND: Body = Json(r#"{"title": "Round {n}", "proposals": [{eligible}, {eligible2}]}"#);
const J_BALLOT: Body = Json(r#"{"ranking": [["{candidate}"]]}"#);
const J_PROXY: Body = Json(r#"{"to": 0}"#);
const J_PROPOSAL: Body =
    Json(r#"{"title": "Proposal number {n}", "summary": "A summary.", "body": "A body."}"#);
const J_EDIT: Body = Json(r#"{"summary": "Edited {n}."}"#);
const J_DECISION: Body = Json(r#"{"decision": "adopted"}"#);
const J_WITNESS: Body = Json(r#"{"vkey": "{vkey}"}"#);
const J_COSIGN: Body = Json(r#"{"size": 1, "cosignature": "— nobody.example AAAAAAAAAAAAAAAA"}"#);
const J_COMMENT: Body = Json(r#"{"body": "Comment number {n}."}"#);
const J_COMMENT_EDIT: Body = Json(r#"{"body": "Edited comment {n}."}"#);
const J_HIDE: Body = Json(r#"{"reason": "Off topic."}"#);
const J_REPORT: Body = Json(r#"{"title": "Report {n}", "rounds": [{closed_round}]}"#);
const F_REPORT: Body = Form(&[("title", "Report {n}"), ("rounds", "{closed_round}")]);
const J_ME: Body = Json(r#"{"time_zone": "Europe/Paris"}"#);
const J_PASSWORD: Body =
    Json(r#"{"current_password": "{password}", "new_password": "{password}"}"#);
const F_LANGUAGE: Body = Form(&[("lang", "fr"), ("back", "/")]);
const F_ACCOUNT: Body = Form(&[("display_name", "Renamed {n}"), ("time_zone", "Asia/Tokyo")]);
const F_PASSWORD: Body = Form(&[
    ("current_password", "{password}"),
    ("new_password", "{password}"),
]);
const F_SESSION: Body = Form(&[("email", "{me}"), ("password", "{password}")]);
const F_REGISTER: Body = Form(&[
    ("email", "{new_email}"),
    ("password", "{password}"),
    ("display_name", "New Person"),
    ("organisation", "Chile"),
    ("group", "member_state"),
]);
const F_USER: Body = Form(&[
    ("role", "delegate"),
    ("group", "industry"),
    ("organisation", "Org {n}"),
    ("status", "active"),
]);
const F_ROUND: Body = Form(&[
    ("title", "Round {n}"),
    ("proposals", "{eligible}"),
    ("proposals", "{eligible2}"),
    ("method", "schulze"),
    ("weighting", "per_delegate"),
    ("secrecy", "secret"),
]);
const F_BALLOT: Body = Form(&[("rank_{candidate}", "1")]);
const F_PROXY: Body = Form(&[("to", "0")]);
const F_PROPOSAL: Body = Form(&[
    ("title", "Proposal number {n}"),
    ("summary", "A summary."),
    ("body", "A body."),
]);
const F_DECISION: Body = Form(&[("decision", "adopted")]);
const F_COMMENT: Body = Form(&[("body", "Comment number {n}.")]);
const F_COMMENT_EDIT: Body = Form(&[("body", "Edited comment {n}.")]);
const F_HIDE: Body = Form(&[("reason", "Off topic.")]);

/// Every route × every caller. The completeness test keeps this in step
/// with `src/web`; a route may have several rows (one per kind of target).
#[rustfmt::skip]
const ROUTES: &[Row] = &[
    //  method    path pattern, as registered                 target                 body            outcome per caller
    // ---------------------------------------------------------------------------------------------------- ops
    row("GET",    "/healthz",                                 Nothing,               NONE,           PUBLIC),
    row("GET",    "/static/{file}",                           StaticFile,            NONE,           PUBLIC),
    row("GET",    "/favicon.ico",                             Nothing,               NONE,           PUBLIC),
    row("GET",    "/robots.txt",                              Nothing,               NONE,           PUBLIC),
    // /metrics is off by default: a 404 for everyone (tests/it/people/metrics.rs turns it on).
    row("GET",    "/metrics",                                 Nothing,               NONE,           [NF; 9]),
    // ------------------------------------------------------------------------------------------ API: accounts
    row("POST",   "/api/v1/session",                          Nothing,               J_SESSION,      SIGN_IN),
    row("DELETE", "/api/v1/session",                          OwnSession,            NONE,           USER),
    row("GET",    "/api/v1/me",                               Nothing,               NONE,           USER),
    row("POST",   "/api/v1/registrations",                    Nothing,               J_REGISTER,     PUBLIC),
    row("GET",    "/api/v1/groups",                           Nothing,               NONE,           PUBLIC),
    row("GET",    "/api/v1/users",                            Nothing,               NONE,           ADMIN),
    row("POST",   "/api/v1/users/{id}/approve",               FreshPendingUser,      NONE,           ADMIN),
    row("PATCH",  "/api/v1/users/{id}",                       SomeUser,              J_USER,         ADMIN),
    row("PATCH",  "/api/v1/me",                               Nothing,               J_ME,           USER),
    row("POST",   "/api/v1/me/password",                      OwnSession,            J_PASSWORD,     USER),
    row("GET",    "/api/v1/notifications",                    Nothing,               NONE,           USER),
    row("POST",   "/api/v1/notifications/read-all",           Nothing,               NONE,           USER),
    row("POST",   "/api/v1/notifications/{id}/read",          FreshNotice,           NONE,           OWN_NOTICE),
    row("POST",   "/api/v1/users/{id}/reset-password",        SomeUser,              NONE,           ADMIN),
    row("POST",   "/api/v1/users/{id}/reject",                FreshPendingUser,      NONE,           ADMIN),
    // -------------------------------------------------------------------------------------------- API: rounds
    row("GET",    "/api/v1/rounds",                           Nothing,               NONE,           USER),
    row("POST",   "/api/v1/rounds",                           Nothing,               J_ROUND,        CHAIR),
    row("GET",    "/api/v1/rounds/{id}",                      OpenRound,             NONE,           USER),
    row("POST",   "/api/v1/rounds/{id}/open",                 FreshDraftRound,       NONE,           CHAIR),
    row("POST",   "/api/v1/rounds/{id}/close",                FreshOpenRound,        NONE,           CHAIR),
    row("PUT",    "/api/v1/rounds/{id}/ballot",               OpenRound,             J_BALLOT,       VOTER),
    row("GET",    "/api/v1/rounds/{id}/ballot",               OpenRound,             NONE,           VOTER),
    row("GET",    "/api/v1/rounds/{id}/proxy",                OpenRound,             NONE,           VOTER),
    row("POST",   "/api/v1/rounds/{id}/proxy",                OpenRound,             J_PROXY,        PROXY_TO_NOBODY),
    row("DELETE", "/api/v1/rounds/{id}/proxy",                OpenRound,             NONE,           PROXY_NONE),
    row("GET",    "/api/v1/rounds/{id}/results",              ClosedRound,           NONE,           USER),
    row("GET",    "/api/v1/rounds/{id}/receipts/{receipt}",   ClosedRound,           NONE,           USER),
    row("GET",    "/api/v1/rounds/{id}/export/{file}",        ClosedRound,           NONE,           EXPORT),
    // --------------------------------------------------------------------------------------------- API: audit
    row("GET",    "/api/v1/audit/head",                       Nothing,               NONE,           AUDIT),
    row("GET",    "/api/v1/audit/public-key",                 Nothing,               NONE,           AUDIT),
    row("POST",   "/api/v1/audit/checkpoints",                Nothing,               NONE,           AUDIT),
    row("GET",    "/api/v1/audit/log",                        Nothing,               NONE,           AUDIT),
    row("GET",    "/api/v1/audit/checkpoint",                 Nothing,               NONE,           AUDIT),
    row("GET",    "/api/v1/audit/consistency",                Nothing,               NONE,           AUDIT),
    row("GET",    "/api/v1/audit/witnesses",                  Nothing,               NONE,           AUDIT),
    row("POST",   "/api/v1/audit/witnesses",                  FreshWitnessKey,       J_WITNESS,      AUDIT),
    row("POST",   "/api/v1/audit/witnesses/{id}/approve",     FreshWitness,          NONE,           ADMIN),
    row("POST",   "/api/v1/audit/cosignatures",               Nothing,               J_COSIGN,       COSIGN),
    row("GET",    "/api/v1/rounds/{id}/receipts/{receipt}/proof", ClosedRound,       NONE,           USER),
    // ------------------------------------------------------------------------------------------- API: reports
    row("GET",    "/api/v1/reports",                          Nothing,               NONE,           USER),
    row("POST",   "/api/v1/reports",                          Nothing,               J_REPORT,       CHAIR),
    row("GET",    "/api/v1/reports/{id}",                     PublishedReport,       NONE,           USER),
    row("GET",    "/api/v1/reports/{id}",                     DraftReport,           NONE,           DRAFT_REPORT),
    row("PUT",    "/api/v1/reports/{id}",                     FreshDraftReport,      J_REPORT,       CHAIR),
    row("POST",   "/api/v1/reports/{id}/publish",             FreshDraftReport,      NONE,           CHAIR),
    row("GET",    "/api/v1/reports/{id}/export/{file}",       PublishedReport,       NONE,           USER),
    row("GET",    "/api/v1/reports/{id}/export/{file}",       DraftReport,           NONE,           DRAFT_REPORT),
    // ------------------------------------------------------------------------------- API: its own description
    row("GET",    "/api/v1/openapi.json",                     Nothing,               NONE,           PUBLIC),
    // ----------------------------------------------------------------------------------------- API: proposals
    row("GET",    "/api/v1/proposals",                        Nothing,               NONE,           USER),
    row("POST",   "/api/v1/proposals",                        Nothing,               J_PROPOSAL,     PARTICIPANT),
    row("GET",    "/api/v1/proposals/{id}",                   Submitted,             NONE,           USER),
    row("GET",    "/api/v1/proposals/{id}",                   Draft,                 NONE,           DRAFT_READER),
    row("PATCH",  "/api/v1/proposals/{id}",                   Submitted,             J_EDIT,         AUTHOR),
    row("PATCH",  "/api/v1/proposals/{id}",                   Draft,                 J_EDIT,         DRAFT_AUTHOR),
    row("POST",   "/api/v1/proposals/{id}/submit",            FreshDraft,            NONE,           DRAFT_AUTHOR),
    row("POST",   "/api/v1/proposals/{id}/withdraw",          FreshSubmitted,        NONE,           AUTHOR),
    row("POST",   "/api/v1/proposals/{id}/cosponsor",         FreshSubmitted,        NONE,           COSPONSOR),
    row("DELETE", "/api/v1/proposals/{id}/cosponsor",         FreshCosponsored,      NONE,           UNCOSPONSOR),
    row("POST",   "/api/v1/proposals/{id}/decision",          FreshDecidable,        J_DECISION,     CHAIR),
    row("GET",    "/api/v1/proposals/{id}/comments",          Submitted,             NONE,           USER),
    row("GET",    "/api/v1/proposals/{id}/comments",          Draft,                 NONE,           DRAFT_READER),
    row("POST",   "/api/v1/proposals/{id}/comments",          Submitted,             J_COMMENT,      PARTICIPANT),
    row("POST",   "/api/v1/proposals/{id}/comments",          Draft,                 J_COMMENT,      DRAFT_COMMENT),
    row("PATCH",  "/api/v1/comments/{id}",                    FreshComment,          J_COMMENT_EDIT, AUTHOR),
    row("POST",   "/api/v1/comments/{id}/hide",               FreshComment,          J_HIDE,         CHAIR),
    // ------------------------------------------------------------------------------------------- pages: audit
    row("GET",    "/audit",                                   Nothing,               NONE,           AUDIT),
    row("POST",   "/audit/checkpoints",                       Nothing,               NONE,           AUDIT),
    // --------------------------------------------------------------------------------------- pages: proposals
    row("GET",    "/proposals",                               Nothing,               NONE,           USER),
    row("POST",   "/proposals",                               Nothing,               F_PROPOSAL,     PARTICIPANT),
    row("GET",    "/proposals/new",                           Nothing,               NONE,           PARTICIPANT),
    row("GET",    "/proposals/{id}",                          Submitted,             NONE,           USER),
    row("GET",    "/proposals/{id}",                          Draft,                 NONE,           DRAFT_READER),
    row("GET",    "/proposals/{id}/edit",                     Submitted,             NONE,           AUTHOR),
    row("GET",    "/proposals/{id}/edit",                     Draft,                 NONE,           DRAFT_AUTHOR),
    row("POST",   "/proposals/{id}/edit",                     Submitted,             F_PROPOSAL,     AUTHOR),
    row("POST",   "/proposals/{id}/edit",                     Draft,                 F_PROPOSAL,     DRAFT_AUTHOR),
    row("GET",    "/proposals/{id}/diff",                     Submitted,             NONE,           USER),
    row("GET",    "/proposals/{id}/diff",                     Draft,                 NONE,           DRAFT_READER),
    row("POST",   "/proposals/{id}/submit",                   FreshDraft,            NONE,           DRAFT_AUTHOR),
    row("GET",    "/proposals/{id}/withdraw",                 FreshSubmitted,        NONE,           AUTHOR),
    row("POST",   "/proposals/{id}/withdraw",                 FreshSubmitted,        NONE,           AUTHOR),
    row("POST",   "/proposals/{id}/cosponsor",                FreshSubmitted,        NONE,           COSPONSOR),
    row("POST",   "/proposals/{id}/uncosponsor",              FreshCosponsored,      NONE,           UNCOSPONSOR),
    row("POST",   "/proposals/{id}/comments",                 Submitted,             F_COMMENT,      PARTICIPANT),
    row("POST",   "/proposals/{id}/comments",                 Draft,                 F_COMMENT,      DRAFT_COMMENT),
    // ---------------------------------------------------------------------------------------- pages: comments
    row("GET",    "/comments/{id}/edit",                      FreshComment,          NONE,           AUTHOR),
    row("POST",   "/comments/{id}/edit",                      FreshComment,          F_COMMENT_EDIT, AUTHOR),
    row("POST",   "/comments/{id}/hide",                      FreshComment,          F_HIDE,         CHAIR),
    // ------------------------------------------------------------------------ pages: home, sign-in, the admin
    row("GET",    "/",                                        Nothing,               NONE,           PUBLIC),
    row("GET",    "/api",                                     Nothing,               NONE,           PUBLIC),
    row("GET",    "/login",                                   Nothing,               NONE,           PUBLIC),
    row("POST",   "/login",                                   Nothing,               F_SESSION,      SIGN_IN),
    row("GET",    "/register",                                Nothing,               NONE,           PUBLIC),
    row("POST",   "/register",                                Nothing,               F_REGISTER,     PUBLIC),
    row("POST",   "/logout",                                  OwnSession,            NONE,           USER),
    row("GET",    "/admin/users",                             Nothing,               NONE,           ADMIN),
    row("POST",   "/admin/users/{id}/approve",                FreshPendingUser,      NONE,           ADMIN),
    row("POST",   "/admin/users/{id}",                        SomeUser,              F_USER,         ADMIN),
    row("POST",   "/admin/users/{id}/reset-password",         SomeUser,              NONE,           ADMIN),
    row("GET",    "/admin/users/{id}",                        SomeUser,              NONE,           ADMIN),
    row("GET",    "/admin/users/{id}/reject",                 FreshPendingUser,      NONE,           ADMIN),
    row("POST",   "/admin/users/{id}/reject",                 FreshPendingUser,      NONE,           ADMIN),
    row("GET",    "/admin/users/{id}/suspend",                FreshActiveUser,       NONE,           ADMIN),
    row("POST",   "/admin/users/{id}/suspend",                FreshActiveUser,       NONE,           ADMIN),
    row("POST",   "/admin/users/{id}/reinstate",              FreshActiveUser,       NONE,           ADMIN),
    row("GET",    "/admin/users/{id}/reset-password",         FreshActiveUser,       NONE,           ADMIN),
    row("GET",    "/account",                                 Nothing,               NONE,           USER),
    row("POST",   "/account",                                 Nothing,               F_ACCOUNT,      USER),
    row("POST",   "/language",                                Nothing,               F_LANGUAGE,     PUBLIC),
    row("POST",   "/account/password",                        OwnSession,            F_PASSWORD,     USER),
    // ---------------------------------------------------------------------------------- pages: notifications
    row("GET",    "/notifications",                           Nothing,               NONE,           USER),
    row("POST",   "/notifications/read-all",                  Nothing,               NONE,           USER),
    row("POST",   "/notifications/{id}/read",                 FreshNotice,           NONE,           OWN_NOTICE),
    // ------------------------------------------------------------------------------------------ pages: rounds
    row("GET",    "/rounds",                                  Nothing,               NONE,           USER),
    row("POST",   "/rounds",                                  Nothing,               F_ROUND,        CHAIR),
    row("GET",    "/rounds/new",                              Nothing,               NONE,           CHAIR),
    row("GET",    "/rounds/{id}",                             OpenRound,             NONE,           USER),
    row("GET",    "/rounds/{id}",                             ClosedRound,           NONE,           USER),
    row("GET",    "/rounds/{id}/receipts/{receipt}",          ClosedRound,           NONE,           USER),
    row("GET",    "/rounds/{id}/receipts",                    ClosedRound,           NONE,           RECEIPT_FORM),
    row("GET",    "/rounds/{id}/open",                        FreshDraftRound,       NONE,           CHAIR),
    row("GET",    "/rounds/{id}/close",                       FreshOpenRound,        NONE,           CHAIR),
    row("POST",   "/rounds/{id}/open",                        FreshDraftRound,       NONE,           CHAIR),
    row("POST",   "/rounds/{id}/close",                       FreshOpenRound,        NONE,           CHAIR),
    row("GET",    "/rounds/{id}/ballot",                      OpenRound,             NONE,           VOTER),
    row("POST",   "/rounds/{id}/ballot",                      OpenRound,             F_BALLOT,       VOTER),
    row("POST",   "/rounds/{id}/proxy",                       OpenRound,             F_PROXY,        PROXY_TO_NOBODY),
    row("POST",   "/rounds/{id}/proxy/revoke",                OpenRound,             NONE,           PROXY_NONE),
    row("POST",   "/rounds/{id}/proposals/{proposal}/decision", FreshDecidableInRound, F_DECISION,   CHAIR),
    // ----------------------------------------------------------------------------------------- pages: reports
    row("GET",    "/reports",                                 Nothing,               NONE,           USER),
    row("POST",   "/reports",                                 Nothing,               F_REPORT,       CHAIR),
    row("GET",    "/reports/new",                             Nothing,               NONE,           CHAIR),
    row("GET",    "/reports/{id}",                            PublishedReport,       NONE,           USER),
    row("GET",    "/reports/{id}",                            DraftReport,           NONE,           DRAFT_REPORT),
    row("GET",    "/reports/{id}/edit",                       DraftReport,           NONE,           CHAIR),
    row("GET",    "/reports/{id}/edit",                       PublishedReport,       NONE,           CHAIR_CONFLICT),
    row("POST",   "/reports/{id}/edit",                       FreshDraftReport,      F_REPORT,       CHAIR),
    row("GET",    "/reports/{id}/publish",                    DraftReport,           NONE,           CHAIR),
    row("GET",    "/reports/{id}/publish",                    PublishedReport,       NONE,           CHAIR_CONFLICT),
    row("POST",   "/reports/{id}/publish",                    FreshDraftReport,      NONE,           CHAIR),
];

// ======================================================= the completeness

#[test]
fn the_access_table_lists_exactly_the_routes_the_app_registers() {
    let registered = registered_routes(Path::new(env!("CARGO_MANIFEST_DIR")));
    let listed: BTreeSet<(String, String)> = ROUTES
        .iter()
        .map(|r| (r.method.to_owned(), r.path.to_owned()))
        .collect();
    let show = |set: Vec<&(String, String)>| {
        set.iter()
            .map(|(m, p)| format!("  {m} {p}"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let unlisted: Vec<_> = registered.difference(&listed).collect();
    let unregistered: Vec<_> = listed.difference(&registered).collect();
    assert!(
        unlisted.is_empty() && unregistered.is_empty(),
        "the access table (tests/it/access.rs) is out of step with src/web:\n\
         registered but not in the table (add a row with every caller's outcome):\n{}\n\
         in the table but not registered (remove or fix the row):\n{}",
        show(unlisted),
        show(unregistered),
    );
}

#[test]
fn the_route_reader_follows_scopes_and_refuses_what_it_cannot_read() {
    let root = "
        pub fn routes(cfg: &mut web::ServiceConfig) {
            // .route(\"/commented-out\", web::get().to(x))
            cfg.route(\"/a\", web::get().to(a))
                .service(web::scope(\"/api/v1\").configure(api::routes))
                .configure(pages::routes);
        }";
    let api = "cfg.route(\"/x/{id}\", web::get().to(x))
        .route(
            \"/x/{id}\",
            web::delete().to(y),
        );";
    let pages = "cfg.route(\"/x/{id}\", web::post().to(x));";
    let sources = vec![
        Source::new("mod.rs", root),
        Source::new("api.rs", api),
        Source::new("pages/mod.rs", pages),
    ];
    let got: Vec<String> = routes_of(&sources)
        .into_iter()
        .map(|(m, p)| format!("{m} {p}"))
        .collect();
    assert_eq!(
        got,
        [
            "DELETE /api/v1/x/{id}",
            "GET /a",
            "GET /api/v1/x/{id}",
            "POST /x/{id}"
        ]
    );
    for bad in [
        "cfg.route(PATH, web::get().to(x));",
        "cfg.route(\"/x\", web::method(Method::GET).to(x));",
        "cfg.service(web::resource(\"/x\").to(x));",
        "#[get(\"/x\")] async fn x() {}",
        "cfg.configure(more_routes);",
    ] {
        let sources = vec![Source::new("mod.rs", bad)];
        let res = std::panic::catch_unwind(|| routes_of(&sources));
        assert!(res.is_err(), "the reader should refuse: {bad}");
    }
    // A module with routes that nothing configures is refused too.
    let sources = vec![
        Source::new("mod.rs", "cfg.route(\"/a\", web::get().to(a));"),
        Source::new("stray.rs", "cfg.route(\"/b\", web::get().to(b));"),
    ];
    assert!(std::panic::catch_unwind(|| routes_of(&sources)).is_err());
}

/// A source file of `src/web`: its module path and its text, comment lines
/// blanked (so that a commented-out route does not count).
struct Source {
    rel: String,
    module: Vec<String>,
    text: String,
}

impl Source {
    fn new(rel: &str, text: &str) -> Source {
        let mut module: Vec<String> = rel.split('/').map(str::to_owned).collect();
        let file = module.pop().unwrap();
        if file != "mod.rs" {
            module.push(file.trim_end_matches(".rs").to_owned());
        }
        let text = text
            .lines()
            .map(|l| {
                if l.trim_start().starts_with("//") {
                    ""
                } else {
                    l
                }
            })
            .collect::<Vec<_>>()
            .join("\n");
        Source {
            rel: rel.to_owned(),
            module,
            text,
        }
    }

    /// `file:line` of a byte offset, for messages.
    fn at(&self, offset: usize) -> String {
        let line = self.text[..offset].matches('\n').count() + 1;
        format!("src/web/{}:{line}", self.rel)
    }

    /// What follows `offset`, for messages.
    fn snippet(&self, offset: usize) -> String {
        self.text[offset..]
            .chars()
            .take(90)
            .collect::<String>()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// Every `.rs` file under `dir`, sorted.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// The routes the app registers, as (METHOD, full path), read from the
/// source: `src/startup.rs` configures `crate::web::routes` (and nothing
/// else registers routes outside `src/web`), and `src/web` registers them.
pub(crate) fn registered_routes(manifest_dir: &Path) -> BTreeSet<(String, String)> {
    let src = manifest_dir.join("src");
    let web = src.join("web");
    for file in rust_files(&src) {
        if file.starts_with(&web) {
            continue;
        }
        let rel = file
            .strip_prefix(manifest_dir)
            .unwrap()
            .display()
            .to_string();
        let text = Source::new("outside.rs", &std::fs::read_to_string(&file).unwrap()).text;
        for marker in [".route(", "web::resource(", "web::scope(", ".service("] {
            assert!(
                !text.contains(marker),
                "{rel} registers routes outside src/web ({marker}); the access test reads only src/web"
            );
        }
        let configures = text.matches(".configure(").count();
        if rel == "src/startup.rs" {
            assert_eq!(
                (
                    configures,
                    text.matches(".configure(crate::web::routes)").count()
                ),
                (1, 1),
                "src/startup.rs must configure exactly crate::web::routes"
            );
        } else {
            assert_eq!(configures, 0, "{rel} configures routes outside src/web");
            assert!(
                !text.contains("App::new()"),
                "{rel} builds another actix App; the access test knows only src/startup.rs"
            );
        }
    }
    let sources: Vec<Source> = rust_files(&web)
        .iter()
        .map(|f| {
            let rel = f
                .strip_prefix(&web)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            Source::new(&rel, &std::fs::read_to_string(f).unwrap())
        })
        .collect();
    assert!(
        sources.len() > 10,
        "found only {} files under {}",
        sources.len(),
        web.display()
    );
    routes_of(&sources)
}

/// The routes registered by `sources` (the root module is `mod.rs`, mounted
/// at `/`). Panics on anything it cannot read.
fn routes_of(sources: &[Source]) -> BTreeSet<(String, String)> {
    for s in sources {
        refuse_unknown_registrations(s);
    }
    // Prefixes under which each module's `routes` is configured.
    let mut prefixes: BTreeMap<Vec<String>, BTreeSet<String>> = BTreeMap::new();
    prefixes.insert(Vec::new(), BTreeSet::from([String::new()]));
    for _ in 0..=sources.len() {
        for s in sources {
            let Some(mine) = prefixes.get(&s.module).cloned() else {
                continue;
            };
            let scopes = scopes(s);
            for (offset, child) in configures(s) {
                let mut module = s.module.clone();
                module.push(child.clone());
                assert!(
                    sources.iter().any(|x| x.module == module),
                    "{}: configures {child}::routes, but there is no module {}",
                    s.at(offset),
                    module.join("::")
                );
                let inner = scope_prefix(&scopes, offset);
                let set = prefixes.entry(module).or_default();
                for p in &mine {
                    set.insert(format!("{p}{inner}"));
                }
            }
        }
    }
    let mut out = BTreeSet::new();
    for s in sources {
        let found = routes_in(s);
        if found.is_empty() {
            continue;
        }
        let mine = prefixes.get(&s.module).unwrap_or_else(|| {
            panic!(
                "src/web/{} registers routes, but nothing configures its module ({}::routes)",
                s.rel,
                s.module.join("::")
            )
        });
        let scopes = scopes(s);
        for (offset, method, path) in found {
            for p in mine {
                let full = format!("{p}{}{path}", scope_prefix(&scopes, offset));
                assert!(
                    out.insert((method.clone(), full.clone())),
                    "{}: {method} {full} is registered twice",
                    s.at(offset)
                );
            }
        }
    }
    out
}

/// Fails on ways of registering routes that the reader does not follow.
fn refuse_unknown_registrations(s: &Source) {
    for marker in [
        "web::resource(",
        "web::route()",
        "web::method(",
        ".external_resource(",
        "App::new()",
        "#[get(",
        "#[post(",
        "#[put(",
        "#[patch(",
        "#[delete(",
        "#[head(",
        "#[route(",
        "#[routes",
    ] {
        if let Some(i) = s.text.find(marker) {
            panic!(
                "{}: `{marker}` registers routes in a way the access test does not read; \
                 use `.route(\"/path\", web::get().to(handler))` or teach tests/it/access.rs",
                s.at(i)
            );
        }
    }
    for (i, _) in s.text.match_indices(".service(") {
        let rest = s.text[i + ".service(".len()..].trim_start();
        assert!(
            rest.starts_with("web::scope("),
            "{}: `.service(` without `web::scope(`: the access test cannot read `{}`",
            s.at(i),
            s.snippet(i)
        );
    }
}

/// Reads a string literal at the start of `s` (after whitespace): (value,
/// rest).
fn string_literal(s: &str) -> Option<(String, &str)> {
    let s = s.trim_start().strip_prefix('"')?;
    let end = s.find('"')?;
    let value = &s[..end];
    if value.contains('\\') {
        return None;
    }
    Some((value.to_owned(), &s[end + 1..]))
}

/// Reads an identifier at the start of `s` (after whitespace).
fn identifier(s: &str) -> Option<(&str, &str)> {
    let s = s.trim_start();
    let end = s
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(s.len());
    (end > 0).then(|| (&s[..end], &s[end..]))
}

/// Every `.route("path", web::method()…)` of a file: (offset, METHOD, path).
fn routes_in(s: &Source) -> Vec<(usize, String, String)> {
    let mut out = Vec::new();
    for (i, _) in s.text.match_indices(".route(") {
        let parsed = (|| {
            let rest = &s.text[i + ".route(".len()..];
            let (path, rest) = string_literal(rest)?;
            let rest = rest.trim_start().strip_prefix(',')?;
            let rest = rest.trim_start().strip_prefix("web::")?;
            let (method, rest) = identifier(rest)?;
            rest.strip_prefix("()")?;
            let method = method.to_ascii_uppercase();
            ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD"]
                .contains(&method.as_str())
                .then_some((method, path))
        })();
        let Some((method, path)) = parsed else {
            panic!(
                "{}: cannot read this route registration (expected \
                 `.route(\"/path\", web::get().to(handler))`): {}",
                s.at(i),
                s.snippet(i)
            );
        };
        assert!(
            path.starts_with('/'),
            "{}: route path {path:?} does not start with /",
            s.at(i)
        );
        out.push((i, method, path));
    }
    out
}

/// Every `.configure(module::routes)` of a file: (offset, module).
fn configures(s: &Source) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (i, _) in s.text.match_indices(".configure(") {
        let parsed = (|| {
            let (name, rest) = identifier(&s.text[i + ".configure(".len()..])?;
            rest.strip_prefix("::routes")?
                .trim_start()
                .strip_prefix(')')?;
            Some(name.to_owned())
        })();
        let Some(name) = parsed else {
            panic!(
                "{}: cannot read this configure call (expected `.configure(module::routes)`): {}",
                s.at(i),
                s.snippet(i)
            );
        };
        out.push((i, name));
    }
    out
}

/// The `.service(web::scope("/prefix")…)` calls of a file: (start, end,
/// prefix), the byte range of the `.service(` call's parentheses.
fn scopes(s: &Source) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    for (i, _) in s.text.match_indices("web::scope(") {
        let Some((prefix, _)) = string_literal(&s.text[i + "web::scope(".len()..]) else {
            panic!("{}: cannot read this scope: {}", s.at(i), s.snippet(i));
        };
        let before = s.text[..i].trim_end();
        assert!(
            before.ends_with(".service("),
            "{}: a scope that is not the argument of `.service(`: {}",
            s.at(i),
            s.snippet(i)
        );
        let open = before.len() - 1;
        out.push((open, matching_paren(s, open), prefix));
    }
    out
}

/// The offset of the `)` that closes the `(` at `open` (string literals
/// skipped).
fn matching_paren(s: &Source, open: usize) -> usize {
    let bytes = s.text.as_bytes();
    let (mut depth, mut i, mut in_string) = (0usize, open, false);
    while i < bytes.len() {
        let b = bytes[i];
        if in_string {
            match b {
                b'\\' => i += 1,
                b'"' => in_string = false,
                _ => {}
            }
        } else {
            match b {
                b'"' => in_string = true,
                b'\'' if bytes.get(i + 2) == Some(&b'\'') => i += 2,
                b'(' => depth += 1,
                b')' => {
                    depth -= 1;
                    if depth == 0 {
                        return i;
                    }
                }
                _ => {}
            }
        }
        i += 1;
    }
    panic!("{}: unbalanced parentheses", s.at(open))
}

/// A fresh witness verifier key, unique to call `n`.
fn witness_vkey(n: u64) -> String {
    let seed =
        <[u8; 32]>::try_from(&<sha2::Sha256 as sha2::Digest>::digest(n.to_be_bytes())[..]).unwrap();
    crate::common::internals::NoteSigner::new(
        &format!("witness{n}.example"),
        crate::common::internals::TYPE_COSIGNATURE,
        &seed,
    )
    .unwrap()
    .verifier
    .vkey()
}

/// The scope prefix in force at `offset` (nested scopes concatenated).
fn scope_prefix(scopes: &[(usize, usize, String)], offset: usize) -> String {
    let mut inside: Vec<_> = scopes
        .iter()
        .filter(|(start, end, _)| *start < offset && offset < *end)
        .collect();
    inside.sort_by_key(|(start, _, _)| *start);
    inside.iter().map(|(_, _, p)| p.as_str()).collect()
}

// ============================================================ the world

/// A caller's credentials: an API client and a browser.
struct Credentials {
    email: String,
    api: Caller,
    browser: Session,
}

/// The values a row's placeholders take for one call.
#[derive(Debug, Default)]
struct Params {
    id: Option<i64>,
    proposal: Option<i64>,
    file: Option<&'static str>,
    receipt: Option<String>,
    vkey: Option<String>,
}

/// Everything the rows need, set up once per backend.
struct World<'a> {
    app: &'a TestApp,
    /// In the order of `KINDS`.
    callers: Vec<Credentials>,
    /// A chair who sets up rounds and is never a caller (so signing the
    /// callers out never breaks the setup).
    runner: Person,
    owner: User,
    others: Vec<User>,
    some_user: i64,
    /// Two eligible proposals (a round takes at least two).
    eligible: [i64; 2],
    draft: i64,
    submitted: i64,
    open_round: i64,
    closed_round: i64,
    receipt: String,
    draft_report: i64,
    published_report: i64,
    n: u64,
}

impl<'a> World<'a> {
    async fn new(app: &'a TestApp) -> World<'a> {
        let owner = app.delegate("france").await;
        let other = app.delegate("brazil").await;
        let chair = app.chair().await;
        let auditor = app.auditor().await;
        let admin = app.admin().await;
        let suspended = app.delegate("norway").await;
        let runner = app
            .person("runner@example.org", Role::Chair, "member_state", "Kenya")
            .await;
        let some_user = app
            .user("someone@example.org", Role::Delegate, "industry", "Acme")
            .await
            .id
            .0;
        let pending_email = "pending@example.org";
        let res = app
            .anon()
            .post_json(
                "/api/v1/registrations",
                json!({"email": pending_email, "password": PASSWORD, "display_name": "Pending",
                       "organisation": "Peru", "group": "member_state"}),
            )
            .await;
        assert_eq!(res.status, 201, "registration: {}", res.text);

        // Browsers sign in before the suspension, so the suspended delegate
        // still holds a session cookie.
        let mut browsers = Vec::new();
        for person in [&suspended, &owner, &other, &chair, &auditor, &admin] {
            browsers.push(person.browser().await);
        }

        // An eligible proposal and the rounds: electors are the owner, the
        // other delegate, the chair (and the suspended delegate, then still
        // active); each has voted in the open round.
        let eligible = [
            app.proposal(&owner.user, "Connect every school").await,
            app.proposal(&owner.user, "Train every teacher").await,
        ];
        let ranking = json!([[p(eligible[0])], [p(eligible[1])]]);
        let open_round = runner.create_round(&eligible, json!({})).await;
        runner.open(open_round).await;
        for voter in [&owner, &other, &chair] {
            let res = voter.vote(open_round, ranking.clone()).await;
            assert_eq!(res.status, 200, "vote: {}", res.text);
        }
        let closed_round = runner.create_round(&eligible, json!({})).await;
        runner.open(closed_round).await;
        let res = owner.vote(closed_round, ranking.clone()).await;
        assert_eq!(res.status, 200, "vote: {}", res.text);
        let receipt = res.json()["receipt"].as_str().unwrap().to_owned();
        runner.close(closed_round).await;
        let draft_report = new_report(&runner, closed_round).await;
        let published_report = new_report(&runner, closed_round).await;
        let res = runner
            .post(&format!("/api/v1/reports/{published_report}/publish"))
            .await;
        assert_eq!(res.status, 200, "publish: {}", res.text);

        // The suspension: the old token and cookie stay with the caller.
        let res = admin
            .patch_json(
                &format!("/api/v1/users/{}", suspended.id()),
                json!({"status": "suspended"}),
            )
            .await;
        assert_eq!(res.status, 200, "suspend: {}", res.text);

        // The non-elector arrives after the rounds opened.
        let late = app.delegate("latecomer").await;
        let late_browser = late.browser().await;

        // The pending registration cannot sign in, by API or form.
        let res = app
            .anon()
            .post_json(
                "/api/v1/session",
                json!({"email": pending_email, "password": PASSWORD}),
            )
            .await;
        // (With the right password it is told it awaits approval: 403.)
        assert_eq!(res.status, 403, "a pending user signed in: {}", res.text);
        assert!(res.json()["token"].is_null());
        let pending_browser = app.browser().await;
        let res = pending_browser.login(pending_email, PASSWORD).await;
        assert_eq!(res.status, 403, "a pending user signed in by the form");

        let draft = app
            .draft_proposal(&owner.user, "The owner's private draft")
            .await;
        let submitted = app
            .submitted_proposal(&owner.user, "Open data for all", "A summary.", "A body.")
            .await;

        let mut browsers = browsers.into_iter();
        let mut callers = vec![
            Credentials {
                email: "nobody@example.org".into(),
                api: app.anon(),
                browser: app.browser().await,
            },
            Credentials {
                email: pending_email.into(),
                api: app.anon(),
                browser: pending_browser,
            },
        ];
        for person in [&suspended, &owner, &other, &chair, &auditor, &admin] {
            callers.push(Credentials {
                email: person.email().to_owned(),
                api: app.with_token(&person.token),
                browser: browsers.next().unwrap(),
            });
        }
        callers.push(Credentials {
            email: late.email().to_owned(),
            api: app.with_token(&late.token),
            browser: late_browser,
        });
        assert_eq!(callers.len(), KINDS.len());

        World {
            app,
            callers,
            runner,
            owner: owner.user.clone(),
            others: vec![other.user.clone(), chair.user.clone(), late.user.clone()],
            some_user,
            eligible,
            draft,
            submitted,
            open_round,
            closed_round,
            receipt,
            draft_report,
            published_report,
            n: 0,
        }
    }

    /// The values of a row's placeholders for one call, making fresh
    /// targets as needed.
    async fn prepare(&mut self, target: Target) -> Params {
        self.n += 1;
        let n = self.n;
        let app = self.app;
        let id = |id: i64| Params {
            id: Some(id),
            ..Params::default()
        };
        match target {
            Nothing | OwnSession => Params::default(),
            StaticFile => Params {
                file: Some("style.css"),
                ..Params::default()
            },
            FreshPendingUser => {
                let res = app
                    .anon()
                    .post_json(
                        "/api/v1/registrations",
                        json!({"email": format!("waiting{n}@example.org"), "password": PASSWORD,
                               "display_name": "Waiting", "organisation": "Peru",
                               "group": "member_state"}),
                    )
                    .await;
                assert_eq!(res.status, 201, "registration: {}", res.text);
                id(res.json()["user"]["id"].as_i64().unwrap())
            }
            SomeUser => id(self.some_user),
            FreshActiveUser => id(app
                .user(
                    &format!("active{n}@example.org"),
                    Role::Delegate,
                    "industry",
                    "Org",
                )
                .await
                .id
                .0),
            Draft => id(self.draft),
            FreshDraft => id(app
                .draft_proposal(&self.owner, &format!("Draft number {n}"))
                .await),
            Submitted => id(self.submitted),
            FreshSubmitted => id(app
                .submitted_proposal(
                    &self.owner,
                    &format!("Proposal {n}"),
                    "A summary.",
                    "A body.",
                )
                .await),
            FreshCosponsored => {
                let p = app
                    .submitted_proposal(
                        &self.owner,
                        &format!("Proposal {n}"),
                        "A summary.",
                        "A body.",
                    )
                    .await;
                for u in &self.others {
                    app.cosponsor_directly(u, p).await;
                }
                id(p)
            }
            FreshDecidable | FreshDecidableInRound => {
                let p = app.proposal(&self.owner, &format!("Decide {n}")).await;
                let round = self
                    .runner
                    .create_round(&[p, self.eligible[0]], json!({}))
                    .await;
                self.runner.open(round).await;
                self.runner.close(round).await;
                if target == FreshDecidable {
                    id(p)
                } else {
                    Params {
                        id: Some(round),
                        proposal: Some(p),
                        ..Params::default()
                    }
                }
            }
            FreshNotice => {
                let p = app
                    .submitted_proposal(
                        &self.owner,
                        &format!("Noticed {n}"),
                        "A summary.",
                        "A body.",
                    )
                    .await;
                app.cosponsor_directly(&self.others[0], p).await;
                id(app.latest_notice_of(self.owner.id.0).await)
            }
            FreshComment => id(app
                .comment_directly(&self.owner, self.submitted, "A comment by the owner.")
                .await),
            FreshDraftRound => id(self.runner.create_round(&self.eligible, json!({})).await),
            OpenRound => id(self.open_round),
            FreshOpenRound => {
                let round = self.runner.create_round(&self.eligible, json!({})).await;
                self.runner.open(round).await;
                id(round)
            }
            ClosedRound => Params {
                id: Some(self.closed_round),
                file: Some("ballots.json"),
                receipt: Some(self.receipt.clone()),
                ..Params::default()
            },
            FreshWitnessKey => Params {
                vkey: Some(witness_vkey(n)),
                ..Params::default()
            },
            FreshWitness => {
                let auditor = KINDS.iter().position(|k| *k == Kind::Auditor).unwrap();
                let res = self.callers[auditor]
                    .api
                    .post_json("/api/v1/audit/witnesses", json!({"vkey": witness_vkey(n)}))
                    .await;
                assert_eq!(res.status, 201, "witness: {}", res.text);
                id(res.json()["witness"]["id"].as_i64().unwrap())
            }
            DraftReport | PublishedReport => Params {
                id: Some(if target == DraftReport {
                    self.draft_report
                } else {
                    self.published_report
                }),
                file: Some("report.json"),
                ..Params::default()
            },
            FreshDraftReport => id(new_report(&self.runner, self.closed_round).await),
        }
    }

    /// `template` with its placeholders filled for `kind`.
    fn fill(&self, template: &str, params: &Params, kind: usize) -> String {
        let mut s = template.to_owned();
        let mut put = |name: &str, value: Option<String>| {
            let key = format!("{{{name}}}");
            if s.contains(&key) {
                let value = value.unwrap_or_else(|| panic!("{template}: no value for {key}"));
                s = s.replace(&key, &value);
            }
        };
        put("id", params.id.map(|v| v.to_string()));
        put("proposal", params.proposal.map(|v| v.to_string()));
        put("file", params.file.map(str::to_owned));
        put("receipt", params.receipt.clone());
        put("vkey", params.vkey.clone());
        put("me", Some(self.callers[kind].email.clone()));
        put("password", Some(PASSWORD.to_owned()));
        put("new_email", Some(format!("new{}@example.org", self.n)));
        put("n", Some(self.n.to_string()));
        put("eligible2", Some(self.eligible[1].to_string()));
        put("eligible", Some(self.eligible[0].to_string()));
        put("candidate", Some(p(self.eligible[0])));
        put("closed_round", Some(self.closed_round.to_string()));
        if let Some(i) = s.find('{') {
            let rest = &s[i + 1..];
            let word = rest
                .find('}')
                .map(|j| &rest[..j])
                .filter(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase() || c == '_'));
            assert!(
                word.is_none(),
                "{template}: unknown placeholder {{{}}}",
                word.unwrap()
            );
        }
        s
    }

    /// Sends `row` as caller `kind` to `path`.
    async fn send(&self, row: &Row, kind: usize, path: &str, params: &Params) -> Response {
        let who = &self.callers[kind];
        let method = Method::from_bytes(row.method.as_bytes()).unwrap();
        if path.starts_with("/api/") {
            let body = match row.body {
                Body::None => None,
                Body::Json(t) => Some(
                    serde_json::from_str::<Value>(&self.fill(t, params, kind)).unwrap_or_else(
                        |e| panic!("{} {}: bad JSON body: {e}", row.method, row.path),
                    ),
                ),
                Body::Form(_) => panic!("{} {}: the API takes JSON", row.method, row.path),
            };
            who.api.call(method, path, body.as_ref()).await
        } else {
            let fields: Vec<(String, String)> = match row.body {
                Body::None => Vec::new(),
                Body::Form(f) => f
                    .iter()
                    .map(|(k, v)| (self.fill(k, params, kind), self.fill(v, params, kind)))
                    .collect(),
                Body::Json(_) => panic!("{} {}: pages take forms", row.method, row.path),
            };
            let fields: Vec<(&str, &str)> = fields
                .iter()
                .map(|(k, v)| (k.as_str(), v.as_str()))
                .collect();
            match method {
                Method::GET => {
                    assert!(
                        fields.is_empty(),
                        "{} {}: a GET with a form",
                        row.method,
                        row.path
                    );
                    who.browser.get(path).await
                }
                Method::POST => who.browser.post_form(path, &fields).await,
                _ => panic!(
                    "{} {}: pages answer GET and POST only",
                    row.method, row.path
                ),
            }
        }
    }

    /// New credentials for a caller who signed itself out.
    async fn sign_in_again(&mut self, kind: usize) {
        let email = self.callers[kind].email.clone();
        self.callers[kind].api = self.app.with_token(&self.app.token(&email).await);
        self.callers[kind].browser = self.app.browser_as(&email).await;
    }
}

// ============================================================ the checks

/// The error code of a JSON error answer.
fn code(res: &Response) -> Option<String> {
    let v: Value = serde_json::from_slice(&res.bytes).ok()?;
    v["error"]["code"].as_str().map(str::to_owned)
}

/// What came back, for messages.
fn describe(res: &Response) -> String {
    let mut s = res.status.to_string();
    if let Some(loc) = res.headers.get("location") {
        s += &format!(" → {}", loc.to_str().unwrap_or("?"));
    }
    if let Some(c) = code(res) {
        s += &format!(" {c}");
    }
    if res.status == 403 && res.text.contains("did not come from this site") {
        s += " (CSRF)";
    }
    s
}

/// Whether `res` is in class `expected` (`api`: the route is under /api/).
fn in_class(expected: E, res: &Response, api: bool) -> bool {
    let location = res
        .headers
        .get("location")
        .and_then(|l| l.to_str().ok())
        .unwrap_or("");
    let status = res.status;
    if status >= 500 {
        return false;
    }
    match expected {
        E::Ok if api => (200..300).contains(&status),
        E::Ok => (200..300).contains(&status) || (status == 303 && location != "/login"),
        E::SignIn if api => status == 401 && code(res).as_deref() == Some("unauthenticated"),
        E::SignIn => status == 303 && location == "/login",
        E::Forbidden if api => status == 403 && code(res).as_deref() == Some("forbidden"),
        E::Forbidden => status == 403 && !res.text.contains("did not come from this site"),
        E::Hidden => status == 404,
        E::BadLogin if api => status == 401 && code(res).as_deref() == Some("login_failed"),
        E::BadLogin => status == 401,
        E::Waiting if api => status == 403 && code(res).as_deref() == Some("awaiting_approval"),
        E::Waiting => status == 403 && res.text.contains("approval"),
        E::Status(s) => status == s,
    }
}

/// A draft report over `round`, created by `chair`; returns its id.
async fn new_report(chair: &Person, round: i64) -> i64 {
    let res = chair
        .post_json(
            "/api/v1/reports",
            json!({"title": "What the panel adopted", "rounds": [round]}),
        )
        .await;
    assert_eq!(res.status, 201, "report: {}", res.text);
    res.json()["report"]["id"].as_i64().unwrap()
}

async fn every_route_answers_every_caller_as_the_table_says(app: &TestApp) {
    let mut world = World::new(app).await;
    let mut failures = Vec::new();
    let mut checks = 0;
    for row in ROUTES {
        for (kind, caller) in KINDS.iter().enumerate() {
            let expected = row.expect[kind];
            let params = world.prepare(row.on).await;
            let path = world.fill(row.path, &params, kind);
            let before = app.audit_seq().await;
            let res = world.send(row, kind, &path, &params).await;
            let written = app.audit_seq().await - before;
            checks += 1;
            let refusal = matches!(
                expected,
                E::SignIn | E::Forbidden | E::Hidden | E::Status(400..)
            );
            let what = format!(
                "{} {} [{:?}] as {:?}: expected {:?}",
                row.method, row.path, row.on, caller, expected
            );
            if !in_class(expected, &res, row.path.starts_with("/api/")) {
                let mut got = describe(&res);
                if written > 0 {
                    got += &format!(", wrote {written} audit entries");
                }
                failures.push(format!("{what}, got {got}"));
            } else if refusal && written != 0 {
                failures.push(format!(
                    "{what}, got it ({}) but {written} audit entries were written",
                    describe(&res)
                ));
            }
            if row.on == OwnSession && caller.signed_in() {
                world.sign_in_again(kind).await;
            }
        }
    }
    let routes: BTreeSet<_> = ROUTES.iter().map(|r| (r.method, r.path)).collect();
    eprintln!(
        "access ({:?}): {} routes, {} rows, {checks} checks, {} failed",
        app.backend,
        routes.len(),
        ROUTES.len(),
        failures.len()
    );
    assert!(
        failures.is_empty(),
        "{} of {checks} access checks failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
