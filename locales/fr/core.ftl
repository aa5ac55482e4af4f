## La mise en page, les dates et heures, et les phrases communes à plusieurs pages.

site-name = Plenary
skip-to-content = Aller au contenu principal
nav-main = Menu principal
nav-proposals = Propositions
nav-rounds = Scrutins
nav-reports = Rapports
nav-users = Utilisateurs
nav-audit = Audit
nav-account = Mon compte
nav-sign-in = Se connecter
nav-register = S’inscrire
nav-sign-out = Se déconnecter
signed-in-as = Connecté·e en tant que { $name }
footer-tagline = Plenary — propositions, débats et votes par classement, avec une journal d’audit vérifiable.
language-label = Langue

role-delegate = Délégué·e
role-chair = Président·e
role-auditor = Auditeur·rice
role-admin = Administrateur·rice

date-time = { $day } { $month } { $year }, { $time }
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre

time-days = { $n ->
    [one] { $n } jour
   *[other] { $n } jours
}
time-hours = { $n ->
    [one] { $n } heure
   *[other] { $n } heures
}
time-minutes = { $n ->
    [one] { $n } minute
   *[other] { $n } minutes
}
time-pair = { $first } { $second }
time-under-a-minute = moins d’une minute
time-past = échu
time-left = encore { $left }

error-title-400 = Requête incorrecte
error-title-401 = Veuillez vous connecter
error-title-403 = Accès refusé
error-title-404 = Page introuvable
error-title-409 = Conflit
error-title-413 = Trop volumineux
error-title-422 = Saisie invalide
error-title-429 = Trop de requêtes
error-title-500 = Une erreur est survenue
error-title-503 = Service indisponible
error-back-home = Retour à l’accueil
error-status = Erreur { $status }

msg-database-unavailable = La base de données est indisponible ; réessayez dans un instant.
msg-login-failed = Échec de la connexion : l’adresse e-mail ou le mot de passe est incorrect, ou le compte n’est pas encore actif.
msg-sign-in-required = Veuillez d’abord vous connecter.
msg-csrf-failed = Ce formulaire a expiré ou ne provient pas de ce site. Revenez en arrière, rechargez la page et réessayez.
msg-internal = Un problème est survenu de notre côté. Réessayez ; si cela persiste, prévenez un administrateur.
msg-email-taken = Un compte existe déjà avec cette adresse e-mail. Connectez-vous ou adressez-vous à un administrateur.
msg-registered = Merci. Un administrateur va examiner votre inscription ; vous pourrez vous connecter dès qu’elle sera approuvée.
msg-admin-only = Seuls les administrateurs peuvent gérer les utilisateurs.
msg-round-closed = Ce scrutin est clos : les bulletins ne sont plus acceptés.
msg-round-not-open = Ce scrutin n’est pas encore ouvert au vote.
msg-not-in-electorate = Vous ne faites pas partie du corps électoral de ce scrutin : il a été fixé à l’ouverture, à partir des délégué·es et président·es actifs à ce moment-là.
msg-receipt-explained = Conservez ce reçu. À la clôture du scrutin, les bulletins publiés recensent chaque bulletin compté par son reçu : retrouvez le vôtre pour vérifier qu’il a été compté tel que vous l’avez exprimé. Le reçu ne révèle votre nom à personne.
msg-proposal-not-found = Cette proposition n’existe pas.
msg-comment-not-found = Ce commentaire n’existe pas.
msg-only-author = Seul·e l’auteur·rice de cette proposition peut faire cela.
msg-locked-by-round = Cette proposition fait partie d’un scrutin ouvert ou clos : son texte ne peut plus changer.
msg-in-open-round = Cette proposition fait partie d’un scrutin ouvert et ne peut pas être retirée avant sa clôture.
msg-not-editable = Seuls les brouillons et les propositions déposées peuvent être modifiés.
msg-not-a-draft = Seul un brouillon peut être déposé ; cette proposition l’a déjà été.
msg-not-submitted = Seule une proposition déposée peut être retirée.
msg-own-proposal = Vous ne pouvez pas coparrainer votre propre proposition.
msg-already-cosponsor = Vous coparrainez déjà cette proposition.
msg-not-cosponsor = Vous ne coparrainez pas cette proposition.
msg-cosponsor-closed = Seules les propositions déposées peuvent être coparrainées.
msg-comments-closed = Les commentaires ne sont ouverts que sur les propositions déposées.
msg-reply-depth = Les réponses n’ont qu’un niveau : répondez au commentaire d’origine plutôt qu’à une réponse.
msg-parent-elsewhere = Ce commentaire appartient à une autre proposition.
msg-only-comment-author = Seul·e l’auteur·rice d’un commentaire peut le modifier.
msg-edit-window-closed = Un commentaire peut être modifié pendant 15 minutes après sa publication ; celui-ci ne peut plus changer.
msg-comment-hidden = Ce commentaire a été masqué par la présidence.
msg-no-such-revision = Cette version de la proposition n’existe pas.
msg-unknown-language = Choisissez l’une des langues proposées : en, fr, es, ar, zh ou ru.
# What a form just did (web::flash), shown once at the top of the next page.
done-comment-posted = Votre commentaire est publié.
done-cosponsored = Vous coparrainez désormais cette proposition.
done-uncosponsored = Vous ne coparrainez plus cette proposition.
done-withdrawn = La proposition est retirée.
done-submitted = La proposition est soumise : les délégué·es peuvent maintenant la coparrainer et en débattre.
done-round-created = Le scrutin est créé à l’état de brouillon. Vérifiez-le, puis ouvrez le vote.
done-round-opened = Le scrutin est ouvert : les électeur·rices peuvent maintenant voter.
done-round-closed = Le scrutin est clos. Les résultats ci-dessous sont définitifs et inscrits dans le journal d’audit.
done-decision-recorded = La décision est enregistrée.
error-onward = Où aller maintenant
error-to-round = Retour au scrutin
error-to-results = Voir les résultats du scrutin
error-to-rounds = Tous les scrutins
error-to-proposal = Retour à la proposition
error-to-proposals = Toutes les propositions
error-to-report = Retour au rapport
error-to-reports = Tous les rapports
group-member_state = États membres
group-industry = Secteur privé
group-civil_society = Société civile
group-academia = Milieu universitaire
group-technical_community = Communauté technique
group-intergovernmental = Organisations intergouvernementales
theme-connectivity = Connectivité
theme-digital_skills = Compétences numériques
theme-data_governance = Gouvernance des données
theme-cybersecurity = Cybersécurité
theme-ai_governance = Gouvernance de l’IA
theme-digital_public_infrastructure = Infrastructure publique numérique
msg-awaiting-approval = Votre mot de passe est correct, mais votre compte attend l’approbation d’un administrateur. Vous pourrez vous connecter une fois qu’il sera approuvé.
