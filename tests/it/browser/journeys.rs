//! Journeys: each role's work walked as a person does it, by following
//! links and pressing buttons, in English at 1280 px and in French and
//! Arabic on a 375 px phone. Every page on the way passes the page checks
//! (`common::page_check`), and every ballot cast through the page is read
//! back through the API and must equal the ranking the page showed when
//! the voter pressed the button: what the voter sees is what is counted.

use std::path::Path;

use fantoccini::{Client, Locator};
use plenary::i18n::Lang;

use crate::common::browser::{Browser, Options, click, fill, sign_in, wait_and_click};
use crate::common::cli::audit_verify;
use crate::common::page_check::{Expect, Journey};
use crate::common::{Backend, RequestHelper, Role, TestApp, Value, json, p};

/// Switches the page language with the footer's buttons (saved for the
/// signed-in user), as a person would.
async fn choose_language(b: &Client, lang: Lang) {
    let sel = format!(".language-switcher button[value='{}']", lang.code());
    click(b, Locator::Css(&sel)).await;
    let want = lang.code().to_owned();
    b.wait()
        .for_element(Locator::Css(&format!("html[lang='{want}']")))
        .await
        .unwrap();
}

async fn signed_in(b: &Client, app: &TestApp, email: &str, lang: Lang) {
    sign_in(b, app, email).await;
    choose_language(b, lang).await;
}

/// `email`'s ballot in round `id` as the API returns it, tiers sorted.
async fn ballot_via_api(app: &TestApp, email: &str, id: i64) -> Value {
    let token = app.token(email).await;
    let v = app
        .with_token(&token)
        .get(&format!("/api/v1/rounds/{id}/ballot"))
        .await
        .json();
    let mut tiers: Vec<Vec<String>> =
        serde_json::from_value(v["ballot"]["ranking"].clone()).unwrap();
    for t in &mut tiers {
        t.sort();
    }
    json!(tiers)
}

/// The ranking the enhanced ballot shows now, read from what is on screen:
/// each visible list item's number ("2. …") gives its tier.
async fn displayed_list(b: &Client) -> Value {
    b.execute(
        r##"const tiers = [];
               for (const li of document.querySelectorAll("#dnd-list li[data-id]")) {
                 if (!li.checkVisibility()) continue;
                 const n = parseInt(li.querySelector(".dnd-label").innerText, 10);
                 (tiers[n - 1] = tiers[n - 1] || []).push(li.getAttribute("data-id"));
               }
               return tiers.filter(t => t).map(t => t.sort());"##,
        vec![],
    )
    .await
    .unwrap()
}

/// The ranking the plain ballot shows now: the numbers typed in its boxes.
async fn displayed_numbers(b: &Client) -> Value {
    b.execute(
        r##"const by = {};
           for (const i of document.querySelectorAll("#ballot-table input.rank-input")) {
             const n = parseInt(i.value, 10);
             if (n > 0) (by[n] = by[n] || []).push(i.id.replace("rank_", ""));
           }
           return Object.keys(by).map(Number).sort((a, b) => a - b).map(k => by[k].sort());"##,
        vec![],
    )
    .await
    .unwrap()
}

/// Exactly one ranking control is visible: the list with JavaScript, the
/// number table without.
async fn one_control_visible(b: &Client, javascript: bool) {
    let v = b
        .execute(
            r##"const shown = s => { const e = document.querySelector(s); return !!e && e.checkVisibility(); };
               return [shown("#dnd-list"), shown("#ballot-table")];"##,
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        v,
        json!([javascript, !javascript]),
        "[drag list shown, number table shown]"
    );
}

async fn press(b: &Client, zone: &str, candidate: &str, action: &str) {
    let sel = format!("#{zone} li[data-id='{candidate}'] button[data-action='{action}']");
    let el = b
        .find(Locator::Css(&sel))
        .await
        .unwrap_or_else(|_| panic!("no control {sel}"));
    // Keyboard use: Enter on the focused control.
    el.send_keys("\u{E007}").await.unwrap();
}

/// Follows the links to round `id` from the home page (the header's
/// Rounds, then the round).
async fn to_round_from_home(b: &Client, app: &TestApp, id: i64) {
    b.goto(&app.url("/")).await.unwrap();
    wait_and_click(b, Locator::Css(".site-header a[href='/rounds']")).await;
    wait_and_click(b, Locator::Css(&format!("main a[href='/rounds/{id}']"))).await;
    b.wait().for_element(Locator::Css("main h1")).await.unwrap();
}

/// Fetches `path` with the browser's session; (status, body).
async fn fetch(b: &Client, path: &str) -> (u64, String) {
    let v = b
        .execute_async(
            r##"const [path, done] = arguments;
               fetch(path, {credentials: "same-origin"}).then(r => r.text().then(t => done([r.status, t])));"##,
            vec![json!(path)],
        )
        .await
        .unwrap();
    (
        v[0].as_u64().unwrap_or(0),
        v[1].as_str().unwrap_or_default().to_owned(),
    )
}

async fn voting_journey(name: &str, lang: Lang, phone: bool) {
    let Some(browser) = Browser::start_with(Options {
        phone,
        ..Options::default()
    })
    .await
    else {
        return;
    };
    // ChromeDriver's phone emulation hangs when page scripts are off, so
    // the voter without JavaScript uses a desktop window; the phone's
    // layout of the same pages is checked in the scripted browser.
    let Some(nojs) = Browser::start_with(Options {
        javascript: false,
        ..Options::default()
    })
    .await
    else {
        return;
    };
    let app = TestApp::spawn(Backend::Sqlite).await.unwrap();
    for (email, role, group, organisation) in [
        ("chair@example.org", Role::Chair, "member_state", "Kenya"),
        ("ines@example.org", Role::Delegate, "industry", "Acme"),
        ("uma@example.org", Role::Delegate, "academia", "Uni"),
        ("omar@example.org", Role::Delegate, "civil_society", "NGO"),
        (
            "aud@example.org",
            Role::Auditor,
            "technical_community",
            "Audit Co",
        ),
    ] {
        app.user(email, role, group, organisation).await;
    }
    let ids = app.proposals(3).await;
    let cid: Vec<String> = ids.iter().map(|i| p(*i)).collect();
    let expect = Expect {
        lang,
        scripts: true,
    };
    let plain = Expect {
        lang,
        scripts: false,
    };
    let mut j = Journey::new(name);
    let b = &browser.client;

    // The chair creates the round through the form and opens it through
    // the confirmation page.
    signed_in(b, &app, "chair@example.org", lang).await;
    j.check(b, "chair-home", expect).await;
    b.goto(&app.url("/rounds")).await.unwrap();
    wait_and_click(b, Locator::Css("main a[href^='/rounds/new']")).await;
    wait_and_click(b, Locator::Css("main a[href*='kind=ranking']")).await;
    b.wait().for_element(Locator::Id("title")).await.unwrap();
    j.check(b, "new-round-form", expect).await;
    fill(b, "title", "Priorities for 2027").await;
    for id in &ids {
        click(b, Locator::Id(&format!("prop-{id}"))).await;
    }
    click(
        b,
        Locator::Css("form[action='/rounds'] button[type=submit]"),
    )
    .await;
    b.wait()
        .for_element(Locator::Id("status-message"))
        .await
        .unwrap();
    let url = b.current_url().await.unwrap();
    let id: i64 = url.path().rsplit('/').next().unwrap().parse().unwrap();
    j.check(b, "round-created", expect).await;
    click(b, Locator::Css("a[href$='/open']")).await;
    b.wait()
        .for_element(Locator::Css("form.confirm-form"))
        .await
        .unwrap();
    j.check(b, "confirm-open", expect).await;
    click(b, Locator::Css("form.confirm-form button.danger")).await;
    b.wait()
        .for_element(Locator::Css("a[href$='/close']"))
        .await
        .unwrap();
    assert!(b.find(Locator::Id("status-message")).await.is_ok());
    j.check(b, "round-opened", expect).await;

    // Ines ranks with the buttons (keyboard): third, first, then the
    // second tied with the first.
    signed_in(b, &app, "ines@example.org", lang).await;
    to_round_from_home(b, &app, id).await;
    j.check(b, "open-round-elector", expect).await;
    click(
        b,
        Locator::Css(&format!("a.button[href='/rounds/{id}/ballot']")),
    )
    .await;
    b.wait().for_element(Locator::Id("dnd-list")).await.unwrap();
    one_control_visible(b, true).await;
    let help_js = b
        .find(Locator::Id("ballot-help"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    j.check(b, "ballot-js-empty", expect).await;
    for c in [&cid[2], &cid[0], &cid[1]] {
        press(b, "dnd-pool", c, "rank").await;
    }
    press(b, "dnd-list", &cid[1], "tie").await;
    one_control_visible(b, true).await;
    let shown = displayed_list(b).await;
    assert_eq!(shown, json!([[cid[2]], [cid[0].clone(), cid[1].clone()]]));
    j.check(b, "ballot-js-ranked", expect).await;
    click(b, Locator::Css("#ballot-form button[type=submit]")).await;
    let receipt = b
        .wait()
        .for_element(Locator::Id("receipt"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(ballot_via_api(&app, "ines@example.org", id).await, shown);
    j.check(b, "ballot-cast", expect).await;

    // Uma drags: ranks two, then drops the second before the first.
    signed_in(b, &app, "uma@example.org", lang).await;
    b.goto(&app.url(&format!("/rounds/{id}/ballot")))
        .await
        .unwrap();
    b.wait().for_element(Locator::Id("dnd-list")).await.unwrap();
    press(b, "dnd-pool", &cid[0], "rank").await;
    press(b, "dnd-pool", &cid[1], "rank").await;
    b.execute(
        r##"const [moved, target] = arguments;
           const dt = new DataTransfer();
           const src = document.querySelector(`#dnd-list li[data-id="${moved}"]`);
           src.dispatchEvent(new DragEvent("dragstart", {dataTransfer: dt, bubbles: true}));
           const dst = document.querySelector(`#dnd-list li[data-id="${target}"]`);
           dst.dispatchEvent(new DragEvent("drop", {dataTransfer: dt, bubbles: true, cancelable: true}));"##,
        vec![json!(cid[1]), json!(cid[0])],
    )
    .await
    .unwrap();
    one_control_visible(b, true).await;
    let shown = displayed_list(b).await;
    assert_eq!(shown, json!([[cid[1]], [cid[0]]]));
    click(b, Locator::Css("#ballot-form button[type=submit]")).await;
    b.wait().for_element(Locator::Id("receipt")).await.unwrap();
    assert_eq!(ballot_via_api(&app, "uma@example.org", id).await, shown);

    // Omar has no JavaScript: he types rank numbers.
    let n = &nojs.client;
    signed_in(n, &app, "omar@example.org", lang).await;
    to_round_from_home(n, &app, id).await;
    click(
        n,
        Locator::Css(&format!("a.button[href='/rounds/{id}/ballot']")),
    )
    .await;
    n.wait()
        .for_element(Locator::Id("ballot-table"))
        .await
        .unwrap();
    one_control_visible(n, false).await;
    let help_plain = n
        .find(Locator::Id("ballot-help"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_ne!(
        help_js, help_plain,
        "with JavaScript the help describes the list, not the number boxes"
    );
    for (k, rank) in [(0, "2"), (1, "1"), (2, "2")] {
        fill(n, &format!("rank_{}", cid[k]), rank).await;
    }
    let shown = displayed_numbers(n).await;
    j.check(n, "ballot-nojs-filled", plain).await;
    click(n, Locator::Css("#ballot-form button[type=submit]")).await;
    n.wait().for_element(Locator::Id("receipt")).await.unwrap();
    assert_eq!(ballot_via_api(&app, "omar@example.org", id).await, shown);
    j.check(n, "ballot-nojs-cast", plain).await;

    // The chair closes through the confirmation page, which gives the turnout.
    signed_in(b, &app, "chair@example.org", lang).await;
    to_round_from_home(b, &app, id).await;
    click(b, Locator::Css("a[href$='/close']")).await;
    let facts = b
        .wait()
        .for_element(Locator::Css("ul.facts"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(facts.contains('3'), "the turnout is stated: {facts}");
    j.check(b, "confirm-close", expect).await;
    click(b, Locator::Css("form.confirm-form button.danger")).await;
    b.wait()
        .for_element(Locator::Id("status-message"))
        .await
        .unwrap();
    j.check(b, "round-closed", expect).await;

    // Ines checks her receipt from the round page, then downloads the
    // published ballots as an elector.
    signed_in(b, &app, "ines@example.org", lang).await;
    to_round_from_home(b, &app, id).await;
    j.check(b, "closed-round-elector", expect).await;
    fill(b, "receipt-input", &receipt).await;
    click(b, Locator::Css("form[action$='/receipts'] button")).await;
    b.wait()
        .for_element(Locator::Id("check-heading"))
        .await
        .unwrap();
    assert!(b.current_url().await.unwrap().path().ends_with(&receipt));
    j.check(b, "receipt", expect).await;
    b.back().await.unwrap();
    b.wait()
        .for_element(Locator::Css("ul.downloads"))
        .await
        .unwrap();
    let (status, ballots) = fetch(b, &format!("/api/v1/rounds/{id}/export/ballots.json")).await;
    assert_eq!(status, 200, "an elector downloads the ballots");
    assert!(
        ballots.contains(&receipt),
        "her receipt is in the published ballots"
    );

    // The auditor downloads every file the pages offer; the trail and the
    // ballots verify offline.
    signed_in(b, &app, "aud@example.org", lang).await;
    b.goto(&app.url(&format!("/rounds/{id}"))).await.unwrap();
    b.wait()
        .for_element(Locator::Css("ul.downloads"))
        .await
        .unwrap();
    let mut offered: Vec<String> = Vec::new();
    for a in b.find_all(Locator::Css("ul.downloads a")).await.unwrap() {
        offered.push(a.attr("href").await.unwrap().unwrap());
    }
    b.goto(&app.url("/audit")).await.unwrap();
    b.wait().for_element(Locator::Css("main h1")).await.unwrap();
    j.check(b, "audit", expect).await;
    for a in b.find_all(Locator::Css("main a[download]")).await.unwrap() {
        offered.push(a.attr("href").await.unwrap().unwrap());
    }
    let dir = tempfile::tempdir().unwrap();
    for href in &offered {
        let (status, body) = fetch(b, href).await;
        assert_eq!(status, 200, "{href} is offered, so it downloads");
        let name = href.rsplit('/').next().unwrap();
        std::fs::write(dir.path().join(name), body).unwrap();
    }
    let file = |n: &str| dir.path().join(n);
    for needed in ["log", "public-key", "ballots.json"] {
        assert!(Path::new(&file(needed)).is_file(), "{needed} was offered");
    }
    let ran = audit_verify(
        &file("log"),
        &file("public-key"),
        Some(&file("ballots.json")),
    );
    assert_eq!(ran.code, 0, "plenary audit verify: {}", ran.all());

    b.clone().close().await.unwrap();
    nojs.client.clone().close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn voting_in_english_at_1280_px_counts_what_each_voter_saw() {
    voting_journey("voting-en-1280", Lang::En, false).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn voting_in_french_on_a_phone_counts_what_each_voter_saw() {
    voting_journey("voting-fr-375", Lang::Fr, true).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn voting_in_arabic_on_a_phone_counts_what_each_voter_saw() {
    voting_journey("voting-ar-375", Lang::Ar, true).await;
}

/// Every other page a person reaches from the header, as a visitor, a
/// delegate and an admin, each passing the page checks.
async fn reading_journey(name: &str, lang: Lang, phone: bool) {
    let Some(browser) = Browser::start_with(Options {
        phone,
        ..Options::default()
    })
    .await
    else {
        return;
    };
    let app = TestApp::spawn(Backend::Sqlite).await.unwrap();
    app.user(
        "admin@example.org",
        Role::Admin,
        "intergovernmental",
        "Secretariat",
    )
    .await;
    app.user("ines@example.org", Role::Delegate, "industry", "Acme")
        .await;
    let ids = app.proposals(2).await;
    let expect = Expect {
        lang,
        scripts: true,
    };
    let mut j = Journey::new(name);
    let b = &browser.client;

    b.goto(&app.url("/login")).await.unwrap();
    choose_language(b, lang).await;
    j.check(b, "sign-in", expect).await;
    for (path, step) in [("/register", "register"), ("/api", "api-reference")] {
        b.goto(&app.url(path)).await.unwrap();
        b.wait().for_element(Locator::Css("main h1")).await.unwrap();
        j.check(b, step, expect).await;
    }

    signed_in(b, &app, "ines@example.org", lang).await;
    j.check(b, "delegate-home", expect).await;
    for (link, step) in [
        ("/proposals", "proposals"),
        ("/rounds", "rounds"),
        ("/reports", "reports"),
        ("/account", "account"),
        ("/notifications", "notifications"),
    ] {
        wait_and_click(b, Locator::Css(&format!(".site-header a[href='{link}']"))).await;
        b.wait().for_element(Locator::Css("main h1")).await.unwrap();
        j.check(b, step, expect).await;
    }
    b.goto(&app.url("/proposals")).await.unwrap();
    wait_and_click(
        b,
        Locator::Css(&format!("main a[href='/proposals/{}']", ids[0])),
    )
    .await;
    b.wait()
        .for_element(Locator::Id("proposal-title"))
        .await
        .unwrap();
    j.check(b, "proposal", expect).await;
    b.goto(&app.url("/rounds/999999")).await.unwrap();
    b.wait().for_element(Locator::Css("main h1")).await.unwrap();
    j.check(b, "not-found", expect).await;

    signed_in(b, &app, "admin@example.org", lang).await;
    j.check(b, "admin-home", expect).await;
    wait_and_click(b, Locator::Css(".site-header a[href='/admin/users']")).await;
    b.wait().for_element(Locator::Css("main h1")).await.unwrap();
    j.check(b, "accounts", expect).await;
    b.clone().close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_page_from_the_header_passes_the_checks_in_english_at_1280_px() {
    reading_journey("pages-en-1280", Lang::En, false).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_page_from_the_header_passes_the_checks_in_arabic_on_a_phone() {
    reading_journey("pages-ar-375", Lang::Ar, true).await;
}

/// A newcomer registers, an admin approves them from the accounts list,
/// they write and submit a proposal, two delegates of other groups
/// co-sponsor it and one comments; a chair puts the closed round into a
/// report and publishes it through its confirmation page.
async fn proposal_journey(name: &str, lang: Lang, phone: bool) {
    let Some(browser) = Browser::start_with(Options {
        phone,
        ..Options::default()
    })
    .await
    else {
        return;
    };
    let app = TestApp::spawn(Backend::Sqlite).await.unwrap();
    app.user(
        "admin@example.org",
        Role::Admin,
        "intergovernmental",
        "Secretariat",
    )
    .await;
    let chair = app.chair().await;
    app.user("ines@example.org", Role::Delegate, "industry", "Acme")
        .await;
    app.user("cai@example.org", Role::Delegate, "civil_society", "NGO")
        .await;
    let expect = Expect {
        lang,
        scripts: true,
    };
    let mut j = Journey::new(name);
    let b = &browser.client;

    // Registration, then the admin's approval from the list of accounts.
    b.goto(&app.url("/register")).await.unwrap();
    choose_language(b, lang).await;
    fill(b, "display_name", "Amara Diallo").await;
    fill(b, "email", "amara@example.org").await;
    fill(b, "password", crate::common::PASSWORD).await;
    fill(b, "organisation", "Senegal").await;
    click(b, Locator::Css("main form button[type=submit]")).await;
    b.wait()
        .for_element(Locator::Css("main [role=status]"))
        .await
        .unwrap();
    j.check(b, "registered", expect).await;
    signed_in(b, &app, "admin@example.org", lang).await;
    wait_and_click(
        b,
        Locator::Css("main a[href^='/admin/users?status=pending']"),
    )
    .await;
    wait_and_click(b, Locator::Css("#accounts a[href^='/admin/users/']")).await;
    wait_and_click(b, Locator::Css("form[action$='/approve'] button")).await;
    b.wait()
        .for_element(Locator::Css("main [role=status]"))
        .await
        .unwrap();
    j.check(b, "approved", expect).await;

    // The newcomer writes and submits.
    signed_in(b, &app, "amara@example.org", lang).await;
    wait_and_click(b, Locator::Css(".site-header a[href='/proposals']")).await;
    wait_and_click(b, Locator::Css("main a[href='/proposals/new']")).await;
    b.wait().for_element(Locator::Id("title")).await.unwrap();
    j.check(b, "proposal-form", expect).await;
    fill(b, "title", "Community networks fund").await;
    fill(b, "summary", "Seed money for community-run networks.").await;
    fill(b, "body", "## Goal\n\nConnect **rural** areas.").await;
    click(b, Locator::Id("submit-proposal")).await;
    b.wait()
        .for_element(Locator::Id("proposal-title"))
        .await
        .unwrap();
    let url = b.current_url().await.unwrap();
    j.check(b, "proposal-submitted", expect).await;

    // Two delegates of other groups co-sponsor; one comments.
    for (email, comment) in [("ines@example.org", true), ("cai@example.org", false)] {
        signed_in(b, &app, email, lang).await;
        b.goto(url.as_str()).await.unwrap();
        wait_and_click(b, Locator::Id("cosponsor")).await;
        b.wait()
            .for_element(Locator::Id("status-message"))
            .await
            .unwrap();
        if comment {
            fill(b, "comment-body", "We would co-fund the first pilots.").await;
            click(
                b,
                Locator::Css("form[action$='/comments'] button[type=submit]"),
            )
            .await;
            b.wait()
                .for_element(Locator::Id("status-message"))
                .await
                .unwrap();
            j.check(b, "commented", expect).await;
        }
    }

    // A closed round over it, and the chair's report, published.
    let id: i64 = url.path().rsplit('/').next().unwrap().parse().unwrap();
    let other = app.proposals(1).await;
    let round = chair.create_round(&[id, other[0]], json!({})).await;
    chair.open(round).await;
    chair.close(round).await;
    signed_in(b, &app, chair.email(), lang).await;
    wait_and_click(b, Locator::Css(".site-header a[href='/reports']")).await;
    wait_and_click(b, Locator::Css("main a[href^='/reports/new']")).await;
    b.wait().for_element(Locator::Id("title")).await.unwrap();
    j.check(b, "report-form", expect).await;
    fill(b, "title", "Outcome of the 2027 priorities").await;
    click(b, Locator::Id(&format!("round-{round}"))).await;
    click(b, Locator::Css("main form button[type=submit]")).await;
    wait_and_click(b, Locator::Css("main a[href$='/publish']")).await;
    b.wait()
        .for_element(Locator::Css("form[action$='/publish']"))
        .await
        .unwrap();
    j.check(b, "publish-confirm", expect).await;
    click(
        b,
        Locator::Css("form[action$='/publish'] button[type=submit]"),
    )
    .await;
    b.wait()
        .for_element(Locator::Css("main [role=status]"))
        .await
        .unwrap();
    j.check(b, "report-published", expect).await;
    b.clone().close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_proposal_from_registration_to_published_report_in_english_at_1280_px() {
    proposal_journey("proposal-en-1280", Lang::En, false).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_proposal_from_registration_to_published_report_in_french_on_a_phone() {
    proposal_journey("proposal-fr-375", Lang::Fr, true).await;
}
