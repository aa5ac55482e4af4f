//! Exact numbers for counting: [`Rational`] (any exact rational, used for
//! matrices, margins and scores) and [`Weight`] (a strictly positive
//! rational, the weight of a ballot). No floating point is ever involved.
//!
//! Text form (used in every file and document): an optional `-`, decimal
//! digits, and optionally `/` and a non-zero decimal denominator, e.g. `2`,
//! `1/3`, `-1/2`. Output is always in lowest terms, with the denominator
//! omitted when it is 1.

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Signed, Zero};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::ops::{Add, AddAssign, Div, Mul, Neg, Sub};
use std::str::FromStr;

/// Why a text did not parse as an exact number or weight.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NumberError {
    /// Not of the form `[-]digits[/digits]`.
    #[error("{0:?} is not an exact number (expected an integer or a fraction like \"1/3\")")]
    Syntax(String),
    /// The denominator was zero.
    #[error("{0:?} has a zero denominator")]
    ZeroDenominator(String),
    /// A weight must be strictly positive.
    #[error("weight {0} is not positive")]
    NotPositive(String),
}

/// The most decimal places [`Rational::to_short_text`] writes before it
/// falls back to a fraction.
pub const SHORT_PLACES: usize = 4;

/// An exact rational number (arbitrary precision), so that `1/3 + 1/3 + 1/3`
/// is exactly `1` and no count ever depends on rounding.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Rational(BigRational);

impl Rational {
    /// Zero, the start of every sum.
    pub fn zero() -> Self {
        Rational(BigRational::zero())
    }

    /// One, the weight of a ballot under `per_delegate`.
    pub fn one() -> Self {
        Rational(BigRational::one())
    }

    /// The integer `n`, for counts.
    pub fn from_integer(n: impl Into<BigInt>) -> Self {
        Rational(BigRational::from_integer(n.into()))
    }

    /// `numer / denom` in lowest terms; `None` when `denom` is zero.
    pub fn new(numer: impl Into<BigInt>, denom: impl Into<BigInt>) -> Option<Self> {
        let d = denom.into();
        if d.is_zero() {
            None
        } else {
            Some(Rational(BigRational::new(numer.into(), d)))
        }
    }

    /// The underlying big rational, for callers that need more arithmetic.
    pub fn as_big(&self) -> &BigRational {
        &self.0
    }

    /// Numerator in lowest terms (sign carried here).
    pub fn numer(&self) -> &BigInt {
        self.0.numer()
    }

    /// Denominator in lowest terms (always positive).
    pub fn denom(&self) -> &BigInt {
        self.0.denom()
    }

    /// True when strictly greater than zero.
    pub fn is_positive(&self) -> bool {
        self.0.is_positive()
    }

    /// True when exactly zero.
    pub fn is_zero(&self) -> bool {
        self.0.is_zero()
    }

    /// The exact value in few characters, **the** way people read numbers
    /// from a tally: a whole number as it is (`15`), a value with a short
    /// exact decimal as that decimal (`7.5`, `0.25`: at most
    /// [`SHORT_PLACES`] places), anything else as its fraction (`2/3`).
    /// Never rounded: the text always means exactly this value. ASCII
    /// digits; pages put them into the reader's language
    /// (`web::round_words::exact`).
    pub fn to_short_text(&self) -> String {
        if self.0.denom().is_one() {
            return self.0.numer().to_string();
        }
        for places in 1..=SHORT_PLACES {
            let scale = BigRational::from_integer(num_traits::pow(BigInt::from(10), places));
            if (self.0.clone() * scale).is_integer() {
                return self.to_display_decimal(places);
            }
        }
        self.to_string()
    }

    /// An approximate decimal, **for display only** (text tables).
    pub fn to_display_decimal(&self, places: usize) -> String {
        let scale = num_traits::pow(BigInt::from(10), places);
        let scaled = (self.0.clone() * BigRational::from_integer(scale.clone())).round();
        let int = scaled.to_integer();
        let neg = int.is_negative();
        let abs = int.abs();
        let whole = &abs / &scale;
        let frac = &abs % &scale;
        let sign = if neg { "-" } else { "" };
        if places == 0 {
            format!("{sign}{whole}")
        } else {
            format!("{sign}{whole}.{frac:0>places$}")
        }
    }
}

impl From<BigRational> for Rational {
    fn from(r: BigRational) -> Self {
        Rational(r)
    }
}

impl From<i64> for Rational {
    fn from(n: i64) -> Self {
        Rational::from_integer(n)
    }
}

impl fmt::Display for Rational {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.denom().is_one() {
            write!(f, "{}", self.0.numer())
        } else {
            write!(f, "{}/{}", self.0.numer(), self.0.denom())
        }
    }
}

impl fmt::Debug for Rational {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{self}")
    }
}

fn is_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

impl FromStr for Rational {
    type Err = NumberError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let syntax = || NumberError::Syntax(s.to_string());
        let body = s.strip_prefix('-').unwrap_or(s);
        let (num, den) = match body.split_once('/') {
            Some((n, d)) => (n, Some(d)),
            None => (body, None),
        };
        if !is_digits(num) || den.is_some_and(|d| !is_digits(d)) {
            return Err(syntax());
        }
        let mut n: BigInt = num.parse().map_err(|_| syntax())?;
        if s.starts_with('-') {
            n = -n;
        }
        let d: BigInt = match den {
            Some(d) => d.parse().map_err(|_| syntax())?,
            None => BigInt::one(),
        };
        Rational::new(n, d).ok_or_else(|| NumberError::ZeroDenominator(s.to_string()))
    }
}

impl Serialize for Rational {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Rational {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

impl Add for &Rational {
    type Output = Rational;
    fn add(self, o: &Rational) -> Rational {
        Rational(&self.0 + &o.0)
    }
}

impl Add for Rational {
    type Output = Rational;
    fn add(self, o: Rational) -> Rational {
        Rational(self.0 + o.0)
    }
}

impl AddAssign<&Rational> for Rational {
    fn add_assign(&mut self, o: &Rational) {
        self.0 += &o.0;
    }
}

impl Sub for &Rational {
    type Output = Rational;
    fn sub(self, o: &Rational) -> Rational {
        Rational(&self.0 - &o.0)
    }
}

impl Mul for &Rational {
    type Output = Rational;
    fn mul(self, o: &Rational) -> Rational {
        Rational(&self.0 * &o.0)
    }
}

impl Div for &Rational {
    type Output = Rational;
    /// Panics on division by zero, like integer division; callers divide
    /// only by positive weights and counts.
    fn div(self, o: &Rational) -> Rational {
        Rational(&self.0 / &o.0)
    }
}

impl Neg for Rational {
    type Output = Rational;
    fn neg(self) -> Rational {
        Rational(-self.0)
    }
}

impl std::iter::Sum for Rational {
    fn sum<I: Iterator<Item = Rational>>(iter: I) -> Self {
        iter.fold(Rational::zero(), |a, b| a + b)
    }
}

/// The weight of a ballot: an exact rational that is strictly positive.
/// Once a `Weight` exists it is valid ("parse, don't validate").
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Weight(Rational);

impl Weight {
    /// Accepts `r` only when it is strictly positive.
    pub fn new(r: Rational) -> Result<Self, NumberError> {
        if r.is_positive() {
            Ok(Weight(r))
        } else {
            Err(NumberError::NotPositive(r.to_string()))
        }
    }

    /// The weight 1 (one ballot, one vote).
    pub fn one() -> Self {
        Weight(Rational::one())
    }

    /// The exact value.
    pub fn value(&self) -> &Rational {
        &self.0
    }

    /// Consumes the weight, giving its value.
    pub fn into_value(self) -> Rational {
        self.0
    }
}

impl fmt::Display for Weight {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl fmt::Debug for Weight {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl FromStr for Weight {
    type Err = NumberError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Weight::new(s.parse()?)
    }
}

impl Serialize for Weight {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(s)
    }
}

impl<'de> Deserialize<'de> for Weight {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn r(s: &str) -> Rational {
        s.parse().unwrap()
    }

    #[test]
    fn short_text_is_exact_and_short() {
        assert_eq!(r("15").to_short_text(), "15");
        assert_eq!(r("15/2").to_short_text(), "7.5");
        assert_eq!(r("1/4").to_short_text(), "0.25");
        assert_eq!(r("-3/8").to_short_text(), "-0.375");
        assert_eq!(r("2/3").to_short_text(), "2/3");
        assert_eq!(r("109/30").to_short_text(), "109/30");
        assert_eq!(r("1/1024").to_short_text(), "1/1024");
        assert_eq!(r("0").to_short_text(), "0");
    }

    #[test]
    fn thirds_add_up_to_exactly_one() {
        let third = r("1/3");
        assert_eq!(&(&third + &third) + &third, Rational::one());
    }

    #[test]
    fn display_is_lowest_terms() {
        assert_eq!(r("2/6").to_string(), "1/3");
        assert_eq!(r("4/2").to_string(), "2");
        assert_eq!(r("-1/2").to_string(), "-1/2");
        assert_eq!(r("0").to_string(), "0");
        assert_eq!(r("0/5").to_string(), "0");
    }

    #[test]
    fn garbage_and_floats_are_rejected() {
        for bad in [
            "", "-", "0.5", "1e3", "1/", "/3", "a", "1/3/4", " 1", "+1", "1/-3", "--1", "½",
        ] {
            assert!(bad.parse::<Rational>().is_err(), "{bad:?} accepted");
        }
        assert_eq!(
            "1/0".parse::<Rational>(),
            Err(NumberError::ZeroDenominator("1/0".into()))
        );
    }

    #[test]
    fn weights_must_be_positive() {
        assert!("0".parse::<Weight>().is_err());
        assert!("-1/3".parse::<Weight>().is_err());
        assert!("0/7".parse::<Weight>().is_err());
        assert_eq!("2/4".parse::<Weight>().unwrap().to_string(), "1/2");
    }

    #[test]
    fn display_decimal_rounds_for_humans() {
        assert_eq!(r("1/3").to_display_decimal(3), "0.333");
        assert_eq!(r("-2/3").to_display_decimal(2), "-0.67");
        assert_eq!(r("7").to_display_decimal(0), "7");
    }

    #[test]
    fn serde_uses_the_string_form() {
        let j = serde_json::to_string(&r("3/9")).unwrap();
        assert_eq!(j, "\"1/3\"");
        let back: Rational = serde_json::from_str(&j).unwrap();
        assert_eq!(back, r("1/3"));
        assert!(serde_json::from_str::<Weight>("\"0\"").is_err());
    }
}
