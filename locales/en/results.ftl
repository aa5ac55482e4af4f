## A closed round's results: ranking rounds, adoption rounds and their charts.

results-heading = Results
results-ranked-first = Ranked first:
results-tied-first = Tied for first:
# $part and $whole are written numbers; $n is the electorate (for plurals).
results-turnout = Turnout: { $part } of { $whole }
results-percent = { $n }%
results-quorum-met = Quorum met.
results-quorum-not-met = Quorum not met
results-quorum-not-met-tallied = — the round was tallied anyway.
results-ballot-digest = Ballot digest:
results-final-ranking = Final ranking
results-final-ranking-caption = Final ranking; tied proposals share a position
results-col-position = Position
results-col-proposal = Proposal
results-col-score = Score
results-col-decision = Decision
results-tied = (tied)
results-adopted = Adopted
results-not-adopted = Not adopted
results-record-adopted = Record { $title } as adopted
results-record-not-adopted = Record { $title } as not adopted
results-tiebreak-order = Tied proposals are listed in the tie-break order; the ranking keeps them tied.
results-tiebreak-pairs = Pairs with equal margin { $margin } were ordered by the tie-break order.
results-tiebreak-elimination = In IRV round { $round }, the tie-break order chose whom to eliminate.
results-pairwise-heading = Pairwise preferences
results-pairwise-caption = How to read it: each number is how many voters (counted by weight) preferred the row's proposal to the column's. Blue: most preferred the row's proposal; orange: most preferred the column's. The numbers 1, 2, 3… are the proposals listed under the grid; hover a cell for its exact value.
results-matrix-caption = How many voters preferred the row's proposal to the column's (exact weights)
results-scores-heading = Scores
results-irv-heading = Instant-runoff rounds
results-irv-caption = Counts in each round
results-irv-col-round = Round
results-irv-col-counts = Counts
results-irv-col-exhausted = Exhausted
results-irv-col-eliminated = Eliminated
results-irv-by-tiebreak = (by tie-break)
results-turnout-groups-heading = Turnout by stakeholder group
results-col-group = Group
results-col-ballots = Ballots
results-col-electorate = Electorate
results-col-turnout = Turnout
results-groups-heading = Each group's own ranking
results-groups-hint = The same method, one vote per delegate within the group.
results-group-ballots = { $n ->
    [one] { $n } ballot
   *[other] { $n } ballots
}
results-group-hidden = Too few voters to show separately.
results-agreement-heading = Agreement across groups
results-agreement-caption = Each proposal's position in every group's ranking, and how close they are
results-col-agreement = Agreement
results-agreement-meter = agreement { $n } percent
results-agreement-broad = groups place it alike
results-agreement-mixed = groups place it somewhat differently
results-agreement-divided = groups place it far apart
results-agreement-too-few = not enough groups
results-downloads = Downloads
results-preflib = PrefLib
results-no-preflib = A PrefLib file cannot express yes / no / abstain votes, so adoption rounds have no ballots.toi.

## Charts.
results-chart-pairwise-title = Pairwise preferences
results-chart-pairwise-desc = Each cell gives the weight of ballots that rank the row's proposal above the column's; blue cells mean most ballots prefer the row, orange cells the column.
results-chart-irv-title = Instant-runoff rounds
results-chart-irv-desc = For each round, the weight counting for each continuing proposal; the proposal eliminated at the end of the round is shown in orange.
results-chart-irv-round = Round { $n }
results-chart-eliminated = { $count } (eliminated)
results-chart-exhausted = exhausted: { $count }
results-label-value = { $label }: { $value }
results-legend-yes = yes
results-legend-no = no
results-legend-abstain = abstain
results-votes-chart-title = Votes on { $title }
results-bar-text = yes { $yes } · no { $no } · abstain { $abstain }

## Adoption rounds.
results-decisions = Decisions
results-none-adopted = No proposal was adopted.
results-adopted-list = Adopted:
results-met = Met.
results-not-met = Not met
results-not-met-none-adopted = — no proposal can be adopted.
results-rule-held-quorum-missed = The rule holds, but a quorum was not met.
results-votes-caption = Yes, no and abstain weights on { $title }, overall and per group
results-col-scope = Scope
results-conditions = Conditions
results-all-ballots = All ballots
results-house-title = House { $name }
# $count is the written number of ballots, $n the same for plural forms.
results-weight-ballots = { $n ->
    [one] { $weight } ({ $count } ballot)
   *[other] { $weight } ({ $count } ballots)
}
results-quorum-voted = { $n ->
    [one] { $part } of { $whole } elector voted
   *[other] { $part } of { $whole } electors voted
}
results-quorum-note = Quorum: { $voted }; { $percent }% needed.
results-group-quorum-note = Group quorum, { $group }: { $voted }; { $percent }% needed.
results-scope-group = group { $name }
results-scope-house = house { $name }
results-scope-all = all ballots
results-scope-each-group = each group
results-scope-each-house = each house
results-at-least = at least { $value }
results-more-than = more than { $value }
results-at-most = at most { $value }
results-check-support = Support (yes over yes + no) in { $scope }: { $threshold }
results-check-against-yes-no = Opposition (no over yes + no) in { $scope }: { $threshold }
results-check-against-all = Opposition (no over all votes cast) in { $scope }: { $threshold }
results-check-yes-voters = Ballots saying yes in { $scope }: { $threshold }
results-check-turnout = Turnout in { $scope }: { $threshold }
results-check-all = All of these hold
results-check-any = At least one of these holds
results-check-measured = { $condition } — measured { $value }
results-check-met = met
results-check-not-met = not met
results-note-no-group-electors = no group has electors in this round
results-note-support-undefined = no yes or no votes: support is undefined
results-note-against-zero = no votes: the share against counts as 0
results-note-turnout-undefined = no electors: turnout is undefined
results-numbered = { $n }. { $title }
results-chart-pairwise-cell = { $row } over { $column }: { $value }
results-reading-scores = How to read it: each bar is a proposal's score under the round's counting method; a longer bar is a higher score. The number after the bar is the exact score.
results-reading-irv = How to read it: from the top, each round shows the votes counting for every proposal still in the count. The orange bar is the proposal eliminated at the end of that round; its votes move to each voter's next choice in the round below.
results-reading-votes = How to read it: each bar is one set of voters (all of them, then each group), split by weight into yes (solid), no (hatched) and abstain (dotted); the exact numbers follow each bar.
results-agreement-reading = How to read it: each column is the place a group's own ranking gives the proposal. Agreement is 100% when every group puts it at the same place, and falls with the average distance between two groups' places, as a share of the largest possible distance (from first to last); 0% means groups put it first and last.
