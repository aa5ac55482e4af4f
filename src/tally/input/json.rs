//! The `plenary-ballots/1` JSON reader: one streaming pass over the ballots,
//! with errors that name the ballot (and its line) at fault (found again in
//! the text by `super::locate`, only when there is an error).

use super::locate::{json_error, locate_ballot};
use super::*;
use crate::tally::ballot::{
    BallotError, BallotProblem, Candidates, CandidatesError, FastBuild, Ranking, RankingBuilder,
};
use crate::tally::counted::{PairCounter, count_split, count_while_reading};
use crate::tally::group::Grouper;
use crate::tally::rational::{NumberError, Weight};
use crate::tally::weighting::{Origin, Weighting, WeightingSummary};
use crate::tally::{Election, Method, Tiebreak};
use serde::Deserialize;
use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};

pub(super) const NONE: u32 = u32::MAX;

/// Interns strings (groups, organisations, weights) to small ids.

#[derive(Default)]
pub(super) struct Interner {
    ids: HashMap<Box<str>, u32, FastBuild>,
    strs: Vec<Box<str>>,
}

impl Interner {
    fn id(&mut self, s: Option<&str>) -> u32 {
        let Some(s) = s else { return NONE };
        if let Some(&id) = self.ids.get(s) {
            return id;
        }
        let id = self.strs.len() as u32;
        self.strs.push(s.into());
        self.ids.insert(s.into(), id);
        id
    }

    fn get(&self, id: u32) -> Option<&str> {
        self.strs.get(id as usize).map(|s| &**s)
    }
}

/// A ballot reduced to ids: its ranking (where it starts in
/// [`Converted::arena`]) and its interned group, organisation and stated
/// weight ([`NONE`] when absent).
pub(super) struct BallotRec {
    ranking: usize,
    group: u32,
    organisation: u32,
    weight: u32,
}

/// Ballots converted so far.
#[derive(Default)]
pub(super) struct Converted {
    /// Every ranking, flat: tier count, ranked count, tier ends, candidates.
    /// Kept rather than grouped as read: counting a pairwise method needs no
    /// grouping, and the weight classes are known only at the end.
    arena: Vec<u32>,
    builder: Option<RankingBuilder>,
    recs: Vec<BallotRec>,
    groups: Interner,
    organisations: Interner,
    weights: Interner,
    /// The first invalid ranking: reported after the whole text parses, as
    /// a syntax error anywhere takes precedence.
    first_error: Option<BallotError>,
    seen: usize,
}

impl Converted {
    fn convert(&mut self, candidates: &Candidates, b: RawBallot<'_>) {
        let k = self.seen;
        self.seen += 1;
        if self.first_error.is_some() {
            return;
        }
        let builder = self
            .builder
            .get_or_insert_with(|| RankingBuilder::new(candidates.len()));
        builder.clear();
        for tier in &b.ranking {
            for id in tier {
                match candidates.index_of(id) {
                    Some(i) => builder.push(i),
                    None => builder.invalidate(),
                }
            }
            builder.end_tier();
        }
        let ranking = self.arena.len();
        if builder.is_valid() {
            let (c, e) = builder.parts();
            push_flat(&mut self.arena, c, e);
        } else {
            match Ranking::parse(candidates, &b.ranking) {
                Ok(r) => push_flat(&mut self.arena, r.cands(), r.ends()),
                Err(e) => {
                    self.first_error = Some(BallotError {
                        ballot: k + 1,
                        line: None,
                        receipt: b.receipt.map(Cow::into_owned),
                        problem: e.into(),
                    });
                    return;
                }
            }
        }
        self.recs.push(BallotRec {
            ranking,
            group: self.groups.id(b.group.as_deref()),
            organisation: self.organisations.id(b.organisation.as_deref()),
            weight: self.weights.id(b.weight.as_deref()),
        });
    }
}

/// Appends a flat ranking to the arena (see [`Converted::arena`]).
fn push_flat(arena: &mut Vec<u32>, cands: &[u32], ends: &[u32]) {
    arena.push(ends.len() as u32);
    arena.push(cands.len() as u32);
    arena.extend_from_slice(ends);
    arena.extend_from_slice(cands);
}

/// The flat ranking (candidates, tier ends) stored at `at`.
fn flat_at(arena: &[u32], at: usize) -> (&[u32], &[u32]) {
    let tiers = arena[at] as usize;
    let ranked = arena[at + 1] as usize;
    let ends = &arena[at + 2..at + 2 + tiers];
    let cands = &arena[at + 2 + tiers..at + 2 + tiers + ranked];
    (cands, ends)
}

/// What the top-level object holds, filled in as it is read.
#[derive(Default)]
pub(super) struct DocState<'a> {
    format: Option<Option<String>>,
    round: Option<Option<RawRound>>,
    candidates: Option<Vec<RawCandidate>>,
    /// Built as soon as `candidates` is read, so ballots after it stream.
    built: Option<Result<Candidates, CandidatesError>>,
    ballots_seen: bool,
    /// Ballots read before a valid candidate list, converted afterwards.
    buffered: Vec<RawBallot<'a>>,
    converted: Converted,
}

pub(super) const DOC_FIELDS: &[&str] = &["format", "round", "candidates", "ballots"];

/// Reads the top-level document (as `#[derive(Deserialize)]` would, with
/// the same errors), converting ballots as they come.
pub(super) struct DocVisitor<'s, 'a>(&'s mut DocState<'a>);

impl<'s, 'de> DocVisitor<'s, 'de> {
    fn set_candidates(&mut self, c: Vec<RawCandidate>) {
        let ids = c.iter().map(|c| match c {
            RawCandidate::Object { id, .. } | RawCandidate::Id(id) => id.clone(),
        });
        self.0.built = Some(Candidates::new(ids));
        self.0.candidates = Some(c);
    }

    fn ballots<D: serde::Deserializer<'de>>(&mut self, d: D) -> Result<(), D::Error> {
        self.0.ballots_seen = true;
        match &self.0.built {
            Some(Ok(c)) => d.deserialize_seq(BallotsVisitor {
                candidates: c,
                conv: &mut self.0.converted,
            }),
            _ => {
                self.0.buffered = Vec::deserialize(d)?;
                Ok(())
            }
        }
    }
}

impl<'s, 'de> Visitor<'de> for DocVisitor<'s, 'de> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("struct RawDoc")
    }

    fn visit_map<A: MapAccess<'de>>(mut self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<Cow<'de, str>>()? {
            match &*key {
                "format" => {
                    if self.0.format.is_some() {
                        return Err(de::Error::duplicate_field("format"));
                    }
                    self.0.format = Some(map.next_value()?);
                }
                "round" => {
                    if self.0.round.is_some() {
                        return Err(de::Error::duplicate_field("round"));
                    }
                    self.0.round = Some(map.next_value()?);
                }
                "candidates" => {
                    if self.0.candidates.is_some() {
                        return Err(de::Error::duplicate_field("candidates"));
                    }
                    let c = map.next_value()?;
                    self.set_candidates(c);
                }
                "ballots" => {
                    if self.0.ballots_seen {
                        return Err(de::Error::duplicate_field("ballots"));
                    }
                    map.next_value_seed(BallotsSeed(&mut self))?;
                }
                _ => {
                    map.next_value::<de::IgnoredAny>()?;
                }
            }
        }
        if self.0.candidates.is_none() {
            return Err(de::Error::missing_field("candidates"));
        }
        if !self.0.ballots_seen {
            return Err(de::Error::missing_field("ballots"));
        }
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(mut self, mut seq: A) -> Result<(), A::Error> {
        let len = |i| de::Error::invalid_length(i, &"struct RawDoc with 4 elements");
        self.0.format = Some(seq.next_element()?.ok_or_else(|| len(0))?);
        self.0.round = Some(seq.next_element()?.ok_or_else(|| len(1))?);
        let c = seq.next_element()?.ok_or_else(|| len(2))?;
        self.set_candidates(c);
        seq.next_element_seed(BallotsSeed(&mut self))?
            .ok_or_else(|| len(3))?;
        Ok(())
    }
}

/// The `ballots` value, read through [`DocVisitor::ballots`].
pub(super) struct BallotsSeed<'v, 's, 'a>(&'v mut DocVisitor<'s, 'a>);

impl<'de> DeserializeSeed<'de> for BallotsSeed<'_, '_, 'de> {
    type Value = ();
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        self.0.ballots(d)
    }
}

/// The `ballots` array when the candidates are known: each ballot is
/// converted as soon as it is read, then dropped.
pub(super) struct BallotsVisitor<'c> {
    candidates: &'c Candidates,
    conv: &'c mut Converted,
}

impl<'de> Visitor<'de> for BallotsVisitor<'_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a sequence")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while let Some(b) = seq.next_element::<RawBallot<'de>>()? {
            self.conv.convert(self.candidates, b);
        }
        Ok(())
    }
}

/// Reads a `plenary-ballots/1` document.
///
/// Method, weighting and tie-break come from `ov` when given, else from the
/// file's `round`, else schulze / (stated weights, or per_delegate when no
/// ballot states one) / candidates in file order. When the weighting comes
/// from the file, stated ballot weights are checked against it (an auditor's
/// check); with `--weighting` they are ignored.
///
/// The text is read once, ballots converted as they come (when the
/// candidates precede them, as in the app's export) into interned ids; the
/// line and receipt of a ballot are looked up again only to report an error.
pub fn read_plenary_json(text: &str, ov: &Overrides) -> Result<Loaded, InputError> {
    let mut st = DocState::default();
    let mut de = serde_json::Deserializer::from_str(text);
    de.deserialize_struct("RawDoc", DOC_FIELDS, DocVisitor(&mut st))
        .and_then(|()| de.end())
        .map_err(|e| json_error(text, &e))?;
    match st.format.flatten().as_deref() {
        Some(BALLOTS_FORMAT) => {}
        Some(other) => {
            return Err(InputError::Structure(format!(
                "format is {other:?}, expected {BALLOTS_FORMAT:?}"
            )));
        }
        None => {
            return Err(InputError::Structure(format!(
                "missing \"format\": {BALLOTS_FORMAT:?}"
            )));
        }
    }
    let round = st.round.flatten().unwrap_or_default();
    let mut titles = BTreeMap::new();
    for c in st.candidates.into_iter().flatten() {
        if let RawCandidate::Object { id, title: Some(t) } = c {
            titles.insert(id, t);
        }
    }
    let candidates = match st.built {
        Some(b) => b?,
        None => return Err(InputError::Candidates(CandidatesError::Empty)),
    };
    let mut conv = st.converted;
    for b in st.buffered {
        conv.convert(&candidates, b);
    }
    if let Some(mut e) = conv.first_error {
        e.line = locate_ballot(text, e.ballot - 1).0;
        return Err(e.into());
    }
    let recs = conv.recs;
    let arena = conv.arena;
    // Only weight classes are interned here; rankings are grouped at the
    // end, and only for methods that need the ballots themselves.
    let mut g = Grouper::new();

    let method = match (ov.method, &round.method) {
        (Some(m), _) => m,
        (None, Some(m)) => m.parse()?,
        (None, None) => Method::Schulze,
    };
    let tiebreak = match (&ov.tiebreak, &round.tiebreak) {
        (Some(t), _) | (None, Some(t)) => Tiebreak::new(&candidates, t)?,
        (None, None) => Tiebreak::candidate_order(&candidates),
    };
    let mut group_weights = BTreeMap::new();
    for (gr, w) in round.group_weights.iter().flatten() {
        let w: Weight = w.parse().map_err(|e: NumberError| {
            InputError::Weighting(format!("round.group_weights.{gr}: {e}"))
        })?;
        group_weights.insert(gr.clone(), w);
    }
    let (policy, check_stated) = match (&ov.weighting, &round.weighting) {
        (Some(w), _) => (Some(Weighting::from_name(w, group_weights)?), false),
        (None, Some(w)) => (Some(Weighting::from_name(w, group_weights)?), true),
        (None, None) => (None, false),
    };

    let name = |k: usize, problem: BallotProblem| {
        let (line, receipt) = locate_ballot(text, k);
        BallotError {
            ballot: k + 1,
            line,
            receipt,
            problem,
        }
    };
    // Each distinct stated weight is parsed once.
    let stated_strs = &conv.weights;
    let mut stated: Vec<Option<Result<Weight, NumberError>>> = vec![None; stated_strs.strs.len()];
    let mut parse_stated = |k: usize, id: u32| -> Result<Option<Weight>, BallotError> {
        let Some(s) = stated_strs.get(id) else {
            return Ok(None);
        };
        stated[id as usize]
            .get_or_insert_with(|| s.parse::<Weight>())
            .clone()
            .map(Some)
            .map_err(|e| name(k, e.into()))
    };
    let (class_of, summary): (Vec<usize>, WeightingSummary) = match policy {
        Some(policy) => {
            // In a secret round a group or organisation label shared by too
            // few ballots is withheld (written as ""): such a ballot counts
            // with its stated weight, which the ballot digest covers; the
            // policy weighs the labelled ballots, whose groups are complete.
            let withheld = |r: &BallotRec| match &policy {
                Weighting::PerDelegate => false,
                Weighting::EqualGroups { .. } => conv.groups.get(r.group) == Some(""),
                Weighting::PerOrganisation => conv.organisations.get(r.organisation) == Some(""),
            };
            let labelled: Vec<usize> = (0..recs.len()).filter(|&k| !withheld(&recs[k])).collect();
            let origins: Vec<Origin<'_>> = labelled
                .iter()
                .map(|&k| Origin {
                    group: conv.groups.get(recs[k].group),
                    organisation: conv.organisations.get(recs[k].organisation),
                })
                .collect();
            let (mut weights, sub_of) = policy.weight_classes(&origins).map_err(|mut e| {
                e.ballot = labelled[e.ballot - 1] + 1;
                let (line, receipt) = locate_ballot(text, e.ballot - 1);
                e.line = line;
                e.receipt = receipt;
                e
            })?;
            let mut of = vec![0u32; recs.len()];
            for (&k, &c) in labelled.iter().zip(&sub_of) {
                of[k] = c;
            }
            let mut stated_class: Vec<Option<u32>> = vec![None; stated_strs.strs.len()];
            for k in 0..recs.len() {
                if withheld(&recs[k]) {
                    let r = &recs[k];
                    let w = parse_stated(k, r.weight)?
                        .ok_or_else(|| name(k, BallotProblem::MissingWeight))?;
                    let c = *stated_class[r.weight as usize].get_or_insert_with(|| {
                        weights.push(w);
                        (weights.len() - 1) as u32
                    });
                    of[k] = c;
                }
            }
            if check_stated {
                for (k, (r, &c)) in recs.iter().zip(&of).enumerate() {
                    let computed = &weights[c as usize];
                    if let Some(stated) = parse_stated(k, r.weight)?
                        && &stated != computed
                    {
                        return Err(name(
                            k,
                            BallotProblem::WeightMismatch {
                                stated: stated.to_string(),
                                computed: computed.to_string(),
                                policy: policy.name().into(),
                            },
                        )
                        .into());
                    }
                }
            }
            let ids: Vec<usize> = weights.iter().map(|w| g.class(w)).collect();
            (
                of.iter().map(|&c| ids[c as usize]).collect(),
                WeightingSummary::from(&policy),
            )
        }
        None => {
            if recs.iter().all(|r| r.weight == NONE) {
                let one = g.class(&Weight::one());
                (
                    vec![one; recs.len()],
                    WeightingSummary::from(&Weighting::PerDelegate),
                )
            } else {
                let mut class_of_stated: Vec<Option<usize>> = vec![None; stated_strs.strs.len()];
                let mut out = Vec::with_capacity(recs.len());
                for (k, r) in recs.iter().enumerate() {
                    match parse_stated(k, r.weight)? {
                        Some(w) => {
                            let c = *class_of_stated[r.weight as usize]
                                .get_or_insert_with(|| g.class(&w));
                            out.push(c);
                        }
                        None => return Err(name(k, BallotProblem::MissingWeight).into()),
                    }
                }
                (out, WeightingSummary::explicit())
            }
        }
    };
    let election = if count_while_reading(method, candidates.len()) {
        let (n, k) = (candidates.len(), g.classes().len());
        let pairs: Vec<(usize, usize)> = recs
            .iter()
            .zip(&class_of)
            .map(|(r, &c)| (r.ranking, c))
            .collect();
        let counter = count_split(&pairs, |part| {
            let mut counter = PairCounter::new(n, k);
            for &(at, c) in part {
                let (cands, ends) = flat_at(&arena, at);
                counter.add(cands, ends, c, 1);
            }
            Ok::<_, std::convert::Infallible>(counter)
        });
        let counts = match counter {
            Ok(c) => c.finish(),
            Err(never) => match never {},
        };
        let classes = g.classes().to_vec();
        Election::from_pair_counts(candidates, tiebreak, summary, classes, counts)
    } else {
        for (r, &c) in recs.iter().zip(&class_of) {
            let (cands, ends) = flat_at(&arena, r.ranking);
            let rid = g.ranking_parts(cands, ends);
            g.add(rid, c, 1);
        }
        g.finish(candidates, tiebreak, summary)
    };
    Ok(Loaded {
        election,
        method,
        titles,
    })
}
