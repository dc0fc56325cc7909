package org.cjmstudio.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.persistence.MapFiles;
import org.cjmstudio.samples.SampleMap;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test: how long the journey map editor takes to open a large generated map (12 stages, 2,000
 * cards, then 10,000) and to move a card and undo and redo it, next to the B2C sample measured in the same run. Runs
 * inside the real workbench, only with {@code -Pbenchmark}; appends to {@code target/benchmark-results.md} and prints
 * it.
 */
class JourneyMapEditorBenchmark {

	private static final long SEED = 2025_07_01L;
	private static final String PROJECT = "benchmarks";

	/** The performance budget names two sizes: a large map (2,000 cards) and a very large one (five times that). */
	private static final int VERY_LARGE_FACTOR = 5;

	@Test
	void openAndEditLargeMapsNextToTheB2cSample() throws Exception {
		int cards = Integer.getInteger("cjm.benchmark.cards", 2_000);
		for (int size : new int[] { cards, cards * VERY_LARGE_FACTOR }) {
			measureNextToTheB2cSample(size);
		}
	}

	private void measureNextToTheB2cSample(int cards) throws Exception {
		int stages = Integer.getInteger("cjm.benchmark.stages", 12);
		int warmups = Integer.getInteger("cjm.benchmark.warmups", 2);
		int runs = Integer.getInteger("cjm.benchmark.runs", 10);
		Display display = PlatformUI.getWorkbench().getDisplay();
		String loadBefore = BenchmarkRun.loadAverage();

		IFile largeFile = project().getFile("generated-" + stages + "-stages-" + cards + "-cards.cjm");
		LargeMapGenerator.write(largeFile.getLocation().toFile().toPath(), SEED, stages, cards);
		largeFile.refreshLocal(IResource.DEPTH_ZERO, null);
		IFile smallFile = copy(SampleMap.B2C_ONLINE_SHOP);

		MapMeasurements large = new MapMeasurements(largeFile, warmups, runs, display).run(true);
		MapMeasurements small = new MapMeasurements(smallFile, warmups, runs, display).run(false);

		BenchmarkReport report = new BenchmarkReport(large, "generated map", small, "B2C sample")
				.note(BenchmarkRun.machine() + ", display " + System.getenv("DISPLAY"))
				.note("Load average (1/5/15 min) before: " + loadBefore + "; after: " + BenchmarkRun.loadAverage())
				.note("Generated map: " + describe(large.path()) + " (seed " + SEED + ", LargeMapGenerator)")
				.note("B2C sample: " + describe(small.path()))
				.note(warmups + " warm-up runs (edits: " + 3 * warmups + "), then " + runs
						+ " measured runs per phase; System.nanoTime; figures refreshed synchronously"
						+ " (viewer flush + draw2d layout and paint) inside every timed step");
		String markdown = report.markdown();
		Path results = BenchmarkRun.resultsFile();
		BenchmarkRun.append(results, markdown);
		System.out.println(markdown);
		System.out.println("Appended to " + results.toAbsolutePath());
	}

	private static IProject project() throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
		if (!project.exists()) {
			project.create(null);
		}
		if (!project.isOpen()) {
			project.open(null);
		}
		return project;
	}

	private static IFile copy(SampleMap sample) throws CoreException, IOException {
		IFile file = project().getFile(sample.fileName());
		try (InputStream in = sample.open()) {
			if (file.exists()) {
				file.setContents(in, IResource.FORCE, null);
			} else {
				file.create(in, IResource.FORCE, null);
			}
		}
		return file;
	}

	private static String describe(Path file) throws IOException {
		JourneyMap map = MapFiles.load(file);
		int cards = map.getOpportunities().size() + map.getMetrics().size();
		for (var stage : map.getStages()) {
			cards += stage.getSteps().size() + stage.getTouchpoints().size() + stage.getEmotions().size()
					+ stage.getBarriers().size();
		}
		int elements = LargeMapGenerator.elements(map);
		return map.getStages().size() + " stages, " + cards + " cards, " + elements + " elements, "
				+ Files.size(file) / 1024 + " KB";
	}
}
