# 通知：页眉链接、列表页面、每类通知的句子和电子邮件。
# 标题和姓名原样插入，不做翻译。

notifications-nav = 通知
notifications-unread-label = { $n } 条未读通知
notifications-title = 通知
notifications-unread-summary = { $n ->
    [0] 您没有未读通知。
   *[other] 您有 { $n } 条未读通知。
}
notifications-mark-all-read = 全部标为已读
notifications-mark-read = 标为已读
notifications-new = 新
notifications-empty = 您还没有任何通知。
notifications-pages = 通知分页
notifications-page-of = 第 { $page } 页，共 { $pages } 页
notifications-previous = 上一页
notifications-next = 下一页

notifications-round-opened = 投票轮次“{ $round }”已开放，您可以参与投票。
notifications-round-closing = 投票轮次“{ $round }”将在 24 小时内结束，而您尚未投票。
notifications-results-published = 投票轮次“{ $round }”的结果已公布。
notifications-cosponsored = { $name } 联署了您的提案“{ $proposal }”。
notifications-commented = { $name } 评论了您的提案“{ $proposal }”。
notifications-decided = { $decision ->
    [adopted] 您的提案“{ $proposal }”已获通过。
   *[other] 您的提案“{ $proposal }”未获通过。
}
notifications-approved = 您的注册已获批准：欢迎加入本小组。

notifications-email-opt-in = 通过电子邮件向我发送通知
notifications-email-subject = Plenary：{ $what }
notifications-email-link = 在 Plenary 中打开：{ $url }
notifications-email-why = 您收到此邮件，是因为您在账户页面勾选了“通过电子邮件向我发送通知”；如需停止，请在该页面取消勾选：{ $url }
