package org.cjmstudio.model.persistence;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.cjmstudio.model.validation.ElementLabels;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * The characters a {@code .cjm} file can hold. It is XML 1.0, which has no way to write most control characters
 * (U+0001) or the non-characters U+FFFE and U+FFFF, not even escaped; text from elsewhere (an RDF file, a pasted
 * transcript) may hold them, so it is cleaned where it enters a map instead of failing later at the save. EMF's
 * writer throws for some of them and silently writes others (U+FFFF) into a file that then cannot be opened, so
 * {@link MapFiles#save} checks every text first ({@link #firstUnholdable}).
 */
public final class MapFileCharacters {

	private MapFileCharacters() {
	}

	/** The XML 1.0 {@code Char} production. */
	public static boolean canHold(int codePoint) {
		return codePoint == 0x9 || codePoint == 0xA || codePoint == 0xD
				|| codePoint >= 0x20 && codePoint <= 0xD7FF
				|| codePoint >= 0xE000 && codePoint <= 0xFFFD
				|| codePoint >= 0x10000 && codePoint <= 0x10FFFF;
	}

	public static boolean canHold(String text) {
		return text.codePoints().allMatch(MapFileCharacters::canHold);
	}

	/** {@code text} without the characters a map file cannot hold. */
	public static String clean(String text) {
		StringBuilder cleaned = new StringBuilder(text.length());
		text.codePoints().filter(MapFileCharacters::canHold).forEach(cleaned::appendCodePoint);
		return cleaned.toString();
	}

	/** The characters of {@code text} a map file cannot hold, as a user reads them: "U+0001, U+FFFE". */
	public static String forbiddenIn(String text) {
		return text.codePoints().filter(codePoint -> !canHold(codePoint)).distinct()
				.mapToObj(codePoint -> String.format("U+%04X", codePoint)).collect(Collectors.joining(", "));
	}

	/**
	 * Where the first text a map file cannot hold is in {@code resource}, in words ("the name of step 'Pay' holds
	 * U+FFFF"), or empty when every text can be saved.
	 */
	public static Optional<String> firstUnholdable(Resource resource) {
		for (TreeIterator<EObject> elements = resource.getAllContents(); elements.hasNext();) {
			EObject element = elements.next();
			for (EAttribute attribute : element.eClass().getEAllAttributes()) {
				for (String text : texts(element, attribute)) {
					if (!canHold(text)) {
						return Optional.of("the " + attribute.getName() + " of " + shortly(element) + " holds "
								+ forbiddenIn(text));
					}
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * Removes from every text of {@code map} and its elements the characters a map file cannot hold, one line per
	 * text changed ("the name of step 'Pay': U+0001, which a map file cannot hold; left out of it").
	 */
	public static List<String> cleanAll(EObject map) {
		List<String> leftOut = new ArrayList<>();
		List<EObject> elements = new ArrayList<>();
		elements.add(map);
		map.eAllContents().forEachRemaining(elements::add);
		for (EObject element : elements) {
			for (EAttribute attribute : element.eClass().getEAllAttributes()) {
				if (attribute.isChangeable() && !attribute.isMany() && element.eGet(attribute) instanceof String text
						&& !canHold(text)) {
					leftOut.add("the " + attribute.getName() + " of " + shortly(element) + ": " + forbiddenIn(text)
							+ ", which a map file cannot hold; left out of it");
					element.eSet(attribute, clean(text));
				} else if (attribute.isChangeable() && attribute.isMany()) {
					@SuppressWarnings("unchecked")
					List<Object> values = (List<Object>) element.eGet(attribute);
					for (int i = 0; i < values.size(); i++) {
						if (values.get(i) instanceof String text && !canHold(text)) {
							leftOut.add("the " + attribute.getName() + " of " + shortly(element) + ": "
									+ forbiddenIn(text) + ", which a map file cannot hold; left out of it");
							values.set(i, clean(text));
						}
					}
				}
			}
		}
		return leftOut;
	}

	private static List<String> texts(EObject element, EAttribute attribute) {
		if (attribute.getEAttributeType().getInstanceClass() != String.class || !element.eIsSet(attribute)) {
			return List.of();
		}
		Object value = element.eGet(attribute);
		if (value instanceof String text) {
			return List.of(text);
		}
		List<String> texts = new ArrayList<>();
		if (value instanceof List<?> values) {
			for (Iterator<?> i = values.iterator(); i.hasNext();) {
				if (i.next() instanceof String text) {
					texts.add(text);
				}
			}
		}
		return texts;
	}

	/** The element as a message names it, cut short: its name may be a whole transcript. */
	private static String shortly(EObject element) {
		String label = clean(ElementLabels.describe(element));
		return label.length() > 80 ? label.substring(0, 77) + "...'" : label;
	}
}
