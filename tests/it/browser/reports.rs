//! Headless Chromium prints a published report to PDF (the WebDriver "Print
//! Page" command, which chromedriver serves with DevTools'
//! `Page.printToPDF`): the print stylesheet hides the site's header and
//! footer and starts each recommendation on a page of its own, so the PDF
//! has a cover page, one page per recommendation, and a page for the
//! proposals not adopted. The PDF lands in target/screenshots/report.pdf.

use fantoccini::Locator;
use fantoccini::wd::PrintConfiguration;

use crate::common::browser::{Browser, click, sign_in};
use crate::common::{Backend, RequestHelper, TestApp};
use crate::reports::{create_report, panel};

/// Page objects in a PDF: `/Type /Page` (or `/Type/Page`) not followed by
/// `s` (that is the page tree, `/Pages`).
fn count_pages(pdf: &[u8]) -> usize {
    let text = String::from_utf8_lossy(pdf);
    ["/Type /Page", "/Type/Page"]
        .iter()
        .map(|needle| {
            text.match_indices(needle)
                .filter(|(i, m)| !text[i + m.len()..].starts_with('s'))
                .count()
        })
        .sum()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_published_report_prints_to_pdf_with_a_page_per_recommendation() {
    let Some(browser) = Browser::start().await else {
        return;
    };
    let app = TestApp::spawn(Backend::Sqlite).await.unwrap();
    let (chair, _, (ranking, adoption)) = panel(&app).await;
    let id = create_report(&chair, &[adoption, ranking]).await;
    let b = &browser.client;
    sign_in(b, &app, chair.email()).await;
    b.goto(&app.url(&format!("/reports/{id}"))).await.unwrap();
    // Publishing: the page links to a confirmation page, whose form publishes.
    click(b, Locator::Css("a[href$='/publish']")).await;
    b.wait()
        .for_element(Locator::Css("#undecided-warning"))
        .await
        .unwrap();
    click(b, Locator::Css("form[action$='/publish'] button")).await;
    b.wait()
        .for_element(Locator::Css(".status-published"))
        .await
        .unwrap();
    let adopted = b
        .find_all(Locator::Css("section.recommendation"))
        .await
        .unwrap()
        .len();
    assert_eq!(adopted, 2);
    let view = chair.get(&format!("/api/v1/reports/{id}")).await.json();
    assert_eq!(
        view["document"]["adopted"].as_array().unwrap().len(),
        adopted
    );

    let pdf = b.print(PrintConfiguration::default()).await.unwrap();
    assert!(pdf.starts_with(b"%PDF-"), "not a PDF");
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("report.pdf"), &pdf).unwrap();
    // Cover, one page per recommendation, the proposals not adopted (and,
    // after them, the ranked ones with no decision).
    assert_eq!(
        count_pages(&pdf),
        adopted + 2,
        "pages in the printed report"
    );
}
