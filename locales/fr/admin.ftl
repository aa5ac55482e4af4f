## La liste des utilisateurs (/admin/users) et la page de réinitialisation du mot de passe.

admin-users-title = Utilisateurs
admin-col-name = Nom
admin-col-group = Groupe
admin-col-organisation = Organisation
admin-approve = Approuver
admin-you = (vous)
admin-role = Rôle
admin-status = Statut
admin-status-active = Actif
admin-status-suspended = Suspendu
admin-save = Enregistrer
admin-reset = Réinitialiser le mot de passe
admin-reset-title = Réinitialisation du mot de passe
admin-reset-explained = Le mot de passe de l’utilisateur { $user } est désormais ce code à usage unique. Transmettez-le-lui par un canal de confiance ; il ne s’affiche qu’une seule fois. Ses sessions sont terminées et, après s’être connecté avec ce code, il devra choisir un nouveau mot de passe.
admin-back-to-users = Retour aux utilisateurs
admin-find = Rechercher des comptes
admin-search = Nom, adresse e-mail ou organisation
admin-any-status = Tous les statuts
admin-any-role = Tous les rôles
admin-any-group = Tous les groupes
admin-show = Afficher
admin-result-count = { $n ->
    [one] 1 compte
   *[other] { $count } comptes
}
admin-accounts-list-caption = Comptes
admin-pages = Pages de comptes
admin-previous-page = Page précédente
admin-next-page = Page suivante
admin-page-of = Page { $page } sur { $pages }
admin-status-pending = En attente d’approbation
admin-status-rejected = Refusé
admin-edit-heading = Rôle, groupe et organisation
admin-own-role = Vous ne pouvez pas modifier votre propre rôle.
admin-actions-heading = Actions sur le compte
admin-reinstate = Réactiver
admin-reject = Refuser l’inscription…
admin-suspend = Suspendre le compte…
admin-reject-title = Refuser cette inscription ?
admin-reject-explained = { $name } ne pourra pas se connecter avec cette inscription. Le compte est conservé, marqué comme refusé, et votre motif est consigné dans le journal d’audit.
admin-reject-confirm = Refuser l’inscription
admin-reject-reason = Motif (facultatif)
admin-reject-reason-hint = 500 caractères au plus, consignés dans le journal d’audit.
admin-suspend-title = Suspendre ce compte ?
admin-suspend-explained = { $name } sera déconnecté partout et ne pourra plus se connecter avant d’être réactivé.
admin-suspend-confirm = Suspendre le compte
admin-reset-confirm-title = Réinitialiser ce mot de passe ?
admin-reset-confirm-explained = Le mot de passe de { $name } sera remplacé par un code à usage unique, affiché une seule fois. Toutes ses sessions prendront fin et il devra choisir un nouveau mot de passe à sa prochaine connexion.
admin-reset-confirm = Réinitialiser le mot de passe
admin-cancel = Annuler et revenir au compte
admin-done-approved = L’inscription de { $name } est approuvée : cette personne peut désormais se connecter.
admin-done-rejected = L’inscription de { $name } est refusée : cette personne ne peut pas se connecter.
admin-done-saved = Les modifications du compte de { $name } sont enregistrées.
admin-done-suspended = { $name } est suspendu et déconnecté partout.
admin-done-reinstated = { $name } est de nouveau actif et peut se connecter.
admin-back-to-account = Retour au compte
