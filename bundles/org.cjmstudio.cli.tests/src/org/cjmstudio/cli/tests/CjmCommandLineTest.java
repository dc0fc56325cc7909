package org.cjmstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

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

	private final CjmShell shell = new CjmShell();

	@Test
	void validateListsTheAssumptionsOfASampleAndSucceedsWithoutErrors() throws IOException {
		Path b2c = CjmShell.sample(SampleMap.B2C_ONLINE_SHOP, folder);

		assertEquals(ExitCode.OK, shell.run("validate", b2c.toString()));

		List<String> lines = shell.out().lines().toList();
		assertTrue(lines.size() >= 8, shell.out());
		assertTrue(lines.stream().allMatch(line -> line.startsWith(b2c + ": warning [")), shell.out());
		assertTrue(shell.out().contains("[barrier.no-evidence] Assumption: barrier '"), shell.out());
		assertTrue(shell.err().contains("1 map: 0 errors, " + lines.size() + " warnings"), shell.err());
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

		assertEquals(ExitCode.PROBLEMS, shell.run("validate", file.toString()));
		assertTrue(shell.out().contains(file + ": error [study.too-few-interviews] Not research: research study "
				+ "'Chats at the counter' has 2 interviews"), shell.out());
		assertTrue(shell.out().contains(": error [map.no-persona]"), shell.out());
	}

	@Test
	void aCorruptMapIsReportedWithItsPositionAndLeftUntouched() throws IOException {
		Path corrupt = folder.resolve("corrupt.cjm");
		byte[] half = Arrays.copyOf(Files.readAllBytes(CjmShell.sample(SampleMap.B2C_ONLINE_SHOP, folder)), 5000);
		Files.write(corrupt, half);

		assertEquals(ExitCode.FAILURE, shell.run("validate", corrupt.toString()));

		assertTrue(shell.err().contains("Cannot open the journey map '" + corrupt + "' at line "), shell.err());
		assertArrayEquals(half, Files.readAllBytes(corrupt));
	}

	@Test
	void renderDrawsTheMapAsPngAndSvg() throws IOException {
		Path b2c = CjmShell.sample(SampleMap.B2C_ONLINE_SHOP, folder);
		Path png = folder.resolve("map.png");
		Path svg = folder.resolve("map.svg");

		assertEquals(ExitCode.OK, shell.run("render", b2c.toString(), "-o", png.toString()));
		assertEquals(ExitCode.OK, shell.run("render", b2c.toString(), "-o", svg.toString()));

		ImageData image = new ImageLoader().load(png.toString())[0];
		assertTrue(image.width > 1000 && image.height > 1000, image.width + "x" + image.height);
		assertTrue(Files.readString(svg).contains("<svg"), "an SVG document");
	}

	@Test
	void wrongCommandLinesExitWithTwoAndSayWhy() {
		assertEquals(ExitCode.USAGE, shell.run());
		assertEquals(ExitCode.USAGE, shell.run("paint", "x.cjm"));
		assertTrue(shell.err().contains("unknown command 'paint'"), shell.err());
		assertEquals(ExitCode.USAGE, shell.run("validate"));
		assertEquals(ExitCode.USAGE, shell.run("render", "x.cjm", "-o", "x.jpg"));
		assertTrue(shell.err().contains("must end with .png, .svg or .pdf"), shell.err());
		assertEquals(ExitCode.OK, shell.run("help"));
		assertTrue(shell.out().contains("cjm validate MAP.cjm..."), shell.out());
	}
}
