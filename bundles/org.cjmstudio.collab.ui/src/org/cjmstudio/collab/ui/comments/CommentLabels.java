package org.cjmstudio.collab.ui.comments;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.cjmstudio.model.Comment;
import org.cjmstudio.model.CommentThread;
import org.eclipse.jface.viewers.LabelProvider;

/** How the Comments view reads: a thread by its state and size, a comment by who, when and what. */
final class CommentLabels extends LabelProvider {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
			.withZone(ZoneId.systemDefault());

	@Override
	public String getText(Object element) {
		if (element instanceof CommentThread thread) {
			int count = thread.getComments().size();
			return (thread.isResolved() ? "Resolved" : "Open") + " · " + count + (count == 1 ? " comment" : " comments");
		}
		if (element instanceof Comment comment) {
			String when = comment.getCreated() == null ? "" : " · " + WHEN.format(comment.getCreated().toInstant());
			String text = comment.getText() == null ? "" : comment.getText().strip().replaceAll("\\s+", " ");
			return comment.getAuthor() + when + ": " + text;
		}
		return super.getText(element);
	}
}
