## رفض المدخلات والإجراءات، مع ما ينبغي فعله بدلًا من ذلك. الوسائط نصوص:
## { $value } هو ما أُدخل، بين علامتي اقتباس.

## اسم حقل النص في جمل err-text-* (المفتاح في $label).
err-field-label = { $label ->
    [title] العنوان
    [summary] الملخص
    [body] النص
    [comment] التعليق
    [reason] السبب
    [description] الوصف
    [introduction] المقدمة
    [display_name] الاسم المعروض
   *[organisation] المنظمة
}
err-text-required = حقل { err-field-label } مطلوب.
err-text-too-short = يجب ألا يقل عدد أحرف { err-field-label } عن { $min }.
err-text-too-long = يجب ألا يزيد عدد أحرف { err-field-label } على { $max } (عددها الآن { $n }).
err-text-control = في { err-field-label } أحرف تحكّم غير مسموح بها.

## الحسابات والأشخاص.
err-email = أدخل عنوان بريد إلكتروني مثل name@example.org.
err-password-short = اختر كلمة مرور لا يقل عدد أحرفها عن 10.
err-password-long = اختر كلمة مرور لا يزيد عدد أحرفها على 256.
err-role = دور غير معروف { $value }؛ اختر delegate أو chair أو auditor أو admin.
err-user-status = حالة غير معروفة { $value }؛ استخدم pending أو active أو suspended أو rejected.
err-group = مجموعة أصحاب مصلحة غير معروفة { $value }؛ اختر إحدى المجموعات التالية: { $choices }.
err-time-zone = منطقة زمنية غير معروفة { $value }؛ استخدم اسمًا وفق IANA مثل Europe/Paris أو America/New_York أو UTC.

## المقترحات.
err-unknown-theme = موضوع غير معروف { $value }؛ اختر من بين: { $choices }.
err-proposal-status = حالة غير معروفة؛ استخدم draft أو submitted أو withdrawn أو adopted أو not_adopted.

## جولات التصويت.
err-round-status = حالة جولة غير معروفة { $value }.
err-secrecy = نمط سرية غير معروف { $value }؛ اختر secret أو recorded.
err-weight-too-long = وزن { $group } طويل جدًا: اكتبه بما لا يزيد على { $max } من الأحرف، مثل 2 أو 3/7.
err-weight-not-number = يجب أن يكون وزن { $group } عددًا صحيحًا أو كسرًا مثل 1/2، لا { $value }.
err-weight-not-positive = يجب أن يكون وزن { $group } موجبًا.
err-weights-syntax = اكتب أوزان المجموعات بالصيغة group=weight، مثل member_state=2 (المُدخل: { $value }).
err-weight-twice = للمجموعة { $group } وزنان.
err-closes-leap-second = وقت الإغلاق { $value } يشير إلى ثانية كبيسة؛ اختر وقتًا تتراوح ثوانيه بين 00 و59.
err-closes-format = وقت الإغلاق { $value } ليس تاريخًا ووقتًا بصيغة مثل 2026-12-01T17:00Z.
err-proposal-listed-twice = المقترح { $id } مُدرج مرتين.
err-round-two-proposals = اختر مقترحين على الأقل للجولة.
err-weights-only-equal-groups = لا تنطبق أوزان المجموعات إلا على الترجيح equal_groups.
err-weighting = ترجيح غير معروف { $value }؛ اختر per_delegate أو equal_groups أو per_organisation.
err-closes-past = يجب أن يكون وقت الإغلاق في المستقبل.
err-rank-number = الترتيب { $value } ليس عددًا صحيحًا يبدأ من 1؛ اترك خانة المقترح فارغة لتتركه دون ترتيب.
err-house-syntax = اكتب كل مجلس بالصيغة name: group, group (المُدخل: { $value }).
err-quorum-percent = النصاب نسبة مئوية صحيحة من 0 إلى 100.
err-group-quorum-percent = نصاب المجموعة نسبة مئوية صحيحة من 0 إلى 100.
err-adoption-only = القاعدة والمجالس ونصاب المجموعة تخص جولات الاعتماد وحدها: حدِّد { $example }.
err-method = طريقة غير معروفة { $value }؛ اختر schulze أو ranked_pairs أو borda أو irv أو copeland أو plurality.
err-adoption-no-method = ليس لجولة الاعتماد طريقة ترتيب: يُبتّ في كل مقترح وفق القاعدة.
err-adoption-needs-rule = تحتاج جولة الاعتماد إلى قاعدة، مثل { $example }.
err-round-kind = نوع جولة غير معروف { $value }؛ اختر ranking أو adoption.

## التقارير.
err-report-status = حالة تقرير غير معروفة { $value }.
err-report-no-rounds = اختر جولة مغلقة واحدة على الأقل ليغطيها التقرير.
err-report-too-many-rounds = الحد الأقصى لعدد الجولات في التقرير هو { $max }.
err-round-listed-twice = الجولة { $id } مُدرجة مرتين.
err-no-round = لا توجد جولة برقم { $id }.
err-report-round-open = الجولة { $id } ({ $title }) لم تُغلق بعد؛ لا يغطي التقرير إلا الجولات المغلقة.
err-no-report-to-supersede = لا يوجد تقرير برقم { $id } ليحلّ محله تقرير جديد.
err-no-such-report = لا يوجد تقرير كهذا.
err-only-chairs-report = رؤساء الجلسات وحدهم ينشئون التقارير ويعدّلونها وينشرونها.
err-report-never-edited = لا يُعدَّل التقرير المنشور أبدًا؛ أنشئ نسخة جديدة تحلّ محله.
err-report-published-new-version = هذا التقرير منشور بالفعل؛ أنشئ نسخة جديدة لتغييره.
err-report-already-published = هذا التقرير منشور بالفعل.

## الحسابات.
err-current-password = كلمة المرور الحالية غير صحيحة؛ لم يُغيَّر شيء.
err-reset-own-password = غيّر كلمة مرورك من صفحة حسابك؛ إعادة التعيين مخصصة للآخرين.
err-status-back-to-pending = لا يمكن إعادة الحساب إلى حالة الانتظار؛ علِّقه بدلًا من ذلك.
err-own-role = لا يمكنك تغيير دورك أو حالتك بنفسك؛ اطلب ذلك من مسؤول آخر.
err-approve-first = وافق على التسجيل المعلّق قبل تغيير حالته.

## قوائم المقترحات والقرارات.
err-eligible-filter = استخدم eligible=true أو eligible=false.
err-sort = رتّب حسب newest أو cosponsors أو comments.
err-whole-number = يجب أن تكون قيمة { $field } عددًا صحيحًا من 1 إلى { $max }.
err-decision-value = سجّل القرار بإحدى القيمتين adopted أو not_adopted.
err-only-chairs-decide = رؤساء الجلسات وحدهم يسجّلون القرارات.
err-decision-after-round = يُسجَّل القرار بعد إغلاق جولة تصويت تتضمن هذا المقترح.

## إعداد الجولات وفتحها وإغلاقها.
err-no-proposal = لا يوجد مقترح برقم { $id }.
err-proposal-not-submitted = المقترح { $id } ({ $title }) في حالة { $status }؛ لا يُطرح للتصويت إلا المقترحات المقدَّمة.
err-round-closing-passed = انقضى وقت إغلاق الجولة؛ أنشئ جولة جديدة بوقت إغلاق لاحق.
err-round-already-open = هذه الجولة مفتوحة بالفعل.
err-round-is-closed = هذه الجولة مغلقة.
err-round-not-opened = لم تُفتح هذه الجولة.
err-round-already-closed = هذه الجولة مغلقة بالفعل.
err-ballots-after-close = تُنشر بطاقات الاقتراع عند إغلاق الجولة.
err-results-after-close = تُنشر النتائج عند إغلاق الجولة.

## بطاقات الاقتراع والإيصالات والتصدير.
err-only-electors-vote = المندوبون ورؤساء الجلسات وحدهم يصوّتون.
err-not-proxy-holder = لا تحمل تفويض هذا الناخب في هذه الجولة.
err-vote-unknown-proposal = مقترح غير معروف { $value }: صوّت على مقترحات هذه الجولة بمعرّفاتها، مثل "p12".
err-vote-value = يجب أن يكون التصويت على { $proposal } إحدى القيم yes أو no أو abstain، لا { $value }.
err-rank-unknown-proposal = مقترح غير معروف { $value }: رتّب مقترحات هذه الجولة بمعرّفاتها، مثل "p12".
err-rank-twice = المقترح { $id } وارد أكثر من مرة في ترتيبك.
err-rank-empty-tier = المستوى { $n } من ترتيبك فارغ؛ احذفه أو ضع فيه مقترحًا.
err-adoption-ballot = هذه جولة اعتماد: أجب بـ yes أو no أو abstain عن كل مقترح، مثل { $example }.
err-ranking-ballot = هذه جولة ترتيب: أرسل ترتيبًا لمقترحاتها، مثل { $example }.
err-ballot-shape = أرسل أحد الحقلين فقط: "ranking" (جولات الترتيب) أو "votes" (جولات الاعتماد)، لا كليهما ولا أيًّا منهما.
err-no-ballot = لم تُدلِ بصوتك في هذه الجولة.
err-receipts-after-close = يمكن التحقق من الإيصالات بعد إغلاق الجولة.
err-receipt-format = يتكون الإيصال من 64 حرفًا ست عشريًا.
err-receipt-proofs-missing = أُغلقت هذه الجولة قبل وجود براهين الإيصالات؛ تحقّق من الإيصال في ballots.json بدلًا من ذلك.
err-no-counted-ballot = لا توجد بطاقة اقتراع محسوبة تحمل هذا الإيصال.
err-nothing-to-export = لا يوجد ما يُصدَّر.
err-preflib-adoption = يحتوي ملف PrefLib على ترتيبات ولا يمكنه التعبير عن أصوات نعم / لا / امتناع: نزّل ballots.json أو ballots.csv.

## التفويض بالتصويت.
err-proxy-choose = اختر الناخب الذي تفوّضه بصوتك.
err-proxy-self = لا يمكنك تفويض صوتك لنفسك.
err-proxy-not-elector = المستخدم { $id } ليس ناخبًا في هذه الجولة.
err-proxy-other-group = يُمنح التفويض لناخب من مجموعة أصحاب المصلحة التي تنتمي إليها ({ $group }).
err-proxies-off = التفويض معطّل على هذا الخادم.
err-proxy-already-given = لقد فوّضت صوتك بالفعل في هذه الجولة؛ ألغِ ذلك التفويض أولًا.
err-proxy-chain-holder = أنت تحمل صوت ناخب آخر، لذا لا يمكنك تفويض صوتك: التفويضات لا تتسلسل.
err-proxy-chain-grantee = فوّض هذا الناخب صوته لغيره، فلا يمكنه حمل تفويض: التفويضات لا تتسلسل.
err-proxy-none = لم تفوّض صوتك لأحد في هذه الجولة.
err-proxy-used = صوّت مفوَّضك نيابةً عنك بالفعل، فلم يعد إلغاء التفويض ممكنًا؛ أدلِ ببطاقتك لتحلّ محل بطاقته.

## سجل التدقيق وشهوده.
err-no-checkpoint = لم تُوقَّع أي نقطة تحقق بعد.
err-witness-key-type = مفتاح الشاهد من نوع التوقيع 0x04 (Ed25519 cosignature/v1)؛ يُنشئه الأمر `plenary audit witness-key`.
err-no-such-witness = لا يوجد شاهد كهذا.
err-witness-approved = هذا الشاهد معتمد بالفعل.
err-witness-unknown = لا يوجد شاهد مسجّل باسم { $name }.
err-witness-key-id = معرّف المفتاح لا يطابق مفتاح الشاهد { $name }.
err-cosignature-timestamp-large = الطابع الزمني كبير جدًا.
err-cosignature-future = الطابع الزمني للتوقيع المشترك في المستقبل.

## نص Markdown متداخل أكثر من اللازم: بعد اسم الحقل، ووحده.
err-nesting-containers = عمق التداخل في السطر { $line } هو { $depth } من الاقتباسات أو عناصر القوائم، والحد الأقصى المسموح به { $max }.
err-nesting-html = عند السطر { $line } يتجاوز تداخل عناصر HTML الحد المسموح به ({ $max })؛ أغلقها أو اكتب بصيغة Markdown.
err-nested-containers = التداخل في { err-field-label } أعمق من المسموح: { err-nesting-containers }
err-nested-html = التداخل في { err-field-label } أعمق من المسموح: { err-nesting-html }

## رفض طبقة الويب: العناوين وأجسام الطلبات والأدوار والنماذج الواردة من مواقع أخرى.
err-nothing-here = لا يوجد شيء على هذا العنوان.
err-no-such-file = لا يوجد ملف كهذا.
err-send-json = أرسل جسم الطلب بصيغة JSON مع Content-Type: application/json.
err-round-filter = يقبل مرشّح الجولة رقم جولة، مثل 4.
err-supersedes-id = يجب أن تكون قيمة supersedes معرّف تقرير.
err-supersedes-on-edit = تُحدَّد supersedes عند إنشاء نسخة جديدة، لا عند التعديل.
err-only-chairs = رؤساء الجلسات وحدهم يمكنهم فعل ذلك.
err-only-delegates-chairs = المندوبون ورؤساء الجلسات وحدهم يمكنهم فعل ذلك؛ أما المدققون والمسؤولون فيطّلعون فقط.
err-only-auditors-admins = المدققون والمسؤولون وحدهم يمكنهم الاطلاع على سجل التدقيق.
err-only-auditors-chairs = لا يمكن تنزيل بطاقات الاقتراع ونتائج الجولة إلا للمدققين ورؤساء الجلسات وناخبي هذه الجولة.
err-foreign-origin = ورد هذا الطلب من موقع آخر، لذا رُفض. إن كنت تقصد إرساله، فافتح صفحة هذا الموقع نفسه وأرسل النموذج منها.

err-no-export = لا يوجد ملف تصدير باسم { $name }.
err-no-notification = لا يوجد إشعار برقم { $id }.
err-tree-range = يجب أن يكون 0 <= from <= to؛ وصل from={ $from } و to={ $to }.
err-no-tree-size = يحتوي السجل على { $entries } من القيود؛ ولا توجد شجرة بحجم { $size }.
err-no-user = لا يوجد مستخدم برقم { $id }.
err-proxy-limit = يحمل هذا الناخب بالفعل { $held } من التفويضات في هذه الجولة، وهو الحد الأقصى المسموح به.
err-not-pending = { $name } ليس بانتظار الموافقة (الحالة: { $status }).
err-decide-not-submitted = لا يمكن البت إلا في مقترح مقدَّم؛ وحالة هذا المقترح { $status }.
err-witness-taken = يوجد شاهد مسجَّل بالفعل باسم { $name }.
err-witness-not-approved = لم تتم الموافقة على الشاهد { $name } بعد؛ يجب أن يوافق عليه أحد المسؤولين أولًا.
err-no-checkpoint-size = لم تُوقَّع أي نقطة تحقق لحجم الشجرة { $size }.
err-no-report-download = لا يوجد تنزيل للتقرير باسم { $name }؛ جرّب report.json أو report.md.
err-supersede-draft = التقرير { $id } مسودة: عدّله بدلًا من استبداله بنسخة جديدة.
err-supersede-twice = للتقرير { $id } نسخة جديدة بالفعل.
err-body-too-large = نص الطلب كبير جدًا: الحد الأقصى { $kib } كيلوبايت ({ $bytes } بايت).
err-sign-ins-busy = يعالج الخادم عددًا كبيرًا من عمليات تسجيل الدخول الآن. انتظر بضع ثوانٍ ثم حاول مرة أخرى.
err-comment-rate = نشرت { $n } من التعليقات خلال الساعة الأخيرة، وهو الحد الأقصى المسموح به. يرجى الانتظار قبل النشر مجددًا.
err-sign-ins-busy-wait = يعالج الخادم عددًا كبيرًا من عمليات تسجيل الدخول الآن. انتظر { $wait ->
    [one] ثانية واحدة
    [two] ثانيتين
    [few] { $wait } ثوانٍ
   *[other] { $wait } ثانية
} ثم حاول مرة أخرى.
err-sign-in-attempts = محاولات تسجيل دخول كثيرة جدًا من عنوانك. انتظر { $wait ->
    [one] ثانية واحدة
    [two] ثانيتين
    [few] { $wait } ثوانٍ
   *[other] { $wait } ثانية
} ثم حاول مرة أخرى.
err-not-eligible = المقترح { $id } ({ $title }) غير مؤهل بعد: { $missing }.
err-form-unreadable = تعذّرت قراءة النموذج: { $detail }
err-form-malformed = النموذج ناقص أو غير سليم: { $detail }
err-json-invalid = نص JSON غير صالح: { $detail }
err-json-unreadable = تعذّرت قراءة نص JSON: { $detail }
err-query-invalid = معاملات الاستعلام غير صالحة: { $detail }
err-witness-key = ليس مفتاح شاهد: { $detail }.
err-rule-json = القاعدة المخصصة ليست JSON صالحًا: { $detail }.
err-rejected-final = رُفض هذا التسجيل؛ لا يمكن إعادة تفعيل حساب مرفوض.
err-action-not-offered = هذا الإجراء غير متاح لـ { $name } (الحالة: { $status }).
