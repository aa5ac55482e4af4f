//! Headless Chromium through chromedriver: one journey per area.

mod accounts;
mod adoption;
mod arabic;
mod audit;
mod home;
mod journeys;
mod proposals;
mod receipt;
mod reports;
mod rounds;
