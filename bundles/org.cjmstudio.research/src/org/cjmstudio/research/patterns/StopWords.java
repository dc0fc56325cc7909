package org.cjmstudio.research.patterns;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Words that carry no pattern on their own: function words, fillers ("well", "ну", "вот") and the commonest verbs.
 * A repeated phrase may contain them ("fee for delivery") but not start or end with one, so "the delivery" is never
 * proposed beside "delivery". The lists are data files, one word a line, {@code #} starts a comment:
 * {@code stopwords/en.txt} and {@code stopwords/ru.txt} in this bundle, plus the {@code *.stopwords.txt} files of a
 * team's folder.
 */
public final class StopWords {

	private static final List<String> BUILT_IN = List.of("/stopwords/en.txt", "/stopwords/ru.txt");

	private final Set<String> words;

	private StopWords(Set<String> words) {
		this.words = Set.copyOf(words);
	}

	/** The English and Russian lists of this bundle. */
	public static StopWords builtIn() {
		Set<String> words = new HashSet<>();
		for (String resource : BUILT_IN) {
			try (InputStream in = StopWords.class.getResourceAsStream(resource)) {
				if (in == null) {
					throw new IllegalStateException("the bundle lacks its stop word list " + resource);
				}
				addLines(new String(in.readAllBytes(), StandardCharsets.UTF_8), words);
			} catch (IOException e) {
				throw new UncheckedIOException("cannot read the stop word list " + resource, e);
			}
		}
		return new StopWords(words);
	}

	/** These words and those of every {@code *.stopwords.txt} file in {@code folder} (none if it does not exist). */
	public StopWords withTeamFiles(Path folder) throws IOException {
		if (folder == null || !Files.isDirectory(folder)) {
			return this;
		}
		Set<String> all = new HashSet<>(words);
		try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.stopwords.txt")) {
			for (Path file : files) {
				addLines(Files.readString(file, StandardCharsets.UTF_8), all);
			}
		}
		return new StopWords(all);
	}

	public boolean contains(String normalisedWord) {
		return words.contains(normalisedWord);
	}

	private static void addLines(String text, Set<String> words) {
		for (String line : text.split("\\R")) {
			int comment = line.indexOf('#');
			String word = (comment >= 0 ? line.substring(0, comment) : line).strip();
			if (!word.isEmpty()) {
				words.add(Words.normalise(word));
			}
		}
	}
}
