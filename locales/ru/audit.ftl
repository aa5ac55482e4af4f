## Страница аудита (/audit). Команды, имена файлов и действий не переводятся.

audit-title = Журнал аудита
audit-head-heading = Текущая вершина
audit-head = Вершина
audit-head-seq = № { $seq }, хеш
audit-latest-checkpoint = Последняя подписанная контрольная точка
audit-checkpoint-number-size = номер { $number }, размер дерева { $size }, подписана
audit-covers-head = (охватывает текущую вершину)
audit-unsigned-later = { $n ->
    [one] ({ $n } более поздняя запись ещё не подписана)
    [few] ({ $n } более поздние записи ещё не подписаны)
    [many] ({ $n } более поздних записей ещё не подписаны)
   *[other] ({ $n } более поздней записи ещё не подписаны)
}
audit-root = корень
audit-signed-note = Подписанная заметка
audit-save-note = Сохраните её
audit-save-note-why = чтобы позже проверить, что журнал по-прежнему её продолжает:
audit-none-yet = Пока нет.
audit-sign-now = Подписать текущую вершину сейчас
audit-downloads = Загрузки:
audit-download-trail = весь журнал (audit.jsonl)
audit-download-key = открытый ключ сервера
audit-check-offline = Проверьте их без сети командой
audit-downloads-recorded = Каждая загрузка журнала сама записывается в журнал, а файл заканчивается подписью над его последней записью.
audit-checkpoints-heading = Недавние контрольные точки и их свидетели
audit-no-checkpoint = Ни одна контрольная точка ещё не подписана.
audit-checkpoints-caption = Последние подписанные контрольные точки, сначала новые
audit-col-number = Номер
audit-col-tree-size = Размер дерева
audit-col-signed-at = Подписана
audit-col-root = Корень
audit-col-cosigned-by = Соподписана
audit-no-witness-yet = свидетелей пока нет
audit-witnesses-heading = Свидетели
audit-no-witness-registered = Ни один свидетель не зарегистрирован. Аудитор регистрирует свидетеля запросом
audit-no-witness-approval = ; администратор его одобряет (см. docs/formats.md, «Running a witness»).
audit-witness-approved = одобрен
audit-witness-pending = ожидает одобрения
audit-closed-rounds-heading = Закрытые голосования
audit-closed-rounds-caption = Загрузки по каждому закрытому голосованию
audit-col-round = Тур
audit-col-downloads = Загрузки
audit-entries-heading = Записи ({ $n })
audit-entries-filtered-heading = Записи, подходящие под фильтр ({ $n })
audit-filter-label = Фильтр журнала аудита
audit-col-action = Действие
audit-any-action = Любое действие
audit-col-actor = Исполнитель
audit-actor-hint = номер пользователя, { $system } или { $anonymous }
audit-filter = Отфильтровать
audit-clear = Сбросить
audit-no-entries = Записей нет.
audit-no-entries-filtered = Нет записей, подходящих под этот фильтр.
audit-entries-caption = Записи аудита, сначала новые: страница { $page } из { $pages }
audit-col-seq = №
audit-col-time = Время
audit-col-subject = Объект
audit-col-details = Подробности
audit-col-hash = Хеш
audit-pages-label = Страницы журнала аудита
audit-newer = ← Более новые записи
audit-page-of = Страница { $page } из { $pages }
audit-older = Более старые записи →
audit-bad-action-filter = Фильтр по действию должен быть простым текстом не длиннее 200 символов, например ballot.cast.
audit-bad-actor-filter = Фильтр по исполнителю должен быть простым текстом не длиннее 200 символов, например 12 или system.