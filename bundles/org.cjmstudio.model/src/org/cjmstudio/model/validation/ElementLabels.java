package org.cjmstudio.model.validation;

import org.cjmstudio.model.Emotion;
import org.cjmstudio.model.Stage;
import org.cjmstudio.model.emotions.EmotionLabels;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Names elements in messages the way a CX team would: "barrier 'Checkout takes five screens' in stage 'Purchase'".
 */
public final class ElementLabels {

	private static final String[] NAMING_FEATURES = { "name", "title", "statement", "text" };

	private ElementLabels() {
	}

	/** The element's kind and name, e.g. {@code barrier 'Slow checkout'}; a kind and short id if it has no name. */
	public static String describe(EObject element) {
		String kind = kind(element);
		String name = name(element);
		return name == null ? kind + " " + shortId(element) : kind + " '" + name + "'";
	}

	/** Like {@link #describe(EObject)}, followed by the stage the element sits in, if it sits in one. */
	public static String describeWithStage(EObject element) {
		Stage stage = stageOf(element);
		return stage == null || stage == element ? describe(element) : describe(element) + " in " + describe(stage);
	}

	/** The readable kind of an element: "research study" for ResearchStudy. */
	public static String kind(EObject element) {
		return element.eClass().getName().replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase();
	}

	private static String name(EObject element) {
		if (element instanceof Emotion emotion) {
			return EmotionLabels.feeling(emotion)
					+ (emotion.getStep() == null ? "" : " at step '" + emotion.getStep().getName() + "'");
		}
		for (String featureName : NAMING_FEATURES) {
			EStructuralFeature feature = element.eClass().getEStructuralFeature(featureName);
			if (feature != null && element.eGet(feature) instanceof String text && !text.isBlank()) {
				return text;
			}
		}
		return null;
	}

	private static String shortId(EObject element) {
		EStructuralFeature id = element.eClass().getEIDAttribute();
		Object value = id == null ? null : element.eGet(id);
		return value == null ? "(no id)" : "#" + value.toString().substring(0, Math.min(8, value.toString().length()));
	}

	private static Stage stageOf(EObject element) {
		for (EObject current = element; current != null; current = current.eContainer()) {
			if (current instanceof Stage stage) {
				return stage;
			}
		}
		return null;
	}
}
