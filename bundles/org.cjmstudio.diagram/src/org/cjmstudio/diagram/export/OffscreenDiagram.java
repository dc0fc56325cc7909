package org.cjmstudio.diagram.export;

import java.io.IOException;
import java.nio.file.Path;

import org.cjmstudio.diagram.parts.MapEditPartFactory;
import org.cjmstudio.diagram.problems.ProblemIndex;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.edit.domain.MapEditingDomains;
import org.cjmstudio.model.validation.MapValidation;
import org.eclipse.draw2d.ColorConstants;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.IDisposable;
import org.eclipse.gef.EditDomain;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.editparts.ScalableFreeformRootEditPart;
import org.eclipse.gef.ui.parts.ScrollingGraphicalViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * A journey map diagram nobody looks at: the editor's figures in a hidden window, so a map can be exported as a
 * picture without opening an editor (from a command line tool, a build, a test). It shows the map as the editor
 * would, validation warnings included. Needs a {@link Display} and its UI thread; {@link #close()} it.
 */
public final class OffscreenDiagram implements AutoCloseable {

	/** Any size works: pictures show the whole map, not the window. */
	private static final int WINDOW_WIDTH = 1024;
	private static final int WINDOW_HEIGHT = 768;

	private final Shell shell;
	private final GraphicalViewer viewer;
	private final AdapterFactoryEditingDomain ownDomain;

	private OffscreenDiagram(Shell shell, GraphicalViewer viewer, AdapterFactoryEditingDomain ownDomain) {
		this.shell = shell;
		this.viewer = viewer;
		this.ownDomain = ownDomain;
	}

	/**
	 * Shows {@code map} in a hidden viewer. The diagram's edit policies find the map's editing domain through its
	 * resource set; a map that has none (loaded with {@code MapFiles.load}, or built in code) is moved into a new
	 * editing domain's resource set, as an editor would load it.
	 */
	public static OffscreenDiagram open(Display display, JourneyMap map) {
		AdapterFactoryEditingDomain ownDomain = AdapterFactoryEditingDomain.getEditingDomainFor(map) == null
				? adopt(map)
				: null;
		Shell shell = new Shell(display, SWT.NO_TRIM);
		try {
			shell.setLayout(new FillLayout());
			shell.setSize(WINDOW_WIDTH, WINDOW_HEIGHT);
			ScrollingGraphicalViewer viewer = new ScrollingGraphicalViewer();
			viewer.createControl(shell);
			viewer.getControl().setBackground(ColorConstants.listBackground);
			viewer.setEditDomain(new EditDomain());
			viewer.setRootEditPart(new ScalableFreeformRootEditPart());
			viewer.setEditPartFactory(new MapEditPartFactory());
			viewer.setProperty(ProblemIndex.VIEWER_PROPERTY,
					ProblemIndex.of(MapValidation.installed().validate(map)));
			shell.layout();
			viewer.setContents(map);
			viewer.flush();
			return new OffscreenDiagram(shell, viewer, ownDomain);
		} catch (RuntimeException | Error e) {
			shell.dispose();
			dispose(ownDomain);
			throw e;
		}
	}

	/** Exports {@code map} to {@code file} (.png, .svg or .pdf) without an editor; see {@link DiagramImages#export}. */
	public static void export(Display display, JourneyMap map, Path file) throws IOException {
		try (OffscreenDiagram diagram = open(display, map)) {
			DiagramImages.export(diagram.viewer(), file);
		}
	}

	public GraphicalViewer viewer() {
		return viewer;
	}

	/** Disposes the hidden window; its edit parts stop listening to the map. */
	@Override
	public void close() {
		shell.dispose();
		dispose(ownDomain);
	}

	private static AdapterFactoryEditingDomain adopt(JourneyMap map) {
		AdapterFactoryEditingDomain domain = MapEditingDomains.newEditingDomain();
		Resource resource = map.eResource();
		if (resource == null) {
			resource = domain.getResourceSet().createResource(URI.createURI("offscreen:/journey-map.cjm"));
			resource.getContents().add(map);
		} else {
			domain.getResourceSet().getResources().add(resource);
		}
		return domain;
	}

	/** The item providers a domain we created attached to the map would otherwise stay on it. */
	private static void dispose(AdapterFactoryEditingDomain domain) {
		if (domain != null && domain.getAdapterFactory() instanceof IDisposable adapterFactory) {
			adapterFactory.dispose();
		}
	}
}
