package org.cjmstudio.model.tests.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.persistence.MapFiles;
import org.cjmstudio.samples.SampleMap;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The sample maps shipped in {@code org.cjmstudio.samples} are exactly what their builders make, and survive a
 * save/load round trip with nothing lost. With {@code -Dcjm.samples.update=true} the test instead rewrites the
 * shipped files from the builders (under {@code cjm.repository.root}); commit them afterwards.
 */
class SampleMapsAreCurrentTest {

	private static final String UPDATE_PROPERTY = "cjm.samples.update";
	private static final String ROOT_PROPERTY = "cjm.repository.root";
	private static final String SAMPLES_FOLDER = "bundles/org.cjmstudio.samples/maps";
	private static final String HOW_TO_UPDATE = "Regenerate the sample files with './mvnw verify -pl targetplatform,"
			+ "bundles/org.cjmstudio.model,bundles/org.cjmstudio.model.edit,bundles/org.cjmstudio.samples,"
			+ "bundles/org.cjmstudio.model.tests -Dcjm.samples.update=true' and commit them.";

	@ParameterizedTest
	@EnumSource(SampleMap.class)
	void shippedFileIsWhatTheBuilderMakes(SampleMap sample, @TempDir Path temp) throws IOException {
		JourneyMap built = Samples.build(sample);
		if (Boolean.getBoolean(UPDATE_PROPERTY)) {
			Path file = samplesFolder().resolve(sample.fileName());
			MapFiles.save(built, file);
			System.out.println("Wrote sample map " + file);
			return;
		}
		JourneyMap shipped = loadShipped(sample, temp);
		assertTrue(EcoreUtil.equals(built, shipped), () -> "The shipped sample map " + sample.fileName()
				+ " differs from what " + Samples.class.getSimpleName() + " builds: "
				+ MapDifferences.firstDifference(built, shipped) + ". " + HOW_TO_UPDATE);
	}

	@ParameterizedTest
	@EnumSource(SampleMap.class)
	void saveAndLoadLoseNothing(SampleMap sample, @TempDir Path temp) throws IOException {
		JourneyMap built = Samples.build(sample);
		Path file = temp.resolve(sample.fileName());
		MapFiles.save(built, file);
		JourneyMap loaded = MapFiles.load(file);
		assertTrue(EcoreUtil.equals(built, loaded), () -> sample.fileName() + " changed on its way through a file: "
				+ MapDifferences.firstDifference(built, loaded));
		assertEquals(0, loaded.eResource().getWarnings().size(), () -> "Loading " + sample.fileName() + " warned: "
				+ loaded.eResource().getWarnings());
	}

	@ParameterizedTest
	@EnumSource(SampleMap.class)
	void buildingTwiceGivesTheSameMap(SampleMap sample) {
		JourneyMap first = Samples.build(sample);
		JourneyMap second = Samples.build(sample);
		assertTrue(EcoreUtil.equals(first, second), () -> sample + " is not deterministic: "
				+ MapDifferences.firstDifference(first, second));
	}

	private static JourneyMap loadShipped(SampleMap sample, Path temp) throws IOException {
		Path copy = temp.resolve(sample.fileName());
		try (InputStream in = sample.open()) {
			Files.copy(in, copy);
		} catch (FileNotFoundException e) {
			fail(e.getMessage() + ". " + HOW_TO_UPDATE, e);
		}
		return MapFiles.load(copy);
	}

	private static Path samplesFolder() throws IOException {
		String root = System.getProperty(ROOT_PROPERTY);
		if (root == null || root.isBlank() || !Files.isDirectory(Path.of(root, "bundles"))) {
			fail("System property " + ROOT_PROPERTY + " must name the repository's root folder to update the "
					+ "sample maps, but is '" + root + "'");
		}
		return Files.createDirectories(Path.of(root).resolve(SAMPLES_FOLDER));
	}
}
