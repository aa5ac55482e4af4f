//! The favicon and `robots.txt` are served, and every page links the icon
//! (so no browser logs a 404 for `/favicon.ico`).

use crate::common::{RequestHelper, TestApp};

both_backends!(favicon_and_robots_txt_are_served_and_pages_link_the_icon);

async fn favicon_and_robots_txt_are_served_and_pages_link_the_icon(app: &TestApp) {
    let anon = app.anon();
    let robots = anon.get("/robots.txt").await;
    assert_eq!(robots.status, 200);
    assert!(robots.header("content-type").starts_with("text/plain"));
    assert!(robots.text.contains("User-agent: *"), "{}", robots.text);
    assert!(robots.text.contains("Disallow: /\n"), "{}", robots.text);

    for path in ["/favicon.ico", "/static/favicon.svg"] {
        let icon = anon.get(path).await;
        assert_eq!(icon.status, 200, "{path}");
        assert_eq!(icon.header("content-type"), "image/svg+xml", "{path}");
        assert!(icon.text.starts_with("<svg"), "{path}");
    }

    let home = anon.get("/").await;
    assert!(
        home.text
            .contains(r#"<link rel="icon" href="/static/favicon.svg""#),
        "the layout links the icon"
    );
}
