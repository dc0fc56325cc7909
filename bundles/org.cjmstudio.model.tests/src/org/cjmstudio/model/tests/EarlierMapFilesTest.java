package org.cjmstudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.cjmstudio.model.Barrier;
import org.cjmstudio.model.Card;
import org.cjmstudio.model.Emotion;
import org.cjmstudio.model.EmotionState;
import org.cjmstudio.model.Evidence;
import org.cjmstudio.model.EvidenceLevel;
import org.cjmstudio.model.Interview;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Quote;
import org.cjmstudio.model.evidence.EvidenceLevels;
import org.cjmstudio.model.persistence.MapFiles;
import org.cjmstudio.model.validation.Findings;
import org.cjmstudio.model.validation.MapValidation;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

/**
 * Maps saved by an earlier release, before emotions had an as-is / to-be state and cards a colour and an image,
 * and before interviews had transcripts, still open: every emotion point is taken as as-is (what the team had drawn
 * was always today's journey), cards keep the colour of their kind and show no image, quotes are evidence without a
 * place in a transcript, and saving again loses nothing.
 */
class EarlierMapFilesTest {

	private static final String EARLIER_SAMPLE = "fixtures/earlier-release/b2c-online-shop.cjm";

	@TempDir
	Path folder;

	@Test
	void aMapFromAnEarlierReleaseOpensWithAsIsEmotionsAndPlainCards() throws IOException {
		JourneyMap map = MapFiles.load(copyOfEarlierSample());

		List<Emotion> emotions = all(map, Emotion.class);
		assertEquals(17, emotions.size());
		assertTrue(emotions.stream().allMatch(emotion -> emotion.getState() == EmotionState.AS_IS));
		List<Card> cards = all(map, Card.class);
		assertTrue(cards.size() > 60, cards.size() + " cards");
		assertTrue(cards.stream().allMatch(card -> card.getColor() == null && card.getImage() == null));
	}

	@Test
	void itsFeelingsAndValencesAgreeSoTheNewRuleRaisesNothing() throws IOException {
		Diagnostic result = MapValidation.standard().validate(MapFiles.load(copyOfEarlierSample()));

		assertFalse(result.getChildren().stream()
				.anyMatch(problem -> "emotion.feeling-valence-mismatch".equals(Findings.ruleIdOf(problem))),
				result.getChildren().toString());
	}

	@Test
	void itsInterviewsHaveNoTranscriptAndItsQuotesAreEvidenceOfTheirOwn() throws IOException {
		JourneyMap map = MapFiles.load(copyOfEarlierSample());

		List<Interview> interviews = all(map, Interview.class);
		assertEquals(12, interviews.size());
		assertTrue(interviews.stream().allMatch(interview -> interview.getTranscript() == null));
		List<Quote> quotes = all(map, Quote.class);
		assertEquals(12, quotes.size());
		assertTrue(quotes.stream().allMatch(quote -> quote instanceof Evidence && quote.getTranscriptOffset() == null
				&& quote.getText() != null && !quote.getText().isBlank()));
		assertTrue(map.getStudies().get(0).getDismissedPatterns().isEmpty());
	}

	@Test
	void itsCitationsGiveEvidenceLevels() throws IOException {
		JourneyMap map = MapFiles.load(copyOfEarlierSample());

		assertEquals(EvidenceLevel.INTERVIEWS_AND_DATA, EvidenceLevels.of(map.getPersonas().get(0)));
		assertEquals(4, all(map, Barrier.class).stream()
				.filter(barrier -> EvidenceLevels.of(barrier) == EvidenceLevel.ASSUMPTION).count(),
				"the sample's four barriers without evidence");
	}

	@Test
	void savingItAgainKeepsEverything() throws IOException {
		Path file = copyOfEarlierSample();
		JourneyMap before = MapFiles.load(file);
		Path saved = folder.resolve("saved.cjm");

		MapFiles.save(MapFiles.load(file), saved);

		assertTrue(EcoreUtil.equals(before, MapFiles.load(saved)));
		assertFalse(Files.readString(saved).contains("state="), "as-is is the default and not written out");
	}

	private Path copyOfEarlierSample() throws IOException {
		Path file = folder.resolve("b2c-online-shop.cjm");
		try (InputStream in = FrameworkUtil.getBundle(getClass()).getEntry(EARLIER_SAMPLE).openStream()) {
			Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
		}
		return file;
	}

	private static <T> List<T> all(JourneyMap map, Class<T> type) {
		List<T> found = new ArrayList<>();
		for (var contents = map.eAllContents(); contents.hasNext();) {
			EObject element = contents.next();
			if (type.isInstance(element)) {
				found.add(type.cast(element));
			}
		}
		return found;
	}
}
