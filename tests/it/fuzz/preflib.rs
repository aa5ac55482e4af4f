//! PrefLib `.soi`/`.soc`/`.toi`/`.toc`, in both formats.

use super::*;

// ================================================================ PrefLib

#[rustfmt::skip]
const PREFLIB_DICT: &[&str] = &[
    "#", "# ", "# NUMBER ALTERNATIVES: ", "# NUMBER ALTERNATIVES: 0",
    "# NUMBER ALTERNATIVES: 2", "# NUMBER ALTERNATIVES: 18446744073709551615",
    "# ALTERNATIVE NAME 1: x", "# ALTERNATIVE NAME 0: x",
    "# ALTERNATIVE NAME 99999999999999999999: x", "# ALTERNATIVE NAME", ":", ",", "{", "}",
    "{}", "{,}", ",,", "{1,{2}}", "00", "01", "1: ", "1:1,2", "1: {1,2},3", "2,1,2",
    "3\n1,a\n2,b\n3,c\n1,1,1\n",
];

const PREFLIB_ALPHABET: &str = "#0123456789:,{} \t\nNUMBERALTIVSNAME";

/// A PrefLib file's content, in one of the formats the reader accepts.
#[derive(Debug, Clone)]
struct PrefLib {
    m: usize,
    /// 0: NUMBER ALTERNATIVES only; 1: ALTERNATIVE NAME lines only; 2: both;
    /// 3: the old format.
    style: u8,
    names: Vec<String>,
    /// (count, ranking, written with spaces — the general parser's path).
    lines: Vec<(u64, Vec<Vec<usize>>, bool)>,
    ext: &'static str,
}

fn preflib() -> impl Strategy<Value = PrefLib> {
    (1usize..=7).prop_flat_map(|m| {
        (
            Just(m),
            0u8..4,
            prop::collection::vec("[a-zA-Z é😀:,]{0,10}", m),
            prop::collection::vec((0u64..1000, ranking(m), any::<bool>()), 0..8),
            select(vec![".soi", ".soc", ".toi", ".toc", ".SOC", ".Toi"]),
        )
            .prop_map(|(m, style, names, lines, ext)| PrefLib {
                m,
                style,
                names,
                lines,
                ext,
            })
    })
}

fn preflib_order(r: &[Vec<usize>], spaced: bool) -> String {
    let sep = if spaced { ", " } else { "," };
    r.iter()
        .map(|t| {
            let items: Vec<String> = t.iter().map(|c| (c + 1).to_string()).collect();
            if items.len() == 1 {
                items[0].clone()
            } else {
                format!("{{{}}}", items.join(sep))
            }
        })
        .collect::<Vec<_>>()
        .join(sep)
}

/// The file's text; `declared` replaces the number of alternatives and
/// `counts` the ballot counts (for the nasty-number property).
fn preflib_text(p: &PrefLib, declared: Option<&str>, counts: &[&str]) -> String {
    let m = p.m.to_string();
    let n = declared.unwrap_or(&m);
    let count = |k: usize, c: u64| counts.get(k).map_or(c.to_string(), |s| (*s).to_owned());
    let mut s = String::new();
    if p.style == 3 {
        s += &format!("{n}\n");
        for (k, name) in p.names.iter().enumerate() {
            s += &format!("{},{name}\n", k + 1);
        }
        let total: u64 = p.lines.iter().map(|l| l.0).sum();
        s += &format!("{total},{total},{}\n", p.lines.len());
        for (k, (c, r, spaced)) in p.lines.iter().enumerate() {
            s += &format!("{},{}\n", count(k, *c), preflib_order(r, *spaced));
        }
        return s;
    }
    s += "# FILE NAME: fuzz.soc\n# DATA TYPE: soc\n";
    if p.style != 1 {
        s += &format!("# NUMBER ALTERNATIVES: {n}\n");
    }
    if p.style != 0 {
        for (k, name) in p.names.iter().enumerate() {
            s += &format!("# ALTERNATIVE NAME {}: {name}\n", k + 1);
        }
    }
    for (k, (c, r, spaced)) in p.lines.iter().enumerate() {
        s += &format!("{}: {}\n", count(k, *c), preflib_order(r, *spaced));
    }
    s
}

proptest! {
    #![proptest_config(config(128))]

    /// Arbitrary text under every PrefLib extension: the reader returns.
    #[test]
    fn preflib_arbitrary_bytes_never_panic(b in junk(PREFLIB_ALPHABET)) {
        let _shared = sharing();
        let text = lossy(&b);
        for name in ["x.soi", "x.soc", "x.toi", "x.toc"] {
            if let Ok(l) = read_file_text(name, &text, &Overrides::default()) {
                count_if_small(&l);
            }
        }
    }

    /// Valid files in both formats read with the right candidates and
    /// ballot count; mutated, they return Ok or Err.
    #[test]
    fn preflib_mutated_files_never_panic(p in preflib(), muts in mutations(PREFLIB_DICT)) {
        let _shared = sharing();
        let text = preflib_text(&p, None, &[]);
        let name = format!("ballots{}", p.ext);
        let l = read_file_text(&name, &text, &Overrides::default());
        prop_assert!(l.is_ok(), "{:?}\n{text}", l.err());
        let l = l.unwrap();
        prop_assert_eq!(l.election.candidates().len(), p.m);
        prop_assert_eq!(l.election.ballot_count(), p.lines.iter().map(|x| x.0).sum::<u64>());
        let bad = lossy(&apply(text.into_bytes(), &muts));
        if let Ok(l) = read_file_text(&name, &bad, &Overrides::default()) {
            count_if_small(&l);
        }
        let ov = Overrides {
            method: Some(Method::Irv),
            weighting: Some("per_delegate".into()),
            tiebreak: None,
        };
        let _ = read_preflib(&bad, &ov);
    }

    /// Huge or odd numbers of alternatives and ballot counts: an error or a
    /// bounded read, never a panic, an abort or a wrapped-around count.
    #[test]
    fn preflib_huge_numbers_are_refused_or_exact(
        p in preflib(),
        declared in prop::option::of(select(vec![
            "0", "1", "4294967296", "100000000", "100000000000", "18446744073709551615",
            "18446744073709551616", "99999999999999999999", "-1", "1e3", " 7 ",
        ])),
        counts in prop::collection::vec(select(vec![
            "0", "18446744073709551615", "9223372036854775808", "18446744073709551616", "-1", "01",
        ]), 0..4),
    ) {
        let _shared = sharing();
        let text = preflib_text(&p, declared, &counts);
        let started = Instant::now();
        let read = read_file_text(&format!("x{}", p.ext), &text, &Overrides::default());
        let took = started.elapsed();
        prop_assert!(took < Duration::from_secs(2), "{took:?} for\n{text}");
        if let Ok(l) = read {
            let want: Option<u64> = p
                .lines
                .iter()
                .enumerate()
                .try_fold(0u64, |acc, (k, line)| {
                    let c = counts.get(k).map_or(Some(line.0), |s| s.parse().ok())?;
                    acc.checked_add(c)
                });
            prop_assert_eq!(Some(l.election.ballot_count()), want, "{}", text);
            count_if_small(&l);
        }
    }
}

/// Measured (debug build, 2 cores): every shape below scales linearly
/// (ratios 7–14, one brace of n sorted: n log n); 8n takes at most 58 ms.
#[test]
fn preflib_time_is_linear() {
    let _alone = timing_alone();
    let ov = Overrides::default();
    let read = |s: &String| {
        let _ = black_box(read_preflib(s, &ov));
    };
    let numbers =
        |n: usize, sep: &str| (1..=n).map(|k| k.to_string()).collect::<Vec<_>>().join(sep);
    let mut over = Vec::new();
    scaling(
        &mut over,
        "PrefLib: a line ranking n candidates (fast path)",
        2000,
        |n| format!("# NUMBER ALTERNATIVES: {n}\n1: {}\n", numbers(n, ",")),
        read,
    );
    scaling(
        &mut over,
        "PrefLib: a line ranking n candidates with spaces (general parser)",
        2000,
        |n| format!("# NUMBER ALTERNATIVES: {n}\n1: {}\n", numbers(n, ", ")),
        read,
    );
    scaling(
        &mut over,
        "PrefLib: n candidates tied in one brace",
        2000,
        |n| format!("# NUMBER ALTERNATIVES: {n}\n1: {{{}}}\n", numbers(n, ",")),
        read,
    );
    scaling(
        &mut over,
        "PrefLib: n one-candidate braces with spaces",
        2000,
        |n| {
            let t: Vec<String> = (1..=n).map(|k| format!("{{ {k} }}")).collect();
            format!("# NUMBER ALTERNATIVES: {n}\n1: {}\n", t.join(" , "))
        },
        read,
    );
    scaling(
        &mut over,
        "PrefLib: a line of n candidates ending in an error (quoted in the message)",
        2000,
        |n| format!("# NUMBER ALTERNATIVES: {n}\n1: {}, x\n", numbers(n, ", ")),
        read,
    );
    scaling(
        &mut over,
        "PrefLib: n data lines",
        2000,
        |n| {
            let mut s = "# NUMBER ALTERNATIVES: 5\n".to_owned();
            for k in 0..n {
                s += &format!(
                    "{}: {},{{{},{}}}\n",
                    k + 1,
                    k % 5 + 1,
                    (k + 1) % 5 + 1,
                    (k + 2) % 5 + 1
                );
            }
            s
        },
        read,
    );
    scaling(
        &mut over,
        "PrefLib: n ALTERNATIVE NAME lines",
        2000,
        |n| {
            let mut s = String::new();
            for k in 1..=n {
                s += &format!("# ALTERNATIVE NAME {k}: name {k}\n");
            }
            s + "1: 1\n"
        },
        read,
    );
    scaling(
        &mut over,
        "PrefLib (old format): n alternatives",
        2000,
        |n| {
            let mut s = format!("{n}\n");
            for k in 1..=n {
                s += &format!("{k},name {k}\n");
            }
            s + &format!("1,1,1\n1,{}\n", numbers(n, ","))
        },
        read,
    );
    assert_none_over(&over);
}
