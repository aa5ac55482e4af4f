## The audit page (/audit). Commands, file names and action names stay as they are.

audit-title = Audit trail
audit-head-heading = Current head
audit-head = Head
audit-head-seq = seq { $seq }, hash
audit-latest-checkpoint = Latest signed checkpoint
# Followed by the signing time.
audit-checkpoint-number-size = number { $number }, tree size { $size }, signed at
audit-covers-head = (covers the current head)
audit-unsigned-later = { $n ->
    [one] (1 later entry not yet signed)
   *[other] ({ $n } later entries not yet signed)
}
audit-root = root
audit-signed-note = Signed note
audit-save-note = Save it
# Followed by a command.
audit-save-note-why = to check later that the trail still extends it:
audit-none-yet = None yet.
audit-sign-now = Sign the current head now
audit-downloads = Downloads:
audit-download-trail = the whole trail (audit.jsonl)
audit-download-key = the server's public key
# Followed by a command.
audit-check-offline = Check them offline with
audit-downloads-recorded = Each download of the trail is itself recorded, and the file ends with a signature over its last entry.
audit-checkpoints-heading = Recent checkpoints and their witnesses
audit-no-checkpoint = No checkpoint has been signed yet.
audit-checkpoints-caption = The latest signed checkpoints, newest first
audit-col-number = Number
audit-col-tree-size = Tree size
audit-col-signed-at = Signed at
audit-col-root = Root
audit-col-cosigned-by = Cosigned by
audit-no-witness-yet = no witness yet
audit-witnesses-heading = Witnesses
# Followed by the API address, then audit-no-witness-approval.
audit-no-witness-registered = No witness is registered. An auditor registers one with
audit-no-witness-approval = ; an admin approves it (see docs/formats.md, “Running a witness”).
audit-witness-approved = approved
audit-witness-pending = waiting for approval
audit-closed-rounds-heading = Closed rounds
audit-closed-rounds-caption = Downloads of each closed round
audit-col-round = Round
audit-col-downloads = Downloads
audit-entries-heading = Entries ({ $n })
audit-entries-filtered-heading = Entries matching the filter ({ $n })
audit-filter-label = Filter the audit trail
audit-col-action = Action
audit-any-action = Any action
audit-col-actor = Actor
# $system and $anonymous are the words to type, kept in English.
audit-actor-hint = a user number, { $system } or { $anonymous }
audit-filter = Filter
audit-clear = Clear
audit-no-entries = No entries.
audit-no-entries-filtered = No entries match this filter.
audit-entries-caption = Audit entries, newest first: page { $page } of { $pages }
audit-col-seq = Seq
audit-col-time = Time
audit-col-subject = Subject
audit-col-details = Details
audit-col-hash = Hash
audit-pages-label = Pages of the audit trail
audit-newer = ← Newer entries
audit-page-of = Page { $page } of { $pages }
audit-older = Older entries →
audit-bad-action-filter = The action filter must be plain text of at most 200 characters, e.g. ballot.cast.
audit-bad-actor-filter = The actor filter must be plain text of at most 200 characters, e.g. 12 or system.