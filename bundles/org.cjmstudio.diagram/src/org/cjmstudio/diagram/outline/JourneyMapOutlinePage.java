package org.cjmstudio.diagram.outline;

import org.cjmstudio.edit.ui.viewers.ItemProviderContentProvider;
import org.cjmstudio.edit.ui.viewers.ItemProviderLabelProvider;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Persona;
import org.cjmstudio.persona.PersonaEditor;
import org.eclipse.draw2d.LightweightSystem;
import org.eclipse.draw2d.Viewport;
import org.eclipse.draw2d.parts.ScrollableThumbnail;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.LayerConstants;
import org.eclipse.gef.editparts.ScalableFreeformRootEditPart;
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
 * it an overview of the whole diagram with the visible part framed. Selecting an element in the tree selects its card;
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
	private ScrollableThumbnail thumbnail;
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

		Canvas canvas = new Canvas(sash, SWT.BORDER);
		overview = new LightweightSystem(canvas);
		ScalableFreeformRootEditPart root = (ScalableFreeformRootEditPart) diagram.getRootEditPart();
		thumbnail = new ScrollableThumbnail((Viewport) root.getFigure());
		thumbnail.setSource(root.getLayer(LayerConstants.PRINTABLE_LAYERS));
		overview.setContents(thumbnail);
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
		if (thumbnail != null) {
			thumbnail.deactivate();
		}
		super.dispose();
	}
}
