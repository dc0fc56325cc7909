package org.cjmstudio.rdf.tests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.persistence.MapFiles;
import org.cjmstudio.rdf.OntologyFiles;
import org.cjmstudio.rdf.RdfFormat;
import org.cjmstudio.rdf.export.RdfExport;
import org.cjmstudio.rdf.importing.RdfImport;
import org.cjmstudio.rdf.importing.RdfImportException;
import org.cjmstudio.samples.SampleMap;

/** Sample maps, exports and the ontology files, as the tests need them. */
final class TestData {

	private TestData() {
	}

	static JourneyMap load(SampleMap sample) {
		try (InputStream in = sample.open()) {
			Path file = Files.createTempFile("sample-", ".cjm");
			Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
			try {
				return MapFiles.load(file);
			} finally {
				Files.deleteIfExists(file);
			}
		} catch (Exception e) {
			throw new IllegalStateException("cannot load sample " + sample, e);
		}
	}

	static byte[] export(JourneyMap map, RdfFormat format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		RdfExport.write(List.of(map), format, out);
		return out.toByteArray();
	}

	static DatasetGraph parse(byte[] rdf, RdfFormat format) {
		try {
			return RdfImport.parse(new ByteArrayInputStream(rdf), format);
		} catch (RdfImportException e) {
			throw new IllegalStateException(e);
		}
	}

	static InputStream text(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

	/** A hand-written file of this bundle's {@code imports/} folder, read from the bundle as it is installed. */
	static InputStream importFile(String name) {
		java.net.URL entry = org.osgi.framework.FrameworkUtil.getBundle(TestData.class).getEntry("imports/" + name);
		if (entry == null) {
			throw new IllegalStateException("no imports/" + name + " in the test bundle");
		}
		try {
			return entry.openStream();
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read imports/" + name, e);
		}
	}

	/** A file of the rdf bundle's {@code ontology/} folder, read from the bundle as it is installed. */
	static String ontologyFile(String name) {
		try (InputStream in = OntologyFiles.open(name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read ontology/" + name, e);
		}
	}
}
