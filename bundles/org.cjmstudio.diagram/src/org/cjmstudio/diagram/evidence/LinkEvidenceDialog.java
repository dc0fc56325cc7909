package org.cjmstudio.diagram.evidence;

import java.util.List;

import org.cjmstudio.model.DataSourceKind;
import org.cjmstudio.model.Evidence;
import org.cjmstudio.model.InsightKind;
import org.cjmstudio.model.Interview;
import org.cjmstudio.model.ResearchStudy;
import org.cjmstudio.model.validation.ElementLabels;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.viewers.CheckStateChangedEvent;
import org.eclipse.jface.viewers.CheckboxTreeViewer;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ICheckStateProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.window.ToolTip;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * "Link Evidence...": the map's research as a tree of ticks, grouped by kind, with a filter and buttons that create
 * an interview, insight or data source and tick it. Nothing reaches the map before OK; the caller then runs
 * {@link EvidenceDraft#command} as one undoable step.
 */
final class LinkEvidenceDialog extends Dialog {

	static final String TITLE = "Link Evidence";
	static final String NO_RESEARCH = "This map has no research yet. Create the interview, insight or data source "
			+ "this element rests on with the buttons below; it is ticked for you.";

	private final EvidenceDraft draft;
	private final AdapterFactory adapterFactory;
	private final EvidenceTreeContent content;
	private final EvidenceFilter filter;
	private CheckboxTreeViewer tree;
	private Text search;
	private Label hint;
	private Label ticks;

	LinkEvidenceDialog(Shell shell, EvidenceDraft draft, AdapterFactory adapterFactory) {
		super(shell);
		this.draft = draft;
		this.adapterFactory = adapterFactory;
		this.content = new EvidenceTreeContent(draft);
		this.filter = new EvidenceFilter(content);
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(TITLE);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Label question = new Label(area, SWT.WRAP);
		question.setText("What does " + ElementLabels.describe(draft.citing()) + " rest on? Tick the studies, "
				+ "interviews, quotes, insights and data sources it cites.");
		question.setLayoutData(wide(SWT.DEFAULT));
		search = new Text(area, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		search.setMessage("Filter by respondent, name or quote");
		search.setLayoutData(wide(SWT.DEFAULT));
		search.addModifyListener(event -> filter(search.getText()));
		hint = new Label(area, SWT.WRAP);
		hint.setText(NO_RESEARCH);
		hint.setLayoutData(wide(SWT.DEFAULT));
		createTree(area);
		createNewButtons(area);
		ticks = new Label(area, SWT.NONE);
		ticks.setLayoutData(wide(SWT.DEFAULT));
		update();
		return area;
	}

	private void createTree(Composite area) {
		tree = new CheckboxTreeViewer(area, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		GridData layout = wide(380);
		layout.widthHint = 620;
		tree.getControl().setLayoutData(layout);
		tree.setContentProvider(content);
		tree.setLabelProvider(new EvidenceTreeLabels(draft, adapterFactory));
		tree.setCheckStateProvider(new ICheckStateProvider() {
			@Override
			public boolean isChecked(Object element) {
				return element instanceof Evidence evidence ? draft.isTicked(evidence) : tickedBelow(element);
			}

			private boolean tickedBelow(Object element) {
				return content.children(element).stream().anyMatch(child -> child instanceof Evidence evidence
						&& draft.isTicked(evidence) || tickedBelow(child));
			}

			@Override
			public boolean isGrayed(Object element) {
				return element instanceof EvidenceGroup; // a group is not evidence: its tick only says "some inside"
			}
		});
		tree.addCheckStateListener(this::ticked);
		tree.setFilters(filter);
		ColumnViewerToolTipSupport.enableFor(tree, ToolTip.NO_RECREATE);
		tree.setInput(draft);
		tree.expandToLevel(2);
		draft.ticked().forEach(tree::reveal);
	}

	private void ticked(CheckStateChangedEvent event) {
		if (event.getElement() instanceof Evidence evidence) {
			draft.tick(evidence, event.getChecked());
		}
		tree.refresh(); // the groups' ticks follow, and a click on a group is undone
		update();
	}

	private void createNewButtons(Composite area) {
		Composite buttons = new Composite(area, SWT.NONE);
		buttons.setLayout(new RowLayout());
		button(buttons, "New &Interview...", this::newInterview);
		button(buttons, "New In&sight...", this::newInsight);
		button(buttons, "New &Data Source...", this::newDataSource);
	}

	private static void button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, event -> action.run());
	}

	private void newInterview() {
		List<ResearchStudy> studies = draft.studies();
		NewInterviewDialog dialog = new NewInterviewDialog(getShell(), studies, selectedStudy());
		if (dialog.open() == Window.OK) {
			ResearchStudy study = dialog.study() != null ? dialog.study() : draft.newStudy(dialog.newStudyName());
			created(draft.newInterview(study, dialog.name(), dialog.kind()));
		}
	}

	private void newInsight() {
		NewEvidenceDialog<InsightKind> dialog = new NewEvidenceDialog<>(getShell(), "New Insight...",
				"A pattern found across interviews and data.", "&Name:", "&Kind:", List.of(InsightKind.values()),
				EvidenceWords::kind, InsightKind.NEED);
		if (dialog.open() == Window.OK) {
			created(draft.newInsight(dialog.name(), dialog.kind()));
		}
	}

	private void newDataSource() {
		NewEvidenceDialog<DataSourceKind> dialog = new NewEvidenceDialog<>(getShell(), "New Data Source...",
				"Quantitative or operational data: analytics, CRM, surveys, support tickets.", "&Name:", "&Kind:",
				List.of(DataSourceKind.values()), EvidenceWords::kind, DataSourceKind.WEB_ANALYTICS);
		if (dialog.open() == Window.OK) {
			created(draft.newDataSource(dialog.name(), dialog.kind()));
		}
	}

	/** Shows what was just created, ticked and selected, even when the filter would hide it. */
	private void created(Evidence evidence) {
		tree.refresh();
		if (filter.isActive() && !filter.select(tree, null, evidence)) {
			search.setText(""); // a filter that hides what was just created would look as if nothing happened
		}
		tree.reveal(evidence);
		tree.setSelection(new StructuredSelection(evidence), true);
		update();
	}

	/** The study selected in the tree, or the study of the selected interview or quote. */
	private ResearchStudy selectedStudy() {
		Object selected = ((IStructuredSelection) tree.getSelection()).getFirstElement();
		for (Object element = selected; element != null; element = content.getParent(element)) {
			if (element instanceof ResearchStudy study) {
				return study;
			}
			if (element instanceof Interview interview) {
				return draft.studyOf(interview);
			}
		}
		return null;
	}

	private void filter(String text) {
		filter.setText(text);
		tree.getControl().setRedraw(false);
		try {
			tree.refresh();
			if (filter.isActive()) {
				tree.expandAll();
			}
		} finally {
			tree.getControl().setRedraw(true);
		}
	}

	private void update() {
		boolean empty = !draft.hasResearch();
		hint.setVisible(empty);
		((GridData) hint.getLayoutData()).exclude = !empty;
		int count = draft.ticked().size();
		ticks.setText(count == 0 ? "Nothing ticked: the element stays an assumption."
				: count == 1 ? "1 piece of evidence ticked." : count + " pieces of evidence ticked.");
		hint.getParent().layout(true, true);
	}

	private static GridData wide(int height) {
		GridData data = new GridData(SWT.FILL, height == SWT.DEFAULT ? SWT.CENTER : SWT.FILL, true,
				height != SWT.DEFAULT);
		data.widthHint = 620;
		if (height != SWT.DEFAULT) {
			data.heightHint = height;
		}
		return data;
	}
}
