## API 参考页面（/api）。

api-title = API 参考
api-intro = 本页介绍 /api/v1 下的 JSON API。它由程序读取的同一份 OpenAPI 3.1 文档生成：
api-json-link = OpenAPI 文档（JSON）
api-english-note = 各操作的摘要、说明和模式来自代码，保留英文：它们是供开发者使用的参考。
api-auth-heading = 登录
api-auth-bearer = 通过 POST /api/v1/session 登录，并在每个请求中通过以下请求头发送返回的令牌：
api-auth-cookie = 已在网站上登录的浏览器也可以改为发送其会话 Cookie。
api-errors-heading = 错误
api-errors-text = 所有拒绝的格式都相同：一个“error”对象，包含稳定的“code”、面向用户的“message”，输入无效时（状态 422）还包含出错的字段“field”。每个操作都列出了它可能返回的状态。
api-contents = 目录
api-schemas-heading = 模式
api-public = 无需登录。
api-signed-in = 需要登录（bearer 令牌或会话 Cookie）。
api-parameters = 参数
api-col-name = 名称
api-col-in = 位置
api-col-type = 类型
api-col-required = 必填
api-col-description = 说明
api-col-status = 状态
api-col-content = 内容
api-yes = 是
api-no = 否
api-request-body = 请求体：
api-responses = 响应
api-fields-caption = { $name } 的字段
