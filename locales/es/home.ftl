## La página de inicio (/): lo que la persona conectada debe hacer a continuación, según su rol.

home-title = Inicio
home-welcome = Le damos la bienvenida, { $name }
home-signed-in-delegate = Ha iniciado sesión como delegado o delegada de { $organisation }.
home-signed-in-chair = Ha iniciado sesión como presidencia en nombre de { $organisation }.
home-signed-in-auditor = Ha iniciado sesión como auditor o auditora de { $organisation }.
home-signed-in-admin = Ha iniciado sesión como administrador o administradora de { $organisation }.
home-times-in = Las horas se muestran en { $zone } (pase el cursor para ver la hora UTC).
home-change-zone = Cámbielo en la página de su cuenta.

home-vote-heading = Votaciones que esperan su papeleta ({ $n })
home-vote-none-delegate = Ninguna votación abierta espera su papeleta: la presidencia abre las votaciones y aquí las encontrará.
home-vote-none-chair = Ninguna votación abierta espera su papeleta: la presidencia puede crear una.
home-create-round = Crear una votación.
home-closes = — cierra el
home-no-deadline = — sin fecha límite; la presidencia la cierra
home-mine-heading = Sus propuestas que le necesitan
home-mine-none = Ninguna: no tiene borradores, y cada propuesta que presentó tiene los copatrocinios que necesita.
home-write-proposal = Redactar una propuesta.
home-draft = — borrador: preséntelo para que otras personas puedan copatrocinarlo
home-not-eligible = — aún no es elegible: { $missing }
home-missing-submit = debe presentarse
home-missing-withdrawn = su autor la ha retirado
home-missing-decided = ya se ha decidido
home-missing-groups = { $n ->
    [one] necesita un copatrocinador de otro grupo de partes interesadas más
   *[other] necesita copatrocinadores de { $n } grupos de partes interesadas más
}
home-missing-cosponsors = { $n ->
    [one] necesita un copatrocinador más de un grupo de partes interesadas distinto del de su autor
   *[other] necesita { $n } copatrocinadores más de grupos de partes interesadas distintos del de su autor
}
home-missing-both = { $groups ->
    [one] necesita { $n } copatrocinadores más, de al menos un grupo de partes interesadas más
   *[other] necesita { $n } copatrocinadores más, de al menos { $groups } grupos de partes interesadas más
}

home-cosponsor-heading = Propuestas de otros grupos que podría copatrocinar ({ $n })
home-cosponsor-none = Ninguna propuesta de otro grupo de partes interesadas espera su apoyo.

home-comments-heading = { $days ->
    [one] Comentarios nuevos en sus propuestas (último día)
   *[other] Comentarios nuevos en sus propuestas (últimos { $days } días)
}
home-comments-none = { $days ->
    [one] No hay comentarios nuevos en sus propuestas en el último día.
   *[other] No hay comentarios nuevos en sus propuestas en los últimos { $days } días.
}
home-new-comments = { $n ->
    [one] — 1 comentario nuevo, el último
   *[other] — { $n } comentarios nuevos, el último
}

home-chair-heading = Votaciones que dirigir
home-chair-none = No hay votaciones que abrir o cerrar: la presidencia puede crear una.
home-ready-to-open = — borrador: lista para abrirse
home-open-closes = — abierta, cierra el
home-open-no-deadline = — abierta: ciérrela cuando termine la votación
home-eligible-heading = Propuestas elegibles fuera de toda votación ({ $n })
home-eligible-none = Ninguna propuesta elegible espera una votación.

home-audit-heading = Por verificar
home-audit-none = Ninguna votación cerrada le espera: ha descargado los archivos de cada votación desde su cierre.
home-audit-intro = Votaciones cerradas que no ha descargado desde su cierre: descargue sus papeletas y vuelva a calcular los resultados.
home-closed = — cerrada el
home-head = { $size ->
    [one] Último punto de control firmado: número { $number }, que abarca { $entries } entrada, raíz
   *[other] Último punto de control firmado: número { $number }, que abarca { $entries } entradas, raíz
}
home-head-signed = Firmado el
home-open-audit = Abrir el registro de auditoría.
home-head-none = Todavía no se ha firmado ningún punto de control.
home-sign-checkpoint = Firme uno en la página de auditoría.

home-admin-heading = Inscripciones
home-admin-none = No hay inscripciones pendientes.
home-admin-pending = { $n ->
    [one] { $n } inscripción pendiente de aprobación
   *[other] { $n } inscripciones pendientes de aprobación
}

home-intro = Representantes de Estados miembros, la industria, la sociedad civil y el mundo académico presentan propuestas de cooperación, las debaten y las ordenan en votaciones. Cada resultado puede recalcularse sin conexión a partir de las papeletas publicadas, y cada cambio queda registrado en un registro de auditoría a prueba de manipulaciones.
home-sign-in = Iniciar sesión
home-register = o inscribirse como delegado o delegada
home-approval = Una persona administradora aprueba las cuentas nuevas.
home-create-round-button = Crear una votación
home-admin-accounts = Buscar y gestionar todas las cuentas
home-vote-all-done = Ha votado en todas las votaciones abiertas.
home-voted-heading = Votaciones en las que ha participado ({ $n })
home-voted-until = Ha votado; puede cambiar su papeleta hasta el { $closes }.
home-voted-no-deadline = Ha votado; puede cambiar su papeleta hasta que se cierre la votación.
home-times-in-utc = Las horas se muestran en UTC.
