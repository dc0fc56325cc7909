package org.cjmstudio.rdf.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.cjmstudio.model.formats.ExportFormat;
import org.cjmstudio.model.formats.Formats;
import org.cjmstudio.rdf.RdfFormat;
import org.cjmstudio.rdf.ui.export.ExportRdfJob;
import org.cjmstudio.rdf.vocabulary.CJM;
import org.cjmstudio.samples.SampleMap;
import org.cjmstudio.testing.WorkspaceMaps;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Given both samples in a workspace project, when the user finishes File > Export > Journey maps as RDF, ... */
class ExportRdfJobTest {

	private static final String PROJECT = "rdf-export";

	private Path folder;

	private List<Path> samples;

	@BeforeEach
	void copySamples() throws Exception {
		folder = Files.createTempDirectory("rdf-export");
		IFile b2b = WorkspaceMaps.copy(SampleMap.B2B_ENTERPRISE_SOFTWARE, PROJECT);
		IFile b2c = WorkspaceMaps.copy(SampleMap.B2C_ONLINE_SHOP, PROJECT);
		samples = List.of(location(b2b), location(b2c));
	}

	@AfterEach
	void deleteProject() throws Exception {
		ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT).delete(true, null);
	}

	@Test
	void turtleFileHoldsBothMaps() throws Exception {
		Path target = folder.resolve("maps.ttl");

		IStatus result = export(RdfFormat.TURTLE, target);

		assertTrue(result.isOK(), result.getMessage());
		Model model = RDFDataMgr.loadModel(target.toString());
		assertEquals(2, model.listSubjectsWithProperty(RDF.type, CJM.JourneyMap).toList().size());
	}

	@Test
	void trigFileHasOneNamedGraphPerMap() throws Exception {
		Path target = folder.resolve("maps.trig");

		IStatus result = export(RdfFormat.TRIG, target);

		assertTrue(result.isOK(), result.getMessage());
		Dataset dataset = RDFDataMgr.loadDataset(target.toString());
		int maps = 0;
		for (Iterator<String> names = dataset.listNames(); names.hasNext();) {
			maps += dataset.getNamedModel(names.next()).listSubjectsWithProperty(RDF.type, CJM.JourneyMap).toList().size();
		}
		assertEquals(2, maps);
	}

	@Test
	void everyFormatWritesAFile() throws Exception {
		for (RdfFormat format : RdfFormat.values()) {
			Path target = folder.resolve("maps." + format.fileExtension());

			IStatus result = export(format, target);

			assertTrue(result.isOK(), format + ": " + result.getMessage());
			assertTrue(Files.size(target) > 0, format + " wrote an empty file");
		}
	}

	@Test
	void aDamagedMapIsNamedAndNothingIsWritten() throws Exception {
		Path damaged = folder.resolve("damaged.cjm");
		Files.writeString(damaged, "<cjm:JourneyMap this is not XML");
		Path target = folder.resolve("maps.ttl");

		ExportRdfJob job = new ExportRdfJob(List.of(samples.get(0), damaged), installed(RdfFormat.TURTLE), target);
		job.setUser(false);
		job.schedule();
		job.join();

		assertEquals(IStatus.ERROR, job.getResult().getSeverity());
		assertTrue(job.getResult().getMessage().contains("damaged.cjm"), job.getResult().getMessage());
		assertTrue(Files.notExists(target), "a failed export must not leave a file behind");
	}

	@Test
	void aPluginsExporterThatThrowsFailsTheJobOnceNamingThePluginAndIsSwitchedOff() throws Exception {
		Path target = folder.resolve("maps.bug");
		List<byte[]> before = new java.util.ArrayList<>();
		for (Path map : samples) {
			before.add(Files.readAllBytes(map));
		}
		ExportFormat buggy = Formats.exporters().named("tests.throws").orElseThrow();

		ExportRdfJob job = new ExportRdfJob(samples, buggy, target);
		job.setUser(false);
		job.schedule();
		job.join();

		assertEquals(IStatus.ERROR, job.getResult().getSeverity());
		assertTrue(job.getResult().getMessage().contains("The exporter 'Exporter with a bug' of plugin "
				+ "'org.cjmstudio.rdf.ui.tests' failed (IllegalStateException: bug in the exporter)"),
				job.getResult().getMessage());
		assertTrue(Files.notExists(target), "nothing written");
		for (int i = 0; i < samples.size(); i++) {
			org.junit.jupiter.api.Assertions.assertArrayEquals(before.get(i), Files.readAllBytes(samples.get(i)),
					"the map files are unchanged");
		}
		assertTrue(Formats.exporters().named("tests.throws").isEmpty(), "the wizard no longer offers it");
	}

	/**
	 * An exporter cannot be stopped halfway, so the export writes beside the target and replaces it only when it was
	 * not cancelled: a cancel while a plugin's exporter writes leaves last week's file as it was and no part of the
	 * new one (before, the target was replaced and the job said it was cancelled).
	 */
	@Test
	void aCancelWhileTheExporterWritesLeavesTheOldFileAndNoPartOfTheNew() throws Exception {
		Path target = Files.writeString(folder.resolve("maps.slow"), "the export of last week");
		SlowExporter.reset();
		ExportRdfJob job = new ExportRdfJob(samples, Formats.exporters().named("tests.slow").orElseThrow(), target);
		job.setUser(false);
		job.schedule();
		assertTrue(SlowExporter.started.await(60, java.util.concurrent.TimeUnit.SECONDS), "the export started");

		job.cancel();
		SlowExporter.release.countDown();
		job.join();

		assertEquals(IStatus.CANCEL, job.getResult().getSeverity(), job.getResult().getMessage());
		assertEquals("the export of last week", Files.readString(target));
		try (var files = Files.list(folder)) {
			assertEquals(List.of(target), files.toList(), "no part of the new export is left beside it");
		}
	}

	@Test
	void anExportNotCancelledReplacesTheOldFileWhole() throws Exception {
		Path target = Files.writeString(folder.resolve("maps.slow"), "the export of last week");
		SlowExporter.reset();
		SlowExporter.release.countDown();

		ExportRdfJob job = new ExportRdfJob(samples, Formats.exporters().named("tests.slow").orElseThrow(), target);
		job.setUser(false);
		job.schedule();
		job.join();

		assertTrue(job.getResult().isOK(), job.getResult().getMessage());
		assertEquals("first half of 2 maps\nsecond half\n", Files.readString(target));
		try (var files = Files.list(folder)) {
			assertEquals(List.of(target), files.toList(), "nothing left beside it");
		}
	}

	private IStatus export(RdfFormat format, Path target) throws InterruptedException {
		ExportRdfJob job = new ExportRdfJob(samples, installed(format), target);
		job.setUser(false);
		job.schedule();
		job.join();
		return job.getResult();
	}

	private static Path location(IFile file) {
		return file.getLocation().toFile().toPath();
	}

	/** The RDF format as the export wizard offers it: contributed by org.cjmstudio.rdf to org.cjmstudio.exporters. */
	private static ExportFormat installed(RdfFormat format) {
		return Formats.exporters().named(format.shortName()).orElseThrow();
	}
}
