//! Unit tests of the SVG charts.

use super::*;

#[test]
fn labels_are_escaped_and_charts_are_accessible() {
    let svg = bars(
        Lang::En,
        "b",
        "Scores",
        &[
            ("<script>x</script>".into(), 2.0, "2".into()),
            ("B".into(), -1.0, "-1".into()),
        ],
    );
    assert!(svg.contains("&lt;script&gt;") && !svg.contains("<script>"));
    assert!(svg.starts_with("<svg") && svg.contains(r#"role="img""#) && svg.contains("<title"));
    let labels = vec!["Alpha".to_owned(), "Beta".to_owned()];
    let h = heatmap(Lang::En, "h", &labels, &|i, j| {
        if i < j {
            cell(3.0, "3", "3")
        } else {
            cell(1.0, "1", "1")
        }
    });
    assert_eq!(h.matches("<rect").count(), 4);
    assert!(h.contains(&share_colour(0.75)));
    // Drawn at its natural size (at least 320 px for the legend), unscaled.
    assert!(
        h.contains(r#"class="chart chart-sized""#) && h.contains(r#"width="320""#),
        "{h}"
    );
}

#[test]
fn long_titles_are_drawn_whole_and_charts_scale_with_the_page() {
    let title =
        "Open fibre backbones for landlocked developing countries and small island states (p7)";
    let svg = irv_rounds(
        Lang::En,
        "i",
        &[IrvRoundView {
            round: 1,
            counts: vec![(title.to_owned(), 3.0, "3".into())],
            eliminated: None,
            exhausted: "0".into(),
        }],
    );
    let drawn: String = wrap(title, WRAP).join(" ");
    assert_eq!(drawn, title, "no character is cut");
    for line in wrap(title, WRAP) {
        assert!(line.chars().count() <= WRAP);
        assert!(svg.contains(r#"x="4" y="#) && svg.contains(&esc(&line)));
    }
    assert!(!svg.contains('…') && !svg.contains(r#"text-anchor="end""#));
    assert!(svg.contains(r#"width="480""#) && svg.contains(r#"viewBox="0 0 480 "#));
    let b = bars(
        Lang::En,
        "b",
        "Scores",
        &[(title.to_owned(), 1.0, "1".into())],
    );
    assert!(!b.contains(r#"width="100%""#) && !b.contains('…'));
    assert_eq!(wrap("abcdef", 4), ["abcd", "ef"]);
    assert_eq!(wrap("", 4), [""]);
}

#[test]
fn right_to_left_charts_grow_from_the_right_with_labels_on_the_right() {
    let items = [("Alpha".to_owned(), 2.0, "2".to_owned())];
    let ltr = bars(Lang::En, "b", "Scores", &items);
    let rtl = bars(Lang::Ar, "b", "Scores", &items);
    assert!(!ltr.contains("direction=") && rtl.contains(r#"direction="rtl""#));
    // The label starts at the right edge; the bar ends there.
    assert!(ltr.contains(r#"<text x="4" y="17.0""#), "{ltr}");
    assert!(rtl.contains(r#"<text x="476" y="17.0""#), "{rtl}");
    assert!(ltr.contains(r#"<rect x="4.0""#), "{ltr}");
    assert!(rtl.contains(r#"<rect x="120.0""#), "{rtl}");
    let h = heatmap(Lang::Ar, "h", &["A".to_owned(), "B".to_owned()], &|_, _| {
        cell(1.0, "1", "1")
    });
    // Width 320; the first column is the rightmost box: 320 - 34 - 44.
    assert!(h.contains(r#"<rect x="242.0" y="28.0""#), "{h}");
    let irv = irv_rounds(
        Lang::Ar,
        "i",
        &[IrvRoundView {
            round: 1,
            counts: vec![("A".into(), 1.0, "1".into())],
            eliminated: Some("A".into()),
            exhausted: "0".into(),
        }],
    );
    assert!(
        irv.contains("1 (مستبعد)") || irv.contains("مستبعد"),
        "{irv}"
    );
}

fn cell(value: f64, shown: &str, exact: &str) -> HeatCell {
    HeatCell {
        value,
        shown: shown.to_owned(),
        exact: exact.to_owned(),
    }
}

/// Every `font-size` of a chart, which must all be in px.
fn font_sizes(svg: &str) -> Vec<&str> {
    svg.split("font-size=\"")
        .skip(1)
        .filter_map(|s| s.split('"').next())
        .collect()
}

#[test]
fn charts_are_drawn_at_their_natural_size_with_text_in_px() {
    let irv = irv_rounds(
        Lang::En,
        "i",
        &[IrvRoundView {
            round: 1,
            counts: vec![("Alpha".into(), 2.0, "2".into())],
            eliminated: None,
            exhausted: "0".into(),
        }],
    );
    let b = bars(
        Lang::En,
        "b",
        "Scores",
        &[("Alpha".into(), 1.0, "1".into())],
    );
    let h = heatmap(Lang::En, "h", &["Alpha".into(), "Beta".into()], &|_, _| {
        cell(1.0, "1", "1")
    });
    for svg in [&irv, &b, &h] {
        let sizes = font_sizes(svg);
        assert!(!sizes.is_empty(), "{svg}");
        assert!(sizes.iter().all(|s| s.ends_with("px")), "{sizes:?}");
        // width and height equal the viewBox: one unit is one pixel.
        let vb = svg
            .split("viewBox=\"0 0 ")
            .nth(1)
            .and_then(|s| s.split('"').next())
            .unwrap_or_default();
        let (w, h) = vb.split_once(' ').unwrap_or_default();
        assert!(
            svg.contains(&format!(r#"width="{w}" height="{h}""#)),
            "{svg}"
        );
    }
}

#[test]
fn the_heatmap_names_proposals_by_title_and_writes_numbers_short() {
    let titles = vec!["Open fibre".to_owned(), "Data commons".to_owned()];
    let h = heatmap(Lang::En, "h", &titles, &|i, j| {
        if i < j {
            cell(109.0 / 30.0, "≈3.63", "109/30 ≈ 3.63")
        } else {
            cell(1.0, "1", "1")
        }
    });
    // Rows and columns are numbered; the legend gives the titles.
    assert!(
        h.contains(">1 Open fibre</text>") && h.contains(">2 Data commons</text>"),
        "{h}"
    );
    assert!(!regex_like_id(&h), "{h}");
    // The cell is short; the exact value is in its tooltip.
    assert!(h.contains(">≈3.63</text>"), "{h}");
    assert!(
        h.contains("<title>Open fibre over Data commons: 109/30 ≈ 3.63</title>"),
        "{h}"
    );
    assert!(!h.contains(">109/30</text>"), "{h}");
}

/// True when `svg` holds an internal id such as `p7` as a word.
fn regex_like_id(svg: &str) -> bool {
    svg.split(|c: char| !c.is_ascii_alphanumeric())
        .any(|w| w.len() > 1 && w.starts_with('p') && w[1..].bytes().all(|b| b.is_ascii_digit()))
}

#[test]
fn colours_run_from_orange_through_white_to_blue() {
    assert_eq!(share_colour(0.5), "#ffffff");
    assert_eq!(share_colour(1.0), "#2166ac");
    assert_eq!(share_colour(0.0), "#e66101");
}
