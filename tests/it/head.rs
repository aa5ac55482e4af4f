//! `HEAD` answers wherever `GET` does, with the same status and headers
//! and no body (RFC 9110 §9.3.2): the health check, a page, a static file,
//! an API read and an unknown path. Read over a raw socket, since an HTTP
//! client never reads a body after `HEAD` and would hide one.

use std::io::{Read, Write};

use crate::common::{RequestHelper, Response, TestApp};

both_backends!(head_answers_like_get_with_no_body_everywhere);

/// Sends `HEAD path` on a fresh connection and reads until the server
/// closes it: (status, headers in lower case, every byte after them).
fn raw_head(
    app: &TestApp,
    path: &str,
    token: Option<&str>,
) -> (u16, Vec<(String, String)>, Vec<u8>) {
    let mut s = std::net::TcpStream::connect(("127.0.0.1", app.port)).unwrap();
    s.set_read_timeout(Some(std::time::Duration::from_secs(10)))
        .unwrap();
    let auth = token.map_or(String::new(), |t| format!("Authorization: Bearer {t}\r\n"));
    write!(
        s,
        "HEAD {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n{auth}Connection: close\r\n\r\n"
    )
    .unwrap();
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).unwrap();
    let end = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("no end of headers");
    let head = String::from_utf8(raw[..end].to_vec()).unwrap();
    let mut lines = head.split("\r\n");
    let status = lines
        .next()
        .unwrap()
        .split(' ')
        .nth(1)
        .unwrap()
        .parse()
        .unwrap();
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    (status, headers, raw[end + 4..].to_vec())
}

fn header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

/// HEAD on `path` answers GET's status, content type and length, the
/// same caching rule, and no body.
fn assert_like_get(app: &TestApp, path: &str, token: Option<&str>, get: &Response) {
    let (status, headers, body) = raw_head(app, path, token);
    assert_eq!(status, get.status, "HEAD {path}");
    assert!(
        body.is_empty(),
        "HEAD {path} sent a body: {:?}",
        String::from_utf8_lossy(&body)
    );
    for name in ["content-type", "cache-control", "content-security-policy"] {
        assert_eq!(
            header(&headers, name),
            get.headers.get(name).map(|v| v.to_str().unwrap()),
            "HEAD {path}: {name}"
        );
    }
    assert_eq!(
        header(&headers, "content-length"),
        Some(get.bytes.len().to_string().as_str()),
        "HEAD {path}: the length of GET's body"
    );
}

async fn head_answers_like_get_with_no_body_everywhere(app: &TestApp) {
    let d = app.delegate("france").await;
    let anon = app.anon();
    for path in [
        "/healthz",
        "/static/style.css",
        "/api/v1/openapi.json",
        "/robots.txt",
    ] {
        let get = anon.get(path).await;
        assert_eq!(get.status, 200, "GET {path}");
        assert_like_get(app, path, None, &get);
    }
    // An API read, signed in.
    let token = d.token.clone();
    let get = d.get("/api/v1/me").await;
    assert_eq!(get.status, 200);
    assert_like_get(app, "/api/v1/me", Some(&token), &get);
    // A page (its CSRF token differs per visitor, so not its length).
    let get = anon.get("/register").await;
    let (status, headers, body) = raw_head(app, "/register", None);
    assert_eq!((status, get.status), (200, 200));
    assert!(body.is_empty());
    assert_eq!(
        header(&headers, "content-type"),
        Some("text/html; charset=utf-8")
    );
    // Where GET is refused or unknown, so is HEAD.
    let get = anon.get("/api/v1/me").await;
    assert_eq!(get.status, 401);
    assert_like_get(app, "/api/v1/me", None, &get);
    for path in ["/no/such/page", "/static/nothing.css", "/api/v1/nothing"] {
        let get = anon.get(path).await;
        assert_eq!(get.status, 404, "GET {path}");
        assert_like_get(app, path, None, &get);
    }
}
