# Notifications : le lien de l’en-tête, la page de liste, la phrase de chaque
# type et le courriel. Titres et noms sont insérés tels quels.

notifications-nav = Notifications
notifications-unread-label = { $n ->
    [one] { $n } notification non lue
   *[other] { $n } notifications non lues
}
notifications-title = Notifications
notifications-unread-summary = { $n ->
    [0] Vous n’avez aucune notification non lue.
    [one] Vous avez une notification non lue.
   *[other] Vous avez { $n } notifications non lues.
}
notifications-mark-all-read = Tout marquer comme lu
notifications-mark-read = Marquer comme lue
notifications-new = nouvelle
notifications-empty = Vous n’avez encore aucune notification.
notifications-pages = Pages de notifications
notifications-page-of = Page { $page } sur { $pages }
notifications-previous = Page précédente
notifications-next = Page suivante

notifications-round-opened = Le scrutin « { $round } » est ouvert et vous pouvez y voter.
notifications-round-closing = Le scrutin « { $round } » se termine dans moins de 24 heures et vous n’avez pas encore voté.
notifications-results-published = Les résultats du scrutin « { $round } » sont publiés.
notifications-cosponsored = { $name } a coparrainé votre proposition « { $proposal } ».
notifications-commented = { $name } a commenté votre proposition « { $proposal } ».
notifications-decided = { $decision ->
    [adopted] Votre proposition « { $proposal } » a été adoptée.
   *[other] Votre proposition « { $proposal } » n’a pas été adoptée.
}
notifications-approved = Votre inscription a été approuvée : bienvenue au sein du panel.

notifications-email-opt-in = M’envoyer mes notifications par courriel
notifications-email-subject = Plenary : { $what }
notifications-email-link = Ouvrir dans Plenary : { $url }
notifications-email-why = Vous recevez ce courriel parce que vous avez coché « M’envoyer mes notifications par courriel » sur la page de votre compte ; décochez cette case pour ne plus en recevoir : { $url }
