//! Tables of the transparency log (numbered checkpoints, witnesses, their
//! cosignatures, sealed ballots documents), kept apart from `schema.rs` so
//! that the audit area's tables live in one place.

diesel::table! {
    audit_tree_checkpoints (number) {
        number -> BigInt,
        size -> BigInt,
        root -> Text,
        at -> Text,
        note -> Text,
    }
}

diesel::table! {
    audit_witnesses (id) {
        id -> BigInt,
        name -> Text,
        public_key -> Text,
        owner_id -> BigInt,
        status -> Text,
        created_at -> Text,
    }
}

diesel::table! {
    audit_cosignatures (checkpoint_number, witness_id) {
        checkpoint_number -> BigInt,
        witness_id -> BigInt,
        timestamp -> BigInt,
        line -> Text,
    }
}

diesel::table! {
    sealed_ballots (round_id) {
        round_id -> BigInt,
        document -> Text,
    }
}

diesel::joinable!(audit_cosignatures -> audit_witnesses (witness_id));
diesel::allow_tables_to_appear_in_same_query!(audit_cosignatures, audit_witnesses);
