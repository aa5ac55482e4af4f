//! Headless Chromium through chromedriver (Debian's `chromium` and
//! `chromium-driver`). Tests skip with a message when chromedriver is
//! missing, unless `PLENARY_REQUIRE_BROWSER=1` (CI), where it fails.

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;

fn find_chromedriver() -> Option<PathBuf> {
    if let Ok(p) = std::env::var("CHROMEDRIVER") {
        return Some(PathBuf::from(p));
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join("chromedriver"))
        .find(|p| p.is_file())
}

fn chromium_binary() -> String {
    std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".to_owned())
}

/// How to start the browser.
#[derive(Debug, Clone)]
pub struct Options {
    /// Run page scripts (off: test the no-JavaScript path).
    pub javascript: bool,
    /// Save downloads here.
    pub download_dir: Option<PathBuf>,
    /// A phone's 375 px viewport (mobile emulation: a desktop window cannot
    /// be made that narrow).
    pub phone: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            javascript: true,
            download_dir: None,
            phone: false,
        }
    }
}

/// A browser session; kills chromedriver when dropped.
pub struct Browser {
    pub client: Client,
    driver: Child,
    _profile: tempfile::TempDir,
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

impl Browser {
    /// Starts chromedriver and a headless Chromium, or `None` to skip.
    pub async fn start() -> Option<Browser> {
        Self::start_with(Options::default()).await
    }

    /// Like [`Browser::start`], with JavaScript switched off or downloads
    /// going to a folder.
    pub async fn start_with(options: Options) -> Option<Browser> {
        let required = std::env::var("PLENARY_REQUIRE_BROWSER").is_ok_and(|v| v == "1");
        let Some(driver_path) = find_chromedriver() else {
            assert!(
                !required,
                "chromedriver not found and PLENARY_REQUIRE_BROWSER=1"
            );
            eprintln!(
                "skipping browser test: chromedriver not found (apt-get install chromium chromium-driver)"
            );
            return None;
        };
        let port = super::free_port();
        let driver = Command::new(&driver_path)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {}: {e}", driver_path.display()));
        let deadline = Instant::now() + Duration::from_secs(20);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                Instant::now() < deadline,
                "chromedriver did not start listening"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let profile = tempfile::tempdir().unwrap();
        let mut prefs = serde_json::json!({});
        if !options.javascript {
            prefs["profile.managed_default_content_settings.javascript"] = serde_json::json!(2);
        }
        if let Some(dir) = &options.download_dir {
            prefs["download.default_directory"] = serde_json::json!(dir.display().to_string());
            prefs["download.prompt_for_download"] = serde_json::json!(false);
            prefs["download.directory_upgrade"] = serde_json::json!(true);
        }
        let mut caps = serde_json::json!({
            "goog:chromeOptions": {
                "prefs": prefs,
                "binary": chromium_binary(),
                "args": [
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--disable-extensions",
                    "--window-size=1280,900",
                    format!("--user-data-dir={}", profile.path().display()),
                ]
            }
        });
        if options.phone {
            caps["goog:chromeOptions"]["mobileEmulation"] = serde_json::json!({
                "deviceMetrics": {"width": 375, "height": 800, "pixelRatio": 2}
            });
        }
        let caps = caps.as_object().unwrap().clone().into_iter().collect();
        let client = ClientBuilder::new(HttpConnector::new())
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
            .expect("a WebDriver session with headless Chromium");
        // A step that hangs fails instead of holding the whole run.
        client
            .update_timeouts(fantoccini::wd::TimeoutConfiguration::new(
                Some(Duration::from_secs(30)),
                Some(Duration::from_secs(30)),
                Some(Duration::ZERO),
            ))
            .await
            .expect("WebDriver timeouts");
        Some(Browser {
            client,
            driver,
            _profile: profile,
        })
    }

    /// Saves a screenshot under `target/screenshots/NAME.png` for people to look at.
    pub async fn screenshot(&self, name: &str) {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
        std::fs::create_dir_all(&dir).unwrap();
        let png = self.client.screenshot().await.unwrap();
        std::fs::write(dir.join(format!("{name}.png")), png).unwrap();
    }
}

/// Types `text` into the field with this id.
pub async fn fill(b: &Client, id: &str, text: &str) {
    b.find(Locator::Id(id))
        .await
        .unwrap_or_else(|e| panic!("no field #{id}: {e}"))
        .send_keys(text)
        .await
        .unwrap();
}

/// Clicks the element `what` finds (it must be there already).
pub async fn click(b: &Client, what: Locator<'_>) {
    b.find(what).await.unwrap().click().await.unwrap();
}

/// Waits for the element `what` finds, then clicks it.
pub async fn wait_and_click(b: &Client, what: Locator<'_>) {
    b.wait()
        .for_element(what)
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
}

/// The text of the element `what` finds (it must be there already).
pub async fn text_of(b: &Client, what: Locator<'_>) -> String {
    b.find(what).await.unwrap().text().await.unwrap()
}

/// Waits for the element `what` finds and returns its text.
pub async fn wait_for_text(b: &Client, what: Locator<'_>) -> String {
    b.wait()
        .for_element(what)
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

/// Submits the sign-in form as `email` and waits for the signed-in page
/// (the sign-in page has an h1 too, so wait for the header's name).
pub async fn submit_sign_in(b: &Client, app: &super::TestApp, email: &str) {
    b.goto(&app.url("/login")).await.unwrap();
    fill(b, "email", email).await;
    fill(b, "password", super::PASSWORD).await;
    click(b, Locator::Css("main button[type=submit]")).await;
    if b.wait().for_element(Locator::Css(".whoami")).await.is_err() {
        let url = b
            .current_url()
            .await
            .map(|u| u.to_string())
            .unwrap_or_default();
        let text = b
            .find(Locator::Css("main"))
            .await
            .ok()
            .map(|m| async move { m.text().await.unwrap_or_default() });
        let text = match text {
            Some(t) => t.await,
            None => String::new(),
        };
        panic!("{email} is not signed in after the form; at {url}: {text}");
    }
}

/// Signs `email` in through the login form (after dropping any session).
pub async fn sign_in(b: &Client, app: &super::TestApp, email: &str) {
    b.delete_all_cookies().await.unwrap();
    submit_sign_in(b, app, email).await;
}

/// Signs out with the button in the header.
pub async fn sign_out(b: &Client) {
    click(
        b,
        Locator::Css(".site-header form[action='/logout'] button"),
    )
    .await;
    b.wait()
        .for_element(Locator::Css("a[href='/login']"))
        .await
        .unwrap();
}
