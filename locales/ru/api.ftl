## Справочная страница API (/api).

api-title = Справочник по API
api-intro = На этой странице описан JSON API по адресу /api/v1. Она построена по тому же документу OpenAPI 3.1, который читают программы:
api-json-link = документ OpenAPI (JSON)
api-english-note = Краткие описания, описания и схемы операций берутся из кода и остаются на английском: это справочник для разработчиков.
api-auth-heading = Вход
api-auth-bearer = Войдите через POST /api/v1/session и передавайте полученный токен в каждом запросе в этом заголовке:
api-auth-cookie = Браузер, вошедший на сайт, может вместо этого передавать cookie сеанса.
api-errors-heading = Ошибки
api-errors-text = Все отказы имеют одинаковый вид: объект «error» с постоянным «code», «message» для людей и, при неверных данных (статус 422), полем с ошибкой «field». Для каждой операции перечислены статусы, которые она может вернуть.
api-contents = Содержание
api-schemas-heading = Схемы
api-public = Вход не нужен.
api-signed-in = Нужен вход (токен bearer или cookie сеанса).
api-parameters = Параметры
api-col-name = Имя
api-col-in = Где
api-col-type = Тип
api-col-required = Обязательный
api-col-description = Описание
api-col-status = Статус
api-col-content = Содержимое
api-yes = да
api-no = нет
api-request-body = Тело запроса:
api-responses = Ответы
api-fields-caption = Поля { $name }
