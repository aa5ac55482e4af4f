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
        time_zone -> Text,
        must_change_password -> Bool,
        language -> Nullable<Text>,
        email_notifications -> Bool,
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

diesel::table! {
    audit_checkpoints (seq) {
        seq -> BigInt,
        hash -> Text,
        at -> Text,
        signature -> Text,
    }
}

diesel::table! {
    proposals (id) {
        id -> BigInt,
        author_id -> BigInt,
        title -> Text,
        summary -> Text,
        body -> Text,
        themes -> Text,
        status -> Text,
        revision -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        submitted_at -> Nullable<Timestamp>,
        author_group -> Text,
        cosponsor_count -> Integer,
        support_count -> Integer,
        support_groups -> Integer,
        comment_count -> Integer,
        body_html -> Text,
    }
}

diesel::table! {
    proposal_revisions (id) {
        id -> BigInt,
        proposal_id -> BigInt,
        revision -> Integer,
        title -> Text,
        summary -> Text,
        body -> Text,
        themes -> Text,
        edited_by -> BigInt,
        created_at -> Timestamp,
    }
}

diesel::table! {
    cosponsors (proposal_id, user_id) {
        proposal_id -> BigInt,
        user_id -> BigInt,
        stakeholder_group -> Text,
        organisation -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    comments (id) {
        id -> BigInt,
        proposal_id -> BigInt,
        author_id -> BigInt,
        parent_id -> Nullable<BigInt>,
        body -> Text,
        created_at -> Timestamp,
        edited_at -> Nullable<Timestamp>,
        hidden_at -> Nullable<Timestamp>,
        hidden_by -> Nullable<BigInt>,
        hidden_reason -> Nullable<Text>,
        body_html -> Text,
    }
}

diesel::table! {
    rounds (id) {
        id -> BigInt,
        title -> Text,
        description -> Text,
        method -> Text,
        weighting -> Text,
        group_weights -> Text,
        secrecy -> Text,
        status -> Text,
        closes_at -> Nullable<Timestamp>,
        quorum_percent -> Nullable<Integer>,
        created_by -> BigInt,
        created_at -> Timestamp,
        opened_at -> Nullable<Timestamp>,
        closed_at -> Nullable<Text>,
        tiebreak -> Nullable<Text>,
        ballot_digest -> Nullable<Text>,
        results -> Nullable<Text>,
        quorum_met -> Nullable<Bool>,
        adoption -> Nullable<Text>,
    }
}

diesel::table! {
    round_proposals (round_id, proposal_id) {
        round_id -> BigInt,
        proposal_id -> BigInt,
        position -> Integer,
    }
}

diesel::table! {
    electorate (round_id, user_id) {
        round_id -> BigInt,
        user_id -> BigInt,
        stakeholder_group -> Text,
        organisation -> Text,
    }
}

diesel::table! {
    ballots (id) {
        id -> BigInt,
        round_id -> BigInt,
        voter_key -> Text,
        user_id -> Nullable<BigInt>,
        stakeholder_group -> Text,
        organisation -> Text,
        ranking -> Text,
        receipt -> Text,
        is_current -> Bool,
        cast_at -> Timestamp,
    }
}

diesel::table! {
    proxies (id) {
        id -> BigInt,
        round_id -> BigInt,
        grantor_id -> BigInt,
        holder_id -> BigInt,
        granted_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
        ended_at -> Nullable<Timestamp>,
        ended_reason -> Nullable<Text>,
    }
}

diesel::table! {
    reports (id) {
        id -> BigInt,
        title -> Text,
        introduction -> Text,
        rounds -> Text,
        status -> Text,
        supersedes -> Nullable<BigInt>,
        created_by -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        published_at -> Nullable<Text>,
        published_by -> Nullable<BigInt>,
        frozen_json -> Nullable<Text>,
        frozen_md -> Nullable<Text>,
        sha256 -> Nullable<Text>,
    }
}

diesel::table! {
    export_downloads (id) {
        id -> BigInt,
        round_id -> BigInt,
        user_id -> BigInt,
        file -> Text,
        downloaded_at -> Text,
    }
}

diesel::table! {
    notifications (id) {
        id -> BigInt,
        user_id -> BigInt,
        kind -> Text,
        subject -> Text,
        args -> Text,
        link -> Text,
        created_at -> Timestamp,
        read_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    email_outbox (id) {
        id -> BigInt,
        notification_id -> BigInt,
        attempts -> Integer,
        next_attempt_at -> Timestamp,
        last_error -> Nullable<Text>,
        sent_at -> Nullable<Timestamp>,
        gave_up_at -> Nullable<Timestamp>,
    }
}

diesel::joinable!(proposals -> users (author_id));
diesel::joinable!(notifications -> users (user_id));
diesel::joinable!(email_outbox -> notifications (notification_id));
diesel::joinable!(proposal_revisions -> proposals (proposal_id));
diesel::joinable!(cosponsors -> proposals (proposal_id));
diesel::joinable!(cosponsors -> users (user_id));
diesel::joinable!(comments -> proposals (proposal_id));
diesel::joinable!(round_proposals -> rounds (round_id));
diesel::joinable!(round_proposals -> proposals (proposal_id));
diesel::joinable!(electorate -> rounds (round_id));
diesel::joinable!(electorate -> users (user_id));
diesel::joinable!(ballots -> rounds (round_id));
diesel::joinable!(ballots -> users (user_id));
diesel::joinable!(export_downloads -> rounds (round_id));
diesel::joinable!(export_downloads -> users (user_id));

diesel::allow_tables_to_appear_in_same_query!(
    users,
    audit_log,
    audit_head,
    audit_checkpoints,
    proposals,
    proposal_revisions,
    cosponsors,
    comments,
    rounds,
    round_proposals,
    electorate,
    ballots,
    proxies,
    reports,
    export_downloads,
    notifications,
    email_outbox,
);
