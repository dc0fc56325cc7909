package org.cjmstudio.cli.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cjmstudio.cli.CliCommand;
import org.cjmstudio.cli.Console;
import org.cjmstudio.cli.ExitCode;
import org.cjmstudio.cli.UsageException;
import org.cjmstudio.diagram.export.ImageFormat;
import org.cjmstudio.diagram.export.OffscreenDiagram;
import org.cjmstudio.model.persistence.MapFileException;
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
		return "render MAP.cjm -o OUT.png|OUT.svg|OUT.pdf [--force]  draw the map as the editor shows it (needs a display)";
	}

	@Override
	public int run(List<String> arguments, Console console) throws UsageException {
		List<String> rest = new ArrayList<>(arguments);
		boolean force = MapArguments.takeFlag(rest, "--force");
		String output = MapArguments.takeOption(rest, "-o");
		if (output == null || rest.size() != 1) {
			throw new UsageException("give one map and -o with the picture to write");
		}
		Path picture = OutputFile.named(output);
		Path map = Path.of(rest.get(0));
		if (ImageFormat.forFile(picture).isEmpty()) {
			throw new UsageException("'" + picture + "' must end with .png, .svg or .pdf");
		}
		Optional<String> refusal = OutputFile.refusal(picture, List.of(map), force);
		if (refusal.isPresent()) {
			console.err().println("cjm render: " + refusal.get());
			return ExitCode.FAILURE;
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
		} catch (MapFileException unreadableMap) {
			console.err().println(unreadableMap.getMessage());
			return ExitCode.FAILURE;
		} catch (IOException e) {
			console.err().println("cjm render: " + OutputFile.cannotWrite(picture, e));
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
