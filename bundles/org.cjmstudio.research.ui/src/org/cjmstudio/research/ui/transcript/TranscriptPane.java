package org.cjmstudio.research.ui.transcript;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.cjmstudio.model.Interview;
import org.cjmstudio.model.Quote;
import org.cjmstudio.research.ui.view.OpenMap;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ST;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * The transcript of the interview selected in the Research view, editable, with its quotes marked. Selected text
 * becomes a quote with Make Quote (button, context menu); a selected quote is shown marked in its context. Typing is
 * collected into one "Edit Transcript" step per burst (committed after a pause, when the pane loses the focus, or
 * before anything else happens to the map), and the quotes behind the edit keep pointing at their words.
 */
public final class TranscriptPane {

	/** A burst of typing ends after this long without a key. */
	static final int BURST_PAUSE_MS = 1_000;
	static final String NOTHING_SELECTED = "Select an interview to read its transcript and make quotes from it.";

	private final Supplier<OpenMap> openMap;
	private final Consumer<Quote> quoteMade;
	private final Composite pane;
	private final Label title;
	private final Button makeQuoteButton;
	private final StyledText text;
	private final Color quoteColor;
	private final Color shownQuoteColor;
	private final MakeQuoteAction makeQuote = new MakeQuoteAction();
	private final List<Runnable> focusListeners = new ArrayList<>();
	private Interview interview;
	private Quote shownQuote;
	private QuotePlaces places;
	private boolean pendingEdit;
	private boolean settingText;
	private int burst;

	public TranscriptPane(Composite parent, Supplier<OpenMap> openMap, Consumer<Quote> quoteMade) {
		this.openMap = openMap;
		this.quoteMade = quoteMade;
		pane = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 2;
		layout.marginHeight = 2;
		pane.setLayout(layout);
		title = new Label(pane, SWT.NONE);
		GridData titleLayout = new GridData(SWT.FILL, SWT.CENTER, true, false);
		titleLayout.widthHint = 60; // takes the room the button leaves, instead of asking for its whole text
		title.setLayoutData(titleLayout);
		makeQuoteButton = new Button(pane, SWT.PUSH);
		makeQuoteButton.setText(MakeQuoteAction.LABEL);
		makeQuoteButton.setToolTipText(MakeQuoteAction.TOOL_TIP);
		makeQuoteButton.addListener(SWT.Selection, event -> makeQuote.run());
		text = new StyledText(pane, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		text.setMargins(4, 4, 4, 4);
		quoteColor = new Color(255, 243, 176);
		shownQuoteColor = new Color(255, 196, 84);
		text.addExtendedModifyListener(event -> typed(event.start, event.replacedText.length(), event.length));
		text.addListener(SWT.Selection, event -> updateMakeQuote());
		text.addListener(SWT.KeyUp, event -> updateMakeQuote());
		text.addListener(SWT.MouseUp, event -> updateMakeQuote());
		text.addListener(SWT.FocusOut, event -> {
			commitPendingEdit();
			focusListeners.forEach(Runnable::run);
		});
		text.addListener(SWT.FocusIn, event -> focusListeners.forEach(Runnable::run));
		text.addListener(SWT.Dispose, event -> {
			quoteColor.dispose();
			shownQuoteColor.dispose();
		});
		createContextMenu();
		reload(); // the empty pane says what it is for
	}

	private void createContextMenu() {
		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(manager -> {
			updateMakeQuote();
			manager.add(makeQuote);
			manager.add(new Separator());
			manager.add(textAction("Cu&t", ST.CUT, text.getSelectionCount() > 0 && text.getEditable()));
			manager.add(textAction("&Copy", ST.COPY, text.getSelectionCount() > 0));
			manager.add(textAction("&Paste", ST.PASTE, text.getEditable()));
			manager.add(textAction("Select &All", ST.SELECT_ALL, text.getCharCount() > 0));
		});
		text.setMenu(menu.createContextMenu(text));
	}

	private Action textAction(String label, int styledTextAction, boolean enabled) {
		Action action = new Action(label) {
			@Override
			public void run() {
				text.invokeAction(styledTextAction);
			}
		};
		action.setEnabled(enabled);
		return action;
	}

	/** Shows {@code shownInterview}'s transcript, with {@code quote} marked and scrolled to, if given. */
	public void show(Interview shownInterview, Quote quote) {
		if (shownInterview != interview) {
			commitPendingEdit();
			interview = shownInterview;
			shownQuote = quote;
			reload();
		} else {
			shownQuote = quote;
			if (!pendingEdit && interview != null) {
				places = QuotePlaces.of(interview); // a quote made a moment ago is in the model already
			}
			paintQuotes();
		}
		revealShownQuote();
	}

	/** Called after any change to the map's research; rereads the transcript unless the analyst is typing in it. */
	public void modelChanged() {
		if (interview != null && interview.eContainer() == null) {
			interview = null; // deleted, or its creation undone
			reload();
			return;
		}
		if (!pendingEdit) {
			String shown = text.getText();
			String inModel = transcriptOf(interview);
			if (!shown.equals(inModel)) {
				reload();
			} else {
				places = interview == null ? null : QuotePlaces.of(interview);
				paintQuotes();
			}
		}
		updateTitle();
	}

	private void reload() {
		pendingEdit = false;
		settingText = true;
		try {
			text.setText(transcriptOf(interview));
		} finally {
			settingText = false;
		}
		boolean editable = interview != null;
		text.setEditable(editable);
		text.setEnabled(editable);
		places = interview == null ? null : QuotePlaces.of(interview);
		paintQuotes();
		updateTitle();
		updateMakeQuote();
	}

	private void updateTitle() {
		if (interview == null) {
			title.setText(NOTHING_SELECTED);
		} else {
			String name = interview.getTitle() == null || interview.getTitle().isBlank() ? "the interview"
					: interview.getTitle();
			title.setText(transcriptOf(interview).isEmpty() && !pendingEdit
					? "Transcript of " + name + ": empty — type or paste what was said"
					: "Transcript of " + name + " (" + interview.getQuotes().size()
							+ (interview.getQuotes().size() == 1 ? " quote)" : " quotes)"));
		}
		title.setToolTipText(title.getText());
		title.getParent().layout(true);
	}

	private void paintQuotes() {
		List<StyleRange> ranges = new ArrayList<>();
		if (places != null) {
			for (Map.Entry<Quote, QuotePlaces.Place> entry : places.places().entrySet()) {
				QuotePlaces.Place place = entry.getValue();
				if (place.end() <= text.getCharCount()) {
					StyleRange range = new StyleRange(place.offset(), place.length(), null,
							entry.getKey() == shownQuote ? shownQuoteColor : quoteColor);
					if (entry.getKey() == shownQuote) {
						range.fontStyle = SWT.BOLD;
					}
					ranges.add(range);
				}
			}
		}
		ranges.sort((a, b) -> Integer.compare(a.start, b.start));
		// StyledText wants ranges that do not overlap: a later quote inside an earlier one is shown by the earlier.
		List<StyleRange> disjoint = new ArrayList<>();
		int end = 0;
		for (StyleRange range : ranges) {
			if (range.start >= end) {
				disjoint.add(range);
				end = range.start + range.length;
			}
		}
		text.setStyleRanges(disjoint.toArray(StyleRange[]::new));
	}

	private void revealShownQuote() {
		QuotePlaces.Place place = shownQuote == null || places == null ? null : places.places().get(shownQuote);
		if (place != null && place.end() <= text.getCharCount()) {
			int line = text.getLineAtOffset(place.offset());
			text.setTopIndex(Math.max(0, line - 2));
			text.setCaretOffset(place.offset());
		}
	}

	private void typed(int start, int replaced, int inserted) {
		if (settingText || interview == null) {
			return;
		}
		pendingEdit = true;
		if (places != null) {
			places.edited(start, replaced, inserted);
			paintQuotes();
		}
		int thisBurst = ++burst;
		text.getDisplay().timerExec(BURST_PAUSE_MS, () -> {
			if (thisBurst == burst && !text.isDisposed()) {
				commitPendingEdit();
			}
		});
	}

	/** Makes what was typed since the last step one "Edit Transcript" command; nothing when nothing was typed. */
	public void commitPendingEdit() {
		OpenMap open = openMap.get();
		if (!pendingEdit || interview == null || open == null || text.isDisposed()) {
			pendingEdit = false;
			return;
		}
		pendingEdit = false;
		String edited = text.getText();
		if (Objects.equals(edited, transcriptOf(interview))) {
			return;
		}
		Command edit = TranscriptCommands.edit(open.domain(), interview, edited, places);
		if (edit.canExecute()) {
			open.domain().getCommandStack().execute(edit);
		}
	}

	private void updateMakeQuote() {
		boolean enabled = interview != null && openMap.get() != null && text.getSelectionCount() > 0
				&& !text.getSelectionText().isBlank();
		makeQuote.setEnabled(enabled);
		if (!makeQuoteButton.isDisposed()) {
			makeQuoteButton.setEnabled(enabled);
		}
	}

	private static String transcriptOf(Interview interview) {
		return interview == null || interview.getTranscript() == null ? "" : interview.getTranscript();
	}

	public Control control() {
		return pane;
	}

	/** The transcript's text widget (tests select text in it as a user would). */
	public StyledText text() {
		return text;
	}

	public Interview interview() {
		return interview;
	}

	public boolean hasFocus() {
		return !text.isDisposed() && text.isFocusControl();
	}

	/** The Delete key while the transcript has the focus. */
	public void deleteNext() {
		text.invokeAction(ST.DELETE_NEXT);
	}

	/** Told when the transcript gains or loses the keyboard focus. */
	public void addFocusListener(Runnable listener) {
		focusListeners.add(listener);
	}

	public Action makeQuoteAction() {
		return makeQuote;
	}

	/** Make Quote: the selected words of the transcript become a quote of the interview, keeping their place. */
	private final class MakeQuoteAction extends Action {

		static final String LABEL = "Make Quote";
		static final String TOOL_TIP = "Makes the selected words of the transcript a quote of this interview";

		MakeQuoteAction() {
			super(LABEL);
			setToolTipText(TOOL_TIP);
			setId("org.cjmstudio.research.ui.makeQuote");
		}

		@Override
		public void run() {
			OpenMap open = openMap.get();
			if (interview == null || open == null || text.getSelectionCount() == 0) {
				return;
			}
			org.eclipse.swt.graphics.Point selection = text.getSelection();
			commitPendingEdit(); // the quote's offsets are in the transcript as the model holds it
			Quote quote = TranscriptCommands.quoteOf(interview, selection.x, selection.y - selection.x);
			if (quote == null) {
				return;
			}
			Command command = TranscriptCommands.makeQuote(open.domain(), interview, quote);
			if (command.canExecute()) {
				open.domain().getCommandStack().execute(command);
				quoteMade.accept(quote);
			}
		}
	}
}
