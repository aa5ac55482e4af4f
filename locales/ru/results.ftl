## Итоги закрытого голосования: ранжирование, принятие и диаграммы.

results-heading = Итоги
results-ranked-first = На первом месте:
results-tied-first = Делят первое место:
results-turnout = Явка: { $part } из { $whole }
results-percent = { $n }%
results-quorum-met = Кворум есть.
results-quorum-not-met = Кворума нет
results-quorum-not-met-tallied = — голоса всё равно подсчитаны.
results-ballot-digest = Хеш бюллетеней:
results-final-ranking = Итоговое ранжирование
results-final-ranking-caption = Итоговое ранжирование; предложения наравне делят место
results-col-position = Место
results-col-proposal = Предложение
results-col-score = Баллы
results-col-decision = Решение
results-tied = (наравне)
results-adopted = Принято
results-not-adopted = Не принято
results-record-adopted = Отметить «{ $title }» как принятое
results-record-not-adopted = Отметить «{ $title }» как не принятое
results-tiebreak-order = Предложения наравне перечислены в порядке разрешения ничьих; в ранжировании они остаются наравне.
results-tiebreak-pairs = Пары с равным перевесом { $margin } упорядочены по порядку разрешения ничьих.
results-tiebreak-elimination = В туре { $round } мгновенного второго тура выбывающее предложение определил порядок разрешения ничьих.
results-pairwise-heading = Попарные предпочтения
results-pairwise-caption = Как читать: каждое число показывает, сколько голосующих (с учётом веса) предпочли предложение строки предложению столбца. Синий: большинство предпочли предложение строки; оранжевый: предложение столбца. Номера 1, 2, 3… — это предложения из списка под сеткой; наведите указатель на клетку, чтобы увидеть точное значение.
results-matrix-caption = Сколько голосующих предпочли предложение строки предложению столбца (точные веса)
results-scores-heading = Баллы
results-irv-heading = Туры мгновенного второго тура
results-irv-caption = Подсчёт в каждом туре
results-irv-col-round = Тур
results-irv-col-counts = Голоса
results-irv-col-exhausted = Исчерпанные
results-irv-col-eliminated = Выбыло
results-irv-by-tiebreak = (по правилу ничьей)
results-turnout-groups-heading = Явка по группам заинтересованных сторон
results-col-group = Группа
results-col-ballots = Бюллетени
results-col-electorate = Избиратели
results-col-turnout = Явка
results-groups-heading = Собственное ранжирование каждой группы
results-groups-hint = Тот же метод, один голос на делегата внутри группы.
results-group-ballots = { $n ->
    [one] { $n } бюллетень
    [few] { $n } бюллетеня
    [many] { $n } бюллетеней
   *[other] { $n } бюллетеня
}
results-group-hidden = Слишком мало участников, чтобы показывать отдельно.
results-agreement-heading = Согласие между группами
results-agreement-caption = Место каждого предложения в ранжировании каждой группы и насколько они близки
results-col-agreement = Согласие
results-agreement-meter = согласие { $n } процентов
results-agreement-broad = группы ставят его примерно одинаково
results-agreement-mixed = группы ставят его несколько по-разному
results-agreement-divided = группы ставят его очень по-разному
results-agreement-too-few = недостаточно групп
results-downloads = Загрузки
results-preflib = формат PrefLib
results-no-preflib = Файл PrefLib не может выразить голоса «за» / «против» / «воздерживаюсь», поэтому у голосований о принятии нет ballots.toi.

## Диаграммы.
results-chart-pairwise-title = Попарные предпочтения
results-chart-pairwise-desc = Каждая клетка показывает вес бюллетеней, ставящих предложение строки выше предложения столбца; синие клетки — большинство предпочитает строку, оранжевые — столбец.
results-chart-irv-title = Туры мгновенного второго тура
results-chart-irv-desc = Для каждого тура — вес, засчитанный каждому оставшемуся предложению; предложение, выбывшее в конце тура, показано оранжевым.
results-chart-irv-round = Тур { $n }
results-chart-eliminated = { $count } (выбыло)
results-chart-exhausted = исчерпано: { $count }
results-label-value = { $label }: { $value }
results-legend-yes = за
results-legend-no = против
results-legend-abstain = воздержались
results-votes-chart-title = Голоса по предложению { $title }
results-bar-text = за { $yes } · против { $no } · воздержались { $abstain }

## Голосования о принятии.
results-decisions = Решения
results-none-adopted = Ни одно предложение не принято.
results-adopted-list = Приняты:
results-met = Есть.
results-not-met = Нет
results-not-met-none-adopted = — ни одно предложение не может быть принято.
results-rule-held-quorum-missed = Правило выполнено, но один из кворумов не набран.
results-votes-caption = Вес голосов «за», «против» и «воздержались» по предложению { $title }, всего и по группам
results-col-scope = Область
results-conditions = Условия
results-all-ballots = Все бюллетени
results-house-title = Палата { $name }
results-weight-ballots = { $n ->
    [one] { $weight } ({ $count } бюллетень)
    [few] { $weight } ({ $count } бюллетеня)
    [many] { $weight } ({ $count } бюллетеней)
   *[other] { $weight } ({ $count } бюллетеня)
}
results-quorum-voted = { $n ->
    [one] проголосовали { $part } из { $whole } избирателя
    [few] проголосовали { $part } из { $whole } избирателей
    [many] проголосовали { $part } из { $whole } избирателей
   *[other] проголосовали { $part } из { $whole } избирателя
}
results-quorum-note = Кворум: { $voted }; нужно { $percent }%.
results-group-quorum-note = Кворум группы { $group }: { $voted }; нужно { $percent }%.
results-scope-group = в группе { $name }
results-scope-house = в палате { $name }
results-scope-all = по всем бюллетеням
results-scope-each-group = в каждой группе
results-scope-each-house = в каждой палате
results-at-least = не менее { $value }
results-more-than = более { $value }
results-at-most = не более { $value }
results-check-support = Поддержка («за» от «за» + «против») { $scope }: { $threshold }
results-check-against-yes-no = Против («против» от «за» + «против») { $scope }: { $threshold }
results-check-against-all = Против («против» от всех поданных голосов) { $scope }: { $threshold }
results-check-yes-voters = Бюллетени «за» { $scope }: { $threshold }
results-check-turnout = Явка { $scope }: { $threshold }
results-check-all = Выполнены все эти условия
results-check-any = Выполнено хотя бы одно из этих условий
results-check-measured = { $condition } — измерено { $value }
results-check-met = выполнено
results-check-not-met = не выполнено
results-note-no-group-electors = ни в одной группе нет избирателей в этом голосовании
results-note-support-undefined = нет голосов «за» или «против»: поддержка не определена
results-note-against-zero = нет голосов: доля «против» считается равной 0
results-note-turnout-undefined = нет избирателей: явка не определена
results-numbered = { $n }. { $title }
results-chart-pairwise-cell = { $row } предпочтительнее, чем { $column }: { $value }
results-reading-scores = Как читать: каждая полоса — балл предложения по методу подсчёта тура; чем длиннее полоса, тем выше балл. Число после полосы — точный балл.
results-reading-irv = Как читать: сверху вниз каждый раунд показывает голоса, засчитанные каждому предложению, которое ещё участвует в подсчёте. Оранжевая полоса — предложение, выбывшее в конце раунда; его голоса переходят к следующему выбору каждого голосующего в раунде ниже.
results-reading-votes = Как читать: каждая полоса — группа голосующих (все, затем каждая группа), разделённая по весу на «за» (сплошная), «против» (штриховка) и «воздержались» (точки); после каждой полосы — точные числа.
results-agreement-reading = Как читать: каждый столбец — место, которое собственное ранжирование группы даёт предложению. Согласие равно 100 %, когда все группы ставят его на одно место, и снижается со средним расстоянием между местами двух групп, в доле от наибольшего возможного расстояния (от первого до последнего); 0 % значит, что одни группы ставят его первым, а другие последним.
