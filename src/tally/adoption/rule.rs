//! The adoption rule language (docs/tally.md, "Adoption rules"): conditions
//! on the yes / no / abstain weights of a proposal in a scope (the whole
//! electorate, a group, a house, or each group or house), combined with
//! `all` and `any`. A rule is parsed once, when the round is created, into
//! [`Rule`]; presets are expanded then, so what is stored and published is
//! the explicit rule and nothing downstream depends on the order of houses.

use std::collections::BTreeSet;

use serde_json::{Map, Value, json};

use crate::tally::rational::Rational;

mod houses;
mod presets;
pub use houses::Houses;
pub(crate) use houses::is_id;
pub use presets::{PRESETS, expand_preset};

/// The deepest nesting of conditions a rule may have (`all` / `any` inside
/// each other); deeper rules are refused, not evaluated.
pub const MAX_DEPTH: usize = 8;

/// The most conditions one rule may hold, presets expanded: a rule is read
/// by people, and a bound keeps a hostile request cheap.
pub const MAX_CONDITIONS: usize = 64;

/// The longest spelling of a fraction (`"123456/654321"`).
const MAX_FRACTION_CHARS: usize = 20;

/// Where a condition is measured.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    /// Every ballot of the round.
    All,
    /// The ballots of one stakeholder group.
    Group(String),
    /// The ballots of one house (its groups together).
    House(String),
    /// Every group with at least one elector, each on its own.
    EachGroup,
    /// Every house of the round, each on its own.
    EachHouse,
}

impl Scope {
    /// The spelling in rules and results: `all`, `group:ID`, `house:ID`,
    /// `each_group`, `each_house`.
    pub fn spelling(&self) -> String {
        match self {
            Scope::All => "all".to_owned(),
            Scope::Group(g) => format!("group:{g}"),
            Scope::House(h) => format!("house:{h}"),
            Scope::EachGroup => "each_group".to_owned(),
            Scope::EachHouse => "each_house".to_owned(),
        }
    }
}

/// How a support condition compares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cmp {
    /// `Y/(Y+N) ≥ p/q`.
    AtLeast,
    /// `Y/(Y+N) > p/q`.
    MoreThan,
}

/// The denominator of an `against` condition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Over {
    /// `N / (Y+N+A)`.
    Cast,
    /// `N / (Y+N)`.
    YesNo,
}

/// One parsed rule. Fractions are exact and within [0, 1].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rule {
    /// Share of yes among yes and no reaches the threshold.
    Support {
        /// Where.
        scope: Scope,
        /// At least, or more than.
        cmp: Cmp,
        /// The threshold.
        threshold: Rational,
    },
    /// Share of no stays at or below the cap.
    Against {
        /// Where.
        scope: Scope,
        /// The cap.
        at_most: Rational,
        /// Over the votes cast, or over yes and no.
        over: Over,
    },
    /// At least this many ballots say yes (ballots, not weight).
    YesVoters {
        /// Where.
        scope: Scope,
        /// The count.
        at_least: u64,
    },
    /// Ballots cast over electors reach the threshold.
    Turnout {
        /// Where.
        scope: Scope,
        /// The threshold.
        at_least: Rational,
    },
    /// Every part holds.
    All(Vec<Rule>),
    /// At least one part holds.
    Any(Vec<Rule>),
}

/// Why a rule was refused: the place in the rule and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{path}: {message}")]
pub struct RuleError {
    /// Where, e.g. `rule.all[1].support.at_least`.
    pub path: String,
    /// What is wrong, for a person.
    pub message: String,
}

impl RuleError {
    fn new(path: impl Into<String>, message: impl Into<String>) -> Self {
        RuleError {
            path: path.into(),
            message: message.into(),
        }
    }
}

/// What a rule may refer to: the known stakeholder groups (`None` offline,
/// where a group without electors is simply empty) and the round's houses.
#[derive(Debug, Clone, Copy)]
pub struct RuleContext<'a> {
    /// The configured groups, when known.
    pub groups: Option<&'a BTreeSet<String>>,
    /// The round's houses.
    pub houses: &'a Houses,
}

/// A parsed rule and, when it was written as a preset, the preset's name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedRule {
    /// The rule with presets expanded.
    pub rule: Rule,
    /// The preset's name, when the whole rule was one.
    pub preset: Option<String>,
}

/// Parses a rule written in the rule language (or `{"preset": NAME}`).
pub fn parse(value: &Value, ctx: RuleContext<'_>) -> Result<ParsedRule, RuleError> {
    let preset = value
        .as_object()
        .filter(|o| o.len() == 1)
        .and_then(|o| o.get("preset"))
        .and_then(Value::as_str)
        .map(str::to_owned);
    let mut budget = MAX_CONDITIONS;
    let rule = parse_at(value, ctx, "rule", 1, &mut budget)?;
    Ok(ParsedRule { rule, preset })
}

fn parse_at(
    value: &Value,
    ctx: RuleContext<'_>,
    path: &str,
    depth: usize,
    budget: &mut usize,
) -> Result<Rule, RuleError> {
    if depth > MAX_DEPTH {
        return Err(RuleError::new(
            path,
            format!("The rule nests deeper than {MAX_DEPTH} levels."),
        ));
    }
    let Some(obj) = value.as_object().filter(|o| o.len() == 1) else {
        return Err(RuleError::new(
            path,
            "A condition is an object with exactly one key: support, against, yes_voters, turnout, all, any or preset.",
        ));
    };
    let Some((key, body)) = obj.iter().next() else {
        return Err(RuleError::new(path, "A condition cannot be empty."));
    };
    let here = format!("{path}.{key}");
    if key != "all" && key != "any" {
        *budget = budget.checked_sub(1).ok_or_else(|| {
            RuleError::new(
                &here,
                format!("The rule has more than {MAX_CONDITIONS} conditions."),
            )
        })?;
    }
    match key.as_str() {
        "all" | "any" => {
            let Some(items) = body.as_array().filter(|a| !a.is_empty()) else {
                return Err(RuleError::new(
                    &here,
                    format!("{key} takes a non-empty list of conditions."),
                ));
            };
            let mut parts = Vec::with_capacity(items.len());
            for (k, item) in items.iter().enumerate() {
                parts.push(parse_at(
                    item,
                    ctx,
                    &format!("{here}[{k}]"),
                    depth + 1,
                    budget,
                )?);
            }
            Ok(if key == "all" {
                Rule::All(parts)
            } else {
                Rule::Any(parts)
            })
        }
        "preset" => {
            let name = body.as_str().unwrap_or_default();
            expand_preset(name, ctx.houses).map_err(|m| RuleError::new(&here, m))
        }
        "support" => {
            let f = fields(body, &here, &["in", "at_least", "more_than"])?;
            let scope = scope_of(f, &here, ctx)?;
            let (cmp, threshold) = match (f.get("at_least"), f.get("more_than")) {
                (Some(v), None) => (Cmp::AtLeast, fraction(v, &format!("{here}.at_least"))?),
                (None, Some(v)) => (Cmp::MoreThan, fraction(v, &format!("{here}.more_than"))?),
                _ => {
                    return Err(RuleError::new(
                        &here,
                        "support takes exactly one of at_least or more_than.",
                    ));
                }
            };
            Ok(Rule::Support {
                scope,
                cmp,
                threshold,
            })
        }
        "against" => {
            let f = fields(body, &here, &["in", "at_most", "over"])?;
            let scope = scope_of(f, &here, ctx)?;
            let at_most = fraction(
                f.get("at_most").ok_or_else(|| {
                    RuleError::new(&here, "against needs at_most, a fraction like \"1/4\".")
                })?,
                &format!("{here}.at_most"),
            )?;
            let over = match f.get("over").and_then(Value::as_str) {
                Some("cast") => Over::Cast,
                Some("yes_no") => Over::YesNo,
                _ => {
                    return Err(RuleError::new(
                        format!("{here}.over"),
                        "over is \"cast\" (no over all votes cast) or \"yes_no\" (no over yes and no).",
                    ));
                }
            };
            Ok(Rule::Against {
                scope,
                at_most,
                over,
            })
        }
        "yes_voters" => {
            let f = fields(body, &here, &["in", "at_least"])?;
            let scope = scope_of(f, &here, ctx)?;
            let at_least = f
                .get("at_least")
                .and_then(Value::as_u64)
                .filter(|n| *n <= 1_000_000)
                .ok_or_else(|| {
                    RuleError::new(
                        format!("{here}.at_least"),
                        "yes_voters.at_least is a whole number of ballots from 0 to 1000000.",
                    )
                })?;
            Ok(Rule::YesVoters { scope, at_least })
        }
        "turnout" => {
            let f = fields(body, &here, &["in", "at_least"])?;
            let scope = scope_of(f, &here, ctx)?;
            let at_least = fraction(
                f.get("at_least").ok_or_else(|| {
                    RuleError::new(&here, "turnout needs at_least, a fraction like \"1/2\".")
                })?,
                &format!("{here}.at_least"),
            )?;
            Ok(Rule::Turnout { scope, at_least })
        }
        other => Err(RuleError::new(
            path,
            format!(
                "Unknown condition {other:?}; use support, against, yes_voters, turnout, all, any or preset."
            ),
        )),
    }
}

fn fields<'v>(
    body: &'v Value,
    path: &str,
    allowed: &[&str],
) -> Result<&'v Map<String, Value>, RuleError> {
    let obj = body.as_object().ok_or_else(|| {
        RuleError::new(
            path,
            format!("Expected an object with {}.", allowed.join(", ")),
        )
    })?;
    if let Some(k) = obj.keys().find(|k| !allowed.contains(&k.as_str())) {
        return Err(RuleError::new(
            path,
            format!("Unknown field {k:?}; expected {}.", allowed.join(", ")),
        ));
    }
    Ok(obj)
}

fn scope_of(f: &Map<String, Value>, path: &str, ctx: RuleContext<'_>) -> Result<Scope, RuleError> {
    let raw = f.get("in").and_then(Value::as_str).ok_or_else(|| {
        RuleError::new(
            path,
            "Say where the condition is measured: \"in\": \"all\", \"group:ID\", \"house:ID\", \"each_group\" or \"each_house\".",
        )
    })?;
    let here = format!("{path}.in");
    if let Some(g) = raw.strip_prefix("group:") {
        if let Some(known) = ctx.groups
            && !known.contains(g)
        {
            return Err(RuleError::new(
                here,
                format!("Unknown stakeholder group {g:?}."),
            ));
        }
        if !is_id(g) {
            return Err(RuleError::new(here, format!("{g:?} is not a group id.")));
        }
        return Ok(Scope::Group(g.to_owned()));
    }
    if let Some(h) = raw.strip_prefix("house:") {
        if ctx.houses.groups(h).is_none() {
            return Err(RuleError::new(
                here,
                format!("Unknown house {h:?}: the round's houses are given in \"houses\"."),
            ));
        }
        return Ok(Scope::House(h.to_owned()));
    }
    match raw {
        "all" => Ok(Scope::All),
        "each_group" => Ok(Scope::EachGroup),
        "each_house" if ctx.houses.is_empty() => Err(RuleError::new(
            here,
            "each_house needs the round's houses (\"houses\").",
        )),
        "each_house" => Ok(Scope::EachHouse),
        other => Err(RuleError::new(
            here,
            format!(
                "Unknown scope {other:?}; use all, group:ID, house:ID, each_group or each_house."
            ),
        )),
    }
}

/// Reads a fraction `"p/q"` (or a whole `"0"` / `"1"`) within [0, 1].
pub fn fraction(v: &Value, path: &str) -> Result<Rational, RuleError> {
    let bad = || {
        RuleError::new(
            path,
            format!(
                "{v} is not a fraction: write it as a string \"p/q\" between 0 and 1, like \"2/3\"."
            ),
        )
    };
    let s = v.as_str().ok_or_else(bad)?;
    if s.len() > MAX_FRACTION_CHARS || s.starts_with('-') {
        return Err(bad());
    }
    let r: Rational = s.parse().map_err(|_| bad())?;
    if r > Rational::one() {
        return Err(RuleError::new(
            path,
            format!("{s} is more than 1; a fraction here is between 0 and 1."),
        ));
    }
    Ok(r)
}

impl Rule {
    /// The explicit rule in the rule language (what is stored, published
    /// and read back by `plenary tally`).
    pub fn to_value(&self) -> Value {
        match self {
            Rule::Support {
                scope,
                cmp,
                threshold,
            } => {
                let key = match cmp {
                    Cmp::AtLeast => "at_least",
                    Cmp::MoreThan => "more_than",
                };
                json!({"support": {"in": scope.spelling(), key: threshold.to_string()}})
            }
            Rule::Against {
                scope,
                at_most,
                over,
            } => json!({"against": {
                "in": scope.spelling(),
                "at_most": at_most.to_string(),
                "over": match over { Over::Cast => "cast", Over::YesNo => "yes_no" },
            }}),
            Rule::YesVoters { scope, at_least } => {
                json!({"yes_voters": {"in": scope.spelling(), "at_least": at_least}})
            }
            Rule::Turnout { scope, at_least } => {
                json!({"turnout": {"in": scope.spelling(), "at_least": at_least.to_string()}})
            }
            Rule::All(parts) => {
                json!({"all": parts.iter().map(Rule::to_value).collect::<Vec<_>>()})
            }
            Rule::Any(parts) => {
                json!({"any": parts.iter().map(Rule::to_value).collect::<Vec<_>>()})
            }
        }
    }
}
