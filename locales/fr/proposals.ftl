## Pages des propositions : la liste, le formulaire de rédaction, la page
## d'une proposition et la comparaison des révisions.

## La liste (/proposals).
proposal-list-title = Propositions
proposal-new-title = Rédiger une proposition
proposal-find = Rechercher des propositions
proposal-search-words = Mots recherchés
proposal-status = Statut
proposal-theme = Thème
proposal-author-group = Groupe de parties prenantes de l'auteur
proposal-eligibility = Éligibilité
proposal-order = Ordre
proposal-show = Afficher
proposal-any-status = Tous les statuts
proposal-any-theme = Tous les thèmes
proposal-any-group = Tous les groupes
proposal-filter-eligible-any = Éligibles ou non
proposal-filter-eligible-yes = Éligibles pour un scrutin
proposal-filter-eligible-no = Pas encore éligibles
proposal-sort-newest = Les plus récentes d'abord
proposal-sort-cosponsors = Les plus soutenues
proposal-sort-comments = Les plus discutées
proposal-found = { $n ->
    [one] { $count } proposition trouvée.
   *[other] { $count } propositions trouvées.
}
proposal-found-paged = { $n ->
    [one] { $count } proposition trouvée ; page { $page } sur { $pages }.
   *[other] { $count } propositions trouvées ; page { $page } sur { $pages }.
}
proposal-list-caption = Propositions correspondant aux filtres
proposal-col-proposal = Proposition
proposal-col-author = Auteur
proposal-col-cosponsors = Coparrains
proposal-col-comments = Commentaires
proposal-cosponsor-count = { $n ->
    [one] { $n } coparrain
   *[other] { $n } coparrains
}
proposal-comment-count = { $n ->
    [one] { $n } commentaire
   *[other] { $n } commentaires
}
proposal-eligible = Éligible
proposal-not-yet = Pas encore : { $missing }
proposal-pages = Pages
proposal-previous-page = Page précédente
proposal-next-page = Page suivante

## Statuts.
proposal-status-draft = Brouillon
proposal-status-submitted = Soumise
proposal-status-withdrawn = Retirée
proposal-status-adopted = Adoptée
proposal-status-not-adopted = Non adoptée

## Ce qui manque encore à une proposition avant un scrutin.
proposal-missing-submit = elle doit d'abord être soumise
proposal-missing-withdrawn = elle a été retirée par son auteur
proposal-missing-decided = elle a déjà fait l'objet d'une décision
proposal-missing-groups = { $groups ->
    [one] il lui faut un coparrain d'un groupe de parties prenantes supplémentaire
   *[other] il lui faut des coparrains de { $groups } groupes de parties prenantes supplémentaires
}
proposal-missing-cosponsors = { $cosponsors ->
    [one] il lui faut encore un coparrain d'un groupe de parties prenantes autre que celui de l'auteur
   *[other] il lui faut encore { $cosponsors } coparrains de groupes de parties prenantes autres que celui de l'auteur
}
proposal-missing-both = { $groups ->
    [one] il lui faut encore { $cosponsors } coparrains, issus d'au moins un groupe de parties prenantes supplémentaire
   *[other] il lui faut encore { $cosponsors } coparrains, issus d'au moins { $groups } groupes de parties prenantes supplémentaires
}

## La page d'une proposition.
proposal-by = Par
proposal-on-date = le
proposal-revision = révision { $n }
proposal-themes = Thèmes :
proposal-eligible-detail = pour un scrutin.
proposal-not-eligible = Pas encore éligible
proposal-not-eligible-detail = pour un scrutin : { $missing }.
proposal-locked = Cette proposition fait partie d'un scrutin ouvert ou clos ; son texte ne peut plus changer.
proposal-action-unavailable = n'est pas possible pour le moment : { $reason }
proposal-action-edit = Modifier
proposal-submit = Soumettre la proposition
proposal-action-withdraw = Retirer la proposition
proposal-action-cosponsor = Coparrainer
proposal-action-uncosponsor = Retirer mon coparrainage
proposal-text = Texte de la proposition
proposal-cosponsors-heading = Coparrains ({ $count })
proposal-no-cosponsors = Aucun coparrain pour l'instant.
proposal-cosponsors-caption = Coparrains, avec leur groupe de parties prenantes et leur organisation
proposal-col-name = Nom
proposal-col-group = Groupe de parties prenantes
proposal-col-organisation = Organisation
proposal-revisions-heading = Révisions ({ $count })
proposal-compare-revision = Comparer la révision
proposal-with-revision = avec la révision
proposal-show-changes = Afficher les modifications
proposal-first-version = Ceci est la première version ; les modifications faites après la soumission conservent ici les versions antérieures.

## La comparaison de deux révisions.
proposal-diff-title = Modifications de { $title }
proposal-diff-heading = Modifications de « { $title } »
proposal-back = Retour à la proposition
proposal-diff-caption = Révision { $from } comparée à la révision { $to } : les lignes supprimées sont marquées « supprimée », les lignes ajoutées « ajoutée ».
proposal-diff-line-in = Ligne dans { $revision }
proposal-diff-change = Modification
proposal-diff-text = Texte
proposal-diff-removed = supprimée
proposal-diff-added = ajoutée
proposal-diff-gap = … lignes inchangées …
proposal-diff-truncated = { $n ->
    [one] Cette comparaison est longue : seule sa première ligne est affichée.
   *[other] Cette comparaison est longue : seules ses { $n } premières lignes sont affichées.
}
proposal-diff-line-title = Titre : { $value }
proposal-diff-line-summary = Résumé : { $value }
proposal-diff-line-themes = Thèmes : { $value }

## Le formulaire de rédaction et de modification.
proposal-edit-title = Modifier la proposition
proposal-edit-submitted = Cette proposition est soumise : l'enregistrement conserve le texte actuel comme révision antérieure, que chacun peut comparer.
proposal-field-title = Titre
proposal-field-title-hint = ({ $min } à { $max } caractères)
proposal-field-summary = Résumé
proposal-field-summary-hint = ({ $max } caractères au plus, affiché dans la liste)
proposal-field-body = Proposition
proposal-field-body-hint = (Markdown, { $max } caractères au plus)
proposal-field-themes = Thèmes
proposal-optional = (facultatif)
proposal-save-draft = Enregistrer le brouillon
proposal-save-revision = Enregistrer comme nouvelle révision
proposal-confirm-withdraw-heading = Retirer « { $title } » ?
proposal-confirm-withdraw-cosponsors = { $n ->
    [one] Son { $n } coparrain la verra retirée.
   *[other] Ses { $n } coparrains la verront retirée.
}
proposal-confirm-withdraw-rounds = Elle ne pourra plus être mise aux voix ; son texte, ses révisions et sa discussion restent lisibles.
proposal-confirm-withdraw-final = Le retrait est irréversible : la proposition ne pourra pas être soumise à nouveau.
proposal-final-withdrawn = Retirée par son auteur : elle ne peut pas entrer dans un scrutin.
proposal-final-decided = Déjà tranchée : elle ne peut pas entrer dans un autre scrutin.
