//! The integration tests, as one binary (one link of the whole app instead
//! of one per file). `common` is the shared harness: a real server per test
//! on SQLite or PostgreSQL, named people, request helpers, the CLI and a
//! headless browser. Each other module covers one area.
#![allow(clippy::unwrap_used)]

#[macro_use]
mod common;

mod access;
mod accounts;
mod audit_trail;
mod browser;
mod catalogue;
mod cli;
mod comments;
mod controls;
mod db_outage;
mod demo;
mod error_pages;
mod exports;
mod formats_doc;
mod fuzz;
mod head;
mod hostile;
mod labels;
mod notifications;
mod openapi;
mod people;
mod proposals;
mod reports;
mod round_page_cache;
mod round_pages;
mod round_pages_i18n;
mod rounds;
mod tally;
mod voter_pages;
