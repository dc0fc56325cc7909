package org.cjmstudio.model.formats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.cjmstudio.model.contributions.Contributed;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;

/**
 * Reads {@code org.cjmstudio.exporters} and {@code org.cjmstudio.importers}. A declaration without an id, a name or
 * an extension, or with an id another format took first (in order), is left out with a warning naming its plugin;
 * the classes are only created when a format is used, so a broken class shows up then (see {@link Contributed}).
 * Without an extension registry (a plain Java program) there are no formats.
 */
final class ContributedFormats {

	static final String EXPORTERS = "org.cjmstudio.exporters";
	static final String IMPORTERS = "org.cjmstudio.importers";
	/** Where a format without an {@code order} stands: after CJM Studio's own. */
	static final int DEFAULT_ORDER = 1000;

	private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();

	private ContributedFormats() {
	}

	static List<ExportFormat> exporters() {
		return read(EXPORTERS, "exporter", element -> {
			String id = element.getAttribute("id");
			return new ExportFormat(id, element.getAttribute("name"), extensions(element), order(element),
					"one".equals(element.getAttribute("maps")), Contributed.of(element, EXPORTERS, id,
							"the exporter '" + element.getAttribute("name") + "'", MapExporter.class));
		});
	}

	static List<ImportFormat> importers() {
		return read(IMPORTERS, "importer", element -> {
			String id = element.getAttribute("id");
			return new ImportFormat(id, element.getAttribute("name"), extensions(element), order(element),
					Contributed.of(element, IMPORTERS, id, "the importer '" + element.getAttribute("name") + "'",
							MapImporter.class));
		});
	}

	private static <F extends Format<?>> List<F> read(String point, String elementName,
			Function<IConfigurationElement, F> format) {
		IExtensionRegistry registry;
		try {
			registry = RegistryFactory.getRegistry();
		} catch (NoClassDefFoundError noRegistry) {
			return List.of();
		}
		if (registry == null) {
			return List.of();
		}
		List<F> declared = new ArrayList<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(point)) {
			if (!elementName.equals(element.getName())) {
				continue;
			}
			String problem = problem(element);
			if (problem != null) {
				warn(point, element, problem);
				continue;
			}
			declared.add(format.apply(element));
		}
		declared.sort(Comparator.<F>comparingInt(Format::order).thenComparing(Format::id)
				.thenComparing(Format::plugin));
		Set<String> taken = new HashSet<>();
		List<F> formats = new ArrayList<>();
		for (F each : declared) {
			if (taken.add(each.id())) {
				formats.add(each);
			} else {
				warn(point, each.plugin(), "its format '" + each.id() + "' has an id another plugin took first");
			}
		}
		return formats;
	}

	private static String problem(IConfigurationElement element) {
		for (String attribute : List.of("id", "name", "extensions", "class")) {
			String value = element.getAttribute(attribute);
			if (value == null || value.isBlank()) {
				return "a format declares no " + attribute;
			}
		}
		String order = element.getAttribute("order");
		if (order != null) {
			try {
				Integer.parseInt(order.trim());
			} catch (NumberFormatException notANumber) {
				return "its format '" + element.getAttribute("id") + "' has the order '" + order
						+ "', which is not a whole number";
			}
		}
		return null;
	}

	private static List<String> extensions(IConfigurationElement element) {
		return Arrays.stream(element.getAttribute("extensions").split(","))
				.map(extension -> extension.trim().toLowerCase(Locale.ROOT).replaceFirst("^\\*?\\.", ""))
				.filter(extension -> !extension.isEmpty()).toList();
	}

	private static int order(IConfigurationElement element) {
		String order = element.getAttribute("order");
		return order == null ? DEFAULT_ORDER : Integer.parseInt(order.trim());
	}

	private static void warn(String point, IConfigurationElement element, String problem) {
		warn(point, element.getContributor().getName(), problem);
	}

	private static void warn(String point, String plugin, String problem) {
		// a warning, not an error: the workbench's start check treats a logged error as a failed start
		String message = "Formats of plugin '" + plugin + "' for " + point + " left out: " + problem;
		// the lists are read anew each time they are shown: say it once per session, not at every read
		if (WARNED.add(message)) {
			ILog.of(ContributedFormats.class).log(Status.warning(message));
		}
	}
}
