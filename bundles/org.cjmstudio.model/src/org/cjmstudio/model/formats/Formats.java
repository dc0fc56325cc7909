package org.cjmstudio.model.formats;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The installed export or import formats, in their defined order: by each contribution's {@code order} (CJM Studio's
 * own use 10 to 80, a plugin's without one comes after them at 1000), ties by id. A format that failed in this session
 * is left out of every list.
 */
public final class Formats<F extends Format<?>> {

	private final List<F> declared;

	Formats(List<F> declared) {
		this.declared = List.copyOf(declared);
	}

	/** The formats to export maps to: those contributed to {@code org.cjmstudio.exporters}. */
	public static Formats<ExportFormat> exporters() {
		return new Formats<>(ContributedFormats.exporters());
	}

	/** The formats to import maps from: those contributed to {@code org.cjmstudio.importers}. */
	public static Formats<ImportFormat> importers() {
		return new Formats<>(ContributedFormats.importers());
	}

	/** The usable formats, in order. */
	public List<F> all() {
		return declared.stream().filter(Format::isUsable).toList();
	}

	/** The format a user names by its id, its name or one of its extensions, in any letter case. */
	public Optional<F> named(String name) {
		String wanted = name.trim().toLowerCase(Locale.ROOT);
		return all().stream().filter(format -> format.id().equalsIgnoreCase(wanted)
				|| format.name().equalsIgnoreCase(wanted) || format.extensions().contains(wanted)).findFirst();
	}

	/** The first format, in order, whose extensions the file's name ends with. */
	public Optional<F> forFile(Path file) {
		return all().stream().filter(format -> format.matches(file)).findFirst();
	}

	/** "ttl, jsonld, ...", for messages such as "unknown format 'x' (use one of: ...)". */
	public String ids() {
		return all().stream().map(Format::id).collect(Collectors.joining(", "));
	}

	/** Every extension of every format, for a file dialog's filter ("*.ttl;*.jsonld;..."). */
	public List<String> extensions() {
		return all().stream().flatMap(format -> format.extensions().stream()).distinct().toList();
	}
}
