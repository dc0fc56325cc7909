package org.cjmstudio.cli.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.cjmstudio.cli.CliCommand;
import org.cjmstudio.cli.Console;
import org.cjmstudio.cli.ExitCode;
import org.cjmstudio.cli.UsageException;
import org.cjmstudio.diagram.export.ImageFormat;
import org.cjmstudio.diagram.export.OffscreenDiagram;
import org.cjmstudio.model.persistence.MapFiles;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.widgets.Display;

/**
 * {@code cjm render MAP -o map.png|map.svg|map.pdf}: draws a map as the editor shows it, without opening a window. SWT still
 * needs a display to draw text, so on a server run it under {@code xvfb-run}.
 */
public final class RenderCommand implements CliCommand {

	@Override
	public String name() {
		return "render";
	}

	@Override
	public String usage() {
		return "render MAP.cjm -o OUT.png|OUT.svg|OUT.pdf  draw the map as the editor shows it (needs a display)";
	}

	@Override
	public int run(List<String> arguments, Console console) throws UsageException {
		int output = arguments.indexOf("-o");
		if (arguments.size() != 3 || output < 0 || output == arguments.size() - 1) {
			throw new UsageException("give one map and -o with the picture to write");
		}
		Path picture = Path.of(arguments.get(output + 1));
		Path map = Path.of(arguments.get(output == 0 ? 2 : 0));
		if (ImageFormat.forFile(picture).isEmpty()) {
			throw new UsageException("'" + picture + "' must end with .png, .svg or .pdf");
		}
		Display existing = Display.getCurrent();
		Display display = existing != null ? existing : newDisplayOrNull();
		if (display == null) {
			console.err().println("cjm render: no display to draw on (DISPLAY is not set or unusable); "
					+ "run it under a virtual one: xvfb-run -a cjm render ...");
			return ExitCode.FAILURE;
		}
		try {
			OffscreenDiagram.export(display, MapFiles.load(map), picture);
			console.err().println("cjm render: wrote " + picture);
			return ExitCode.OK;
		} catch (IOException e) {
			console.err().println(e.getMessage());
			return ExitCode.FAILURE;
		} finally {
			if (existing == null) {
				display.dispose();
			}
		}
	}

	private static Display newDisplayOrNull() {
		try {
			return new Display();
		} catch (SWTError noDisplay) {
			return null;
		}
	}
}
