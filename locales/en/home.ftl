## The home page (/): what the signed-in user should do next, by role.

home-title = Home
home-welcome = Welcome, { $name }
home-signed-in-delegate = You are signed in as a delegate for { $organisation }.
home-signed-in-chair = You are signed in as a chair for { $organisation }.
home-signed-in-auditor = You are signed in as an auditor for { $organisation }.
home-signed-in-admin = You are signed in as an administrator for { $organisation }.
home-times-in = Times are shown in { $zone } (hover for UTC).
home-change-zone = Change it on your account page.

home-vote-heading = Rounds waiting for your ballot ({ $n })
home-vote-none-delegate = No open rounds wait for your ballot — chairs open rounds, and you will find them here.
home-vote-none-chair = No open rounds wait for your ballot — chairs can create one.
home-create-round = Create a round.
home-closes = — closes
home-no-deadline = — no deadline; the chair closes it

home-mine-heading = Your proposals that need you
home-mine-none = None: you have no drafts, and every proposal you submitted has the co-sponsors it needs.
home-write-proposal = Write a proposal.
home-draft = — draft: submit it so others can co-sponsor it
home-not-eligible = — not yet eligible: { $missing }
home-missing-submit = it needs to be submitted
home-missing-withdrawn = it has been withdrawn by its author
home-missing-decided = it has already been decided
home-missing-groups = { $n ->
    [one] it needs a co-sponsor from one more stakeholder group
   *[other] it needs co-sponsors from { $n } more stakeholder groups
}
home-missing-cosponsors = { $n ->
    [one] it needs one more co-sponsor from a stakeholder group other than the author's
   *[other] it needs { $n } more co-sponsors from stakeholder groups other than the author's
}
home-missing-both = { $groups ->
    [one] it needs { $n } more co-sponsors, from at least one more stakeholder group
   *[other] it needs { $n } more co-sponsors, from at least { $groups } more stakeholder groups
}

home-cosponsor-heading = Proposals from other groups you could co-sponsor ({ $n })
home-cosponsor-none = No proposal from another stakeholder group waits for your support.

home-comments-heading = { $days ->
    [one] New comments on your proposals (last day)
   *[other] New comments on your proposals (last { $days } days)
}
home-comments-none = { $days ->
    [one] No new comments on your proposals in the last day.
   *[other] No new comments on your proposals in the last { $days } days.
}
home-new-comments = { $n ->
    [one] — 1 new comment, latest
   *[other] — { $n } new comments, latest
}

home-chair-heading = Rounds to run
home-chair-none = No rounds to open or close — chairs can create one.
home-ready-to-open = — draft: ready to open
home-open-closes = — open, closes
home-open-no-deadline = — open: close it when voting is done
home-eligible-heading = Eligible proposals in no round ({ $n })
home-eligible-none = No eligible proposal waits for a round.

home-audit-heading = To verify
home-audit-none = No closed round waits for you: you have downloaded the files of every round since it closed.
home-audit-intro = Closed rounds you have not downloaded since they closed: download their ballots and recompute the results.
home-closed = — closed
home-head = { $size ->
    [one] Latest signed checkpoint: number { $number }, covering 1 entry, root
   *[other] Latest signed checkpoint: number { $number }, covering { $entries } entries, root
}
home-head-signed = Signed
home-open-audit = Open the audit trail.
home-head-none = No checkpoint has been signed yet.
home-sign-checkpoint = Sign one on the audit page.

home-admin-heading = Registrations
home-admin-none = No registrations are waiting.
home-admin-pending = { $n ->
    [one] 1 registration waiting for approval
   *[other] { $n } registrations waiting for approval
}

home-intro = Representatives of member states, industry, civil society and academia submit cooperation proposals, discuss them, and rank them in voting rounds. Every result can be recomputed offline from the published ballots, and every change is recorded in a tamper-evident audit trail.
home-sign-in = Sign in
home-register = or register as a delegate
home-approval = An administrator approves new accounts.
home-create-round-button = Create a round
home-admin-accounts = Search and manage all accounts
home-vote-all-done = You have voted in every open round.
home-voted-heading = Rounds you have voted in ({ $n })
home-voted-until = You have voted; you can change your ballot until { $closes }.
home-voted-no-deadline = You have voted; you can change your ballot until the round is closed.
home-times-in-utc = Times are shown in UTC.
