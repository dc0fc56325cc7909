package org.cjmstudio.diagram.parts;

import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.Comment;
import org.cjmstudio.model.CommentThread;
import org.cjmstudio.model.Persona;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EContentAdapter;

/**
 * One listener for the whole map (rather than one per card), so a large map costs one adapter per element. It
 * refreshes the edit part of whatever changed, and all stage columns when a change crosses columns: an opportunity or
 * metric placed in another stage, or evidence links that the evidence lane counts.
 */
final class MapChangeDispatcher extends EContentAdapter {

	private final JourneyMapEditPart map;

	MapChangeDispatcher(JourneyMapEditPart map) {
		this.map = map;
	}

	@Override
	public void notifyChanged(Notification notification) {
		super.notifyChanged(notification);
		if (notification.isTouch() || notification.getEventType() == Notification.REMOVING_ADAPTER) {
			return;
		}
		Object feature = notification.getFeature();
		if (crossesColumns(feature)) {
			map.refreshStages();
		}
		if (feature == CjmPackage.Literals.JOURNEY_MAP__PERSONAS) {
			map.refreshPersonaBand();
		}
		if (feature == CjmPackage.Literals.JOURNEY_MAP__PERSONAS || notification.getNotifier() instanceof Persona) {
			map.refreshEmotions(); // curve colours follow the personas' order, tool tips their names
		}
		map.refreshPartOf(discussed(notification.getNotifier()));
		if (notification.getNotifier() != map.getModel()) {
			map.refreshPartOf(map.getModel()); // persona names in the header, the curve
		}
	}

	/** A comment or thread has no part of its own: its card's badge shows it. */
	private static Object discussed(Object notifier) {
		Object element = notifier;
		while (element instanceof Comment || element instanceof CommentThread) {
			element = ((EObject) element).eContainer();
		}
		return element == null ? notifier : element;
	}

	private static boolean crossesColumns(Object feature) {
		CjmPackage cjm = CjmPackage.eINSTANCE;
		return feature == cjm.getOpportunity_Stage() || feature == cjm.getMetric_Stage()
				|| feature == cjm.getJourneyMap_Opportunities() || feature == cjm.getJourneyMap_Metrics()
				|| feature == cjm.getResearchStudy_Interviews() || feature == cjm.getJourneyMap_Insights()
				|| feature == cjm.getEmotion_Step() || feature == cjm.getStage_Steps()
				|| isEvidenceLink(feature);
	}

	private static boolean isEvidenceLink(Object feature) {
		return feature instanceof EStructuralFeature structural && structural instanceof EReference reference
				&& !reference.isContainment() && "evidence".equals(reference.getName());
	}
}
