//! Finding a ballot again in the `plenary-ballots/1` text, for error
//! messages: serde_json keeps no positions for values, so a small scan of
//! the text gives each ballot's offset, and from it the line and receipt.
//! Only run when there is an error to report.

use std::borrow::Cow;

use serde::Deserialize;

use super::{InputError, RawBallot};
use crate::tally::ballot::{BallotError, BallotProblem};

/// Turns a serde_json error into an input error; when it lies inside the
/// `ballots` array, it names the ballot as well as the line.
pub(super) fn json_error(text: &str, e: &serde_json::Error) -> InputError {
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    let full = e.to_string();
    let message = full.strip_suffix(&suffix).unwrap_or(&full).to_string();
    if e.is_data() {
        // Byte offset of the error: start of its line plus its column.
        let line_start: usize = text
            .split_inclusive('\n')
            .take(e.line().saturating_sub(1))
            .map(str::len)
            .sum();
        let at = line_start + e.column().saturating_sub(1);
        if let Some((offs, end)) = ballot_scan(text)
            && offs.first().is_some_and(|&f| at >= f)
            && at <= end
        {
            let k = offs.partition_point(|&o| o <= at).saturating_sub(1);
            return InputError::Ballot(BallotError {
                ballot: k + 1,
                line: Some(e.line()),
                receipt: None,
                problem: BallotProblem::Malformed(message),
            });
        }
    }
    InputError::Json {
        line: e.line(),
        column: e.column(),
        message,
    }
}

/// Line and receipt of ballot `k` (0-based), found again in the text; only
/// called when there is an error to report, so nothing is kept per ballot.
pub(super) fn locate_ballot(text: &str, k: usize) -> (Option<usize>, Option<String>) {
    let Some((offs, _)) = ballot_scan(text) else {
        return (None, None);
    };
    let Some(&off) = offs.get(k) else {
        return (None, None);
    };
    let line = offsets_to_lines(text, &[off]).first().copied();
    let mut de = serde_json::Deserializer::from_str(&text[off..]);
    let receipt = RawBallot::deserialize(&mut de)
        .ok()
        .and_then(|b| b.receipt.map(Cow::into_owned));
    (line, receipt)
}

/// Byte offsets of the elements (and the end) of the top-level `"ballots"`
/// array, found by a small scan of the JSON text (serde_json keeps no
/// positions for values). `None` if the scan fails, which only happens for
/// text serde_json would reject anyway.
pub(super) fn ballot_scan(text: &str) -> Option<(Vec<usize>, usize)> {
    let b = text.as_bytes();
    let mut i = 0usize;
    let ws = |i: &mut usize| {
        while *i < b.len() && b[*i].is_ascii_whitespace() {
            *i += 1;
        }
    };
    fn skip_string(b: &[u8], i: &mut usize) -> Option<()> {
        // at the opening quote
        *i += 1;
        while *i < b.len() {
            match b[*i] {
                b'\\' => *i += 2,
                b'"' => {
                    *i += 1;
                    return Some(());
                }
                _ => *i += 1,
            }
        }
        None
    }
    fn skip_value(b: &[u8], i: &mut usize) -> Option<()> {
        match b.get(*i)? {
            b'"' => skip_string(b, i),
            b'{' | b'[' => {
                let mut depth = 0usize;
                while *i < b.len() {
                    match b[*i] {
                        b'"' => {
                            skip_string(b, i)?;
                            continue;
                        }
                        b'{' | b'[' => depth += 1,
                        b'}' | b']' => {
                            depth -= 1;
                            if depth == 0 {
                                *i += 1;
                                return Some(());
                            }
                        }
                        _ => {}
                    }
                    *i += 1;
                }
                None
            }
            _ => {
                let start = *i;
                while *i < b.len() && !b",}] \t\r\n".contains(&b[*i]) {
                    *i += 1;
                }
                // A value is never empty: stopping in place (at a stray `}`
                // in the ballots array, say) would make the caller loop forever.
                (*i > start).then_some(())
            }
        }
    }
    ws(&mut i);
    if b.get(i) != Some(&b'{') {
        return None;
    }
    i += 1;
    let mut found = None;
    loop {
        ws(&mut i);
        match b.get(i)? {
            b'}' => break,
            b',' => {
                i += 1;
                continue;
            }
            b'"' => {}
            _ => return None,
        }
        let start = i;
        skip_string(b, &mut i)?;
        let key = &b[start + 1..i - 1];
        ws(&mut i);
        if b.get(i) != Some(&b':') {
            return None;
        }
        i += 1;
        ws(&mut i);
        if key == b"ballots" && b.get(i) == Some(&b'[') {
            i += 1;
            let mut offs = Vec::new();
            loop {
                ws(&mut i);
                match b.get(i)? {
                    b']' => {
                        i += 1;
                        break;
                    }
                    b',' => i += 1,
                    _ => {
                        offs.push(i);
                        skip_value(b, &mut i)?;
                    }
                }
            }
            found = Some((offs, i));
        } else {
            skip_value(b, &mut i)?;
        }
    }
    found
}

/// 1-based line numbers of byte offsets (ascending).
pub(super) fn offsets_to_lines(text: &str, offs: &[usize]) -> Vec<usize> {
    let b = text.as_bytes();
    let mut lines = Vec::with_capacity(offs.len());
    let mut line = 1usize;
    let mut pos = 0usize;
    for &o in offs {
        line += b[pos..o].iter().filter(|&&c| c == b'\n').count();
        pos = o;
        lines.push(line);
    }
    lines
}
