package org.cjmstudio.model.contributions;

import java.io.IOException;

/**
 * A plugin's contribution failed (its class could not be created, it threw, it ran too long) and is switched off for
 * the rest of the session. An {@link IOException}, so the code that already tells the user why a file could not be
 * written or read tells them this too; its message names the plugin and says the maps are unchanged.
 */
public final class PluginFailedException extends IOException {

	private static final long serialVersionUID = 1L;

	private final String plugin;

	PluginFailedException(String plugin, String message, Throwable cause) {
		super(message, cause);
		this.plugin = plugin;
	}

	/** The bundle symbolic name of the plugin whose contribution failed, e.g. {@code org.cjmstudio.example}. */
	public String plugin() {
		return plugin;
	}
}
