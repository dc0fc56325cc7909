package org.cjmstudio.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Saves what a user would see of a window as a PNG, so a reader of the build output can look at what the
 * UI tests drove. Files go to the directory named by the system property {@code cjm.test.output}
 * (the test bundle's {@code target/test-output} under Maven).
 */
public final class Screenshots {

	private Screenshots() {
	}

	/** Lets SWT finish pending layout and paint work, so the capture shows a settled window. */
	public static void settle(Display display) {
		long until = System.currentTimeMillis() + 1_000;
		while (System.currentTimeMillis() < until) {
			while (display.readAndDispatch()) {
				// drain the queue
			}
			display.timerExec(50, () -> { }); // wakes the sleep below even when nothing else happens
			display.sleep();
		}
	}

	/** Captures the shell's screen area and returns the image that was written. */
	public static ImageData capture(Shell shell, String fileName) throws IOException {
		Display display = shell.getDisplay();
		shell.forceActive();
		settle(display);
		Rectangle bounds = shell.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			ImageData data = image.getImageData();
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { data };
			Path file = outputDirectory().resolve(fileName);
			loader.save(file.toString(), SWT.IMAGE_PNG);
			return data;
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	public static Path outputDirectory() throws IOException {
		Path directory = Path.of(System.getProperty("cjm.test.output", "target/test-output"));
		return Files.createDirectories(directory);
	}
}
