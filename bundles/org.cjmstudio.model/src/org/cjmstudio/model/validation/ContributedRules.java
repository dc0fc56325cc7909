package org.cjmstudio.model.validation;

import org.cjmstudio.model.contributions.SwitchedOff;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;

/**
 * Reads the rules contributed to {@code org.cjmstudio.model.validationRules} (CJM Studio's own and every installed
 * plugin's). A broken contribution — a class that cannot be created, an id that does not match or is taken — is
 * left out with a warning in the log naming its plugin, so one bad plugin never stops a map from being validated; a
 * class that cannot be created is also told to the user once ({@link SwitchedOff#leftOut}).
 * Warnings, not errors: the workbench's start check treats a logged error as a failed start.
 */
final class ContributedRules {

	static final String EXTENSION_POINT = "org.cjmstudio.model.validationRules";

	private ContributedRules() {
	}

	/** The contributed rules, or null when there is no extension registry (a plain Java program, the server). */
	static ValidationRules read() {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry == null) {
			return null;
		}
		ValidationRules rules = new ValidationRules();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			if ("rule".equals(element.getName())) {
				add(rules, element);
			}
		}
		return rules;
	}

	private static void add(ValidationRules rules, IConfigurationElement element) {
		String plugin = element.getContributor().getName();
		String id = element.getAttribute("id");
		try {
			if (!(element.createExecutableExtension("class") instanceof ValidationRule<?> rule)) {
				warn(plugin, "its rule '" + id + "' (" + element.getAttribute("class")
						+ ") is not a ValidationRule");
				return;
			}
			if (!rule.id().equals(id)) {
				warn(plugin, "its rule declared as '" + id + "' calls itself '" + rule.id() + "'");
				return;
			}
			if (!rule.appliesTo().getSimpleName().equals(element.getAttribute("appliesTo"))) {
				warn(plugin, "its rule '" + id + "' is declared for " + element.getAttribute("appliesTo")
						+ " but checks " + rule.appliesTo().getSimpleName());
				return;
			}
			try {
				rules.register(rule, plugin);
			} catch (IllegalArgumentException taken) {
				warn(plugin, "its rule '" + id + "' cannot be used: " + taken.getMessage());
			}
		} catch (CoreException | RuntimeException | LinkageError e) {
			Throwable cause = e instanceof CoreException && e.getCause() != null ? e.getCause() : e;
			leftOut(plugin, id, "its class cannot be created (" + cause.getClass().getSimpleName() + ": "
					+ cause.getMessage() + ")");
		}
	}

	private static void warn(String plugin, String problem) {
		ILog.of(ContributedRules.class).log(Status.warning("Validation rules of plugin '" + plugin + "' left out: "
				+ problem));
	}

	/** A rule whose class cannot be created: left out, and the user is told once (not only the log). */
	private static void leftOut(String plugin, String id, String problem) {
		SwitchedOff.leftOut(SwitchedOff.key(plugin, EXTENSION_POINT, id), plugin, "the validation rule '" + id + "'",
				problem);
	}
}
