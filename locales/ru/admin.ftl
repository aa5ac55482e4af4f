## Список пользователей (/admin/users) и страница сброса пароля.

admin-users-title = Пользователи
admin-col-name = Имя
admin-col-group = Группа
admin-col-organisation = Организация
admin-approve = Одобрить
admin-you = (вы)
admin-role = Роль
admin-status = Статус
admin-status-active = Активна
admin-status-suspended = Приостановлена
admin-save = Сохранить
admin-reset = Сбросить пароль
admin-reset-title = Сброс пароля
admin-reset-explained = Пароль пользователя { $user } теперь — этот одноразовый код. Передайте его по надёжному каналу: он показывается только один раз. Все сеансы пользователя завершены; войдя с этим кодом, он должен будет выбрать новый пароль.
admin-back-to-users = К списку пользователей
admin-find = Поиск учётных записей
admin-search = Имя, электронная почта или организация
admin-any-status = Любой статус
admin-any-role = Любая роль
admin-any-group = Любая группа
admin-show = Показать
admin-result-count = { $n ->
    [one] { $count } учётная запись
    [few] { $count } учётные записи
   *[many] { $count } учётных записей
}
admin-accounts-list-caption = Учётные записи
admin-pages = Страницы учётных записей
admin-previous-page = Предыдущая страница
admin-next-page = Следующая страница
admin-page-of = Страница { $page } из { $pages }
admin-status-pending = Ожидает одобрения
admin-status-rejected = Отклонена
admin-edit-heading = Роль, группа и организация
admin-own-role = Вы не можете изменить собственную роль.
admin-actions-heading = Действия с учётной записью
admin-reinstate = Восстановить
admin-reject = Отклонить регистрацию…
admin-suspend = Заблокировать учётную запись…
admin-reject-title = Отклонить эту регистрацию?
admin-reject-explained = { $name } не сможет войти с этой регистрацией. Учётная запись сохраняется с отметкой «отклонена», а указанная вами причина записывается в журнал аудита.
admin-reject-confirm = Отклонить регистрацию
admin-reject-reason = Причина (необязательно)
admin-reject-reason-hint = Не более 500 символов; записывается в журнал аудита.
admin-suspend-title = Заблокировать эту учётную запись?
admin-suspend-explained = Все сеансы пользователя { $name } будут завершены, и он не сможет войти, пока учётную запись не восстановят.
admin-suspend-confirm = Заблокировать учётную запись
admin-reset-confirm-title = Сбросить этот пароль?
admin-reset-confirm-explained = Пароль пользователя { $name } будет заменён одноразовым кодом, который будет показан вам один раз. Все его сеансы будут завершены, а при следующем входе ему нужно будет выбрать новый пароль.
admin-reset-confirm = Сбросить пароль
admin-cancel = Отменить и вернуться к учётной записи
admin-done-approved = Регистрация пользователя { $name } одобрена: теперь он может войти.
admin-done-rejected = Регистрация пользователя { $name } отклонена: он не может войти.
admin-done-saved = Изменения учётной записи пользователя { $name } сохранены.
admin-done-suspended = Учётная запись пользователя { $name } заблокирована, все его сеансы завершены.
admin-done-reinstated = Учётная запись пользователя { $name } снова активна, он может войти.
admin-back-to-account = Вернуться к учётной записи
