//! `serve --demo`: seeds a panel into an empty database that shows the whole
//! product at once: two dozen accounts of every role over the stakeholder
//! groups (several organisations with more than one delegate, some reading
//! the app in French or Arabic), three pending registrations, fifteen
//! proposals on digital cooperation in every state (drafts, submitted,
//! co-sponsored, withdrawn, adopted, not adopted) with discussions in three
//! languages, a closed ranking round and a closed adoption round with
//! results, a published outcome report over both, and an open round with a
//! deadline, a proxy and some ballots.
//!
//! Everything goes through the same services as the pages, so the audit
//! trail records it all and verifies. One argon2 hash serves every account
//! (they share the printed password), which keeps seeding fast.

mod content;
mod voting;

use crate::audit::Signer;
use crate::auth::password;
use crate::config::Settings;
use crate::db::{Db, users};
use crate::domain::user::{Role, User, UserStatus};
use crate::error::AppError;
use crate::i18n::Lang;
use crate::services::account_settings::{Preferences, change_preferences};
use crate::services::accounts::{Registration, create_with_hash};

/// One seeded login, printed at start.
#[derive(Debug, Clone)]
pub struct DemoLogin {
    /// Sign-in email.
    pub email: String,
    /// Their role.
    pub role: Role,
}

/// A demo account: email, name, role, group, organisation, saved language.
type Person = (
    &'static str,
    &'static str,
    Role,
    &'static str,
    &'static str,
    Option<Lang>,
);

/// The demo accounts. Indices are used by `content` and `voting`: keep the
/// order. 0 admin, 1–2 chairs, 3–4 auditors, 5–24 delegates.
const PEOPLE: &[Person] = &[
    (
        "admin@demo.plenary",
        "Ada Admin",
        Role::Admin,
        "intergovernmental",
        "Panel Secretariat",
        None,
    ),
    (
        "chair@demo.plenary",
        "Chidi Chair",
        Role::Chair,
        "member_state",
        "Kenya",
        None,
    ),
    (
        "chair2@demo.plenary",
        "Sofia Chair",
        Role::Chair,
        "intergovernmental",
        "Panel Secretariat",
        None,
    ),
    (
        "auditor@demo.plenary",
        "Aurelia Auditor",
        Role::Auditor,
        "technical_community",
        "Independent Audit",
        None,
    ),
    (
        "auditor2@demo.plenary",
        "Arjun Auditor",
        Role::Auditor,
        "academia",
        "Open Audit Lab",
        Some(Lang::Fr),
    ),
    // Member states (6).
    (
        "france@demo.plenary",
        "Fleur Delegate",
        Role::Delegate,
        "member_state",
        "France",
        Some(Lang::Fr),
    ),
    (
        "france2@demo.plenary",
        "Étienne Moreau",
        Role::Delegate,
        "member_state",
        "France",
        Some(Lang::Fr),
    ),
    (
        "brazil@demo.plenary",
        "Bruno Delegate",
        Role::Delegate,
        "member_state",
        "Brazil",
        None,
    ),
    (
        "kenya@demo.plenary",
        "Kamau Delegate",
        Role::Delegate,
        "member_state",
        "Kenya",
        None,
    ),
    (
        "egypt@demo.plenary",
        "Layla Hassan",
        Role::Delegate,
        "member_state",
        "Egypt",
        Some(Lang::Ar),
    ),
    (
        "jordan@demo.plenary",
        "Yousef Haddad",
        Role::Delegate,
        "member_state",
        "Jordan",
        Some(Lang::Ar),
    ),
    // Industry (4).
    (
        "acme@demo.plenary",
        "Ines Industry",
        Role::Delegate,
        "industry",
        "Acme Networks",
        None,
    ),
    (
        "acme2@demo.plenary",
        "Ivo Industry",
        Role::Delegate,
        "industry",
        "Acme Networks",
        None,
    ),
    (
        "cable@demo.plenary",
        "Carla Santos",
        Role::Delegate,
        "industry",
        "Atlantic Cable Company",
        None,
    ),
    (
        "cloud@demo.plenary",
        "Chen Wei",
        Role::Delegate,
        "industry",
        "Cloudbridge",
        None,
    ),
    // Civil society (4).
    (
        "ngo@demo.plenary",
        "Omar Ngo",
        Role::Delegate,
        "civil_society",
        "Open Rights Forum",
        None,
    ),
    (
        "ngo2@demo.plenary",
        "Nadia Ngo",
        Role::Delegate,
        "civil_society",
        "Refugee Connect",
        None,
    ),
    (
        "ngo3@demo.plenary",
        "Nour Khalil",
        Role::Delegate,
        "civil_society",
        "Refugee Connect",
        Some(Lang::Ar),
    ),
    (
        "kids@demo.plenary",
        "Kofi Mensah",
        Role::Delegate,
        "civil_society",
        "Child Safety Online",
        None,
    ),
    // Academia (3).
    (
        "uni@demo.plenary",
        "Uma Academic",
        Role::Delegate,
        "academia",
        "University of Lisbon",
        None,
    ),
    (
        "uni2@demo.plenary",
        "Lucie Martin",
        Role::Delegate,
        "academia",
        "Sciences Po",
        Some(Lang::Fr),
    ),
    (
        "uni3@demo.plenary",
        "Mei Lin",
        Role::Delegate,
        "academia",
        "Tsinghua University",
        None,
    ),
    // Technical community (3).
    (
        "isoc@demo.plenary",
        "Tomás Rivera",
        Role::Delegate,
        "technical_community",
        "Internet Society",
        None,
    ),
    (
        "isoc2@demo.plenary",
        "Rana Saleh",
        Role::Delegate,
        "technical_community",
        "Internet Society",
        Some(Lang::Ar),
    ),
    (
        "lacnic@demo.plenary",
        "Diego Alvarez",
        Role::Delegate,
        "technical_community",
        "LACNIC",
        None,
    ),
];

/// Registrations waiting for the admin: email, name, group, organisation.
const PENDING: &[(&str, &str, &str, &str)] = &[
    (
        "chile@demo.plenary",
        "Camila Rojas",
        "member_state",
        "Chile",
    ),
    (
        "telco@demo.plenary",
        "Hiro Tanaka",
        "industry",
        "Pacific Telecom",
    ),
    (
        "press@demo.plenary",
        "Amal Idris",
        "civil_society",
        "Free Press Network",
    ),
];

/// Seeds the panel if the database has no users; returns the logins made
/// (empty when the database was not empty).
pub fn seed(
    conn: &mut Db,
    settings: &Settings,
    signer: &Signer,
    password: &str,
) -> Result<Vec<DemoLogin>, AppError> {
    if users::count(conn)? > 0 {
        return Ok(Vec::new());
    }
    // Every demo account shares the printed password: hash it once.
    let phc = password::hash(password).map_err(AppError::Internal)?;
    let group = |g: &str| group_or_first(settings, g);
    let mut out = Vec::new();
    let mut people: Vec<User> = Vec::new();
    for (email, name, role, g, org, lang) in PEOPLE {
        let reg = Registration::parse(&settings.groups, email, password, name, org, &group(g))?;
        let mut user = create_with_hash(conn, &reg, &phc, *role, UserStatus::Active)?;
        if lang.is_some() {
            let prefs = Preferences {
                language: *lang,
                ..Preferences::default()
            };
            user = change_preferences(conn, &user, &prefs)?;
        }
        people.push(user);
        out.push(DemoLogin {
            email: (*email).to_owned(),
            role: *role,
        });
    }
    for (email, name, g, org) in PENDING {
        let reg = Registration::parse(&settings.groups, email, password, name, org, &group(g))?;
        create_with_hash(conn, &reg, &phc, Role::Delegate, UserStatus::Pending)?;
    }
    let ids = content::seed(conn, settings, &people)?;
    voting::seed(conn, settings, signer, &people, &ids)?;
    Ok(out)
}

/// `id` when the configured groups have it; else the first configured group
/// (a custom group list may lack the default ids).
fn group_or_first(settings: &Settings, id: &str) -> String {
    let groups = &settings.groups;
    if groups.parse(id).is_ok() {
        id.to_owned()
    } else {
        groups
            .all()
            .first()
            .map(|g| g.id.clone())
            .unwrap_or_default()
    }
}
