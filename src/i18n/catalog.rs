//! The Fluent bundles, one per language, built once from the catalogues
//! embedded at compile time (`locales/<lang>/*.ftl`).

use std::collections::{BTreeSet, HashMap};
use std::sync::{LazyLock, RwLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use include_dir::{Dir, include_dir};
use unic_langid::LanguageIdentifier;

use super::Lang;

static LOCALES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/locales");

/// One argument of a message: a number (plural rules apply) or text.
#[derive(Debug, Clone)]
pub enum Arg<'a> {
    /// A count or amount; selects plural forms.
    Num(i64),
    /// Text inserted as is (escaped by the template, not here).
    Str(&'a str),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Str(s)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Str(s)
    }
}

impl<'a> From<&&'a str> for Arg<'a> {
    fn from(s: &&'a str) -> Self {
        Arg::Str(s)
    }
}

impl From<i64> for Arg<'_> {
    fn from(n: i64) -> Self {
        Arg::Num(n)
    }
}

impl From<&i64> for Arg<'_> {
    fn from(n: &i64) -> Self {
        Arg::Num(*n)
    }
}

impl From<i32> for Arg<'_> {
    fn from(n: i32) -> Self {
        Arg::Num(i64::from(n))
    }
}

impl From<&i32> for Arg<'_> {
    fn from(n: &i32) -> Self {
        Arg::Num(i64::from(*n))
    }
}

/// Counts beyond `i64` do not occur; they would saturate.
impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        Arg::Num(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<&usize> for Arg<'_> {
    fn from(n: &usize) -> Self {
        Arg::from(*n)
    }
}

impl From<u64> for Arg<'_> {
    fn from(n: u64) -> Self {
        Arg::Num(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

struct Bundles {
    bundles: HashMap<Lang, FluentBundle<FluentResource>>,
    /// Messages that are plain text (no argument, no selector), ready
    /// made: most of a page's words, looked up instead of formatted.
    plain: HashMap<Lang, HashMap<String, String>>,
}

static BUNDLES: LazyLock<Bundles> = LazyLock::new(|| {
    let mut map = HashMap::new();
    for lang in Lang::ALL {
        let id: LanguageIdentifier = lang.code().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // Isolation marks keep a Latin name from reordering an Arabic
        // sentence; left-to-right pages need none.
        bundle.set_use_isolating(lang.is_rtl());
        for (name, source) in sources(lang) {
            match FluentResource::try_new(source.to_owned()) {
                Ok(res) => {
                    if let Err(errs) = bundle.add_resource(res) {
                        tracing::error!(?errs, file = name, "duplicate Fluent messages");
                    }
                }
                Err((res, errs)) => {
                    tracing::error!(?errs, file = name, "Fluent syntax errors");
                    let _ = bundle.add_resource(res);
                }
            }
        }
        map.insert(lang, bundle);
    }
    let mut plain: HashMap<Lang, HashMap<String, String>> = HashMap::new();
    for lang in Lang::ALL {
        for (_, source) in sources(lang) {
            let res = match fluent_syntax::parser::parse(source) {
                Ok(r) => r,
                Err((r, _)) => r,
            };
            for entry in res.body {
                let fluent_syntax::ast::Entry::Message(m) = entry else {
                    continue;
                };
                let Some(value) = m.value else { continue };
                let text: Option<String> = value
                    .elements
                    .iter()
                    .map(|e| match e {
                        fluent_syntax::ast::PatternElement::TextElement { value } => Some(*value),
                        fluent_syntax::ast::PatternElement::Placeable { .. } => None,
                    })
                    .collect();
                // Formatted once through the bundle, so the result is the
                // bundle's own (line joins, indentation) and not a copy.
                if text.is_some()
                    && let Some(formatted) = format_with(&map, lang, m.id.name, &[])
                {
                    plain
                        .entry(lang)
                        .or_default()
                        .insert(m.id.name.to_owned(), formatted);
                }
            }
        }
    }
    Bundles {
        bundles: map,
        plain,
    }
});

/// The catalogue files of `lang`: (path, text), in path order.
pub(super) fn sources(lang: Lang) -> Vec<(&'static str, &'static str)> {
    let mut files: Vec<(&'static str, &'static str)> = LOCALES
        .get_dir(lang.code())
        .map(|d| {
            d.files()
                .filter(|f| f.path().extension().is_some_and(|e| e == "ftl"))
                .filter_map(|f| Some((f.path().to_str()?, f.contents_utf8()?)))
                .collect()
        })
        .unwrap_or_default();
    files.sort_unstable();
    files
}

/// Every message id defined in `lang`'s catalogues (for the tests that
/// compare catalogues with each other and with the code).
pub fn message_ids(lang: Lang) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for (_, source) in sources(lang) {
        let res = match fluent_syntax::parser::parse(source) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        for entry in res.body {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                ids.insert(m.id.name.to_owned());
            }
        }
    }
    ids
}

/// True when `id` is an English message id.
pub(super) fn has(id: &str) -> bool {
    BUNDLES
        .bundles
        .get(&Lang::En)
        .is_some_and(|b| b.has_message(id))
}

/// Message `id` in `lang`.
pub fn t(lang: Lang, id: &str) -> String {
    t_args(lang, id, &[])
}

/// Message `id` in `lang` with arguments.
pub fn t_args(lang: Lang, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    if args.is_empty() {
        let plain = |l: Lang| BUNDLES.plain.get(&l).and_then(|m| m.get(id));
        if let Some(s) = plain(lang) {
            return s.clone();
        }
        // Missing in `lang` (not merely not plain there): English, as below.
        let in_lang = BUNDLES
            .bundles
            .get(&lang)
            .is_some_and(|b| b.has_message(id));
        if let (false, Some(s)) = (in_lang, plain(Lang::En)) {
            return s.clone();
        }
    }
    format_in(lang, id, args)
        .or_else(|| format_in(Lang::En, id, args))
        .unwrap_or_else(|| {
            tracing::warn!(id, "no such message");
            id.to_owned()
        })
}

fn format_in(lang: Lang, id: &str, args: &[(&str, Arg<'_>)]) -> Option<String> {
    // The same sentences with the same arguments ("3 comments", "Comment
    // by Ana") come back on every row and every view of a page, and
    // formatting (choosing a plural form above all) is the dearest part
    // of writing one: keep what was made. Long texts are not kept.
    if args.is_empty()
        || args
            .iter()
            .any(|(_, v)| matches!(v, Arg::Str(s) if s.len() > 200))
    {
        return format_with(&BUNDLES.bundles, lang, id, args);
    }
    // Looked up by a hash of the borrowed arguments, so a hit allocates
    // nothing but its answer.
    let hash = counted_hash(lang, id, args);
    if let Some(hit) = COUNTED.read().ok().and_then(|c| {
        c.get(&hash)?
            .iter()
            .find(|(k, _)| same_key(k, lang, id, args))
            .map(|(_, v)| v.clone())
    }) {
        return Some(hit);
    }
    let out = format_with(&BUNDLES.bundles, lang, id, args)?;
    let key = (
        lang,
        id.to_owned(),
        args.iter()
            .map(|(k, v)| {
                let v = match v {
                    Arg::Num(n) => CountedArg::Num(*n),
                    Arg::Str(s) => CountedArg::Str((*s).to_owned()),
                };
                ((*k).to_owned(), v)
            })
            .collect(),
    );
    if let Ok(mut cache) = COUNTED.write() {
        if cache.len() >= COUNTED_MAX {
            cache.clear();
        }
        cache.entry(hash).or_default().push((key, out.clone()));
    }
    Some(out)
}

fn counted_hash(lang: Lang, id: &str, args: &[(&str, Arg<'_>)]) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    lang.hash(&mut h);
    id.hash(&mut h);
    for (k, v) in args {
        k.hash(&mut h);
        match v {
            Arg::Num(n) => (0u8, n).hash(&mut h),
            Arg::Str(s) => (1u8, s).hash(&mut h),
        }
    }
    h.finish()
}

fn same_key(stored: &CountedKey, lang: Lang, id: &str, args: &[(&str, Arg<'_>)]) -> bool {
    stored.0 == lang
        && stored.1 == id
        && stored.2.len() == args.len()
        && stored.2.iter().zip(args).all(|((k1, v1), (k2, v2))| {
            k1 == k2
                && match (v1, v2) {
                    (CountedArg::Num(a), Arg::Num(b)) => a == b,
                    (CountedArg::Str(a), Arg::Str(b)) => a == b,
                    _ => false,
                }
        })
}

/// An argument as kept in [`COUNTED`]'s keys.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum CountedArg {
    Num(i64),
    Str(String),
}

/// Messages already formatted: by the hash of language, id and arguments,
/// each with its whole key (so that a collision is told apart).
type CountedKey = (Lang, String, Vec<(String, CountedArg)>);
type Counted = HashMap<u64, Vec<(CountedKey, String)>>;
static COUNTED: LazyLock<RwLock<Counted>> = LazyLock::new(Default::default);
/// Hashes kept at most; the cache starts again when full.
const COUNTED_MAX: usize = 20_000;

fn format_with(
    bundles: &HashMap<Lang, FluentBundle<FluentResource>>,
    lang: Lang,
    id: &str,
    args: &[(&str, Arg<'_>)],
) -> Option<String> {
    let bundle = bundles.get(&lang)?;
    let pattern = bundle.get_message(id)?.value()?;
    let mut fargs = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Num(n) => fargs.set(*name, FluentValue::from(*n)),
            Arg::Str(s) => fargs.set(*name, FluentValue::from(*s)),
        }
    }
    let mut errors = Vec::new();
    let out = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
    if !errors.is_empty() {
        tracing::warn!(id, lang = lang.code(), ?errors, "Fluent formatting errors");
    }
    Some(out.into_owned())
}
