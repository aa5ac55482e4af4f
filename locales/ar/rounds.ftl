## صفحات جولات التصويت: القائمة، وجولة جديدة، وصفحة الجولة، والتوكيلات، وورقة الاقتراع.

rounds-list-title = الجولات
rounds-list-heading = جولات التصويت
rounds-create-button = إنشاء جولة
rounds-list-empty = لا توجد جولات بعد.
rounds-list-caption = جميع الجولات، الأحدث أولًا
rounds-col-round = الجولة
rounds-col-status = الحالة
rounds-col-method = الطريقة
rounds-col-proposals = المقترحات
rounds-col-closes = تُغلق
rounds-closes-by-chair = بقرار من الرئيس

rounds-status-draft = مسودة
rounds-status-open = مفتوحة
rounds-status-closed = مغلقة

rounds-method-adoption = تصويت على الاعتماد
rounds-method-schulze = طريقة شولتسه
rounds-method-ranked-pairs = الأزواج المرتبة
rounds-method-borda = طريقة بوردا
rounds-method-borda-symmetric = طريقة بوردا (المتماثلة)
rounds-method-irv = الجولة الفورية
rounds-method-copeland = طريقة كوبلاند
rounds-method-plurality = الأغلبية النسبية

rounds-weighting-per-delegate = صوت واحد لكل مندوب
rounds-weighting-equal-groups = وزن متساوٍ لكل فئة من أصحاب المصلحة
rounds-weighting-per-organisation = صوت واحد لكل منظمة

rounds-preset-majority = الأغلبية: أكثر من نصف أصوات نعم + لا
rounds-preset-two-thirds = ثلثا أصوات نعم + لا
rounds-preset-concurrent-majority = الأغلبية في كل فئة من أصحاب المصلحة
rounds-preset-concurrent-two-thirds = الثلثان في كل فئة من أصحاب المصلحة
rounds-preset-two-houses = مجلسان: الثلثان في الأول، والأغلبية في الثاني
rounds-preset-house-supermajority = الأغلبية المعززة في المجلسين: الثلثان في كل مجلس، أو ثلاثة أرباع في أحدهما والأغلبية في الآخر
rounds-preset-custom = قاعدة مخصصة (أدناه)
rounds-preset-name-majority = الأغلبية
rounds-preset-name-two-thirds = الثلثان
rounds-preset-name-concurrent-majority = الأغلبية في كل فئة
rounds-preset-name-concurrent-two-thirds = الثلثان في كل فئة
rounds-preset-name-two-houses = مجلسان
rounds-preset-name-house-supermajority = الأغلبية المعززة في المجلسين

rounds-secrecy-secret = اقتراع سري
rounds-secrecy-recorded = اقتراع علني مسجَّل

## نموذج الجولة الجديدة.
rounds-new-title = جولة جديدة
rounds-new-heading = إنشاء جولة تصويت
rounds-new-field-title = العنوان
rounds-new-field-description = الوصف
rounds-new-optional = (اختياري)
rounds-new-proposals-legend = المقترحات المدرجة في ورقة الاقتراع (مقترحان مقدَّمان مؤهلان على الأقل)
rounds-new-no-proposals = لا توجد مقترحات مقدَّمة بعد.
rounds-new-not-eligible = غير مؤهل: { $reason }
rounds-new-kind-legend = نوع الجولة
rounds-new-method = الطريقة
rounds-new-rule-legend = قاعدة الاعتماد
rounds-new-rule-legend-hint = (كيف يُبتّ في كل مقترح)
rounds-new-rule = القاعدة
rounds-new-custom-rule = قاعدة مخصصة
rounds-new-custom-rule-hint = متقدّم: اكتب قاعدتك الخاصة
rounds-new-houses = المجالس
rounds-new-houses-hint = اختياري. للقواعد ذات المجالس: اكتب اسم المجلس الذي تنتمي إليه كل فئة؛ الفئات التي تحمل الاسم نفسه تصوّت معًا كمجلس واحد. اتركه فارغًا إن لم تكن للقاعدة مجالس.
rounds-new-group-quorum = نصاب الفئة
rounds-new-group-quorum-hint = (اختياري؛ النسبة المئوية من ناخبي كل فئة الذين يجب أن يصوتوا)
rounds-new-weighting = الترجيح
rounds-new-group-weights = أوزان الفئات عند الوزن المتساوي لكل فئة
rounds-new-group-weights-hint = اختياري، للوزن المتساوي لكل فئة: الوزن الإجمالي لأوراق كل فئة (مثلًا 2 لفئة و1 للفئات الأخرى). الفراغ يعني 1.
rounds-new-secrecy-legend = سرية الاقتراع
rounds-new-secret = سري: تُنشر أوراق الاقتراع دون أسماء
rounds-new-recorded = علني مسجَّل: تُنشر أوراق الاقتراع مع اسم كل مصوت ومنظمته
rounds-new-closes-at = تُغلق تلقائيًا في
rounds-new-closes-at-hint = (اختياري؛ بالتوقيت العالمي المنسق)
rounds-new-quorum = النصاب
rounds-new-quorum-hint = (اختياري؛ نسبة مئوية من هيئة الناخبين)
rounds-new-submit = إنشاء الجولة
rounds-new-draft-note = تبدأ الجولة الجديدة مسودةً. وعند فتحها تُثبَّت هيئة الناخبين، أي المندوبون والرؤساء النشطون في تلك اللحظة.

## صفحة الجولة.
rounds-show-adoption-rule = تصويت على الاعتماد، القاعدة
rounds-show-rule-custom = مخصصة
rounds-show-houses = المجالس
rounds-show-group-quorum = نصاب الفئة { $percent }٪
rounds-show-method = الطريقة
rounds-show-weighting = الترجيح
rounds-show-quorum = النصاب { $percent }٪
rounds-show-closes-at = تُغلق في
rounds-show-open = فتح الجولة
rounds-show-close = إغلاق الجولة ونشر النتائج
rounds-show-ballots-so-far = { $n ->
    [zero] لم يُدلِ أحد بصوته بعد.
    [one] أدلى { $part } من أصل { $whole } ناخب بصوته.
    [two] أدلى { $part } من أصل { $whole } ناخبَين بأصواتهم.
    [few] أدلى { $part } من أصل { $whole } ناخبين بأصواتهم.
    [many] أدلى { $part } من أصل { $whole } ناخبًا بأصواتهم.
   *[other] أدلى { $part } من أصل { $whole } ناخب بأصواتهم.
}
rounds-show-change-ballot = تغيير ورقة اقتراعك
rounds-show-vote = التصويت على المقترحات
rounds-show-rank = ترتيب المقترحات
rounds-show-proxies-active = { $n ->
    [zero] لا توكيلات نشطة.
    [one] توكيل نشط واحد.
    [two] توكيلان نشطان.
    [few] التوكيلات النشطة: { $n }.
    [many] التوكيلات النشطة: { $n }.
   *[other] التوكيلات النشطة: { $n }.
}
rounds-show-proposals = المقترحات

## التوكيلات.
rounds-proxy-heading = التوكيلات
rounds-proxy-gave = لقد منحت صوتك إلى
rounds-proxy-gave-end = .
rounds-proxy-used = لقد صوّت نيابةً عنك؛ أدلِ بورقة اقتراعك بنفسك لتحل محل ورقته.
rounds-proxy-not-used = لم يصوّت نيابةً عنك بعد.
rounds-proxy-revoke = استرداد صوتي
rounds-proxy-held = تحمل أصوات:
rounds-proxy-vote-for = التصويت نيابةً عن { $name }
rounds-proxy-voted = (صوّت)
rounds-proxy-not-yet = (ليس بعد)
rounds-proxy-give-label = منح صوتي إلى…
rounds-proxy-give = منح صوتي
rounds-proxy-rules = لا يحمل صوتك إلا ناخب من فئتك نفسها من أصحاب المصلحة. يمكنك استرداده ما لم يصوّت نيابةً عنك، وورقة اقتراعك أنت تحل دائمًا محل ورقته.

## ورقة الاقتراع.
rounds-ballot-title = ورقة الاقتراع: { $title }
rounds-ballot-heading = ورقة اقتراعك: { $title }
rounds-ballot-whose = ورقة اقتراع من
rounds-ballot-voting-for = التصويت عن:
rounds-ballot-yourself = نفسك
rounds-ballot-for-name = نيابةً عن { $name }
rounds-ballot-filling-for = أنت تملأ ورقة اقتراع
rounds-ballot-filling-for-end = ، الذي منحك صوته. تُرجَّح وتُحتسب تمامًا كورقته، ويرى هو أيضًا إيصالها.
rounds-ballot-replaced = حلّت ورقة اقتراعك الجديدة محل السابقة.
rounds-ballot-cast = تم الإدلاء بورقة اقتراعك.
rounds-ballot-your-receipt = إيصالك:
rounds-ballot-copy = نسخ الإيصال
rounds-ballot-copied = تم النسخ
rounds-ballot-check-summary = تحقق من الإيصال بنفسك
rounds-ballot-check-votes = الإيصال هو بصمة SHA-256 لـ plenary-receipt/1 ومعرّف الجولة وأصواتك وهذه القيمة العشوائية (انظر docs/formats.md):
rounds-ballot-check-ranking = الإيصال هو بصمة SHA-256 لـ plenary-receipt/1 ومعرّف الجولة وترتيبك وهذه القيمة العشوائية (انظر docs/formats.md):
rounds-ballot-already = لقد صوّتَّ من قبل (الإيصال
rounds-ballot-already-end = ). التصويت مرة أخرى يحل محل تلك الورقة؛ ولا تُحتسب إلا آخر ورقة اقتراع لك.
rounds-ballot-adoption-help = أجب بنعم أو لا أو امتناع عن كل مقترح. المقترح الذي تتركه دون إجابة يُحتسب امتناعًا.
rounds-vote-yes = نعم
rounds-vote-no = لا
rounds-vote-abstain = امتناع
rounds-ballot-submit = الإدلاء بالصوت
rounds-ballot-ranking-help = أعطِ كل مقترح رتبة: 1 لخيارك الأول، و2 للتالي، وهكذا. أعطِ مقترحين الرقم نفسه لتجعلهما متساويين. اترك المقترح فارغًا لتتركه دون ترتيب: المقترحات غير المرتبة تأتي بعد جميع المقترحات المرتبة.
rounds-ballot-caption = المقترحات ورتبك
rounds-ballot-col-proposal = المقترح
rounds-ballot-col-rank = رتبتك
rounds-back = العودة إلى الجولة

## نص البرنامج في ورقة الاقتراع.
rounds-js-ranked-heading = ترتيبك (اسحب، أو استخدم الأزرار)
rounds-js-unranked-heading = غير مرتبة
rounds-js-move-up = نقل إلى الأعلى
rounds-js-move-down = نقل إلى الأسفل
rounds-js-tie = مساواة بما فوقه
rounds-js-unrank = إلغاء الترتيب
rounds-js-rank = ترتيب
rounds-js-tied = (متساوٍ)
rounds-js-empty = لم يُرتَّب شيء بعد: استخدم «ترتيب» أو اسحب المقترحات إلى هنا.
rounds-js-now-ranked = أصبح { $title } في المرتبة { $rank }
rounds-js-not-ranked = { $title } غير مرتب
rounds-js-action = { $action }: { $title }

## تحذير الخصوصية في جولة سرية.
rounds-privacy-small = { $n ->
    [one] { $label } (مصوت واحد)
    [two] { $label } (مصوتان)
   *[other] { $label } ({ $n } مصوتين)
}
rounds-list-joiner = { $first }، { $next }
rounds-privacy-adoption = الخصوصية: قاعدة الاعتماد تحتسب الأصوات لكل فئة من أصحاب المصلحة، لذا تحتفظ أوراق الاقتراع المنشورة بفئة كل ورقة، ويمكن قراءة أصوات الفئة التي فيها مصوت واحد أو اثنان منها: { $small }.
rounds-privacy-equal-groups = الخصوصية: تمنح هذه الجولة كل فئة من أصحاب المصلحة وزنًا متساويًا، لذا تحصل ورقة اقتراع من فئة فيها مصوت واحد أو اثنان على وزن لا تملكه أي ورقة أخرى. تحجب أوراق الاقتراع المنشورة أسماء تلك الفئات، لكن الوزن وحده قد يدل على من أدلى بها: { $small }.
rounds-privacy-per-organisation = الخصوصية: تمنح هذه الجولة كل منظمة وزنًا متساويًا، لذا تحصل ورقة اقتراع من منظمة فيها مصوت واحد أو اثنان على وزن لا تملكه أي ورقة أخرى. تحجب أوراق الاقتراع المنشورة أسماء تلك المنظمات، لكن الوزن وحده قد يدل على من أدلى بها: { $small }.
rounds-js-help = رتّب المقترحات حسب أفضليتك: اضغط «ترتيب» لإضافة مقترح، ثم «نقل إلى الأعلى» أو «نقل إلى الأسفل» أو «مساواة بما فوقه» (أو اسحبها). المقترحات التي تتركها تحت «غير مرتبة» تأتي بعد جميع المقترحات المرتبة. ما تعرضه القائمة هو ما ستقوله ورقة اقتراعك.
rounds-read-proposal = اقرأه
rounds-receipt-check-heading = التحقق من إيصال
rounds-receipt-yours = إيصال ورقة اقتراعك:
rounds-receipt-check-yours = تحقّق من أنها احتُسبت
rounds-receipt-label = الإيصال
rounds-receipt-check = تحقّق
rounds-receipt-hint = الصق الإيصال المكوّن من 64 حرفًا الذي حصلت عليه عند التصويت. تُظهر صفحة الإيصال ما إذا كانت ورقة الاقتراع تلك قد احتُسبت، وما تتضمنه، والدليل على أنها ضمن أوراق الاقتراع المنشورة.
rounds-ballot-receipt-later = بعد إغلاق الجولة، يُظهر هذا الرابط أن ورقة اقتراعك قد احتُسبت:
# The confirmation pages before opening or closing a round (web::round_confirm).
rounds-confirm-open-heading = هل تفتح التصويت على «{ $title }»؟
rounds-confirm-open-proposals = { $n ->
    [zero] لن يكون أي مقترح في ورقة الاقتراع.
    [one] سيكون مقترح واحد في ورقة الاقتراع.
    [two] سيكون مقترحان في ورقة الاقتراع.
    [few] ستكون { $n } مقترحات في ورقة الاقتراع.
    [many] سيكون { $n } مقترحًا في ورقة الاقتراع.
   *[other] سيكون { $n } مقترح في ورقة الاقتراع.
}
rounds-confirm-open-electorate = يصبح كل مندوب ورئيس جلسة نشط ناخبًا الآن؛ ومن تتم الموافقة عليه لاحقًا لا يمكنه التصويت في هذه الجولة.
rounds-confirm-deadline = تُغلق تلقائيًا في { $when }.
rounds-confirm-deadline-left = موعدها النهائي { $when } ({ $left }).
rounds-confirm-no-deadline = ليس لها موعد نهائي: تبقى مفتوحة حتى يغلقها رئيس الجلسة.
rounds-confirm-open-final = بعد فتح الجولة، لا يمكن تغيير مقترحاتها ولا طريقة الفرز ولا قواعدها.
rounds-confirm-close-heading = هل تغلق «{ $title }» وتنشر نتائجها؟
rounds-confirm-close-turnout = { $n ->
    [one] صوّت { $part } من أصل { $whole } ناخب.
   *[other] صوّت { $part } من أصل { $whole } ناخبين.
}
rounds-confirm-close-no-quorum = لم يتحقق النصاب البالغ { $percent }٪: ستذكر النتائج ذلك.
rounds-confirm-close-final = لا يمكن التراجع عن الإغلاق: لا تُقبل أي ورقة اقتراع بعده، وتُفرز النتائج وتُنشر وتُسجَّل نهائيًا في سجل التدقيق.
confirm-cancel = إلغاء والعودة
rounds-new-step-heading = ما نوع الجولة؟
rounds-new-heading-ranking = إنشاء جولة ترتيب
rounds-new-heading-adoption = إنشاء جولة اعتماد
rounds-new-choose-ranking-help = يرتّب المصوّتون المقترحات بحسب الأفضلية، وتحوّل طريقة عدّ الأوراق إلى ترتيب واحد. تُستخدم لتحديد الأولويات؛ ولا تقرّر شيئًا بذاتها.
rounds-new-choose-adoption-help = يجيب المصوّتون بنعم أو لا أو امتناع على كل مقترح، وتقرّر قاعدةٌ ما يُعتمد منها. تُستخدم لاتخاذ القرارات.
rounds-new-change-kind = اختر نوعًا آخر من الجولات
# $field: the label of the refused field; $message: why.
rounds-new-error-in = { $field }: { $message }
rounds-new-field-proposals = المقترحات في ورقة الاقتراع
rounds-preset-help-majority = يُعتمد حين يقول نعم عدد من المصوّتين أكبر ممن يقولون لا (لا يُحسب الامتناع).
rounds-preset-help-two-thirds = يُعتمد حين يقول نعم ثلثا من يقولون نعم أو لا على الأقل.
rounds-preset-help-concurrent-majority = لا يُعتمد إلا إذا كانت أصوات نعم في كل فئة من أصحاب المصلحة، منفردة، أكثر من أصوات لا.
rounds-preset-help-concurrent-two-thirds = لا يُعتمد إلا إذا قالت كل فئة من أصحاب المصلحة، منفردة، نعم بثلثين على الأقل.
rounds-preset-help-two-houses = يصوّت مجلسان جنبًا إلى جنب: ثلثان بنعم في الأول وأغلبية في الثاني. سمِّ مجلسين بالضبط أدناه.
rounds-preset-help-house-supermajority = يُعتمد بثلثين في كل مجلس، أو بثلاثة أرباع في أحدهما وأغلبية في الآخر. سمِّ مجلسين بالضبط أدناه.
rounds-preset-help-custom = أي شرط آخر، مكتوب بلغة القواعد تحت «متقدّم» أدناه.
