## La página de prueba del comprobante y su verificación en el navegador.
## Los comandos, hashes y nombres como round.closed o ballots_root no se traducen.

receipt-title = Prueba del comprobante, votación { $round }
receipt-heading = Su papeleta de la votación { $round } se contó
receipt-ballot-with = La papeleta con el comprobante
receipt-number-of = { $total ->
    [one] es la número { $number } de { $total } papeleta contada. Su clasificación, de mejor a peor:
   *[other] es la número { $number } de las { $total } papeletas contadas. Su clasificación, de mejor a peor:
}
receipt-unranked = Las propuestas que no clasificó quedan empatadas por debajo de todas las clasificadas.
receipt-check-heading = Compruébelo usted mismo
receipt-check-key = No necesita nada de este servidor salvo los valores de abajo y la clave pública del servidor, que debería comparar con la que publica el operador:
receipt-download = Descargue la prueba
receipt-and-run = y ejecute
receipt-or-steps = , o siga los pasos (docs/formats.md, «Receipt proofs», detalla cada byte):
receipt-step-1 = La papeleta lleva su comprobante. Con su nonce, el SHA-256 de plenary-receipt/1, LF, el identificador de la votación, LF, el JSON canónico de la clasificación, LF, el nonce devuelve de nuevo su comprobante.
receipt-step-2 = Hash de la hoja = SHA-256 del byte 0x00 seguido del JSON canónico de la papeleta:
receipt-step-3 = Combínelo con la ruta de auditoría (RFC 6962: SHA-256 de 0x01, izquierda, derecha), hoja { $leaf } de { $size }:
receipt-step-3-root = → la raíz de las papeletas
receipt-step-4 = { $ballots ->
    [one] La entrada round.closed de la votación registra esa raíz (ballots_root) y { $ballots } papeleta; su hash es el SHA-256 de su JSON canónico sin hash:
   *[other] La entrada round.closed de la votación registra esa raíz (ballots_root) y { $ballots } papeletas; su hash es el SHA-256 de su JSON canónico sin hash:
}
receipt-step-5 = La hoja de la entrada (SHA-256 de 0x00 y los 32 bytes de su hash), en el índice { $index } de { $size }, con esta ruta de auditoría, da la raíz de todo el registro de auditoría:
receipt-step-6 = Esa raíz y ese tamaño figuran en este punto de control, firmado con la clave del servidor (y cofirmado por los testigos que aparecen debajo):
receipt-js-run = Comprobar en este navegador
receipt-js-checked = comprobado
receipt-js-all-hold = Todos los pasos se cumplen: su papeleta está en el registro firmado.
receipt-js-needs-tool = Los pasos 1 a 5 se cumplen; la firma requiere otra herramienta.
receipt-js-no-ed25519 = este navegador no puede comprobar firmas Ed25519: use plenary receipt verify
receipt-js-failed = El paso { $step } falló:
receipt-js-no-receipt = la papeleta no contiene comprobante
receipt-js-other-leaf = la papeleta da otra hoja
receipt-js-other-root = la ruta lleva a otra raíz
receipt-js-entry-hash = el hash de la entrada no coincide con ella
receipt-js-closed-root = round.closed registra otra raíz
receipt-js-checkpoint-other = el punto de control firma otro tamaño u otra raíz
receipt-js-no-signature = el punto de control no tiene firma de
receipt-js-bad-signature = la firma no se verifica con la clave del servidor
receipt-js-index-outside = el índice de la hoja está fuera del árbol
receipt-js-path-long = la ruta de auditoría es demasiado larga
receipt-js-path-short = la ruta de auditoría es demasiado corta
