package org.cjmstudio.diagram.outline;

import java.beans.PropertyChangeListener;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.cjmstudio.diagram.figures.JourneyGridFigure;
import org.cjmstudio.diagram.personas.AddPersonaAction;
import org.cjmstudio.diagram.personas.MapEditorContext;
import org.cjmstudio.diagram.personas.PersonaActions;
import org.cjmstudio.diagram.personas.PersonaEditors;
import org.cjmstudio.edit.ui.viewers.ItemProviderContentProvider;
import org.cjmstudio.edit.ui.viewers.ItemProviderLabelProvider;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Persona;
import org.eclipse.draw2d.LightweightSystem;
import org.eclipse.draw2d.UpdateListener;
import org.eclipse.draw2d.Viewport;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.editparts.ScalableFreeformRootEditPart;
import org.eclipse.gef.editparts.ZoomListener;
import org.eclipse.gef.ui.actions.ActionRegistry;
import org.eclipse.gef.ui.actions.SelectionAction;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.DoubleClickEvent;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.Page;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

/**
 * The Outline of a journey map: the model tree (stages, cards, personas, evidence) from the item providers, and below
 * it a plan of the whole map with the visible part framed ({@link MapOverviewFigure}; click or drag it to scroll).
 * Selecting an element in the tree selects its card; double-clicking a persona opens the persona editor. The tree's
 * context menu adds, opens, duplicates, reorders and deletes personas (Delete also deletes anything else); undo and
 * redo work while the tree has the focus.
 */
public final class JourneyMapOutlinePage extends Page implements IContentOutlinePage {

	private final MapEditorContext context;
	private final JourneyMap map;
	private final AdapterFactory adapterFactory;
	private final GraphicalViewer diagram;
	private final Function<ISelectionProvider, IAction> deleteAction;
	private final ISelectionChangedListener diagramSelection = this::diagramSelectionChanged;
	private SashForm sash;
	private TreeViewer tree;
	private LightweightSystem overview;
	private MapOverviewFigure plan;
	private Viewport viewport;
	private final PropertyChangeListener scrolled = event -> repaintPlan();
	private final ZoomListener zoomed = zoom -> repaintPlan();
	private final UpdateListener diagramPainted = new UpdateListener() {
		@Override
		public void notifyPainting(Rectangle damage, @SuppressWarnings("rawtypes") Map dirtyRegions) {
			repaintPlan();
		}

		@Override
		public void notifyValidating() {
			// a layout is followed by a paint
		}
	};
	private boolean synchronizing;

	/** @param deleteAction the editor's Delete, made to follow a selection provider (the tree) */
	public JourneyMapOutlinePage(MapEditorContext context, AdapterFactory adapterFactory,
			Function<ISelectionProvider, IAction> deleteAction) {
		this.context = context;
		this.map = context.map().get();
		this.adapterFactory = adapterFactory;
		this.diagram = (GraphicalViewer) context.diagram().get();
		this.deleteAction = deleteAction;
	}

	@Override
	public void createControl(Composite parent) {
		sash = new SashForm(parent, SWT.VERTICAL);
		tree = new TreeViewer(sash, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		tree.setContentProvider(new ItemProviderContentProvider(adapterFactory));
		tree.setLabelProvider(new ItemProviderLabelProvider(adapterFactory));
		tree.setInput(map.eResource());
		tree.expandToLevel(2);
		tree.addSelectionChangedListener(this::treeSelectionChanged);
		tree.addDoubleClickListener(this::openPersona);
		createContextMenu();

		Canvas canvas = new Canvas(sash, SWT.BORDER | SWT.DOUBLE_BUFFERED);
		overview = new LightweightSystem(canvas);
		ScalableFreeformRootEditPart root = (ScalableFreeformRootEditPart) diagram.getRootEditPart();
		viewport = (Viewport) root.getFigure();
		plan = new MapOverviewFigure(this::grid, viewport, () -> root.getZoomManager().getZoom());
		overview.setContents(plan);
		// The plan is cheap: redraw it whenever the diagram paints, scrolls or zooms.
		viewport.getUpdateManager().addUpdateListener(diagramPainted);
		viewport.getHorizontalRangeModel().addPropertyChangeListener(scrolled);
		viewport.getVerticalRangeModel().addPropertyChangeListener(scrolled);
		root.getZoomManager().addZoomListener(zoomed);
		sash.setWeights(65, 35);
		diagram.addSelectionChangedListener(diagramSelection);
	}

	/** Persona actions and Delete, on the tree's selection; the editor's Undo and Redo while the tree has focus. */
	private void createContextMenu() {
		List<SelectionAction> personaActions = PersonaActions.forTree(context, tree);
		IAction delete = deleteAction.apply(tree);
		tree.addSelectionChangedListener(event -> {
			personaActions.forEach(SelectionAction::update);
			if (delete instanceof SelectionAction selectionAction) {
				selectionAction.update();
			}
		});
		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(manager -> {
			boolean onPersonasOrMap = tree.getStructuredSelection().toList().stream()
					.allMatch(selected -> selected instanceof Persona || selected instanceof JourneyMap);
			for (SelectionAction action : personaActions) {
				action.update();
				if (action.isEnabled() && (onPersonasOrMap || !AddPersonaAction.ID.equals(action.getId()))) {
					manager.add(action);
				}
			}
			manager.add(new Separator());
			if (delete.isEnabled()) {
				manager.add(delete);
			}
		});
		tree.getControl().setMenu(menu.createContextMenu(tree.getControl()));
		IActionBars bars = getSite().getActionBars();
		bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
		if (context.editor().getAdapter(ActionRegistry.class) instanceof ActionRegistry editorActions) {
			bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), editorActions.getAction(ActionFactory.UNDO.getId()));
			bars.setGlobalActionHandler(ActionFactory.REDO.getId(), editorActions.getAction(ActionFactory.REDO.getId()));
		}
		bars.updateActionBars();
	}

	private void treeSelectionChanged(SelectionChangedEvent event) {
		if (synchronizing) {
			return;
		}
		Object first = ((IStructuredSelection) event.getSelection()).getFirstElement();
		Object part = first == null ? null : diagram.getEditPartRegistry().get(first);
		if (part instanceof EditPart editPart) {
			synchronizing = true;
			try {
				diagram.reveal(editPart);
				diagram.setSelection(new StructuredSelection(editPart));
			} finally {
				synchronizing = false;
			}
		}
	}

	/** A double click on a persona opens the persona editor, on the map's editing domain. */
	private void openPersona(DoubleClickEvent event) {
		if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof Persona persona) {
			PersonaEditors.open(context.editor(), persona);
		}
	}

	private void diagramSelectionChanged(SelectionChangedEvent event) {
		if (synchronizing || tree == null || tree.getControl().isDisposed()) {
			return;
		}
		Object first = ((IStructuredSelection) event.getSelection()).getFirstElement();
		if (first instanceof EditPart part && part.getModel() != map) {
			synchronizing = true;
			try {
				tree.setSelection(new StructuredSelection(part.getModel()), true);
			} finally {
				synchronizing = false;
			}
		}
	}

	private void repaintPlan() {
		if (plan != null) {
			plan.repaint();
		}
	}

	/** The map's grid as the editor lays it out, or null before it has contents. */
	private JourneyGridFigure grid() {
		return diagram.getContents() instanceof GraphicalEditPart contents
				&& contents.getFigure() instanceof JourneyGridFigure grid ? grid : null;
	}

	/** The overview's plan of the map. */
	MapOverviewFigure plan() {
		return plan;
	}

	TreeViewer tree() {
		return tree;
	}

	@Override
	public Control getControl() {
		return sash;
	}

	@Override
	public void setFocus() {
		tree.getControl().setFocus();
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		tree.addSelectionChangedListener(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		tree.removeSelectionChangedListener(listener);
	}

	@Override
	public ISelection getSelection() {
		return tree.getSelection();
	}

	@Override
	public void setSelection(ISelection selection) {
		tree.setSelection(selection);
	}

	@Override
	public void dispose() {
		diagram.removeSelectionChangedListener(diagramSelection);
		if (viewport != null) {
			viewport.getUpdateManager().removeUpdateListener(diagramPainted);
			viewport.getHorizontalRangeModel().removePropertyChangeListener(scrolled);
			viewport.getVerticalRangeModel().removePropertyChangeListener(scrolled);
			((ScalableFreeformRootEditPart) diagram.getRootEditPart()).getZoomManager().removeZoomListener(zoomed);
		}
		super.dispose();
	}
}
