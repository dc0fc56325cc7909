package org.cjmstudio.model.templates;

import java.util.Comparator;
import java.util.List;

import org.cjmstudio.model.contributions.SwitchedOff;

/**
 * The templates a new map can start from. {@link #installed()} reads those contributed to the extension point
 * {@code org.cjmstudio.templates} (CJM Studio's own and every plugin's); {@link #standard()} are CJM Studio's own,
 * for programs without an extension registry.
 */
public final class InstalledTemplates {

	/** The bundle that contributes the standard templates, as plugin.xml contributions are named. */
	static final String OWN_PLUGIN = "org.cjmstudio.model";

	/** The order of a contribution that states none: after the standard templates, before Blank. */
	public static final int DEFAULT_ORDER = 500;

	/** Lower order first; equal orders by name, then id, so the wizard's list is the same on every start. */
	static final Comparator<InstalledTemplate> ORDER = Comparator.comparingInt(InstalledTemplate::order)
			.thenComparing(InstalledTemplate::name, String.CASE_INSENSITIVE_ORDER)
			.thenComparing(InstalledTemplate::id);

	private InstalledTemplates() {
	}

	/**
	 * The installed templates in the wizard's order. Without an extension registry (a plain Java program) these are
	 * the {@link #standard()} ones.
	 */
	public static List<InstalledTemplate> installed() {
		List<InstalledTemplate> templates;
		try {
			List<InstalledTemplate> contributed = ContributedTemplates.read();
			templates = contributed != null ? contributed : standard();
		} catch (NoClassDefFoundError noRegistry) {
			// the registry's bundle is optional for the model: without it, the built-in templates
			templates = standard();
		}
		// a template that failed once is not offered again until CJM Studio restarts
		return templates.stream().filter(template -> !SwitchedOff.isOff(template.key())).toList();
	}

	/** CJM Studio's own templates, the same as this bundle's plugin.xml contributes. */
	public static List<InstalledTemplate> standard() {
		return List.of(
				new InstalledTemplate("org.cjmstudio.templates.b2c", "Six standard stages (B2C)",
						"need, information search, choosing alternatives, purchase, usage, loyalty or churn", 10,
						OWN_PLUGIN, new SixStagesTemplate()),
				new InstalledTemplate("org.cjmstudio.templates.b2b", "Six standard stages with a buying committee (B2B)",
						"decision maker, purchaser, technical expert, user", 20, OWN_PLUGIN,
						new BuyingCommitteeTemplate()),
				new InstalledTemplate("org.cjmstudio.templates.blank", "Blank", "no stages yet", 1000, OWN_PLUGIN,
						new BlankTemplate()));
	}
}
