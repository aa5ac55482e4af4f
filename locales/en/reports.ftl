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
