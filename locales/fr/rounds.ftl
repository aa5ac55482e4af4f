## Pages des scrutins : la liste, un nouveau scrutin, la page du scrutin, les procurations et le bulletin.

rounds-list-title = Scrutins
rounds-list-heading = Scrutins
rounds-create-button = Créer un scrutin
rounds-list-empty = Il n’y a pas encore de scrutin.
rounds-list-caption = Tous les scrutins, du plus récent au plus ancien
rounds-col-round = Scrutin
rounds-col-status = État
rounds-col-method = Méthode
rounds-col-proposals = Propositions
rounds-col-closes = Clôture
rounds-closes-by-chair = par la présidence

rounds-status-draft = brouillon
rounds-status-open = ouvert
rounds-status-closed = clos

rounds-method-adoption = vote d’adoption
rounds-method-schulze = Schulze
rounds-method-ranked-pairs = Paires classées
rounds-method-borda = Borda
rounds-method-borda-symmetric = Borda (symétrique)
rounds-method-irv = Vote alternatif (second tour instantané)
rounds-method-copeland = Copeland
rounds-method-plurality = Majorité relative

rounds-weighting-per-delegate = Une voix par délégué
rounds-weighting-equal-groups = Poids égal pour chaque groupe de parties prenantes
rounds-weighting-per-organisation = Une voix par organisation

rounds-preset-majority = Majorité : plus de la moitié des oui + non
rounds-preset-two-thirds = Deux tiers des oui + non
rounds-preset-concurrent-majority = Majorité dans chaque groupe de parties prenantes
rounds-preset-concurrent-two-thirds = Deux tiers dans chaque groupe de parties prenantes
rounds-preset-two-houses = Deux chambres : 2/3 dans la première, majorité dans la seconde
rounds-preset-house-supermajority = Majorité qualifiée des chambres : 2/3 dans chaque chambre, ou 3/4 dans l’une et la majorité dans l’autre
rounds-preset-custom = Règle personnalisée (ci-dessous)
rounds-preset-name-majority = majorité
rounds-preset-name-two-thirds = deux tiers
rounds-preset-name-concurrent-majority = majorité dans chaque groupe
rounds-preset-name-concurrent-two-thirds = deux tiers dans chaque groupe
rounds-preset-name-two-houses = deux chambres
rounds-preset-name-house-supermajority = majorité qualifiée des chambres

rounds-secrecy-secret = vote secret
rounds-secrecy-recorded = vote nominatif

## Le formulaire de nouveau scrutin.
rounds-new-title = Nouveau scrutin
rounds-new-heading = Créer un scrutin
rounds-new-field-title = Titre
rounds-new-field-description = Description
rounds-new-optional = (facultatif)
rounds-new-proposals-legend = Propositions soumises au vote (au moins deux propositions soumises et recevables)
rounds-new-no-proposals = Aucune proposition soumise pour l’instant.
rounds-new-not-eligible = Non recevable : { $reason }
rounds-new-kind-legend = Type de scrutin
rounds-new-method = Méthode
rounds-new-rule-legend = Règle d’adoption
rounds-new-rule-legend-hint = (comment chaque proposition est décidée)
rounds-new-rule = Règle
rounds-new-custom-rule = Règle personnalisée
rounds-new-custom-rule-hint = Avancé : écrire votre propre règle
rounds-new-houses = Chambres
rounds-new-houses-hint = Facultatif. Pour les règles à chambres : indiquez le nom de la chambre où siège chaque groupe ; les groupes portant le même nom votent ensemble comme une seule chambre. Laissez vide si la règle n’a pas de chambres.
rounds-new-group-quorum = Quorum par groupe
rounds-new-group-quorum-hint = (facultatif ; pourcentage des électeurs de chaque groupe qui doivent voter)
rounds-new-weighting = Pondération
rounds-new-group-weights = Poids des groupes pour la pondération égale par groupe
rounds-new-group-weights-hint = Facultatif, pour un poids égal par groupe : le poids de l’ensemble des bulletins de chaque groupe (par exemple 2 pour un groupe et 1 pour les autres). Vide signifie 1.
rounds-new-secrecy-legend = Secret du vote
rounds-new-secret = Secret : les bulletins sont publiés sans les noms
rounds-new-recorded = Nominatif : les bulletins sont publiés avec le nom et l’organisation de chaque votant
rounds-new-closes-at = Clôture automatique le
rounds-new-closes-at-hint = (facultatif ; UTC)
rounds-new-quorum = Quorum
rounds-new-quorum-hint = (facultatif ; pourcentage du corps électoral)
rounds-new-submit = Créer le scrutin
rounds-new-draft-note = Un nouveau scrutin commence à l’état de brouillon. À son ouverture, le corps électoral — les délégués et présidents actifs à ce moment — est figé.

## La page du scrutin.
rounds-show-adoption-rule = vote d’adoption, règle
rounds-show-rule-custom = personnalisée
rounds-show-houses = chambres
rounds-show-group-quorum = quorum par groupe { $percent } %
rounds-show-method = méthode
rounds-show-weighting = pondération
rounds-show-quorum = quorum { $percent } %
rounds-show-closes-at = clôture le
rounds-show-open = Ouvrir le scrutin
rounds-show-close = Clore le scrutin et publier les résultats
rounds-show-ballots-so-far = { $n ->
    [one] { $part } votant sur { $whole } a voté.
   *[other] { $part } votants sur { $whole } ont voté.
}
rounds-show-change-ballot = Modifier votre bulletin
rounds-show-vote = Voter sur les propositions
rounds-show-rank = Classer les propositions
rounds-show-proxies-active = Procurations actives : { $n }.
rounds-show-proposals = Propositions

## Procurations.
rounds-proxy-heading = Procurations
rounds-proxy-gave = Vous avez donné procuration à
rounds-proxy-gave-end = .
rounds-proxy-used = Cette personne a voté pour vous ; votez vous-même pour remplacer son bulletin.
rounds-proxy-not-used = Cette personne n’a pas encore voté pour vous.
rounds-proxy-revoke = Reprendre ma voix
rounds-proxy-held = Vous détenez les voix de :
rounds-proxy-vote-for = Voter pour { $name }
rounds-proxy-voted = (a voté)
rounds-proxy-not-yet = (pas encore)
rounds-proxy-give-label = Donner ma voix à…
rounds-proxy-give = Donner ma voix
rounds-proxy-rules = Seul un électeur de votre propre groupe de parties prenantes peut détenir votre voix. Vous pouvez la reprendre tant qu’il n’a pas voté pour vous, et votre propre bulletin remplace toujours le sien.

## Le bulletin.
rounds-ballot-title = Bulletin : { $title }
rounds-ballot-heading = Votre bulletin : { $title }
rounds-ballot-whose = Bulletin de qui
rounds-ballot-voting-for = Vous votez pour :
rounds-ballot-yourself = vous-même
rounds-ballot-for-name = pour { $name }
rounds-ballot-filling-for = Vous remplissez le bulletin de
rounds-ballot-filling-for-end = , qui vous a donné sa voix. Il est pondéré et compté exactement comme le sien, et cette personne en voit aussi le reçu.
rounds-ballot-replaced = Votre nouveau bulletin a remplacé le précédent.
rounds-ballot-cast = Votre bulletin a été déposé.
rounds-ballot-your-receipt = Votre reçu :
rounds-ballot-copy = Copier le reçu
rounds-ballot-copied = Copié
rounds-ballot-check-summary = Vérifier le reçu vous-même
rounds-ballot-check-votes = Le reçu est le SHA-256 de plenary-receipt/1, de l’identifiant du scrutin, de vos votes et de ce nonce (voir docs/formats.md) :
rounds-ballot-check-ranking = Le reçu est le SHA-256 de plenary-receipt/1, de l’identifiant du scrutin, de votre classement et de ce nonce (voir docs/formats.md) :
rounds-ballot-already = Vous avez déjà voté (reçu
rounds-ballot-already-end = ). Voter à nouveau remplace ce bulletin ; seul votre dernier bulletin compte.
rounds-ballot-adoption-help = Répondez oui, non ou abstention sur chaque proposition. Une proposition laissée sans réponse compte comme une abstention.
rounds-vote-yes = Oui
rounds-vote-no = Non
rounds-vote-abstain = Abstention
rounds-ballot-submit = Voter
rounds-ballot-ranking-help = Donnez un rang à chaque proposition : 1 pour votre premier choix, 2 pour le suivant, et ainsi de suite. Donnez le même numéro à deux propositions pour les classer à égalité. Laissez une proposition vide pour ne pas la classer : les propositions non classées viennent après toutes les propositions classées.
rounds-ballot-caption = Propositions et vos rangs
rounds-ballot-col-proposal = Proposition
rounds-ballot-col-rank = Votre rang
rounds-back = Retour au scrutin

## Le script du bulletin.
rounds-js-ranked-heading = Votre classement (glissez, ou utilisez les boutons)
rounds-js-unranked-heading = Non classées
rounds-js-move-up = Monter
rounds-js-move-down = Descendre
rounds-js-tie = À égalité avec la précédente
rounds-js-unrank = Retirer du classement
rounds-js-rank = Classer
rounds-js-tied = (ex aequo)
rounds-js-empty = Rien n’est encore classé : utilisez Classer, ou glissez des propositions ici.
rounds-js-now-ranked = { $title } est maintenant au rang { $rank }
rounds-js-not-ranked = { $title } n’est pas classée
rounds-js-action = { $action } : { $title }

## L’avertissement de confidentialité d’un scrutin secret.
rounds-privacy-small = { $n ->
    [one] { $label } (1 votant)
   *[other] { $label } ({ $n } votants)
}
rounds-list-joiner = { $first }, { $next }
rounds-privacy-adoption = Confidentialité : une règle d’adoption compte par groupe de parties prenantes ; les bulletins publiés gardent donc le groupe de chacun, et les votes d’un groupe d’un ou deux votants peuvent s’y lire : { $small }.
rounds-privacy-equal-groups = Confidentialité : ce scrutin donne le même poids à chaque groupe de parties prenantes ; le bulletin d’un groupe d’un ou deux votants reçoit donc un poids qu’aucun autre bulletin n’a. Les bulletins publiés taisent le nom de ces groupes, mais le poids seul peut désigner leurs auteurs : { $small }.
rounds-privacy-per-organisation = Confidentialité : ce scrutin donne le même poids à chaque organisation ; le bulletin d’une organisation d’un ou deux votants reçoit donc un poids qu’aucun autre bulletin n’a. Les bulletins publiés taisent le nom de ces organisations, mais le poids seul peut désigner leurs auteurs : { $small }.
rounds-js-help = Placez les propositions dans votre ordre de préférence : appuyez sur Classer pour en ajouter une, puis sur Monter, Descendre ou À égalité avec la précédente (ou faites-les glisser). Les propositions laissées sous « Non classées » viennent après toutes les propositions classées. Ce que montre la liste est ce que dira votre bulletin.
rounds-read-proposal = la lire
rounds-receipt-check-heading = Vérifier un reçu
rounds-receipt-yours = Le reçu de votre bulletin :
rounds-receipt-check-yours = Vérifier qu’il a été compté
rounds-receipt-label = Reçu
rounds-receipt-check = Vérifier
rounds-receipt-hint = Collez le reçu de 64 caractères que vous avez reçu en votant. La page du reçu indique si ce bulletin a été compté, ce qu’il contient, et la preuve qu’il figure parmi les bulletins publiés.
rounds-ballot-receipt-later = Une fois le scrutin clos, ce lien montre que votre bulletin a été compté :
# The confirmation pages before opening or closing a round (web::round_confirm).
rounds-confirm-open-heading = Ouvrir le vote sur « { $title } » ?
rounds-confirm-open-proposals = { $n ->
    [one] { $n } proposition figurera sur le bulletin.
   *[other] { $n } propositions figureront sur le bulletin.
}
rounds-confirm-open-electorate = Chaque délégué·e et président·e actif·ve devient électeur·rice maintenant ; les personnes approuvées plus tard ne pourront pas voter dans ce scrutin.
rounds-confirm-deadline = Il se clôt de lui-même le { $when }.
rounds-confirm-deadline-left = Sa date limite est le { $when } ({ $left }).
rounds-confirm-no-deadline = Il n’a pas de date limite : il reste ouvert jusqu’à ce qu’un·e président·e le close.
rounds-confirm-open-final = Une fois le scrutin ouvert, ses propositions, sa méthode de décompte et ses règles ne peuvent plus être modifiées.
rounds-confirm-close-heading = Clore « { $title } » et publier ses résultats ?
rounds-confirm-close-turnout = { $n ->
    [one] { $part } électeur·rice sur { $whole } a voté.
   *[other] { $part } électeur·rices sur { $whole } ont voté.
}
rounds-confirm-close-no-quorum = Le quorum de { $percent } % n’est pas atteint : les résultats l’indiqueront.
rounds-confirm-close-final = La clôture est irréversible : aucun bulletin n’est accepté ensuite, et les résultats sont décomptés, publiés et inscrits définitivement dans le journal d’audit.
confirm-cancel = Annuler et revenir
rounds-new-step-heading = Quel type de tour ?
rounds-new-heading-ranking = Créer un tour de classement
rounds-new-heading-adoption = Créer un tour d’adoption
rounds-new-choose-ranking-help = Les votants classent les propositions par ordre de préférence, et une méthode de décompte fait des bulletins un classement unique. Pour fixer des priorités ; il ne décide rien par lui-même.
rounds-new-choose-adoption-help = Les votants répondent oui, non ou abstention pour chaque proposition, et une règle décide lesquelles sont adoptées. Pour prendre des décisions.
rounds-new-change-kind = Choisir un autre type de tour
# $field: the label of the refused field; $message: why.
rounds-new-error-in = { $field } : { $message }
rounds-new-field-proposals = Propositions soumises au vote
rounds-preset-help-majority = Adoptée lorsque plus de votants disent oui que non (les abstentions ne comptent pas).
rounds-preset-help-two-thirds = Adoptée lorsqu’au moins deux tiers de ceux qui disent oui ou non disent oui.
rounds-preset-help-concurrent-majority = Adoptée seulement si chaque groupe de parties prenantes, pris seul, compte plus de oui que de non.
rounds-preset-help-concurrent-two-thirds = Adoptée seulement si chaque groupe de parties prenantes, pris seul, dit oui à au moins deux tiers.
rounds-preset-help-two-houses = Deux chambres votent côte à côte : deux tiers de oui dans la première et la majorité dans la seconde. Nommez exactement deux chambres ci-dessous.
rounds-preset-help-house-supermajority = Adoptée avec deux tiers dans chaque chambre, ou trois quarts dans l’une et la majorité dans l’autre. Nommez exactement deux chambres ci-dessous.
rounds-preset-help-custom = Toute autre condition, écrite dans le langage des règles sous « Avancé » ci-dessous.
