package org.cjmstudio.model.templates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;

/**
 * Reads the templates contributed to {@code org.cjmstudio.templates}. A broken contribution (no name, a class that
 * cannot be created or is no JourneyTemplate, an order that is not a number, an id already taken) is left out with
 * a warning naming its plugin, so one bad plugin never takes the New Journey Map wizard down. Warnings, not errors:
 * the workbench's start check treats a logged error as a failed start.
 */
final class ContributedTemplates {

	static final String EXTENSION_POINT = "org.cjmstudio.templates";

	private ContributedTemplates() {
	}

	/** The contributed templates in the wizard's order, or null when there is no extension registry. */
	static List<InstalledTemplate> read() {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry == null) {
			return null;
		}
		List<InstalledTemplate> read = new ArrayList<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			InstalledTemplate template = "template".equals(element.getName()) ? template(element) : null;
			if (template != null) {
				read.add(template);
			}
		}
		// of two templates with one id, CJM Studio's own wins, then the one read first: a plugin cannot replace ours
		read.sort(Comparator.comparing(template -> !template.plugin().equals(InstalledTemplates.OWN_PLUGIN)));
		List<InstalledTemplate> templates = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (InstalledTemplate template : read) {
			if (ids.add(template.id())) {
				templates.add(template);
			} else {
				warn(template.plugin(), "its template id '" + template.id() + "' is taken by another plugin");
			}
		}
		templates.sort(InstalledTemplates.ORDER);
		return List.copyOf(templates);
	}

	private static InstalledTemplate template(IConfigurationElement element) {
		String plugin = element.getContributor().getName();
		String id = element.getAttribute("id");
		String name = element.getAttribute("name");
		if (id == null || id.isBlank() || name == null || name.isBlank()) {
			warn(plugin, "a template without an id or a name");
			return null;
		}
		try {
			int order = order(element.getAttribute("order"));
			if (!(element.createExecutableExtension("class") instanceof JourneyTemplate template)) {
				warn(plugin, "its template '" + id + "' (" + element.getAttribute("class") + ") is not a JourneyTemplate");
				return null;
			}
			return new InstalledTemplate(id, name.strip(), element.getAttribute("description"), order, plugin,
					template);
		} catch (NumberFormatException e) {
			warn(plugin, "its template '" + id + "' has the order '" + element.getAttribute("order")
					+ "', which is not a whole number");
		} catch (CoreException | RuntimeException | LinkageError e) {
			warn(plugin, "its template '" + id + "' cannot be created: " + e.getMessage());
		}
		return null;
	}

	private static int order(String value) {
		return value == null || value.isBlank() ? InstalledTemplates.DEFAULT_ORDER : Integer.parseInt(value.strip());
	}

	private static void warn(String plugin, String problem) {
		ILog.of(ContributedTemplates.class).log(Status.warning("Journey templates of plugin '" + plugin
				+ "' left out: " + problem));
	}
}
