package org.cjmstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.cjmstudio.cli.Cli;
import org.cjmstudio.cli.Console;
import org.cjmstudio.cli.ExitCode;
import org.cjmstudio.model.CjmFactory;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.ResearchStudy;
import org.cjmstudio.model.persistence.MapFiles;
import org.cjmstudio.model.templates.JourneyMapTemplates;
import org.cjmstudio.samples.SampleMap;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A shell user runs cjm on the sample maps: the output, files and exit codes are what a script can rely on. */
class CjmCommandLineTest {

	@TempDir
	Path folder;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void validateListsTheAssumptionsOfASampleAndSucceedsWithoutErrors() throws IOException {
		Path b2c = sample(SampleMap.B2C_ONLINE_SHOP);

		assertEquals(ExitCode.OK, cjm("validate", b2c.toString()));

		List<String> lines = out().lines().toList();
		assertTrue(lines.size() >= 8, out());
		assertTrue(lines.stream().allMatch(line -> line.startsWith(b2c + ": warning [")), out());
		assertTrue(out().contains("[barrier.no-evidence] Assumption: barrier '"), out());
		assertTrue(err().contains("1 map: 0 errors, " + lines.size() + " warnings"), err());
	}

	@Test
	void validateFailsWithExitCodeOneWhenAStudyIsNotResearch() throws IOException {
		JourneyMap map = JourneyMapTemplates.newStandardMap("Two chats are not research");
		ResearchStudy study = CjmFactory.eINSTANCE.createResearchStudy();
		study.setTitle("Chats at the counter");
		study.getInterviews().add(CjmFactory.eINSTANCE.createInterview());
		study.getInterviews().add(CjmFactory.eINSTANCE.createInterview());
		map.getStudies().add(study);
		Path file = folder.resolve("thin.cjm");
		MapFiles.save(map, file);

		assertEquals(ExitCode.PROBLEMS, cjm("validate", file.toString()));
		assertTrue(out().contains(file + ": error [study.too-few-interviews] Not research: research study "
				+ "'Chats at the counter' has 2 interviews"), out());
		assertTrue(out().contains(": error [map.no-persona]"), out());
	}

	@Test
	void aCorruptMapIsReportedWithItsPositionAndLeftUntouched() throws IOException {
		Path corrupt = folder.resolve("corrupt.cjm");
		byte[] half = Arrays.copyOf(Files.readAllBytes(sample(SampleMap.B2C_ONLINE_SHOP)), 5000);
		Files.write(corrupt, half);

		assertEquals(ExitCode.FAILURE, cjm("validate", corrupt.toString()));

		assertTrue(err().contains("Cannot open the journey map '" + corrupt + "' at line "), err());
		assertArrayEquals(half, Files.readAllBytes(corrupt));
	}

	@Test
	void renderDrawsTheMapAsPngAndSvg() throws IOException {
		Path b2c = sample(SampleMap.B2C_ONLINE_SHOP);
		Path png = folder.resolve("map.png");
		Path svg = folder.resolve("map.svg");

		assertEquals(ExitCode.OK, cjm("render", b2c.toString(), "-o", png.toString()));
		assertEquals(ExitCode.OK, cjm("render", b2c.toString(), "-o", svg.toString()));

		ImageData image = new ImageLoader().load(png.toString())[0];
		assertTrue(image.width > 1000 && image.height > 1000, image.width + "x" + image.height);
		assertTrue(Files.readString(svg).contains("<svg"), "an SVG document");
	}

	@Test
	void wrongCommandLinesExitWithTwoAndSayWhy() {
		assertEquals(ExitCode.USAGE, cjm());
		assertEquals(ExitCode.USAGE, cjm("paint", "x.cjm"));
		assertTrue(err().contains("unknown command 'paint'"), err());
		assertEquals(ExitCode.USAGE, cjm("validate"));
		assertEquals(ExitCode.USAGE, cjm("render", "x.cjm", "-o", "x.jpg"));
		assertTrue(err().contains("must end with .png or .svg"), err());
		assertEquals(ExitCode.OK, cjm("help"));
		assertTrue(out().contains("cjm validate MAP.cjm..."), out());
	}

	private int cjm(String... arguments) {
		out.reset();
		err.reset();
		Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Cli(console).run(List.of(arguments));
	}

	private Path sample(SampleMap sample) throws IOException {
		Path file = folder.resolve(sample.fileName());
		try (InputStream in = sample.open()) {
			Files.copy(in, file);
		}
		return file;
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}
}
