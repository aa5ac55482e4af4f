## Resultados de una votación cerrada: clasificaciones, adopciones y gráficos.

results-heading = Resultados
results-ranked-first = En primer lugar:
results-tied-first = Empatadas en primer lugar:
results-turnout = Participación: { $part } de { $whole }
results-percent = { $n } %
results-quorum-met = Se alcanzó el quórum.
results-quorum-not-met = No se alcanzó el quórum
results-quorum-not-met-tallied = — la votación se escrutó de todos modos.
results-ballot-digest = Huella de las papeletas:
results-final-ranking = Clasificación final
results-final-ranking-caption = Clasificación final; las propuestas empatadas comparten puesto
results-col-position = Puesto
results-col-proposal = Propuesta
results-col-score = Puntuación
results-col-decision = Decisión
results-tied = (empate)
results-adopted = Adoptada
results-not-adopted = No adoptada
results-record-adopted = Registrar { $title } como adoptada
results-record-not-adopted = Registrar { $title } como no adoptada
results-tiebreak-order = Las propuestas empatadas se muestran en el orden de desempate; la clasificación las mantiene empatadas.
results-tiebreak-pairs = Los pares con igual margen de { $margin } se ordenaron según el orden de desempate.
results-tiebreak-elimination = En la ronda { $round } de la segunda vuelta instantánea, el orden de desempate decidió a quién eliminar.
results-pairwise-heading = Preferencias por pares
results-pairwise-caption = Cómo leerlo: cada número indica cuántos votantes (contados según su peso) prefirieron la propuesta de la fila a la de la columna. Azul: la mayoría prefirió la propuesta de la fila; naranja: la de la columna. Los números 1, 2, 3… remiten a las propuestas listadas bajo la cuadrícula; pase el puntero sobre una celda para ver su valor exacto.
results-matrix-caption = Cuántos votantes prefirieron la propuesta de la fila a la de la columna (pesos exactos)
results-scores-heading = Puntuaciones
results-irv-heading = Rondas de la segunda vuelta instantánea
results-irv-caption = Recuentos de cada ronda
results-irv-col-round = Ronda
results-irv-col-counts = Recuentos
results-irv-col-exhausted = Agotadas
results-irv-col-eliminated = Eliminada
results-irv-by-tiebreak = (por desempate)
results-turnout-groups-heading = Participación por grupo de partes interesadas
results-col-group = Grupo
results-col-ballots = Papeletas
results-col-electorate = Electorado
results-col-turnout = Participación
results-groups-heading = La clasificación propia de cada grupo
results-groups-hint = El mismo método, un voto por delegado dentro del grupo.
results-group-ballots = { $n ->
    [one] { $n } papeleta
   *[other] { $n } papeletas
}
results-group-hidden = Demasiado pocos votantes para mostrarlo por separado.
results-agreement-heading = Acuerdo entre los grupos
results-agreement-caption = El puesto de cada propuesta en la clasificación de cada grupo, y cuánto se parecen
results-col-agreement = Acuerdo
results-agreement-meter = acuerdo del { $n } por ciento
results-agreement-broad = los grupos la sitúan igual
results-agreement-mixed = los grupos la sitúan de forma algo distinta
results-agreement-divided = los grupos la sitúan muy lejos entre sí
results-agreement-too-few = no hay grupos suficientes
results-downloads = Descargas
results-preflib = PrefLib
results-no-preflib = Un archivo PrefLib no puede expresar votos sí / no / abstención, así que las votaciones de adopción no tienen ballots.toi.

## Gráficos.
results-chart-pairwise-title = Preferencias por pares
results-chart-pairwise-desc = Cada celda da el peso de las papeletas que sitúan la propuesta de la fila por delante de la de la columna; en azul, la mayoría prefiere la fila; en naranja, la columna.
results-chart-irv-title = Rondas de la segunda vuelta instantánea
results-chart-irv-desc = En cada ronda, el peso que cuenta para cada propuesta que sigue en liza; la propuesta eliminada al final de la ronda aparece en naranja.
results-chart-irv-round = Ronda { $n }
results-chart-eliminated = { $count } (eliminada)
results-chart-exhausted = agotadas: { $count }
results-label-value = { $label }: { $value }
results-legend-yes = sí
results-legend-no = no
results-legend-abstain = abstención
results-votes-chart-title = Votos sobre { $title }
results-bar-text = sí { $yes } · no { $no } · abstención { $abstain }

## Votaciones de adopción.
results-decisions = Decisiones
results-none-adopted = No se adoptó ninguna propuesta.
results-adopted-list = Adoptadas:
results-met = Alcanzado.
results-not-met = No alcanzado
results-not-met-none-adopted = — no se puede adoptar ninguna propuesta.
results-rule-held-quorum-missed = La regla se cumple, pero no se alcanzó un quórum.
results-votes-caption = Pesos de sí, no y abstención sobre { $title }, en total y por grupo
results-col-scope = Ámbito
results-conditions = Condiciones
results-all-ballots = Todas las papeletas
results-house-title = Cámara { $name }
results-weight-ballots = { $n ->
    [one] { $weight } ({ $count } papeleta)
   *[other] { $weight } ({ $count } papeletas)
}
results-quorum-voted = { $n ->
    [one] votó { $part } de { $whole } elector
   *[other] votaron { $part } de { $whole } electores
}
results-quorum-note = Quórum: { $voted }; se necesita el { $percent } %.
results-group-quorum-note = Quórum del grupo { $group }: { $voted }; se necesita el { $percent } %.
results-scope-group = el grupo { $name }
results-scope-house = la cámara { $name }
results-scope-all = todas las papeletas
results-scope-each-group = cada grupo
results-scope-each-house = cada cámara
results-at-least = al menos { $value }
results-more-than = más de { $value }
results-at-most = como máximo { $value }
results-check-support = Apoyo (sí sobre sí + no) en { $scope }: { $threshold }
results-check-against-yes-no = Oposición (no sobre sí + no) en { $scope }: { $threshold }
results-check-against-all = Oposición (no sobre todos los votos emitidos) en { $scope }: { $threshold }
results-check-yes-voters = Papeletas que dicen sí en { $scope }: { $threshold }
results-check-turnout = Participación en { $scope }: { $threshold }
results-check-all = Se cumplen todas estas condiciones
results-check-any = Se cumple al menos una de estas condiciones
results-check-measured = { $condition } — medido: { $value }
results-check-met = se cumple
results-check-not-met = no se cumple
results-note-no-group-electors = ningún grupo tiene electores en esta votación
results-note-support-undefined = no hay votos sí ni no: el apoyo no está definido
results-note-against-zero = no hay votos: la parte en contra cuenta como 0
results-note-turnout-undefined = no hay electores: la participación no está definida
results-numbered = { $n }. { $title }
results-chart-pairwise-cell = { $row } antes que { $column }: { $value }
results-reading-scores = Cómo leerlo: cada barra es la puntuación de una propuesta según el método de recuento de la ronda; cuanto más larga la barra, mayor la puntuación. El número tras la barra es la puntuación exacta.
results-reading-irv = Cómo leerlo: de arriba abajo, cada vuelta muestra los votos que cuentan para cada propuesta aún en liza. La barra naranja es la propuesta eliminada al final de esa vuelta; sus votos pasan a la siguiente preferencia de cada votante en la vuelta de abajo.
results-reading-votes = Cómo leerlo: cada barra es un conjunto de votantes (todos, y luego cada grupo), repartido según el peso entre sí (liso), no (rayado) y abstención (punteado); los números exactos siguen a cada barra.
results-agreement-reading = Cómo leerlo: cada columna es el puesto que la clasificación propia de un grupo da a la propuesta. El acuerdo es del 100 % cuando todos los grupos la sitúan en el mismo puesto, y baja con la distancia media entre los puestos de dos grupos, como parte de la mayor distancia posible (del primero al último); 0 % significa que hay grupos que la sitúan primera y última.
