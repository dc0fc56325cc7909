package org.cjmstudio.model.contributions;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;

/**
 * The plugins' contributions switched off for this session because they failed once: an exporter that threw, a
 * validation rule that looped, a command whose class is missing. A failure is logged once, with the plugin's name,
 * and the contribution is left out of every list from then on, so the user is told once and never again meets the
 * same broken piece. Session state, deliberately static: the extension registry is read anew by each list, and a
 * switched-off contribution must stay off across those reads until the workbench or {@code cjm} restarts.
 */
public final class SwitchedOff {

	private static final Set<String> OFF = ConcurrentHashMap.newKeySet();
	private static final Set<String> TOLD = ConcurrentHashMap.newKeySet();
	/** Who tells the user of failures nobody else reports: the workbench's dialog, cjm's standard error. */
	private static volatile Consumer<PluginFailedException> teller = failure -> {
	};

	private SwitchedOff() {
	}

	/** The key of one contribution: its plugin, the extension point and its id there. */
	public static String key(String plugin, String point, String id) {
		return plugin + "/" + point + "/" + id;
	}

	public static boolean isOff(String key) {
		return OFF.contains(key);
	}

	/**
	 * Switches a contribution off and logs why (an error naming the plugin, with the cause's stack trace for its
	 * author). Returns the exception to hand to the caller, whose message says it in the user's words.
	 *
	 * @param what what failed, as the user knows it, e.g. "the exporter 'CSV (touchpoints)'"
	 */
	public static PluginFailedException switchOff(String key, String plugin, String what, Throwable cause) {
		String reason = cause instanceof Misbehaviour ? cause.getMessage()
				: cause.getMessage() == null ? cause.getClass().getSimpleName()
				: cause.getClass().getSimpleName() + ": " + cause.getMessage();
		PluginFailedException failure = new PluginFailedException(plugin, capitalized(what) + " of plugin '" + plugin
				+ "' failed (" + reason + "). It is switched off until CJM Studio restarts; the maps are unchanged.",
				cause);
		if (OFF.add(key)) {
			log(failure);
		}
		return failure;
	}

	/**
	 * Like {@link #switchOff} for a failure no caller reports, such as a validation rule's (validation goes on without
	 * it): the first time, the {@link #tellUserWith teller} tells the user too.
	 */
	public static PluginFailedException switchOffAndTell(String key, String plugin, String what, Throwable cause) {
		PluginFailedException failure = switchOff(key, plugin, what, cause);
		tellOnce(key, failure);
		return failure;
	}

	/**
	 * A contribution left out when it was read (its class does not exist, it is declared wrongly): switched off,
	 * logged as a warning (not an error: the product's start check counts logged errors, and CJM Studio itself is
	 * fine) and told to the user once.
	 *
	 * @param problem what is wrong, e.g. "its class org.acme.Rule cannot be found"
	 */
	public static void leftOut(String key, String plugin, String what, String problem) {
		PluginFailedException failure = new PluginFailedException(plugin, capitalized(what) + " of plugin '" + plugin
				+ "' is left out: " + problem + ".", null);
		if (OFF.add(key)) {
			try {
				ILog.of(SwitchedOff.class).log(Status.warning(failure.getMessage()));
			} catch (NoClassDefFoundError noRuntime) {
				// a plain Java program has no Eclipse log
			}
		}
		tellOnce(key, failure);
	}

	private static void tellOnce(String key, PluginFailedException failure) {
		if (TOLD.add(key)) {
			try {
				teller.accept(failure);
			} catch (RuntimeException tellerFailed) {
				// the failure is logged already; a teller that cannot tell must not stop the validation
			}
		}
	}

	/**
	 * Sets who tells the user of failures nobody else reports (the workbench: a dialog; {@code cjm}: a line on standard
	 * error); returns the previous one, so a caller can put it back.
	 */
	public static Consumer<PluginFailedException> tellUserWith(Consumer<PluginFailedException> newTeller) {
		Consumer<PluginFailedException> previous = teller;
		teller = newTeller;
		return previous;
	}

	/** The keys switched off so far, for tests and the log. */
	public static List<String> keys() {
		return List.copyOf(OFF);
	}

	private static void log(PluginFailedException failure) {
		try {
			ILog.of(SwitchedOff.class).log(Status.error(failure.getMessage(), failure.getCause()));
		} catch (NoClassDefFoundError noRuntime) {
			// a plain Java program has no Eclipse log; the caller tells the user
		}
	}

	private static String capitalized(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
