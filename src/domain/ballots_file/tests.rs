//! Unit tests of `ballots_file`.

#![allow(clippy::unwrap_used)]
use super::*;

fn tiers(t: &[&[&str]]) -> Vec<Vec<String>> {
    t.iter()
        .map(|x| x.iter().map(|s| (*s).to_owned()).collect())
        .collect()
}

fn info() -> RoundInfo {
    RoundInfo {
        id: "7".into(),
        title: "R".into(),
        method: Some(Method::Schulze),
        weighting: String::new(),
        secrecy: "secret".into(),
        closed_at: "2026-11-29T12:00:00.000000Z".into(),
        ..RoundInfo::default()
    }
}

fn stored(receipt: &str, group: &str, org: &str, ranking: &[&[&str]]) -> StoredBallot {
    StoredBallot {
        receipt: receipt.into(),
        group: group.into(),
        organisation: org.into(),
        ranking: tiers(ranking),
        votes: None,
        voter: Some(VoterInfo {
            name: "Ana".into(),
            organisation: org.into(),
        }),
    }
}

fn cands() -> Vec<CandidateInfo> {
    ["p1", "p2", "p3"]
        .iter()
        .map(|id| CandidateInfo {
            id: (*id).into(),
            title: format!("Title {id}"),
        })
        .collect()
}

#[test]
fn secret_files_carry_no_voter_and_weights_are_exact() {
    let f = build(
        info(),
        &Weighting::EqualGroups {
            group_weights: BTreeMap::new(),
        },
        false,
        Labels::Withheld,
        cands(),
        vec![
            stored("bb", "industry", "Acme", &[&["p1"]]),
            stored("aa", "industry", "Beta", &[&["p2"], &["p1", "p3"]]),
            stored("cc", "academia", "Uni", &[&["p3"]]),
        ],
    )
    .unwrap();
    assert_eq!(
        f.ballots
            .iter()
            .map(|b| b.receipt.as_str())
            .collect::<Vec<_>>(),
        ["aa", "bb", "cc"]
    );
    assert_eq!(f.ballots[0].weight, "1/2");
    assert_eq!(f.ballots[2].weight, "1");
    // Two industry ballots and one academia ballot: both labels withheld.
    assert!(f.ballots.iter().all(|b| b.group.is_empty()));
    let json = f.to_json().unwrap();
    assert!(!json.contains("Ana") && !json.contains("Acme") && !json.contains("\"voter\""));
    assert!(!json.contains("industry") && !json.contains("academia"));
    assert_eq!(f.round.tiebreak.len(), 3);
    assert_eq!(
        f.round.tiebreak,
        tiebreak_order("7", &f.digest, &["p1".into(), "p2".into(), "p3".into()])
    );
    let results = f.tally().unwrap();
    assert!(results.starts_with('{') && results.contains("\"method\":\"schulze\""));
}

#[test]
fn secret_labels_show_only_where_three_ballots_share_them() {
    let ballots = vec![
        stored("a1", "industry", "Acme", &[&["p1"]]),
        stored("a2", "industry", "Acme", &[&["p2"]]),
        stored("a3", "industry", "Acme", &[&["p3"]]),
        stored("a4", "industry", "Beta", &[&["p1"]]),
        stored("a5", "academia", "Uni", &[&["p2"], &["p1"]]),
    ];
    let f = build(
        info(),
        &Weighting::PerOrganisation,
        false,
        Labels::Withheld,
        cands(),
        ballots.clone(),
    )
    .unwrap();
    let groups: Vec<&str> = f.ballots.iter().map(|b| b.group.as_str()).collect();
    assert_eq!(groups, ["industry", "industry", "industry", "industry", ""]);
    let orgs: Vec<&str> = f
        .ballots
        .iter()
        .map(|b| b.organisation.as_deref().unwrap())
        .collect();
    assert_eq!(orgs, ["org-1", "org-1", "org-1", "", ""]);
    let json = f.to_json().unwrap();
    assert!(!json.contains("Acme") && !json.contains("Beta") && !json.contains("Uni"));
    // Anyone can still recompute: the same results as from the labels
    // as stored.
    let stored_form = build(
        info(),
        &Weighting::PerOrganisation,
        false,
        Labels::AsStored,
        cands(),
        ballots,
    )
    .unwrap();
    let (a, b) = (f.tally().unwrap(), stored_form.tally().unwrap());
    let strip = |s: &str| {
        let v: serde_json::Value = serde_json::from_str(s).unwrap();
        (v["ranking"].clone(), v["details"].clone())
    };
    assert_eq!(strip(&a), strip(&b));
    // A withheld ballot's weight is bound by the digest.
    let mut forged = f.ballots.clone();
    forged[3].weight = "5".into();
    assert_ne!(digest(&forged, true).unwrap(), f.digest);
    // A labelled one's is recomputed instead, so it is not covered.
    let mut relabelled = f.ballots.clone();
    relabelled[0].weight = "5".into();
    assert_eq!(digest(&relabelled, true).unwrap(), f.digest);
}

#[test]
fn the_digest_changes_with_any_ballot_change() {
    let f = build(
        info(),
        &Weighting::PerDelegate,
        true,
        Labels::Withheld,
        cands(),
        vec![stored("aa", "industry", "Acme", &[&["p1"]])],
    )
    .unwrap();
    assert_eq!(f.ballots[0].voter.as_ref().unwrap().name, "Ana");
    let mut other = f.ballots.clone();
    other[0].ranking = Some(tiers(&[&["p2"]]));
    assert_ne!(digest(&other, false).unwrap(), f.digest);
    let mut renamed = f.ballots.clone();
    renamed[0].voter = None;
    assert_eq!(
        digest(&renamed, false).unwrap(),
        f.digest,
        "names are not covered"
    );
}

#[test]
fn receipts_bind_round_ranking_and_nonce() {
    let r = receipt("7", &tiers(&[&["p1"]]), &"0".repeat(64)).unwrap();
    assert_eq!(r.len(), 64);
    assert_ne!(
        r,
        receipt("8", &tiers(&[&["p1"]]), &"0".repeat(64)).unwrap()
    );
    assert_ne!(
        r,
        receipt("7", &tiers(&[&["p2"]]), &"0".repeat(64)).unwrap()
    );
    assert_ne!(
        r,
        receipt("7", &tiers(&[&["p1"]]), &"1".repeat(64)).unwrap()
    );
}
