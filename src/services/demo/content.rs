//! The demo's proposals and discussions: fifteen proposals on digital
//! cooperation, written by delegates of every group (one in French, one in
//! Arabic: proposal texts are never translated), co-sponsored across groups,
//! discussed in comments and replies, and left in every state a proposal
//! can be in before a round: draft, submitted (eligible or still lacking
//! support) and withdrawn.

use crate::config::Settings;
use crate::db::Db;
use crate::domain::proposal::{CommentBody, ProposalId};
use crate::domain::user::User;
use crate::error::AppError;
use crate::services::comments;
use crate::services::proposals::{self, ProposalInput};

/// What happens to a demo proposal after it is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fate {
    /// Stays a draft (only its author sees it).
    Draft,
    /// Submitted, with co-sponsors from this many other delegates.
    Submitted(usize),
    /// Submitted, then withdrawn by its author.
    Withdrawn,
}

/// A demo proposal: author (index in `PEOPLE`), title, summary, themes, fate.
type Demo = (
    usize,
    &'static str,
    &'static str,
    &'static [&'static str],
    Fate,
);

/// The proposals, in the order of [`Ids`]'s slots.
const PROPOSALS: &[Demo] = &[
    (
        11,
        "A cross-border incident-response playbook",
        "One playbook and one reporting form for cyber incidents that cross borders, so that national response teams can hand over within hours, not days.",
        &["cybersecurity"],
        Fate::Submitted(3),
    ),
    (
        19,
        "A registry of digital public goods",
        "An open, curated registry of open-source software, open data and open standards that governments can adopt and adapt.",
        &["digital_public_infrastructure"],
        Fate::Submitted(3),
    ),
    (
        15,
        "Principles for trustworthy AI in public services",
        "Seven principles, with independent audits and civil society at the table, for AI systems that decide on benefits, policing or migration.",
        &["ai_governance"],
        Fate::Submitted(4),
    ),
    (
        8,
        "A rapid-response network against online hate speech",
        "A network of trusted flaggers, platforms and electoral bodies that answers coordinated hate-speech campaigns within 24 hours, with appeal rights for users.",
        &["ai_governance", "data_governance"],
        Fate::Submitted(3),
    ),
    (
        16,
        "Connectivity for refugees in transit",
        "Free, safe connectivity at reception centres and along transit routes, run with local operators and without collecting more data than needed.",
        &["connectivity"],
        Fate::Submitted(4),
    ),
    (
        7,
        "Data-protection interoperability",
        "A common map of how national data-protection rules meet, and model clauses so that personal data can cross borders lawfully.",
        &["data_governance"],
        Fate::Submitted(3),
    ),
    (
        13,
        "Submarine cable resilience and repair",
        "A shared fleet of repair ships, protected cable corridors and a 24-hour contact point between states and operators when a cable is cut.",
        &["connectivity", "cybersecurity"],
        Fate::Submitted(3),
    ),
    (
        6,
        "Priorité au logiciel libre dans le secteur public",
        "Les administrations publiques privilégient le logiciel libre et publient le code qu'elles financent, afin de mutualiser les efforts entre pays.",
        &["digital_public_infrastructure"],
        Fate::Submitted(3),
    ),
    (
        5,
        "Interoperable digital identity pilots",
        "Pilot mutual recognition of digital identity between willing states, on open standards, with privacy by design and an offline fallback.",
        &["digital_public_infrastructure", "data_governance"],
        Fate::Submitted(3),
    ),
    (
        12,
        "E-waste take-back and repair schemes",
        "Manufacturers take back devices at end of life, publish repair manuals and keep spare parts available for seven years.",
        &["digital_skills"],
        Fate::Submitted(2),
    ),
    (
        23,
        "إنترنت متعدد اللغات: أسماء النطاقات والمحتوى بكل الأبجديات",
        "دعم أسماء النطاقات الدولية وعناوين البريد الإلكتروني بكل الأبجديات، وتمويل المحتوى المحلي باللغات الأقل تمثيلًا على الإنترنت.",
        &["connectivity", "digital_skills"],
        Fate::Submitted(3),
    ),
    (
        18,
        "Children's online safety by design",
        "Age-appropriate design codes, safe defaults and child-rights impact assessments for services that children use.",
        &["data_governance"],
        Fate::Submitted(1),
    ),
    (
        9,
        "A shared fund for cyber capacity",
        "A pooled fund that trains incident responders in states that have none yet, run with regional organisations.",
        &["cybersecurity", "digital_skills"],
        Fate::Draft,
    ),
    (
        24,
        "Community networks in rural areas",
        "Licence-exempt spectrum and small grants so that communities can build and run their own networks.",
        &["connectivity"],
        Fate::Withdrawn,
    ),
    (
        14,
        "A green standard for data centres",
        "A voluntary standard for energy and water use of data centres, with yearly public reporting.",
        &["digital_public_infrastructure"],
        Fate::Draft,
    ),
];

/// Slots of [`PROPOSALS`] that the rounds use.
pub mod slot {
    /// Ranked in the closed ranking round.
    pub const RANKED: [usize; 4] = [0, 1, 2, 3];
    /// Decided in the closed adoption round (the first is adopted).
    pub const DECIDED: [usize; 2] = [4, 5];
    /// In the open round.
    pub const OPEN: [usize; 3] = [6, 7, 8];
}

/// The seeded proposals' ids, by slot of [`PROPOSALS`].
pub type Ids = Vec<ProposalId>;

/// Comments: (author index, proposal slot, reply to the comment at this
/// index in this list, text).
const COMMENTS: &[(usize, usize, Option<usize>, &str)] = &[
    (
        12,
        0,
        None,
        "Would the playbook cover incidents at private operators, or only at public bodies?",
    ),
    (
        11,
        0,
        Some(0),
        "Both: a cut at an operator is where most cross-border incidents start. The form has a section for them.",
    ),
    (
        22,
        0,
        None,
        "The technical community can host the reporting form; please keep it to open formats.",
    ),
    (
        17,
        4,
        None,
        "نحتاج إلى ضمان ألا تُستخدم بيانات الاتصال لتتبع اللاجئين. هل يتضمن المقترح قواعد واضحة لحماية البيانات؟",
    ),
    (
        16,
        4,
        Some(3),
        "Yes: section 3 limits collection to what the network needs and deletes logs after 30 days.",
    ),
    (
        10,
        10,
        None,
        "مقترح مهم. أسماء النطاقات بالعربية ما زالت لا تعمل في كثير من تطبيقات البريد الإلكتروني.",
    ),
    (
        23,
        10,
        Some(5),
        "صحيح، ولهذا نقترح اختبارات قبول شاملة بالتعاون مع مطوري البرمجيات.",
    ),
    (
        20,
        10,
        None,
        "Excellente idée : la francophonie a les mêmes difficultés pour les contenus locaux en Afrique de l'Ouest.",
    ),
    (
        5,
        7,
        None,
        "Tout à fait d'accord. Faut-il prévoir une exception pour les logiciels de sécurité nationale ?",
    ),
    (
        6,
        7,
        Some(8),
        "Oui, avec une justification publique et un réexamen tous les trois ans.",
    ),
    (
        13,
        7,
        None,
        "Industry supports this if maintenance contracts stay open to tender.",
    ),
    (
        9,
        2,
        None,
        "هل ستُنشر نتائج عمليات التدقيق المستقلة للجمهور؟",
    ),
    (
        15,
        2,
        Some(11),
        "Yes, in full, except for personal data of the people concerned.",
    ),
    (
        14,
        11,
        None,
        "Platforms would need a common age-assurance method that respects privacy — is that in scope?",
    ),
    (
        7,
        5,
        None,
        "Brazil's LGPD already follows most of this map; we can share our adequacy experience.",
    ),
];

/// The proposals not written in English, with their own body in their
/// own language: (title, headings and steps after the summary).
const OWN_BODIES: &[(&str, &str, &str, &str)] = &[
    (
        "Priorité au logiciel libre dans le secteur public",
        "Pourquoi",
        "Ce que nous proposons",
        "1. Recenser les logiciels libres que les administrations des pays membres utilisent déjà.\n\
         2. Publier sous licence libre, dans un dépôt commun, le code financé sur fonds publics.\n\
         3. Faire le point devant le panel après un an : économies réalisées et projets mutualisés.",
    ),
    (
        "إنترنت متعدد اللغات: أسماء النطاقات والمحتوى بكل الأبجديات",
        "لماذا",
        "ما نقترحه",
        "1. دعم أسماء النطاقات الدولية وعناوين البريد الإلكتروني بكل الأبجديات في الأنظمة الحكومية.\n\
         2. إنشاء صندوق مشترك لتمويل المحتوى المحلي باللغات الأقل تمثيلًا على الإنترنت.\n\
         3. تقديم تقرير إلى الفريق بعد عام يتضمن أرقام الاستخدام واللغات المستفيدة.",
    ),
];

/// The body of the demo proposal `title`: in its own language when it has
/// one of [`OWN_BODIES`], else the English outline.
fn body(title: &str, summary: &str) -> String {
    match OWN_BODIES.iter().find(|(t, _, _, _)| *t == title) {
        Some((_, why, what, steps)) => format!("## {why}\n\n{summary}\n\n## {what}\n\n{steps}"),
        None => format!(
            "## Why\n\n{summary}\n\n## What we propose\n\n1. Agree on the scope within the panel.\n2. Start with a pilot in willing countries.\n3. Report back to the panel after a year, with data."
        ),
    }
}

/// Writes the proposals, co-sponsors and discussions; returns the ids.
pub fn seed(conn: &mut Db, settings: &Settings, people: &[User]) -> Result<Ids, AppError> {
    let rule = settings.eligibility;
    let delegates: Vec<&User> = people
        .iter()
        .filter(|p| p.role == crate::domain::user::Role::Delegate)
        .collect();
    let mut ids = Vec::with_capacity(PROPOSALS.len());
    for (k, (author, title, summary, themes, fate)) in PROPOSALS.iter().enumerate() {
        let author = &people[*author];
        let themes: Vec<&str> = themes
            .iter()
            .copied()
            .filter(|t| settings.themes.parse(t).is_ok())
            .collect();
        let body = body(title, summary);
        let input = ProposalInput::parse(settings, title, summary, &body, &themes)?;
        let submit = *fate != Fate::Draft;
        let id = proposals::create(conn, rule, author, &input, submit)?.id;
        let wanted = match fate {
            Fate::Submitted(n) => *n,
            Fate::Withdrawn => 1,
            Fate::Draft => 0,
        };
        // Co-sponsors from other groups, a different selection for each
        // proposal, one group after another.
        let mut chosen: Vec<&User> = Vec::new();
        for step in 0..delegates.len() {
            if chosen.len() == wanted {
                break;
            }
            let p = delegates[(k * 7 + step * 3) % delegates.len()];
            if p.group != author.group && !chosen.iter().any(|c| c.id == p.id || c.group == p.group)
            {
                chosen.push(p);
            }
        }
        for p in chosen {
            proposals::cosponsor(conn, rule, p, id)?;
        }
        ids.push(id);
    }
    let mut posted = Vec::with_capacity(COMMENTS.len());
    for (author, slot, parent, text) in COMMENTS {
        let parent = parent.and_then(|i| posted.get(i).copied());
        let c = comments::post(
            conn,
            0,
            &people[*author],
            ids[*slot],
            parent,
            &CommentBody::parse(text)?,
        )?;
        posted.push(c.id);
    }
    for ((author, _, _, _, fate), id) in PROPOSALS.iter().zip(&ids) {
        if *fate == Fate::Withdrawn {
            proposals::withdraw(conn, rule, &people[*author], *id)?;
        }
    }
    Ok(ids)
}
