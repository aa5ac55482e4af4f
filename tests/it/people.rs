//! Issue 15, "for the people in the room": the favicon and `robots.txt`
//! (`site_files`), proposal pages that offer only the actions one can take
//! now (`actions`), the home page (`home`), the account page (`account`)
//! and `/metrics` (`metrics`); refusals with arguments in the reader's
//! language (`error_languages`).

mod account;
mod actions;
mod error_languages;
mod home;
mod languages;
mod metrics;
mod site_files;
