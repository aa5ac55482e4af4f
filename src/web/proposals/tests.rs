//! The eligibility sentence in each language: English as the API writes
//! it, the other languages with their own plural forms.

use super::*;
use crate::i18n;

fn support(cosponsors: u32, groups: u32) -> Missing {
    Missing::Support { cosponsors, groups }
}

#[test]
fn english_reads_exactly_as_the_api_writes_it() {
    let mut cases = vec![
        Missing::NotSubmitted(ProposalStatus::Draft),
        Missing::NotSubmitted(ProposalStatus::Withdrawn),
        Missing::NotSubmitted(ProposalStatus::Adopted),
    ];
    // `missing` never asks for fewer co-sponsors than groups.
    for c in 1..5 {
        for g in 0..=c {
            cases.push(support(c, g));
        }
    }
    for m in cases {
        assert_eq!(missing_text(Lang::En, m), m.to_string(), "{m:?}");
    }
}

#[test]
fn counts_take_each_language_s_plural_forms() {
    let ru = |c, g| missing_text(Lang::Ru, support(c, g));
    assert!(
        ru(1, 0).starts_with("нужен ещё один соавтор"),
        "{}",
        ru(1, 0)
    );
    assert!(ru(3, 0).starts_with("нужны ещё 3 соавтора"), "{}", ru(3, 0));
    assert!(
        ru(5, 0).starts_with("нужно ещё 5 соавторов"),
        "{}",
        ru(5, 0)
    );
    assert!(
        ru(5, 2).ends_with("не менее чем из 2 других групп заинтересованных сторон"),
        "{}",
        ru(5, 2)
    );
    let ar = missing_text(Lang::Ar, support(2, 2));
    assert!(ar.contains("مجموعتين"), "{ar}");
    let fr = missing_text(Lang::Fr, support(2, 2));
    assert!(fr.contains("2 groupes de parties prenantes"), "{fr}");
    for lang in Lang::ALL.into_iter().skip(1) {
        let text = missing_text(lang, Missing::NotSubmitted(ProposalStatus::Draft));
        assert_ne!(text, "needs to be submitted", "{lang}");
    }
}

#[test]
fn every_status_has_a_label_in_every_language() {
    for lang in Lang::ALL {
        for s in ProposalStatus::ALL {
            let id = status_label_id(s);
            let label = i18n::t(lang, id);
            assert_ne!(label, id, "{lang} {s}");
        }
    }
    assert_eq!(
        i18n::t(Lang::Fr, status_label_id(ProposalStatus::NotAdopted)),
        "Non adoptée"
    );
}
