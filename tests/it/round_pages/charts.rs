//! The charts of a closed round's results page, as a reader meets them:
//! proposals named by their titles (never an internal id such as `p7`),
//! numbers short (the heatmap's `≈1.67` with the exact `5/3` in its tooltip
//! and the table), text at a fixed size in px in charts drawn at their
//! natural size, and a sentence under every chart saying how to read it.

use crate::common::{Person, RequestHelper, TestApp, json, p};

both_backends!(
    the_pairwise_chart_names_titles_writes_short_numbers_and_says_how_to_read_it,
    the_irv_chart_has_fixed_px_text_titles_only_and_a_reading_sentence,
);

/// Every `<svg>…</svg>` of a page.
fn svgs(page: &str) -> Vec<&str> {
    page.split("<svg")
        .skip(1)
        .filter_map(|s| s.split("</svg>").next())
        .collect()
}

/// Every `<figure>…</figure>` of a page.
fn figures(page: &str) -> Vec<&str> {
    page.split("<figure")
        .skip(1)
        .filter_map(|s| s.split("</figure>").next())
        .collect()
}

/// True when `text` holds an internal id such as `p7` as a word.
fn has_internal_id(text: &str) -> bool {
    text.split(|c: char| !c.is_ascii_alphanumeric())
        .any(|w| w.len() > 1 && w.starts_with('p') && w[1..].bytes().all(|b| b.is_ascii_digit()))
}

/// The texts drawn in a chart (`<text …>…</text>`), without tooltips.
fn drawn_texts(svg: &str) -> Vec<&str> {
    svg.split("<text")
        .skip(1)
        .filter_map(|s| s.split_once('>').map(|(_, rest)| rest))
        .filter_map(|s| s.split("</text>").next())
        .collect()
}

fn check_every_chart(page: &str) {
    let charts = svgs(page);
    assert!(!charts.is_empty(), "{page}");
    for svg in &charts {
        for t in drawn_texts(svg) {
            assert!(!has_internal_id(t), "an internal id in a chart: {t:?}");
        }
        let sizes: Vec<&str> = svg
            .split("font-size=\"")
            .skip(1)
            .filter_map(|s| s.split('"').next())
            .collect();
        assert!(!sizes.is_empty(), "{svg}");
        assert!(sizes.iter().all(|s| s.ends_with("px")), "{sizes:?}");
        assert!(!svg.contains("width=\"100%\""), "a scaled chart: {svg}");
    }
    let figs = figures(page);
    assert_eq!(figs.len(), charts.len(), "every chart stands in a figure");
    for f in figs {
        assert!(f.contains("<figcaption>How to read it:"), "{f}");
    }
}

async fn close_round(app: &TestApp, method: &str) -> (Person, Vec<i64>, i64) {
    let chair = app.chair().await;
    let ids = app.proposals(3).await;
    let round = chair
        .create_round(
            &ids,
            json!({"title": "Priorities", "method": method, "weighting": "equal_groups", "secrecy": "recorded"}),
        )
        .await;
    // Three industry ballots weigh 1/3 each, against one from civil society.
    let mut voters = Vec::new();
    for n in 0..3 {
        voters.push(
            app.delegate_in(&format!("acme{n}"), "industry", &format!("Acme {n}"))
                .await,
        );
    }
    voters.push(
        app.delegate_in("rights", "civil_society", "Open Rights")
            .await,
    );
    chair.open(round).await;
    let (a, b, c) = (p(ids[0]), p(ids[1]), p(ids[2]));
    let ballots = [
        json!([[a], [b], [c]]),
        json!([[a], [c], [b]]),
        json!([[b], [a], [c]]),
        json!([[c], [b], [a]]),
    ];
    for (v, ballot) in voters.iter().zip(ballots) {
        let res = v.vote(round, ballot).await;
        assert_eq!(res.status, 200, "{}", res.text);
    }
    chair.close(round).await;
    (chair, ids, round)
}

async fn the_pairwise_chart_names_titles_writes_short_numbers_and_says_how_to_read_it(
    app: &TestApp,
) {
    let (chair, _, round) = close_round(app, "schulze").await;
    let page = chair.browser().await.get(&format!("/rounds/{round}")).await;
    assert_eq!(page.status, 200, "{}", page.text);
    check_every_chart(&page.text);
    let heatmap = svgs(&page.text)
        .into_iter()
        .find(|s| s.contains("heatmap-"))
        .unwrap_or_default();
    // A numbered legend maps rows and columns to titles.
    for n in 1..=3 {
        let listed = (1..=3).any(|k| heatmap.contains(&format!(">{k} Proposal number {n}</text>")));
        assert!(listed, "proposal {n} is in the legend: {heatmap}");
    }
    // A over B: two industry ballots of 1/3 each (civil society prefers B):
    // 2/3, drawn short, exact in the tooltip.
    for t in drawn_texts(heatmap) {
        assert!(!t.contains('/'), "a fraction drawn in a cell: {t}");
    }
    assert!(heatmap.contains(">≈0.67</text>"), "{heatmap}");
    assert!(heatmap.contains(": 2/3 ≈ 0.67</title>"), "{heatmap}");
    assert!(!page.text.contains("Pairwise matrix d"), "{}", page.text);
    assert!(
        page.text
            .contains("How many voters preferred the row's proposal to the column's")
            || page
                .text
                .contains("How many voters preferred the row&#39;s proposal to the column&#39;s"),
        "{}",
        page.text
    );
    // The table beside the chart has the exact value and the titles.
    let table = page
        .text
        .split("<table class=\"matrix\">")
        .nth(1)
        .and_then(|s| s.split("</table>").next())
        .unwrap_or_default();
    assert!(table.contains("2/3 ≈ 0.67"), "{table}");
    assert!(table.contains(". Proposal number 1"), "{table}");
    assert!(!has_internal_id(table), "{table}");
    // Agreement across groups says how to read it.
    assert!(
        page.text.contains("id=\"agreement-reading\""),
        "{}",
        page.text
    );
}

async fn the_irv_chart_has_fixed_px_text_titles_only_and_a_reading_sentence(app: &TestApp) {
    let (chair, _, round) = close_round(app, "irv").await;
    let page = chair.browser().await.get(&format!("/rounds/{round}")).await;
    assert_eq!(page.status, 200, "{}", page.text);
    check_every_chart(&page.text);
    let irv = svgs(&page.text)
        .into_iter()
        .find(|s| s.contains("irv-"))
        .unwrap_or_default();
    assert!(irv.contains("font-size=\"14px\""), "{irv}");
    assert!(irv.contains(">Proposal number 1</text>"), "{irv}");
    assert!(
        page.text
            .contains("The orange bar is the proposal eliminated"),
        "{}",
        page.text
    );
}
