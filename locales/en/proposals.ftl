## Proposal pages: the list, the write/edit form, the proposal page and
## the diff between revisions. Proposal titles and texts are never
## translated; these are the words around them.

## The list (/proposals).
proposal-list-title = Proposals
proposal-new-title = Write a proposal
proposal-find = Find proposals
proposal-search-words = Search words
proposal-status = Status
proposal-theme = Theme
proposal-author-group = Author's stakeholder group
proposal-eligibility = Eligibility
proposal-order = Order
proposal-show = Show
proposal-any-status = Any status
proposal-any-theme = Any theme
proposal-any-group = Any group
proposal-filter-eligible-any = Eligible or not
proposal-filter-eligible-yes = Eligible for a round
proposal-filter-eligible-no = Not yet eligible
proposal-sort-newest = Newest first
proposal-sort-cosponsors = Most co-sponsored
proposal-sort-comments = Most discussed
## $n selects the plural form; $count is the same number written the
## language's way.
proposal-found = { $n ->
    [one] { $count } proposal found.
   *[other] { $count } proposals found.
}
proposal-found-paged = { $n ->
    [one] { $count } proposal found; page { $page } of { $pages }.
   *[other] { $count } proposals found; page { $page } of { $pages }.
}
proposal-list-caption = Proposals matching the filters
proposal-col-proposal = Proposal
proposal-col-author = Author
proposal-col-cosponsors = Co-sponsors
proposal-col-comments = Comments
proposal-cosponsor-count = { $n ->
    [one] { $n } co-sponsor
   *[other] { $n } co-sponsors
}
proposal-comment-count = { $n ->
    [one] { $n } comment
   *[other] { $n } comments
}
proposal-eligible = Eligible
proposal-not-yet = Not yet: { $missing }
proposal-pages = Pages
proposal-previous-page = Previous page
proposal-next-page = Next page

## Statuses.
proposal-status-draft = Draft
proposal-status-submitted = Submitted
proposal-status-withdrawn = Withdrawn
proposal-status-adopted = Adopted
proposal-status-not-adopted = Not adopted

## What a proposal still lacks before a round. Shown after "Not yet:" in
## the list and after "it" on the proposal page (proposal-not-eligible-detail).
proposal-missing-submit = needs to be submitted
proposal-missing-withdrawn = has been withdrawn by its author
proposal-missing-decided = has already been decided
proposal-missing-groups = { $groups ->
    [one] needs a co-sponsor from one more stakeholder group
   *[other] needs co-sponsors from { $groups } more stakeholder groups
}
proposal-missing-cosponsors = { $cosponsors ->
    [one] needs one more co-sponsor from a stakeholder group other than the author's
   *[other] needs { $cosponsors } more co-sponsors from stakeholder groups other than the author's
}
proposal-missing-both = { $groups ->
    [one] needs { $cosponsors } more co-sponsors, from at least one more stakeholder group
   *[other] needs { $cosponsors } more co-sponsors, from at least { $groups } more stakeholder groups
}

## The proposal page (/proposals/{id}). "By" comes before the author's
## name; "on" before the date it was submitted.
proposal-by = By
proposal-on-date = on
proposal-revision = revision { $n }
proposal-themes = Themes:
proposal-eligible-detail = for a voting round.
proposal-not-eligible = Not yet eligible
proposal-not-eligible-detail = for a voting round: it { $missing }.
proposal-locked = This proposal is part of an open or closed voting round; its text can no longer change.
## After the action's name, e.g. "Withdraw proposal".
proposal-action-unavailable = is not available now: { $reason }
proposal-action-edit = Edit
proposal-submit = Submit proposal
proposal-action-withdraw = Withdraw proposal
proposal-action-cosponsor = Co-sponsor
proposal-action-uncosponsor = Withdraw my co-sponsorship
proposal-text = Proposal text
proposal-cosponsors-heading = Co-sponsors ({ $count })
proposal-no-cosponsors = No co-sponsors yet.
proposal-cosponsors-caption = Co-sponsors with their stakeholder group and organisation
proposal-col-name = Name
proposal-col-group = Stakeholder group
proposal-col-organisation = Organisation
proposal-revisions-heading = Revisions ({ $count })
proposal-compare-revision = Compare revision
proposal-with-revision = with revision
proposal-show-changes = Show changes
proposal-first-version = This is the first version; edits after submission keep earlier versions here.

## The diff between two revisions (/proposals/{id}/diff).
proposal-diff-title = Changes to { $title }
proposal-diff-heading = Changes to “{ $title }”
proposal-back = Back to the proposal
proposal-diff-caption = Revision { $from } compared with revision { $to }: removed lines are marked “removed”, added lines “added”.
proposal-diff-line-in = Line in { $revision }
proposal-diff-change = Change
proposal-diff-text = Text
proposal-diff-removed = removed
proposal-diff-added = added
proposal-diff-gap = … unchanged lines …
proposal-diff-truncated = { $n ->
    [one] This comparison is long: only its first row is shown.
   *[other] This comparison is long: only its first { $n } rows are shown.
}
## The first lines of the compared text.
proposal-diff-line-title = Title: { $value }
proposal-diff-line-summary = Summary: { $value }
proposal-diff-line-themes = Themes: { $value }

## The form to write or edit a proposal.
proposal-edit-title = Edit proposal
proposal-edit-submitted = This proposal is submitted: saving keeps the current text as an earlier revision that everyone can compare.
proposal-field-title = Title
proposal-field-title-hint = ({ $min }–{ $max } characters)
proposal-field-summary = Summary
proposal-field-summary-hint = (up to { $max } characters, shown in the list)
proposal-field-body = Proposal
proposal-field-body-hint = (Markdown, up to { $max } characters)
proposal-field-themes = Themes
proposal-optional = (optional)
proposal-save-draft = Save draft
proposal-save-revision = Save as a new revision
proposal-confirm-withdraw-heading = Withdraw “{ $title }”?
proposal-confirm-withdraw-cosponsors = { $n ->
    [one] Its { $n } co-sponsor will see it withdrawn.
   *[other] Its { $n } co-sponsors will see it withdrawn.
}
proposal-confirm-withdraw-rounds = It can no longer be put into a round; its text, revisions and discussion stay readable.
proposal-confirm-withdraw-final = Withdrawing cannot be undone: the proposal cannot be submitted again.
proposal-final-withdrawn = Withdrawn by its author: it cannot enter a round.
proposal-final-decided = Already decided: it cannot enter another round.
