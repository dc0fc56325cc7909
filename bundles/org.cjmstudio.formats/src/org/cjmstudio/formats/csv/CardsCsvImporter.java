package org.cjmstudio.formats.csv;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cjmstudio.model.Barrier;
import org.cjmstudio.model.CjmFactory;
import org.cjmstudio.model.Emotion;
import org.cjmstudio.model.EmotionState;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Metric;
import org.cjmstudio.model.Opportunity;
import org.cjmstudio.model.Stage;
import org.cjmstudio.model.Step;
import org.cjmstudio.model.Touchpoint;
import org.cjmstudio.model.formats.ImportRefusedException;
import org.cjmstudio.model.formats.ImportedMaps;
import org.cjmstudio.model.formats.MapImporter;

/**
 * Reads a cards CSV as {@link CardsCsvExporter} writes it (or a spreadsheet saved with the same header): a map per
 * distinct {@code map} value, a stage per distinct {@code stage} value, both in the order they first appear, a card
 * per row. Damaged input (not UTF-8, not RFC 4180, another header, a row of the wrong length, an unknown lane, an
 * emotion whose name is no "Feeling valence", a stage card without a stage) refuses the whole file with the line and
 * the reason: no map is made of half a file. The evidence level column is not read back: a level is computed from
 * cited evidence, which the CSV does not carry.
 */
public final class CardsCsvImporter implements MapImporter {

	private static final CjmFactory CJM = CjmFactory.eINSTANCE;

	@Override
	public ImportedMaps read(Path file, boolean mayUseNetwork) throws IOException {
		List<Csv.Row> rows;
		try {
			rows = Csv.read(utf8(file));
		} catch (Csv.DamagedException damaged) {
			throw refused(file, damaged.getMessage());
		}
		if (rows.isEmpty()) {
			throw refused(file, "the file is empty (expected the header " + String.join(",", CardRows.HEADER) + ")");
		}
		List<String> header = rows.get(0).fields().stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).toList();
		if (!header.equals(CardRows.HEADER)) {
			throw refused(file, "line 1: the header is not " + String.join(",", CardRows.HEADER));
		}
		Map<String, JourneyMap> maps = new LinkedHashMap<>();
		Map<JourneyMap, Map<String, Stage>> stages = new LinkedHashMap<>();
		for (Csv.Row row : rows.subList(1, rows.size())) {
			if (row.fields().stream().allMatch(String::isBlank)) {
				continue;
			}
			if (row.fields().size() != CardRows.HEADER.size()) {
				throw refused(file, "line " + row.line() + ": " + row.fields().size() + " fields where the header has "
						+ CardRows.HEADER.size());
			}
			addCard(file, row, maps, stages);
		}
		if (maps.isEmpty()) {
			throw refused(file, "no cards below the header");
		}
		return new ImportedMaps(new ArrayList<>(maps.values()), List.of());
	}

	private static void addCard(Path file, Csv.Row row, Map<String, JourneyMap> maps,
			Map<JourneyMap, Map<String, Stage>> stages) throws IOException {
		List<String> f = row.fields();
		String where = "line " + row.line() + ": ";
		CardLane lane = CardLane.named(f.get(2))
				.orElseThrow(() -> refused(file, where + "unknown lane '" + f.get(2) + "' (use " + CardLane.labels()
						+ ")"));
		String stageName = f.get(1).strip();
		if (lane.needsStage() && stageName.isEmpty()) {
			throw refused(file, where + lane.label + " need a stage");
		}
		JourneyMap map = maps.computeIfAbsent(f.get(0).strip(), title -> {
			JourneyMap created = CJM.createJourneyMap();
			created.setTitle(title.isEmpty() ? file.getFileName().toString() : title);
			return created;
		});
		Stage stage = stageName.isEmpty() ? null
				: stages.computeIfAbsent(map, m -> new LinkedHashMap<>()).computeIfAbsent(stageName, name -> {
					Stage created = CJM.createStage();
					created.setName(name);
					map.getStages().add(created);
					return created;
				});
		String name = f.get(3);
		String details = blankToNull(f.get(4));
		switch (lane) {
		case STEPS -> {
			Step step = CJM.createStep();
			step.setName(name);
			step.setDoes(details);
			stage.getSteps().add(step);
		}
		case TOUCHPOINTS -> {
			Touchpoint touchpoint = CJM.createTouchpoint();
			touchpoint.setName(name);
			touchpoint.setDescription(details);
			stage.getTouchpoints().add(touchpoint);
		}
		case EMOTIONS -> {
			EmotionNames.FeelingAndValence felt = EmotionNames.read(name).orElseThrow(() -> refused(file,
					where + "an emotion is named by its feeling and valence -3..+3, e.g. 'Frustration -2', not '"
							+ name + "'"));
			Emotion emotion = CJM.createEmotion();
			emotion.setFeeling(felt.feeling());
			emotion.setValence(felt.valence());
			emotion.setState(EmotionState.AS_IS);
			emotion.setNote(details);
			stage.getEmotions().add(emotion);
		}
		case BARRIERS -> {
			Barrier barrier = CJM.createBarrier();
			barrier.setName(name);
			barrier.setDescription(details);
			stage.getBarriers().add(barrier);
		}
		case OPPORTUNITIES -> {
			Opportunity opportunity = CJM.createOpportunity();
			opportunity.setTitle(name);
			opportunity.setDescription(details);
			opportunity.setStage(stage);
			map.getOpportunities().add(opportunity);
		}
		case METRICS -> {
			Metric metric = CJM.createMetric();
			metric.setName(name);
			metric.setSourceNote(details);
			metric.setStage(stage);
			map.getMetrics().add(metric);
		}
		}
	}

	private static String utf8(Path file) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
		} catch (CharacterCodingException notUtf8) {
			throw refused(file, "not UTF-8 text (save the spreadsheet as \"CSV UTF-8\")");
		}
	}

	/** The file was read but is no cards CSV: the data's fault, so {@code cjm import} exits 1, not 3. */
	private static IOException refused(Path file, String reason) {
		return new ImportRefusedException(file.getFileName() + ": not a cards CSV: " + reason, null);
	}

	private static String blankToNull(String text) {
		return text.isBlank() ? null : text;
	}
}
