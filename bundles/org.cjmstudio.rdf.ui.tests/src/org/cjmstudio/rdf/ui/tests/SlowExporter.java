package org.cjmstudio.rdf.ui.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.formats.MapExporter;

/**
 * A plugin's exporter of a big workspace, as slow as the test wants: it writes the first half of its file straight
 * into it (as a plugin's exporter may), tells that it has started, and writes the rest once the test lets it go.
 */
public final class SlowExporter implements MapExporter {

	static volatile CountDownLatch started = new CountDownLatch(1);
	static volatile CountDownLatch release = new CountDownLatch(1);

	static void reset() {
		started = new CountDownLatch(1);
		release = new CountDownLatch(1);
	}

	@Override
	public void write(List<JourneyMap> maps, Path file) throws IOException {
		try (OutputStream out = Files.newOutputStream(file)) {
			out.write(("first half of " + maps.size() + " maps\n").getBytes(StandardCharsets.UTF_8));
			out.flush();
			started.countDown();
			if (!release.await(60, TimeUnit.SECONDS)) {
				throw new IOException("the test never let the slow exporter finish");
			}
			out.write("second half\n".getBytes(StandardCharsets.UTF_8));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted", e);
		}
	}
}
