## Страницы голосований: список, новое голосование, страница голосования, доверенности и бюллетень.

rounds-list-title = Голосования
rounds-list-heading = Голосования
rounds-create-button = Создать голосование
rounds-list-empty = Голосований пока нет.
rounds-list-caption = Все голосования, сначала новые
rounds-col-round = Голосование
rounds-col-status = Статус
rounds-col-method = Метод
rounds-col-proposals = Предложения
rounds-col-closes = Закрывается
rounds-closes-by-chair = председателем

rounds-status-draft = черновик
rounds-status-open = открыто
rounds-status-closed = закрыто

rounds-method-adoption = голосование о принятии
rounds-method-schulze = Метод Шульце
rounds-method-ranked-pairs = Ранжированные пары
rounds-method-borda = Метод Борда
rounds-method-borda-symmetric = Метод Борда (симметричный)
rounds-method-irv = Мгновенный второй тур
rounds-method-copeland = Метод Коупленда
rounds-method-plurality = Относительное большинство

rounds-weighting-per-delegate = Один голос на делегата
rounds-weighting-equal-groups = Равный вес каждой группы заинтересованных сторон
rounds-weighting-per-organisation = Один голос на организацию

rounds-preset-majority = Большинство: более половины голосов «за» + «против»
rounds-preset-two-thirds = Две трети голосов «за» + «против»
rounds-preset-concurrent-majority = Большинство в каждой группе заинтересованных сторон
rounds-preset-concurrent-two-thirds = Две трети в каждой группе заинтересованных сторон
rounds-preset-two-houses = Две палаты: 2/3 в первой, большинство во второй
rounds-preset-house-supermajority = Квалифицированное большинство палат: 2/3 в каждой палате или 3/4 в одной и большинство в другой
rounds-preset-custom = Своё правило (ниже)
rounds-preset-name-majority = большинство
rounds-preset-name-two-thirds = две трети
rounds-preset-name-concurrent-majority = большинство в каждой группе
rounds-preset-name-concurrent-two-thirds = две трети в каждой группе
rounds-preset-name-two-houses = две палаты
rounds-preset-name-house-supermajority = квалифицированное большинство палат

rounds-secrecy-secret = тайное голосование
rounds-secrecy-recorded = поимённое голосование

## Форма нового голосования.
rounds-new-title = Новое голосование
rounds-new-heading = Создать голосование
rounds-new-field-title = Название
rounds-new-field-description = Описание
rounds-new-optional = (необязательно)
rounds-new-proposals-legend = Предложения в бюллетене (не менее двух поданных предложений, отвечающих условиям)
rounds-new-no-proposals = Поданных предложений пока нет.
rounds-new-not-eligible = Не допускается: { $reason }
rounds-new-kind-legend = Вид голосования
rounds-new-method = Метод
rounds-new-rule-legend = Правило принятия
rounds-new-rule-legend-hint = (как решается каждое предложение)
rounds-new-rule = Правило
rounds-new-custom-rule = Своё правило
rounds-new-custom-rule-hint = Дополнительно: написать собственное правило
rounds-new-houses = Палаты
rounds-new-houses-hint = Необязательно. Для правил с палатами: укажите название палаты, в которой заседает каждая группа; группы с одинаковым названием голосуют вместе как одна палата. Оставьте пустым, если в правиле нет палат.
rounds-new-group-quorum = Кворум группы
rounds-new-group-quorum-hint = (необязательно; процент избирателей каждой группы, которые должны проголосовать)
rounds-new-weighting = Взвешивание
rounds-new-group-weights = Веса групп при равном весе групп
rounds-new-group-weights-hint = Необязательно, для равного веса групп: общий вес бюллетеней каждой группы (например, 2 для одной группы и 1 для остальных). Пусто — значит 1.
rounds-new-secrecy-legend = Тайна голосования
rounds-new-secret = Тайное: бюллетени публикуются без имён
rounds-new-recorded = Поимённое: бюллетени публикуются с именем и организацией каждого участника
rounds-new-closes-at = Закрывается автоматически
rounds-new-closes-at-hint = (необязательно; UTC)
rounds-new-quorum = Кворум
rounds-new-quorum-hint = (необязательно; процент от числа избирателей)
rounds-new-submit = Создать голосование
rounds-new-draft-note = Новое голосование создаётся как черновик. При открытии состав избирателей — активные на тот момент делегаты и председатели — фиксируется.

## Страница голосования.
rounds-show-adoption-rule = голосование о принятии, правило
rounds-show-rule-custom = своё
rounds-show-houses = палаты
rounds-show-group-quorum = кворум группы { $percent }%
rounds-show-method = метод
rounds-show-weighting = взвешивание
rounds-show-quorum = кворум { $percent }%
rounds-show-closes-at = закрывается
rounds-show-open = Открыть голосование
rounds-show-close = Закрыть голосование и опубликовать итоги
rounds-show-ballots-so-far = { $n ->
    [one] Проголосовали { $part } из { $whole } избирателя.
    [few] Проголосовали { $part } из { $whole } избирателей.
    [many] Проголосовали { $part } из { $whole } избирателей.
   *[other] Проголосовали { $part } из { $whole } избирателя.
}
rounds-show-change-ballot = Изменить свой бюллетень
rounds-show-vote = Проголосовать по предложениям
rounds-show-rank = Упорядочить предложения
rounds-show-proxies-active = Действующих доверенностей: { $n }.
rounds-show-proposals = Предложения

## Доверенности.
rounds-proxy-heading = Доверенности
rounds-proxy-gave = Вы передали свой голос участнику
rounds-proxy-gave-end = .
rounds-proxy-used = Он уже проголосовал за вас; проголосуйте сами, чтобы заменить его бюллетень.
rounds-proxy-not-used = Он ещё не проголосовал за вас.
rounds-proxy-revoke = Забрать свой голос
rounds-proxy-held = Вам доверены голоса:
rounds-proxy-vote-for = Проголосовать за { $name }
rounds-proxy-voted = (проголосовано)
rounds-proxy-not-yet = (ещё нет)
rounds-proxy-give-label = Передать мой голос…
rounds-proxy-give = Передать голос
rounds-proxy-rules = Ваш голос может получить только избиратель из вашей группы заинтересованных сторон. Вы можете забрать его, пока он не проголосовал за вас, а ваш собственный бюллетень всегда заменяет его бюллетень.

## Бюллетень.
rounds-ballot-title = Бюллетень: { $title }
rounds-ballot-heading = Ваш бюллетень: { $title }
rounds-ballot-whose = Чей бюллетень
rounds-ballot-voting-for = Вы голосуете за:
rounds-ballot-yourself = себя
rounds-ballot-for-name = за { $name }
rounds-ballot-filling-for = Вы заполняете бюллетень участника
rounds-ballot-filling-for-end = , который передал вам свой голос. Он взвешивается и учитывается точно так же, как его собственный, и он тоже видит квитанцию.
rounds-ballot-replaced = Ваш новый бюллетень заменил прежний.
rounds-ballot-cast = Ваш бюллетень принят.
rounds-ballot-your-receipt = Ваша квитанция:
rounds-ballot-copy = Скопировать квитанцию
rounds-ballot-copied = Скопировано
rounds-ballot-check-summary = Проверьте квитанцию сами
rounds-ballot-check-votes = Квитанция — это SHA-256 от plenary-receipt/1, идентификатора голосования, ваших голосов и этого одноразового значения (см. docs/formats.md):
rounds-ballot-check-ranking = Квитанция — это SHA-256 от plenary-receipt/1, идентификатора голосования, вашего ранжирования и этого одноразового значения (см. docs/formats.md):
rounds-ballot-already = Вы уже проголосовали (квитанция
rounds-ballot-already-end = ). Повторное голосование заменяет тот бюллетень; учитывается только последний.
rounds-ballot-adoption-help = Ответьте «за», «против» или «воздерживаюсь» по каждому предложению. Предложение без ответа считается воздержанием.
rounds-vote-yes = За
rounds-vote-no = Против
rounds-vote-abstain = Воздерживаюсь
rounds-ballot-submit = Проголосовать
rounds-ballot-ranking-help = Присвойте каждому предложению место: 1 — первому выбору, 2 — следующему и так далее. Присвойте двум предложениям одно и то же число, чтобы поставить их наравне. Оставьте поле пустым, чтобы не ранжировать предложение: неранжированные предложения идут после всех ранжированных.
rounds-ballot-caption = Предложения и ваши места
rounds-ballot-col-proposal = Предложение
rounds-ballot-col-rank = Ваше место
rounds-back = Назад к голосованию

## Сценарий бюллетеня (перетаскивание и кнопки).
rounds-js-ranked-heading = Ваше ранжирование (перетаскивайте или используйте кнопки)
rounds-js-unranked-heading = Не ранжированы
rounds-js-move-up = Выше
rounds-js-move-down = Ниже
rounds-js-tie = Наравне с предыдущим
rounds-js-unrank = Убрать из ранжирования
rounds-js-rank = Ранжировать
rounds-js-tied = (наравне)
rounds-js-empty = Пока ничего не ранжировано: нажмите «Ранжировать» или перетащите сюда предложения.
rounds-js-now-ranked = { $title } теперь на месте { $rank }
rounds-js-not-ranked = { $title } не ранжировано
rounds-js-action = { $action }: { $title }

## Предупреждение о тайне тайного голосования.
rounds-privacy-small = { $n ->
    [one] { $label } ({ $n } участник)
    [few] { $label } ({ $n } участника)
   *[other] { $label } ({ $n } участников)
}
rounds-list-joiner = { $first }, { $next }
rounds-privacy-adoption = Конфиденциальность: правило принятия считает голоса по группам заинтересованных сторон, поэтому опубликованные бюллетени сохраняют группу каждого, и голоса группы из одного или двух участников можно из них прочитать: { $small }.
rounds-privacy-equal-groups = Конфиденциальность: в этом голосовании у каждой группы заинтересованных сторон равный вес, поэтому бюллетень группы из одного или двух участников получает вес, которого нет ни у одного другого. Опубликованные бюллетени скрывают названия этих групп, но один лишь вес может указать на тех, кто голосовал: { $small }.
rounds-privacy-per-organisation = Конфиденциальность: в этом голосовании у каждой организации равный вес, поэтому бюллетень организации из одного или двух участников получает вес, которого нет ни у одного другого. Опубликованные бюллетени скрывают названия этих организаций, но один лишь вес может указать на тех, кто голосовал: { $small }.
rounds-js-help = Расположите предложения в порядке предпочтения: нажмите «Ранжировать», чтобы добавить предложение, затем «Выше», «Ниже» или «Наравне с предыдущим» (или перетащите их). Предложения, оставленные в разделе «Не ранжированы», идут после всех ранжированных. Ваш бюллетень будет именно таким, как показывает список.
rounds-read-proposal = прочитать
rounds-receipt-check-heading = Проверить квитанцию
rounds-receipt-yours = Квитанция вашего бюллетеня:
rounds-receipt-check-yours = Проверить, что он учтён
rounds-receipt-label = Квитанция
rounds-receipt-check = Проверить
rounds-receipt-hint = Вставьте 64-символьную квитанцию, полученную при голосовании. Страница квитанции покажет, был ли этот бюллетень учтён, что в нём и доказательство того, что он есть среди опубликованных бюллетеней.
rounds-ballot-receipt-later = После закрытия голосования эта ссылка покажет, что ваш бюллетень учтён:
# The confirmation pages before opening or closing a round (web::round_confirm).
rounds-confirm-open-heading = Открыть голосование «{ $title }»?
rounds-confirm-open-proposals = { $n ->
    [one] В бюллетене будет { $n } предложение.
    [few] В бюллетене будет { $n } предложения.
    [many] В бюллетене будет { $n } предложений.
   *[other] В бюллетене будет { $n } предложения.
}
rounds-confirm-open-electorate = Все активные делегаты и председатели сейчас становятся избирателями; те, кого одобрят позже, не смогут голосовать в этом голосовании.
rounds-confirm-deadline = Оно закроется само { $when }.
rounds-confirm-deadline-left = Срок — { $when } ({ $left }).
rounds-confirm-no-deadline = Срока нет: голосование открыто, пока председатель его не закроет.
rounds-confirm-open-final = После открытия голосования его предложения, метод подсчёта и правила изменить нельзя.
rounds-confirm-close-heading = Закрыть «{ $title }» и опубликовать результаты?
rounds-confirm-close-turnout = { $n ->
    [one] Проголосовали { $part } из { $whole } избирателя.
    [few] Проголосовали { $part } из { $whole } избирателей.
    [many] Проголосовали { $part } из { $whole } избирателей.
   *[other] Проголосовали { $part } из { $whole } избирателя.
}
rounds-confirm-close-no-quorum = Кворум { $percent } % не достигнут: в результатах это будет указано.
rounds-confirm-close-final = Закрытие необратимо: после него бюллетени не принимаются, а результаты подсчитываются, публикуются и навсегда записываются в журнал аудита.
confirm-cancel = Отменить и вернуться
rounds-new-step-heading = Какой тур?
rounds-new-heading-ranking = Создать тур ранжирования
rounds-new-heading-adoption = Создать тур принятия
rounds-new-choose-ranking-help = Голосующие упорядочивают предложения по предпочтению, а метод подсчёта сводит бюллетени в одно ранжирование. Для расстановки приоритетов; сам по себе он ничего не решает.
rounds-new-choose-adoption-help = Голосующие отвечают «за», «против» или «воздержался» по каждому предложению, а правило решает, какие приняты. Для принятия решений.
rounds-new-change-kind = Выбрать другой вид тура
# $field: the label of the refused field; $message: why.
rounds-new-error-in = { $field }: { $message }
rounds-new-field-proposals = Предложения в бюллетене
rounds-preset-help-majority = Принято, если «за» больше, чем «против» (воздержавшиеся не учитываются).
rounds-preset-help-two-thirds = Принято, если не менее двух третей ответивших «за» или «против» сказали «за».
rounds-preset-help-concurrent-majority = Принято, только если в каждой группе заинтересованных сторон по отдельности «за» больше, чем «против».
rounds-preset-help-concurrent-two-thirds = Принято, только если каждая группа заинтересованных сторон по отдельности говорит «за» не менее чем двумя третями.
rounds-preset-help-two-houses = Две палаты голосуют параллельно: две трети «за» в первой и большинство во второй. Укажите ниже ровно две палаты.
rounds-preset-help-house-supermajority = Принято двумя третями в каждой палате или тремя четвертями в одной и большинством в другой. Укажите ниже ровно две палаты.
rounds-preset-help-custom = Любое другое условие, записанное на языке правил в разделе «Дополнительно» ниже.
