## Páginas de votaciones: la lista, una nueva votación, la página de la votación, los poderes y la papeleta.

rounds-list-title = Votaciones
rounds-list-heading = Votaciones
rounds-create-button = Crear una votación
rounds-list-empty = Todavía no hay votaciones.
rounds-list-caption = Todas las votaciones, de la más reciente a la más antigua
rounds-col-round = Votación
rounds-col-status = Estado
rounds-col-method = Método
rounds-col-proposals = Propuestas
rounds-col-closes = Cierre
rounds-closes-by-chair = por la presidencia

rounds-status-draft = borrador
rounds-status-open = abierta
rounds-status-closed = cerrada

rounds-method-adoption = votación de adopción
rounds-method-schulze = Schulze
rounds-method-ranked-pairs = Pares ordenados
rounds-method-borda = Borda
rounds-method-borda-symmetric = Borda (simétrico)
rounds-method-irv = Segunda vuelta instantánea
rounds-method-copeland = Copeland
rounds-method-plurality = Mayoría simple

rounds-weighting-per-delegate = Un voto por delegado
rounds-weighting-equal-groups = Igual peso para cada grupo de partes interesadas
rounds-weighting-per-organisation = Un voto por organización

rounds-preset-majority = Mayoría: más de la mitad de sí + no
rounds-preset-two-thirds = Dos tercios de sí + no
rounds-preset-concurrent-majority = Mayoría en cada grupo de partes interesadas
rounds-preset-concurrent-two-thirds = Dos tercios en cada grupo de partes interesadas
rounds-preset-two-houses = Dos cámaras: 2/3 en la primera, mayoría en la segunda
rounds-preset-house-supermajority = Mayoría cualificada de las cámaras: 2/3 en cada cámara, o 3/4 en una y mayoría en la otra
rounds-preset-custom = Regla personalizada (abajo)
rounds-preset-name-majority = mayoría
rounds-preset-name-two-thirds = dos tercios
rounds-preset-name-concurrent-majority = mayoría en cada grupo
rounds-preset-name-concurrent-two-thirds = dos tercios en cada grupo
rounds-preset-name-two-houses = dos cámaras
rounds-preset-name-house-supermajority = mayoría cualificada de las cámaras

rounds-secrecy-secret = voto secreto
rounds-secrecy-recorded = voto nominal

## El formulario de nueva votación.
rounds-new-title = Nueva votación
rounds-new-heading = Crear una votación
rounds-new-field-title = Título
rounds-new-field-description = Descripción
rounds-new-optional = (opcional)
rounds-new-proposals-legend = Propuestas en la papeleta (al menos dos propuestas presentadas y admisibles)
rounds-new-no-proposals = Todavía no hay propuestas presentadas.
rounds-new-not-eligible = No admisible: { $reason }
rounds-new-kind-legend = Tipo de votación
rounds-new-method = Método
rounds-new-rule-legend = Regla de adopción
rounds-new-rule-legend-hint = (cómo se decide cada propuesta)
rounds-new-rule = Regla
rounds-new-custom-rule = Regla personalizada
rounds-new-custom-rule-hint = Avanzado: escribir su propia regla
rounds-new-houses = Cámaras
rounds-new-houses-hint = Opcional. Para reglas con cámaras: escriba el nombre de la cámara de cada grupo; los grupos con el mismo nombre votan juntos como una sola cámara. Déjelo vacío si la regla no tiene cámaras.
rounds-new-group-quorum = Quórum por grupo
rounds-new-group-quorum-hint = (opcional; porcentaje de los electores de cada grupo que deben votar)
rounds-new-weighting = Ponderación
rounds-new-group-weights = Pesos de los grupos para igual peso por grupo
rounds-new-group-weights-hint = Opcional, para igual peso por grupo: cuánto pesan juntas las papeletas de cada grupo (por ejemplo 2 para un grupo y 1 para los demás). Vacío significa 1.
rounds-new-secrecy-legend = Secreto del voto
rounds-new-secret = Secreto: las papeletas se publican sin nombres
rounds-new-recorded = Nominal: las papeletas se publican con el nombre y la organización de cada votante
rounds-new-closes-at = Se cierra automáticamente el
rounds-new-closes-at-hint = (opcional; UTC)
rounds-new-quorum = Quórum
rounds-new-quorum-hint = (opcional; porcentaje del electorado)
rounds-new-submit = Crear la votación
rounds-new-draft-note = Una nueva votación empieza como borrador. Al abrirla, el electorado —los delegados y presidentes activos en ese momento— queda fijado.

## La página de la votación.
rounds-show-adoption-rule = votación de adopción, regla
rounds-show-rule-custom = personalizada
rounds-show-houses = cámaras
rounds-show-group-quorum = quórum por grupo { $percent } %
rounds-show-method = método
rounds-show-weighting = ponderación
rounds-show-quorum = quórum { $percent } %
rounds-show-closes-at = se cierra el
rounds-show-open = Abrir la votación
rounds-show-close = Cerrar la votación y publicar los resultados
rounds-show-ballots-so-far = { $n ->
    [one] { $part } de { $whole } votante ha emitido su papeleta.
   *[other] { $part } de { $whole } votantes han emitido su papeleta.
}
rounds-show-change-ballot = Cambiar su papeleta
rounds-show-vote = Votar las propuestas
rounds-show-rank = Ordenar las propuestas
rounds-show-proxies-active = Poderes activos: { $n }.
rounds-show-proposals = Propuestas

## Poderes (voto delegado).
rounds-proxy-heading = Poderes
rounds-proxy-gave = Usted delegó su voto en
rounds-proxy-gave-end = .
rounds-proxy-used = Esa persona ya votó por usted; emita su propia papeleta para reemplazar la suya.
rounds-proxy-not-used = Esa persona todavía no ha votado por usted.
rounds-proxy-revoke = Recuperar mi voto
rounds-proxy-held = Usted tiene los votos de:
rounds-proxy-vote-for = Votar por { $name }
rounds-proxy-voted = (votó)
rounds-proxy-not-yet = (todavía no)
rounds-proxy-give-label = Delegar mi voto en…
rounds-proxy-give = Delegar mi voto
rounds-proxy-rules = Solo un elector de su propio grupo de partes interesadas puede tener su voto. Puede recuperarlo mientras no haya votado por usted, y su propia papeleta siempre reemplaza la suya.

## La papeleta.
rounds-ballot-title = Papeleta: { $title }
rounds-ballot-heading = Su papeleta: { $title }
rounds-ballot-whose = De quién es la papeleta
rounds-ballot-voting-for = Vota por:
rounds-ballot-yourself = usted
rounds-ballot-for-name = por { $name }
rounds-ballot-filling-for = Está rellenando la papeleta de
rounds-ballot-filling-for-end = , que le delegó su voto. Se pondera y se cuenta exactamente como la suya, y esa persona también ve su recibo.
rounds-ballot-replaced = Su nueva papeleta reemplazó a la anterior.
rounds-ballot-cast = Su papeleta fue emitida.
rounds-ballot-your-receipt = Su recibo:
rounds-ballot-copy = Copiar el recibo
rounds-ballot-copied = Copiado
rounds-ballot-check-summary = Compruebe el recibo usted mismo
rounds-ballot-check-votes = El recibo es el SHA-256 de plenary-receipt/1, el identificador de la votación, sus votos y este nonce (véase docs/formats.md):
rounds-ballot-check-ranking = El recibo es el SHA-256 de plenary-receipt/1, el identificador de la votación, su clasificación y este nonce (véase docs/formats.md):
rounds-ballot-already = Ya ha votado (recibo
rounds-ballot-already-end = ). Votar de nuevo reemplaza esa papeleta; solo cuenta la última.
rounds-ballot-adoption-help = Responda sí, no o abstención en cada propuesta. Una propuesta sin respuesta cuenta como abstención.
rounds-vote-yes = Sí
rounds-vote-no = No
rounds-vote-abstain = Abstención
rounds-ballot-submit = Emitir la papeleta
rounds-ballot-ranking-help = Dé un puesto a cada propuesta: 1 para su primera opción, 2 para la siguiente, y así sucesivamente. Dé el mismo número a dos propuestas para empatarlas. Deje una propuesta en blanco para no clasificarla: las propuestas sin clasificar van después de todas las clasificadas.
rounds-ballot-caption = Propuestas y sus puestos
rounds-ballot-col-proposal = Propuesta
rounds-ballot-col-rank = Su puesto
rounds-back = Volver a la votación

## El script de la papeleta.
rounds-js-ranked-heading = Su clasificación (arrastre o use los botones)
rounds-js-unranked-heading = Sin clasificar
rounds-js-move-up = Subir
rounds-js-move-down = Bajar
rounds-js-tie = Empatar con la anterior
rounds-js-unrank = Quitar de la clasificación
rounds-js-rank = Clasificar
rounds-js-tied = (empate)
rounds-js-empty = Todavía no hay nada clasificado: use Clasificar o arrastre propuestas aquí.
rounds-js-now-ranked = { $title } ocupa ahora el puesto { $rank }
rounds-js-not-ranked = { $title } no está clasificada
rounds-js-action = { $action }: { $title }

## El aviso de privacidad de una votación secreta.
rounds-privacy-small = { $n ->
    [one] { $label } (1 votante)
   *[other] { $label } ({ $n } votantes)
}
rounds-list-joiner = { $first }, { $next }
rounds-privacy-adoption = Privacidad: una regla de adopción cuenta por grupo de partes interesadas, así que las papeletas publicadas conservan el grupo de cada una, y los votos de un grupo con uno o dos votantes pueden leerse en ellas: { $small }.
rounds-privacy-equal-groups = Privacidad: esta votación da el mismo peso a cada grupo de partes interesadas, así que la papeleta de un grupo con uno o dos votantes recibe un peso que ninguna otra tiene. Las papeletas publicadas omiten el nombre de esos grupos, pero el peso por sí solo puede señalar a quién las emitió: { $small }.
rounds-privacy-per-organisation = Privacidad: esta votación da el mismo peso a cada organización, así que la papeleta de una organización con uno o dos votantes recibe un peso que ninguna otra tiene. Las papeletas publicadas omiten el nombre de esas organizaciones, pero el peso por sí solo puede señalar a quién las emitió: { $small }.
rounds-js-help = Ordene las propuestas según su preferencia: pulse Clasificar para añadir una y luego Subir, Bajar o Empatar con la anterior (o arrástrelas). Las propuestas que deje en «Sin clasificar» van después de todas las clasificadas. Lo que muestra la lista es lo que dirá su papeleta.
rounds-read-proposal = leerla
rounds-receipt-check-heading = Verificar un comprobante
rounds-receipt-yours = El comprobante de su papeleta:
rounds-receipt-check-yours = Comprobar que se contó
rounds-receipt-label = Comprobante
rounds-receipt-check = Comprobar
rounds-receipt-hint = Pegue el comprobante de 64 caracteres que recibió al votar. La página del comprobante muestra si esa papeleta se contó, lo que dice y la prueba de que está entre las papeletas publicadas.
rounds-ballot-receipt-later = Cuando se cierre la votación, este enlace mostrará que su papeleta se contó:
# The confirmation pages before opening or closing a round (web::round_confirm).
rounds-confirm-open-heading = ¿Abrir la votación de «{ $title }»?
rounds-confirm-open-proposals = { $n ->
    [one] { $n } propuesta estará en la papeleta.
   *[other] { $n } propuestas estarán en la papeleta.
}
rounds-confirm-open-electorate = Cada delegado y cada miembro de la presidencia activos pasan ahora a formar parte del electorado; quienes sean aprobados después no podrán votar en esta votación.
rounds-confirm-deadline = Se cierra sola el { $when }.
rounds-confirm-deadline-left = Su plazo vence el { $when } ({ $left }).
rounds-confirm-no-deadline = No tiene plazo: sigue abierta hasta que la presidencia la cierre.
rounds-confirm-open-final = Una vez abierta la votación, sus propuestas, su método de recuento y sus reglas ya no pueden cambiarse.
rounds-confirm-close-heading = ¿Cerrar «{ $title }» y publicar sus resultados?
rounds-confirm-close-turnout = { $n ->
    [one] Ha votado { $part } de { $whole } electores.
   *[other] Han votado { $part } de { $whole } electores.
}
rounds-confirm-close-no-quorum = No se alcanza el quórum del { $percent } %: los resultados lo indicarán.
rounds-confirm-close-final = El cierre no se puede deshacer: después no se acepta ninguna papeleta, y los resultados se cuentan, se publican y quedan registrados para siempre en el registro de auditoría.
confirm-cancel = Cancelar y volver
rounds-new-step-heading = ¿Qué tipo de ronda?
rounds-new-heading-ranking = Crear una ronda de clasificación
rounds-new-heading-adoption = Crear una ronda de adopción
rounds-new-choose-ranking-help = Los votantes ordenan las propuestas por preferencia y un método de recuento convierte las papeletas en una sola clasificación. Sirve para fijar prioridades; por sí sola no decide nada.
rounds-new-choose-adoption-help = Los votantes responden sí, no o abstención en cada propuesta y una regla decide cuáles se adoptan. Sirve para tomar decisiones.
rounds-new-change-kind = Elegir otro tipo de ronda
# $field: the label of the refused field; $message: why.
rounds-new-error-in = { $field }: { $message }
rounds-new-field-proposals = Propuestas en la papeleta
rounds-preset-help-majority = Se adopta cuando más votantes dicen sí que no (las abstenciones no cuentan).
rounds-preset-help-two-thirds = Se adopta cuando al menos dos tercios de quienes dicen sí o no dicen sí.
rounds-preset-help-concurrent-majority = Se adopta solo si cada grupo de partes interesadas, por sí solo, tiene más síes que noes.
rounds-preset-help-concurrent-two-thirds = Se adopta solo si cada grupo de partes interesadas, por sí solo, dice sí con al menos dos tercios.
rounds-preset-help-two-houses = Dos cámaras votan en paralelo: dos tercios de síes en la primera y mayoría en la segunda. Nombre exactamente dos cámaras abajo.
rounds-preset-help-house-supermajority = Se adopta con dos tercios en cada cámara, o tres cuartos en una y mayoría en la otra. Nombre exactamente dos cámaras abajo.
rounds-preset-help-custom = Cualquier otra condición, escrita en el lenguaje de reglas en «Avanzado», abajo.
