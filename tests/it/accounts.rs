//! Accounts, sessions and roles over real HTTP, on SQLite and PostgreSQL, in
//! two parts: `sessions` (registration and approval, sign-in by API and form
//! and its rate limit, revocation, suspension, CSRF on forms) and
//! `administration` (admin-only routes, role changes and their audit
//! entries, bad input and error answers, and `/healthz`); `admin_pages`:
//! rejection and the denials of the admin's pages; `admin_list`: the
//! admin's list, account pages and confirmation pages; `session_cache`:
//! changes to a user apply from the next request, cache or not;
//! `languages`: the sign-in, registration and audit pages in the reader's
//! language.

mod admin_list;
mod admin_pages;
mod administration;
mod languages;
mod session_cache;
mod sessions;
mod words;
