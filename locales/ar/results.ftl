## نتائج جولة مغلقة: جولات الترتيب وجولات الاعتماد ورسومها البيانية.

results-heading = النتائج
results-ranked-first = في المرتبة الأولى:
results-tied-first = متساوية في المرتبة الأولى:
results-turnout = نسبة المشاركة: { $part } من أصل { $whole }
results-percent = { $n }٪
results-quorum-met = اكتمل النصاب.
results-quorum-not-met = لم يكتمل النصاب
results-quorum-not-met-tallied = — وقد فُرزت الأصوات مع ذلك.
results-ballot-digest = بصمة أوراق الاقتراع:
results-final-ranking = الترتيب النهائي
results-final-ranking-caption = الترتيب النهائي؛ المقترحات المتساوية تتشارك المرتبة
results-col-position = المرتبة
results-col-proposal = المقترح
results-col-score = النقاط
results-col-decision = القرار
results-tied = (متساوٍ)
results-adopted = اعتُمد
results-not-adopted = لم يُعتمد
results-record-adopted = تسجيل { $title } معتمدًا
results-record-not-adopted = تسجيل { $title } غير معتمد
results-tiebreak-order = تُعرض المقترحات المتساوية بحسب ترتيب كسر التعادل؛ ويبقيها الترتيب متساوية.
results-tiebreak-pairs = رُتِّبت الأزواج ذات الفارق المتساوي { $margin } بحسب ترتيب كسر التعادل.
results-tiebreak-elimination = في الجولة { $round } من الجولة الفورية، حدّد ترتيب كسر التعادل المقترح المستبعد.
results-pairwise-heading = التفضيلات الثنائية
results-pairwise-caption = كيف تقرؤه: كل رقم هو عدد المصوّتين (محسوبين بأوزانهم) الذين فضّلوا مقترح الصف على مقترح العمود. الأزرق: فضّل معظمهم مقترح الصف؛ البرتقالي: مقترح العمود. الأرقام 1، 2، 3… تشير إلى المقترحات المدرجة تحت الشبكة؛ مرّر المؤشر فوق خلية لترى قيمتها الدقيقة.
results-matrix-caption = كم مصوّتًا فضّل مقترح الصف على مقترح العمود (أوزان دقيقة)
results-scores-heading = النقاط
results-irv-heading = جولات الجولة الفورية
results-irv-caption = الأعداد في كل جولة
results-irv-col-round = الجولة
results-irv-col-counts = الأعداد
results-irv-col-exhausted = المستنفدة
results-irv-col-eliminated = المستبعد
results-irv-by-tiebreak = (بكسر التعادل)
results-turnout-groups-heading = نسبة المشاركة حسب فئة أصحاب المصلحة
results-col-group = الفئة
results-col-ballots = أوراق الاقتراع
results-col-electorate = هيئة الناخبين
results-col-turnout = المشاركة
results-groups-heading = الترتيب الخاص بكل فئة
results-groups-hint = الطريقة نفسها، بصوت واحد لكل مندوب داخل الفئة.
results-group-ballots = { $n ->
    [zero] لا أوراق اقتراع
    [one] ورقة اقتراع واحدة
    [two] ورقتا اقتراع
    [few] { $n } أوراق اقتراع
    [many] { $n } ورقة اقتراع
   *[other] { $n } ورقة اقتراع
}
results-group-hidden = عدد المصوتين أقل من أن يُعرض منفصلًا.
results-agreement-heading = التوافق بين الفئات
results-agreement-caption = مرتبة كل مقترح في ترتيب كل فئة، ومدى تقاربها
results-col-agreement = التوافق
results-agreement-meter = التوافق { $n } بالمئة
results-agreement-broad = تضعه الفئات في مراتب متقاربة
results-agreement-mixed = تضعه الفئات في مراتب مختلفة بعض الشيء
results-agreement-divided = تضعه الفئات في مراتب متباعدة
results-agreement-too-few = لا توجد فئات كافية
results-downloads = التنزيلات
results-preflib = صيغة PrefLib
results-no-preflib = لا يستطيع ملف PrefLib التعبير عن أصوات نعم / لا / امتناع، لذا لا يوجد ملف ballots.toi لجولات الاعتماد.

## الرسوم البيانية.
results-chart-pairwise-title = التفضيلات الثنائية
results-chart-pairwise-desc = تعطي كل خلية وزن أوراق الاقتراع التي تضع مقترح الصف قبل مقترح العمود؛ الخلايا الزرقاء تعني أن معظم الأوراق تفضّل الصف، والبرتقالية تعني أنها تفضّل العمود.
results-chart-irv-title = جولات الجولة الفورية
results-chart-irv-desc = لكل جولة، الوزن المحتسب لكل مقترح لا يزال في السباق؛ ويظهر المقترح المستبعد في نهاية الجولة باللون البرتقالي.
results-chart-irv-round = الجولة { $n }
results-chart-eliminated = { $count } (مستبعد)
results-chart-exhausted = المستنفدة: { $count }
results-label-value = { $label }: { $value }
results-legend-yes = نعم
results-legend-no = لا
results-legend-abstain = امتناع
results-votes-chart-title = الأصوات على { $title }
results-bar-text = نعم { $yes } · لا { $no } · امتناع { $abstain }

## جولات الاعتماد.
results-decisions = القرارات
results-none-adopted = لم يُعتمد أي مقترح.
results-adopted-list = المعتمدة:
results-met = مكتمل.
results-not-met = غير مكتمل
results-not-met-none-adopted = — لا يمكن اعتماد أي مقترح.
results-rule-held-quorum-missed = تحققت القاعدة، لكن أحد النصابات لم يكتمل.
results-votes-caption = أوزان نعم ولا والامتناع على { $title }، إجمالًا ولكل فئة
results-col-scope = النطاق
results-conditions = الشروط
results-all-ballots = جميع أوراق الاقتراع
results-house-title = المجلس { $name }
results-weight-ballots = { $n ->
    [zero] { $weight } (لا أوراق اقتراع)
    [one] { $weight } (ورقة اقتراع واحدة)
    [two] { $weight } (ورقتا اقتراع)
    [few] { $weight } ({ $count } أوراق اقتراع)
    [many] { $weight } ({ $count } ورقة اقتراع)
   *[other] { $weight } ({ $count } ورقة اقتراع)
}
results-quorum-voted = { $n ->
    [zero] لا ناخبين
    [one] صوّت { $part } من أصل ناخب واحد
    [two] صوّت { $part } من أصل ناخبَين
    [few] صوّت { $part } من أصل { $whole } ناخبين
    [many] صوّت { $part } من أصل { $whole } ناخبًا
   *[other] صوّت { $part } من أصل { $whole } ناخب
}
results-quorum-note = النصاب: { $voted }؛ والمطلوب { $percent }٪.
results-group-quorum-note = نصاب الفئة { $group }: { $voted }؛ والمطلوب { $percent }٪.
results-scope-group = الفئة { $name }
results-scope-house = المجلس { $name }
results-scope-all = جميع أوراق الاقتراع
results-scope-each-group = كل فئة
results-scope-each-house = كل مجلس
results-at-least = { $value } على الأقل
results-more-than = أكثر من { $value }
results-at-most = { $value } على الأكثر
results-check-support = التأييد (نعم من نعم + لا) في { $scope }: { $threshold }
results-check-against-yes-no = المعارضة (لا من نعم + لا) في { $scope }: { $threshold }
results-check-against-all = المعارضة (لا من جميع الأصوات المدلى بها) في { $scope }: { $threshold }
results-check-yes-voters = أوراق الاقتراع التي تقول نعم في { $scope }: { $threshold }
results-check-turnout = المشاركة في { $scope }: { $threshold }
results-check-all = تتحقق جميع هذه الشروط
results-check-any = يتحقق واحد على الأقل من هذه الشروط
results-check-measured = { $condition } — القيمة المقيسة { $value }
results-check-met = متحقق
results-check-not-met = غير متحقق
results-note-no-group-electors = لا توجد فئة لديها ناخبون في هذه الجولة
results-note-support-undefined = لا أصوات بنعم أو لا: التأييد غير معرَّف
results-note-against-zero = لا أصوات: حصة المعارضة تُحتسب 0
results-note-turnout-undefined = لا ناخبين: المشاركة غير معرَّفة
results-numbered = { $n }. { $title }
results-chart-pairwise-cell = { $row } على { $column }: { $value }
results-reading-scores = كيف تقرؤه: كل شريط هو درجة مقترح وفق طريقة العدّ في الجولة؛ كلما طال الشريط ارتفعت الدرجة. الرقم بعد الشريط هو الدرجة الدقيقة.
results-reading-irv = كيف تقرؤه: من الأعلى، تعرض كل جولة الأصوات المحسوبة لكل مقترح ما زال في العدّ. الشريط البرتقالي هو المقترح المستبعد في نهاية تلك الجولة؛ تنتقل أصواته إلى الخيار التالي لكل مصوّت في الجولة التي تليها.
results-reading-votes = كيف تقرؤه: كل شريط مجموعة من المصوّتين (الجميع، ثم كل فئة)، مقسّمة بحسب الوزن إلى نعم (مصمت) ولا (مخطّط) وامتناع (منقّط)؛ وتلي كل شريط أرقامه الدقيقة.
results-agreement-reading = كيف تقرؤه: كل عمود هو المرتبة التي يعطيها ترتيب الفئة الخاص للمقترح. يبلغ التوافق 100٪ حين تضعه كل الفئات في المرتبة نفسها، وينخفض بمتوسط المسافة بين مرتبتي كل فئتين، منسوبًا إلى أكبر مسافة ممكنة (من الأول إلى الأخير)؛ و0٪ يعني أن فئات تضعه أولًا وأخرى أخيرًا.
