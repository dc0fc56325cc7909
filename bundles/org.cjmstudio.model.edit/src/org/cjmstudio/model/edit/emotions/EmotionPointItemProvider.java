package org.cjmstudio.model.edit.emotions;

import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.Emotion;
import org.cjmstudio.model.Feeling;
import org.cjmstudio.model.edit.provider.EmotionItemProvider;
import org.cjmstudio.model.emotions.EmotionLabels;
import org.cjmstudio.model.emotions.Feelings;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The generated emotion item provider, with what CX teams expect of a point of the curve: it is named by how the
 * customer feels ("Emotion: relieved (+2) · Lena · as-is", not "Emotion RELIEF"), and choosing a feeling that does
 * not fit the current valence proposes the feeling's usual valence in the same undoable step.
 */
public class EmotionPointItemProvider extends EmotionItemProvider {

	public EmotionPointItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	@Override
	public String getText(Object object) {
		return getString("_UI_Emotion_type") + ": " + EmotionLabels.full((Emotion) object);
	}

	@Override
	protected Command createSetCommand(EditingDomain domain, EObject owner, EStructuralFeature feature, Object value) {
		Command set = super.createSetCommand(domain, owner, feature, value);
		if (feature != CjmPackage.Literals.EMOTION__FEELING || !(value instanceof Feeling feeling)
				|| !(owner instanceof Emotion emotion) || Feelings.fits(feeling, emotion.getValence())) {
			return set;
		}
		CompoundCommand feelingAndValence = new CompoundCommand(set.getLabel(), set.getDescription());
		feelingAndValence.append(set);
		feelingAndValence.append(new SetCommand(domain, owner, CjmPackage.Literals.EMOTION__VALENCE,
				Feelings.usualValence(feeling)));
		return feelingAndValence;
	}
}
