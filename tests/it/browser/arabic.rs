//! Arabic, right to left, in headless Chromium at 1280 and 375 px: the
//! home, ballot and results pages are laid out right to left (the brand
//! sits at the right edge, text starts at the right), nothing scrolls
//! sideways on a phone, and screenshots of each are kept in
//! `target/screenshots/ar-*.png` for people to look at.

use fantoccini::Client;

use crate::common::browser::{Browser, sign_in};
use crate::common::{Backend, RequestHelper, TestApp, json, p};

async fn numbers(b: &Client, script: &str) -> Vec<f64> {
    let v = b.execute(script, vec![]).await.unwrap();
    v.as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_f64().unwrap_or(f64::NAN))
        .collect()
}

/// Checks the page is right to left and fits the window.
async fn assert_rtl_and_fits(b: &Client, page: &str) {
    let dir = b
        .execute("return [document.documentElement.dir, document.documentElement.lang, getComputedStyle(document.body).direction];", vec![])
        .await
        .unwrap();
    assert_eq!(dir, json!(["rtl", "ar", "rtl"]), "{page}");
    let m = numbers(
        b,
        "const r = document.querySelector('.brand').getBoundingClientRect(); \
         return [r.left, r.right, window.innerWidth, document.documentElement.scrollWidth, document.documentElement.clientWidth];",
    )
    .await;
    let (left, right, width) = (m[0], m[1], m[2]);
    assert!(
        left > width / 2.0,
        "{page}: the brand sits at the right ({left}..{right} of {width})"
    );
    if m[3] > m[4] {
        // Name what sticks out, to make the failure actionable.
        let culprits = b
            .execute(
                "const w = document.documentElement.clientWidth; return [...document.querySelectorAll('body *')]\
                 .filter(e => { const r = e.getBoundingClientRect(); return r.left < -1 || r.right > w + 1; })\
                 .slice(0, 8).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().left) + '..' + Math.round(e.getBoundingClientRect().right));",
                vec![],
            )
            .await
            .unwrap();
        panic!("{page}: sideways scrolling at {width} px: {m:?}; sticking out: {culprits}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn arabic_pages_read_right_to_left_at_1280_and_375_px() {
    let Some(browser) = Browser::start().await else {
        return;
    };
    let app = TestApp::spawn(Backend::Sqlite).await.unwrap();
    let chair = app.chair().await;
    let delegate = app.delegate("france").await;
    let other = app.delegate("kenya").await;
    let res = delegate
        .patch_json("/api/v1/me", json!({"language": "ar"}))
        .await;
    assert_eq!(res.status, 200, "{}", res.text);

    let ids = app.proposals(6).await;
    let closes = (chrono::Utc::now() + chrono::Duration::days(2))
        .format("%Y-%m-%dT%H:%M:%SZ")
        .to_string();
    let open_round = chair
        .create_round(
            &ids[..3],
            json!({"title": "أولويات الاستجابة للحوادث عبر الحدود", "closes_at": closes}),
        )
        .await;
    chair.open(open_round).await;
    let closed_round = chair
        .create_round(
            &ids[3..],
            json!({"title": "Connectivity priorities", "method": "schulze"}),
        )
        .await;
    chair.open(closed_round).await;
    for (voter, order) in [
        (&delegate, [3, 4, 5]),
        (&other, [4, 3, 5]),
        (&chair, [3, 5, 4]),
    ] {
        let ranking = json!(
            order
                .iter()
                .map(|i| json!([p(ids[*i])]))
                .collect::<Vec<_>>()
        );
        let res = voter.vote(closed_round, ranking).await;
        assert!(res.status < 300, "{}", res.text);
    }
    chair.close(closed_round).await;

    let b = &browser.client;
    sign_in(b, &app, delegate.email()).await;
    let pages = [
        ("home", "/".to_owned()),
        ("ballot", format!("/rounds/{open_round}/ballot")),
        ("results", format!("/rounds/{closed_round}")),
    ];
    for (w, h) in [(1280, 900), (375, 812)] {
        b.set_window_size(w, h).await.unwrap();
        for (name, path) in &pages {
            b.goto(&app.url(path)).await.unwrap();
            assert_rtl_and_fits(b, &format!("{name} at {w} px")).await;
            if *name == "results" {
                // The 3 × 3 heatmap keeps its own size instead of filling
                // the page (at most 1.5 px per unit of its 212-unit box).
                let width = numbers(
                    b,
                    "return [document.querySelector('svg.chart-sized').getBoundingClientRect().width];",
                )
                .await;
                assert!(
                    width[0] > 100.0 && width[0] <= 320.0,
                    "heatmap width {width:?} at {w} px"
                );
            }
            browser.screenshot(&format!("ar-{name}-{w}")).await;
        }
    }
    b.clone().close().await.unwrap();
}
