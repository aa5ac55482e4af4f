## صفحة مرجع واجهة البرمجة (/api).

api-title = مرجع واجهة البرمجة
api-intro = تصف هذه الصفحة واجهة JSON البرمجية ضمن ‎/api/v1. وهي مولَّدة من مستند OpenAPI 3.1 نفسه الذي تقرؤه البرامج:
api-json-link = مستند OpenAPI ‏(JSON)
api-english-note = ملخصات العمليات وأوصافها ومخططاتها مأخوذة من الشيفرة وتبقى بالإنجليزية، فهي مرجع للمطوّرين.
api-auth-heading = تسجيل الدخول
api-auth-bearer = سجّل الدخول عبر POST /api/v1/session وأرسل الرمز الذي تتلقاه مع كل طلب، في هذه الترويسة:
api-auth-cookie = يمكن للمتصفح المسجَّل دخوله في الموقع أن يرسل ملف تعريف ارتباط الجلسة بدلًا من ذلك.
api-errors-heading = الأخطاء
api-errors-text = لكل رفض الشكل نفسه: كائن «error» فيه «code» ثابت و«message» موجَّهة إلى الناس، ومع المدخلات غير الصالحة (الحالة 422) الحقل الذي أخفق «field». وتذكر كل عملية الحالات التي قد تجيب بها.
api-contents = المحتويات
api-schemas-heading = المخططات
api-public = لا يلزم تسجيل الدخول.
api-signed-in = يلزم تسجيل الدخول (رمز bearer أو ملف تعريف ارتباط الجلسة).
api-parameters = المعاملات
api-col-name = الاسم
api-col-in = الموضع
api-col-type = النوع
api-col-required = إلزامي
api-col-description = الوصف
api-col-status = الحالة
api-col-content = المحتوى
api-yes = نعم
api-no = لا
api-request-body = جسم الطلب:
api-responses = الاستجابات
api-fields-caption = حقول { $name }
