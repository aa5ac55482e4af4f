## Refus de saisies et d’actions, avec ce qu’il faut faire à la place. Les
## arguments sont du texte : { $value } est la saisie, déjà entre guillemets.

## Le nom d’un champ de texte dans les phrases err-text-* ($label en est la clé).
err-field-label = { $label ->
    [title] Le titre
    [summary] Le résumé
    [body] Le texte
    [comment] Le commentaire
    [reason] Le motif
    [description] La description
    [introduction] L’introduction
    [display_name] Le nom affiché
   *[organisation] L’organisation
}
err-text-required = { err-field-label } est obligatoire.
err-text-too-short = { err-field-label } doit comporter au moins { $min } caractères.
err-text-too-long = { err-field-label } ne doit pas dépasser { $max } caractères (actuellement : { $n }).
err-text-control = { err-field-label } contient des caractères de contrôle.

## Comptes et personnes.
err-email = Saisissez une adresse e-mail telle que nom@example.org.
err-password-short = Choisissez un mot de passe d’au moins 10 caractères.
err-password-long = Choisissez un mot de passe de 256 caractères au plus.
err-role = Rôle inconnu { $value } ; choisissez delegate, chair, auditor ou admin.
err-user-status = Statut inconnu { $value } ; utilisez pending, active, suspended ou rejected.
err-group = Groupe de parties prenantes inconnu { $value } ; choisissez parmi : { $choices }.
err-time-zone = Fuseau horaire inconnu { $value } ; utilisez un nom IANA tel que Europe/Paris, America/New_York ou UTC.

## Propositions.
err-unknown-theme = Thème inconnu { $value } ; choisissez parmi : { $choices }.
err-proposal-status = Statut inconnu ; utilisez draft, submitted, withdrawn, adopted ou not_adopted.

## Scrutins.
err-round-status = Statut de scrutin inconnu { $value }.
err-secrecy = Confidentialité inconnue { $value } ; choisissez secret ou recorded.
err-weight-too-long = Le poids de { $group } est trop long : écrivez-le en { $max } caractères au plus, par exemple 2 ou 3/7.
err-weight-not-number = Le poids de { $group } doit être un nombre entier ou une fraction comme 1/2, et non { $value }.
err-weight-not-positive = Le poids de { $group } doit être positif.
err-weights-syntax = Écrivez les poids des groupes sous la forme groupe=poids, par exemple member_state=2 (reçu : { $value }).
err-weight-twice = Le groupe { $group } a deux poids.
err-closes-leap-second = L’heure de clôture { $value } désigne une seconde intercalaire ; choisissez une heure dont les secondes vont de 00 à 59.
err-closes-format = L’heure de clôture { $value } n’est pas une date et une heure comme 2026-12-01T17:00Z.
err-proposal-listed-twice = La proposition { $id } figure deux fois.
err-round-two-proposals = Choisissez au moins deux propositions pour le scrutin.
err-weights-only-equal-groups = Les poids des groupes ne s’appliquent qu’à la pondération equal_groups.
err-weighting = Pondération inconnue { $value } ; choisissez per_delegate, equal_groups ou per_organisation.
err-closes-past = L’heure de clôture doit être dans le futur.
err-rank-number = Le rang { $value } n’est pas un nombre entier à partir de 1 ; laissez une proposition vide pour ne pas la classer.
err-house-syntax = Écrivez chaque collège sous la forme nom: groupe, groupe (reçu : { $value }).
err-quorum-percent = Le quorum est un pourcentage entier de 0 à 100.
err-group-quorum-percent = Le quorum par groupe est un pourcentage entier de 0 à 100.
err-adoption-only = Une règle, des collèges et un quorum par groupe ne s’appliquent qu’aux scrutins d’adoption : indiquez { $example }.
err-method = Méthode inconnue { $value } ; choisissez schulze, ranked_pairs, borda, irv, copeland ou plurality.
err-adoption-no-method = Un scrutin d’adoption n’a pas de méthode de classement : chaque proposition est tranchée par la règle.
err-adoption-needs-rule = Un scrutin d’adoption a besoin d’une règle, par exemple { $example }.
err-round-kind = Type de scrutin inconnu { $value } ; choisissez ranking ou adoption.

## Rapports.
err-report-status = Statut de rapport inconnu { $value }.
err-report-no-rounds = Choisissez au moins un scrutin clos que le rapport couvrira.
err-report-too-many-rounds = Un rapport couvre au plus { $max } scrutins.
err-round-listed-twice = Le scrutin { $id } figure deux fois.
err-no-round = Le scrutin { $id } n’existe pas.
err-report-round-open = Le scrutin { $id } ({ $title }) n’est pas clos ; un rapport ne couvre que des scrutins clos.
err-no-report-to-supersede = Il n’existe pas de rapport { $id } à remplacer.
err-no-such-report = Ce rapport n’existe pas.
err-only-chairs-report = Seuls les président·es créent, modifient et publient les rapports.
err-report-never-edited = Un rapport publié n’est jamais modifié ; créez une nouvelle version qui le remplace.
err-report-published-new-version = Ce rapport est déjà publié ; créez une nouvelle version pour le modifier.
err-report-already-published = Ce rapport est déjà publié.

## Comptes.
err-current-password = Votre mot de passe actuel est incorrect ; rien n’a été modifié.
err-reset-own-password = Changez votre propre mot de passe sur la page de votre compte ; la réinitialisation est destinée aux autres personnes.
err-status-back-to-pending = Un compte ne peut pas repasser en attente ; suspendez-le plutôt.
err-own-role = Vous ne pouvez pas modifier votre propre rôle ni votre statut ; adressez-vous à un autre administrateur.
err-approve-first = Approuvez une inscription en attente avant de modifier son statut.

## Listes de propositions et décisions.
err-eligible-filter = Utilisez eligible=true ou eligible=false.
err-sort = Triez par newest, cosponsors ou comments.
err-whole-number = { $field } doit être un nombre entier de 1 à { $max }.
err-decision-value = Enregistrez la décision comme adopted ou not_adopted.
err-only-chairs-decide = Seuls les président·es enregistrent les décisions.
err-decision-after-round = Une décision s’enregistre après la clôture d’un scrutin qui porte sur cette proposition.

## Préparation, ouverture et clôture des scrutins.
err-no-proposal = La proposition { $id } n’existe pas.
err-proposal-not-submitted = La proposition { $id } ({ $title }) est à l’état { $status } ; seules les propositions déposées peuvent être mises aux voix.
err-round-closing-passed = L’heure de clôture du scrutin est passée ; créez un nouveau scrutin avec une heure de clôture plus tardive.
err-round-already-open = Ce scrutin est déjà ouvert.
err-round-is-closed = Ce scrutin est clos.
err-round-not-opened = Ce scrutin n’a pas été ouvert.
err-round-already-closed = Ce scrutin est déjà clos.
err-ballots-after-close = Les bulletins sont publiés à la clôture du scrutin.
err-results-after-close = Les résultats sont publiés à la clôture du scrutin.

## Bulletins, reçus et exports.
err-only-electors-vote = Seuls les délégué·es et les président·es votent.
err-not-proxy-holder = Vous ne détenez pas la procuration de cette personne pour ce scrutin.
err-vote-unknown-proposal = Proposition inconnue { $value } : votez sur les propositions de ce scrutin par leur identifiant, par exemple "p12".
err-vote-value = Le vote sur { $proposal } doit être yes, no ou abstain, et non { $value }.
err-rank-unknown-proposal = Proposition inconnue { $value } : classez les propositions de ce scrutin par leur identifiant, par exemple "p12".
err-rank-twice = La proposition { $id } apparaît plusieurs fois dans votre classement.
err-rank-empty-tier = Le niveau { $n } de votre classement est vide ; supprimez-le ou placez-y une proposition.
err-adoption-ballot = Ce scrutin est un scrutin d’adoption : répondez yes, no ou abstain pour chaque proposition, par exemple { $example }.
err-ranking-ballot = Ce scrutin est un scrutin de classement : envoyez un classement de ses propositions, par exemple { $example }.
err-ballot-shape = Envoyez soit "ranking" (scrutins de classement), soit "votes" (scrutins d’adoption) : l’un des deux, pas les deux.
err-no-ballot = Vous n’avez pas voté dans ce scrutin.
err-receipts-after-close = Les reçus peuvent être vérifiés une fois le scrutin clos.
err-receipt-format = Un reçu compte 64 caractères hexadécimaux.
err-receipt-proofs-missing = Ce scrutin a été clos avant l’existence des preuves de reçu ; vérifiez plutôt le reçu dans ballots.json.
err-no-counted-ballot = Aucun bulletin compté ne porte ce reçu.
err-nothing-to-export = Rien à exporter.
err-preflib-adoption = Un fichier PrefLib contient des classements et ne peut pas exprimer des votes oui / non / abstention : téléchargez ballots.json ou ballots.csv.

## Procurations.
err-proxy-choose = Choisissez la personne à qui confier votre voix.
err-proxy-self = Vous ne pouvez pas vous donner procuration à vous-même.
err-proxy-not-elector = L’utilisateur { $id } ne fait pas partie du corps électoral de ce scrutin.
err-proxy-other-group = Une procuration se donne à un membre du corps électoral de votre propre groupe de parties prenantes ({ $group }).
err-proxies-off = Les procurations sont désactivées sur ce serveur.
err-proxy-already-given = Vous avez déjà donné procuration dans ce scrutin ; révoquez d’abord cette procuration.
err-proxy-chain-holder = Vous détenez la voix d’une autre personne et ne pouvez donc pas transmettre la vôtre : les procurations ne s’enchaînent pas.
err-proxy-chain-grantee = Cette personne a elle-même donné procuration et ne peut donc pas en recevoir : les procurations ne s’enchaînent pas.
err-proxy-none = Vous n’avez donné procuration à personne dans ce scrutin.
err-proxy-used = Votre mandataire a déjà voté pour vous : la procuration ne peut plus être révoquée ; votez vous-même pour remplacer son bulletin.

## Le journal d’audit et ses témoins.
err-no-checkpoint = Aucun point de contrôle n’a encore été signé.
err-witness-key-type = Une clé de témoin a le type de signature 0x04 (Ed25519 cosignature/v1) ; `plenary audit witness-key` en crée une.
err-no-such-witness = Ce témoin n’existe pas.
err-witness-approved = Ce témoin est déjà approuvé.
err-witness-unknown = Aucun témoin nommé { $name } n’est enregistré.
err-witness-key-id = L’identifiant de clé ne correspond pas à la clé du témoin { $name }.
err-cosignature-timestamp-large = L’horodatage est trop grand.
err-cosignature-future = L’horodatage de la cosignature est dans le futur.

## Markdown trop profondément imbriqué : après le nom d’un champ, et seul.
err-nesting-containers = la ligne { $line } imbrique { $depth } citations ou éléments de liste ; { $max } au plus sont permis.
err-nesting-html = à la ligne { $line }, les éléments HTML sont imbriqués sur plus de { $max } niveaux ; fermez-les ou écrivez en Markdown.
err-nested-containers = { err-field-label } comporte une imbrication trop profonde : { err-nesting-containers }
err-nested-html = { err-field-label } comporte une imbrication trop profonde : { err-nesting-html }

## Refus de la couche web : adresses, corps de requête, rôles et formulaires venus d’ailleurs.
err-nothing-here = Il n’y a rien à cette adresse.
err-no-such-file = Ce fichier n’existe pas.
err-send-json = Envoyez le corps en JSON avec Content-Type: application/json.
err-round-filter = Le filtre de scrutin attend un numéro de scrutin, par exemple 4.
err-supersedes-id = supersedes doit être un identifiant de rapport.
err-supersedes-on-edit = supersedes s’indique à la création d’une nouvelle version, pas lors d’une modification.
err-only-chairs = Seuls les président·es peuvent faire cela.
err-only-delegates-chairs = Seuls les délégué·es et les président·es peuvent faire cela ; les auditeur·rices et les administrateur·rices ne font que consulter.
err-only-auditors-admins = Seuls les auditeur·rices et les administrateur·rices peuvent consulter le journal d’audit.
err-only-auditors-chairs = Seuls les auditeur·rices, les président·es et les électeur·rices du scrutin peuvent télécharger ses bulletins et ses résultats.
err-foreign-origin = Cette requête provient d’un autre site, elle a donc été refusée. Si vous vouliez l’envoyer, ouvrez la page de ce site et soumettez-y le formulaire.

err-no-export = Il n’existe pas d’export nommé { $name }.
err-no-notification = La notification { $id } n’existe pas.
err-tree-range = Indiquez 0 <= from <= to ; reçu from={ $from }, to={ $to }.
err-no-tree-size = { $entries ->
    [one] La piste compte { $entries } entrée ; il n’existe pas d’arbre de taille { $size }.
   *[other] La piste compte { $entries } entrées ; il n’existe pas d’arbre de taille { $size }.
}
err-no-user = L’utilisateur { $id } n’existe pas.
err-proxy-limit = { $held ->
    [one] Cet électeur détient déjà { $held } procuration dans ce scrutin, le maximum autorisé.
   *[other] Cet électeur détient déjà { $held } procurations dans ce scrutin, le maximum autorisé.
}
err-not-pending = { $name } n’attend pas d’approbation (statut : { $status }).
err-decide-not-submitted = Seule une proposition déposée peut faire l’objet d’une décision ; celle-ci est { $status }.
err-witness-taken = Un témoin nommé { $name } est déjà enregistré.
err-witness-not-approved = Le témoin { $name } n’est pas encore approuvé ; un administrateur doit d’abord l’approuver.
err-no-checkpoint-size = Aucun point de contrôle n’a été signé pour la taille d’arbre { $size }.
err-no-report-download = Il n’existe pas de téléchargement de rapport nommé { $name } ; essayez report.json ou report.md.
err-supersede-draft = Le rapport { $id } est un brouillon : modifiez-le au lieu de le remplacer.
err-supersede-twice = Le rapport { $id } a déjà une nouvelle version.
err-body-too-large = Le corps de la requête est trop volumineux : la limite est de { $kib } Kio ({ $bytes } octets).
err-sign-ins-busy = Le serveur traite de nombreuses connexions en ce moment. Patientez quelques secondes et réessayez.
err-comment-rate = { $n ->
    [one] Vous avez publié { $n } commentaire au cours de la dernière heure, le maximum autorisé. Patientez avant d’en publier un autre.
   *[other] Vous avez publié { $n } commentaires au cours de la dernière heure, le maximum autorisé. Patientez avant d’en publier un autre.
}
err-sign-ins-busy-wait = { $wait ->
    [one] Le serveur traite de nombreuses connexions en ce moment. Patientez { $wait } seconde et réessayez.
   *[other] Le serveur traite de nombreuses connexions en ce moment. Patientez { $wait } secondes et réessayez.
}
err-sign-in-attempts = { $wait ->
    [one] Trop de tentatives de connexion depuis votre adresse. Patientez { $wait } seconde et réessayez.
   *[other] Trop de tentatives de connexion depuis votre adresse. Patientez { $wait } secondes et réessayez.
}
err-not-eligible = La proposition { $id } ({ $title }) n’est pas encore éligible : { $missing }.
err-form-unreadable = Impossible de lire le formulaire : { $detail }
err-form-malformed = Le formulaire est incomplet ou mal formé : { $detail }
err-json-invalid = Le corps JSON est invalide : { $detail }
err-json-unreadable = Impossible de lire le corps JSON : { $detail }
err-query-invalid = Paramètres de requête invalides : { $detail }
err-witness-key = Ce n’est pas une clé de témoin : { $detail }.
err-rule-json = La règle personnalisée n’est pas du JSON valide : { $detail }.
err-rejected-final = Cette inscription a été refusée ; un compte refusé ne peut pas être réactivé.
err-action-not-offered = Cette action n’est pas disponible pour { $name } (statut : { $status }).
