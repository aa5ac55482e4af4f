//! `serve --demo`: seeds a small panel into an empty database so a newcomer
//! can click around at once. Later issues add proposals and rounds here.

use crate::db::{Db, users};
use crate::domain::groups::StakeholderGroups;
use crate::domain::user::Role;
use crate::services::accounts::{Registration, create_active};
use crate::web::error::AppError;

/// One seeded login, printed at start.
#[derive(Debug, Clone)]
pub struct DemoLogin {
    /// Sign-in email.
    pub email: String,
    /// Their role.
    pub role: Role,
}

/// The demo accounts: (email, name, role, group, organisation).
const PEOPLE: &[(&str, &str, Role, &str, &str)] = &[
    (
        "admin@demo.plenary",
        "Ada Admin",
        Role::Admin,
        "intergovernmental",
        "Panel Secretariat",
    ),
    (
        "chair@demo.plenary",
        "Chidi Chair",
        Role::Chair,
        "member_state",
        "Kenya",
    ),
    (
        "auditor@demo.plenary",
        "Aurelia Auditor",
        Role::Auditor,
        "technical_community",
        "Independent Audit",
    ),
    (
        "france@demo.plenary",
        "Fleur Delegate",
        Role::Delegate,
        "member_state",
        "France",
    ),
    (
        "brazil@demo.plenary",
        "Bruno Delegate",
        Role::Delegate,
        "member_state",
        "Brazil",
    ),
    (
        "acme@demo.plenary",
        "Ines Industry",
        Role::Delegate,
        "industry",
        "Acme Networks",
    ),
    (
        "ngo@demo.plenary",
        "Omar Ngo",
        Role::Delegate,
        "civil_society",
        "Open Rights Forum",
    ),
    (
        "uni@demo.plenary",
        "Uma Academic",
        Role::Delegate,
        "academia",
        "University of Lisbon",
    ),
];

/// Seeds the panel if the database has no users; returns the logins made
/// (empty when the database was not empty).
pub fn seed(
    conn: &mut Db,
    groups: &StakeholderGroups,
    password: &str,
) -> Result<Vec<DemoLogin>, AppError> {
    if users::count(conn)? > 0 {
        return Ok(Vec::new());
    }
    let fallback = groups
        .all()
        .first()
        .map(|g| g.id.clone())
        .unwrap_or_default();
    let mut out = Vec::new();
    for (email, name, role, group, org) in PEOPLE {
        // A custom group list may lack the default ids: use its first group.
        let group = if groups.parse(group).is_ok() {
            (*group).to_owned()
        } else {
            fallback.clone()
        };
        let reg = Registration::parse(groups, email, password, name, org, &group)?;
        create_active(conn, &reg, *role)?;
        out.push(DemoLogin {
            email: (*email).to_owned(),
            role: *role,
        });
    }
    Ok(out)
}
