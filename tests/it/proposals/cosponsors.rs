//! Co-sponsoring proposals: support from two other stakeholder groups makes
//! a proposal eligible (and withdrawing it undoes that, on the API, the
//! proposal page and the list), and what cannot be co-sponsored: one's own
//! proposal, twice, a draft, a missing or a withdrawn one.

use super::{api, create_id, list, people};
use crate::common::{RequestHelper, TestApp};

both_backends!(
    cosponsors_from_two_other_groups_make_a_proposal_eligible,
    cosponsoring_own_twice_or_unsubmitted_proposals_is_refused,
);

async fn cosponsors_from_two_other_groups_make_a_proposal_eligible(app: &TestApp) {
    let p = people(app).await;
    let id = create_id(&p.author, true).await;
    let path = api(id, "/cosponsor");

    // Same group as the author: counted as a co-sponsor, not as support.
    let res = p.same_group.post(&path).await;
    assert_eq!(res.status, 200);
    let b = res.json();
    assert_eq!(b["proposal"]["cosponsor_count"], 1);
    assert_eq!(b["proposal"]["eligible"], false);
    assert_eq!(
        b["proposal"]["missing"],
        "needs co-sponsors from 2 more stakeholder groups"
    );

    let res = p.industry.post(&path).await;
    assert_eq!(res.status, 200);
    assert_eq!(
        res.json()["proposal"]["missing"],
        "needs a co-sponsor from one more stakeholder group"
    );

    let res = p.civil.post(&path).await;
    assert_eq!(res.status, 200);
    let b = res.json();
    assert_eq!(b["proposal"]["eligible"], true);
    assert!(b["proposal"]["missing"].is_null());

    let d = p.auditor.get(&api(id, "")).await.json();
    let cs = d["proposal"]["cosponsors"].as_array().unwrap();
    assert_eq!(cs.len(), 3);
    assert!(
        cs.iter()
            .any(|c| c["group"] == "industry" && c["organisation"] == "Acme Networks")
    );
    for (eligible, total) in [("true", 1), ("false", 0)] {
        let l = list(&p.auditor, &format!("?eligible={eligible}")).await;
        assert_eq!(l["total"], total);
    }

    // The page shows co-sponsors with group and organisation, and eligibility.
    let browser = p.auditor.browser().await;
    let html = browser.text(&format!("/proposals/{id}")).await;
    assert!(
        html.contains("<td>Industry</td><td><bdi>Acme Networks</bdi></td>"),
        "{html}"
    );
    assert!(html.contains("<strong>Eligible</strong>"));

    // Withdrawing one co-sponsorship makes it ineligible again.
    let res = p.civil.delete(&path).await;
    assert_eq!(res.status, 200);
    let b = res.json();
    assert_eq!(b["proposal"]["eligible"], false);
    assert_eq!(
        b["proposal"]["missing"],
        "needs a co-sponsor from one more stakeholder group"
    );
    assert_eq!(
        p.civil.delete(&path).await.status,
        409,
        "not a co-sponsor any more"
    );

    let html = browser.text("/proposals").await;
    assert!(html.contains("Not yet: needs a co-sponsor from one more stakeholder group"));

    let cos = app.entries("proposal.cosponsored").await;
    assert_eq!(cos.len(), 3);
    assert_eq!(cos[2].details["group"], "civil_society");
    assert_eq!(cos[2].details["eligible"], true);
    let un = app.entry("proposal.cosponsorship_withdrawn").await;
    assert_eq!(un.subject, format!("proposal:{id}"));
    assert_eq!(un.details["eligible"], false);
}

async fn cosponsoring_own_twice_or_unsubmitted_proposals_is_refused(app: &TestApp) {
    let p = people(app).await;
    let id = create_id(&p.author, true).await;
    let draft = create_id(&p.author, false).await;
    let path = api(id, "/cosponsor");
    let res = p.author.post(&path).await;
    assert_eq!(res.status, 422);
    assert_eq!(
        res.json()["error"]["message"],
        "proposal: You cannot co-sponsor your own proposal."
    );
    assert_eq!(p.industry.post(&path).await.status, 200);
    let res = p.industry.post(&path).await;
    assert_eq!(res.status, 409);
    assert_eq!(
        res.json()["error"]["message"],
        "You already co-sponsor this proposal."
    );
    assert_eq!(p.industry.post(&api(draft, "/cosponsor")).await.status, 404);
    let res = p.industry.post("/api/v1/proposals/99999/cosponsor").await;
    assert_eq!(res.status, 404);
    // Withdrawn proposals take no new support.
    p.author.post(&api(id, "/withdraw")).await;
    assert_eq!(p.civil.post(&path).await.status, 409);

    // The page form gives the same answers.
    let ana = p.author.browser().await;
    let id2 = create_id(&p.author, true).await;
    let res = ana
        .post_form(&format!("/proposals/{id2}/cosponsor"), &[])
        .await;
    assert_eq!(res.status, 422);
    assert!(
        res.text
            .contains("You cannot co-sponsor your own proposal.")
    );

    assert_eq!(app.count_action("proposal.cosponsored").await, 1);
}
