package org.cjmstudio.model.contributions;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;

/**
 * The class a plugin contributed to one of our extension points, created on first use. When it cannot be created
 * (a class name the plugin does not ship, a class of the wrong kind, a constructor that throws) or later fails in
 * use, it is {@link SwitchedOff switched off} for the session and the caller gets a {@link PluginFailedException}
 * naming the plugin. Thread-safe: exports and validation run in background jobs.
 */
public final class Contributed<T> {

	/** Creates the contributed object; for the extension registry, {@code createExecutableExtension("class")}. */
	public interface Creator {
		Object create() throws Exception;
	}

	private final String key;
	private final String plugin;
	private final String what;
	private final Class<T> type;
	private final Creator creator;
	private T instance;

	public Contributed(String plugin, String point, String id, String what, Class<T> type, Creator creator) {
		this.key = SwitchedOff.key(plugin, point, id);
		this.plugin = plugin;
		this.what = what;
		this.type = type;
		this.creator = creator;
	}

	/** The class named by the element's {@code class} attribute, contributed by the element's plugin. */
	public static <T> Contributed<T> of(IConfigurationElement element, String point, String id, String what,
			Class<T> type) {
		return new Contributed<>(element.getContributor().getName(), point, id, what, type,
				() -> element.createExecutableExtension("class"));
	}

	/** The bundle symbolic name of the contributing plugin. */
	public String plugin() {
		return plugin;
	}

	/** How the user knows it, e.g. "the exporter 'CSV (touchpoints)'". */
	public String what() {
		return what;
	}

	public boolean isOff() {
		return SwitchedOff.isOff(key);
	}

	/** The contributed object, created the first time. */
	public synchronized T instance() throws PluginFailedException {
		if (instance != null) {
			return instance;
		}
		if (isOff()) {
			throw SwitchedOff.switchOff(key, plugin, what, new IllegalStateException("it failed earlier"));
		}
		Object created;
		try {
			created = creator.create();
		} catch (CoreException e) {
			// the registry wraps a missing class or a failing constructor; its cause says which
			throw failed(e.getCause() != null ? e.getCause() : e);
		} catch (Exception | LinkageError e) {
			throw failed(e);
		}
		if (!type.isInstance(created)) {
			throw failed(new ClassCastException(created.getClass().getName() + " is not a " + type.getSimpleName()));
		}
		instance = type.cast(created);
		return instance;
	}

	/** Switches the contribution off after {@code cause} and returns the exception to throw. */
	public PluginFailedException failed(Throwable cause) {
		return SwitchedOff.switchOff(key, plugin, what, cause);
	}
}
