//! Headless Chromium through chromedriver: one journey per area.

mod accounts;
mod adoption;
mod audit;
mod proposals;
mod receipt;
mod reports;
mod rounds;
