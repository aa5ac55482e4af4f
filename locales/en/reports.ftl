## Outcome reports (/reports): the list, the form and the report page around
## the published document (whose own data stays as published).

reports-title = Reports
reports-list-heading = Outcome reports
reports-create = Create a report
reports-none = There are no reports yet.
reports-list-caption = Reports, newest first
reports-col-report = Report
reports-col-status = Status
reports-col-rounds = Rounds
reports-col-published = Published
reports-superseded-by-hint = (superseded by report { $id })
reports-status-draft = draft
reports-status-published = published
reports-new-title = New report
reports-edit-draft = Edit the draft
reports-create-heading = Create an outcome report
reports-new-version-of = New version of report { $id }
reports-field-title = Title
reports-field-introduction = Introduction
reports-field-introduction-hint = (Markdown, optional)
reports-field-rounds = Closed rounds the report covers (listed in this order)
reports-no-closed-round = No round has closed yet.
reports-round-hint = (round { $id })
reports-create-draft = Create the draft
reports-save-draft = Save the draft
reports-draft-explained = Not yet published: it shows the rounds' results as they stand.
# Followed by a link to the report.
reports-superseded-by = Superseded by
# Followed by a link to the report.
reports-supersedes = This version supersedes
reports-report-n = report { $id }
# Followed by the hash.
reports-sha256 = SHA-256 of report.json (recorded in the audit trail):
reports-download = Download { $file }
reports-publish = Publish (freezes it)
reports-new-version = Create a new version
reports-rounds-covered = Rounds covered
reports-round-method = round { $id }, { $method }
# Followed by the closing time.
reports-closed = closed
reports-recommendations = Recommendations
reports-none-adopted = No proposal was adopted in these rounds.
reports-recommendation-n = Recommendation { $n }
reports-author = Author: { $name }
reports-cosponsors = Co-sponsors: { $names }
reports-as-adopted = Text as adopted (revision { $revision }).
reports-not-adopted = Proposals not adopted
reports-none-not-adopted = None.
reports-person = { $name } ({ $organisation }, { $group })
reports-round-titled = { $title } (round { $id })
reports-round-untitled = Round { $id }
reports-headline-adopted = Adopted — yes { $yes }, no { $no }, abstain { $abstain }
reports-headline-not-adopted = Not adopted — yes { $yes }, no { $no }, abstain { $abstain }
reports-headline-position = Position { $position } of { $of }
reports-headline-position-tied = Position { $position } of { $of } (tied)
# $round: the round's name with its number.
reports-decision-round = Adopted by { $round }
reports-decision-chair = Recorded as adopted by a chair after { $round }
reports-votes-caption = Yes, no and abstain per stakeholder group in { $round }
reports-positions-caption = Position in each stakeholder group's own ranking in { $round }
reports-col-group = Group
reports-col-yes = Yes
reports-col-no = No
reports-col-abstain = Abstain
reports-col-position = Position
reports-method-schulze = Schulze
reports-method-ranked-pairs = ranked pairs
reports-method-borda = Borda count
reports-method-irv = instant runoff
reports-method-copeland = Copeland
reports-method-plurality = plurality
reports-method-adoption = adoption
reports-published-notice = The report is published. Its report.json and report.md are frozen, and the SHA-256 of report.json is recorded in the audit trail.
reports-none-adopted-yet = No adoption is recorded in these rounds. The ranked proposals below await a decision.
reports-undecided-heading = Ranked, no decision recorded
reports-undecided-explained = These proposals were ranked, but no decision on them is recorded: a ranking is not an adoption. A chair records the decision on each proposal’s page.
# $round: the round's name with its number.
reports-undecided-ranked = Ranked { $position } of { $of } in { $round }, no decision recorded
reports-undecided-none = No decision recorded
reports-publish-title = Publish the report
reports-publish-heading = Publish “{ $title }”?
reports-publish-what = Publishing freezes the report as it stands now: its report.json and report.md are stored, the SHA-256 of report.json is recorded in the audit trail, and everyone signed in can read it.
reports-publish-final = This cannot be undone: a published report is never edited. To change it later, create a new version that supersedes it.
reports-publish-rounds = Rounds covered: { $n }
reports-publish-proposals = Proposals covered: { $n }
reports-publish-adopted = Adopted: { $n }
reports-publish-all-decided = Every covered proposal has a decision recorded.
reports-publish-undecided = Proposals with no decision recorded: { $n }. Publishing now freezes them as ranked, not decided:
reports-publish-confirm = Publish and freeze the report
reports-publish-cancel = Back to the draft without publishing
