//! Turns a closed round's stored results document, its ballots and turnout
//! into what the results page shows: the ranking with ties, the method's
//! evidence as SVG charts and tables, each group's own ranking, and how far
//! the groups agree. Words and numbers are written in the reader's
//! language (the view is cached per language, see `round_results`).

use std::collections::BTreeMap;

use crate::domain::ballots_file::{BallotsFile, BallotsFileError};
use crate::domain::groups::StakeholderGroups;
use crate::domain::proposal::ProposalId;
use crate::domain::round::agreement;
use crate::i18n::{self, Arg, Lang};
use crate::services::rounds::{Round, Turnout};
use crate::tally::rational::Rational;
use crate::tally::result::{Details, ResultsDocument, Scores, TiebreakUse};
use crate::web::charts::{self, HeatCell, IrvRoundView};
use crate::web::round_words as words;

/// A pairwise matrix as a table: numbered titles heading the columns, then
/// (numbered title, cells) rows.
pub type MatrixTable = (Vec<String>, Vec<(String, Vec<String>)>);

/// One row of the ranking table.
pub struct RankRow {
    /// Shared position for tied proposals (1, 2, 2, 4 …).
    pub position: usize,
    /// Candidate id.
    pub id: String,
    /// Proposal title.
    pub title: String,
    /// The method's score, when it has one.
    pub score: Option<String>,
    /// True when this row ties with another.
    pub tied: bool,
    /// The proposal's id (for the chair's decision form).
    pub proposal_id: ProposalId,
    /// The proposal's status now: `submitted` until a chair records a decision.
    pub status: String,
}

/// A stakeholder group's own ranking, or why it is not shown.
pub struct GroupView {
    /// Group label.
    pub label: String,
    /// Its ballots.
    pub ballots: usize,
    /// Titles in the group's order with positions; empty when hidden.
    pub ranking: Vec<(usize, String)>,
    /// True when the group has too few voters to show separately.
    pub hidden: bool,
}

/// How the groups place one proposal.
pub struct AgreementRow {
    /// Proposal title.
    pub title: String,
    /// The position each shown group gives it, in group order.
    pub positions: Vec<usize>,
    /// Agreement score in percent.
    pub percent: Option<usize>,
    /// The catalogue id of a word for it.
    pub label: &'static str,
}

/// One IRV round as a table row per candidate.
pub struct IrvTableRow {
    /// Round number.
    pub round: usize,
    /// (title, count text) per continuing candidate.
    pub counts: Vec<(String, String)>,
    /// Exhausted weight.
    pub exhausted: String,
    /// Eliminated title, if any.
    pub eliminated: Option<String>,
    /// Whether the tie-break chose the eliminated one.
    pub tiebreak: bool,
}

/// Everything the results part of a round page shows.
pub struct ResultsView {
    /// The ranking.
    pub rows: Vec<RankRow>,
    /// True when the rows carry scores (a Score column).
    pub has_scores: bool,
    /// Winner titles.
    pub winners: Vec<String>,
    /// Heatmap SVG (Condorcet methods).
    pub heatmap: Option<String>,
    /// Pairwise matrix as a table: header ids and rows of (title, cells).
    pub matrix: Option<MatrixTable>,
    /// Score bar chart SVG.
    pub bars: Option<String>,
    /// IRV chart SVG.
    pub irv_chart: Option<String>,
    /// IRV rounds table.
    pub irv_rows: Vec<IrvTableRow>,
    /// Labels of the groups shown in the agreement table.
    pub agreement_groups: Vec<String>,
    /// Per-proposal agreement across groups.
    pub agreement: Vec<AgreementRow>,
    /// Each group's ranking.
    pub groups: Vec<GroupView>,
    /// Sentences on where the tie-break order decided something.
    pub tiebreak_notes: Vec<String>,
    /// Turnout, overall.
    pub turnout_percent: String,
    /// Turnout per group: (label, ballots, electorate, percent).
    pub turnout_groups: Vec<(String, u64, u64, String)>,
}

fn num(r: &Rational) -> f64 {
    r.to_display_decimal(6).parse().unwrap_or(0.0)
}

/// Positions of candidates in a ranking's tiers (1-based, ties share).
fn positions(ranking: &[Vec<String>]) -> BTreeMap<String, usize> {
    let mut out = BTreeMap::new();
    let mut pos = 1;
    for tier in ranking {
        for id in tier {
            out.insert(id.clone(), pos);
        }
        pos += tier.len();
    }
    out
}

/// "1. Title": a proposal with its number in the heatmap's legend.
fn numbered(lang: Lang, i: usize, title: &str) -> String {
    i18n::t_args(
        lang,
        "results-numbered",
        &[
            (
                "n",
                Arg::Str(&i18n::format_number(lang, &(i + 1).to_string())),
            ),
            ("title", Arg::Str(title)),
        ],
    )
}

/// Builds the view in `lang`. `doc` is the stored results document.
pub fn build(
    lang: Lang,
    round: &Round,
    doc: &ResultsDocument,
    file: &BallotsFile,
    turnout: &Turnout,
    groups: &StakeholderGroups,
) -> Result<ResultsView, BallotsFileError> {
    let title_of: BTreeMap<&str, &str> = round
        .proposals
        .iter()
        .map(|p| (p.id.as_str(), p.title.as_str()))
        .collect();
    let title = |id: &str| title_of.get(id).copied().unwrap_or(id).to_owned();
    let text = |r: &Rational| words::exact_approx(lang, r);
    let by_candidate: BTreeMap<&str, (ProposalId, &str)> = round
        .proposals
        .iter()
        .map(|p| (p.id.as_str(), (p.proposal_id, p.status.as_str())))
        .collect();
    let scores: Option<&Scores> = match &doc.details {
        Details::Borda { scores, .. }
        | Details::Copeland { scores, .. }
        | Details::Plurality { scores, .. } => Some(scores),
        _ => None,
    };
    let mut rows = Vec::new();
    let mut pos = 1;
    for tier in &doc.ranking {
        for id in tier {
            let (proposal_id, status) = by_candidate
                .get(id.as_str())
                .copied()
                .unwrap_or((ProposalId(0), ""));
            rows.push(RankRow {
                proposal_id,
                status: status.to_owned(),
                position: pos,
                id: id.clone(),
                title: title(id),
                score: scores.and_then(|s| s.get(id)).map(text),
                tied: tier.len() > 1,
            });
        }
        pos += tier.len();
    }
    let winners = doc.winners.iter().map(|w| title(w)).collect();
    let order: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();

    let matrix_d = match &doc.details {
        Details::Schulze { d, .. }
        | Details::RankedPairs { d, .. }
        | Details::Borda { d, .. }
        | Details::Copeland { d, .. } => Some(d),
        _ => None,
    };
    let titles: Vec<String> = order.iter().map(|id| title(id)).collect();
    let (heatmap, matrix) = match matrix_d {
        Some(d) if round.method.is_some_and(crate::tally::Method::is_condorcet) => {
            let zero = Rational::zero();
            let value = |i: usize, j: usize| {
                d.get(&order[i])
                    .and_then(|row| row.get(&order[j]))
                    .unwrap_or(&zero)
            };
            let cell = |i: usize, j: usize| {
                let v = value(i, j);
                HeatCell {
                    value: num(v),
                    shown: words::compact(lang, v),
                    exact: words::exact_approx(lang, v),
                }
            };
            let svg = charts::heatmap(lang, &format!("heatmap-{}", round.id), &titles, &cell);
            let table_rows = titles
                .iter()
                .enumerate()
                .map(|(i, t)| {
                    let cells = (0..order.len())
                        .map(|j| {
                            if i == j {
                                "—".to_owned()
                            } else {
                                words::exact_approx(lang, value(i, j))
                            }
                        })
                        .collect();
                    (numbered(lang, i, t), cells)
                })
                .collect();
            let header = titles
                .iter()
                .enumerate()
                .map(|(i, t)| numbered(lang, i, t))
                .collect();
            (Some(svg), Some((header, table_rows)))
        }
        _ => (None, None),
    };
    let bars = scores.map(|s| {
        let zero = Rational::zero();
        let items: Vec<(String, f64, String)> = order
            .iter()
            .map(|id| {
                let v = s.get(id).unwrap_or(&zero);
                (title(id), num(v), text(v))
            })
            .collect();
        charts::bars(
            lang,
            &format!("scores-{}", round.id),
            &i18n::t(lang, "results-scores-heading"),
            &items,
        )
    });
    let mut irv_rows = Vec::new();
    let mut irv_views = Vec::new();
    let irv_rounds = match &doc.details {
        Details::Irv { rounds, .. } => rounds.as_slice(),
        _ => &[],
    };
    for r in irv_rounds {
        let mut ordered: Vec<(&String, &Rational)> = r.counts.iter().collect();
        ordered.sort_by(|a, b| b.1.cmp(a.1));
        let eliminated = r.eliminated.as_ref().map(|e| title(e));
        irv_views.push(IrvRoundView {
            round: r.round,
            counts: ordered
                .iter()
                .map(|(id, v)| (title(id), num(v), text(v)))
                .collect(),
            eliminated: eliminated.clone(),
            exhausted: text(&r.exhausted),
        });
        irv_rows.push(IrvTableRow {
            round: r.round,
            counts: ordered.iter().map(|(id, v)| (title(id), text(v))).collect(),
            exhausted: text(&r.exhausted),
            eliminated,
            tiebreak: r.tiebreak,
        });
    }
    let irv_chart = (!irv_views.is_empty())
        .then(|| charts::irv_rounds(lang, &format!("irv-{}", round.id), &irv_views));

    let tiebreak_notes = doc
        .tiebreak_used
        .iter()
        .map(|u| match u {
            TiebreakUse::Order { .. } => i18n::t(lang, "results-tiebreak-order"),
            TiebreakUse::Pairs { margin, .. } => i18n::t_args(
                lang,
                "results-tiebreak-pairs",
                &[("margin", Arg::Str(&text(margin)))],
            ),
            TiebreakUse::Elimination { round, .. } => i18n::t_args(
                lang,
                "results-tiebreak-elimination",
                &[(
                    "round",
                    Arg::Str(&i18n::format_number(lang, &round.to_string())),
                )],
            ),
        })
        .collect();

    // Each group's own ranking; small groups in secret rounds stay hidden.
    let min = round.secrecy.min_group_ballots_shown();
    let mut group_views = Vec::new();
    let mut shown_positions: Vec<BTreeMap<String, usize>> = Vec::new();
    let mut agreement_groups = Vec::new();
    // Every group that voted, from turnout; its own ranking only where the
    // published ballots carry its label (a secret round withholds labels
    // shared by too few ballots, and so does this page).
    let mut published: BTreeMap<String, _> = file
        .group_results()?
        .into_iter()
        .map(|g| (g.group.clone(), g))
        .collect();
    for (group, _, ballots) in turnout.groups.iter().filter(|(_, _, b)| *b > 0) {
        let label = groups.label(lang, group);
        let ballots = usize::try_from(*ballots).unwrap_or(usize::MAX);
        let g = match published.remove(group) {
            Some(g) if g.ballots >= min => g,
            _ => {
                group_views.push(GroupView {
                    label,
                    ballots,
                    ranking: Vec::new(),
                    hidden: true,
                });
                continue;
            }
        };
        let pos = positions(&g.results.ranking);
        let mut ranking: Vec<(usize, String)> = pos.iter().map(|(id, p)| (*p, title(id))).collect();
        ranking.sort();
        agreement_groups.push(label.clone());
        shown_positions.push(pos);
        group_views.push(GroupView {
            label,
            ballots: g.ballots,
            ranking,
            hidden: false,
        });
    }
    let n = order.len();
    let agreement_rows = order
        .iter()
        .map(|id| {
            let ps: Vec<usize> = shown_positions
                .iter()
                .filter_map(|p| p.get(id).copied())
                .collect();
            let score = agreement(&ps, n);
            AgreementRow {
                title: title(id),
                percent: score.map(|s| {
                    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
                    let p = (s * 100.0).round() as usize;
                    p
                }),
                label: words::agreement(score),
                positions: ps,
            }
        })
        .collect();
    Ok(ResultsView {
        has_scores: rows.iter().any(|r| r.score.is_some()),
        rows,
        winners,
        heatmap,
        matrix,
        bars,
        irv_chart,
        irv_rows,
        agreement_groups,
        agreement: agreement_rows,
        groups: group_views,
        tiebreak_notes,
        turnout_percent: words::percent(lang, turnout.ballots, turnout.electorate),
        turnout_groups: turnout
            .groups
            .iter()
            .map(|(g, e, b)| (groups.label(lang, g), *b, *e, words::percent(lang, *b, *e)))
            .collect(),
    })
}
