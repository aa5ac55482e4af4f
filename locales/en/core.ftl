## The layout, dates and times, and sentences shared by many pages.

site-name = Plenary
skip-to-content = Skip to main content
nav-main = Main
nav-proposals = Proposals
nav-rounds = Rounds
nav-reports = Reports
nav-users = Users
nav-audit = Audit
nav-account = Account
nav-sign-in = Sign in
nav-register = Register
nav-sign-out = Sign out
signed-in-as = Signed in as { $name }
footer-tagline = Plenary — proposals, discussion and ranked voting with an auditable trail.
language-label = Language

role-delegate = Delegate
role-chair = Chair
role-auditor = Auditor
role-admin = Administrator

## Dates: { $day } { $month } { $year } and { $time } (hours, minutes and zone).
date-time = { $day } { $month } { $year }, { $time }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## Time left before a deadline.
time-days = { $n ->
    [one] 1 day
   *[other] { $n } days
}
time-hours = { $n ->
    [one] 1 hour
   *[other] { $n } hours
}
time-minutes = { $n ->
    [one] 1 minute
   *[other] { $n } minutes
}
time-pair = { $first } { $second }
time-under-a-minute = less than a minute
time-past = past
time-left = { $left } left

## The error page.
error-title-400 = Bad request
error-title-401 = Please sign in
error-title-403 = Forbidden
error-title-404 = Not found
error-title-409 = Conflict
error-title-413 = Too large
error-title-422 = Invalid input
error-title-429 = Too many requests
error-title-500 = Something went wrong
error-title-503 = Unavailable
error-back-home = Back to the home page
error-status = Error { $status }

msg-database-unavailable = The database is unavailable; try again shortly.
## Sentences that are not tied to one page: errors and notices (src/messages.rs).
msg-login-failed = Sign-in failed: the email or password is wrong, or the account is not active yet.
msg-sign-in-required = Please sign in first.
msg-csrf-failed = This form has expired or did not come from this site. Go back, reload the page and try again.
msg-internal = Something went wrong on our side. Please try again; if it persists, tell an administrator.
msg-email-taken = An account with this email already exists. Sign in, or ask an administrator.
msg-registered = Thank you. An administrator will review your registration; you can sign in once it is approved.
msg-admin-only = Only administrators can manage users.
msg-round-closed = This round is closed: ballots are no longer accepted.
msg-round-not-open = This round is not open for voting yet.
msg-not-in-electorate = You are not in this round's electorate: it was fixed when the round opened, from the active delegates and chairs at that moment.
msg-receipt-explained = Keep this receipt. When the round closes, the published ballots list every counted ballot by its receipt: find yours there to check that your ballot was counted as you cast it. The receipt does not reveal your name to anyone.
msg-proposal-not-found = There is no such proposal.
msg-comment-not-found = There is no such comment.
msg-only-author = Only the author of this proposal can do this.
msg-locked-by-round = This proposal is part of a voting round that is open or closed, so its text can no longer change.
msg-in-open-round = This proposal is in an open voting round and cannot be withdrawn until the round closes.
msg-not-editable = Only drafts and submitted proposals can be edited.
msg-not-a-draft = Only a draft can be submitted; this proposal already was.
msg-not-submitted = Only a submitted proposal can be withdrawn.
msg-own-proposal = You cannot co-sponsor your own proposal.
msg-already-cosponsor = You already co-sponsor this proposal.
msg-not-cosponsor = You do not co-sponsor this proposal.
msg-cosponsor-closed = Only submitted proposals can be co-sponsored.
msg-comments-closed = Comments are open on submitted proposals only.
msg-reply-depth = Replies go one level deep: reply to the original comment instead of to a reply.
msg-parent-elsewhere = That comment belongs to another proposal.
msg-only-comment-author = Only the author of a comment can edit it.
msg-edit-window-closed = Comments can be edited for 15 minutes after posting; this one can no longer change.
msg-comment-hidden = This comment has been hidden by the chair.
msg-no-such-revision = There is no such revision of this proposal.
msg-unknown-language = Choose one of the languages offered: en, fr, es, ar, zh or ru.
# What a form just did (web::flash), shown once at the top of the next page.
done-comment-posted = Your comment is posted.
done-cosponsored = You now co-sponsor this proposal.
done-uncosponsored = You no longer co-sponsor this proposal.
done-withdrawn = The proposal is withdrawn.
done-submitted = The proposal is submitted: delegates can now co-sponsor and discuss it.
done-round-created = The round is created as a draft. Check it, then open it to voting.
done-round-opened = The round is open: electors can now vote.
done-round-closed = The round is closed. The results below are final and recorded in the audit trail.
done-decision-recorded = The decision is recorded.
error-onward = Where to go from here
error-to-round = Back to the voting round
error-to-results = See the round’s results
error-to-rounds = All voting rounds
error-to-proposal = Back to the proposal
error-to-proposals = All proposals
error-to-report = Back to the report
error-to-reports = All reports
group-member_state = Member states
group-industry = Industry
group-civil_society = Civil society
group-academia = Academia
group-technical_community = Technical community
group-intergovernmental = Intergovernmental organisations
theme-connectivity = Connectivity
theme-digital_skills = Digital skills
theme-data_governance = Data governance
theme-cybersecurity = Cybersecurity
theme-ai_governance = AI governance
theme-digital_public_infrastructure = Digital public infrastructure
msg-awaiting-approval = Your password is right, but your account is waiting for an administrator’s approval. You can sign in once it is approved.
