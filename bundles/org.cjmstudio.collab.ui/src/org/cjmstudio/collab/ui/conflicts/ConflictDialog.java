package org.cjmstudio.collab.ui.conflicts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cjmstudio.collab.merge.Conflict;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * Someone changed what I changed, first: for each conflict the dialog shows what it was (base), what they made of
 * it (theirs) and what I made of it (mine), and the user chooses which stands. There is no Cancel: every conflict
 * must be answered, and closing the dialog keeps what is chosen (mine unless changed), so nothing is dropped
 * without the user seeing it.
 */
public final class ConflictDialog extends TitleAreaDialog {

	public static final String TITLE = "Conflicting Changes";

	private final List<Conflict> conflicts;
	private final ConflictTexts texts;
	private final Map<Conflict, Conflict.Choice> choices = new LinkedHashMap<>();
	private final Map<Conflict, Button[]> buttons = new LinkedHashMap<>();

	public ConflictDialog(Shell parent, List<Conflict> conflicts, ConflictTexts texts) {
		super(parent);
		this.conflicts = conflicts;
		this.texts = texts;
		conflicts.forEach(conflict -> choices.put(conflict, Conflict.Choice.MINE));
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(TITLE);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		String authors = String.join(", ", conflicts.stream().map(Conflict::theirAuthor).distinct().toList());
		setTitle(conflicts.size() == 1 ? "One of your changes conflicts with " + authors + "'s"
				: conflicts.size() + " of your changes conflict with " + authors + "'s");
		setMessage("Choose for each which change stands. The other one is dropped; the map's history keeps both.");
		Composite area = (Composite) super.createDialogArea(parent);
		ScrolledComposite scrolled = new ScrolledComposite(area, SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).hint(620, Math.min(120 + 150 * conflicts.size(), 480))
				.applyTo(scrolled);
		Composite list = new Composite(scrolled, SWT.NONE);
		GridLayoutFactory.swtDefaults().margins(10, 10).applyTo(list);
		for (Conflict conflict : conflicts) {
			addConflict(list, conflict);
		}
		scrolled.setContent(list);
		scrolled.setExpandHorizontal(true);
		scrolled.setExpandVertical(true);
		scrolled.setMinSize(list.computeSize(600, SWT.DEFAULT));
		return area;
	}

	private void addConflict(Composite parent, Conflict conflict) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(capitalized(texts.element(conflict)) + ": " + texts.what(conflict));
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		row(group, "Before:", texts.values(conflict.base()));
		row(group, conflict.theirAuthor() + "'s:", texts.values(conflict.theirs()));
		row(group, "Yours:", texts.values(conflict.mine()));
		Button mine = choice(group, texts.keepMine(conflict), conflict, Conflict.Choice.MINE);
		Button theirs = choice(group, texts.keepTheirs(conflict), conflict, Conflict.Choice.THEIRS);
		mine.setSelection(true);
		buttons.put(conflict, new Button[] { mine, theirs });
	}

	private static void row(Composite parent, String label, String value) {
		new Label(parent, SWT.NONE).setText(label);
		Label text = new Label(parent, SWT.WRAP);
		text.setText(value);
		GridDataFactory.fillDefaults().grab(true, false).hint(480, SWT.DEFAULT).applyTo(text);
	}

	private Button choice(Composite parent, String label, Conflict conflict, Conflict.Choice choice) {
		Button button = new Button(parent, SWT.RADIO);
		button.setText(label.replace("&", "&&"));
		GridDataFactory.fillDefaults().span(2, 1).applyTo(button);
		button.addListener(SWT.Selection, event -> {
			if (button.getSelection()) {
				choices.put(conflict, choice);
			}
		});
		return button;
	}

	/** Chooses as a user clicking the radio button would (tests). */
	public void choose(Conflict conflict, Conflict.Choice choice) {
		Button[] pair = buttons.get(conflict);
		pair[0].setSelection(choice == Conflict.Choice.MINE);
		pair[1].setSelection(choice == Conflict.Choice.THEIRS);
		choices.put(conflict, choice);
	}

	public List<Conflict> conflicts() {
		return conflicts;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "&Apply Choices", true);
	}

	/** What the user chose (also when the dialog was closed with Escape or the window's close button). */
	public Map<Conflict, Conflict.Choice> choices() {
		return Map.copyOf(choices);
	}

	private static String capitalized(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
