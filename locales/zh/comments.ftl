## 提案页面上的讨论和评论编辑表单。

comment-discussion-heading = 讨论（{ $count }）
comment-by = { $name } 的评论
comment-reply-by = { $name } 的回复
comment-edited = 已编辑
comment-hidden-by-chair = 已被主席隐藏：{ $reason }
comment-edit = 编辑评论
comment-edit-reply = 编辑回复
comment-hide-reason = 隐藏理由
comment-hide = 隐藏评论
comment-hide-reply = 隐藏回复
comment-reply = 回复
comment-your-reply = 您的回复
comment-markdown-hint = （Markdown，最多 { $max } 个字符）
comment-post-reply = 发表回复
comment-add = 添加评论
comment-add-hint = （Markdown，最多 { $max } 个字符；发表后 { $minutes } 分钟内可编辑）
comment-post = 发表评论
comment-closed = 提案处于已提交状态时方可评论。
comment-back = 返回讨论
comment-label = 评论
comment-save = 保存评论
