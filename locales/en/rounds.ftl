## Round pages: the list, a new round, the round page, proxies and the ballot.

rounds-list-title = Rounds
rounds-list-heading = Voting rounds
rounds-create-button = Create a round
rounds-list-empty = There are no rounds yet.
rounds-list-caption = All rounds, newest first
rounds-col-round = Round
rounds-col-status = Status
rounds-col-method = Method
rounds-col-proposals = Proposals
rounds-col-closes = Closes
rounds-closes-by-chair = by the chair

rounds-status-draft = draft
rounds-status-open = open
rounds-status-closed = closed

rounds-method-adoption = adoption vote
rounds-method-schulze = Schulze
rounds-method-ranked-pairs = Ranked pairs
rounds-method-borda = Borda
rounds-method-borda-symmetric = Borda (symmetric)
rounds-method-irv = Instant runoff
rounds-method-copeland = Copeland
rounds-method-plurality = Plurality

rounds-weighting-per-delegate = One vote per delegate
rounds-weighting-equal-groups = Equal weight per stakeholder group
rounds-weighting-per-organisation = One vote per organisation

rounds-preset-majority = Majority: more than half of yes + no
rounds-preset-two-thirds = Two thirds of yes + no
rounds-preset-concurrent-majority = Majority in each stakeholder group
rounds-preset-concurrent-two-thirds = Two thirds in each stakeholder group
rounds-preset-two-houses = Two houses: 2/3 in the first, majority in the second
rounds-preset-house-supermajority = House supermajority: 2/3 in each house, or 3/4 in one and a majority in the other
rounds-preset-custom = Custom rule (below)
rounds-preset-name-majority = majority
rounds-preset-name-two-thirds = two thirds
rounds-preset-name-concurrent-majority = concurrent majority
rounds-preset-name-concurrent-two-thirds = concurrent two thirds
rounds-preset-name-two-houses = two houses
rounds-preset-name-house-supermajority = house supermajority

rounds-secrecy-secret = secret ballots
rounds-secrecy-recorded = recorded ballots

## The new-round form.
rounds-new-title = New round
rounds-new-heading = Create a voting round
rounds-new-field-title = Title
rounds-new-field-description = Description
rounds-new-optional = (optional)
rounds-new-proposals-legend = Proposals on the ballot (at least two eligible, submitted proposals)
rounds-new-no-proposals = No submitted proposals yet.
rounds-new-not-eligible = Not eligible: { $reason }
rounds-new-kind-legend = Kind of round
rounds-new-method = Method
rounds-new-rule-legend = Adoption rule
rounds-new-rule-legend-hint = (how each proposal is decided)
rounds-new-rule = Rule
rounds-new-custom-rule = Custom rule
rounds-new-custom-rule-hint = Advanced: write your own rule
rounds-new-houses = Houses
rounds-new-houses-hint = Optional. For rules with houses: type the name of the house each group sits in; groups given the same name vote together as one house. Leave empty when the rule has no houses.
rounds-new-group-quorum = Group quorum
rounds-new-group-quorum-hint = (optional; percent of each group's electors that must vote)
rounds-new-weighting = Weighting
rounds-new-group-weights = Group weights for equal weight per group
rounds-new-group-weights-hint = Optional, for equal weight per group: how much each group's ballots weigh together (for example 2 for one group and 1 for the others). Empty means 1.
rounds-new-secrecy-legend = Ballot secrecy
rounds-new-secret = Secret: ballots are published without names
rounds-new-recorded = Recorded: ballots are published with each voter's name and organisation
rounds-new-closes-at = Closes automatically at
rounds-new-closes-at-hint = (optional; UTC)
rounds-new-quorum = Quorum
rounds-new-quorum-hint = (optional; percent of the electorate)
rounds-new-submit = Create the round
rounds-new-draft-note = A new round starts as a draft. When you open it, the electorate — the active delegates and chairs at that moment — is fixed.

## The round page.
rounds-show-adoption-rule = adoption vote, rule
rounds-show-rule-custom = custom
rounds-show-houses = houses
rounds-show-group-quorum = group quorum { $percent }%
rounds-show-method = method
rounds-show-weighting = weighting
rounds-show-quorum = quorum { $percent }%
rounds-show-closes-at = closes at
rounds-show-open = Open the round
rounds-show-close = Close the round and publish the results
# $part and $whole are written numbers; $n is the electorate (for plurals).
rounds-show-ballots-so-far = { $n ->
    [one] { $part } of { $whole } voter has cast a ballot.
   *[other] { $part } of { $whole } voters have cast a ballot.
}
rounds-show-change-ballot = Change your ballot
rounds-show-vote = Vote on the proposals
rounds-show-rank = Rank the proposals
rounds-show-proxies-active = Proxies active: { $n }.
rounds-show-proposals = Proposals

## Proxies.
rounds-proxy-heading = Proxies
# Followed by the holder's name in bold, then rounds-proxy-gave-end.
rounds-proxy-gave = You gave your vote to
rounds-proxy-gave-end = .
rounds-proxy-used = They have voted for you; cast your own ballot to replace theirs.
rounds-proxy-not-used = They have not voted for you yet.
rounds-proxy-revoke = Take my vote back
rounds-proxy-held = You hold the votes of:
rounds-proxy-vote-for = Vote for { $name }
rounds-proxy-voted = (voted)
rounds-proxy-not-yet = (not yet)
rounds-proxy-give-label = Give my vote to…
rounds-proxy-give = Give my vote
rounds-proxy-rules = Only an elector of your own stakeholder group can hold your vote. You can take it back until they have voted for you, and your own ballot always replaces theirs.

## The ballot page.
rounds-ballot-title = Ballot: { $title }
rounds-ballot-heading = Your ballot: { $title }
rounds-ballot-whose = Whose ballot
rounds-ballot-voting-for = Voting for:
rounds-ballot-yourself = yourself
rounds-ballot-for-name = for { $name }
# Followed by the grantor's name in bold, then rounds-ballot-filling-for-end.
rounds-ballot-filling-for = You are filling in the ballot of
rounds-ballot-filling-for-end = , who gave you their vote. It is weighted and counted exactly as theirs, and they see its receipt too.
rounds-ballot-replaced = Your new ballot replaced the earlier one.
rounds-ballot-cast = Your ballot was cast.
rounds-ballot-your-receipt = Your receipt:
rounds-ballot-copy = Copy receipt
rounds-ballot-copied = Copied
rounds-ballot-check-summary = Check the receipt yourself
rounds-ballot-check-votes = The receipt is the SHA-256 of plenary-receipt/1, the round id, your votes and this nonce (see docs/formats.md):
rounds-ballot-check-ranking = The receipt is the SHA-256 of plenary-receipt/1, the round id, your ranking and this nonce (see docs/formats.md):
# Followed by the receipt, then rounds-ballot-already-end.
rounds-ballot-already = You have already voted (receipt
rounds-ballot-already-end = ). Casting again replaces that ballot; only your latest ballot counts.
rounds-ballot-adoption-help = Answer yes, no or abstain on each proposal. A proposal you leave unanswered counts as an abstention.
rounds-vote-yes = Yes
rounds-vote-no = No
rounds-vote-abstain = Abstain
rounds-ballot-submit = Cast ballot
rounds-ballot-ranking-help = Give each proposal a rank: 1 for your first choice, 2 for the next, and so on. Give two proposals the same number to rank them equal. Leave a proposal blank to leave it unranked: unranked proposals come after all ranked ones.
rounds-ballot-caption = Proposals and your ranks
rounds-ballot-col-proposal = Proposal
rounds-ballot-col-rank = Your rank
rounds-back = Back to the round

## The ballot page's script (drag and drop, buttons); %title%, %rank% and
## %action% are filled in by the script.
rounds-js-ranked-heading = Your ranking (drag, or use the buttons)
rounds-js-unranked-heading = Not ranked
rounds-js-move-up = Move up
rounds-js-move-down = Move down
rounds-js-tie = Tie with above
rounds-js-unrank = Unrank
rounds-js-rank = Rank
rounds-js-tied = (tied)
rounds-js-empty = Nothing ranked yet: use Rank, or drag proposals here.
rounds-js-now-ranked = { $title } is now ranked { $rank }
rounds-js-not-ranked = { $title } is not ranked
rounds-js-action = { $action }: { $title }

## The privacy warning of a secret round (before voting).
rounds-privacy-small = { $n ->
    [one] { $label } (1 voter)
   *[other] { $label } ({ $n } voters)
}
rounds-list-joiner = { $first }, { $next }
rounds-privacy-adoption = Privacy: an adoption rule counts per stakeholder group, so the published ballots keep every ballot's group, and the votes of a group with one or two voters can be read from them: { $small }.
rounds-privacy-equal-groups = Privacy: this round weighs each stakeholder group equally, so a ballot from a stakeholder group with one or two voters gets a weight no other ballot has. The published ballots withhold those stakeholder group names, but the weight alone may point to who cast them: { $small }.
rounds-privacy-per-organisation = Privacy: this round weighs each organisation equally, so a ballot from an organisation with one or two voters gets a weight no other ballot has. The published ballots withhold those organisation names, but the weight alone may point to who cast them: { $small }.
rounds-js-help = Put the proposals in your order of preference: press Rank to add one, then Move up, Move down or Tie with above (or drag them). Proposals you leave under "Not ranked" come after all ranked ones. What the list shows is what your ballot will say.
rounds-read-proposal = read it
rounds-receipt-check-heading = Check a receipt
rounds-receipt-yours = Your ballot’s receipt:
rounds-receipt-check-yours = Check that it was counted
rounds-receipt-label = Receipt
rounds-receipt-check = Check
rounds-receipt-hint = Paste the 64-character receipt you were given when you voted. The receipt page shows whether that ballot was counted, what it says, and the proof that it is in the published ballots.
rounds-ballot-receipt-later = Once the round closes, this link shows that your ballot was counted:
# The confirmation pages before opening or closing a round (web::round_confirm).
rounds-confirm-open-heading = Open “{ $title }” to voting?
rounds-confirm-open-proposals = { $n ->
    [one] { $n } proposal will be on the ballot.
   *[other] { $n } proposals will be on the ballot.
}
rounds-confirm-open-electorate = Every active delegate and chair becomes an elector now; people approved later cannot vote in this round.
rounds-confirm-deadline = It closes by itself at { $when }.
rounds-confirm-deadline-left = Its deadline is { $when } ({ $left }).
rounds-confirm-no-deadline = It has no deadline: it stays open until a chair closes it.
rounds-confirm-open-final = Once the round is open, its proposals, counting method and rules can no longer be changed.
rounds-confirm-close-heading = Close “{ $title }” and publish its results?
rounds-confirm-close-turnout = { $n ->
    [one] { $part } of { $whole } elector has voted.
   *[other] { $part } of { $whole } electors have voted.
}
rounds-confirm-close-no-quorum = The quorum of { $percent } % is not met: the results will say so.
rounds-confirm-close-final = Closing cannot be undone: no ballot is accepted afterwards, and the results are counted, published and recorded in the audit trail for good.
confirm-cancel = Cancel and go back
rounds-new-step-heading = What kind of round?
rounds-new-heading-ranking = Create a ranking round
rounds-new-heading-adoption = Create an adoption round
rounds-new-choose-ranking-help = Voters put the proposals in order of preference, and a counting method turns the ballots into one ranking. Use it to set priorities; it decides nothing by itself.
rounds-new-choose-adoption-help = Voters answer yes, no or abstain on each proposal, and a rule decides which are adopted. Use it to take decisions.
rounds-new-change-kind = Choose another kind of round
# $field: the label of the refused field; $message: why.
rounds-new-error-in = { $field }: { $message }
rounds-new-field-proposals = Proposals on the ballot
rounds-preset-help-majority = Adopted when more voters say yes than no (abstentions do not count).
rounds-preset-help-two-thirds = Adopted when at least two thirds of those saying yes or no say yes.
rounds-preset-help-concurrent-majority = Adopted only when every stakeholder group, on its own, has more yes than no.
rounds-preset-help-concurrent-two-thirds = Adopted only when every stakeholder group, on its own, says yes by at least two thirds.
rounds-preset-help-two-houses = Two houses vote side by side: two thirds yes in the first and a majority in the second. Name exactly two houses below.
rounds-preset-help-house-supermajority = Adopted with two thirds in each house, or three quarters in one house and a majority in the other. Name exactly two houses below.
rounds-preset-help-custom = Any other condition, written in the rule language under “Advanced” below.
