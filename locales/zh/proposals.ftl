## 提案页面：列表、撰写与编辑表单、提案页面以及修订版本对比。

## 列表（/proposals）。
proposal-list-title = 提案
proposal-new-title = 撰写提案
proposal-find = 查找提案
proposal-search-words = 搜索词
proposal-status = 状态
proposal-theme = 主题
proposal-author-group = 作者所属利益相关方群体
proposal-eligibility = 资格
proposal-order = 排序
proposal-show = 显示
proposal-any-status = 任何状态
proposal-any-theme = 任何主题
proposal-any-group = 任何群体
proposal-filter-eligible-any = 不限资格
proposal-filter-eligible-yes = 可进入投票轮次
proposal-filter-eligible-no = 尚不具备资格
proposal-sort-newest = 最新优先
proposal-sort-cosponsors = 联署人最多
proposal-sort-comments = 讨论最多
proposal-found = 找到 { $count } 项提案。
proposal-found-paged = 找到 { $count } 项提案；第 { $page } 页，共 { $pages } 页。
proposal-list-caption = 符合筛选条件的提案
proposal-col-proposal = 提案
proposal-col-author = 作者
proposal-col-cosponsors = 联署人
proposal-col-comments = 评论
proposal-cosponsor-count = { $n } 位联署人
proposal-comment-count = { $n } 条评论
proposal-eligible = 符合资格
proposal-not-yet = 尚未符合：{ $missing }
proposal-pages = 分页
proposal-previous-page = 上一页
proposal-next-page = 下一页

## 状态。
proposal-status-draft = 草稿
proposal-status-submitted = 已提交
proposal-status-withdrawn = 已撤回
proposal-status-adopted = 已通过
proposal-status-not-adopted = 未通过

## 提案进入投票轮次前仍缺少的条件。
proposal-missing-submit = 需要先提交
proposal-missing-withdrawn = 已被作者撤回
proposal-missing-decided = 已作出决定
proposal-missing-groups = { $groups ->
    [one] 还需要来自另一个利益相关方群体的一位联署人
   *[other] 还需要来自另外 { $groups } 个利益相关方群体的联署人
}
proposal-missing-cosponsors = { $cosponsors ->
    [one] 还需要一位来自作者所属群体以外的利益相关方群体的联署人
   *[other] 还需要 { $cosponsors } 位来自作者所属群体以外的利益相关方群体的联署人
}
proposal-missing-both = { $groups ->
    [one] 还需要 { $cosponsors } 位联署人，且至少来自另一个利益相关方群体
   *[other] 还需要 { $cosponsors } 位联署人，且至少来自另外 { $groups } 个利益相关方群体
}

## 提案页面。
proposal-by = 作者：
proposal-on-date = 于
proposal-revision = 第 { $n } 版
proposal-themes = 主题：
proposal-eligible-detail = 可进入投票轮次。
proposal-not-eligible = 尚不具备资格
proposal-not-eligible-detail = 进入投票轮次：{ $missing }。
proposal-locked = 此提案已列入进行中或已结束的投票轮次，其文本不能再修改。
proposal-action-unavailable = 目前无法操作：{ $reason }
proposal-action-edit = 编辑
proposal-submit = 提交提案
proposal-action-withdraw = 撤回提案
proposal-action-cosponsor = 联署
proposal-action-uncosponsor = 撤回我的联署
proposal-text = 提案文本
proposal-cosponsors-heading = 联署人（{ $count }）
proposal-no-cosponsors = 尚无联署人。
proposal-cosponsors-caption = 联署人及其所属利益相关方群体和组织
proposal-col-name = 姓名
proposal-col-group = 利益相关方群体
proposal-col-organisation = 组织
proposal-revisions-heading = 修订版本（{ $count }）
proposal-compare-revision = 比较版本
proposal-with-revision = 与版本
proposal-show-changes = 显示改动
proposal-first-version = 这是第一个版本；提交后再作编辑时，先前的版本会保留在此处。

## 两个修订版本的对比。
proposal-diff-title = { $title } 的改动
proposal-diff-heading = “{ $title }”的改动
proposal-back = 返回提案
proposal-diff-caption = 第 { $from } 版与第 { $to } 版的对比：删除的行标为“删除”，新增的行标为“新增”。
proposal-diff-line-in = 第 { $revision } 版中的行号
proposal-diff-change = 改动
proposal-diff-text = 文本
proposal-diff-removed = 删除
proposal-diff-added = 新增
proposal-diff-gap = …… 未改动的行 ……
proposal-diff-truncated = 此对比内容较长：仅显示前 { $n } 行。
proposal-diff-line-title = 标题：{ $value }
proposal-diff-line-summary = 摘要：{ $value }
proposal-diff-line-themes = 主题：{ $value }

## 撰写或编辑提案的表单。
proposal-edit-title = 编辑提案
proposal-edit-submitted = 此提案已提交：保存后，当前文本将作为先前的修订版本保留，所有人均可对比。
proposal-field-title = 标题
proposal-field-title-hint = （{ $min }–{ $max } 个字符）
proposal-field-summary = 摘要
proposal-field-summary-hint = （最多 { $max } 个字符，显示在列表中）
proposal-field-body = 提案正文
proposal-field-body-hint = （Markdown，最多 { $max } 个字符）
proposal-field-themes = 主题
proposal-optional = （可选）
proposal-save-draft = 保存草稿
proposal-save-revision = 另存为新版本
proposal-confirm-withdraw-heading = 撤回“{ $title }”？
proposal-confirm-withdraw-cosponsors = 它的 { $n } 位联署人将看到它已撤回。
proposal-confirm-withdraw-rounds = 它将不能再被纳入投票轮次；其文本、修订和讨论仍可阅读。
proposal-confirm-withdraw-final = 撤回无法撤销：该提案不能再次提交。
proposal-final-withdrawn = 已被作者撤回：不能进入投票轮次。
proposal-final-decided = 已有决定：不能再进入其他投票轮次。
