//! Plenary: proposals, discussion and ranked voting rounds for a
//! multi-stakeholder panel, with a tamper-evident audit trail.
//!
//! The binary (`src/main.rs`) only parses the command line and calls into
//! this library; see `docs/ARCHITECTURE.md` for how the parts fit.

pub mod audit;
pub mod auth;
pub mod canonical;
pub mod cli;
pub mod cli_audit;
pub mod cli_witness;
pub mod config;
pub mod db;
pub mod domain;
pub mod error;
pub mod i18n;
pub mod markdown;
pub mod messages;
pub mod services;
pub mod startup;
pub mod state;
pub mod tally;
pub mod telemetry;
pub mod web;
