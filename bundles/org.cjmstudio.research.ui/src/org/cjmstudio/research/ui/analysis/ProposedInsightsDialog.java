package org.cjmstudio.research.ui.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.cjmstudio.model.Insight;
import org.cjmstudio.model.ResearchStudy;
import org.cjmstudio.research.patterns.ProposedInsight;
import org.cjmstudio.research.patterns.ProposedInsightCommands;
import org.cjmstudio.research.ui.view.OpenMap;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Proposed insights of a study's interview analysis, one row each (kind, phrase, count, respondents, quotes), with the
 * sentences behind the selected one below; Accept makes it an insight of the map, Reject dismisses the pattern —
 * each one undoable step on the map's command stack — and the row goes.
 */
public final class ProposedInsightsDialog extends Dialog {

	public static final String TITLE = "Proposed Insights";
	public static final int ACCEPT_ID = IDialogConstants.CLIENT_ID + 1;
	public static final int REJECT_ID = IDialogConstants.CLIENT_ID + 2;

	private final OpenMap map;
	private final ResearchStudy study;
	private final List<ProposedInsight> proposals;
	private final List<Insight> accepted = new ArrayList<>();
	private TableViewer table;
	private Text quotes;

	public ProposedInsightsDialog(Shell shell, OpenMap map, ResearchStudy study, List<ProposedInsight> proposals) {
		super(shell);
		this.map = map;
		this.study = study;
		this.proposals = new ArrayList<>(proposals);
		setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(TITLE);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Label intro = new Label(area, SWT.WRAP);
		intro.setText(proposals.isEmpty()
				? "The analysis of " + study.getInterviews().size() + " interviews of '" + study.getTitle()
						+ "' found nothing said by two or more respondents that is not accepted or dismissed yet."
				: proposals.size() + " patterns in " + study.getInterviews().size() + " interviews of '"
						+ study.getTitle() + "', each said by two or more respondents. Accept makes one an insight "
						+ "backed by its interviews and quotes; Reject dismisses it for this study.");
		GridData introLayout = new GridData(SWT.FILL, SWT.TOP, true, false);
		introLayout.widthHint = 760;
		intro.setLayoutData(introLayout);

		SashForm sash = new SashForm(area, SWT.VERTICAL);
		GridData sashLayout = new GridData(SWT.FILL, SWT.FILL, true, true);
		sashLayout.heightHint = 420;
		sash.setLayoutData(sashLayout);
		table = new TableViewer(sash, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		column("Kind", 130, ProposalTexts::kind);
		column("Phrase", 190, proposal -> "“" + proposal.phrase() + "”");
		column("Count", 55, proposal -> Integer.toString(proposal.count()));
		column("Respondents", 250, ProposalTexts::respondents);
		column("Quotes", 60, proposal -> Integer.toString(proposal.quotes().size()));
		table.setContentProvider(ArrayContentProvider.getInstance());
		table.setInput(proposals);
		quotes = new Text(sash, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL | SWT.BORDER);
		sash.setWeights(55, 45);
		table.addSelectionChangedListener(event -> selectionChanged());
		if (!proposals.isEmpty()) {
			table.setSelection(new StructuredSelection(proposals.get(0)));
		}
		return area;
	}

	private void column(String title, int width, Function<ProposedInsight, String> text) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((ProposedInsight) element);
			}
		});
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, ACCEPT_ID, "&Accept", false);
		createButton(parent, REJECT_ID, "&Reject", false);
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
		selectionChanged();
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == ACCEPT_ID || buttonId == REJECT_ID) {
			answer(buttonId == ACCEPT_ID);
		} else if (buttonId == IDialogConstants.CLOSE_ID) {
			close();
		} else {
			super.buttonPressed(buttonId);
		}
	}

	/** Accepts or rejects the selected proposal as one command; the next row is selected. */
	private void answer(boolean accept) {
		ProposedInsight proposal = selected();
		if (proposal == null) {
			return;
		}
		Command command = accept ? ProposedInsightCommands.accept(map.domain(), study, proposal)
				: ProposedInsightCommands.reject(map.domain(), study, proposal);
		if (!command.canExecute()) {
			return;
		}
		map.domain().getCommandStack().execute(command);
		if (accept) {
			command.getResult().stream().filter(Insight.class::isInstance).map(Insight.class::cast)
					.forEach(accepted::add);
		}
		int index = proposals.indexOf(proposal);
		proposals.remove(proposal);
		table.refresh();
		if (!proposals.isEmpty()) {
			table.setSelection(new StructuredSelection(proposals.get(Math.min(index, proposals.size() - 1))));
		}
		selectionChanged();
	}

	private ProposedInsight selected() {
		return table == null ? null : (ProposedInsight) table.getStructuredSelection().getFirstElement();
	}

	private void selectionChanged() {
		ProposedInsight proposal = selected();
		if (quotes != null && !quotes.isDisposed()) {
			quotes.setText(proposal == null ? "" : ProposalTexts.quotes(proposal));
		}
		for (int id : new int[] { ACCEPT_ID, REJECT_ID }) {
			Button button = getButton(id);
			if (button != null) {
				button.setEnabled(proposal != null);
			}
		}
	}

	/** The proposals not answered yet. */
	public List<ProposedInsight> proposals() {
		return List.copyOf(proposals);
	}

	/** The insights accepted while the dialog was open. */
	public List<Insight> accepted() {
		return List.copyOf(accepted);
	}

	public TableViewer table() {
		return table;
	}
}
