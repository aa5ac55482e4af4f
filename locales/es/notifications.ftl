# Notificaciones: el enlace de la cabecera, la página de la lista, la frase
# de cada tipo y el correo. Títulos y nombres se insertan tal cual.

notifications-nav = Notificaciones
notifications-unread-label = { $n ->
    [one] { $n } notificación sin leer
   *[other] { $n } notificaciones sin leer
}
notifications-title = Notificaciones
notifications-unread-summary = { $n ->
    [0] No tiene notificaciones sin leer.
    [one] Tiene una notificación sin leer.
   *[other] Tiene { $n } notificaciones sin leer.
}
notifications-mark-all-read = Marcar todas como leídas
notifications-mark-read = Marcar como leída
notifications-new = nueva
notifications-empty = Todavía no tiene notificaciones.
notifications-pages = Páginas de notificaciones
notifications-page-of = Página { $page } de { $pages }
notifications-previous = Página anterior
notifications-next = Página siguiente

notifications-round-opened = La votación «{ $round }» está abierta y usted puede votar en ella.
notifications-round-closing = La votación «{ $round }» se cierra en menos de 24 horas y usted aún no ha votado.
notifications-results-published = Se han publicado los resultados de la votación «{ $round }».
notifications-cosponsored = { $name } ha copatrocinado su propuesta «{ $proposal }».
notifications-commented = { $name } ha comentado su propuesta «{ $proposal }».
notifications-decided = { $decision ->
    [adopted] Su propuesta «{ $proposal }» ha sido adoptada.
   *[other] Su propuesta «{ $proposal }» no ha sido adoptada.
}
notifications-approved = Su registro ha sido aprobado: le damos la bienvenida al panel.

notifications-email-opt-in = Enviarme mis notificaciones por correo electrónico
notifications-email-subject = Plenary: { $what }
notifications-email-link = Ábrala en Plenary: { $url }
notifications-email-why = Recibe este correo porque marcó «Enviarme mis notificaciones por correo electrónico» en la página de su cuenta; desmárquelo allí para dejar de recibirlos: { $url }
