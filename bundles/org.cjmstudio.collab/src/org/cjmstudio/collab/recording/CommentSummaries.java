package org.cjmstudio.collab.recording;

import java.util.Collection;
import java.util.Optional;

import org.cjmstudio.model.Comment;
import org.cjmstudio.model.CommentThread;
import org.cjmstudio.model.validation.ElementLabels;
import org.eclipse.emf.ecore.EObject;

/**
 * The History view's words for the team's discussions: "commented on barrier 'Hidden fees': 'Which interview says
 * so?'", "replied on barrier 'Hidden fees': ...", "resolved the comment thread on barrier 'Hidden fees'", rather
 * than "added comment thread #1a2b3c4d".
 */
final class CommentSummaries {

	private static final int SHOWN_LENGTH = 60;

	private CommentSummaries() {
	}

	/** What adding {@code created} (elements new in the map) said, if one of them is a comment. */
	static Optional<String> added(Collection<EObject> created) {
		for (EObject element : created) {
			if (element instanceof Comment comment && comment.eContainer() instanceof CommentThread thread
					&& thread.eContainer() != null) {
				boolean newThread = created.contains(thread);
				return Optional.of((newThread ? "commented on " : "replied on ")
						+ ElementLabels.describeWithStage(thread.eContainer()) + ": '" + shortened(comment.getText())
						+ "'");
			}
		}
		return Optional.empty();
	}

	/** What changing {@code element} said, if it is a comment thread (resolving it or opening it again). */
	static Optional<String> changed(EObject element) {
		if (element instanceof CommentThread thread && thread.eContainer() != null) {
			return Optional.of((thread.isResolved() ? "resolved the comment thread on " : "reopened the comment thread on ")
					+ ElementLabels.describeWithStage(thread.eContainer()));
		}
		return Optional.empty();
	}

	private static String shortened(String text) {
		String said = text == null ? "" : text.strip().replaceAll("\\s+", " ");
		return said.length() <= SHOWN_LENGTH ? said : said.substring(0, SHOWN_LENGTH - 1) + "…";
	}
}
