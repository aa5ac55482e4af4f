//! Diesel table definitions, written by hand so that one schema serves both
//! SQLite and PostgreSQL (ids are BIGINT on both; times are UTC timestamps).

diesel::table! {
    users (id) {
        id -> BigInt,
        email -> Text,
        display_name -> Text,
        password_hash -> Text,
        role -> Text,
        stakeholder_group -> Text,
        organisation -> Text,
        status -> Text,
        token_version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    audit_log (seq) {
        seq -> BigInt,
        at -> Text,
        actor -> Text,
        action -> Text,
        subject -> Text,
        details -> Text,
        prev_hash -> Text,
        hash -> Text,
    }
}

diesel::table! {
    audit_head (id) {
        id -> Integer,
        seq -> BigInt,
        hash -> Text,
    }
}

diesel::allow_tables_to_appear_in_same_query!(users, audit_log, audit_head);
