## El debate de una propuesta y el formulario para editar un comentario.

comment-discussion-heading = Debate ({ $count })
comment-by = Comentario de { $name }
comment-reply-by = Respuesta de { $name }
comment-edited = editado
comment-hidden-by-chair = Ocultado por la presidencia: { $reason }
comment-edit = Editar el comentario
comment-edit-reply = Editar la respuesta
comment-hide-reason = Motivo para ocultarlo
comment-hide = Ocultar el comentario
comment-hide-reply = Ocultar la respuesta
comment-reply = Responder
comment-your-reply = Su respuesta
comment-markdown-hint = (Markdown, hasta { $max } caracteres)
comment-post-reply = Publicar la respuesta
comment-add = Añadir un comentario
comment-add-hint = { $minutes ->
    [one] (Markdown, hasta { $max } caracteres; se puede editar durante { $minutes } minuto)
   *[other] (Markdown, hasta { $max } caracteres; se puede editar durante { $minutes } minutos)
}
comment-post = Publicar el comentario
comment-closed = Los comentarios están abiertos mientras la propuesta está presentada.
comment-back = Volver al debate
comment-label = Comentario
comment-save = Guardar el comentario
