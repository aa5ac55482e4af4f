## The receipt proof page (/rounds/{id}/receipts/{receipt}) and its in-browser check.
## Commands, hashes and names such as round.closed or ballots_root stay as they are.

receipt-title = Receipt proof, round { $round }
receipt-heading = Your ballot in round { $round } was counted
# Followed by the receipt, then receipt-number-of.
receipt-ballot-with = The ballot with receipt
receipt-number-of = { $total ->
    [one] is number { $number } of the 1 ballot counted. Its ranking, best first:
   *[other] is number { $number } of the { $total } ballots counted. Its ranking, best first:
}
receipt-unranked = Proposals you did not rank are tied below all ranked ones.
receipt-check-heading = Check it yourself
# Followed by the public key file name.
receipt-check-key = You need nothing from this server but the values below and the server's public key, which you should compare with the one the operator publishes:
receipt-download = Download the proof
# Followed by a command, then receipt-or-steps.
receipt-and-run = and run
receipt-or-steps = , or follow the steps (docs/formats.md, “Receipt proofs”, states each byte):
receipt-step-1 = The ballot carries your receipt. With your nonce, SHA-256 of plenary-receipt/1, LF, the round id, LF, the ranking's canonical JSON, LF, the nonce gives your receipt again.
receipt-step-2 = Leaf hash = SHA-256 of the byte 0x00 followed by the ballot's canonical JSON:
receipt-step-3 = Combine it with the audit path (RFC 6962: SHA-256 of 0x01, left, right), leaf { $leaf } of { $size }:
receipt-step-3-root = → the ballots root
receipt-step-4 = { $ballots ->
    [one] The round's round.closed entry records that root (ballots_root) and 1 ballot; its hash is SHA-256 of its canonical JSON without hash:
   *[other] The round's round.closed entry records that root (ballots_root) and { $ballots } ballots; its hash is SHA-256 of its canonical JSON without hash:
}
receipt-step-5 = The entry's leaf (SHA-256 of 0x00 and the 32 bytes of its hash) at index { $index } of { $size }, with this audit path, gives the root of the whole audit log:
receipt-step-6 = That root and size are in this checkpoint, signed with the server's key (and cosigned by any witnesses listed under it):
receipt-js-run = Check in this browser
receipt-js-checked = checked
receipt-js-all-hold = Every step holds: your ballot is in the signed log.
receipt-js-needs-tool = Steps 1–5 hold; the signature needs another tool.
receipt-js-no-ed25519 = this browser cannot check Ed25519 signatures: use plenary receipt verify
# Followed by the reason.
receipt-js-failed = Step { $step } failed:
receipt-js-no-receipt = no receipt in the ballot
receipt-js-other-leaf = the ballot hashes to another leaf
receipt-js-other-root = the path leads to another root
receipt-js-entry-hash = the entry's hash does not match it
receipt-js-closed-root = round.closed records another root
receipt-js-checkpoint-other = the checkpoint signs another size or root
# Followed by the signer's name.
receipt-js-no-signature = the checkpoint has no signature of
receipt-js-bad-signature = the signature does not verify with the server's key
receipt-js-index-outside = the leaf index is outside the tree
receipt-js-path-long = the audit path is too long
receipt-js-path-short = the audit path is too short
