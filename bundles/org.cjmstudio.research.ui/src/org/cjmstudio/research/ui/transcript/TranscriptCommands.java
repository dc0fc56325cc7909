package org.cjmstudio.research.ui.transcript;

import java.util.Map;
import java.util.Objects;

import org.cjmstudio.model.CjmFactory;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.Interview;
import org.cjmstudio.model.Quote;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/** The commands of the transcript pane: an edit of the transcript, and Make Quote. */
public final class TranscriptCommands {

	private TranscriptCommands() {
	}

	/**
	 * The selected text of {@code interview}'s transcript as a new quote that keeps its place; surrounding blanks are
	 * left out. {@code null} when the selection holds no words.
	 */
	public static Quote quoteOf(Interview interview, int offset, int length) {
		String transcript = interview.getTranscript() == null ? "" : interview.getTranscript();
		int start = Math.max(0, Math.min(offset, transcript.length()));
		int end = Math.max(start, Math.min(offset + length, transcript.length()));
		while (start < end && Character.isWhitespace(transcript.charAt(start))) {
			start++;
		}
		while (end > start && Character.isWhitespace(transcript.charAt(end - 1))) {
			end--;
		}
		if (start == end) {
			return null;
		}
		Quote quote = CjmFactory.eINSTANCE.createQuote();
		quote.setText(transcript.substring(start, end));
		quote.setTranscriptOffset(start);
		quote.setTranscriptLength(end - start);
		return quote;
	}

	/** Adds {@code quote} (made by {@link #quoteOf}) to its interview as one step, "Make Quote". */
	public static Command makeQuote(EditingDomain domain, Interview interview, Quote quote) {
		CompoundCommand command = new CompoundCommand("Make Quote");
		command.append(AddCommand.create(domain, interview, CjmPackage.Literals.INTERVIEW__QUOTES, quote));
		return command;
	}

	/** The new transcript and the quotes' new places, as one step "Edit Transcript". */
	static Command edit(EditingDomain domain, Interview interview, String transcript, QuotePlaces places) {
		CompoundCommand command = new CompoundCommand("Edit Transcript");
		command.append(SetCommand.create(domain, interview, CjmPackage.Literals.INTERVIEW__TRANSCRIPT, transcript));
		for (Map.Entry<Quote, QuotePlaces.Place> entry : places.places().entrySet()) {
			Quote quote = entry.getKey();
			QuotePlaces.Place place = entry.getValue();
			if (!Objects.equals(quote.getTranscriptOffset(), place.offset())) {
				command.append(SetCommand.create(domain, quote, CjmPackage.Literals.QUOTE__TRANSCRIPT_OFFSET,
						place.offset()));
			}
			if (!Objects.equals(quote.getTranscriptLength(), place.length())) {
				command.append(SetCommand.create(domain, quote, CjmPackage.Literals.QUOTE__TRANSCRIPT_LENGTH,
						place.length()));
			}
		}
		for (Quote quote : places.lost()) {
			command.append(SetCommand.create(domain, quote, CjmPackage.Literals.QUOTE__TRANSCRIPT_OFFSET, null));
			command.append(SetCommand.create(domain, quote, CjmPackage.Literals.QUOTE__TRANSCRIPT_LENGTH, null));
		}
		return command;
	}
}
