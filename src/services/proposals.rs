//! Proposal use-cases shared by pages and the API: create, edit (with
//! revision history after submission), submit, withdraw, co-sponsor, read
//! and list. Each change commits with its audit entry in one transaction.
//!
//! Who may act is checked here (author only, drafts invisible to others,
//! round locks); which roles may call at all is the route's extractor.

use chrono::NaiveDateTime;
use serde::Serialize;
use serde_json::json;

use crate::audit::store::Actor;
use crate::audit::{NewEntry, append};
use crate::config::Settings;
use crate::db::proposals::{
    self as q, ListFilter, NewProposalRow, NewRevisionRow, ProposalRow, Sort, TextChanges,
};
use crate::db::{self, Db, users};
use crate::domain::ValidationError;
use crate::domain::proposal::{
    Body, EligibilityRule, ProposalId, ProposalStatus, ProposalTitle, Summary, Theme, missing,
};
use crate::domain::user::{User, UserId};
use crate::messages;
use crate::error::AppError;

/// The text of a new proposal, parsed.
#[derive(Debug, Clone)]
pub struct ProposalInput {
    /// Title.
    pub title: ProposalTitle,
    /// Summary.
    pub summary: Summary,
    /// Markdown body.
    pub body: Body,
    /// Themes from the configured list.
    pub themes: Vec<Theme>,
}

impl ProposalInput {
    /// Parses raw fields against the settings' theme list.
    pub fn parse<S: AsRef<str>>(
        settings: &Settings,
        title: &str,
        summary: &str,
        body: &str,
        themes: &[S],
    ) -> Result<Self, ValidationError> {
        Ok(ProposalInput {
            title: ProposalTitle::parse(title)?,
            summary: Summary::parse(summary)?,
            body: Body::parse(body)?,
            themes: settings.themes.parse_list(themes)?,
        })
    }
}

/// A partial edit, parsed: absent fields keep their current value.
#[derive(Debug, Clone, Default)]
pub struct ProposalPatch {
    /// New title.
    pub title: Option<ProposalTitle>,
    /// New summary.
    pub summary: Option<Summary>,
    /// New body.
    pub body: Option<Body>,
    /// New themes.
    pub themes: Option<Vec<Theme>>,
}

fn themes_json(themes: &[Theme]) -> String {
    serde_json::to_string(&themes.iter().map(Theme::as_str).collect::<Vec<_>>())
        .unwrap_or_else(|_| "[]".to_owned())
}

/// A proposal's author as others see them.
#[derive(Debug, Clone, Serialize)]
pub struct AuthorView {
    /// User id.
    pub id: i64,
    /// Name.
    pub display_name: String,
    /// Stakeholder group id (as when the proposal was created).
    pub group: String,
    /// Organisation.
    pub organisation: String,
}

/// A proposal as lists and the API show it.
#[derive(Debug, Clone, Serialize)]
pub struct ProposalView {
    /// Id.
    pub id: i64,
    /// Title.
    pub title: String,
    /// Summary.
    pub summary: String,
    /// Markdown source of the body.
    pub body: String,
    /// Theme ids.
    pub themes: Vec<String>,
    /// Status.
    pub status: ProposalStatus,
    /// Current revision number.
    pub revision: i32,
    /// Author.
    pub author: AuthorView,
    /// Created (UTC).
    pub created_at: NaiveDateTime,
    /// Last changed (UTC).
    pub updated_at: NaiveDateTime,
    /// Submitted (UTC).
    pub submitted_at: Option<NaiveDateTime>,
    /// Number of co-sponsors.
    pub cosponsor_count: i32,
    /// Number of visible comments.
    pub comment_count: i32,
    /// Whether it may enter a round now.
    pub eligible: bool,
    /// What it still lacks, as a sentence; `null` when eligible.
    pub missing: Option<String>,
}

impl ProposalView {
    fn build(
        row: &ProposalRow,
        rule: EligibilityRule,
        author: (String, String),
    ) -> Result<Self, AppError> {
        let status = row.status()?;
        let n = |x: i32| u32::try_from(x).unwrap_or(0);
        let lack = missing(rule, status, n(row.support_count), n(row.support_groups));
        Ok(ProposalView {
            id: row.id,
            title: row.title.clone(),
            summary: row.summary.clone(),
            body: row.body.clone(),
            themes: row.theme_ids(),
            status,
            revision: row.revision,
            author: AuthorView {
                id: row.author_id,
                display_name: author.0,
                group: row.author_group.clone(),
                organisation: author.1,
            },
            created_at: row.created_at,
            updated_at: row.updated_at,
            submitted_at: row.submitted_at,
            cosponsor_count: row.cosponsor_count,
            comment_count: row.comment_count,
            eligible: lack.is_none(),
            missing: lack.map(|m| m.to_string()),
        })
    }

    /// True when `user` wrote it.
    pub fn is_author(&self, user: &User) -> bool {
        self.author.id == user.id.0
    }
}

/// A co-sponsor with the group and organisation they signed as.
#[derive(Debug, Clone, Serialize)]
pub struct CosponsorView {
    /// User id.
    pub user_id: i64,
    /// Name.
    pub display_name: String,
    /// Group id.
    pub group: String,
    /// Organisation.
    pub organisation: String,
    /// When they signed (UTC).
    pub since: NaiveDateTime,
}

/// One version of the text.
#[derive(Debug, Clone, Serialize)]
pub struct RevisionView {
    /// 1, 2, …
    pub revision: i32,
    /// Title then.
    pub title: String,
    /// Summary then.
    pub summary: String,
    /// Body then.
    pub body: String,
    /// Themes then.
    pub themes: Vec<String>,
    /// When this version was written (UTC).
    pub created_at: NaiveDateTime,
}

/// A proposal with everything its page shows.
#[derive(Debug, Clone, Serialize)]
pub struct ProposalDetail {
    /// The proposal.
    #[serde(flatten)]
    pub proposal: ProposalView,
    /// Its co-sponsors.
    pub cosponsors: Vec<CosponsorView>,
    /// Every version, oldest first.
    pub revisions: Vec<RevisionView>,
    /// In an open or closed round: the text can no longer change.
    pub locked: bool,
    /// In an open round: it cannot be withdrawn.
    pub in_open_round: bool,
}

impl ProposalDetail {
    /// True when `user` co-sponsors it.
    pub fn is_cosponsor(&self, user: &User) -> bool {
        self.cosponsors.iter().any(|c| c.user_id == user.id.0)
    }
}

fn not_found() -> AppError {
    AppError::NotFound(messages::PROPOSAL_NOT_FOUND.to_owned())
}

/// Loads a proposal visible to `viewer`: a draft exists only for its author.
pub fn visible_row(conn: &mut Db, viewer: UserId, id: ProposalId) -> Result<ProposalRow, AppError> {
    let row = q::find(conn, id)?.ok_or_else(not_found)?;
    if row.status()? == ProposalStatus::Draft && row.author_id != viewer.0 {
        return Err(not_found());
    }
    Ok(row)
}

fn view_of(
    conn: &mut Db,
    rule: EligibilityRule,
    row: &ProposalRow,
) -> Result<ProposalView, AppError> {
    let author = users::find(conn, UserId(row.author_id))?
        .map(|u| (u.display_name, u.organisation))
        .unwrap_or_default();
    ProposalView::build(row, rule, author)
}

/// The proposal page's data, for `viewer`.
pub fn get(
    conn: &mut Db,
    rule: EligibilityRule,
    viewer: UserId,
    id: ProposalId,
) -> Result<ProposalDetail, AppError> {
    let row = visible_row(conn, viewer, id)?;
    let proposal = view_of(conn, rule, &row)?;
    let cosponsors = q::cosponsors(conn, id)?
        .into_iter()
        .map(|c| CosponsorView {
            user_id: c.user_id,
            display_name: c.display_name,
            group: c.stakeholder_group,
            organisation: c.organisation,
            since: c.created_at,
        })
        .collect();
    let revisions = q::revisions(conn, id)?
        .into_iter()
        .map(|r| RevisionView {
            revision: r.revision,
            themes: serde_json::from_str(&r.themes).unwrap_or_default(),
            title: r.title,
            summary: r.summary,
            body: r.body,
            created_at: r.created_at,
        })
        .collect();
    let rounds = q::locking_rounds(conn, id)?;
    Ok(ProposalDetail {
        proposal,
        cosponsors,
        revisions,
        locked: !rounds.is_empty(),
        in_open_round: rounds.iter().any(|s| s == "open"),
    })
}

/// Writes a new proposal as a draft, or submits it at once.
pub fn create(
    conn: &mut Db,
    rule: EligibilityRule,
    author: &User,
    input: &ProposalInput,
    submit: bool,
) -> Result<ProposalView, AppError> {
    db::transaction(conn, |tx| {
        let now = users::now();
        let themes = themes_json(&input.themes);
        let status = if submit {
            ProposalStatus::Submitted
        } else {
            ProposalStatus::Draft
        };
        let row = q::insert(
            tx,
            &NewProposalRow {
                author_id: author.id.0,
                author_group: &author.group,
                title: input.title.as_str(),
                summary: input.summary.as_str(),
                body: input.body.as_str(),
                themes: &themes,
                status: ProposalStatus::Draft.as_str(),
                revision: 1,
                created_at: now,
                updated_at: now,
                submitted_at: None,
            },
        )?;
        let id = ProposalId(row.id);
        q::insert_revision(
            tx,
            &NewRevisionRow {
                proposal_id: row.id,
                revision: 1,
                title: input.title.as_str(),
                summary: input.summary.as_str(),
                body: input.body.as_str(),
                themes: &themes,
                edited_by: author.id.0,
                created_at: now,
            },
        )?;
        append(
            tx,
            NewEntry::new(
                Actor::User(author.id),
                "proposal.created",
                format!("proposal:{id}"),
                json!({
                    "title": input.title.as_str(),
                    "summary": input.summary.as_str(),
                    "body": input.body.as_str(),
                    "themes": input.themes,
                    "author_group": author.group,
                }),
            ),
        )?;
        if status == ProposalStatus::Submitted {
            submit_in(tx, author, id, now)?;
        }
        let row = q::find(tx, id)?.ok_or_else(not_found)?;
        view_of(tx, rule, &row)
    })
}

fn submit_in(
    tx: &mut Db,
    author: &User,
    id: ProposalId,
    now: NaiveDateTime,
) -> Result<(), AppError> {
    q::set_status(tx, id, ProposalStatus::Submitted, now)?;
    append(
        tx,
        NewEntry::new(
            Actor::User(author.id),
            "proposal.submitted",
            format!("proposal:{id}"),
            json!({"revision": 1}),
        ),
    )?;
    Ok(())
}

/// Loads a proposal for a change by `user`, who must be its author.
fn own_row(tx: &mut Db, user: &User, id: ProposalId) -> Result<ProposalRow, AppError> {
    let row = visible_row(tx, user.id, id)?;
    if row.author_id != user.id.0 {
        return Err(AppError::Forbidden(messages::ONLY_AUTHOR.to_owned()));
    }
    Ok(row)
}

/// Submits the author's draft.
pub fn submit(
    conn: &mut Db,
    rule: EligibilityRule,
    user: &User,
    id: ProposalId,
) -> Result<ProposalView, AppError> {
    db::transaction(conn, |tx| {
        let row = own_row(tx, user, id)?;
        if row.status()? != ProposalStatus::Draft {
            return Err(AppError::Conflict(messages::NOT_A_DRAFT.to_owned()));
        }
        submit_in(tx, user, id, users::now())?;
        let row = q::find(tx, id)?.ok_or_else(not_found)?;
        view_of(tx, rule, &row)
    })
}

/// Edits the text. A draft is rewritten in place; a submitted proposal gets
/// a new revision and keeps the earlier ones. Refused in an open or closed
/// round.
pub fn edit(
    conn: &mut Db,
    rule: EligibilityRule,
    user: &User,
    id: ProposalId,
    patch: &ProposalPatch,
) -> Result<ProposalView, AppError> {
    db::transaction(conn, |tx| {
        let row = own_row(tx, user, id)?;
        let status = row.status()?;
        if !matches!(status, ProposalStatus::Draft | ProposalStatus::Submitted) {
            return Err(AppError::Conflict(messages::NOT_EDITABLE.to_owned()));
        }
        if !q::locking_rounds(tx, id)?.is_empty() {
            return Err(AppError::Conflict(messages::LOCKED_BY_ROUND.to_owned()));
        }
        let title = patch
            .title
            .as_ref()
            .map_or(row.title.as_str(), ProposalTitle::as_str);
        let summary = patch
            .summary
            .as_ref()
            .map_or(row.summary.as_str(), Summary::as_str);
        let body = patch.body.as_ref().map_or(row.body.as_str(), Body::as_str);
        let themes = patch
            .themes
            .as_deref()
            .map_or_else(|| row.themes.clone(), themes_json);
        let unchanged = title == row.title
            && summary == row.summary
            && body == row.body
            && themes == row.themes;
        if unchanged {
            return view_of(tx, rule, &row);
        }
        let now = users::now();
        let revision = if status == ProposalStatus::Draft {
            row.revision
        } else {
            row.revision + 1
        };
        let rev = NewRevisionRow {
            proposal_id: row.id,
            revision,
            title,
            summary,
            body,
            themes: &themes,
            edited_by: user.id.0,
            created_at: now,
        };
        if status == ProposalStatus::Draft {
            q::replace_revision(tx, &rev)?;
        } else {
            q::insert_revision(tx, &rev)?;
        }
        q::update_text(
            tx,
            id,
            &TextChanges {
                title,
                summary,
                body,
                themes: &themes,
                revision,
                updated_at: now,
            },
        )?;
        let theme_list: serde_json::Value =
            serde_json::from_str(&themes).unwrap_or_else(|_| json!([]));
        append(
            tx,
            NewEntry::new(
                Actor::User(user.id),
                "proposal.edited",
                format!("proposal:{id}"),
                json!({
                    "revision": revision,
                    "status": status.as_str(),
                    "title": title,
                    "summary": summary,
                    "body": body,
                    "themes": theme_list,
                }),
            ),
        )?;
        let row = q::find(tx, id)?.ok_or_else(not_found)?;
        view_of(tx, rule, &row)
    })
}

/// Withdraws the author's submitted proposal (not while in an open round).
pub fn withdraw(
    conn: &mut Db,
    rule: EligibilityRule,
    user: &User,
    id: ProposalId,
) -> Result<ProposalView, AppError> {
    db::transaction(conn, |tx| {
        let row = own_row(tx, user, id)?;
        if row.status()? != ProposalStatus::Submitted {
            return Err(AppError::Conflict(messages::NOT_SUBMITTED.to_owned()));
        }
        if q::locking_rounds(tx, id)?.iter().any(|s| s == "open") {
            return Err(AppError::Conflict(messages::IN_OPEN_ROUND.to_owned()));
        }
        q::set_status(tx, id, ProposalStatus::Withdrawn, users::now())?;
        append(
            tx,
            NewEntry::new(
                Actor::User(user.id),
                "proposal.withdrawn",
                format!("proposal:{id}"),
                json!({"revision": row.revision}),
            ),
        )?;
        let row = q::find(tx, id)?.ok_or_else(not_found)?;
        view_of(tx, rule, &row)
    })
}

/// A chair records what the panel decided about a submitted proposal once a
/// round that held it has closed: `adopted` or `not_adopted`. Final, like a
/// withdrawal; recorded as `proposal.decided`.
pub fn decide(
    conn: &mut Db,
    rule: EligibilityRule,
    chair: &User,
    id: ProposalId,
    decision: ProposalStatus,
) -> Result<ProposalView, AppError> {
    if !matches!(
        decision,
        ProposalStatus::Adopted | ProposalStatus::NotAdopted
    ) {
        return Err(ValidationError::new(
            "decision",
            "Record the decision as adopted or not_adopted.",
        )
        .into());
    }
    if chair.role != crate::domain::user::Role::Chair {
        return Err(AppError::Forbidden(
            "Only chairs record decisions.".to_owned(),
        ));
    }
    db::transaction(conn, |tx| {
        let row = visible_row(tx, chair.id, id)?;
        let status = row.status()?;
        if status != ProposalStatus::Submitted {
            return Err(AppError::Conflict(format!(
                "Only a submitted proposal can be decided; this one is {}.",
                status.as_str()
            )));
        }
        let rounds = q::locking_rounds(tx, id)?;
        if rounds.iter().any(|s| s == "open") {
            return Err(AppError::Conflict(messages::IN_OPEN_ROUND.to_owned()));
        }
        if !rounds.iter().any(|s| s == "closed") {
            return Err(AppError::Conflict(
                "A decision is recorded after a voting round that holds this proposal has closed."
                    .to_owned(),
            ));
        }
        q::set_status(tx, id, decision, users::now())?;
        append(
            tx,
            NewEntry::new(
                Actor::User(chair.id),
                "proposal.decided",
                format!("proposal:{id}"),
                json!({"decision": decision.as_str()}),
            ),
        )?;
        let row = q::find(tx, id)?.ok_or_else(not_found)?;
        view_of(tx, rule, &row)
    })
}

/// Adds `user` as a co-sponsor of someone else's submitted proposal.
pub fn cosponsor(
    conn: &mut Db,
    rule: EligibilityRule,
    user: &User,
    id: ProposalId,
) -> Result<ProposalView, AppError> {
    db::transaction(conn, |tx| {
        let row = visible_row(tx, user.id, id)?;
        if row.author_id == user.id.0 {
            return Err(ValidationError::new("proposal", messages::OWN_PROPOSAL).into());
        }
        if row.status()? != ProposalStatus::Submitted {
            return Err(AppError::Conflict(messages::COSPONSOR_CLOSED.to_owned()));
        }
        if q::is_cosponsor(tx, id, user.id)? {
            return Err(AppError::Conflict(messages::ALREADY_COSPONSOR.to_owned()));
        }
        let now = users::now();
        q::add_cosponsor(tx, id, user.id, &user.group, &user.organisation, now)?;
        q::refresh_support(tx, id, &row.author_group)?;
        let row = q::find(tx, id)?.ok_or_else(not_found)?;
        let view = view_of(tx, rule, &row)?;
        append(
            tx,
            NewEntry::new(
                Actor::User(user.id),
                "proposal.cosponsored",
                format!("proposal:{id}"),
                json!({
                    "group": user.group,
                    "organisation": user.organisation,
                    "cosponsors": view.cosponsor_count,
                    "eligible": view.eligible,
                }),
            ),
        )?;
        Ok(view)
    })
}

/// Withdraws `user`'s co-sponsorship.
pub fn uncosponsor(
    conn: &mut Db,
    rule: EligibilityRule,
    user: &User,
    id: ProposalId,
) -> Result<ProposalView, AppError> {
    db::transaction(conn, |tx| {
        let row = visible_row(tx, user.id, id)?;
        if q::remove_cosponsor(tx, id, user.id)? == 0 {
            return Err(AppError::Conflict(messages::NOT_COSPONSOR.to_owned()));
        }
        q::refresh_support(tx, id, &row.author_group)?;
        let row = q::find(tx, id)?.ok_or_else(not_found)?;
        let view = view_of(tx, rule, &row)?;
        append(
            tx,
            NewEntry::new(
                Actor::User(user.id),
                "proposal.cosponsorship_withdrawn",
                format!("proposal:{id}"),
                json!({
                    "group": user.group,
                    "organisation": user.organisation,
                    "cosponsors": view.cosponsor_count,
                    "eligible": view.eligible,
                }),
            ),
        )?;
        Ok(view)
    })
}

/// The list's query parameters, raw (both the page's GET form and the API).
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct ListParams {
    /// Search words.
    #[serde(default)]
    pub q: Option<String>,
    /// Status id.
    #[serde(default)]
    pub status: Option<String>,
    /// Theme id.
    #[serde(default)]
    pub theme: Option<String>,
    /// Stakeholder group id of the author.
    #[serde(default)]
    pub group: Option<String>,
    /// `true`/`false` (or `yes`/`no`, `1`/`0`); empty means either.
    #[serde(default)]
    pub eligible: Option<String>,
    /// `newest`, `cosponsors` or `comments`.
    #[serde(default)]
    pub sort: Option<String>,
    /// 1-based page.
    #[serde(default)]
    pub page: Option<String>,
    /// Page size, 1–100 (default 25).
    #[serde(default)]
    pub per_page: Option<String>,
}

/// Default page size of the list.
pub const DEFAULT_PER_PAGE: i64 = 25;

/// A parsed list query.
#[derive(Debug, Clone)]
pub struct ListQuery {
    /// Filters and order.
    pub filter: ListFilter,
    /// 1-based page.
    pub page: i64,
    /// Rows per page.
    pub per_page: i64,
}

fn non_empty(s: &Option<String>) -> Option<&str> {
    s.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

impl ListQuery {
    /// Parses the parameters; unknown values are refused, not ignored.
    pub fn parse(settings: &Settings, p: &ListParams) -> Result<Self, ValidationError> {
        let status = non_empty(&p.status)
            .map(str::parse::<ProposalStatus>)
            .transpose()?;
        let theme = non_empty(&p.theme)
            .map(|t| settings.themes.parse(t).map(|t| t.as_str().to_owned()))
            .transpose()?;
        let group = non_empty(&p.group)
            .map(|g| settings.groups.parse(g).map(|g| g.as_str().to_owned()))
            .transpose()?;
        let eligible = match non_empty(&p.eligible) {
            None => None,
            Some("true" | "yes" | "1") => Some(true),
            Some("false" | "no" | "0") => Some(false),
            Some(_) => {
                return Err(ValidationError::new(
                    "eligible",
                    "Use eligible=true or eligible=false.",
                ));
            }
        };
        let sort = match non_empty(&p.sort) {
            None | Some("newest") => Sort::Newest,
            Some("cosponsors") => Sort::Cosponsors,
            Some("comments") => Sort::Comments,
            Some(_) => {
                return Err(ValidationError::new(
                    "sort",
                    "Sort by newest, cosponsors or comments.",
                ));
            }
        };
        let number = |field: &'static str, v: Option<&str>, default: i64, max: i64| match v {
            None => Ok(default),
            Some(s) => s
                .parse::<i64>()
                .ok()
                .filter(|n| (1..=max).contains(n))
                .ok_or_else(|| {
                    ValidationError::new(
                        field,
                        format!("{field} must be a whole number from 1 to {max}."),
                    )
                }),
        };
        Ok(ListQuery {
            filter: ListFilter {
                words: non_empty(&p.q).map(q::search_words).unwrap_or_default(),
                status,
                theme,
                group,
                eligible,
                sort,
            },
            page: number("page", non_empty(&p.page), 1, 1_000_000)?,
            per_page: number("per_page", non_empty(&p.per_page), DEFAULT_PER_PAGE, 100)?,
        })
    }
}

/// One page of the list.
#[derive(Debug, Clone, Serialize)]
pub struct ProposalPage {
    /// The proposals on this page.
    pub proposals: Vec<ProposalView>,
    /// Matches in all pages.
    pub total: i64,
    /// This page (1-based).
    pub page: i64,
    /// Page size.
    pub per_page: i64,
}

impl ProposalPage {
    /// Number of pages (at least 1).
    pub fn pages(&self) -> i64 {
        ((self.total + self.per_page - 1) / self.per_page.max(1)).max(1)
    }
}

/// Searches and lists the proposals `viewer` may see. The handler and the
/// search benchmark both call this.
pub fn list(
    conn: &mut Db,
    rule: EligibilityRule,
    viewer: UserId,
    query: &ListQuery,
) -> Result<ProposalPage, AppError> {
    let (rows, total) = q::list(
        conn,
        viewer,
        rule,
        &query.filter,
        query.page,
        query.per_page,
    )?;
    let ids: Vec<i64> = rows.iter().map(|r| r.author_id).collect();
    let authors = q::authors(conn, &ids)?;
    let proposals = rows
        .iter()
        .map(|r| {
            let a = authors
                .iter()
                .find(|a| a.0 == r.author_id)
                .map(|a| (a.1.clone(), a.2.clone()))
                .unwrap_or_default();
            ProposalView::build(r, rule, a)
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(ProposalPage {
        proposals,
        total,
        page: query.page,
        per_page: query.per_page,
    })
}

/// Finds one revision of a proposal visible to `viewer`.
pub fn revision(detail: &ProposalDetail, number: i32) -> Result<&RevisionView, AppError> {
    detail
        .revisions
        .iter()
        .find(|r| r.revision == number)
        .ok_or_else(|| AppError::NotFound(messages::NO_SUCH_REVISION.to_owned()))
}
