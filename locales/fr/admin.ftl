## La liste des utilisateurs (/admin/users) et la page de réinitialisation du mot de passe.

admin-users-title = Utilisateurs
admin-pending-heading = En attente d’approbation ({ $n })
admin-no-pending = Aucune inscription en attente.
admin-pending-caption = Inscriptions en attente
admin-col-name = Nom
admin-col-group = Groupe
admin-col-organisation = Organisation
admin-col-action = Action
admin-approve = Approuver
admin-approve-named = Approuver { $name }
admin-accounts-heading = Comptes ({ $n })
admin-accounts-caption = Comptes approuvés et suspendus
admin-col-settings = Rôle, groupe, organisation et statut
admin-you = (vous)
admin-role = Rôle
admin-status = Statut
admin-status-active = Actif
admin-status-suspended = Suspendu
admin-save = Enregistrer
admin-save-named = Enregistrer les modifications de { $name }
admin-reset = Réinitialiser le mot de passe
admin-reset-named = Réinitialiser le mot de passe de { $name }
admin-reset-title = Réinitialisation du mot de passe
admin-reset-explained = Le mot de passe de l’utilisateur { $user } est désormais ce code à usage unique. Transmettez-le-lui par un canal de confiance ; il ne s’affiche qu’une seule fois. Ses sessions sont terminées et, après s’être connecté avec ce code, il devra choisir un nouveau mot de passe.
admin-back-to-users = Retour aux utilisateurs
