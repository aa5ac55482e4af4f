//! The shapes of the JSON the API answers with, for the OpenAPI document
//! only. The handlers build most answers with `json!` around service views
//! (`services::…::*View`), so these structs are never constructed: they
//! describe those bodies. The integration tests in `tests/it/openapi.rs`
//! validate real answers against them on both backends, which is what keeps
//! them true.
#![allow(dead_code)]

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::Value;
use utoipa::ToSchema;

/// The one error shape of every `/api/v1` refusal.
#[derive(Serialize, ToSchema)]
pub struct ErrorBody {
    /// What went wrong.
    pub error: ErrorDetail,
}

/// The `error` object of every refusal.
#[derive(Serialize, ToSchema)]
pub struct ErrorDetail {
    /// Stable, machine-readable: `invalid`, `bad_request`, `unauthenticated`,
    /// `login_failed`, `forbidden`, `password_change_required`, `not_found`,
    /// `conflict`, `round_closed`, `too_large`, `rate_limited`,
    /// `unavailable`, `internal`.
    pub code: String,
    /// For people: what went wrong and what to do.
    pub message: String,
    /// With `invalid` (422): the request field that failed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
}

/// What a user may do.
#[derive(Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum RoleName {
    Delegate,
    Chair,
    Auditor,
    Admin,
}

/// Where an account stands.
#[derive(Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum UserStatusName {
    Pending,
    Active,
    Suspended,
    Rejected,
}

/// Where a round stands.
#[derive(Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum RoundStatusName {
    Draft,
    Open,
    Closed,
}

/// Where a proposal stands.
#[derive(Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ProposalStatusName {
    Draft,
    Submitted,
    Withdrawn,
    Adopted,
    NotAdopted,
}

/// Where a report stands.
#[derive(Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ReportStatusName {
    Draft,
    Published,
}

/// An account as the API shows it.
#[derive(Serialize, ToSchema)]
pub struct User {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub role: RoleName,
    /// Stakeholder group id.
    pub group: String,
    pub organisation: String,
    pub status: UserStatusName,
    /// IANA time zone.
    pub time_zone: String,
    pub must_change_password: bool,
    /// `en`, `fr`, `es`, `ar`, `zh`, `ru`, or null (the browser's).
    pub language: Option<String>,
}

/// `POST /api/v1/session`.
#[derive(Serialize, ToSchema)]
pub struct SessionOut {
    /// The bearer token (a JWT) for `Authorization: Bearer …`.
    pub token: String,
    pub user: User,
}

/// `{"user": …}`.
#[derive(Serialize, ToSchema)]
pub struct UserOut {
    pub user: User,
}

/// `POST /api/v1/registrations`.
#[derive(Serialize, ToSchema)]
pub struct RegistrationOut {
    pub user: User,
    /// What happens next (an administrator approves the account).
    pub message: String,
}

/// `GET /api/v1/users`.
#[derive(Serialize, ToSchema)]
pub struct UsersOut {
    pub users: Vec<User>,
}

/// `GET /api/v1/groups`: the stakeholder groups configured.
#[derive(Serialize, ToSchema)]
pub struct GroupsOut {
    pub groups: Vec<Group>,
}

/// A stakeholder group.
#[derive(Serialize, ToSchema)]
pub struct Group {
    pub id: String,
    /// The name shown to people.
    pub label: String,
}

/// `POST /api/v1/me/password`: the new token (all earlier ones are revoked).
#[derive(Serialize, ToSchema)]
pub struct TokenOut {
    pub token: String,
}

/// `POST /api/v1/users/{id}/reset-password`: the one-time code, shown once.
#[derive(Serialize, ToSchema)]
pub struct ResetOut {
    pub user_id: i64,
    pub one_time_code: String,
    pub must_change_password: bool,
}

/// A voting round.
#[derive(Serialize, ToSchema)]
pub struct Round {
    pub id: i64,
    pub title: String,
    pub description: String,
    /// `ranking` or `adoption`.
    pub kind: String,
    /// Ranking rounds: the counting method.
    pub method: Option<String>,
    /// Adoption rounds: the rule, its preset and the houses.
    pub adoption: Option<Value>,
    pub weighting: String,
    pub group_weights: BTreeMap<String, String>,
    pub secrecy: Value,
    pub status: RoundStatusName,
    pub closes_at: Option<String>,
    pub quorum_percent: Option<i32>,
    pub opened_at: Option<String>,
    pub closed_at: Option<String>,
    pub ballot_digest: Option<String>,
    pub quorum_met: Option<bool>,
    pub proposals: Vec<RoundProposal>,
    pub privacy_warning: Option<String>,
}

/// A proposal on a round's ballot.
#[derive(Serialize, ToSchema)]
pub struct RoundProposal {
    /// The candidate id used in ballots (`p<id>`).
    pub id: String,
    pub proposal_id: i64,
    pub title: String,
    pub status: String,
}

/// `{"round": …}`.
#[derive(Serialize, ToSchema)]
pub struct RoundOut {
    pub round: Round,
}

/// `GET /api/v1/rounds`.
#[derive(Serialize, ToSchema)]
pub struct RoundsOut {
    pub rounds: Vec<Round>,
}

/// `PUT /api/v1/rounds/{id}/ballot`: the receipt of the ballot stored.
#[derive(Serialize, ToSchema)]
pub struct CastOut {
    pub receipt: String,
    pub nonce: String,
    /// True when an earlier ballot was replaced.
    pub replaced: bool,
    pub message: String,
    /// Ranking rounds: the ranking stored, in tiers.
    pub ranking: Option<Vec<Vec<String>>>,
    /// Adoption rounds: the vote stored per proposal.
    pub votes: Option<BTreeMap<String, String>>,
}

/// The caller's own ballot.
#[derive(Serialize, ToSchema)]
pub struct OwnBallot {
    pub ranking: Vec<Vec<String>>,
    pub votes: Option<BTreeMap<String, String>>,
    pub receipt: String,
    pub cast_at: String,
}

/// `GET /api/v1/rounds/{id}/ballot`.
#[derive(Serialize, ToSchema)]
pub struct OwnBallotOut {
    pub ballot: OwnBallot,
}

/// Who holds whose vote in a round, as the caller sees it.
#[derive(Serialize, ToSchema)]
pub struct ProxyState {
    /// The proxy the caller gave, if any.
    pub given: Option<Value>,
    /// The proxies the caller holds.
    pub held: Vec<Value>,
    /// Whom the caller may give a proxy to.
    pub candidates: Vec<Value>,
    pub live: u32,
}

/// `{"proxies": …}`.
#[derive(Serialize, ToSchema)]
pub struct ProxiesOut {
    pub proxies: ProxyState,
}

/// `GET /api/v1/rounds/{id}/receipts/{receipt}`.
#[derive(Serialize, ToSchema)]
pub struct ReceiptCheck {
    pub receipt: String,
    pub counted: bool,
    pub reason: Option<String>,
    pub ranking: Option<Vec<Vec<String>>>,
    pub votes: Option<BTreeMap<String, String>>,
}

/// A proposal.
#[derive(Serialize, ToSchema)]
pub struct Proposal {
    pub id: i64,
    pub title: String,
    pub summary: String,
    pub body: String,
    pub themes: Vec<String>,
    pub status: ProposalStatusName,
    pub revision: i32,
    pub author: Value,
    pub created_at: String,
    pub updated_at: String,
    pub submitted_at: Option<String>,
    pub cosponsor_count: i32,
    pub comment_count: i32,
    /// May enter a round.
    pub eligible: bool,
    /// Why not, when not.
    pub missing: Option<String>,
}

/// A proposal with its co-sponsors and revisions.
#[derive(Serialize, ToSchema)]
pub struct ProposalDetail {
    #[serde(flatten)]
    pub proposal: Proposal,
    pub cosponsors: Vec<Value>,
    pub revisions: Vec<Value>,
    pub locked: bool,
    pub in_open_round: bool,
}

/// `{"proposal": …}` after a change.
#[derive(Serialize, ToSchema)]
pub struct ProposalOut {
    pub proposal: Proposal,
}

/// `GET /api/v1/proposals/{id}`.
#[derive(Serialize, ToSchema)]
pub struct ProposalDetailOut {
    pub proposal: ProposalDetail,
}

/// `GET /api/v1/proposals`: one page of the list.
#[derive(Serialize, ToSchema)]
pub struct ProposalsOut {
    pub proposals: Vec<Proposal>,
    pub total: i64,
    pub page: i64,
    pub per_page: i64,
    pub pages: i64,
}

/// A comment with its replies.
#[derive(Serialize, ToSchema)]
pub struct Comment {
    pub id: i64,
    pub proposal_id: i64,
    pub parent_id: Option<i64>,
    pub author: Value,
    /// Null when hidden (for those who may not see it).
    pub body: Option<String>,
    pub created_at: String,
    pub edited_at: Option<String>,
    pub hidden: bool,
    pub hidden_reason: Option<String>,
    #[schema(no_recursion)]
    pub replies: Vec<Comment>,
}

/// `{"comment": …}`.
#[derive(Serialize, ToSchema)]
pub struct CommentOut {
    pub comment: Comment,
}

/// `GET /api/v1/proposals/{id}/comments`.
#[derive(Serialize, ToSchema)]
pub struct CommentsOut {
    pub comments: Vec<Comment>,
}

/// A report (without its document).
#[derive(Serialize, ToSchema)]
pub struct Report {
    pub id: i64,
    pub title: String,
    pub status: ReportStatusName,
    pub rounds: Vec<i64>,
    pub supersedes: Option<i64>,
    pub superseded_by: Option<i64>,
    pub published_at: Option<String>,
    /// SHA-256 of the frozen `report.json`, once published.
    pub sha256: Option<String>,
}

/// `{"report": …}`.
#[derive(Serialize, ToSchema)]
pub struct ReportOut {
    pub report: Report,
}

/// `GET /api/v1/reports`.
#[derive(Serialize, ToSchema)]
pub struct ReportsOut {
    pub reports: Vec<Report>,
}

/// `GET /api/v1/reports/{id}`: the report and its document
/// (`docs/formats.md`).
#[derive(Serialize, ToSchema)]
pub struct ReportViewOut {
    pub report: Report,
    pub document: Value,
}

/// `GET /api/v1/audit/head`.
#[derive(Serialize, ToSchema)]
pub struct HeadView {
    /// The last entry: its seq and hash.
    pub head: Value,
    /// The latest signed checkpoint.
    pub checkpoint: Option<Value>,
}

/// A signed checkpoint of the audit tree.
#[derive(Serialize, ToSchema)]
pub struct Checkpoint {
    pub number: i64,
    pub size: i64,
    pub root: String,
    pub at: String,
    /// The C2SP signed note.
    pub note: String,
}

/// `POST /api/v1/audit/checkpoints`.
#[derive(Serialize, ToSchema)]
pub struct CheckpointOut {
    pub checkpoint: Checkpoint,
}

/// `GET /api/v1/audit/consistency`: an RFC 6962 consistency proof.
#[derive(Serialize, ToSchema)]
pub struct Consistency {
    pub from: i64,
    pub to: i64,
    pub from_root: String,
    pub to_root: String,
    pub proof: Vec<String>,
}

/// A witness of the audit tree.
#[derive(Serialize, ToSchema)]
pub struct Witness {
    pub id: i64,
    pub name: String,
    pub vkey: String,
    pub owner_id: i64,
    /// `pending` or `approved`.
    pub status: String,
    pub created_at: String,
}

/// `{"witness": …}`.
#[derive(Serialize, ToSchema)]
pub struct WitnessOut {
    pub witness: Witness,
}

/// `GET /api/v1/audit/witnesses`.
#[derive(Serialize, ToSchema)]
pub struct WitnessesOut {
    pub witnesses: Vec<Witness>,
}

/// `POST /api/v1/audit/cosignatures`.
#[derive(Serialize, ToSchema)]
pub struct Cosigned {
    pub checkpoint: i64,
    pub size: i64,
    pub witness: String,
    /// False when the same cosignature was already recorded (200, not 201).
    pub recorded: bool,
}

/// `GET /api/v1/rounds/{id}/receipts/{receipt}/proof` (see `audit::proofs`).
#[derive(Serialize, ToSchema)]
pub struct ReceiptProof {
    pub round: String,
    pub ballot: Value,
    pub leaf_index: u64,
    pub tree_size: u64,
    pub leaf_hash: String,
    pub audit_path: Vec<String>,
    pub root: String,
    pub entry: Value,
    pub entry_index: u64,
    pub log_size: u64,
    pub entry_audit_path: Vec<String>,
    pub checkpoint: String,
}
