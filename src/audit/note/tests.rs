//! Signed notes against the C2SP spec's published examples, and the
//! strictness a verifier needs (small-order keys, non-canonical text).
#![allow(clippy::unwrap_used)]

use super::*;

/// The example of c2sp.org/signed-note ("Verifier keys"): the vkey and the
/// note it verifies, as published.
const SPEC_VKEY: &str = "example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k";
const SPEC_NOTE: &str = "This is an example message.\n\n\u{2014} example.com/foo Uw2QOkn8srV1yJGh2VYRlL1Tnagv1YEq6TfXppzi2ONncAlTgK7Ztg1ERYNZXsYjOBH3mFXmRKuwHjG1Yu72IneyaQM=\n";

#[test]
fn the_signed_note_spec_example_verifies_and_round_trips() {
    let v = NoteVerifier::parse_vkey(SPEC_VKEY).unwrap();
    assert_eq!(v.vkey(), SPEC_VKEY);
    let note = Note::parse(SPEC_NOTE).unwrap();
    assert_eq!(note.text, "This is an example message.\n");
    assert_eq!(note.render(), SPEC_NOTE);
    v.verify_note(&note).unwrap();
    let mut changed = note.clone();
    changed.text = "This is an example message!\n".to_owned();
    assert!(v.verify_note(&changed).is_err());
    // Another name or key is ignored, so the note has no signature of it.
    let other = NoteVerifier {
        name: "example.com/bar".into(),
        ..v.clone()
    };
    assert!(other.verify_note(&note).is_err());
}

#[test]
fn notes_with_blank_lines_split_at_the_last_one() {
    let text = "Ognuno sta solo sul cuor della terra\ntrafitto da un raggio di sole:\n\ned \u{e8} subito sera.\n";
    let s = NoteSigner::new("quasimodo.example/salvatore", TYPE_ED25519, &[3u8; 32]).unwrap();
    let signed = format!("{text}\n{}", s.sign_note(text).to_line());
    let note = Note::parse(&signed).unwrap();
    assert_eq!(note.text, text);
    s.verifier.verify_note(&note).unwrap();
    for bad in [
        format!("{text}{}", s.sign_note(text).to_line()),
        signed.replace('\n', "\r\n"),
        signed.trim_end().to_owned(),
        format!("{signed}\n"),
    ] {
        assert!(
            Note::parse(&bad).is_err()
                || s.verifier.verify_note(&Note::parse(&bad).unwrap()).is_err(),
            "{bad:?}"
        );
    }
}

/// Every small-order point (the encodings docs/formats.md lists): a key
/// that is one verifies a forged "signature" with many verifiers, so
/// Plenary refuses such a key.
#[test]
fn small_order_public_keys_are_refused() {
    let doc =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/formats.md")).unwrap();
    for hexed in SMALL_ORDER {
        assert!(doc.contains(hexed), "docs/formats.md should list {hexed}");
        let bytes: [u8; 32] = hex::decode(hexed).unwrap().try_into().unwrap();
        let key = VerifyingKey::from_bytes(&bytes).unwrap();
        assert!(key.is_weak(), "{hexed}");
        let mut raw = vec![TYPE_COSIGNATURE];
        raw.extend_from_slice(&bytes);
        let vkey = format!(
            "w.example+{}+{}",
            hex::encode(key_id("w.example", TYPE_COSIGNATURE, &bytes)),
            B64.encode(raw)
        );
        assert!(NoteVerifier::parse_vkey(&vkey).is_err());
        // The identity-signature forgery is refused by strict verification.
        let mut forged = [0u8; 64];
        forged[0] = 1;
        assert!(verify_strict(&key, b"anything", &forged).is_err());
    }
}

/// The eight small-order points of edwards25519 in their canonical
/// encodings (hex).
pub const SMALL_ORDER: [&str; 8] = [
    "0100000000000000000000000000000000000000000000000000000000000000",
    "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
    "0000000000000000000000000000000000000000000000000000000000000000",
    "0000000000000000000000000000000000000000000000000000000000000080",
    "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05",
    "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85",
    "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a",
    "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa",
];

#[test]
fn a_checkpoint_body_round_trips_and_refuses_other_spellings() {
    let body = CheckpointBody {
        origin: "plenary/panel.example.org".into(),
        size: 42,
        root: [7u8; 32],
        number: 3,
        at: "2026-11-29T09:30:01.000000Z".into(),
    };
    let text = body.text();
    assert_eq!(CheckpointBody::parse(&text).unwrap(), body);
    for bad in [
        text.replace("\n42\n", "\n042\n"),
        text.replace("number 3", "number 03"),
        text.replace("number 3", "number 0"),
        text.replace("at ", "time "),
        text.trim_end().to_owned(),
        format!("{text}extra\n"),
    ] {
        assert!(CheckpointBody::parse(&bad).is_err(), "{bad:?}");
    }
}

#[test]
fn cosignatures_verify_only_for_their_text_and_key() {
    let w = NoteSigner::new("witness.example/w1", TYPE_COSIGNATURE, &[9u8; 32]).unwrap();
    let log = NoteSigner::new("plenary/x", TYPE_ED25519, &[8u8; 32]).unwrap();
    let text = "plenary/x\n1\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\nnumber 1\nat t\n";
    let note = Note {
        text: text.into(),
        signatures: vec![log.sign_note(text), w.cosign(text, 1_700_000_000)],
    };
    let parsed = Note::parse(&note.render()).unwrap();
    assert_eq!(
        w.verifier.verify_cosignature(&parsed).unwrap(),
        Some(1_700_000_000)
    );
    log.verifier.verify_note(&parsed).unwrap();
    let mut other = parsed.clone();
    other.text = text.replace("\n1\n", "\n2\n");
    assert!(w.verifier.verify_cosignature(&other).is_err());
    // Private key file and vkey round-trip.
    let again = NoteSigner::parse_private_key(&w.private_key_text()).unwrap();
    assert_eq!(again.verifier, w.verifier);
    assert_eq!(
        NoteVerifier::parse_vkey(&w.verifier.vkey()).unwrap(),
        w.verifier
    );
}
