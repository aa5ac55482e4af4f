site-name = Plenary
skip-to-content = Ir al contenido principal
nav-main = Menú principal
nav-proposals = Propuestas
nav-rounds = Votaciones
nav-reports = Informes
nav-users = Usuarios
nav-audit = Auditoría
nav-account = Mi cuenta
nav-sign-in = Iniciar sesión
nav-register = Registrarse
nav-sign-out = Cerrar sesión
signed-in-as = Sesión iniciada como { $name }
footer-tagline = Plenary — propuestas, debate y votación por orden de preferencia, con un registro auditable.
language-label = Idioma

role-delegate = Delegado/a
role-chair = Presidencia
role-auditor = Auditor/a
role-admin = Administrador/a

date-time = { $day } de { $month } de { $year }, { $time }
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre

time-days = { $n ->
    [one] { $n } día
   *[other] { $n } días
}
time-hours = { $n ->
    [one] { $n } hora
   *[other] { $n } horas
}
time-minutes = { $n ->
    [one] { $n } minuto
   *[other] { $n } minutos
}
time-pair = { $first } y { $second }
time-under-a-minute = menos de un minuto
time-past = vencido
time-left = quedan { $left }

error-title-400 = Solicitud incorrecta
error-title-401 = Inicie sesión
error-title-403 = Acceso denegado
error-title-404 = No encontrado
error-title-409 = Conflicto
error-title-413 = Demasiado grande
error-title-422 = Datos no válidos
error-title-429 = Demasiadas solicitudes
error-title-500 = Algo salió mal
error-title-503 = No disponible
error-back-home = Volver a la página de inicio
error-status = Error { $status }

msg-database-unavailable = La base de datos no está disponible; inténtelo de nuevo en breve.
msg-login-failed = No se pudo iniciar sesión: el correo o la contraseña son incorrectos, o la cuenta aún no está activa.
msg-sign-in-required = Inicie sesión primero.
msg-csrf-failed = Este formulario ha caducado o no procede de este sitio. Vuelva atrás, recargue la página e inténtelo de nuevo.
msg-internal = Algo ha fallado por nuestra parte. Inténtelo de nuevo; si el problema persiste, avise a un administrador.
msg-email-taken = Ya existe una cuenta con este correo. Inicie sesión o consulte a un administrador.
msg-registered = Gracias. Un administrador revisará su registro; podrá iniciar sesión en cuanto se apruebe.
msg-admin-only = Solo los administradores pueden gestionar usuarios.
msg-round-closed = Esta votación está cerrada: ya no se aceptan papeletas.
msg-round-not-open = Esta votación aún no está abierta.
msg-not-in-electorate = Usted no forma parte del electorado de esta votación: se fijó al abrirla, con los delegados y las presidencias activos en ese momento.
msg-receipt-explained = Conserve este comprobante. Cuando se cierre la votación, las papeletas publicadas enumerarán cada papeleta contada por su comprobante: busque la suya para verificar que se contó tal como la emitió. El comprobante no revela su nombre a nadie.
msg-proposal-not-found = No existe esa propuesta.
msg-comment-not-found = No existe ese comentario.
msg-only-author = Solo la autora o el autor de esta propuesta puede hacer esto.
msg-locked-by-round = Esta propuesta forma parte de una votación abierta o cerrada, por lo que su texto ya no puede cambiar.
msg-in-open-round = Esta propuesta está en una votación abierta y no puede retirarse hasta que se cierre.
msg-not-editable = Solo se pueden editar los borradores y las propuestas presentadas.
msg-not-a-draft = Solo se puede presentar un borrador; esta propuesta ya se presentó.
msg-not-submitted = Solo se puede retirar una propuesta presentada.
msg-own-proposal = No puede copatrocinar su propia propuesta.
msg-already-cosponsor = Ya copatrocina esta propuesta.
msg-not-cosponsor = No copatrocina esta propuesta.
msg-cosponsor-closed = Solo se pueden copatrocinar propuestas presentadas.
msg-comments-closed = Solo se admiten comentarios en propuestas presentadas.
msg-reply-depth = Las respuestas tienen un solo nivel: responda al comentario original y no a una respuesta.
msg-parent-elsewhere = Ese comentario pertenece a otra propuesta.
msg-only-comment-author = Solo quien escribió un comentario puede editarlo.
msg-edit-window-closed = Los comentarios pueden editarse durante 15 minutos tras publicarse; este ya no puede cambiar.
msg-comment-hidden = La presidencia ha ocultado este comentario.
msg-no-such-revision = No existe esa versión de la propuesta.
msg-unknown-language = Elija uno de los idiomas ofrecidos: en, fr, es, ar, zh o ru.
# What a form just did (web::flash), shown once at the top of the next page.
done-comment-posted = Su comentario está publicado.
done-cosponsored = Ahora copatrocina esta propuesta.
done-uncosponsored = Ya no copatrocina esta propuesta.
done-withdrawn = La propuesta está retirada.
done-submitted = La propuesta está presentada: los delegados ya pueden copatrocinarla y debatirla.
done-round-created = La votación está creada como borrador. Revísela y luego ábrala.
done-round-opened = La votación está abierta: el electorado ya puede votar.
done-round-closed = La votación está cerrada. Los resultados de abajo son definitivos y constan en el registro de auditoría.
done-decision-recorded = La decisión está registrada.
error-onward = Adónde ir ahora
error-to-round = Volver a la votación
error-to-results = Ver los resultados de la votación
error-to-rounds = Todas las votaciones
error-to-proposal = Volver a la propuesta
error-to-proposals = Todas las propuestas
error-to-report = Volver al informe
error-to-reports = Todos los informes
group-member_state = Estados miembros
group-industry = Sector privado
group-civil_society = Sociedad civil
group-academia = Ámbito académico
group-technical_community = Comunidad técnica
group-intergovernmental = Organizaciones intergubernamentales
theme-connectivity = Conectividad
theme-digital_skills = Competencias digitales
theme-data_governance = Gobernanza de datos
theme-cybersecurity = Ciberseguridad
theme-ai_governance = Gobernanza de la IA
theme-digital_public_infrastructure = Infraestructura pública digital
msg-awaiting-approval = Su contraseña es correcta, pero su cuenta espera la aprobación de un administrador. Podrá iniciar sesión cuando se apruebe.
