# الإشعارات: رابط الترويسة، وصفحة القائمة، وجملة كل نوع، والبريد الإلكتروني.
# تُدرج العناوين والأسماء كما هي دون ترجمة.

notifications-nav = الإشعارات
notifications-unread-label = { $n ->
    [zero] لا إشعارات غير مقروءة
    [one] إشعار واحد غير مقروء
    [two] إشعاران غير مقروءين
    [few] { $n } إشعارات غير مقروءة
    [many] { $n } إشعارًا غير مقروء
   *[other] { $n } إشعار غير مقروء
}
notifications-title = الإشعارات
notifications-unread-summary = { $n ->
    [zero] ليست لديك إشعارات غير مقروءة.
    [one] لديك إشعار واحد غير مقروء.
    [two] لديك إشعاران غير مقروءين.
    [few] لديك { $n } إشعارات غير مقروءة.
    [many] لديك { $n } إشعارًا غير مقروء.
   *[other] لديك { $n } إشعار غير مقروء.
}
notifications-mark-all-read = تعليم الكل كمقروء
notifications-mark-read = تعليم كمقروء
notifications-new = جديد
notifications-empty = ليست لديك إشعارات بعد.
notifications-pages = صفحات الإشعارات
notifications-page-of = الصفحة { $page } من { $pages }
notifications-previous = الصفحة السابقة
notifications-next = الصفحة التالية

notifications-round-opened = فُتحت جولة التصويت «{ $round }» ويمكنك التصويت فيها.
notifications-round-closing = تُغلق جولة التصويت «{ $round }» خلال أقل من 24 ساعة ولم تصوّت بعد.
notifications-results-published = نُشرت نتائج جولة التصويت «{ $round }».
notifications-cosponsored = شارك { $name } في رعاية مقترحك «{ $proposal }».
notifications-commented = علّق { $name } على مقترحك «{ $proposal }».
notifications-decided = { $decision ->
    [adopted] اعتُمد مقترحك «{ $proposal }».
   *[other] لم يُعتمد مقترحك «{ $proposal }».
}
notifications-approved = تمت الموافقة على تسجيلك: مرحبًا بك في الفريق.

notifications-email-opt-in = أرسل إليّ إشعاراتي بالبريد الإلكتروني
notifications-email-subject = Plenary: { $what }
notifications-email-link = افتحه في Plenary: { $url }
notifications-email-why = تصلك هذه الرسالة لأنك اخترت «أرسل إليّ إشعاراتي بالبريد الإلكتروني» في صفحة حسابك؛ ألغِ الاختيار هناك لإيقافها: { $url }
