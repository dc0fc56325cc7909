package org.cjmstudio.diagram.outline;

import java.beans.PropertyChangeListener;
import java.util.Map;

import org.cjmstudio.diagram.figures.JourneyGridFigure;
import org.cjmstudio.edit.ui.viewers.ItemProviderContentProvider;
import org.cjmstudio.edit.ui.viewers.ItemProviderLabelProvider;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Persona;
import org.cjmstudio.persona.PersonaEditor;
import org.eclipse.draw2d.LightweightSystem;
import org.eclipse.draw2d.UpdateListener;
import org.eclipse.draw2d.Viewport;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.editparts.ScalableFreeformRootEditPart;
import org.eclipse.gef.editparts.ZoomListener;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.DoubleClickEvent;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.Page;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

/**
 * The Outline of a journey map: the model tree (stages, cards, personas, evidence) from the item providers, and below
 * it a plan of the whole map with the visible part framed ({@link MapOverviewFigure}; click or drag it to scroll). Selecting an element in the tree selects its card;
 * double-clicking a persona opens the persona editor.
 */
public final class JourneyMapOutlinePage extends Page implements IContentOutlinePage {

	private final JourneyMap map;
	private final AdapterFactory adapterFactory;
	private final GraphicalViewer diagram;
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

	public JourneyMapOutlinePage(JourneyMap map, AdapterFactory adapterFactory, GraphicalViewer diagram) {
		this.map = map;
		this.adapterFactory = adapterFactory;
		this.diagram = diagram;
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
			try {
				PersonaEditor.open(getSite().getPage(), persona, AdapterFactoryEditingDomain.getEditingDomainFor(
						persona));
			} catch (PartInitException e) {
				MessageDialog.openError(tree.getControl().getShell(), "Could not open the persona", e.getMessage());
			}
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
