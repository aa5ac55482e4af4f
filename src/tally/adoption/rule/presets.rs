//! The presets: named rules of real multi-stakeholder bodies, expanded into
//! the explicit rule language when a round is created.

use super::{Cmp, Houses, Rule, Scope};
use crate::tally::rational::Rational;

/// The names of the presets, in documentation order.
pub const PRESETS: [&str; 6] = [
    "majority",
    "two_thirds",
    "concurrent_majority",
    "concurrent_two_thirds",
    "two_houses",
    "house_supermajority",
];

fn support(scope: Scope, cmp: Cmp, threshold: &str) -> Rule {
    Rule::Support {
        scope,
        cmp,
        threshold: threshold.parse().unwrap_or_else(|_| Rational::one()),
    }
}

/// Expands a preset over the round's houses (`two_houses` and
/// `house_supermajority` need exactly two, taken in the order given).
pub fn expand_preset(name: &str, houses: &Houses) -> Result<Rule, String> {
    let two = || match houses.0.as_slice() {
        [(a, _), (b, _)] => Ok((a.clone(), b.clone())),
        _ => Err(format!(
            "The preset {name} needs exactly two houses (\"houses\": {{\"a\": [groups…], \"b\": [groups…]}}); this round has {}.",
            houses.0.len()
        )),
    };
    Ok(match name {
        "majority" => support(Scope::All, Cmp::MoreThan, "1/2"),
        "two_thirds" => support(Scope::All, Cmp::AtLeast, "2/3"),
        "concurrent_majority" => support(Scope::EachGroup, Cmp::MoreThan, "1/2"),
        "concurrent_two_thirds" => support(Scope::EachGroup, Cmp::AtLeast, "2/3"),
        "two_houses" => {
            let (a, b) = two()?;
            Rule::All(vec![
                support(Scope::House(a.clone()), Cmp::AtLeast, "2/3"),
                support(Scope::House(b.clone()), Cmp::MoreThan, "1/2"),
                Rule::YesVoters {
                    scope: Scope::House(a),
                    at_least: 1,
                },
                Rule::YesVoters {
                    scope: Scope::House(b),
                    at_least: 1,
                },
            ])
        }
        "house_supermajority" => {
            let (a, b) = two()?;
            Rule::Any(vec![
                support(Scope::EachHouse, Cmp::AtLeast, "2/3"),
                Rule::All(vec![
                    support(Scope::House(a.clone()), Cmp::AtLeast, "3/4"),
                    support(Scope::House(b.clone()), Cmp::MoreThan, "1/2"),
                ]),
                Rule::All(vec![
                    support(Scope::House(b), Cmp::AtLeast, "3/4"),
                    support(Scope::House(a), Cmp::MoreThan, "1/2"),
                ]),
            ])
        }
        other => {
            return Err(format!(
                "Unknown preset {other:?}; choose one of {}.",
                PRESETS.join(", ")
            ));
        }
    })
}
