package org.cjmstudio.rdf.vocabularies;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.riot.RiotException;
import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;
import org.osgi.framework.Bundle;

/**
 * Reads the vocabularies contributed to {@code org.cjmstudio.rdf.vocabularies}. A broken contribution (no id, name or
 * file, a file the plugin does not ship, Turtle that does not parse, an order that is not a number, an id already
 * taken) is left out with a warning naming its plugin, so one bad plugin never stops an export or a channel picker.
 * Warnings, not errors: the workbench's start check treats a logged error as a failed start.
 */
final class ContributedVocabularies {

	static final String EXTENSION_POINT = "org.cjmstudio.rdf.vocabularies";

	private ContributedVocabularies() {
	}

	/** The contributed vocabularies in their order, or null when there is no extension registry. */
	static List<Vocabulary> read() {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry == null) {
			return null;
		}
		IConfigurationElement[] elements = registry.getConfigurationElementsFor(EXTENSION_POINT);
		String contributions = contributions(elements);
		Read last = lastRead;
		if (last != null && last.contributions().equals(contributions)) {
			return last.vocabularies();
		}
		List<Vocabulary> vocabularies = read(elements);
		lastRead = new Read(contributions, vocabularies);
		return vocabularies;
	}

	/** The vocabularies read for one set of contributions, kept so that exports do not parse them again. */
	private record Read(String contributions, List<Vocabulary> vocabularies) {
	}

	private static volatile Read lastRead;

	static void forget() {
		lastRead = null;
	}

	/** What identifies a set of contributions: each one's plugin and attributes, in the registry's order. */
	private static String contributions(IConfigurationElement[] elements) {
		StringBuilder key = new StringBuilder();
		for (IConfigurationElement element : elements) {
			key.append(element.getContributor().getName()).append('|').append(element.getAttribute("id")).append('|')
					.append(element.getAttribute("file")).append('|').append(element.getAttribute("name"))
					.append('|').append(element.getAttribute("order")).append('\n');
		}
		return key.toString();
	}

	private static List<Vocabulary> read(IConfigurationElement[] elements) {
		List<Vocabulary> read = new ArrayList<>();
		for (IConfigurationElement element : elements) {
			Vocabulary vocabulary = "vocabulary".equals(element.getName()) ? vocabulary(element) : null;
			if (vocabulary != null) {
				read.add(vocabulary);
			}
		}
		// of two vocabularies with one id, CJM Studio's own wins, then the one read first
		read.sort(Comparator.comparing(vocabulary -> !vocabulary.plugin().equals(InstalledVocabularies.OWN_PLUGIN)));
		List<Vocabulary> vocabularies = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (Vocabulary vocabulary : read) {
			if (ids.add(vocabulary.id())) {
				vocabularies.add(vocabulary);
			} else {
				warn(vocabulary.plugin(), "its vocabulary id '" + vocabulary.id() + "' is taken by another plugin");
			}
		}
		vocabularies.sort(InstalledVocabularies.ORDER);
		return List.copyOf(vocabularies);
	}

	private static Vocabulary vocabulary(IConfigurationElement element) {
		String plugin = element.getContributor().getName();
		String id = element.getAttribute("id");
		String name = element.getAttribute("name");
		String file = element.getAttribute("file");
		if (id == null || id.isBlank() || name == null || name.isBlank() || file == null || file.isBlank()) {
			warn(plugin, "a vocabulary without an id, a name or a file");
			return null;
		}
		try {
			int order = order(element.getAttribute("order"));
			Bundle bundle = ContributorFactoryOSGi.resolve(element.getContributor());
			URL entry = bundle == null ? null : bundle.getEntry(file);
			if (entry == null) {
				warn(plugin, "its vocabulary '" + id + "' names the file '" + file + "', which the plugin does not ship");
				return null;
			}
			try (InputStream in = entry.openStream()) {
				return new Vocabulary(id, name.strip(), plugin, file, order, InstalledVocabularies.parse(in));
			}
		} catch (NumberFormatException e) {
			warn(plugin, "its vocabulary '" + id + "' has the order '" + element.getAttribute("order")
					+ "', which is not a whole number");
		} catch (RiotException e) {
			warn(plugin, "its vocabulary '" + id + "' (" + file + ") is not Turtle: " + e.getMessage());
		} catch (IOException | RuntimeException e) {
			warn(plugin, "its vocabulary '" + id + "' (" + file + ") cannot be read: " + e.getMessage());
		}
		return null;
	}

	private static int order(String value) {
		return value == null || value.isBlank() ? InstalledVocabularies.DEFAULT_ORDER : Integer.parseInt(value.strip());
	}

	private static void warn(String plugin, String problem) {
		ILog.of(ContributedVocabularies.class).log(Status.warning("Vocabularies of plugin '" + plugin
				+ "' left out: " + problem));
	}
}
