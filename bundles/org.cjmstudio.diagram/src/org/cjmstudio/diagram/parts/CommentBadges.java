package org.cjmstudio.diagram.parts;

import java.util.List;
import java.util.function.BiConsumer;

import org.cjmstudio.diagram.figures.CommentBadge;
import org.cjmstudio.model.CjmElement;
import org.cjmstudio.model.Comment;
import org.cjmstudio.model.CommentThread;
import org.cjmstudio.model.comments.CommentThreads;
import org.eclipse.emf.ecore.EObject;

/**
 * Gives a card the comment badge of its open threads and, for the tool tip, what each open thread began with, so a
 * team member sees what is being discussed without opening the Comments view.
 */
final class CommentBadges {

	private static final int SHOWN_LENGTH = 80;

	private CommentBadges() {
	}

	static void show(EObject element, BiConsumer<CommentBadge, String> figure) {
		int open = element instanceof CjmElement discussed ? CommentThreads.openThreads(discussed) : 0;
		if (open == 0) {
			figure.accept(null, null);
			return;
		}
		StringBuilder text = new StringBuilder(open == 1 ? "1 open comment thread:" : open + " open comment threads:");
		List<CommentThread> threads = ((CjmElement) element).getCommentThreads();
		threads.stream().filter(thread -> !thread.isResolved()).forEach(thread -> text.append('\n').append(line(thread)));
		text.append("\nReply or resolve them in the Comments view.");
		figure.accept(new CommentBadge(open), text.toString());
	}

	private static String line(CommentThread thread) {
		if (thread.getComments().isEmpty()) {
			return "(an empty thread)";
		}
		Comment first = thread.getComments().get(0);
		String said = first.getText() == null ? "" : first.getText().strip().replaceAll("\\s+", " ");
		if (said.length() > SHOWN_LENGTH) {
			said = said.substring(0, SHOWN_LENGTH - 1) + "…";
		}
		int replies = thread.getComments().size() - 1;
		return first.getAuthor() + ": " + said + (replies == 0 ? "" : replies == 1 ? " (1 reply)" : " (" + replies
				+ " replies)");
	}
}
