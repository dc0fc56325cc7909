package org.cjmstudio.persona.editing;

import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.Persona;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The part of a persona's portrait that holds a field: the persona itself, or one of the profiles it contains
 * (demographics, lifestyle, ...). A profile may be missing from a map; it is created by the first edit of one of its
 * fields, so a team never has to "add demographics" before typing an age.
 */
public enum PortraitPart {

	PERSONA(null),
	DEMOGRAPHICS(CjmPackage.Literals.PERSONA__DEMOGRAPHICS),
	LIFESTYLE(CjmPackage.Literals.PERSONA__LIFESTYLE),
	DECISION_MAKING(CjmPackage.Literals.PERSONA__DECISION_MAKING),
	PSYCHOLOGY(CjmPackage.Literals.PERSONA__PSYCHOLOGY),
	COMPANY(CjmPackage.Literals.PERSONA__COMPANY);

	private final EReference containment;

	PortraitPart(EReference containment) {
		this.containment = containment;
	}

	/** The object holding this part's fields, or {@code null} when the persona has no such profile yet. */
	public EObject of(Persona persona) {
		return containment == null ? persona : (EObject) persona.eGet(containment);
	}

	/** The reference from the persona to this part; {@code null} for the persona itself. */
	EReference containment() {
		return containment;
	}

	/** A new, empty profile of this part's kind, not yet in any map. */
	EObject createEmpty() {
		if (containment == null) {
			throw new IllegalStateException("A persona is never created by editing one of its fields");
		}
		return EcoreUtil.create(containment.getEReferenceType());
	}
}
