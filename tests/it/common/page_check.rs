//! Every page a journey visits is checked like code: a real HTML validator
//! (`html-validate`, standard rules) on the HTML the server sent and on the
//! page as scripts left it; axe-core with no violation of any impact; no
//! horizontal overflow (at 375 px too); no catalogue id, raw key or internal
//! id in the visible text; the right `lang` and `dir`. A screenshot of each
//! step goes to `target/screenshots/<journey>/`.
//!
//! The tools come from npm (`tests/tools`, installed by `.ci/run` with
//! `npm ci`). Without them the checks skip with a message, unless
//! `PLENARY_REQUIRE_BROWSER=1`, where a missing tool fails.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::process::Command;
use std::sync::OnceLock;

use fantoccini::Client;
use plenary::i18n::{Lang, message_ids};
use regex::Regex;
use serde_json::{Value, json};

fn tools() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/tools")
}

/// The tools, or `None` (with one message) when `npm ci` has not run.
fn available() -> bool {
    static FOUND: OnceLock<bool> = OnceLock::new();
    *FOUND.get_or_init(|| {
        let ok = tools().join("node_modules/axe-core/axe.min.js").is_file()
            && tools()
                .join("node_modules/html-validate/package.json")
                .is_file();
        if !ok {
            assert!(
                std::env::var("PLENARY_REQUIRE_BROWSER").as_deref() != Ok("1"),
                "page checks need `npm ci --prefix tests/tools` (PLENARY_REQUIRE_BROWSER=1)"
            );
            eprintln!("skipping page checks: run `npm ci --prefix tests/tools`");
        }
        ok
    })
}

/// What a step's page must be.
#[derive(Debug, Clone, Copy)]
pub struct Expect {
    /// The language the page must be in.
    pub lang: Lang,
    /// Whether the browser runs page scripts. Without them WebDriver's
    /// asynchronous scripts do not run either: the served HTML is fetched
    /// from here with the browser's cookies, and axe (asynchronous) runs on
    /// the same pages in the journey's scripted browser instead.
    pub scripts: bool,
}

/// One journey's page checker: numbers its steps and names its screenshots.
pub struct Journey {
    name: String,
    step: usize,
}

impl Journey {
    /// Starts a journey; screenshots go to `target/screenshots/<name>/`.
    pub fn new(name: &str) -> Journey {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("target/screenshots")
            .join(name);
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Journey {
            name: name.to_owned(),
            step: 0,
        }
    }

    /// Checks the page `b` shows now (step `what`), panicking with every
    /// problem found.
    pub async fn check(&mut self, b: &Client, what: &str, expect: Expect) {
        self.step += 1;
        let label = format!("{:02}-{what}", self.step);
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("target/screenshots")
            .join(&self.name);
        if let Ok(png) = b.screenshot().await {
            let _ = std::fs::write(dir.join(format!("{label}.png")), png);
        }
        let url = b.current_url().await.unwrap().to_string();
        let mut problems = Vec::new();
        problems.extend(lang_and_dir(b, expect.lang).await);
        problems.extend(overflow(b).await);
        problems.extend(visible_text(b).await);
        if available() {
            problems.extend(validate(b, &dir, &label, expect.scripts).await);
            if expect.scripts {
                problems.extend(axe(b).await);
            }
        }
        assert!(
            problems.is_empty(),
            "{} step {label} ({url}):\n  - {}",
            self.name,
            problems.join("\n  - ")
        );
    }
}

async fn lang_and_dir(b: &Client, lang: Lang) -> Vec<String> {
    let v = b
        .execute(
            "return [document.documentElement.lang, document.documentElement.dir];",
            vec![],
        )
        .await
        .unwrap();
    let want = json!([lang.code(), if lang.is_rtl() { "rtl" } else { "ltr" }]);
    if v == want {
        Vec::new()
    } else {
        vec![format!("lang/dir is {v}, expected {want}")]
    }
}

/// No page may be wider than its viewport (a phone's 375 px included).
async fn overflow(b: &Client) -> Vec<String> {
    let v = b
        .execute(
            r##"const d = document.documentElement;
               const wide = [...document.querySelectorAll("body *")]
                 .filter(e => e.getBoundingClientRect().right > d.clientWidth + 1 || e.getBoundingClientRect().left < -1)
                 .filter(e => !e.closest(".visually-hidden, .skip-link"))
                 .slice(0, 5)
                 .map(e => e.tagName.toLowerCase() + (e.id ? "#" + e.id : "") + (e.className && typeof e.className === "string" ? "." + e.className.split(" ").join(".") : ""));
               return [d.scrollWidth, d.clientWidth, wide];"##,
            vec![],
        )
        .await
        .unwrap();
    let (scroll, client) = (v[0].as_i64().unwrap_or(0), v[1].as_i64().unwrap_or(0));
    if scroll > client {
        vec![format!(
            "the page is {scroll} px wide in a {client} px viewport; too wide: {}",
            v[2]
        )]
    } else {
        Vec::new()
    }
}

fn catalogue_ids() -> &'static BTreeSet<String> {
    static IDS: OnceLock<BTreeSet<String>> = OnceLock::new();
    IDS.get_or_init(|| message_ids(Lang::En))
}

/// Field names the receipt page quotes on purpose, to say where in the
/// trail a verifier finds a value (docs/formats.md names them so).
const NAMED_ON_PURPOSE: &[&str] = &["ballots_root"];

/// What a person reads must be words: no message id, no `snake_case` key,
/// no `(p7)`. User-written text (`<bdi>`, `dir="auto"`) and code are
/// skipped: what a user wrote is theirs.
async fn visible_text(b: &Client) -> Vec<String> {
    let text = b
        .execute(
            r##"const skip = "code, pre, kbd, samp, textarea, script, style, template, bdi, [dir=auto]";
               const out = [];
               const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
               for (let n = walk.nextNode(); n; n = walk.nextNode()) {
                 const e = n.parentElement;
                 if (!e || e.closest(skip) || !e.checkVisibility()) continue;
                 out.push(n.data);
               }
               return out.join(" ");"##,
            vec![],
        )
        .await
        .unwrap();
    let text = text.as_str().unwrap_or_default();
    let mut problems = Vec::new();
    let ids = catalogue_ids();
    let raw_ids: BTreeSet<&str> = text
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .filter(|w| w.contains('-') && ids.contains(*w))
        .collect();
    if !raw_ids.is_empty() {
        problems.push(format!("catalogue ids shown as text: {raw_ids:?}"));
    }
    static KEY: OnceLock<Regex> = OnceLock::new();
    let key = KEY.get_or_init(|| Regex::new(r"\b[a-z]+(?:_[a-z]+)+\b|\(p\d+\)").unwrap());
    let keys: BTreeSet<&str> = key
        .find_iter(text)
        .map(|m| m.as_str())
        .filter(|k| !NAMED_ON_PURPOSE.contains(k))
        .collect();
    if !keys.is_empty() {
        problems.push(format!("raw keys or internal ids shown as text: {keys:?}"));
    }
    problems
}

/// `html-validate` on the HTML as served (fetched again by the page) and
/// on the document as scripts left it.
async fn validate(b: &Client, dir: &std::path::Path, label: &str, scripts: bool) -> Vec<String> {
    let served = if scripts {
        b.execute_async(
            r##"const done = arguments[arguments.length - 1];
               fetch(location.href, {credentials: "same-origin"})
                 .then(r => r.headers.get("content-type")?.startsWith("text/html") ? r.text() : "")
                 .then(done, () => done(""));"##,
            vec![],
        )
        .await
        .unwrap()
    } else {
        Value::String(served_outside(b).await)
    };
    let live = b
        .execute(
            "return '<!DOCTYPE html>\\n' + document.documentElement.outerHTML;",
            vec![],
        )
        .await
        .unwrap();
    let mut files = Vec::new();
    for (kind, html) in [("served", served), ("live", live)] {
        let html = html.as_str().unwrap_or_default();
        if html.is_empty() {
            continue;
        }
        let path = dir.join(format!("{label}.{kind}.html"));
        std::fs::write(&path, html).unwrap();
        files.push(path);
    }
    if files.is_empty() {
        return Vec::new();
    }
    let out = Command::new("node")
        .arg(tools().join("node_modules/html-validate/bin/html-validate.mjs"))
        .arg("--config")
        .arg(tools().join(".htmlvalidate.json"))
        .arg("--formatter")
        .arg("text")
        .args(&files)
        .output()
        .expect("node runs html-validate");
    if out.status.success() {
        Vec::new()
    } else {
        vec![format!(
            "html-validate:\n{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )]
    }
}

/// The current page fetched again from the test with the browser's
/// cookies (for a browser that runs no scripts).
async fn served_outside(b: &Client) -> String {
    let url = b.current_url().await.unwrap();
    let cookies = b
        .get_all_cookies()
        .await
        .unwrap()
        .iter()
        .map(|c| format!("{}={}", c.name(), c.value()))
        .collect::<Vec<_>>()
        .join("; ");
    let res = reqwest::Client::new()
        .get(url.as_str())
        .header("cookie", cookies)
        .send()
        .await
        .unwrap();
    let html = res
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if html {
        res.text().await.unwrap()
    } else {
        String::new()
    }
}

fn axe_source() -> &'static str {
    static SRC: OnceLock<String> = OnceLock::new();
    SRC.get_or_init(|| {
        std::fs::read_to_string(tools().join("node_modules/axe-core/axe.min.js")).unwrap()
    })
}

/// axe-core: every rule it runs by default, no violation of any impact.
async fn axe(b: &Client) -> Vec<String> {
    b.execute(axe_source(), vec![]).await.unwrap();
    let v = b
        .execute_async(
            r##"const done = arguments[arguments.length - 1];
               axe.run(document, {resultTypes: ["violations"]})
                 .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                     nodes: v.nodes.slice(0, 3).map(n => n.target.join(" ") + " :: " + (n.failureSummary || "").split("\n").join(" "))}))),
                       e => done([{id: "axe-error", impact: "error", help: String(e), nodes: []}]));"##,
            vec![],
        )
        .await
        .unwrap();
    v.as_array()
        .into_iter()
        .flatten()
        .map(|x: &Value| {
            format!(
                "axe {} ({}): {} — {}",
                x["id"].as_str().unwrap_or("?"),
                x["impact"].as_str().unwrap_or("?"),
                x["help"].as_str().unwrap_or("?"),
                x["nodes"]
            )
        })
        .collect()
}
