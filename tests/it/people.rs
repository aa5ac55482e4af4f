//! Issue 15, "for the people in the room": the favicon and `robots.txt`
//! (`site_files`), proposal pages that offer only the actions one can take
//! now (`actions`).

mod actions;
mod site_files;
