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
    let labels = vec!["p1".to_owned(), "p2".to_owned()];
    let h = heatmap(Lang::En, "h", &labels, &|i, j| {
        if i < j {
            (3.0, "3".into())
        } else {
            (1.0, "1".into())
        }
    });
    assert_eq!(h.matches("<rect").count(), 4);
    assert!(h.contains(&share_colour(0.75)));
    // A 2 × 2 grid (168 units wide) is drawn at 1.5 px per unit, not
    // stretched to the page's width.
    assert!(
        h.contains(r#"class="chart chart-sized""#) && h.contains(r#"width="252""#),
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
    assert!(svg.contains(r#"width="100%""#) && svg.contains("viewBox="));
    let b = bars(
        Lang::En,
        "b",
        "Scores",
        &[(title.to_owned(), 1.0, "1".into())],
    );
    assert!(b.contains(r#"width="100%""#) && !b.contains('…'));
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
    let h = heatmap(
        Lang::Ar,
        "h",
        &["p1".to_owned(), "p2".to_owned()],
        &|_, _| (1.0, "1".into()),
    );
    // Width 70 + 88 + 10 = 168; the first column is the rightmost box.
    assert!(h.contains(r#"<rect x="54.0" y="40.0""#), "{h}");
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

#[test]
fn colours_run_from_orange_through_white_to_blue() {
    assert_eq!(share_colour(0.5), "#ffffff");
    assert_eq!(share_colour(1.0), "#2166ac");
    assert_eq!(share_colour(0.0), "#e66101");
}
