package org.cjmstudio.diagram.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.formats.MapExporter;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.core.runtime.Status;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

/**
 * PNG, SVG and PDF as contributions to {@code org.cjmstudio.exporters} (see this bundle's plugin.xml), told which by
 * the data after the colon ({@code MapPictureExporter:png}): one map drawn off screen as the editor shows it, with the
 * header (title, personas, date) File > Export Map... puts on by default. Drawing needs SWT's UI thread: in the
 * workbench the export runs there; on a command line a display is opened for it (under {@code xvfb-run} on a server).
 */
public final class MapPictureExporter implements MapExporter, IExecutableExtension {

	private ImageFormat format = ImageFormat.PNG;

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data)
			throws CoreException {
		String name = data instanceof String text ? text.toUpperCase(Locale.ROOT) : "";
		try {
			format = ImageFormat.valueOf(name);
		} catch (IllegalArgumentException unknown) {
			throw new CoreException(Status.error("'" + data + "' is not a picture format (png, svg or pdf)"));
		}
	}

	@Override
	public void write(List<JourneyMap> maps, Path file) throws IOException {
		if (maps.size() != 1) {
			throw new IOException("A " + format + " shows one map; choose one map (not " + maps.size() + ")");
		}
		JourneyMap map = maps.get(0);
		Display current = Display.getCurrent();
		if (current != null) {
			draw(current, map, file);
		} else if (PlatformUI.isWorkbenchRunning()) {
			Display workbench = PlatformUI.getWorkbench().getDisplay();
			IOException[] failure = new IOException[1];
			workbench.syncExec(() -> {
				try {
					draw(workbench, map, file);
				} catch (IOException e) {
					failure[0] = e;
				}
			});
			if (failure[0] != null) {
				throw failure[0];
			}
		} else {
			Display own = openDisplay();
			try {
				draw(own, map, file);
			} finally {
				own.dispose();
			}
		}
	}

	private void draw(Display display, JourneyMap map, Path file) throws IOException {
		try (OffscreenDiagram diagram = OffscreenDiagram.open(display, map)) {
			DiagramImages.export(diagram.viewer(), file, format, ExportOptions.FOR_PEOPLE);
		}
	}

	private static Display openDisplay() throws IOException {
		try {
			return new Display();
		} catch (SWTError noDisplay) {
			throw new IOException("no display to draw the map on (DISPLAY is not set or unusable); run it under a "
					+ "virtual one: xvfb-run -a cjm export ...", noDisplay);
		}
	}
}
