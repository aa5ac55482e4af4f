//! The tally engine: published examples, properties, and `plenary tally`.

mod cli;
mod examples;
mod properties;
