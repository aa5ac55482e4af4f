//! The six catalogues against each other and against the code: a message
//! missing in any language, a message nobody uses, a template calling an
//! id that does not exist, or English typed into a template instead of the
//! catalogues, each fails here with the file and the words at fault.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use plenary::i18n::{Lang, message_ids};
use regex::Regex;

fn files(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            files(&p, ext, out);
        } else if p.extension().is_some_and(|x| x == ext) {
            out.push(p);
        }
    }
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read_all(dir: &str, ext: &str) -> Vec<(String, String)> {
    let mut paths = Vec::new();
    files(&root().join(dir), ext, &mut paths);
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap_or_default();
            (
                p.strip_prefix(root()).unwrap_or(&p).display().to_string(),
                text,
            )
        })
        .collect()
}

/// Ids built at run time from a pattern (`month-{n}`, `error-title-{status}`):
/// used when their pattern is.
const DYNAMIC: &[&str] = &[
    r"^month-\d+$",
    r"^error-title-\d+$",
    r"^group-[a-z0-9_]+$",
    r"^theme-[a-z0-9_]+$",
];

#[test]
fn every_language_has_exactly_the_english_messages() {
    let en = message_ids(Lang::En);
    assert!(en.len() > 50, "the English catalogue looks empty");
    let mut problems = Vec::new();
    for lang in Lang::ALL.into_iter().skip(1) {
        let ids = message_ids(lang);
        let missing: Vec<_> = en.difference(&ids).collect();
        let extra: Vec<_> = ids.difference(&en).collect();
        if !missing.is_empty() {
            problems.push(format!("{lang}: missing {missing:?}"));
        }
        if !extra.is_empty() {
            problems.push(format!("{lang}: not in English {extra:?}"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn catalogues_parse_without_errors_or_twice_defined_messages() {
    let mut problems = Vec::new();
    let mut defined: std::collections::BTreeMap<(String, String), String> = Default::default();
    for (path, text) in read_all("locales", "ftl") {
        let res = match fluent_syntax::parser::parse(text.as_str()) {
            Ok(r) => r,
            Err((r, errs)) => {
                problems.push(format!("{path}: {errs:?}"));
                r
            }
        };
        // A second definition would be dropped silently by the bundle.
        let lang = path.split('/').nth(1).unwrap_or_default().to_owned();
        for entry in res.body {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                let key = (lang.clone(), m.id.name.to_owned());
                if let Some(first) = defined.insert(key, path.clone()) {
                    problems.push(format!(
                        "{path}: {} is defined again (first in {first})",
                        m.id.name
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_message_is_used_and_every_used_message_exists() {
    let en = message_ids(Lang::En);
    let literal =
        Regex::new(r#""([a-z][a-z0-9]*(?:-[a-z0-9]+)+)""#).unwrap_or_else(|e| panic!("{e}"));
    let call = Regex::new(r#"\b(?:t|t1|t2|t_args|loc)\(\s*(?:[a-z_.]+,\s*)?"([^"]+)""#)
        .unwrap_or_else(|e| panic!("{e}"));
    let mut seen = BTreeSet::new();
    let mut unknown = Vec::new();
    let sources: Vec<_> = read_all("src", "rs")
        .into_iter()
        .chain(read_all("templates", "html"))
        .collect();
    for (path, text) in &sources {
        for c in literal.captures_iter(text) {
            seen.insert(c[1].to_owned());
        }
        for c in call.captures_iter(text) {
            let id = &c[1];
            let looks_like_id = id
                .chars()
                .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-');
            if looks_like_id && !en.contains(id) {
                unknown.push(format!("{path}: {id}"));
            }
        }
    }
    let dynamic: Vec<Regex> = DYNAMIC.iter().filter_map(|d| Regex::new(d).ok()).collect();
    let unused: Vec<_> = en
        .iter()
        .filter(|id| !seen.contains(*id) && !dynamic.iter().any(|d| d.is_match(id)))
        .collect();
    assert!(
        unknown.is_empty(),
        "ids used but not in locales/en: {unknown:#?}"
    );
    assert!(
        unused.is_empty(),
        "ids in locales/en that nothing uses: {unused:#?}"
    );
}

/// What a template shows that is not computed: text between tags and the
/// user-facing attributes, with every `{{ … }}`, `{% … %}` and `{# … #}`
/// taken out. Anything with a Latin letter left is English that belongs in
/// a catalogue.
#[test]
fn templates_hold_no_english_outside_the_catalogues() {
    let code = Regex::new(r"(?s)\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}").unwrap_or_else(|e| panic!("{e}"));
    let style = Regex::new(r"(?is)<(style|script)\b.*?</(style|script)>|<!--.*?-->")
        .unwrap_or_else(|e| panic!("{e}"));
    let tag = Regex::new(r"(?s)<[^>]*>").unwrap_or_else(|e| panic!("{e}"));
    let attr =
        Regex::new(r#"(?i)\b(?:aria-label|title|placeholder|alt|aria-description)="([^"]*)""#)
            .unwrap_or_else(|e| panic!("{e}"));
    let letters = Regex::new(r"[A-Za-z]{2,}").unwrap_or_else(|e| panic!("{e}"));
    // Entities such as &nbsp; and &middot; are not words.
    let entity = Regex::new(r"&[a-z]+;").unwrap_or_else(|e| panic!("{e}"));
    let mut problems = Vec::new();
    for (path, text) in read_all("templates", "html") {
        let plain = code.replace_all(&text, " ");
        let plain = style.replace_all(&plain, " ");
        for a in attr.captures_iter(&plain) {
            if letters.is_match(&a[1]) {
                problems.push(format!("{path}: attribute text {:?}", &a[1]));
            }
        }
        let between = tag.replace_all(&plain, "\n");
        for line in between.lines() {
            let line = line.trim();
            if letters.is_match(&entity.replace_all(line, "")) {
                problems.push(format!("{path}: {line:?}"));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} pieces of English outside the catalogues:\n{}",
        problems.len(),
        problems.join("\n")
    );
}
