## La discussion d'une proposition et le formulaire de modification d'un
## commentaire.

comment-discussion-heading = Discussion ({ $count })
comment-by = Commentaire de { $name }
comment-reply-by = Réponse de { $name }
comment-edited = modifié
comment-hidden-by-chair = Masqué par la présidence : { $reason }
comment-edit = Modifier le commentaire
comment-edit-reply = Modifier la réponse
comment-hide-reason = Motif du masquage
comment-hide = Masquer le commentaire
comment-hide-reply = Masquer la réponse
comment-reply = Répondre
comment-your-reply = Votre réponse
comment-markdown-hint = (Markdown, { $max } caractères au plus)
comment-post-reply = Publier la réponse
comment-add = Ajouter un commentaire
comment-add-hint = { $minutes ->
    [one] (Markdown, { $max } caractères au plus ; modifiable pendant { $minutes } minute)
   *[other] (Markdown, { $max } caractères au plus ; modifiable pendant { $minutes } minutes)
}
comment-post = Publier le commentaire
comment-closed = Les commentaires sont ouverts tant que la proposition est soumise.
comment-back = Retour à la discussion
comment-label = Commentaire
comment-save = Enregistrer le commentaire
