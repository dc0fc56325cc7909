package org.cjmstudio.diagram.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.cjmstudio.diagram.commands.EmfCommandStackBridge;
import org.cjmstudio.diagram.palette.JourneyMapPaletteFactory;
import org.cjmstudio.diagram.parts.MapEditPartFactory;
import org.cjmstudio.diagram.presence.Colleague;
import org.cjmstudio.diagram.presence.Colleagues;
import org.cjmstudio.diagram.problems.ProblemIndex;
import org.cjmstudio.diagram.problems.ProblemMarkers;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.edit.domain.MapEditingDomains;
import org.cjmstudio.model.persistence.MapFiles;
import org.cjmstudio.model.validation.MapValidation;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.gef.DefaultEditDomain;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.palette.PaletteRoot;
import org.eclipse.gef.ui.palette.FlyoutPaletteComposite;
import org.eclipse.gef.ui.parts.GraphicalEditorWithFlyoutPalette;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IGotoMarker;

/**
 * The journey map editor: a GEF diagram over one {@code .cjm} file, or over a live map ({@link LiveMapInput}, a team
 * map) that its input keeps change by change, or over a map shown read-only ({@link ReadOnlyMapInput}, a team map's
 * earlier version). It owns the map's editing domain (one EMF command
 * stack that GEF's tools, the Properties view and the outline all use), saves atomically, and keeps the validation
 * result on the cards and in the Problems view after every change (a live map's, see {@link LiveProblems}).
 */
public final class JourneyMapEditor extends GraphicalEditorWithFlyoutPalette implements IEditingDomainProvider {

	public static final String ID = "org.cjmstudio.diagram.editor";

	private AdapterFactoryEditingDomain editingDomain;
	private Resource resource;
	/** The map's file, or null for a live map. */
	private Path file;
	/** The live map's input (a team map), or null for a map file. */
	private LiveMapInput live;
	/** The input of a map shown read-only (a team map's earlier version), or null. */
	private ReadOnlyMapInput frozen;
	private final MapValidation validation = MapValidation.installed();
	private final DiagramSetup setup = new DiagramSetup(this);
	/** The live map's findings in the Problems view, or null for a map file or a read-only map. */
	private LiveProblems liveProblems;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (input instanceof ReadOnlyMapInput readOnly) {
			frozen = readOnly;
			RefusingCommandStack refusing = new RefusingCommandStack();
			refusing.onRefusal(this::sayReadOnly);
			editingDomain = MapEditingDomains.newEditingDomain(refusing);
			resource = editingDomain.getResourceSet()
					.createResource(URI.createURI("read-only:/" + readOnly.map().getId() + ".cjm"));
			resource.getContents().add(readOnly.map());
			// also tells EMF.Edit's commands and the Properties view that nothing here may change
			editingDomain.setResourceToReadOnlyMap(new java.util.HashMap<>(java.util.Map.of(resource, Boolean.TRUE)));
		} else if (input instanceof LiveMapInput liveInput) {
			liveInput.open();
			editingDomain = MapEditingDomains.newEditingDomain();
			live = liveInput;
			resource = editingDomain.getResourceSet()
					.createResource(URI.createURI("live:/" + live.map().getId() + ".cjm"));
			resource.getContents().add(live.map());
			liveProblems = new LiveProblems(this, resource.getURI().toString());
		} else {
			editingDomain = MapEditingDomains.newEditingDomain();
			file = MapEditorInputs.pathOf(input);
			try {
				resource = MapFiles.load(file, editingDomain.getResourceSet()).eResource();
			} catch (IOException e) {
				throw new PartInitException(e.getMessage(), e);
			}
		}
		DefaultEditDomain editDomain = new DefaultEditDomain(this);
		editDomain.setCommandStack(new EmfCommandStackBridge((BasicCommandStack) editingDomain.getCommandStack()));
		setEditDomain(editDomain);
		super.init(site, input);
		setPartName(input.getName());
		if (live != null) {
			live.start(editingDomain.getCommandStack(), this::changedElsewhere);
		}
	}

	/** Someone tried to change a read-only map: the status line says why nothing happened. */
	private void sayReadOnly() {
		getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(frozen.whyReadOnly());
	}

	/** Whether the map is shown read-only: every change is refused and there is nothing to save. */
	public boolean isReadOnly() {
		return frozen != null;
	}

	/** Someone else changed the live map (not through the command stack): validate and redraw as after a command. */
	private void changedElsewhere() {
		if (getGraphicalViewer() != null && getGraphicalViewer().getControl() != null
				&& !getGraphicalViewer().getControl().isDisposed()) {
			revalidate();
			setup.refreshRelations();
		}
	}

	public JourneyMap getMap() {
		return (JourneyMap) resource.getContents().get(0);
	}

	@Override
	public AdapterFactoryEditingDomain getEditingDomain() {
		return editingDomain;
	}

	/** The diagram viewer; public so tests and exporters can reach the edit parts and figures. */
	@Override
	public GraphicalViewer getGraphicalViewer() {
		return super.getGraphicalViewer();
	}

	@Override
	protected PaletteRoot getPaletteRoot() {
		return JourneyMapPaletteFactory.create();
	}

	@Override
	protected FlyoutPaletteComposite.FlyoutPreferences getPalettePreferences() {
		return new PalettePreferences();
	}

	@Override
	protected void configureGraphicalViewer() {
		super.configureGraphicalViewer();
		setup.configure(getGraphicalViewer(), getActionRegistry(), getSite());
		setup.createContextMenu(getGraphicalViewer(), getActionRegistry(), getSite());
		getGraphicalViewer().setEditPartFactory(new MapEditPartFactory());
	}

	@Override
	protected void createActions() {
		super.createActions();
		setup.createActions(getActionRegistry(), getSelectionActions(), editingDomain);
	}

	@Override
	protected void initializeGraphicalViewer() {
		super.initializeGraphicalViewer();
		revalidate();
		getGraphicalViewer().setContents(getMap());
		setup.refreshRelations();
		setup.zoomToStart(getGraphicalViewer());
		// Replaces GEF's Select All, which would select the stage columns rather than the cards.
		getActionRegistry().registerAction(new SelectAllCardsAction(getGraphicalViewer()));
	}

	@Override
	public void createPartControl(org.eclipse.swt.widgets.Composite parent) {
		super.createPartControl(parent);
		if (live != null) {
			liveProblems.attach(getSite().getPage());
			live.shown(this);
		}
	}

	/**
	 * Shows who else has the live map open: each card one of them has selected is outlined in their colour, with their
	 * name in its tool tip. Replaces what was shown before; call on the UI thread.
	 */
	public void showColleagues(List<Colleague> colleagues) {
		GraphicalViewer viewer = getGraphicalViewer();
		if (viewer == null || viewer.getControl() == null || viewer.getControl().isDisposed()) {
			return;
		}
		Colleagues before = colleagues();
		Colleagues now = Colleagues.of(colleagues);
		viewer.setProperty(Colleagues.VIEWER_PROPERTY, now);
		java.util.Set<String> changed = new java.util.HashSet<>(before.selectedIds());
		changed.addAll(now.selectedIds());
		for (String id : changed) {
			EObject element = resource.getEObject(id);
			if (element != null && viewer.getEditPartRegistry().get(element) instanceof EditPart part) {
				part.refresh();
			}
		}
	}

	/** Who else has the live map open, as the diagram shows it now. */
	public Colleagues colleagues() {
		Object shown = getGraphicalViewer() == null ? null
				: getGraphicalViewer().getProperty(Colleagues.VIEWER_PROPERTY);
		return shown instanceof Colleagues colleagues ? colleagues : Colleagues.NONE;
	}

	@Override
	public void commandStackChanged(java.util.EventObject event) {
		super.commandStackChanged(event);
		firePropertyChange(PROP_DIRTY);
		revalidate();
		setup.refreshRelations();
	}

	/** Runs validation and shows its result on the cards and in the Problems view. */
	private void revalidate() {
		Diagnostic result = validation.validate(getMap());
		GraphicalViewer viewer = getGraphicalViewer();
		if (viewer != null) {
			viewer.setProperty(ProblemIndex.VIEWER_PROPERTY, ProblemIndex.of(result));
			for (Object part : List.copyOf(viewer.getEditPartRegistry().values())) {
				((EditPart) part).refresh();
			}
		}
		if (liveProblems != null) {
			liveProblems.show(result);
		} else {
			ProblemMarkers.update(MapEditorInputs.workspaceFileOf(getEditorInput()), result);
		}
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		if (live != null || frozen != null) {
			return; // a live map's input has kept every change already; a read-only map has none
		}
		try {
			MapFiles.save(resource, file);
			getCommandStack().markSaveLocation();
			refreshWorkspaceFile();
		} catch (IOException e) {
			ILog.of(getClass()).error("Could not save " + file, e);
			MessageDialog.openError(getSite().getShell(), "Could not save the journey map",
					"Saving '" + file + "' failed: " + e.getMessage()
							+ "\n\nThe file on disk was not changed and your changes are still in the editor.");
		}
	}

	private void refreshWorkspaceFile() {
		IFile workspaceFile = MapEditorInputs.workspaceFileOf(getEditorInput());
		if (workspaceFile != null) {
			try {
				workspaceFile.refreshLocal(IResource.DEPTH_ZERO, null);
			} catch (CoreException e) {
				ILog.of(getClass()).warn("Saved, but could not refresh " + workspaceFile.getFullPath(), e);
			}
		}
	}

	@Override
	public boolean isDirty() {
		return live == null && getCommandStack().isDirty();
	}

	/** Selects and reveals the edit part of {@code element}; true if it has one. */
	public boolean select(EObject element) {
		Object part = getGraphicalViewer().getEditPartRegistry().get(element);
		if (part instanceof EditPart editPart) {
			getGraphicalViewer().reveal(editPart);
			getGraphicalViewer().setSelection(new StructuredSelection(editPart));
			return true;
		}
		return false;
	}

	/** Selects the card a problem marker is about. */
	void gotoMarker(IMarker marker) {
		String id = marker.getAttribute(ProblemMarkers.ELEMENT_ID, null);
		EObject element = id == null ? null : resource.getEObject(id);
		if (element != null) {
			select(element);
		}
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	@Override
	public Object getAdapter(Class type) {
		if (type == IGotoMarker.class) {
			return (IGotoMarker) this::gotoMarker;
		}
		Object adapter = setup.getAdapter(type, getGraphicalViewer(), editingDomain);
		return adapter != null ? adapter : super.getAdapter(type);
	}

	@Override
	public void dispose() {
		if (live != null) {
			live.stop();
		}
		if (liveProblems != null) {
			liveProblems.dispose();
		}
		if (getEditDomain() == null) {
			// init failed (the map could not be opened) before there was a diagram: GEF's dispose would fail on what
			// was never made, and the workbench shows its error part instead of this editor
			return;
		}
		getCommandStack().dispose();
		editingDomain.getResourceSet().getResources().forEach(Resource::unload);
		// The item providers listen to the model; they go with the editor that created them.
		((ComposedAdapterFactory) editingDomain.getAdapterFactory()).dispose();
		super.dispose();
	}
}
