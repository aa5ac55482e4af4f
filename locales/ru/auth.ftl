## Вход и регистрация (/login, /register) и требование сменить пароль.

auth-sign-in = Войти
auth-email = Электронная почта
auth-password = Пароль
auth-no-account = Ещё нет учётной записи?
auth-register = Зарегистрироваться
auth-go-to-sign-in = Перейти ко входу
auth-register-reviewed = Каждую регистрацию проверяет администратор; войти можно будет после её одобрения.
auth-your-name = Ваше имя
auth-password-hint = (не менее 10 символов)
auth-organisation = Организация, которую вы представляете
auth-group = Группа заинтересованных сторон
auth-change-required = Администратор сбросил ваш пароль: прежде всего выберите новый (POST /api/v1/me/password).
auth-email-taken = Учётная запись с этим адресом уже существует.
auth-email-taken-sign-in = Войдите
auth-email-taken-or-admin = {" "}или обратитесь к администратору.
