package org.cjmstudio.model.comments;

import java.util.Date;

import org.cjmstudio.model.CjmElement;
import org.cjmstudio.model.CjmFactory;
import org.cjmstudio.model.Comment;
import org.cjmstudio.model.CommentThread;

/**
 * Comment threads as the team uses them: a thread is opened with a first comment, others reply, someone resolves
 * it. The element's open threads are what its comment badge counts.
 */
public final class CommentThreads {

	private CommentThreads() {
	}

	/** A new thread whose first comment is {@code text}; not yet attached to any element. */
	public static CommentThread open(String author, String text, Date when) {
		CommentThread thread = CjmFactory.eINSTANCE.createCommentThread();
		thread.getComments().add(comment(author, text, when));
		return thread;
	}

	/** A new comment, for a reply to an existing thread. */
	public static Comment comment(String author, String text, Date when) {
		Comment comment = CjmFactory.eINSTANCE.createComment();
		comment.setAuthor(author);
		comment.setText(text);
		comment.setCreated(when);
		return comment;
	}

	/** How many of the element's threads are still open (what its badge shows). */
	public static int openThreads(CjmElement element) {
		return (int) element.getCommentThreads().stream().filter(thread -> !thread.isResolved()).count();
	}
}
