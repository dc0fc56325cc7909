package org.cjmstudio.research.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.cjmstudio.model.InsightKind;
import org.cjmstudio.research.patterns.ProposedInsight;

/** The analyst's labels: transcripts/expected-patterns.txt, the patterns a human would accept in the test studies. */
record LabelledPatterns(List<Label> labels) {

	record Label(InsightKind kind, List<String> phrases, Set<String> respondents, boolean planted) {

		boolean matches(ProposedInsight proposal) {
			return proposal.kind() == kind && phrases.contains(normalised(proposal.phrase()));
		}
	}

	static LabelledPatterns of(String language) {
		List<Label> labels = new ArrayList<>();
		try {
			for (String line : Files.readAllLines(TestStudies.resource("transcripts/expected-patterns.txt"),
					StandardCharsets.UTF_8)) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] parts = line.split("\\|");
				if (parts[0].strip().equals(language)) {
					labels.add(new Label(InsightKind.get(parts[1].strip()),
							Arrays.stream(parts[2].split(" / ")).map(LabelledPatterns::normalised).toList(),
							Set.of(parts[3].strip().split(" ")),
							parts.length < 5 || !parts[4].strip().equals("review")));
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new LabelledPatterns(labels);
	}

	/** Only the patterns planted in the transcripts, without those added on review. */
	LabelledPatterns planted() {
		return new LabelledPatterns(labels.stream().filter(Label::planted).toList());
	}

	Label labelOf(ProposedInsight proposal) {
		return labels.stream().filter(label -> label.matches(proposal)).findFirst().orElse(null);
	}

	Label find(InsightKind kind, String phrase) {
		return labels.stream().filter(l -> l.kind() == kind && l.phrases().contains(normalised(phrase))).findFirst()
				.orElseThrow(() -> new AssertionError("no label for " + kind + " " + phrase));
	}

	static String normalised(String phrase) {
		return phrase.strip().toLowerCase(Locale.ROOT).replace('ё', 'е').replace('’', '\'');
	}
}
