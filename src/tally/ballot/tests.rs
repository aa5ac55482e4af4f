//! Unit tests of `ballot`.

use super::*;

fn abc() -> Candidates {
    Candidates::new(["a", "b", "c"]).unwrap()
}

#[test]
fn candidates_reject_duplicates_and_empty() {
    assert_eq!(
        Candidates::new(["a", "a"]),
        Err(CandidatesError::Duplicate("a".into()))
    );
    assert_eq!(
        Candidates::new(Vec::<String>::new()),
        Err(CandidatesError::Empty)
    );
    assert_eq!(Candidates::new(["a", ""]), Err(CandidatesError::EmptyId(2)));
}

#[test]
fn ranking_rejects_unknown_twice_and_empty_tier() {
    let c = abc();
    assert_eq!(
        Ranking::parse(&c, &[vec!["a"], vec!["z"]]),
        Err(RankingError::UnknownCandidate("z".into()))
    );
    assert_eq!(
        Ranking::parse(&c, &[vec!["a", "b"], vec!["a"]]),
        Err(RankingError::Duplicate("a".into()))
    );
    assert_eq!(
        Ranking::parse(&c, &[vec!["a"], vec![]]),
        Err(RankingError::EmptyTier(2))
    );
}

#[test]
fn tied_candidates_in_any_order_give_the_same_ranking() {
    let c = abc();
    let r1 = Ranking::parse(&c, &[vec!["c", "a"], vec!["b"]]).unwrap();
    let r2 = Ranking::parse(&c, &[vec!["a", "c"], vec!["b"]]).unwrap();
    assert_eq!(r1, r2);
    assert_eq!(r1.to_ids(&c), vec![vec!["a", "c"], vec!["b"]]);
    let mut rank = [0; 3];
    Ranking::parse(&c, &[vec!["b"]])
        .unwrap()
        .fill_ranks(&mut rank);
    assert_eq!(rank, [1, 0, 1]);
}

#[test]
fn ballot_error_names_ballot_line_and_problem() {
    let e = BallotError {
        ballot: 3,
        line: Some(12),
        receipt: None,
        problem: RankingError::EmptyTier(2).into(),
    };
    assert_eq!(e.to_string(), "ballot 3 (line 12): tier 2 is empty");
}
