package org.cjmstudio.model.formats;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.cjmstudio.model.contributions.Contributed;

/**
 * A file format contributed to {@code org.cjmstudio.exporters} or {@code org.cjmstudio.importers}: the id users type
 * ({@code cjm export --format ttl}), the name dialogs show, the file extensions it goes by, and the contributing plugin.
 */
public abstract class Format<T> {

	private final String id;
	private final String name;
	private final List<String> extensions;
	private final int order;
	final Contributed<T> contribution;

	Format(String id, String name, List<String> extensions, int order, Contributed<T> contribution) {
		this.id = id;
		this.name = name;
		this.extensions = List.copyOf(extensions);
		this.order = order;
		this.contribution = contribution;
	}

	/** The id on the command line, e.g. {@code ttl}, {@code png}, {@code example.touchpoints-csv}. */
	public String id() {
		return id;
	}

	/** The name in dialogs, e.g. "Turtle". */
	public String name() {
		return name;
	}

	/** The file extensions, without dots, lower case; the first one names new files. */
	public List<String> extensions() {
		return extensions;
	}

	/** Where the format stands in lists: lower first, ties by id. */
	public int order() {
		return order;
	}

	/** The bundle symbolic name of the plugin that contributed it. */
	public String plugin() {
		return contribution.plugin();
	}

	/** True until the format failed once in this session. */
	public boolean isUsable() {
		return !contribution.isOff();
	}

	/** Whether the file's name ends with one of the format's extensions (in any letter case). */
	public boolean matches(Path file) {
		Path name = file.getFileName();
		String text = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
		return extensions.stream().anyMatch(extension -> text.endsWith("." + extension));
	}

	/** "Turtle (*.ttl)" */
	public String label() {
		return name + " (*." + String.join(", *.", extensions) + ")";
	}

	@Override
	public String toString() {
		return id;
	}
}
