## صفحة إثبات الإيصال والتحقق منه في المتصفح.
## تبقى الأوامر والبصمات والأسماء مثل round.closed وballots_root كما هي.

receipt-title = إثبات الإيصال، الجولة { $round }
receipt-heading = حُسبت بطاقة اقتراعك في الجولة { $round }
receipt-ballot-with = بطاقة الاقتراع ذات الإيصال
receipt-number-of = { $total ->
    [zero] هي رقم { $number } من بين { $total } بطاقة اقتراع محسوبة. ترتيبها، من الأفضل إلى الأدنى:
    [one] هي رقم { $number } من بطاقة اقتراع واحدة محسوبة. ترتيبها، من الأفضل إلى الأدنى:
    [two] هي رقم { $number } من بين بطاقتَي اقتراع محسوبتين. ترتيبها، من الأفضل إلى الأدنى:
    [few] هي رقم { $number } من بين { $total } بطاقات اقتراع محسوبة. ترتيبها، من الأفضل إلى الأدنى:
    [many] هي رقم { $number } من بين { $total } بطاقةَ اقتراع محسوبة. ترتيبها، من الأفضل إلى الأدنى:
   *[other] هي رقم { $number } من بين { $total } بطاقة اقتراع محسوبة. ترتيبها، من الأفضل إلى الأدنى:
}
receipt-unranked = المقترحات التي لم ترتّبها متعادلة فيما بينها وتأتي بعد جميع المقترحات المرتّبة.
receipt-check-heading = تحقّق بنفسك
receipt-check-key = لا تحتاج من هذا الخادم إلا إلى القيم أدناه والمفتاح العام للخادم، والذي ينبغي أن تقارنه بالمفتاح الذي ينشره المشغّل:
receipt-download = نزّل الإثبات
receipt-and-run = وشغّل
receipt-or-steps = ، أو اتبع الخطوات (يشرح docs/formats.md، قسم «Receipt proofs»، كل بايت):
receipt-step-1 = تحمل بطاقة الاقتراع إيصالك. باستخدام رقمك العشوائي (nonce)، تعطيك دالة SHA-256 على plenary-receipt/1 ثم LF ثم معرّف الجولة ثم LF ثم JSON القانوني للترتيب ثم LF ثم الرقم العشوائي إيصالك من جديد.
receipt-step-2 = بصمة الورقة = SHA-256 للبايت 0x00 متبوعًا بـ JSON القانوني لبطاقة الاقتراع:
receipt-step-3 = اجمعها مع مسار التدقيق (RFC 6962: SHA-256 لـ 0x01 ثم اليسار ثم اليمين)، الورقة { $leaf } من { $size }:
receipt-step-3-root = ← جذر بطاقات الاقتراع
receipt-step-4 = { $ballots ->
    [zero] يسجّل إدخال round.closed للجولة ذلك الجذر (ballots_root) و{ $ballots } بطاقة اقتراع؛ وبصمته هي SHA-256 لـ JSON القانوني الخاص به دون hash:
    [one] يسجّل إدخال round.closed للجولة ذلك الجذر (ballots_root) وبطاقة اقتراع واحدة؛ وبصمته هي SHA-256 لـ JSON القانوني الخاص به دون hash:
    [two] يسجّل إدخال round.closed للجولة ذلك الجذر (ballots_root) وبطاقتَي اقتراع؛ وبصمته هي SHA-256 لـ JSON القانوني الخاص به دون hash:
    [few] يسجّل إدخال round.closed للجولة ذلك الجذر (ballots_root) و{ $ballots } بطاقات اقتراع؛ وبصمته هي SHA-256 لـ JSON القانوني الخاص به دون hash:
    [many] يسجّل إدخال round.closed للجولة ذلك الجذر (ballots_root) و{ $ballots } بطاقةَ اقتراع؛ وبصمته هي SHA-256 لـ JSON القانوني الخاص به دون hash:
   *[other] يسجّل إدخال round.closed للجولة ذلك الجذر (ballots_root) و{ $ballots } بطاقة اقتراع؛ وبصمته هي SHA-256 لـ JSON القانوني الخاص به دون hash:
}
receipt-step-5 = ورقة الإدخال (SHA-256 لـ 0x00 والبايتات الـ 32 لبصمته) عند الفهرس { $index } من { $size }، مع مسار التدقيق هذا، تعطي جذر سجل التدقيق كله:
receipt-step-6 = ذلك الجذر والحجم موجودان في نقطة التحقق هذه، الموقّعة بمفتاح الخادم (والموقّعة توقيعًا مشتركًا من الشهود المذكورين تحتها):
receipt-js-run = تحقّق في هذا المتصفح
receipt-js-checked = تم التحقق
receipt-js-all-hold = جميع الخطوات صحيحة: بطاقة اقتراعك موجودة في السجل الموقّع.
receipt-js-needs-tool = الخطوات من 1 إلى 5 صحيحة؛ ويحتاج التوقيع إلى أداة أخرى.
receipt-js-no-ed25519 = لا يستطيع هذا المتصفح التحقق من توقيعات Ed25519: استخدم plenary receipt verify
receipt-js-failed = فشلت الخطوة { $step }:
receipt-js-no-receipt = لا يوجد إيصال في بطاقة الاقتراع
receipt-js-other-leaf = بصمة بطاقة الاقتراع تؤدي إلى ورقة أخرى
receipt-js-other-root = المسار يؤدي إلى جذر آخر
receipt-js-entry-hash = بصمة الإدخال لا تطابقه
receipt-js-closed-root = يسجّل round.closed جذرًا آخر
receipt-js-checkpoint-other = نقطة التحقق توقّع حجمًا أو جذرًا آخر
receipt-js-no-signature = لا تحمل نقطة التحقق توقيع
receipt-js-bad-signature = لا يتحقق التوقيع بمفتاح الخادم
receipt-js-index-outside = فهرس الورقة خارج الشجرة
receipt-js-path-long = مسار التدقيق أطول مما ينبغي
receipt-js-path-short = مسار التدقيق أقصر مما ينبغي
