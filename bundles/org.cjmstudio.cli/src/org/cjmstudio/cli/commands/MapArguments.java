package org.cjmstudio.cli.commands;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cjmstudio.cli.UsageException;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.persistence.MapFileException;
import org.cjmstudio.model.persistence.MapFiles;

/** Reads the {@code MAP.cjm...} arguments of a command; a map that cannot be read stops the command. */
final class MapArguments {

	private MapArguments() {
	}

	static List<JourneyMap> load(List<String> files) throws UsageException, MapFileException {
		return load(files, null);
	}

	/** Like {@link #load(List)}, telling {@code progress} "[3/50] file" per map when there are several. */
	static List<JourneyMap> load(List<String> files, PrintStream progress) throws UsageException, MapFileException {
		if (files.isEmpty()) {
			throw new UsageException("name at least one map file");
		}
		List<JourneyMap> maps = new ArrayList<>();
		for (String file : files) {
			if (progress != null && files.size() > 1) {
				progress.println("[" + (maps.size() + 1) + "/" + files.size() + "] " + file);
			}
			maps.add(MapFiles.load(Path.of(file)));
		}
		return maps;
	}

	/** Whether {@code flag} (such as {@code --force}) was given; it is removed from {@code arguments}. */
	static boolean takeFlag(List<String> arguments, String flag) {
		return arguments.remove(flag);
	}

	/** The value after {@code option}, removed from {@code arguments} together with the option; null if absent. */
	static String takeOption(List<String> arguments, String option) throws UsageException {
		int index = arguments.indexOf(option);
		if (index < 0) {
			return null;
		}
		if (index == arguments.size() - 1) {
			throw new UsageException(option + " needs a value");
		}
		String value = arguments.get(index + 1);
		arguments.subList(index, index + 2).clear();
		return value;
	}
}
