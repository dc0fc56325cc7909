package org.cjmstudio.model.evidence;

import java.util.List;

import org.cjmstudio.model.Barrier;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.Emotion;
import org.cjmstudio.model.Evidence;
import org.cjmstudio.model.Persona;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * Which elements of a map cite evidence: barriers, emotions and personas, each through its {@code evidence}
 * reference. The one place that list is kept, for validation, evidence levels, the editor and RDF.
 */
public final class Citations {

	private Citations() {
	}

	/** The reference through which {@code element} cites evidence, or null if it cites none. */
	public static EReference referenceOf(EObject element) {
		return switch (element) {
		case Barrier barrier -> CjmPackage.Literals.BARRIER__EVIDENCE;
		case Emotion emotion -> CjmPackage.Literals.EMOTION__EVIDENCE;
		case Persona persona -> CjmPackage.Literals.PERSONA__EVIDENCE;
		case null, default -> null;
		};
	}

	public static boolean cites(EObject element) {
		return referenceOf(element) != null;
	}

	/** What {@code element} cites now; empty for an element that cannot cite. */
	@SuppressWarnings("unchecked")
	public static List<Evidence> of(EObject element) {
		EReference reference = referenceOf(element);
		return reference == null ? List.of() : List.copyOf((List<Evidence>) element.eGet(reference));
	}
}
