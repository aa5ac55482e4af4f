//! Use-cases that the pages and the JSON API share. Each state change runs
//! in one transaction together with its audit entry.

pub mod account_admin;
pub mod account_settings;
pub mod accounts;
pub mod audit;
pub mod comments;
pub mod demo;
pub mod eligibility;
pub mod exports;
pub mod home;
pub mod notifications;
pub mod ops_metrics;
pub mod proposals;
pub mod receipt_proofs;
pub mod reports;
pub mod rounds;
pub mod witnesses;
