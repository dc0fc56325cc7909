package org.cjmstudio.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.cjmstudio.cli.commands.ExportCommand;
import org.cjmstudio.cli.commands.ImportCommand;
import org.cjmstudio.cli.commands.QueryCommand;
import org.cjmstudio.cli.commands.RenderCommand;
import org.cjmstudio.cli.commands.ValidateCommand;
import org.cjmstudio.model.contributions.Contributed;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;

/**
 * Reads the {@code cjm} subcommands contributed to {@code org.cjmstudio.cli.commands}, CJM Studio's own and every
 * plugin's, in {@code cjm help}'s order: by {@code order} (ours 10 to 50, a plugin's without one at 1000), ties by
 * name. A declaration without a name or class, with a name that is not one word, or a name another command took first,
 * is left out with a warning naming the plugin.
 */
final class InstalledCommands {

	static final String EXTENSION_POINT = "org.cjmstudio.cli.commands";
	static final int DEFAULT_ORDER = 1000;

	private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();

	private InstalledCommands() {
	}

	/** The installed commands; without an extension registry (a plain Java program) the {@link #standard()} ones. */
	static List<InstalledCommand> read() {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry == null) {
			return standard();
		}
		List<InstalledCommand> declared = new ArrayList<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			if ("command".equals(element.getName())) {
				InstalledCommand command = declared(element);
				if (command != null) {
					declared.add(command);
				}
			}
		}
		declared.sort(Comparator.comparingInt(InstalledCommand::order).thenComparing(InstalledCommand::name)
				.thenComparing(InstalledCommand::plugin));
		Set<String> taken = new HashSet<>();
		List<InstalledCommand> commands = new ArrayList<>();
		for (InstalledCommand command : declared) {
			if (taken.add(command.name())) {
				commands.add(command);
			} else {
				warn(command.plugin(), "its command '" + command.name() + "' has a name another command took first");
			}
		}
		return commands;
	}

	/** CJM Studio's own commands, as this bundle's plugin.xml contributes them. */
	static List<InstalledCommand> standard() {
		return List.of(new ValidateCommand(), new ExportCommand(), new ImportCommand(), new QueryCommand(),
				new RenderCommand()).stream().map(InstalledCommand::of).toList();
	}

	private static InstalledCommand declared(IConfigurationElement element) {
		String plugin = element.getContributor().getName();
		String name = element.getAttribute("name");
		if (name == null || !name.matches("[a-z0-9][a-z0-9-]*") || element.getAttribute("class") == null) {
			warn(plugin, "a command needs a name of lower-case letters, digits and dashes and a class (found name '"
					+ name + "')");
			return null;
		}
		String order = element.getAttribute("order");
		int position;
		try {
			position = order == null ? DEFAULT_ORDER : Integer.parseInt(order.trim());
		} catch (NumberFormatException notANumber) {
			warn(plugin, "its command '" + name + "' has the order '" + order + "', which is not a whole number");
			return null;
		}
		return new InstalledCommand(name, position, Contributed.of(element, EXTENSION_POINT, name,
				"the command '" + name + "'", CliCommand.class));
	}

	private static void warn(String plugin, String problem) {
		// a warning, not an error: the workbench's start check treats a logged error as a failed start
		String message = "cjm commands of plugin '" + plugin + "' left out: " + problem;
		// the commands are read by every Cli: say it once per session, not at every read
		if (WARNED.add(message)) {
			ILog.of(InstalledCommands.class).log(Status.warning(message));
		}
	}
}
