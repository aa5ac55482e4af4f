## La page d'accueil (/) : ce que l'utilisateur connecté doit faire ensuite, selon son rôle.

home-title = Accueil
home-welcome = Bienvenue, { $name }
home-signed-in-delegate = Vous êtes connecté·e en tant que délégué·e de { $organisation }.
home-signed-in-chair = Vous êtes connecté·e en tant que président·e pour { $organisation }.
home-signed-in-auditor = Vous êtes connecté·e en tant qu'auditeur·rice pour { $organisation }.
home-signed-in-admin = Vous êtes connecté·e en tant qu'administrateur·rice pour { $organisation }.
home-times-in = Les heures sont affichées dans le fuseau { $zone } (survolez-les pour l'heure UTC).
home-change-zone = Modifiez-le sur la page de votre compte.

home-vote-heading = Scrutins qui attendent votre bulletin ({ $n })
home-vote-none-delegate = Aucun scrutin ouvert n'attend votre bulletin — les président·es ouvrent les scrutins, et vous les trouverez ici.
home-vote-none-chair = Aucun scrutin ouvert n'attend votre bulletin — les président·es peuvent en créer un.
home-create-round = Créer un scrutin.
home-closes = — clôture le
home-no-deadline = — sans date limite ; la présidence le clôture
home-mine-heading = Vos propositions qui ont besoin de vous
home-mine-none = Aucune : vous n'avez pas de brouillon, et chaque proposition que vous avez soumise a les coparrainages nécessaires.
home-write-proposal = Rédiger une proposition.
home-draft = — brouillon : soumettez-le pour que d'autres puissent le coparrainer
home-not-eligible = — pas encore éligible : { $missing }
home-missing-submit = elle doit être soumise
home-missing-withdrawn = elle a été retirée par son auteur
home-missing-decided = elle a déjà fait l'objet d'une décision
home-missing-groups = { $n ->
    [one] il lui faut un coparrain d'un autre groupe de parties prenantes
   *[other] il lui faut des coparrains de { $n } autres groupes de parties prenantes
}
home-missing-cosponsors = { $n ->
    [one] il lui faut encore un coparrain d'un groupe de parties prenantes autre que celui de l'auteur
   *[other] il lui faut encore { $n } coparrains de groupes de parties prenantes autres que celui de l'auteur
}
home-missing-both = { $groups ->
    [one] il lui faut encore { $n } coparrains, d'au moins un autre groupe de parties prenantes
   *[other] il lui faut encore { $n } coparrains, d'au moins { $groups } autres groupes de parties prenantes
}

home-cosponsor-heading = Propositions d'autres groupes que vous pourriez coparrainer ({ $n })
home-cosponsor-none = Aucune proposition d'un autre groupe de parties prenantes n'attend votre soutien.

home-comments-heading = { $days ->
    [one] Nouveaux commentaires sur vos propositions (dernier jour)
   *[other] Nouveaux commentaires sur vos propositions ({ $days } derniers jours)
}
home-comments-none = { $days ->
    [one] Aucun nouveau commentaire sur vos propositions depuis un jour.
   *[other] Aucun nouveau commentaire sur vos propositions ces { $days } derniers jours.
}
home-new-comments = { $n ->
    [one] — 1 nouveau commentaire, le dernier
   *[other] — { $n } nouveaux commentaires, le dernier
}

home-chair-heading = Scrutins à conduire
home-chair-none = Aucun scrutin à ouvrir ou à clôturer — les président·es peuvent en créer un.
home-ready-to-open = — brouillon : prêt à être ouvert
home-open-closes = — ouvert, clôture le
home-open-no-deadline = — ouvert : clôturez-le quand le vote est terminé
home-eligible-heading = Propositions éligibles dans aucun scrutin ({ $n })
home-eligible-none = Aucune proposition éligible n'attend de scrutin.

home-audit-heading = À vérifier
home-audit-none = Aucun scrutin clos ne vous attend : vous avez téléchargé les fichiers de chaque scrutin depuis sa clôture.
home-audit-intro = Scrutins clos que vous n'avez pas téléchargés depuis leur clôture : téléchargez leurs bulletins et recalculez les résultats.
home-closed = — clos le
home-head = { $size ->
    [one] Dernier point de contrôle signé : numéro { $number }, couvrant { $entries } entrée, racine
   *[other] Dernier point de contrôle signé : numéro { $number }, couvrant { $entries } entrées, racine
}
home-head-signed = Signé le
home-open-audit = Ouvrir le journal d’audit.
home-head-none = Aucun point de contrôle n'a encore été signé.
home-sign-checkpoint = Signez-en un sur la page d'audit.

home-admin-heading = Inscriptions
home-admin-none = Aucune inscription n'est en attente.
home-admin-pending = { $n ->
    [one] { $n } inscription en attente d'approbation
   *[other] { $n } inscriptions en attente d'approbation
}

home-intro = Les représentant·es des États membres, de l'industrie, de la société civile et du monde universitaire soumettent des propositions de coopération, en débattent et les classent lors de scrutins. Chaque résultat peut être recalculé hors ligne à partir des bulletins publiés, et chaque modification est consignée dans un journal d’audit infalsifiable.
home-sign-in = Se connecter
home-register = ou s'inscrire comme délégué·e
home-approval = Un·e administrateur·rice approuve les nouveaux comptes.
home-create-round-button = Créer un scrutin
home-admin-accounts = Rechercher et gérer tous les comptes
home-vote-all-done = Vous avez voté dans tous les scrutins ouverts.
home-voted-heading = Scrutins dans lesquels vous avez voté ({ $n })
home-voted-until = Vous avez voté ; vous pouvez modifier votre bulletin jusqu’au { $closes }.
home-voted-no-deadline = Vous avez voté ; vous pouvez modifier votre bulletin jusqu’à la clôture du scrutin.
home-times-in-utc = Les heures sont affichées en UTC.
