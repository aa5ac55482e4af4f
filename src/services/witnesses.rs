//! Witnesses: outside parties (auditors) who cosign the log's checkpoints
//! after checking that each extends the last one they cosigned. An auditor
//! registers a witness key, an admin approves it, and then the witness's
//! cosignatures are accepted — each only if it verifies over a checkpoint
//! the server signed. Every change is recorded in the trail in its
//! transaction (`witness.registered`, `witness.approved`,
//! `witness.cosigned`).

use diesel::prelude::*;
use serde::Serialize;
use serde_json::json;

use crate::audit::note::{Note, NoteVerifier, SignatureLine, TYPE_COSIGNATURE};
use crate::audit::store::{Actor, NewEntry, now_rfc3339};
use crate::audit::{append, checkpoint};
use crate::db::tlog_schema::{audit_cosignatures, audit_witnesses};
use crate::db::{self, Db};
use crate::domain::user::User;
use crate::error::{AppError, Msg, ValidationError};

/// How far in the future a cosignature's timestamp may be (clock skew).
const MAX_FUTURE_SECONDS: i64 = 600;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = audit_witnesses)]
struct WitnessRow {
    id: i64,
    name: String,
    public_key: String,
    owner_id: i64,
    status: String,
    created_at: String,
}

/// A witness as the API and the audit page show it.
#[derive(Debug, Clone, Serialize)]
pub struct WitnessView {
    /// Its id.
    pub id: i64,
    /// Its key name (C2SP cosigner name).
    pub name: String,
    /// Its C2SP verifier key (type 0x04): what `plenary audit verify
    /// --witness` and `plenary receipt verify --witness` read.
    pub vkey: String,
    /// The auditor who registered it.
    pub owner_id: i64,
    /// `pending` or `approved`.
    pub status: String,
    /// When it was registered.
    pub created_at: String,
}

impl From<WitnessRow> for WitnessView {
    fn from(r: WitnessRow) -> Self {
        WitnessView {
            id: r.id,
            name: r.name,
            vkey: r.public_key,
            owner_id: r.owner_id,
            status: r.status,
            created_at: r.created_at,
        }
    }
}

/// Every witness, in registration order.
pub fn list(conn: &mut Db) -> Result<Vec<WitnessView>, AppError> {
    Ok(audit_witnesses::table
        .order(audit_witnesses::id.asc())
        .select(WitnessRow::as_select())
        .load(conn)?
        .into_iter()
        .map(WitnessView::from)
        .collect())
}

fn by_id(conn: &mut Db, id: i64) -> Result<WitnessRow, AppError> {
    audit_witnesses::table
        .find(id)
        .select(WitnessRow::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| AppError::NotFound("err-no-such-witness".to_owned()))
}

/// Parses a witness's verifier key: a C2SP vkey of type 0x04 (Ed25519
/// `cosignature/v1`), not a small-order point.
pub fn parse_witness_vkey(vkey: &str) -> Result<NoteVerifier, ValidationError> {
    let v = NoteVerifier::parse_vkey(vkey).map_err(|e| {
        ValidationError::with("vkey", "err-witness-key", [("detail", e.to_string())])
    })?;
    if v.kind != TYPE_COSIGNATURE {
        return Err(ValidationError::new("vkey", "err-witness-key-type"));
    }
    Ok(v)
}

/// An auditor registers a witness key; it waits for an admin's approval.
pub fn register(conn: &mut Db, user: &User, vkey: &str) -> Result<WitnessView, AppError> {
    let v = parse_witness_vkey(vkey)?;
    let vkey = v.vkey();
    db::transaction(conn, |tx| {
        let taken: i64 = audit_witnesses::table
            .filter(audit_witnesses::name.eq(&v.name))
            .count()
            .get_result(tx)?;
        if taken > 0 {
            return Err(AppError::Conflict(
                Msg::new("err-witness-taken").arg("name", &v.name).into(),
            ));
        }
        diesel::insert_into(audit_witnesses::table)
            .values((
                audit_witnesses::name.eq(&v.name),
                audit_witnesses::public_key.eq(&vkey),
                audit_witnesses::owner_id.eq(user.id.0),
                audit_witnesses::status.eq("pending"),
                audit_witnesses::created_at.eq(now_rfc3339()),
            ))
            .execute(tx)?;
        let id: i64 = audit_witnesses::table
            .filter(audit_witnesses::name.eq(&v.name))
            .select(audit_witnesses::id)
            .first(tx)?;
        append(
            tx,
            NewEntry::new(
                Actor::User(user.id),
                "witness.registered",
                format!("witness:{id}"),
                json!({"name": v.name, "vkey": vkey}),
            ),
        )?;
        Ok(by_id(tx, id)?.into())
    })
}

/// An admin approves a pending witness.
pub fn approve(conn: &mut Db, admin: &User, id: i64) -> Result<WitnessView, AppError> {
    db::transaction(conn, |tx| {
        let w = by_id(tx, id)?;
        if w.status == "approved" {
            return Err(AppError::Conflict("err-witness-approved".to_owned()));
        }
        diesel::update(audit_witnesses::table.find(id))
            .set(audit_witnesses::status.eq("approved"))
            .execute(tx)?;
        append(
            tx,
            NewEntry::new(
                Actor::User(admin.id),
                "witness.approved",
                format!("witness:{id}"),
                json!({"name": w.name}),
            ),
        )?;
        Ok(by_id(tx, id)?.into())
    })
}

/// What happened to a posted cosignature.
#[derive(Debug, Clone, Serialize)]
pub struct Cosigned {
    /// The checkpoint's number.
    pub checkpoint: i64,
    /// Its tree size.
    pub size: i64,
    /// The witness.
    pub witness: String,
    /// False when this witness had already cosigned that checkpoint (the
    /// first cosignature is kept).
    pub recorded: bool,
}

fn unprocessable(msg: impl Into<String>) -> AppError {
    ValidationError::new("cosignature", msg).into()
}

/// A refusal of the cosignature with message `id` and its arguments.
fn unprocessable_with<const N: usize>(id: &str, args: [(&'static str, String); N]) -> AppError {
    ValidationError::with("cosignature", id, args).into()
}

/// Stores an approved witness's cosignature `line` (`— name base64`) on
/// the checkpoint of tree size `size`, after verifying it over that
/// checkpoint's text. Any auditor may relay it: the signature, not the
/// sender, is what counts (as in C2SP tlog-witness).
pub fn cosign(conn: &mut Db, user: &User, size: i64, line: &str) -> Result<Cosigned, AppError> {
    let sig = SignatureLine::parse(line.trim_end_matches('\n'))
        .map_err(|e| unprocessable(format!("Not a signature line: {e}.")))?;
    db::transaction(conn, |tx| {
        let w: WitnessRow = audit_witnesses::table
            .filter(audit_witnesses::name.eq(&sig.name))
            .select(WitnessRow::as_select())
            .first(tx)
            .optional()?
            .ok_or_else(|| {
                unprocessable_with("err-witness-unknown", [("name", sig.name.clone())])
            })?;
        if w.status != "approved" {
            return Err(AppError::Conflict(
                Msg::new("err-witness-not-approved")
                    .arg("name", &w.name)
                    .into(),
            ));
        }
        let key = parse_witness_vkey(&w.public_key)?;
        let cp = checkpoint::at_size(tx, size)?.ok_or_else(|| {
            AppError::NotFound(Msg::new("err-no-checkpoint-size").arg("size", size).into())
        })?;
        let note = Note::parse(&cp.note).map_err(AppError::internal)?;
        let bare = Note {
            text: note.text,
            signatures: vec![sig.clone()],
        };
        let timestamp = key
            .verify_cosignature(&bare)
            .map_err(|e| unprocessable(format!("The cosignature does not verify: {e}.")))?
            .ok_or_else(|| unprocessable_with("err-witness-key-id", [("name", w.name.clone())]))?;
        let ts = i64::try_from(timestamp)
            .map_err(|_| unprocessable("err-cosignature-timestamp-large"))?;
        if ts > chrono::Utc::now().timestamp() + MAX_FUTURE_SECONDS {
            return Err(unprocessable("err-cosignature-future"));
        }
        let exists: i64 = audit_cosignatures::table
            .filter(audit_cosignatures::checkpoint_number.eq(cp.number))
            .filter(audit_cosignatures::witness_id.eq(w.id))
            .count()
            .get_result(tx)?;
        if exists == 0 {
            diesel::insert_into(audit_cosignatures::table)
                .values((
                    audit_cosignatures::checkpoint_number.eq(cp.number),
                    audit_cosignatures::witness_id.eq(w.id),
                    audit_cosignatures::timestamp.eq(ts),
                    audit_cosignatures::line.eq(sig.to_line()),
                ))
                .execute(tx)?;
            append(
                tx,
                NewEntry::new(
                    Actor::User(user.id),
                    "witness.cosigned",
                    format!("witness:{}", w.id),
                    json!({"checkpoint": cp.number, "size": cp.size, "timestamp": ts}),
                ),
            )?;
        }
        Ok(Cosigned {
            checkpoint: cp.number,
            size: cp.size,
            witness: w.name,
            recorded: exists == 0,
        })
    })
}
