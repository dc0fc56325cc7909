package org.cjmstudio.formats.tests;

import static org.cjmstudio.formats.tests.Maps.CJM;
import static org.cjmstudio.formats.tests.Maps.persona;
import static org.cjmstudio.formats.tests.Maps.stage;
import static org.cjmstudio.formats.tests.Maps.titled;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.cjmstudio.model.Channel;
import org.cjmstudio.model.ChannelCategory;
import org.cjmstudio.model.Compliance;
import org.cjmstudio.model.Emotion;
import org.cjmstudio.model.EmotionState;
import org.cjmstudio.model.Feeling;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Persona;
import org.cjmstudio.model.Stage;
import org.cjmstudio.model.Touchpoint;
import org.cjmstudio.model.formats.Formats;
import org.cjmstudio.model.formats.ImportRefusedException;
import org.cjmstudio.model.formats.ImportedMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.osgi.framework.FrameworkUtil;

/**
 * CJML 2.0 import and export through the installed formats: a library's planned e-book loan and Carl's actual
 * journey with its deviations (documents/library-ebook.cjml.xml, written for this test from CJML's published
 * description), a map with planned and observed touchpoints round-tripped, and damaged documents refused.
 */
class CjmlTest {

	@TempDir
	Path dir;

	@Test
	void aPlannedJourneyAndTheActualOneReferringToItBecomeOneMap() throws IOException {
		ImportedMaps imported = importFile(document("library-ebook.cjml.xml"));

		assertEquals(1, imported.maps().size());
		JourneyMap map = imported.maps().get(0);
		assertEquals("Borrow an e-book", map.getTitle());
		assertEquals("A patron borrows an e-book from the city library's app.", map.getDescription());
		assertEquals(List.of("Register", "Borrow"), map.getStages().stream().map(Stage::getName).toList(),
				"the actual journey's phases are the planned ones (CJMLExcel's ' P2' is P2)");
		assertEquals("The patron gets a library account.", map.getStages().get(0).getDescription());
		assertEquals(List.of("Carl"), map.getPersonas().stream().map(Persona::getName).toList());
		Persona carl = map.getPersonas().get(0);

		Stage register = map.getStages().get(0);
		assertEquals(List.of("Creates an account:PLANNED", "Sends the library card:PLANNED",
				"Creates an account:COMPLETED", "Sends the library card:MISSING", "Calls to ask for the card:AD_HOC"),
				register.getTouchpoints().stream().map(t -> t.getName() + ":" + t.getCompliance()).toList());
		Touchpoint created = register.getTouchpoints().get(0);
		assertEquals("Bookis", created.getDepartment(), "the provider by its company name");
		assertEquals("With the national ID.", created.getDescription());
		assertEquals("appOnSmartphone", created.getChannel().getName());
		assertEquals(ChannelCategory.MOBILE_APP, created.getChannel().getCategory());
		assertTrue(created.getChannel().isOnline());
		assertNull(created.getObservedBy(), "a planned touchpoint is no observation");
		assertFalse(created.isDeviation());

		Touchpoint call = register.getTouchpoints().get(4);
		assertTrue(call.isDeviation(), "D3 is a deviation");
		assertEquals(carl, call.getObservedBy());
		assertEquals("phone", call.getChannel().getName());
		assertEquals("Waited 20 minutes in the queue.", call.getDescription());
		assertFalse(register.getTouchpoints().get(2).isDeviation(), "T1 is no deviation");

		Stage borrow = map.getStages().get(1);
		assertEquals(List.of("Picks a book:PLANNED", "Borrows the e-book:PLANNED", "Borrows the e-book:FAILING"),
				borrow.getTouchpoints().stream().map(t -> t.getName() + ":" + t.getCompliance()).toList());
		assertNull(borrow.getTouchpoints().get(0).getDepartment(), "an action of the end user has no provider");
		assertEquals(1, map.getChannels().stream().filter(c -> c.getName().equals("appOnSmartphone")).count(),
				"one channel per name");

		assertEquals(List.of("Quick:1", "Annoyed:-2"), experiences(register));
		assertEquals(List.of("null:-1"), experiences(borrow));
		Emotion annoyed = register.getEmotions().get(1);
		assertEquals(call, annoyed.getTouchpoint());
		assertEquals(carl, annoyed.getPersona());
		assertEquals(EmotionState.AS_IS, annoyed.getState());
		assertEquals(Feeling.FRUSTRATION, annoyed.getFeeling());

		assertTrue(imported.findings().contains("PJ1: T1: the receiver 'Bookis' is no actorID; taken to be the actor "
				+ "'Company A', who is named so"), imported.findings().toString());
		assertEquals(List.of(
				"PJ1: journeyStatus of PJ1 (no map element holds it)",
				"PJ1: providerType of Bookis (a department has no icon)",
				"PJ1: receiverLabel of T1, T2, T4 (a touchpoint has one name: the initiator's label)",
				"PJ1: direction of T2 (initiated by a service provider; exported back as the end user's)",
				"AJ1: receiverLabel of T1, T2, D3, D4 (a touchpoint has one name: the initiator's label)",
				"AJ1: timestamps of T1 (a map holds no timestamps)",
				"AJ1: direction of T2 (initiated by a service provider; exported back as the end user's)"),
				imported.leftOut());
	}

	@Test
	void aMapWithPlannedAndObservedTouchpointsComesBackAsItWas() throws IOException {
		JourneyMap original = libraryMap();
		Path file = dir.resolve("library.xml");
		Formats.exporters().named("cjml").orElseThrow().write(List.of(original), file);

		ImportedMaps imported = importFile(file);

		assertEquals(List.of(), imported.leftOut());
		assertEquals(1, imported.maps().size());
		assertEquals(describe(original), describe(imported.maps().get(0)));
		Path again = dir.resolve("again.xml");
		Formats.exporters().named("cjml").orElseThrow().write(imported.maps(), again);
		assertEquals(Files.readString(file), Files.readString(again), "a second round trip changes nothing");
	}

	@Test
	void theExportIsCjmlTwoWithPlannedAndActualJourneys() throws IOException {
		Path file = dir.resolve("library.xml");
		Formats.exporters().named("cjml").orElseThrow().write(List.of(libraryMap()), file);
		String xml = Files.readString(file);

		assertTrue(xml.contains("<CJML version=\"2.0\">"), xml);
		assertTrue(xml.contains("<plannedJourney>\n    <journeyID>PJ1</journeyID>\n    <journeyTitle>Borrow &amp; "
				+ "return</journeyTitle>"), xml);
		assertTrue(xml.contains("<actualJourney>\n    <journeyID>AJ1</journeyID>\n    <plannedReference>PJ1"
				+ "</plannedReference>"), xml);
		assertTrue(xml.contains("<touchpointID>D1</touchpointID>\n        <belongsTo phaseIDref=\"P1\"/>\n"
				+ "        <compliance>adhoc</compliance>"), "Carl's first observation, an ad hoc deviation: " + xml);
		assertTrue(xml.contains("<experienceDescription>Annoyed</experienceDescription>\n"
				+ "          <experienceRating>1</experienceRating>"), xml);
		assertTrue(xml.contains("<endUser actorID=\"EU1\">\n        <actorName>Carl</actorName>"), xml);
		assertTrue(xml.contains("<plannedAction>"), "a touchpoint without a department is an action: " + xml);
		assertFalse(xml.contains("<actualJourney>\n    <journeyID>AJ2"), "one actual journey: Carl's");
	}

	@Test
	void referencesThatDoNotResolveAreReportedAndTheRestImported() throws IOException {
		Path file = write("dangling.xml", """
				<CJML version="2.0">
				  <actualJourney>
				    <journeyID>AJ7</journeyID>
				    <plannedReference>PJ9</plannedReference>
				    <actors><endUser actorID="Eva"><actorName>Eva</actorName></endUser></actors>
				    <touchpoints>
				      <actualAction>
				        <touchpointID>T1</touchpointID>
				        <belongsTo phaseIDref="P5"/>
				        <compliance>late</compliance>
				        <initiator><refersTo actorIDref="Nobody"/><initiatorLabel>Waits</initiatorLabel></initiator>
				        <touchpointExperience><experienceRating>great</experienceRating></touchpointExperience>
				      </actualAction>
				      <actualAction>
				        <touchpointID>T2</touchpointID>
				        <initiator><refersTo actorIDref="Eva"/><initiatorLabel>Gives up</initiatorLabel></initiator>
				      </actualAction>
				    </touchpoints>
				  </actualJourney>
				</CJML>
				""");

		ImportedMaps imported = importFile(file);

		JourneyMap map = imported.maps().get(0);
		assertEquals("AJ7", map.getTitle());
		assertEquals(List.of("No phase"), map.getStages().stream().map(Stage::getName).toList());
		assertEquals(List.of("Waits", "Gives up"),
				map.getStages().get(0).getTouchpoints().stream().map(Touchpoint::getName).toList());
		assertEquals("Eva", map.getStages().get(0).getTouchpoints().get(0).getObservedBy().getName(),
				"observed in Eva's journey, though its initiator is unknown");
		assertEquals(List.of(
				"AJ7: T1: the initiator 'Nobody' is no actor of the file: the touchpoint is imported without it",
				"AJ7: T1 belongs to the phase 'P5', which no journey of the map has: placed in the stage 'No phase'",
				"AJ7: T1: compliance 'late' is none of completed, missing, failing, adhoc: imported as completed",
				"AJ7: T1: experienceRating 'great' is not a whole number from 1 to 5"),
				imported.leftOut());
		assertEquals(List.of("AJ7 refers to the planned journey 'PJ9', which the file does not have: it is a map of "
				+ "its own", "AJ7: T2 belongs to no phase: placed in the stage 'No phase'"), imported.findings());
	}

	static Stream<Arguments> damagedDocuments() {
		return Stream.of(
				Arguments.of("empty.xml", "", "line 1, column 1: not well-formed XML (Premature end of file.)"),
				Arguments.of("truncated.xml", "<CJML version=\"2.0\"><plannedJourney><journeyID>PJ1</journ",
						"line 1, column "),
				Arguments.of("doctype.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE CJML [<!ENTITY secret SYSTEM "
						+ "\"file:///etc/passwd\">]>\n<CJML version=\"2.0\"><plannedJourney><journeyTitle>&secret;"
						+ "</journeyTitle></plannedJourney></CJML>",
						": a DOCTYPE is not allowed (a CJML document needs none, and its entities could read other "
								+ "files)"),
				Arguments.of("other-root.xml", "<cjml><actors><actor id=\"a\"/></actors></cjml>",
						"the root element is <cjml>, not <CJML version=\"2.0\">"),
				Arguments.of("version3.xml", "<CJML version=\"3.0\"><plannedJourney/></CJML>",
						"CJML version \"3.0\"; CJM Studio reads version 2.0"),
				Arguments.of("no-journey.xml", "<CJML version=\"2.0\"><journeyID>PJ1</journeyID></CJML>",
						"<CJML> holds no <plannedJourney> or <actualJourney>"),
				Arguments.of("binary.xml", "\u0000\u0001PK\u0003\u0004", "not well-formed XML"),
				// found by OpenFormatsFuzzTest: the refusal said only "UTF-NaN"
				Arguments.of("encoding.xml", "<?xml version=\"1.0\" encoding=\"UTF-NaN\"?><CJML version=\"2.0\"/>",
						"its XML declaration names the encoding 'UTF-NaN', which Java cannot read"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("damagedDocuments")
	void aDamagedDocumentIsRefusedWithTheFileAndTheReason(String name, String content, String reason)
			throws IOException {
		Path file = write(name, content);
		List<Path> before = listing();

		ImportRefusedException refused = assertThrows(ImportRefusedException.class, () -> importFile(file));

		assertTrue(refused.getMessage().startsWith(name + ": not a CJML document: "), refused.getMessage());
		assertTrue(refused.getMessage().contains(reason), refused.getMessage());
		assertFalse(refused.getMessage().contains("root:"), "no entity was resolved: " + refused.getMessage());
		assertEquals(before, listing(), "nothing written");
	}

	/** Borrow & return: planned touchpoints, and Carl's observed ones with an ad hoc deviation and a failing loan. */
	private static JourneyMap libraryMap() {
		JourneyMap map = titled("Borrow & return");
		map.setDescription("The city library's e-book loan");
		Persona carl = persona(map, "Carl");
		Persona dana = persona(map, "Dana");
		Channel app = channel(map, "Library app", ChannelCategory.MOBILE_APP, true);
		Channel phone = channel(map, "Phone", ChannelCategory.PHONE_CALL, false);
		Stage register = stage(map, "Register");
		register.setDescription("Getting an account");
		Stage borrow = stage(map, "Borrow");
		touchpoint(register, "Creates an account", "Bookis", app, Compliance.PLANNED, false, null);
		Touchpoint call = touchpoint(register, "Calls to ask for the card", "Bookis", phone, Compliance.AD_HOC, true,
				carl);
		call.setDescription("Waited 20 minutes");
		touchpoint(borrow, "Picks a book", null, null, Compliance.PLANNED, false, null);
		Touchpoint loan = touchpoint(borrow, "Borrows the e-book", "Bookis app team", app, Compliance.FAILING, false,
				carl);
		touchpoint(borrow, "Borrows the e-book", "Bookis app team", app, Compliance.COMPLETED, false, carl);
		experience(register, call, carl, -2, "Annoyed");
		experience(borrow, loan, carl, 1, null);
		assertTrue(dana.getName() != null);
		return map;
	}

	private static Channel channel(JourneyMap map, String name, ChannelCategory category, boolean online) {
		Channel channel = CJM.createChannel();
		channel.setName(name);
		channel.setCategory(category);
		channel.setOnline(online);
		map.getChannels().add(channel);
		return channel;
	}

	private static Touchpoint touchpoint(Stage stage, String name, String department, Channel channel,
			Compliance compliance, boolean deviation, Persona observedBy) {
		Touchpoint touchpoint = CJM.createTouchpoint();
		touchpoint.setName(name);
		touchpoint.setDepartment(department);
		touchpoint.setChannel(channel);
		touchpoint.setCompliance(compliance);
		touchpoint.setDeviation(deviation);
		touchpoint.setObservedBy(observedBy);
		stage.getTouchpoints().add(touchpoint);
		return touchpoint;
	}

	private static void experience(Stage stage, Touchpoint touchpoint, Persona persona, int valence, String note) {
		Emotion emotion = CJM.createEmotion();
		emotion.setTouchpoint(touchpoint);
		emotion.setPersona(persona);
		emotion.setValence(valence);
		emotion.setFeeling(valence < 0 ? Feeling.FRUSTRATION : Feeling.INTEREST);
		emotion.setState(EmotionState.AS_IS);
		emotion.setNote(note);
		stage.getEmotions().add(emotion);
	}

	/** What CJML carries of a map, one line per element, so a failed comparison shows the difference. */
	private static List<String> describe(JourneyMap map) {
		List<String> lines = new ArrayList<>();
		lines.add(map.getTitle() + " | " + map.getDescription());
		map.getPersonas().forEach(p -> lines.add("persona " + p.getName()));
		map.getChannels().forEach(c -> lines.add("channel " + c.getName()));
		for (Stage stage : map.getStages()) {
			lines.add("stage " + stage.getName() + " | " + stage.getDescription());
			for (Touchpoint t : stage.getTouchpoints()) {
				lines.add("  " + t.getName() + " | " + t.getDescription() + " | " + t.getDepartment() + " | "
						+ (t.getChannel() == null ? null : t.getChannel().getName()) + " | " + t.getCompliance()
						+ " | " + t.isDeviation() + " | " + (t.getObservedBy() == null ? null
								: t.getObservedBy().getName()));
			}
			for (Emotion e : stage.getEmotions()) {
				lines.add("  emotion " + e.getValence() + " | " + e.getNote() + " | " + e.getTouchpoint().getName()
						+ " | " + e.getPersona().getName() + " | " + e.getState());
			}
		}
		return lines;
	}

	private static List<String> experiences(Stage stage) {
		return stage.getEmotions().stream().map(e -> e.getNote() + ":" + e.getValence()).toList();
	}

	private static ImportedMaps importFile(Path file) throws IOException {
		return Formats.importers().named("cjml").orElseThrow().read(file, false);
	}

	private Path document(String name) throws IOException {
		try (InputStream in = FrameworkUtil.getBundle(CjmlTest.class).getEntry("documents/" + name).openStream()) {
			Path file = dir.resolve(name);
			Files.write(file, in.readAllBytes());
			return file;
		}
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
	}

	private List<Path> listing() throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.sorted().toList();
		}
	}
}
