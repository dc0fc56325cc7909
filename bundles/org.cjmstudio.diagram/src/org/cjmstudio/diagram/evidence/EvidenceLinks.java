package org.cjmstudio.diagram.evidence;

import java.util.ArrayList;
import java.util.List;

import org.cjmstudio.model.Barrier;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.Emotion;
import org.cjmstudio.model.Evidence;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Persona;
import org.cjmstudio.model.ResearchStudy;
import org.cjmstudio.model.validation.ElementLabels;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Which elements cite evidence (barriers, emotions, personas), what evidence a map offers to cite, and the command
 * that sets what an element cites.
 */
public final class EvidenceLinks {

	private EvidenceLinks() {
	}

	/** The reference through which {@code element} cites evidence, or null if it cites none. */
	public static EReference citationOf(EObject element) {
		if (element instanceof Barrier) {
			return CjmPackage.Literals.BARRIER__EVIDENCE;
		}
		if (element instanceof Emotion) {
			return CjmPackage.Literals.EMOTION__EVIDENCE;
		}
		if (element instanceof Persona) {
			return CjmPackage.Literals.PERSONA__EVIDENCE;
		}
		return null;
	}

	/** Everything in the element's map that can be cited: studies with their interviews, insights, data sources. */
	public static List<Evidence> available(EObject element) {
		List<Evidence> evidence = new ArrayList<>();
		if (EcoreUtil.getRootContainer(element) instanceof JourneyMap map) {
			for (ResearchStudy study : map.getStudies()) {
				evidence.add(study);
				evidence.addAll(study.getInterviews());
			}
			evidence.addAll(map.getInsights());
			evidence.addAll(map.getDataSources());
		}
		return evidence;
	}

	@SuppressWarnings("unchecked")
	public static List<Evidence> cited(EObject element) {
		return List.copyOf((List<Evidence>) element.eGet(citationOf(element)));
	}

	/** How the Edit menu names a change of what {@code element} cites: "Link Evidence to Barrier 'Delivery cost'". */
	public static String linkLabel(EObject element) {
		String described = ElementLabels.describe(element);
		return "Link Evidence to " + Character.toUpperCase(described.charAt(0)) + described.substring(1);
	}

	/** One undoable command making {@code element} cite exactly {@code evidence}. */
	public static Command cite(EditingDomain domain, EObject element, List<Evidence> evidence) {
		return SetCommand.create(domain, element, citationOf(element), new ArrayList<>(evidence));
	}
}
