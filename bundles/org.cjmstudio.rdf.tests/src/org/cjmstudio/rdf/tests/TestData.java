package org.cjmstudio.rdf.tests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.persistence.MapFiles;
import org.cjmstudio.rdf.RdfFormat;
import org.cjmstudio.rdf.export.RdfExport;
import org.cjmstudio.rdf.vocabulary.CJM;
import org.cjmstudio.samples.SampleMap;
import org.osgi.framework.FrameworkUtil;

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
		DatasetGraph dataset = DatasetGraphFactory.create();
		RDFParser.source(new ByteArrayInputStream(rdf)).lang(format.lang()).parse(dataset);
		return dataset;
	}

	static InputStream text(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

	/** A file of the rdf bundle's {@code ontology/} folder, read from the bundle as it is installed. */
	static String ontologyFile(String name) {
		URL entry = FrameworkUtil.getBundle(CJM.class).getEntry("ontology/" + name);
		try {
			if (entry != null) {
				try (InputStream in = entry.openStream()) {
					return new String(in.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
			return Files.readString(Path.of("..", "org.cjmstudio.rdf", "ontology", name));
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read ontology/" + name, e);
		}
	}
}
