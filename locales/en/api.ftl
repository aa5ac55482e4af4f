## The API reference page (/api).

api-title = API reference
api-intro = This page describes the JSON API under /api/v1. It is rendered from the same OpenAPI 3.1 document that programs read:
api-json-link = the OpenAPI document (JSON)
api-english-note = The summaries, descriptions and schemas of the operations come from the code and stay in English: they are reference for developers.
api-auth-heading = Signing in
api-auth-bearer = Sign in with POST /api/v1/session and send the token it returns in every request, in this header:
api-auth-cookie = A browser signed in on the site may send its session cookie instead.
api-errors-heading = Errors
api-errors-text = Every refusal has the same shape: an object "error" with a stable "code", a "message" for people and, for invalid input (status 422), the "field" that failed. Each operation lists the statuses it can answer with.
api-contents = Contents
api-schemas-heading = Schemas
api-public = No sign-in needed.
api-signed-in = Sign-in needed (bearer token or session cookie).
api-parameters = Parameters
api-col-name = Name
api-col-in = In
api-col-type = Type
api-col-required = Required
api-col-description = Description
api-col-status = Status
api-col-content = Content
api-yes = yes
api-no = no
api-request-body = Request body:
api-responses = Responses
api-fields-caption = Fields of { $name }
