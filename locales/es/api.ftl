## La página de referencia de la API (/api).

api-title = Referencia de la API
api-intro = Esta página describe la API JSON bajo /api/v1. Se genera a partir del mismo documento OpenAPI 3.1 que leen los programas:
api-json-link = el documento OpenAPI (JSON)
api-english-note = Los resúmenes, las descripciones y los esquemas de las operaciones provienen del código y se mantienen en inglés: son referencia para desarrolladores.
api-auth-heading = Inicio de sesión
api-auth-bearer = Inicie sesión con POST /api/v1/session y envíe el token que recibe en cada solicitud, en esta cabecera:
api-auth-cookie = Un navegador con la sesión iniciada en el sitio puede enviar su cookie de sesión en su lugar.
api-errors-heading = Errores
api-errors-text = Todos los rechazos tienen la misma forma: un objeto «error» con un «code» estable, un «message» para las personas y, ante datos no válidos (estado 422), el campo que falló, «field». Cada operación indica los estados con que puede responder.
api-contents = Índice
api-schemas-heading = Esquemas
api-public = No hace falta iniciar sesión.
api-signed-in = Hace falta iniciar sesión (token bearer o cookie de sesión).
api-parameters = Parámetros
api-col-name = Nombre
api-col-in = Ubicación
api-col-type = Tipo
api-col-required = Obligatorio
api-col-description = Descripción
api-col-status = Estado
api-col-content = Contenido
api-yes = sí
api-no = no
api-request-body = Cuerpo de la solicitud:
api-responses = Respuestas
api-fields-caption = Campos de { $name }
