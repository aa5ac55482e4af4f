//! Request helpers (after crates.io's `RequestHelper`): one method per verb
//! that sends with the caller's credentials and returns status and body, so
//! tests do not repeat reqwest boilerplate.
#![allow(async_fn_in_trait)]

use std::time::Duration;

use reqwest::Method;
use reqwest::header::HeaderMap;
use serde::Serialize;
use serde_json::Value;

use super::PASSWORD;

/// A plain API client (no cookies, no redirects followed).
pub fn api_client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(30))
        .build()
        .unwrap()
}

/// A client that keeps cookies like a browser and does not follow redirects
/// (so tests see them).
pub fn cookie_client() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(30))
        .build()
        .unwrap()
}

/// An answer, read in full.
#[derive(Debug)]
pub struct Response {
    pub status: u16,
    pub headers: HeaderMap,
    pub bytes: Vec<u8>,
    /// The body as text.
    pub text: String,
}

impl Response {
    /// The body as JSON; panics (showing the body) when it is not JSON.
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.bytes).unwrap_or_else(|e| {
            panic!(
                "status {}: the body is not JSON ({e}): {}",
                self.status, self.text
            )
        })
    }

    /// The message of a JSON error answer; panics when there is none.
    pub fn error_message(&self) -> String {
        let body = self.json();
        body["error"]["message"]
            .as_str()
            .unwrap_or_else(|| panic!("no error message in {body}"))
            .to_owned()
    }

    /// The `Location` header of a redirect.
    pub fn location(&self) -> &str {
        self.headers["location"].to_str().unwrap()
    }

    /// A header as text.
    pub fn header(&self, name: &str) -> &str {
        self.headers[name].to_str().unwrap()
    }
}

/// Sends a request and reads the whole answer.
pub async fn send(request: reqwest::RequestBuilder) -> Response {
    let res = request.send().await.unwrap();
    let status = res.status().as_u16();
    let headers = res.headers().clone();
    let bytes = res.bytes().await.unwrap().to_vec();
    let text = String::from_utf8_lossy(&bytes).into_owned();
    Response {
        status,
        headers,
        bytes,
        text,
    }
}

/// A caller of the server: one helper per verb.
pub trait RequestHelper {
    /// A request to `path` carrying this caller's credentials.
    fn request(&self, method: Method, path: &str) -> reqwest::RequestBuilder;

    async fn get(&self, path: &str) -> Response {
        send(self.request(Method::GET, path)).await
    }

    /// A POST without a body.
    async fn post(&self, path: &str) -> Response {
        send(self.request(Method::POST, path)).await
    }

    async fn post_json(&self, path: &str, body: impl Serialize) -> Response {
        send(self.request(Method::POST, path).json(&body)).await
    }

    async fn put_json(&self, path: &str, body: impl Serialize) -> Response {
        send(self.request(Method::PUT, path).json(&body)).await
    }

    async fn patch_json(&self, path: &str, body: impl Serialize) -> Response {
        send(self.request(Method::PATCH, path).json(&body)).await
    }

    async fn delete(&self, path: &str) -> Response {
        send(self.request(Method::DELETE, path)).await
    }

    /// Any verb, with an optional JSON body.
    async fn call(&self, method: Method, path: &str, body: Option<&Value>) -> Response {
        let mut req = self.request(method, path);
        if let Some(b) = body {
            req = req.json(b);
        }
        send(req).await
    }

    /// GETs a page or file and returns its text, whatever the status.
    async fn text(&self, path: &str) -> String {
        self.get(path).await.text
    }
}

/// An API caller with a bearer token, or none (not signed in).
#[derive(Clone)]
pub struct Caller {
    http: reqwest::Client,
    base: String,
    token: Option<String>,
}

impl Caller {
    pub fn new(base: &str, token: Option<&str>) -> Caller {
        Caller::with_client(api_client(), base, token)
    }

    /// A caller using `http` (say, with a longer timeout).
    pub fn with_client(http: reqwest::Client, base: &str, token: Option<&str>) -> Caller {
        Caller {
            http,
            base: base.to_owned(),
            token: token.map(str::to_owned),
        }
    }
}

impl RequestHelper for Caller {
    fn request(&self, method: Method, path: &str) -> reqwest::RequestBuilder {
        let req = self.http.request(method, format!("{}{path}", self.base));
        match &self.token {
            Some(t) => req.bearer_auth(t),
            None => req,
        }
    }
}

/// A browser without JavaScript: a cookie jar and the CSRF token its forms
/// carry (the token belongs to the browser's cookie, so one serves every
/// form, before and after signing in).
#[derive(Clone)]
pub struct Session {
    http: reqwest::Client,
    base: String,
    pub csrf: String,
}

impl Session {
    /// A fresh browser that has loaded the sign-in page.
    pub async fn open(base: &str) -> Session {
        let http = cookie_client();
        let html = http
            .get(format!("{base}/login"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        let csrf = super::extract_csrf(&html).expect("no csrf token on /login");
        Session {
            http,
            base: base.to_owned(),
            csrf,
        }
    }

    /// A fresh browser signed in as `email` through the form.
    pub async fn signed_in(base: &str, email: &str) -> Session {
        let s = Session::open(base).await;
        let res = s.login(email, PASSWORD).await;
        assert_eq!(res.status, 303, "form sign-in of {email}");
        s
    }

    /// Submits the sign-in form.
    pub async fn login(&self, email: &str, password: &str) -> Response {
        self.post_form("/login", &[("email", email), ("password", password)])
            .await
    }

    /// Submits a form to `path` with the CSRF token and `fields`.
    pub async fn post_form(&self, path: &str, fields: &[(&str, &str)]) -> Response {
        let mut all = vec![("csrf_token", self.csrf.as_str())];
        all.extend_from_slice(fields);
        send(self.request(Method::POST, path).form(&all)).await
    }

    /// Submits a form to `path` without any CSRF token.
    pub async fn post_form_without_csrf(&self, path: &str, fields: &[(&str, &str)]) -> Response {
        send(self.request(Method::POST, path).form(fields)).await
    }
}

impl RequestHelper for Session {
    fn request(&self, method: Method, path: &str) -> reqwest::RequestBuilder {
        self.http.request(method, format!("{}{path}", self.base))
    }
}
