## Rechazos de datos y de acciones, con lo que hay que hacer en su lugar. Los
## argumentos son texto: { $value } es lo escrito, ya entre comillas.

## El nombre de un campo de texto en las frases err-text-* ($label es su clave).
err-field-label = { $label ->
    [title] El título
    [summary] El resumen
    [body] El texto
    [comment] El comentario
    [reason] El motivo
    [description] La descripción
    [introduction] La introducción
    [display_name] El nombre visible
   *[organisation] La organización
}
err-text-required = { $label ->
    [description] La descripción es obligatoria.
    [introduction] La introducción es obligatoria.
    [organisation] La organización es obligatoria.
   *[other] { err-field-label } es obligatorio.
}
err-text-too-short = { err-field-label } debe tener al menos { $min } caracteres.
err-text-too-long = { err-field-label } debe tener como máximo { $max } caracteres (ahora tiene { $n }).
err-text-control = { err-field-label } contiene caracteres de control.

## Cuentas y personas.
err-email = Escriba una dirección de correo como nombre@example.org.
err-password-short = Elija una contraseña de al menos 10 caracteres.
err-password-long = Elija una contraseña de 256 caracteres como máximo.
err-role = Rol desconocido { $value }; elija delegate, chair, auditor o admin.
err-user-status = Estado desconocido { $value }; use pending, active, suspended o rejected.
err-group = Grupo de partes interesadas desconocido { $value }; elija uno de estos: { $choices }.
err-time-zone = Zona horaria desconocida { $value }; use un nombre IANA como Europe/Paris, America/New_York o UTC.

## Propuestas.
err-unknown-theme = Tema desconocido { $value }; elija entre: { $choices }.
err-proposal-status = Estado desconocido; use draft, submitted, withdrawn, adopted o not_adopted.

## Votaciones.
err-round-status = Estado de votación desconocido { $value }.
err-secrecy = Modo de secreto desconocido { $value }; elija secret o recorded.
err-weight-too-long = El peso de { $group } es demasiado largo: escríbalo con { $max } caracteres como máximo, por ejemplo 2 o 3/7.
err-weight-not-number = El peso de { $group } debe ser un número entero o una fracción como 1/2, no { $value }.
err-weight-not-positive = El peso de { $group } debe ser positivo.
err-weights-syntax = Escriba los pesos de los grupos como grupo=peso, por ejemplo member_state=2 (se recibió { $value }).
err-weight-twice = El grupo { $group } tiene dos pesos.
err-closes-leap-second = La hora de cierre { $value } corresponde a un segundo intercalar; elija una hora con segundos entre 00 y 59.
err-closes-format = La hora de cierre { $value } no es una fecha y hora como 2026-12-01T17:00Z.
err-proposal-listed-twice = La propuesta { $id } aparece dos veces.
err-round-two-proposals = Elija al menos dos propuestas para la votación.
err-weights-only-equal-groups = Los pesos de grupo solo se aplican a la ponderación equal_groups.
err-weighting = Ponderación desconocida { $value }; elija per_delegate, equal_groups o per_organisation.
err-closes-past = La hora de cierre debe estar en el futuro.
err-rank-number = El puesto { $value } no es un número entero a partir de 1; deje una propuesta en blanco para no clasificarla.
err-house-syntax = Escriba cada cámara como nombre: grupo, grupo (se recibió { $value }).
err-quorum-percent = El cuórum es un porcentaje entero de 0 a 100.
err-group-quorum-percent = El cuórum por grupo es un porcentaje entero de 0 a 100.
err-adoption-only = Una regla, cámaras y un cuórum por grupo solo se aplican a las votaciones de adopción: indique { $example }.
err-method = Método desconocido { $value }; elija schulze, ranked_pairs, borda, irv, copeland o plurality.
err-adoption-no-method = Una votación de adopción no tiene método de clasificación: cada propuesta se decide según la regla.
err-adoption-needs-rule = Una votación de adopción necesita una regla, por ejemplo { $example }.
err-round-kind = Tipo de votación desconocido { $value }; elija ranking o adoption.

## Informes.
err-report-status = Estado de informe desconocido { $value }.
err-report-no-rounds = Elija al menos una votación cerrada que cubra el informe.
err-report-too-many-rounds = Un informe cubre como máximo { $max } votaciones.
err-round-listed-twice = La votación { $id } aparece dos veces.
err-no-round = No existe la votación { $id }.
err-report-round-open = La votación { $id } ({ $title }) no se ha cerrado; un informe solo cubre votaciones cerradas.
err-no-report-to-supersede = No existe el informe { $id } que se quiere sustituir.
err-no-such-report = Ese informe no existe.
err-only-chairs-report = Solo la presidencia crea, edita y publica informes.
err-report-never-edited = Un informe publicado nunca se edita; cree una nueva versión que lo sustituya.
err-report-published-new-version = Este informe ya está publicado; cree una nueva versión para cambiarlo.
err-report-already-published = Este informe ya está publicado.

## Cuentas.
err-current-password = Su contraseña actual no es correcta; no se ha cambiado nada.
err-reset-own-password = Cambie su propia contraseña en la página de su cuenta; el restablecimiento es para otras personas.
err-status-back-to-pending = Una cuenta no puede volver a quedar pendiente; suspéndala en su lugar.
err-own-role = No puede cambiar su propio rol ni su estado; pídaselo a otro administrador.
err-approve-first = Apruebe un registro pendiente antes de cambiar su estado.

## Listas de propuestas y decisiones.
err-eligible-filter = Use eligible=true o eligible=false.
err-sort = Ordene por newest, cosponsors o comments.
err-whole-number = { $field } debe ser un número entero de 1 a { $max }.
err-decision-value = Registre la decisión como adopted o not_adopted.
err-only-chairs-decide = Solo la presidencia registra decisiones.
err-decision-after-round = Una decisión se registra después de que se cierre una votación que incluya esta propuesta.

## Preparación, apertura y cierre de votaciones.
err-no-proposal = No existe la propuesta { $id }.
err-proposal-not-submitted = La propuesta { $id } ({ $title }) está en estado { $status }; solo las propuestas presentadas pueden someterse a votación.
err-round-closing-passed = La hora de cierre de la votación ya pasó; cree una nueva votación con una hora de cierre posterior.
err-round-already-open = Esta votación ya está abierta.
err-round-is-closed = Esta votación está cerrada.
err-round-not-opened = Esta votación no se ha abierto.
err-round-already-closed = Esta votación ya está cerrada.
err-ballots-after-close = Las papeletas se publican cuando se cierra la votación.
err-results-after-close = Los resultados se publican cuando se cierra la votación.

## Papeletas, comprobantes y exportaciones.
err-only-electors-vote = Solo votan los delegados y la presidencia.
err-not-proxy-holder = Usted no tiene el voto delegado de esa persona en esta votación.
err-vote-unknown-proposal = Propuesta desconocida { $value }: vote sobre las propuestas de esta votación por sus identificadores, por ejemplo "p12".
err-vote-value = El voto sobre { $proposal } debe ser yes, no o abstain, no { $value }.
err-rank-unknown-proposal = Propuesta desconocida { $value }: clasifique las propuestas de esta votación por sus identificadores, por ejemplo "p12".
err-rank-twice = La propuesta { $id } aparece más de una vez en su clasificación.
err-rank-empty-tier = El nivel { $n } de su clasificación está vacío; elimínelo o ponga una propuesta en él.
err-adoption-ballot = Esta es una votación de adopción: responda yes, no o abstain para cada propuesta, por ejemplo { $example }.
err-ranking-ballot = Esta es una votación de clasificación: envíe una clasificación de sus propuestas, por ejemplo { $example }.
err-ballot-shape = Envíe "ranking" (votaciones de clasificación) o "votes" (votaciones de adopción): uno de los dos, ni ambos ni ninguno.
err-no-ballot = Usted no ha emitido una papeleta en esta votación.
err-receipts-after-close = Los comprobantes pueden verificarse cuando la votación se haya cerrado.
err-receipt-format = Un comprobante tiene 64 caracteres hexadecimales.
err-receipt-proofs-missing = Esta votación se cerró antes de que existieran las pruebas de comprobante; verifique el comprobante en ballots.json.
err-no-counted-ballot = Ninguna papeleta contada lleva este comprobante.
err-nothing-to-export = No hay nada que exportar.
err-preflib-adoption = Un archivo PrefLib contiene clasificaciones y no puede expresar votos sí / no / abstención: descargue ballots.json o ballots.csv.

## Delegaciones de voto.
err-proxy-choose = Elija a la persona electora a quien delegar su voto.
err-proxy-self = No puede delegarse el voto a sí mismo.
err-proxy-not-elector = El usuario { $id } no forma parte del electorado de esta votación.
err-proxy-other-group = Un voto solo se delega en una persona electora de su propio grupo de partes interesadas ({ $group }).
err-proxies-off = La delegación de voto está desactivada en este servidor.
err-proxy-already-given = Ya ha delegado su voto en esta votación; revoque antes esa delegación.
err-proxy-chain-holder = Usted tiene el voto de otra persona, así que no puede delegar el suyo: las delegaciones no se encadenan.
err-proxy-chain-grantee = Esa persona ya delegó su propio voto y no puede recibir una delegación: las delegaciones no se encadenan.
err-proxy-none = No ha delegado su voto en nadie en esta votación.
err-proxy-used = Su apoderado ya votó por usted, así que la delegación ya no puede revocarse; emita su propia papeleta para sustituir la suya.

## El registro de auditoría y sus testigos.
err-no-checkpoint = Todavía no se ha firmado ningún punto de control.
err-witness-key-type = Una clave de testigo tiene el tipo de firma 0x04 (Ed25519 cosignature/v1); `plenary audit witness-key` genera una.
err-no-such-witness = Ese testigo no existe.
err-witness-approved = Este testigo ya está aprobado.
err-witness-unknown = No hay ningún testigo registrado con el nombre { $name }.
err-witness-key-id = El identificador de clave no coincide con la clave del testigo { $name }.
err-cosignature-timestamp-large = La marca de tiempo es demasiado grande.
err-cosignature-future = La marca de tiempo de la cofirma está en el futuro.

## Markdown anidado en exceso: tras el nombre de un campo, y solo.
err-nesting-containers = la línea { $line } anida { $depth } citas o elementos de lista; se permiten como máximo { $max }.
err-nesting-html = hacia la línea { $line } los elementos HTML se anidan en más de { $max } niveles; ciérrelos o escriba en Markdown.
err-nested-containers = { err-field-label } tiene un anidamiento demasiado profundo: { err-nesting-containers }
err-nested-html = { err-field-label } tiene un anidamiento demasiado profundo: { err-nesting-html }

## Rechazos de la capa web: direcciones, cuerpos, roles y formularios de otros sitios.
err-nothing-here = No hay nada en esta dirección.
err-no-such-file = Ese archivo no existe.
err-send-json = Envíe el cuerpo en JSON con Content-Type: application/json.
err-round-filter = El filtro de votación admite un número de votación, por ejemplo 4.
err-supersedes-id = supersedes debe ser el identificador de un informe.
err-supersedes-on-edit = supersedes se indica al crear una nueva versión, no al editar.
err-only-chairs = Solo la presidencia puede hacer esto.
err-only-delegates-chairs = Solo los delegados y la presidencia pueden hacer esto; los auditores y los administradores solo consultan.
err-only-auditors-admins = Solo los auditores y los administradores pueden ver el registro de auditoría.
err-only-auditors-chairs = Solo los auditores, la presidencia y el electorado de la votación pueden descargar sus papeletas y resultados.
err-foreign-origin = Esta solicitud procede de otro sitio, por lo que se ha rechazado. Si quería enviarla, abra la página de este sitio y envíe allí el formulario.

err-no-export = No existe ninguna exportación llamada { $name }.
err-no-notification = No existe la notificación { $id }.
err-tree-range = Indique 0 <= from <= to; se recibió from={ $from }, to={ $to }.
err-no-tree-size = { $entries ->
    [one] El registro tiene { $entries } entrada; no existe un árbol de tamaño { $size }.
   *[other] El registro tiene { $entries } entradas; no existe un árbol de tamaño { $size }.
}
err-no-user = No existe el usuario { $id }.
err-proxy-limit = { $held ->
    [one] Esa persona ya tiene { $held } voto delegado en esta votación, el máximo permitido.
   *[other] Esa persona ya tiene { $held } votos delegados en esta votación, el máximo permitido.
}
err-not-pending = { $name } no está pendiente de aprobación (estado: { $status }).
err-decide-not-submitted = Solo se puede decidir sobre una propuesta presentada; esta está en estado { $status }.
err-witness-taken = Ya hay un testigo registrado con el nombre { $name }.
err-witness-not-approved = El testigo { $name } aún no está aprobado; primero debe aprobarlo un administrador.
err-no-checkpoint-size = No se firmó ningún punto de control para el tamaño de árbol { $size }.
err-no-report-download = No existe ninguna descarga de informe llamada { $name }; pruebe report.json o report.md.
err-supersede-draft = El informe { $id } es un borrador: edítelo en lugar de sustituirlo.
err-supersede-twice = El informe { $id } ya tiene una versión nueva.
err-body-too-large = El cuerpo de la solicitud es demasiado grande: el límite es de { $kib } KiB ({ $bytes } bytes).
err-sign-ins-busy = El servidor está atendiendo muchos inicios de sesión en este momento. Espere unos segundos y vuelva a intentarlo.
err-comment-rate = { $n ->
    [one] Ha publicado { $n } comentario en la última hora, el máximo permitido. Espere antes de publicar de nuevo.
   *[other] Ha publicado { $n } comentarios en la última hora, el máximo permitido. Espere antes de publicar de nuevo.
}
err-sign-ins-busy-wait = { $wait ->
    [one] El servidor está atendiendo muchos inicios de sesión en este momento. Espere { $wait } segundo y vuelva a intentarlo.
   *[other] El servidor está atendiendo muchos inicios de sesión en este momento. Espere { $wait } segundos y vuelva a intentarlo.
}
err-sign-in-attempts = { $wait ->
    [one] Demasiados intentos de inicio de sesión desde su dirección. Espere { $wait } segundo y vuelva a intentarlo.
   *[other] Demasiados intentos de inicio de sesión desde su dirección. Espere { $wait } segundos y vuelva a intentarlo.
}
err-not-eligible = La propuesta { $id } ({ $title }) aún no es elegible: { $missing }.
err-form-unreadable = No se puede leer el formulario: { $detail }
err-form-malformed = El formulario está incompleto o mal formado: { $detail }
err-json-invalid = El cuerpo JSON no es válido: { $detail }
err-json-unreadable = No se puede leer el cuerpo JSON: { $detail }
err-query-invalid = Parámetros de consulta no válidos: { $detail }
err-witness-key = No es una clave de testigo: { $detail }.
err-rule-json = La regla personalizada no es un JSON válido: { $detail }.
err-rejected-final = Este registro fue rechazado; una cuenta rechazada no se puede reactivar.
err-action-not-offered = Esa acción no está disponible para { $name } (estado: { $status }).
