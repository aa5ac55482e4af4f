//! Issue 15, "for the people in the room": the favicon and `robots.txt`
//! (`site_files`), proposal pages that offer only the actions one can take
//! now (`actions`), the home page (`home`, and an auditor's downloads and the page in
//! Arabic in `home_auditor`, each role's tasks first in `home_tasks`), the account page (`account`),
//! languages (`languages`), refusals with arguments in the reader's
//! language (`error_languages`) and `/metrics` (`metrics`).

mod account;
mod actions;
mod error_languages;
mod home;
mod home_auditor;
mod home_tasks;
mod languages;
mod metrics;
mod site_files;
