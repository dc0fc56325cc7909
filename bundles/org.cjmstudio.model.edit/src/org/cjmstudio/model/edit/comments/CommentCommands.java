package org.cjmstudio.model.edit.comments;

import java.util.Date;
import java.util.List;

import org.cjmstudio.model.CjmElement;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.CommentThread;
import org.cjmstudio.model.comments.CommentThreads;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * What a team member does with comments, each one undoable command on the map's command stack (so a team map sends
 * it like any other edit): start a thread on a card, a stage or the map, reply to it, resolve it or open it again.
 * The map editor's "Add Comment..." and the Comments view both use these.
 */
public final class CommentCommands {

	private CommentCommands() {
	}

	/** A new thread on {@code element} whose first comment is {@code text}. */
	public static Command startThread(EditingDomain domain, CjmElement element, String author, String text,
			Date when) {
		CommentThread thread = CommentThreads.open(author, checked(text), when);
		return labelled("Add Comment",
				AddCommand.create(domain, element, CjmPackage.Literals.CJM_ELEMENT__COMMENT_THREADS, thread));
	}

	/** A reply at the end of {@code thread}. */
	public static Command reply(EditingDomain domain, CommentThread thread, String author, String text, Date when) {
		return labelled("Reply to Comment", AddCommand.create(domain, thread,
				CjmPackage.Literals.COMMENT_THREAD__COMMENTS, CommentThreads.comment(author, checked(text), when)));
	}

	/** Marks {@code thread} resolved (or open again); it then no longer counts (or counts again) on the badge. */
	public static Command setResolved(EditingDomain domain, CommentThread thread, boolean resolved) {
		return labelled(resolved ? "Resolve Comment Thread" : "Reopen Comment Thread",
				SetCommand.create(domain, thread, CjmPackage.Literals.COMMENT_THREAD__RESOLVED, resolved));
	}

	/** Why {@code text} cannot be a comment, or null if it can. */
	public static String problemWith(String text) {
		return text == null || text.isBlank() ? "Write the comment first." : null;
	}

	private static String checked(String text) {
		String problem = problemWith(text);
		if (problem != null) {
			throw new IllegalArgumentException(problem);
		}
		return text.strip();
	}

	private static Command labelled(String label, Command command) {
		return new CompoundCommand(label, List.of(command));
	}
}
