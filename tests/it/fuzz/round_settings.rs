//! A round's settings: group weights (form text and JSON map), the exact
//! numbers inside them, and every other field of `NewRound::parse`.

use super::*;

// ========================================== group weights, numbers, rounds

#[rustfmt::skip]
const GW_DICT: &[&str] = &[
    "=", ",", "\n", "\r\n", " ", "member_state", "industry", "civil_society", "academia",
    "technical_community", "intergovernmental", "martians", "Industry", "1", "0", "-1", "1/0",
    "1/2", "2/4", "0/5", "1.5", "+1", " 1 ", "==", "a=b=c", "industry=2,", "industry=3\n",
    "99999999999999999999999999999999999999/3",
];

const GROUP_IDS: [&str; 6] = [
    "member_state",
    "industry",
    "civil_society",
    "academia",
    "technical_community",
    "intergovernmental",
];

/// A number of at most 20 characters (`MAX_WEIGHT_CHARS`, the cap on group
/// weights), and now and then a longer one, which must be refused.
fn capped_number() -> BoxedStrategy<String> {
    prop_oneof![
        3 => (1u64..1000).prop_map(|n| n.to_string()),
        2 => ("[0-9]{1,9}", "[0-9]{1,10}").prop_map(|(a, b)| format!("{a}/{b}")),
        1 => "-?[0-9]{1,19}",
        1 => "[0-9]{21,40}",
        1 => select(GW_DICT).prop_map(str::to_owned),
    ]
    .boxed()
}

fn weights_text() -> BoxedStrategy<String> {
    let pair = (
        prop_oneof![
            4 => select(GROUP_IDS.to_vec()).prop_map(str::to_owned),
            1 => select(GW_DICT).prop_map(str::to_owned),
            1 => "\\PC{0,10}",
        ],
        select(vec!["=", " = ", "==", ""]),
        capped_number(),
        select(vec![",", "\n", "\r\n", ", ", ",,", ""]),
    )
        .prop_map(|(g, eq, w, sep)| format!("{g}{eq}{w}{sep}"));
    prop_oneof![
        4 => prop::collection::vec(pair, 0..8).prop_map(|p| p.concat()),
        2 => (
            prop::collection::vec(select(GROUP_IDS.to_vec()), 0..6),
            mutations(GW_DICT),
        ).prop_map(|(g, m)| {
            let text: String = g.iter().map(|g| format!("{g}=1/2, ")).collect();
            lossy(&apply(text.into_bytes(), &m))
        }),
        1 => junk("=,\n\r 0123456789/-+.abcdefghijklmnopqrstuvwxyz_").prop_map(|b| lossy(&b)),
    ]
    .boxed()
}

/// The grammar of an exact number, written independently of the parser:
/// `Ok(Some((negative, zero)))` for a number, `Ok(None)` for a zero
/// denominator, `Err` for anything else.
fn model_number(s: &str) -> Result<Option<(bool, bool)>, ()> {
    let digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
    let neg = s.starts_with('-');
    let body = if neg { &s[1..] } else { s };
    let (num, den) = match body.find('/') {
        Some(k) => (&body[..k], Some(&body[k + 1..])),
        None => (body, None),
    };
    if !digits(num) || den.is_some_and(|d| !digits(d)) {
        return Err(());
    }
    if den.is_some_and(|d| d.bytes().all(|b| b == b'0')) {
        return Ok(None);
    }
    Ok(Some((neg, num.bytes().all(|b| b == b'0'))))
}

fn number_text() -> BoxedStrategy<String> {
    prop_oneof![
        4 => ("-?", "[0-9]{0,50}", prop::option::of("[0-9]{0,50}"))
            .prop_map(|(s, n, d)| match d {
                Some(d) => format!("{s}{n}/{d}"),
                None => format!("{s}{n}"),
            }),
        2 => ("-?[0-9]{1,12}(/[0-9]{1,12})?", mutations(GENERIC))
            .prop_map(|(s, m)| lossy(&apply(s.into_bytes(), &m))),
        1 => "[0-9/\\-+. e٣]{0,12}",
        1 => any::<String>(),
    ]
    .boxed()
}

fn now() -> chrono::NaiveDateTime {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 29)
        .unwrap()
        .and_hms_opt(12, 0, 0)
        .unwrap()
}

fn round_field() -> BoxedStrategy<String> {
    prop_oneof![
        2 => nasty_string(),
        1 => select(vec![
            "2026-12-01T17:00Z", "2026-12-01T17:00", "2026-12-01T17:00:00+02:00",
            "2020-01-01T00:00Z", "9999-12-31T23:59:59Z", "+275760-09-13T00:00:00Z",
            "2026-02-30T00:00", "2026-12-01T24:00", "50", "100", "101", "-0", "recorded",
            "secret", "First round",
        ]).prop_map(str::to_owned),
        1 => "\\PC{0,30}",
    ]
    .boxed()
}

fn round_input() -> impl Strategy<Value = RoundInput> {
    (
        prop::collection::vec(round_field(), 7),
        prop::collection::vec(
            prop_oneof![
                4 => 1i64..6,
                1 => any::<i64>()
            ],
            0..8,
        ),
        prop::collection::btree_map(
            prop_oneof![
                select(GROUP_IDS.to_vec()).prop_map(str::to_owned),
                nasty_string()
            ],
            capped_number(),
            0..4,
        ),
        prop::option::of(round_field()),
    )
        .prop_map(|(f, p, gw, quorum)| RoundInput {
            title: f[0].clone(),
            description: f[1].clone(),
            proposals: p.into_iter().map(ProposalId).collect(),
            method: f[2].clone(),
            weighting: f[3].clone(),
            group_weights: gw,
            secrecy: f[4].clone(),
            closes_at: f[5].clone(),
            quorum_percent: quorum,
            ..RoundInput::default()
        })
}

proptest! {
    #![proptest_config(config(192))]

    /// The form's group-weight text: accepted exactly when every non-blank
    /// item is `group=weight` with no group twice; `parse_group_weights`
    /// then accepts exactly the configured groups with positive numbers.
    #[test]
    fn group_weights_match_the_model(text in weights_text()) {
        let _shared = sharing();
        let mut model: Option<BTreeMap<String, String>> = Some(BTreeMap::new());
        for item in text.split([',', '\n']).map(str::trim).filter(|s| !s.is_empty()) {
            let Some(m) = model.as_mut() else { break };
            match item.find('=') {
                Some(k) if !m.contains_key(item[..k].trim()) => {
                    m.insert(item[..k].trim().to_owned(), item[k + 1..].trim().to_owned());
                }
                _ => model = None,
            }
        }
        let got = group_weights_from_text(&text);
        prop_assert_eq!(got.as_ref().ok(), model.as_ref(), "{:?}", text);
        if let Ok(map) = got {
            let groups = StakeholderGroups::default();
            let want = map.iter().all(|(g, w)| {
                GROUP_IDS.contains(&g.as_str())
                    && w.trim().len() <= plenary::domain::round::MAX_WEIGHT_CHARS
                    && matches!(model_number(w), Ok(Some((false, false))))
            });
            let parsed = parse_group_weights(&groups, &map);
            prop_assert_eq!(parsed.is_ok(), want, "{:?}", map);
        }
    }

    /// The JSON map form of group weights and every other round setting,
    /// from the API or the form: `NewRound::parse` returns.
    #[test]
    fn round_settings_never_panic(
        input in round_input(),
        map in junk("{}\":,= 0123456789/-industry"),
    ) {
        let groups = StakeholderGroups::default();
        let _ = NewRound::parse(&input, &groups, now());
        if let Ok(m) = serde_json::from_slice::<BTreeMap<String, String>>(&map) {
            let _ = parse_group_weights(&groups, &m);
        }
    }

    /// Exact numbers: accepted exactly by the grammar; zero denominators
    /// named; weights strictly positive; printing then parsing gives the
    /// same number in lowest terms.
    #[test]
    fn rationals_match_the_grammar(s in number_text()) {
        let _shared = sharing();
        match (model_number(&s), s.parse::<Rational>()) {
            (Ok(Some((neg, zero))), Ok(r)) => {
                prop_assert_eq!(r.is_zero(), zero);
                prop_assert_eq!(r.is_positive(), !neg && !zero);
                let back: Rational = r.to_string().parse().unwrap();
                prop_assert_eq!(&back, &r);
                prop_assert_eq!(back.to_string(), r.to_string());
                prop_assert_eq!(s.parse::<Weight>().is_ok(), !neg && !zero);
            }
            (Ok(None), Err(NumberError::ZeroDenominator(_))) => {}
            (Err(()), Err(NumberError::Syntax(_))) => {}
            (model, got) => prop_assert!(false, "model {model:?}, parser {got:?} for {s:?}"),
        }
    }
}

/// Group weights and exact numbers within the limit the app enforces (at
/// most 40 characters per number).
///
/// Measured without that limit (debug build; release in brackets): parsing
/// is quadratic in the digits (num-bigint's decimal parse, then the binary
/// GCD of the reduction, which runs even for a denominator of 1): 8,000
/// digits 44 ms, 40,000 0.9 s, 100,000 4.2 s [0.25 s] for an integer and
/// 3.3 s [0.29 s] for `p/q`; printing a 100,000-digit number (as an error
/// message does) adds 1.2 s [0.013 s]. At 40 characters a number takes
/// microseconds.
#[test]
fn group_weights_and_numbers_time_is_linear_within_the_limits() {
    let _alone = timing_alone();
    let digits = |n: usize, seed: u64| -> String {
        let mut x = seed;
        (0..n)
            .map(|k| {
                x = x
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1_442_695_040_888_963_407);
                let d = ((x >> 33) % 10) as u8;
                char::from(b'0' + if k == 0 && d == 0 { 1 } else { d })
            })
            .collect()
    };
    let capped = |k: usize| format!("{}/{}", digits(9, k as u64), digits(10, k as u64 + 1));
    let mut over = Vec::new();
    scaling(
        &mut over,
        "group weights text: n pairs with 20-character numbers",
        2000,
        |n| {
            (0..n)
                .map(|k| format!("g{k} = {}, ", capped(k)))
                .collect::<String>()
        },
        |s: &String| {
            black_box(group_weights_from_text(s).unwrap());
        },
    );
    scaling(
        &mut over,
        "group weights text: n CRLF lines, the last a duplicate",
        500,
        |n| (0..n).map(|k| format!("g{k}={k}\r\n")).collect::<String>() + "g0=1",
        |s: &String| {
            black_box(group_weights_from_text(s).unwrap_err());
        },
    );
    scaling(
        &mut over,
        "exact numbers: n weights of 40 characters",
        200,
        |n| (0..n).map(capped).collect::<Vec<_>>(),
        |v: &Vec<String>| {
            for s in v {
                black_box(s.parse::<Weight>().unwrap());
            }
        },
    );
    scaling(
        &mut over,
        "exact numbers: 200 numbers of n digits, n ≤ 40 / 8",
        5,
        |n| (0..200).map(|k| digits(n, k)).collect::<Vec<_>>(),
        |v: &Vec<String>| {
            for s in v {
                black_box(s.parse::<Weight>().unwrap());
            }
        },
    );
    scaling(
        &mut over,
        "exact numbers: 200 fractions of n characters, n ≤ 40 / 8",
        5,
        |n| {
            (0..200)
                .map(|k| format!("{}/{}", digits(n / 2, k), digits(n - n / 2 - 1, k + 7)))
                .collect::<Vec<_>>()
        },
        |v: &Vec<String>| {
            for s in v {
                black_box(s.parse::<Rational>().unwrap());
            }
        },
    );
    let groups = StakeholderGroups::default();
    scaling(
        &mut over,
        "round settings: n distinct proposals, the six groups weighted at 20 characters",
        1000,
        |n| RoundInput {
            title: "First round".into(),
            proposals: (1..=n as i64).map(ProposalId).collect(),
            weighting: "equal_groups".into(),
            group_weights: GROUP_IDS
                .iter()
                .enumerate()
                .map(|(k, g)| ((*g).to_owned(), capped(k)))
                .collect(),
            ..RoundInput::default()
        },
        |i: &RoundInput| {
            black_box(NewRound::parse(i, &groups, now()).unwrap());
        },
    );
    assert_none_over(&over);
}
