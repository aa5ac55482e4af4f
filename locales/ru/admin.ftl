## Список пользователей (/admin/users) и страница сброса пароля.

admin-users-title = Пользователи
admin-pending-heading = Ожидают одобрения ({ $n })
admin-no-pending = Нет регистраций, ожидающих одобрения.
admin-pending-caption = Ожидающие регистрации
admin-col-name = Имя
admin-col-group = Группа
admin-col-organisation = Организация
admin-col-action = Действие
admin-approve = Одобрить
admin-approve-named = Одобрить: { $name }
admin-accounts-heading = Учётные записи ({ $n })
admin-accounts-caption = Одобренные и приостановленные учётные записи
admin-col-settings = Роль, группа, организация и статус
admin-you = (вы)
admin-role = Роль
admin-status = Статус
admin-status-active = Активна
admin-status-suspended = Приостановлена
admin-save = Сохранить
admin-save-named = Сохранить изменения для { $name }
admin-reset = Сбросить пароль
admin-reset-named = Сбросить пароль пользователя { $name }
admin-reset-title = Сброс пароля
admin-reset-explained = Пароль пользователя { $user } теперь — этот одноразовый код. Передайте его по надёжному каналу: он показывается только один раз. Все сеансы пользователя завершены; войдя с этим кодом, он должен будет выбрать новый пароль.
admin-back-to-users = К списку пользователей
