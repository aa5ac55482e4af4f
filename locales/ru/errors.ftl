## Отказы во вводе и в действиях, с указанием, что делать вместо этого.
## Аргументы — текст: { $value } — введённое значение, уже в кавычках.

## Название текстового поля во фразах err-text-* ($label — его ключ).
err-field-label = { $label ->
    [title] Заголовок
    [summary] Краткое содержание
    [body] Текст
    [comment] Комментарий
    [reason] Причина
    [description] Описание
    [introduction] Введение
    [display_name] Отображаемое имя
   *[organisation] Организация
}
err-text-required = Поле «{ err-field-label }» обязательно для заполнения.
err-text-too-short = Длина поля «{ err-field-label }» — не менее { $min } символов.
err-text-too-long = Длина поля «{ err-field-label }» — не более { $max } символов (сейчас { $n }).
err-text-control = Поле «{ err-field-label }» содержит управляющие символы.

## Учётные записи и люди.
err-email = Введите адрес электронной почты, например name@example.org.
err-password-short = Выберите пароль длиной не менее 10 символов.
err-password-long = Выберите пароль длиной не более 256 символов.
err-role = Неизвестная роль { $value }; выберите delegate, chair, auditor или admin.
err-user-status = Неизвестный статус { $value }; используйте pending, active или suspended.
err-group = Неизвестная группа заинтересованных сторон { $value }; выберите одну из: { $choices }.
err-time-zone = Неизвестный часовой пояс { $value }; укажите название по IANA, например Europe/Paris, America/New_York или UTC.

## Предложения.
err-unknown-theme = Неизвестная тема { $value }; выберите из: { $choices }.
err-proposal-status = Неизвестный статус; используйте draft, submitted, withdrawn, adopted или not_adopted.

## Голосования.
err-round-status = Неизвестный статус голосования { $value }.
err-secrecy = Неизвестный режим тайны { $value }; выберите secret или recorded.
err-weight-too-long = Вес группы { $group } слишком длинный: запишите его не более чем { $max } символами, например 2 или 3/7.
err-weight-not-number = Вес группы { $group } должен быть целым числом или дробью вида 1/2, а не { $value }.
err-weight-not-positive = Вес группы { $group } должен быть положительным.
err-weights-syntax = Записывайте веса групп в виде группа=вес, например member_state=2 (получено: { $value }).
err-weight-twice = Для группы { $group } указано два веса.
err-closes-leap-second = Время закрытия { $value } приходится на високосную секунду; выберите время с секундами от 00 до 59.
err-closes-format = Время закрытия { $value } не является датой и временем вида 2026-12-01T17:00Z.
err-proposal-listed-twice = Предложение { $id } указано дважды.
err-round-two-proposals = Выберите для голосования не менее двух предложений.
err-weights-only-equal-groups = Веса групп применяются только при взвешивании equal_groups.
err-weighting = Неизвестный способ взвешивания { $value }; выберите per_delegate, equal_groups или per_organisation.
err-closes-past = Время закрытия должно быть в будущем.
err-rank-number = Место { $value } не является целым числом от 1 и выше; оставьте поле предложения пустым, чтобы не ранжировать его.
err-house-syntax = Записывайте каждую палату в виде название: группа, группа (получено: { $value }).
err-quorum-percent = Кворум — целое число процентов от 0 до 100.
err-group-quorum-percent = Кворум группы — целое число процентов от 0 до 100.
err-adoption-only = Правило, палаты и кворум группы применяются только к голосованиям о принятии: укажите { $example }.
err-method = Неизвестный метод { $value }; выберите schulze, ranked_pairs, borda, irv, copeland или plurality.
err-adoption-no-method = У голосования о принятии нет метода ранжирования: каждое предложение решается по правилу.
err-adoption-needs-rule = Для голосования о принятии нужно правило, например { $example }.
err-round-kind = Неизвестный вид голосования { $value }; выберите ranking или adoption.

## Отчёты.
err-report-status = Неизвестный статус отчёта { $value }.
err-report-no-rounds = Выберите хотя бы одно закрытое голосование, которое охватит отчёт.
err-report-too-many-rounds = Отчёт охватывает не более { $max } голосований.
err-round-listed-twice = Голосование { $id } указано дважды.
err-no-round = Голосования { $id } не существует.
err-report-round-open = Голосование { $id } ({ $title }) ещё не закрыто; отчёт охватывает только закрытые голосования.
err-no-report-to-supersede = Отчёта { $id }, который нужно заменить, не существует.
err-no-such-report = Такого отчёта не существует.
err-only-chairs-report = Создавать, редактировать и публиковать отчёты могут только председатели.
err-report-never-edited = Опубликованный отчёт не редактируется; создайте новую версию, которая его заменит.
err-report-published-new-version = Этот отчёт уже опубликован; чтобы изменить его, создайте новую версию.
err-report-already-published = Этот отчёт уже опубликован.

## Учётные записи.
err-current-password = Текущий пароль указан неверно; ничего не изменено.
err-reset-own-password = Свой пароль меняйте на странице профиля; сброс предназначен для других пользователей.
err-status-back-to-pending = Учётную запись нельзя вернуть в состояние ожидания; вместо этого заблокируйте её.
err-own-role = Нельзя изменить собственную роль или статус; обратитесь к другому администратору.
err-approve-first = Сначала одобрите ожидающую регистрацию, затем меняйте её статус.

## Списки предложений и решения.
err-eligible-filter = Используйте eligible=true или eligible=false.
err-sort = Сортируйте по newest, cosponsors или comments.
err-whole-number = Значение { $field } должно быть целым числом от 1 до { $max }.
err-decision-value = Запишите решение как adopted или not_adopted.
err-only-chairs-decide = Записывать решения могут только председатели.
err-decision-after-round = Решение записывается после закрытия голосования, в которое входит это предложение.

## Подготовка, открытие и закрытие голосований.
err-no-proposal = Предложения { $id } не существует.
err-proposal-not-submitted = Предложение { $id } ({ $title }) имеет статус { $status }; на голосование можно выносить только поданные предложения.
err-round-closing-passed = Время закрытия голосования уже прошло; создайте новое голосование с более поздним временем закрытия.
err-round-already-open = Это голосование уже открыто.
err-round-is-closed = Это голосование закрыто.
err-round-not-opened = Это голосование ещё не открывалось.
err-round-already-closed = Это голосование уже закрыто.
err-ballots-after-close = Бюллетени публикуются после закрытия голосования.
err-results-after-close = Результаты публикуются после закрытия голосования.

## Бюллетени, квитанции и экспорт.
err-only-electors-vote = Голосуют только делегаты и председатели.
err-not-proxy-holder = У вас нет доверенности этого избирателя в данном голосовании.
err-vote-unknown-proposal = Неизвестное предложение { $value }: голосуйте по предложениям этого голосования, указывая их идентификаторы, например "p12".
err-vote-value = Голос по предложению { $proposal } должен быть yes, no или abstain, а не { $value }.
err-rank-unknown-proposal = Неизвестное предложение { $value }: ранжируйте предложения этого голосования по их идентификаторам, например "p12".
err-rank-twice = Предложение { $id } встречается в вашем ранжировании больше одного раза.
err-rank-empty-tier = Уровень { $n } вашего ранжирования пуст; удалите его или поместите в него предложение.
err-adoption-ballot = Это голосование о принятии: ответьте yes, no или abstain по каждому предложению, например { $example }.
err-ranking-ballot = Это рейтинговое голосование: отправьте ранжирование его предложений, например { $example }.
err-ballot-shape = Отправьте ровно одно из двух: "ranking" (рейтинговые голосования) или "votes" (голосования о принятии).
err-no-ballot = Вы ещё не подали бюллетень в этом голосовании.
err-receipts-after-close = Квитанции можно проверить после закрытия голосования.
err-receipt-format = Квитанция состоит из 64 шестнадцатеричных символов.
err-receipt-proofs-missing = Это голосование закрылось до появления доказательств квитанций; проверьте квитанцию по файлу ballots.json.
err-no-counted-ballot = Ни один учтённый бюллетень не содержит эту квитанцию.
err-nothing-to-export = Экспортировать нечего.
err-preflib-adoption = Файл PrefLib содержит ранжирования и не может передать голоса «за» / «против» / «воздержался»: скачайте ballots.json или ballots.csv.

## Доверенности.
err-proxy-choose = Выберите избирателя, которому передаёте свой голос.
err-proxy-self = Нельзя передать свой голос самому себе.
err-proxy-not-elector = Пользователь { $id } не является избирателем в этом голосовании.
err-proxy-other-group = Доверенность выдаётся только избирателю из вашей группы заинтересованных сторон ({ $group }).
err-proxies-off = Доверенности на этом сервере отключены.
err-proxy-already-given = Вы уже передали свой голос в этом голосовании; сначала отзовите эту доверенность.
err-proxy-chain-holder = Вы держите голос другого избирателя, поэтому не можете передать свой: доверенности не передаются по цепочке.
err-proxy-chain-grantee = Этот избиратель сам передал свой голос и не может получить доверенность: доверенности не передаются по цепочке.
err-proxy-none = Вы никому не передавали свой голос в этом голосовании.
err-proxy-used = Ваш доверенный уже проголосовал за вас, поэтому доверенность больше нельзя отозвать; подайте собственный бюллетень, чтобы заменить его бюллетень.

## Журнал аудита и его свидетели.
err-no-checkpoint = Ещё ни одна контрольная точка не подписана.
err-witness-key-type = Ключ свидетеля имеет тип подписи 0x04 (Ed25519 cosignature/v1); его создаёт команда `plenary audit witness-key`.
err-no-such-witness = Такого свидетеля нет.
err-witness-approved = Этот свидетель уже одобрен.
err-witness-unknown = Свидетель с именем { $name } не зарегистрирован.
err-witness-key-id = Идентификатор ключа не совпадает с ключом свидетеля { $name }.
err-cosignature-timestamp-large = Метка времени слишком велика.
err-cosignature-future = Метка времени совместной подписи находится в будущем.

## Слишком глубокая вложенность Markdown: после названия поля и отдельно.
err-nesting-containers = в строке { $line } уровень вложенности цитат и пунктов списка — { $depth }, допустимо не более { $max }.
err-nesting-html = к строке { $line } вложенность HTML-элементов превышает { $max }; закройте их или пишите на Markdown.
err-nested-containers = Слишком глубокая вложенность в поле «{ err-field-label }»: { err-nesting-containers }
err-nested-html = Слишком глубокая вложенность в поле «{ err-field-label }»: { err-nesting-html }
