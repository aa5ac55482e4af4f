## Résultats d’un scrutin clos : classements, adoptions et graphiques.

results-heading = Résultats
results-ranked-first = Classée première :
results-tied-first = À égalité en tête :
results-turnout = Participation : { $part } sur { $whole }
results-percent = { $n } %
results-quorum-met = Quorum atteint.
results-quorum-not-met = Quorum non atteint
results-quorum-not-met-tallied = — le scrutin a tout de même été dépouillé.
results-ballot-digest = Empreinte des bulletins :
results-final-ranking = Classement final
results-final-ranking-caption = Classement final ; les propositions à égalité partagent un rang
results-col-position = Rang
results-col-proposal = Proposition
results-col-score = Score
results-col-decision = Décision
results-tied = (ex aequo)
results-adopted = Adoptée
results-not-adopted = Non adoptée
results-record-adopted = Enregistrer { $title } comme adoptée
results-record-not-adopted = Enregistrer { $title } comme non adoptée
results-tiebreak-order = Les propositions à égalité sont listées dans l’ordre de départage ; le classement les garde à égalité.
results-tiebreak-pairs = Les paires de marge égale à { $margin } ont été ordonnées selon l’ordre de départage.
results-tiebreak-elimination = Au tour { $round } du vote alternatif, l’ordre de départage a désigné la proposition éliminée.
results-pairwise-heading = Préférences par paires
results-pairwise-caption = Comment le lire : chaque nombre indique combien de votants (comptés selon leur poids) ont préféré la proposition de la ligne à celle de la colonne. Bleu : la plupart ont préféré la proposition de la ligne ; orange : celle de la colonne. Les numéros 1, 2, 3… renvoient aux propositions listées sous la grille ; survolez une case pour sa valeur exacte.
results-matrix-caption = Combien de votants ont préféré la proposition de la ligne à celle de la colonne (poids exacts)
results-scores-heading = Scores
results-irv-heading = Tours du vote alternatif
results-irv-caption = Décomptes de chaque tour
results-irv-col-round = Tour
results-irv-col-counts = Décomptes
results-irv-col-exhausted = Épuisés
results-irv-col-eliminated = Éliminée
results-irv-by-tiebreak = (par départage)
results-turnout-groups-heading = Participation par groupe de parties prenantes
results-col-group = Groupe
results-col-ballots = Bulletins
results-col-electorate = Électeurs
results-col-turnout = Participation
results-groups-heading = Le classement propre à chaque groupe
results-groups-hint = La même méthode, une voix par délégué au sein du groupe.
results-group-ballots = { $n ->
    [one] { $n } bulletin
   *[other] { $n } bulletins
}
results-group-hidden = Trop peu de votants pour un affichage séparé.
results-agreement-heading = Accord entre les groupes
results-agreement-caption = Le rang de chaque proposition dans le classement de chaque groupe, et leur proximité
results-col-agreement = Accord
results-agreement-meter = accord de { $n } pour cent
results-agreement-broad = les groupes la classent de la même façon
results-agreement-mixed = les groupes la classent assez différemment
results-agreement-divided = les groupes la classent très différemment
results-agreement-too-few = pas assez de groupes
results-downloads = Téléchargements
results-preflib = PrefLib
results-no-preflib = Un fichier PrefLib ne peut pas exprimer des votes oui / non / abstention ; les scrutins d’adoption n’ont donc pas de ballots.toi.

## Graphiques.
results-chart-pairwise-title = Préférences par paires
results-chart-pairwise-desc = Chaque case donne le poids des bulletins qui classent la proposition de la ligne avant celle de la colonne ; en bleu, la plupart des bulletins préfèrent la ligne, en orange la colonne.
results-chart-irv-title = Tours du vote alternatif
results-chart-irv-desc = Pour chaque tour, le poids qui compte pour chaque proposition encore en lice ; la proposition éliminée à la fin du tour est en orange.
results-chart-irv-round = Tour { $n }
results-chart-eliminated = { $count } (éliminée)
results-chart-exhausted = épuisés : { $count }
results-label-value = { $label } : { $value }
results-legend-yes = oui
results-legend-no = non
results-legend-abstain = abstention
results-votes-chart-title = Votes sur { $title }
results-bar-text = oui { $yes } · non { $no } · abstention { $abstain }

## Scrutins d’adoption.
results-decisions = Décisions
results-none-adopted = Aucune proposition n’a été adoptée.
results-adopted-list = Adoptées :
results-met = Atteint.
results-not-met = Non atteint
results-not-met-none-adopted = — aucune proposition ne peut être adoptée.
results-rule-held-quorum-missed = La règle est satisfaite, mais un quorum n’a pas été atteint.
results-votes-caption = Poids des oui, non et abstentions sur { $title }, au total et par groupe
results-col-scope = Périmètre
results-conditions = Conditions
results-all-ballots = Tous les bulletins
results-house-title = Chambre { $name }
results-weight-ballots = { $n ->
    [one] { $weight } ({ $count } bulletin)
   *[other] { $weight } ({ $count } bulletins)
}
results-quorum-voted = { $n ->
    [one] { $part } électeur sur { $whole } a voté
   *[other] { $part } électeurs sur { $whole } ont voté
}
results-quorum-note = Quorum : { $voted } ; { $percent } % requis.
results-group-quorum-note = Quorum du groupe { $group } : { $voted } ; { $percent } % requis.
results-scope-group = le groupe { $name }
results-scope-house = la chambre { $name }
results-scope-all = l’ensemble des bulletins
results-scope-each-group = chaque groupe
results-scope-each-house = chaque chambre
results-at-least = au moins { $value }
results-more-than = plus de { $value }
results-at-most = au plus { $value }
results-check-support = Soutien (oui sur oui + non) dans { $scope } : { $threshold }
results-check-against-yes-no = Opposition (non sur oui + non) dans { $scope } : { $threshold }
results-check-against-all = Opposition (non sur l’ensemble des votes exprimés) dans { $scope } : { $threshold }
results-check-yes-voters = Bulletins disant oui dans { $scope } : { $threshold }
results-check-turnout = Participation dans { $scope } : { $threshold }
results-check-all = Toutes ces conditions sont remplies
results-check-any = Au moins une de ces conditions est remplie
results-check-measured = { $condition } — mesuré : { $value }
results-check-met = remplie
results-check-not-met = non remplie
results-note-no-group-electors = aucun groupe n’a d’électeurs dans ce scrutin
results-note-support-undefined = aucun vote oui ou non : le soutien n’est pas défini
results-note-against-zero = aucun vote : la part contre compte pour 0
results-note-turnout-undefined = aucun électeur : la participation n’est pas définie
results-numbered = { $n }. { $title }
results-chart-pairwise-cell = { $row } plutôt que { $column } : { $value }
results-reading-scores = Comment le lire : chaque barre est le score d’une proposition selon la méthode de décompte du tour ; plus la barre est longue, plus le score est élevé. Le nombre après la barre est le score exact.
results-reading-irv = Comment le lire : de haut en bas, chaque tour montre les voix qui comptent pour chaque proposition encore en lice. La barre orange est la proposition éliminée à la fin de ce tour ; ses voix passent au choix suivant de chaque votant dans le tour d’en dessous.
results-reading-votes = Comment le lire : chaque barre est un ensemble de votants (tous, puis chaque groupe), réparti selon le poids entre oui (plein), non (hachuré) et abstention (pointillé) ; les nombres exacts suivent chaque barre.
results-agreement-reading = Comment le lire : chaque colonne est le rang que le classement propre d’un groupe donne à la proposition. L’accord vaut 100 % quand tous les groupes la placent au même rang, et baisse avec l’écart moyen entre les rangs de deux groupes, rapporté au plus grand écart possible (du premier au dernier) ; 0 % signifie que des groupes la placent première et dernière.
