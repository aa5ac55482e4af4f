## Refusals of input and of actions, with what to do instead. Arguments are
## text: { $value } is what was typed, already in quotes; { $id } a number.

## The name of a text field in the err-text-* sentences ($label is its key).
err-field-label = { $label ->
    [title] The title
    [summary] The summary
    [body] The body
    [comment] The comment
    [reason] The reason
    [description] The description
    [introduction] The introduction
    [display_name] Display name
   *[organisation] Organisation
}
err-text-required = { err-field-label } is required.
err-text-too-short = { err-field-label } must be at least { $min } characters.
err-text-too-long = { err-field-label } must be at most { $max } characters (it has { $n }).
err-text-control = { err-field-label } contains control characters.

## Accounts and people.
err-email = Enter an email address like name@example.org.
err-password-short = Choose a password of at least 10 characters.
err-password-long = Choose a password of at most 256 characters.
err-role = Unknown role { $value }; choose delegate, chair, auditor or admin.
err-user-status = Unknown status { $value }; use pending, active, suspended or rejected.
err-group = Unknown stakeholder group { $value }; choose one of: { $choices }.
err-time-zone = Unknown time zone { $value }; use an IANA name such as Europe/Paris, America/New_York or UTC.

## Proposals.
err-unknown-theme = Unknown theme { $value }; choose from: { $choices }.
err-proposal-status = Unknown status; use draft, submitted, withdrawn, adopted or not_adopted.

## Rounds.
err-round-status = Unknown round status { $value }.
err-secrecy = Unknown secrecy { $value }; choose secret or recorded.
err-weight-too-long = The weight of { $group } is too long: write it with at most { $max } characters, like 2 or 3/7.
err-weight-not-number = The weight of { $group } must be a whole number or a fraction like 1/2, not { $value }.
err-weight-not-positive = The weight of { $group } must be positive.
err-weights-syntax = Write group weights as group=weight, e.g. member_state=2 (got { $value }).
err-weight-twice = Group { $group } has two weights.
err-closes-leap-second = The closing time { $value } names a leap second; choose a time with seconds 00–59.
err-closes-format = The closing time { $value } is not a date and time like 2026-12-01T17:00Z.
err-proposal-listed-twice = Proposal { $id } is listed twice.
err-round-two-proposals = Choose at least two proposals for the round.
err-weights-only-equal-groups = Group weights apply only to the equal_groups weighting.
err-weighting = Unknown weighting { $value }; choose per_delegate, equal_groups or per_organisation.
err-closes-past = The closing time must be in the future.
err-rank-number = Rank { $value } is not a whole number from 1 up; leave a proposal blank to leave it unranked.
err-house-syntax = Write each house as name: group, group (got { $value }).
err-quorum-percent = The quorum is a whole percentage from 0 to 100.
err-group-quorum-percent = The group quorum is a whole percentage from 0 to 100.
err-adoption-only = A rule, houses and a group quorum apply to adoption rounds only: set { $example }.
err-method = Unknown method { $value }; choose schulze, ranked_pairs, borda, irv, copeland or plurality.
err-adoption-no-method = An adoption round has no ranking method: each proposal is decided by the rule.
err-adoption-needs-rule = An adoption round needs a rule, e.g. { $example }.
err-round-kind = Unknown round kind { $value }; choose ranking or adoption.

## Reports.
err-report-status = Unknown report status { $value }.
err-report-no-rounds = Choose at least one closed round for the report to cover.
err-report-too-many-rounds = A report covers at most { $max } rounds.
err-round-listed-twice = Round { $id } is listed twice.
err-no-round = There is no round { $id }.
err-report-round-open = Round { $id } ({ $title }) has not closed; a report covers closed rounds only.
err-no-report-to-supersede = There is no report { $id } to supersede.
err-no-such-report = There is no such report.
err-only-chairs-report = Only chairs create, edit and publish reports.
err-report-never-edited = A published report is never edited; create a new version that supersedes it.
err-report-published-new-version = This report is already published; create a new version to change it.
err-report-already-published = This report is already published.

## Accounts.
err-current-password = Your current password is not right; nothing was changed.
err-reset-own-password = Change your own password on your account page; a reset is for other people.
err-status-back-to-pending = An account cannot be set back to pending; suspend it instead.
err-own-role = You cannot change your own role or status; ask another administrator.
err-approve-first = Approve a pending registration before changing its status.

## Proposal lists and decisions.
err-eligible-filter = Use eligible=true or eligible=false.
err-sort = Sort by newest, cosponsors or comments.
err-whole-number = { $field } must be a whole number from 1 to { $max }.
err-decision-value = Record the decision as adopted or not_adopted.
err-only-chairs-decide = Only chairs record decisions.
err-decision-after-round = A decision is recorded after a voting round that holds this proposal has closed.

## Setting up, opening and closing rounds.
err-no-proposal = There is no proposal { $id }.
err-proposal-not-submitted = Proposal { $id } ({ $title }) is { $status }; only submitted proposals can be put to a vote.
err-round-closing-passed = The round's closing time has passed; create a new round with a later closing time.
err-round-already-open = This round is already open.
err-round-is-closed = This round is closed.
err-round-not-opened = This round has not been opened.
err-round-already-closed = This round is already closed.
err-ballots-after-close = The ballots are published when the round closes.
err-results-after-close = Results are published when the round closes.

## Ballots, receipts and exports.
err-only-electors-vote = Only delegates and chairs vote.
err-not-proxy-holder = You do not hold that elector's vote in this round.
err-vote-unknown-proposal = Unknown proposal { $value }: vote on this round's proposals by their ids, e.g. "p12".
err-vote-value = The vote on { $proposal } must be yes, no or abstain, not { $value }.
err-rank-unknown-proposal = Unknown proposal { $value }: rank this round's proposals by their ids, e.g. "p12".
err-rank-twice = Proposal { $id } appears more than once in your ranking.
err-rank-empty-tier = Tier { $n } of your ranking is empty; remove it or put a proposal in it.
err-adoption-ballot = This is an adoption round: answer yes, no or abstain on each proposal, e.g. { $example }.
err-ranking-ballot = This is a ranking round: send a ranking of its proposals, e.g. { $example }.
err-ballot-shape = Send either "ranking" (ranking rounds) or "votes" (adoption rounds), not both and not neither.
err-no-ballot = You have not cast a ballot in this round.
err-receipts-after-close = Receipts can be checked once the round has closed.
err-receipt-format = A receipt is 64 hexadecimal characters.
err-receipt-proofs-missing = This round closed before receipt proofs existed; check the receipt against ballots.json instead.
err-no-counted-ballot = No counted ballot carries this receipt.
err-nothing-to-export = Nothing to export.
err-preflib-adoption = A PrefLib file holds rankings and cannot express yes / no / abstain votes: download ballots.json or ballots.csv.

## Proxies.
err-proxy-choose = Choose the elector to give your vote to.
err-proxy-self = You cannot give your vote to yourself.
err-proxy-not-elector = User { $id } is not an elector of this round.
err-proxy-other-group = A proxy goes to an elector of your own stakeholder group ({ $group }).
err-proxies-off = Proxies are turned off on this server.
err-proxy-already-given = You have already given your vote in this round; revoke that proxy first.
err-proxy-chain-holder = You hold another elector's vote, so you cannot pass yours on: proxies do not chain.
err-proxy-chain-grantee = That elector has given their own vote away and cannot hold a proxy: proxies do not chain.
err-proxy-none = You have not given your vote to anyone in this round.
err-proxy-used = Your proxy has already voted for you, so it can no longer be revoked; cast your own ballot to replace theirs.

## The audit trail and its witnesses.
err-no-checkpoint = No checkpoint has been signed yet.
err-witness-key-type = A witness key has signature type 0x04 (Ed25519 cosignature/v1); `plenary audit witness-key` makes one.
err-no-such-witness = There is no such witness.
err-witness-approved = This witness is already approved.
err-witness-unknown = No witness named { $name } is registered.
err-witness-key-id = The key ID does not match the witness { $name }'s key.
err-cosignature-timestamp-large = The timestamp is too large.
err-cosignature-future = The cosignature's timestamp is in the future.

## Markdown nested too deeply: after a field name, and alone.
err-nesting-containers = line { $line } nests { $depth } quotes or list items; at most { $max } are allowed.
err-nesting-html = by line { $line } its HTML elements nest more than { $max } deep; close them or write Markdown.
err-nested-containers = { err-field-label } is nested too deeply: { err-nesting-containers }
err-nested-html = { err-field-label } is nested too deeply: { err-nesting-html }

## Refusals of the web layer: addresses, bodies, roles and forms from elsewhere.
err-nothing-here = There is nothing at this address.
err-no-such-file = No such file.
err-send-json = Send the body as JSON with Content-Type: application/json.
err-round-filter = The round filter takes a round number, e.g. 4.
err-supersedes-id = supersedes must be a report id.
err-supersedes-on-edit = supersedes is set when a new version is created, not on an edit.
err-only-chairs = Only chairs can do this.
err-only-delegates-chairs = Only delegates and chairs can do this; auditors and administrators only read.
err-only-auditors-admins = Only auditors and administrators can see the audit trail.
err-only-auditors-chairs = Only auditors, chairs and the round's electors can download its ballots and results.
err-foreign-origin = This request came from another site, so it was refused. If you meant to send it, open this site's own page and submit the form there.

## Refusals that name a thing by its id or name (`error::Msg`).
err-no-export = There is no export called { $name }.
err-no-notification = There is no notification { $id }.
err-tree-range = Give 0 <= from <= to; got from={ $from }, to={ $to }.
err-no-tree-size = { $entries ->
    [one] The trail has { $entries } entry; there is no tree of size { $size }.
   *[other] The trail has { $entries } entries; there is no tree of size { $size }.
}
err-no-user = There is no user { $id }.
err-proxy-limit = { $held ->
    [one] That elector already holds { $held } proxy in this round, the most allowed.
   *[other] That elector already holds { $held } proxies in this round, the most allowed.
}
err-not-pending = { $name } is not waiting for approval (status: { $status }).
err-decide-not-submitted = Only a submitted proposal can be decided; this one is { $status }.
err-witness-taken = A witness named { $name } is already registered.
err-witness-not-approved = The witness { $name } is not approved yet; an admin approves it first.
err-no-checkpoint-size = No checkpoint was signed for tree size { $size }.
err-no-report-download = There is no report download called { $name }; try report.json or report.md.
err-supersede-draft = Report { $id } is a draft: edit it instead of superseding it.
err-supersede-twice = Report { $id } already has a new version.
err-body-too-large = The request body is too large: the limit is { $kib } KiB ({ $bytes } bytes).
err-sign-ins-busy = The server is handling many sign-ins right now. Wait a few seconds and try again.
err-comment-rate = { $n ->
    [one] You have posted { $n } comment in the last hour, the most allowed. Please wait before posting again.
   *[other] You have posted { $n } comments in the last hour, the most allowed. Please wait before posting again.
}
err-sign-ins-busy-wait = { $wait ->
    [one] The server is handling many sign-ins right now. Wait { $wait } second and try again.
   *[other] The server is handling many sign-ins right now. Wait { $wait } seconds and try again.
}
err-sign-in-attempts = { $wait ->
    [one] Too many sign-in attempts from your address. Wait { $wait } second and try again.
   *[other] Too many sign-in attempts from your address. Wait { $wait } seconds and try again.
}
err-not-eligible = Proposal { $id } ({ $title }) is not eligible yet: { $missing }
err-form-unreadable = Cannot read the form: { $detail }
err-form-malformed = The form is incomplete or malformed: { $detail }
err-json-invalid = The JSON body is invalid: { $detail }
err-json-unreadable = Cannot read the JSON body: { $detail }
err-query-invalid = Invalid query: { $detail }
err-witness-key = Not a witness key: { $detail }.
err-rule-json = The custom rule is not valid JSON: { $detail }.
err-rejected-final = This registration was rejected; a rejected account cannot be reactivated.
err-action-not-offered = That action is not available for { $name } (status: { $status }).
