//! The worked example of docs/formats.md for receipts, the ballot digest and
//! the tie-break order: the numbers the page states are the numbers the code
//! computes.

use crate::common::internals::{BallotEntry, digest, receipt, tiebreak_order};

fn tiers(t: &[&[&str]]) -> Vec<Vec<String>> {
    t.iter()
        .map(|x| x.iter().map(|s| (*s).to_owned()).collect())
        .collect()
}

#[test]
fn the_ballot_example_in_formats_md_is_correct() {
    let doc =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/formats.md")).unwrap();
    let a = tiers(&[&["p7"], &["p2", "p9"]]);
    let b = tiers(&[&["p9"]]);
    let ra = receipt("12", &a, &"00".repeat(32)).unwrap();
    let rb = receipt("12", &b, &"11".repeat(32)).unwrap();
    assert_eq!(
        ra,
        "fed4236888543287d1becd2b59672c8f05ef2ce2c78e7b7d0899cc5dbee93c73"
    );
    assert_eq!(
        rb,
        "0cf1dcc03cc95df3e5ca9e161b24c9188389866d28b1853667d6cd446064246d"
    );
    let entry = |r: &str, g: &str, ranking: Vec<Vec<String>>| BallotEntry {
        receipt: r.to_owned(),
        group: g.to_owned(),
        organisation: None,
        weight: "1".to_owned(),
        ranking: Some(ranking),
        votes: None,
        voter: None,
    };
    // Sorted by receipt, as the server writes them.
    let ballots = vec![entry(&rb, "academia", b), entry(&ra, "industry", a)];
    let d = digest(&ballots, false).unwrap();
    assert_eq!(
        d,
        "edca9820464e6768ef1bc831795088d19a307a5f1081d6dfcf2d1390f95cad31"
    );
    let order = tiebreak_order("12", &d, &["p7".into(), "p2".into(), "p9".into()]);
    assert_eq!(order, ["p9", "p7", "p2"]);
    for stated in [ra.as_str(), rb.as_str(), d.as_str(), r#"["p9","p7","p2"]"#] {
        assert!(
            doc.contains(stated),
            "docs/formats.md should state {stated}"
        );
    }
}
