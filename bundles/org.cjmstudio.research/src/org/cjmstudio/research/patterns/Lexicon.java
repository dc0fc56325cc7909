package org.cjmstudio.research.patterns;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The phrases of fear, doubt, refusal and need the analysis looks for. The built-in lexicons are
 * {@code lexicons/en.txt} and {@code lexicons/ru.txt} in this bundle; a team adds its own as {@code *.lexicon.txt}
 * files (UTF-8, the format of {@link LexiconReader}) in a folder, which the workbench takes to be the folder of the
 * map file.
 */
public final class Lexicon {

	private static final List<String> BUILT_IN = List.of("en.txt", "ru.txt");

	/** The file name pattern of a team's lexicons. */
	public static final String TEAM_FILES = "*.lexicon.txt";

	private final List<LexiconEntry> entries;

	private Lexicon(List<LexiconEntry> entries) {
		this.entries = List.copyOf(entries);
	}

	/** The English and Russian lexicons of this bundle. */
	public static Lexicon builtIn() {
		List<LexiconEntry> entries = new ArrayList<>();
		for (String name : BUILT_IN) {
			try (InputStream in = Lexicon.class.getResourceAsStream("/lexicons/" + name)) {
				if (in == null) {
					throw new IllegalStateException("the bundle lacks its lexicon lexicons/" + name);
				}
				entries.addAll(LexiconReader.read(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
			} catch (IOException | LexiconReader.LexiconSyntaxError e) {
				throw new IllegalStateException("the built-in lexicon " + name + " is broken: " + e.getMessage(), e);
			}
		}
		return new Lexicon(entries);
	}

	/** An empty lexicon, to build one from files alone. */
	public static Lexicon empty() {
		return new Lexicon(List.of());
	}

	/**
	 * This lexicon and every {@code *.lexicon.txt} file in {@code folder}, in file name order (nothing is added if
	 * {@code folder} is {@code null} or does not exist).
	 */
	public Lexicon withTeamFiles(Path folder) throws LexiconException {
		if (folder == null || !Files.isDirectory(folder)) {
			return this;
		}
		List<Path> files = new ArrayList<>();
		try (DirectoryStream<Path> found = Files.newDirectoryStream(folder, TEAM_FILES)) {
			found.forEach(files::add);
		} catch (IOException e) {
			throw new LexiconException("Cannot list the lexicons in " + folder + ": " + e.getMessage(), e);
		}
		files.sort(null);
		Lexicon lexicon = this;
		for (Path file : files) {
			lexicon = lexicon.with(file);
		}
		return lexicon;
	}

	/** This lexicon and the entries of {@code file}. */
	public Lexicon with(Path file) throws LexiconException {
		String name = String.valueOf(file.getFileName());
		try {
			List<LexiconEntry> all = new ArrayList<>(entries);
			all.addAll(LexiconReader.read(name, Files.readString(file, StandardCharsets.UTF_8)));
			return new Lexicon(all);
		} catch (CharacterCodingException e) {
			throw new LexiconException("The lexicon " + file + " is not UTF-8 text; save it as UTF-8.", e);
		} catch (IOException e) {
			throw new LexiconException("Cannot read the lexicon " + file + ": " + e.getMessage(), e);
		} catch (LexiconReader.LexiconSyntaxError e) {
			throw new LexiconException("The lexicon " + file.getParent() + "/" + e.getMessage(), e);
		}
	}

	/** How many entries the lexicon has. */
	public int size() {
		return entries.size();
	}

	List<LexiconEntry> entries() {
		return entries;
	}
}
