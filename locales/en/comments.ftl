## The discussion on a proposal page and the comment edit form. Comments
## themselves are never translated.

comment-discussion-heading = Discussion ({ $count })
comment-by = Comment by { $name }
comment-reply-by = Reply by { $name }
comment-edited = edited
comment-hidden-by-chair = Hidden by the chair: { $reason }
comment-edit = Edit comment
comment-edit-reply = Edit reply
comment-hide-reason = Reason for hiding
comment-hide = Hide comment
comment-hide-reply = Hide reply
comment-reply = Reply
comment-your-reply = Your reply
comment-markdown-hint = (Markdown, up to { $max } characters)
comment-post-reply = Post reply
comment-add = Add a comment
comment-add-hint = { $minutes ->
    [one] (Markdown, up to { $max } characters; editable for 1 minute)
   *[other] (Markdown, up to { $max } characters; editable for { $minutes } minutes)
}
comment-post = Post comment
comment-closed = Comments are open while the proposal is submitted.
comment-back = Back to the discussion
comment-label = Comment
comment-save = Save comment
