package org.cjmstudio.model.persistence;

import java.util.Map;
import java.util.TreeMap;

import org.cjmstudio.model.JourneyMap;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.FeatureMap;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xml.type.AnyType;

/**
 * The cards a map file holds for plugins that are not installed here: {@link PluginContentHandler} keeps them in the
 * resource's extension map, so saving writes them back, but they are not in the map itself. Whatever else carries a
 * map away from its file (the RDF export, sharing it as a team map) would lose them without a word: it asks here
 * first and refuses, naming them.
 */
public final class UninstalledPluginContent {

	private UninstalledPluginContent() {
	}

	/** The number of such cards by their plugin's namespace; empty for a map without any (or not from a file). */
	public static Map<String, Integer> cards(JourneyMap map) {
		Map<String, Integer> cards = new TreeMap<>();
		if (map.eResource() instanceof XMLResource resource) {
			for (AnyType kept : resource.getEObjectToExtensionMap().values()) {
				// elements the handler recorded (the cards) are in "any"; "mixed" would count them again
				count(kept.getAny(), cards);
			}
		}
		return cards;
	}

	/**
	 * Says what would be lost, e.g. "The map 'Opening an account' holds 2 cards of a plugin that is not installed
	 * here (https://acme.example/cjm/blueprint/1.0)"; null when nothing would.
	 */
	public static String describe(JourneyMap map) {
		Map<String, Integer> cards = cards(map);
		if (cards.isEmpty()) {
			return null;
		}
		int count = cards.values().stream().mapToInt(Integer::intValue).sum();
		return "The map '" + map.getTitle() + "' holds " + count + (count == 1 ? " card" : " cards") + " of "
				+ (cards.size() == 1 ? "a plugin that is" : "plugins that are") + " not installed here ("
				+ String.join(", ", cards.keySet()) + ")";
	}

	private static void count(FeatureMap entries, Map<String, Integer> cards) {
		for (FeatureMap.Entry entry : entries) {
			if (entry.getValue() instanceof EObject card && card.eClass().getEPackage() != null) {
				cards.merge(card.eClass().getEPackage().getNsURI(), 1, Integer::sum);
			}
		}
	}
}
