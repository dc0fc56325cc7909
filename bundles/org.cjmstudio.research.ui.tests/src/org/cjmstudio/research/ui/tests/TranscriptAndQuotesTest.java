package org.cjmstudio.research.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cjmstudio.model.CjmFactory;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.Interview;
import org.cjmstudio.model.Quote;
import org.cjmstudio.model.ResearchStudy;
import org.cjmstudio.model.edit.domain.CommandLabels;
import org.cjmstudio.testing.Screenshots;
import org.cjmstudio.testing.Widgets;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The analyst reads an interview's transcript in the Research view, marks what the respondent said and makes it a
 * quote that keeps its place; edits of the transcript are one step each and the quotes keep pointing at their words.
 */
class TranscriptAndQuotesTest {

	private static final String TRANSCRIPT = "Q: What happened at checkout?\n"
			+ "A: I had the jacket in M and L in the cart because I honestly had no idea. "
			+ "Then I thought: a return, no thanks, and closed the tab.\n";

	private final ResearchDriver driver = new ResearchDriver();
	private Interview interview;

	@BeforeEach
	void anInterviewWithATranscript() throws Exception {
		driver.open(ResearchDriver.newMap("research-transcripts", "Jackets"));
		ResearchStudy study = CjmFactory.eINSTANCE.createResearchStudy();
		study.setTitle("Jacket buyers");
		interview = CjmFactory.eINSTANCE.createInterview();
		interview.setTitle("Interview 01: Hiker, Munich");
		interview.setTranscript(TRANSCRIPT);
		study.getInterviews().add(interview);
		driver.execute(AddCommand.create(driver.editor.getEditingDomain(), driver.map(),
				CjmPackage.Literals.JOURNEY_MAP__STUDIES, study));
		driver.view.tree().setSelection(new StructuredSelection(interview), true);
		driver.drain();
	}

	@AfterEach
	void closeTheMap() {
		driver.close();
	}

	@Test
	void selectedTranscriptTextBecomesAQuoteThatKeepsItsPlace() throws Exception {
		StyledText text = driver.view.transcript().text();
		assertEquals(TRANSCRIPT, text.getText(), "selecting the interview shows its transcript");
		Button makeQuote = Widgets.button(driver.view.transcript().control().getParent(), "Make Quote");
		assertTrue(!makeQuote.isEnabled(), "nothing selected, nothing to quote");

		String words = "and closed the";
		int start = TRANSCRIPT.indexOf(words);
		// The analyst's selection takes a blank on each side along; the quote is the words alone.
		text.setFocus();
		text.setSelection(start - 1, start + words.length() + 1);
		text.notifyListeners(SWT.MouseUp, new org.eclipse.swt.widgets.Event());
		assertTrue(makeQuote.isEnabled(), "Make Quote is offered for the selection");
		Widgets.click(makeQuote);
		driver.drain();

		assertEquals(1, interview.getQuotes().size());
		Quote quote = interview.getQuotes().get(0);
		assertEquals(words, quote.getText());
		assertEquals(start, quote.getTranscriptOffset());
		assertEquals(words.length(), quote.getTranscriptLength());
		assertEquals("Make Quote", CommandLabels.of(driver.stack().getUndoCommand()));
		assertSame(quote, driver.selected(), "the new quote is selected in the tree");
		assertEquals("“and closed the”", driver.rowOf(quote));
		StyleRange mark = markAt(text, start);
		assertNotNull(mark, "the selected quote is marked in its transcript");
		assertEquals(SWT.BOLD, mark.fontStyle & SWT.BOLD);
		Screenshots.capture(driver.page.getWorkbenchWindow().getShell(), "research-view-quote.png");

		driver.focusTree();
		driver.press(SWT.CTRL, 'z');
		assertTrue(interview.getQuotes().isEmpty(), "one undo takes the quote back");
		assertNull(markAt(text, start), "and its mark");
	}

	@Test
	void aTranscriptEditIsOneStepAndQuotesAfterItMoveAlong() throws Exception {
		String words = "I honestly had no idea";
		int start = TRANSCRIPT.indexOf(words);
		StyledText text = driver.view.transcript().text();
		text.setFocus();
		text.setSelection(start, start + words.length());
		driver.view.transcript().makeQuoteAction().run();
		Quote quote = interview.getQuotes().get(0);
		driver.view.tree().setSelection(new StructuredSelection(interview), true);
		driver.drain();

		// A burst of typing at the start of the transcript: one step when the pause is over.
		text.setFocus();
		text.replaceTextRange(0, 0, "Interviewer: Anna. ");
		text.replaceTextRange(0, 0, "[12 March] ");
		String prefix = "[12 March] Interviewer: Anna. ";
		Widgets.waitUntil(driver.display, () -> (prefix + TRANSCRIPT).equals(interview.getTranscript()), 5,
				"the edit burst to be committed");
		assertEquals("Edit Transcript", CommandLabels.of(driver.stack().getUndoCommand()));
		assertEquals(start + prefix.length(), quote.getTranscriptOffset(), "the quote moved with its words");
		assertEquals(words, interview.getTranscript().substring(quote.getTranscriptOffset(),
				quote.getTranscriptOffset() + quote.getTranscriptLength()));

		driver.focusTree();
		driver.press(SWT.CTRL, 'z');
		assertEquals(TRANSCRIPT, interview.getTranscript(), "one undo takes the whole burst back");
		assertEquals(start, quote.getTranscriptOffset());
		assertEquals(TRANSCRIPT, text.getText(), "the pane shows the transcript as it is again");
	}

	@Test
	void selectingAQuoteShowsItInItsContext() throws Exception {
		String words = "closed the tab";
		Quote quote = CjmFactory.eINSTANCE.createQuote();
		quote.setText(words);
		quote.setTranscriptOffset(TRANSCRIPT.indexOf(words));
		quote.setTranscriptLength(words.length());
		driver.execute(AddCommand.create(driver.editor.getEditingDomain(), interview,
				CjmPackage.Literals.INTERVIEW__QUOTES, quote));
		driver.view.tree().setSelection(new StructuredSelection(quote), true);
		driver.drain();
		StyledText text = driver.view.transcript().text();
		assertSame(interview, driver.view.transcript().interview(), "a quote shows its interview's transcript");
		StyleRange mark = markAt(text, TRANSCRIPT.indexOf(words));
		assertNotNull(mark);
		assertEquals(words.length(), mark.length);
		assertEquals(SWT.BOLD, mark.fontStyle & SWT.BOLD, "the selected quote stands out from the others");
	}

	/** The mark that starts at {@code offset}, or {@code null}. */
	private static StyleRange markAt(StyledText text, int offset) {
		for (StyleRange range : text.getStyleRanges()) {
			if (range.start == offset) {
				return range;
			}
		}
		return null;
	}
}
