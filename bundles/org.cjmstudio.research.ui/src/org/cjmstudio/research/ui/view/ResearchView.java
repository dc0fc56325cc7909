package org.cjmstudio.research.ui.view;

import java.util.ArrayList;
import java.util.List;

import org.cjmstudio.model.Evidence;
import org.cjmstudio.model.Interview;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Quote;
import org.cjmstudio.research.ui.actions.CommandStackAction;
import org.cjmstudio.research.ui.analysis.AnalyseInterviewsAction;
import org.cjmstudio.research.ui.importing.ImportTranscriptsWizard;
import org.cjmstudio.research.ui.actions.DeleteEvidenceAction;
import org.cjmstudio.research.ui.actions.NewEvidence;
import org.cjmstudio.research.ui.actions.NewEvidenceAction;
import org.cjmstudio.research.ui.actions.RenameEvidenceAction;
import org.cjmstudio.research.ui.actions.ResearchContext;
import org.cjmstudio.research.ui.dnd.EvidenceDragSource;
import org.cjmstudio.research.ui.transcript.TranscriptPane;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;

/**
 * The Research view: the evidence of the journey map in the active editor — studies with their interviews and
 * quotes, the insights and the data sources — with New..., Rename, Delete, Undo and Redo, and below the tree the
 * transcript of the selected interview, where selected text becomes a quote. Every change is one command on the map
 * editor's command stack; the Properties view edits the selected element.
 */
public final class ResearchView extends ViewPart implements ResearchContext {

	public static final String ID = "org.cjmstudio.research.ui.researchView";

	static final String NO_MAP = "Open a journey map to see its research: studies, interviews, quotes, insights and "
			+ "data sources.";
	static final String NO_RESEARCH = "No research yet: New Study... (toolbar or right-click) starts one. Then add its "
			+ "interviews, paste or import their transcripts, and make quotes from what respondents said.";

	private Composite body;
	private Label emptyState;
	private SashForm sash;
	private TreeViewer tree;
	private final ResearchLabelProvider labels = new ResearchLabelProvider();
	private TranscriptPane transcript;
	private InPlaceRename rename;
	private EditorFollower follower;
	private ResearchChanges changes;
	private final List<NewEvidenceAction> newActions = new ArrayList<>();
	private DeleteEvidenceAction delete;
	private RenameEvidenceAction renameAction;
	private AnalyseInterviewsAction analyse;
	private final Action importTranscripts = new Action("Import Transcripts...") {
		@Override
		public void run() {
			ImportTranscriptsWizard wizard = new ImportTranscriptsWizard();
			wizard.init(getSite().getWorkbenchWindow().getWorkbench(), tree.getStructuredSelection());
			new WizardDialog(getSite().getShell(), wizard).open();
		}
	};
	private final CommandStackAction undo = CommandStackAction.undo();
	private final CommandStackAction redo = CommandStackAction.redo();
	private final FocusedDelete deleteKey = new FocusedDelete();
	private final List<ResearchPropertySheetPage> propertyPages = new ArrayList<>();
	private OpenMap shown;
	private boolean refreshAfterRename;

	@Override
	public void createPartControl(Composite parent) {
		body = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		body.setLayout(layout);
		emptyState = new Label(body, SWT.WRAP);
		emptyState.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

		sash = new SashForm(body, SWT.VERTICAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		tree = new TreeViewer(sash, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		tree.setContentProvider(new ResearchTreeContent());
		tree.setLabelProvider(labels);
		tree.setUseHashlookup(true);
		rename = new InPlaceRename(tree, this::openMap, this::renameOpenedOrClosed);
		transcript = new TranscriptPane(sash, this::openMap, quote -> show(quote, false));
		transcript.addFocusListener(this::updateActions);
		sash.setWeights(55, 45);
		// Side by side when the view is wide (the bottom of the window), one above the other when it is tall.
		sash.addListener(SWT.Resize, event -> {
			int orientation = sash.getSize().x > sash.getSize().y * 3 / 2 ? SWT.HORIZONTAL : SWT.VERTICAL;
			if (sash.getOrientation() != orientation) {
				sash.setOrientation(orientation);
			}
		});
		new EvidenceDragSource(tree).attach();

		createActions();
		tree.addSelectionChangedListener(event -> selectionChanged());
		getSite().setSelectionProvider(tree);

		changes = new ResearchChanges(parent.getDisplay(), this::modelChanged);
		follower = new EditorFollower(getSite().getPage(), this::showMap);
		follower.start();
		if (shown == null) {
			showMap(null);
		}
	}

	private void createActions() {
		for (NewEvidence kind : NewEvidence.values()) {
			newActions.add(new NewEvidenceAction(this, kind));
		}
		delete = new DeleteEvidenceAction(this);
		renameAction = new RenameEvidenceAction(this);
		analyse = new AnalyseInterviewsAction(this);

		IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
		newActions.forEach(toolBar::add);

		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(this::fillContextMenu);
		tree.getControl().setMenu(menu.createContextMenu(tree.getControl()));
		getSite().registerContextMenu(menu, tree);

		IActionBars bars = getViewSite().getActionBars();
		bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), deleteKey);
		bars.setGlobalActionHandler(ActionFactory.RENAME.getId(), renameAction);
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		// A half-typed transcript edit becomes its own step before undo or redo runs.
		undo.setBeforeRun(transcript::commitPendingEdit);
		redo.setBeforeRun(transcript::commitPendingEdit);
		bars.updateActionBars();
	}

	private void fillContextMenu(IMenuManager menu) {
		updateActions();
		for (NewEvidenceAction action : newActions) {
			if (action.isEnabled()) {
				menu.add(action);
			}
		}
		menu.add(new Separator());
		menu.add(importTranscripts);
		if (analyse.isEnabled()) {
			menu.add(analyse);
		}
		menu.add(new Separator());
		menu.add(renameAction);
		menu.add(delete);
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
	}

	/** Shows {@code map} (or the empty state when {@code null}); called when another map editor becomes active. */
	private void showMap(OpenMap map) {
		if (tree == null || tree.getControl().isDisposed()) {
			return;
		}
		transcript.commitPendingEdit();
		shown = map;
		changes.follow(map == null ? null : map.map());
		labels.useIconsOf(map == null ? null : map.domain().getAdapterFactory());
		undo.follow(map == null ? null : map.domain().getCommandStack());
		redo.follow(map == null ? null : map.domain().getCommandStack());
		propertyPages.forEach(page -> page.follow(map));
		tree.setInput(map == null ? null : map.map());
		if (map != null) {
			tree.expandToLevel(2);
		}
		selectionChanged();
		updateEmptyState();
	}

	private void modelChanged() {
		if (tree.getControl().isDisposed()) {
			return;
		}
		if (rename.isOpen()) {
			// A refresh would close the name being typed (right after New..., the new element's own change).
			refreshAfterRename = true;
			return;
		}
		// The viewer keeps the selection of elements that are still there.
		tree.refresh();
		transcript.modelChanged();
		updateEmptyState();
		updateActions();
	}

	private void renameOpenedOrClosed() {
		updateActions();
		if (!rename.isOpen() && refreshAfterRename) {
			refreshAfterRename = false;
			// After the viewer has finished closing the text box.
			tree.getControl().getDisplay().asyncExec(this::modelChanged);
		}
	}

	private void updateEmptyState() {
		JourneyMap map = shown == null ? null : shown.map();
		boolean empty = map == null || (map.getStudies().isEmpty() && map.getInsights().isEmpty()
				&& map.getDataSources().isEmpty());
		emptyState.setText(map == null ? NO_MAP : NO_RESEARCH);
		((GridData) emptyState.getLayoutData()).exclude = !empty;
		emptyState.setVisible(empty);
		body.layout(true);
	}

	private void selectionChanged() {
		updateActions();
		Object first = tree.getStructuredSelection().getFirstElement();
		if (first instanceof Quote quote && quote.eContainer() instanceof Interview interview) {
			transcript.show(interview, quote);
		} else if (first instanceof Interview interview) {
			transcript.show(interview, null);
		} else {
			transcript.show(null, null);
		}
	}

	private void updateActions() {
		newActions.forEach(NewEvidenceAction::update);
		delete.update();
		renameAction.update();
		analyse.update();
		importTranscripts.setEnabled(shown != null);
		deleteKey.update();
	}

	@Override
	public OpenMap openMap() {
		return shown;
	}

	@Override
	public IStructuredSelection selection() {
		return tree.getStructuredSelection();
	}

	@Override
	public void show(EObject element, boolean startRename) {
		tree.refresh();
		tree.setSelection(new StructuredSelection(element), true);
		if (startRename && element instanceof Evidence evidence) {
			rename.start(evidence);
		}
	}

	/** Selects and reveals {@code elements}, e.g. the interviews an import just added. */
	public void showAll(List<? extends EObject> elements) {
		tree.refresh();
		tree.setSelection(new StructuredSelection(elements), true);
	}

	@Override
	public Shell shell() {
		return getSite().getShell();
	}

	/** The tree, for tests and for the transcript import to select what it created. */
	public TreeViewer tree() {
		return tree;
	}

	public TranscriptPane transcript() {
		return transcript;
	}

	/** The text shown when there is nothing in the tree, or {@code null} when the tree has content. */
	public String emptyStateText() {
		return emptyState.getVisible() ? emptyState.getText() : null;
	}

	@Override
	public void setFocus() {
		tree.getControl().setFocus();
	}

	@SuppressWarnings("unchecked")
	@Override
	public <T> T getAdapter(Class<T> type) {
		if (type == IPropertySheetPage.class) {
			ResearchPropertySheetPage page = new ResearchPropertySheetPage(propertyPages::remove);
			page.follow(shown);
			propertyPages.add(page);
			return (T) page;
		}
		return super.getAdapter(type);
	}

	@Override
	public void dispose() {
		if (follower != null) {
			follower.stop();
		}
		if (changes != null) {
			changes.follow(null);
		}
		undo.dispose();
		redo.dispose();
		List.copyOf(propertyPages).forEach(page -> page.follow(null));
		super.dispose();
	}

	/**
	 * The Delete key acts where the keyboard is: on the text of a name being typed or of the transcript, otherwise
	 * on the selected evidence.
	 */
	private final class FocusedDelete extends Action {

		FocusedDelete() {
			super("Delete");
			setActionDefinitionId("org.eclipse.ui.edit.delete");
		}

		void update() {
			setEnabled(rename.isOpen() || transcript.hasFocus() || delete.isEnabled());
		}

		@Override
		public void run() {
			if (rename.isOpen()) {
				rename.textBox().performDelete();
			} else if (transcript.hasFocus()) {
				transcript.deleteNext();
			} else {
				delete.run();
			}
		}
	}
}
