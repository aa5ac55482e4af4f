## Páginas de propuestas: la lista, el formulario de redacción, la página
## de una propuesta y la comparación de revisiones.

## La lista (/proposals).
proposal-list-title = Propuestas
proposal-new-title = Redactar una propuesta
proposal-find = Buscar propuestas
proposal-search-words = Palabras de búsqueda
proposal-status = Estado
proposal-theme = Tema
proposal-author-group = Grupo de partes interesadas del autor
proposal-eligibility = Admisibilidad
proposal-order = Orden
proposal-show = Mostrar
proposal-any-status = Cualquier estado
proposal-any-theme = Cualquier tema
proposal-any-group = Cualquier grupo
proposal-filter-eligible-any = Admisibles o no
proposal-filter-eligible-yes = Admisibles para una votación
proposal-filter-eligible-no = Aún no admisibles
proposal-sort-newest = Más recientes primero
proposal-sort-cosponsors = Con más copatrocinadores
proposal-sort-comments = Más debatidas
proposal-found = { $n ->
    [one] Se encontró { $count } propuesta.
   *[other] Se encontraron { $count } propuestas.
}
proposal-found-paged = { $n ->
    [one] Se encontró { $count } propuesta; página { $page } de { $pages }.
   *[other] Se encontraron { $count } propuestas; página { $page } de { $pages }.
}
proposal-list-caption = Propuestas que coinciden con los filtros
proposal-col-proposal = Propuesta
proposal-col-author = Autor
proposal-col-cosponsors = Copatrocinadores
proposal-col-comments = Comentarios
proposal-cosponsor-count = { $n ->
    [one] { $n } copatrocinador
   *[other] { $n } copatrocinadores
}
proposal-comment-count = { $n ->
    [one] { $n } comentario
   *[other] { $n } comentarios
}
proposal-eligible = Admisible
proposal-not-yet = Aún no: { $missing }
proposal-pages = Páginas
proposal-previous-page = Página anterior
proposal-next-page = Página siguiente

## Estados.
proposal-status-draft = Borrador
proposal-status-submitted = Presentada
proposal-status-withdrawn = Retirada
proposal-status-adopted = Aprobada
proposal-status-not-adopted = No aprobada

## Lo que le falta todavía a una propuesta para entrar en una votación.
proposal-missing-submit = debe presentarse primero
proposal-missing-withdrawn = su autor la ha retirado
proposal-missing-decided = ya se ha decidido sobre ella
proposal-missing-groups = { $groups ->
    [one] necesita un copatrocinador de otro grupo de partes interesadas
   *[other] necesita copatrocinadores de { $groups } grupos de partes interesadas más
}
proposal-missing-cosponsors = { $cosponsors ->
    [one] necesita un copatrocinador más de un grupo de partes interesadas distinto del del autor
   *[other] necesita { $cosponsors } copatrocinadores más de grupos de partes interesadas distintos del del autor
}
proposal-missing-both = { $groups ->
    [one] necesita { $cosponsors } copatrocinadores más, de al menos otro grupo de partes interesadas
   *[other] necesita { $cosponsors } copatrocinadores más, de al menos { $groups } grupos de partes interesadas más
}

## La página de una propuesta.
proposal-by = Por
proposal-on-date = el
proposal-revision = revisión { $n }
proposal-themes = Temas:
proposal-eligible-detail = para una votación.
proposal-not-eligible = Aún no admisible
proposal-not-eligible-detail = para una votación: { $missing }.
proposal-locked = Esta propuesta forma parte de una votación abierta o cerrada; su texto ya no puede cambiar.
proposal-action-unavailable = no está disponible ahora: { $reason }
proposal-action-edit = Editar
proposal-submit = Presentar la propuesta
proposal-action-withdraw = Retirar la propuesta
proposal-action-cosponsor = Copatrocinar
proposal-action-uncosponsor = Retirar mi copatrocinio
proposal-text = Texto de la propuesta
proposal-cosponsors-heading = Copatrocinadores ({ $count })
proposal-no-cosponsors = Todavía no hay copatrocinadores.
proposal-cosponsors-caption = Copatrocinadores con su grupo de partes interesadas y su organización
proposal-col-name = Nombre
proposal-col-group = Grupo de partes interesadas
proposal-col-organisation = Organización
proposal-revisions-heading = Revisiones ({ $count })
proposal-compare-revision = Comparar la revisión
proposal-with-revision = con la revisión
proposal-show-changes = Mostrar los cambios
proposal-first-version = Esta es la primera versión; las ediciones posteriores a la presentación conservan aquí las versiones anteriores.

## La comparación de dos revisiones.
proposal-diff-title = Cambios en { $title }
proposal-diff-heading = Cambios en «{ $title }»
proposal-back = Volver a la propuesta
proposal-diff-caption = Revisión { $from } comparada con la revisión { $to }: las líneas suprimidas se marcan «suprimida» y las añadidas «añadida».
proposal-diff-line-in = Línea en { $revision }
proposal-diff-change = Cambio
proposal-diff-text = Texto
proposal-diff-removed = suprimida
proposal-diff-added = añadida
proposal-diff-gap = … líneas sin cambios …
proposal-diff-truncated = { $n ->
    [one] Esta comparación es larga: solo se muestra su primera fila.
   *[other] Esta comparación es larga: solo se muestran sus primeras { $n } filas.
}
proposal-diff-line-title = Título: { $value }
proposal-diff-line-summary = Resumen: { $value }
proposal-diff-line-themes = Temas: { $value }

## El formulario para redactar o editar una propuesta.
proposal-edit-title = Editar la propuesta
proposal-edit-submitted = Esta propuesta está presentada: al guardar, el texto actual se conserva como una revisión anterior que todos pueden comparar.
proposal-field-title = Título
proposal-field-title-hint = (de { $min } a { $max } caracteres)
proposal-field-summary = Resumen
proposal-field-summary-hint = (hasta { $max } caracteres; se muestra en la lista)
proposal-field-body = Propuesta
proposal-field-body-hint = (Markdown, hasta { $max } caracteres)
proposal-field-themes = Temas
proposal-optional = (opcional)
proposal-save-draft = Guardar el borrador
proposal-save-revision = Guardar como nueva revisión
proposal-confirm-withdraw-heading = ¿Retirar «{ $title }»?
proposal-confirm-withdraw-cosponsors = { $n ->
    [one] Su { $n } copatrocinador la verá retirada.
   *[other] Sus { $n } copatrocinadores la verán retirada.
}
proposal-confirm-withdraw-rounds = Ya no podrá incluirse en una votación; su texto, sus revisiones y su debate siguen siendo legibles.
proposal-confirm-withdraw-final = La retirada no se puede deshacer: la propuesta no podrá volver a presentarse.
proposal-final-withdrawn = Retirada por su autor: no puede entrar en una votación.
proposal-final-decided = Ya decidida: no puede entrar en otra votación.
