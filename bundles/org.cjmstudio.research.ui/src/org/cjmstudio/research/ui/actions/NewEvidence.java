package org.cjmstudio.research.ui.actions;

import java.util.List;

import org.cjmstudio.model.CjmFactory;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.Evidence;
import org.cjmstudio.model.Interview;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Quote;
import org.cjmstudio.model.ResearchStudy;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.viewers.IStructuredSelection;

/**
 * The kinds of evidence the Research view creates, each with the element it goes into (the map, the selected study,
 * the selected interview) and the name it starts with.
 */
public enum NewEvidence {

	STUDY("New Study", "Creates a research study in the map", CjmPackage.Literals.JOURNEY_MAP__STUDIES),
	INTERVIEW("New Interview", "Adds an interview to the selected study", CjmPackage.Literals.RESEARCH_STUDY__INTERVIEWS),
	QUOTE("New Quote", "Adds a quote to the selected interview", CjmPackage.Literals.INTERVIEW__QUOTES),
	INSIGHT("New Insight", "Creates an insight, supported by the selected interviews and quotes",
			CjmPackage.Literals.JOURNEY_MAP__INSIGHTS),
	DATA_SOURCE("New Data Source", "Creates a quantitative data source (analytics, CRM, survey...)",
			CjmPackage.Literals.JOURNEY_MAP__DATA_SOURCES);

	private final String actionLabel;
	private final String toolTip;
	private final EReference list;

	NewEvidence(String actionLabel, String toolTip, EReference list) {
		this.actionLabel = actionLabel;
		this.toolTip = toolTip;
		this.list = list;
	}

	public String actionLabel() {
		return actionLabel;
	}

	public String toolTip() {
		return toolTip;
	}

	public EReference list() {
		return list;
	}

	/**
	 * Where a new element of this kind goes, given the map and what is selected: the map for studies, insights and
	 * data sources; the selected study (or the study of a selected interview or quote, or the map's only study) for
	 * interviews; the selected interview (or a selected quote's) for quotes. {@code null} when there is no such place.
	 */
	public EObject ownerIn(JourneyMap map, IStructuredSelection selection) {
		return switch (this) {
			case STUDY, INSIGHT, DATA_SOURCE -> map;
			case INTERVIEW -> studyOf(map, selection.getFirstElement());
			case QUOTE -> interviewOf(selection.getFirstElement());
		};
	}

	/** A new element of this kind, named so the analyst sees what to type over. */
	public Evidence create(EObject owner) {
		return switch (this) {
			case STUDY -> titled(CjmFactory.eINSTANCE.createResearchStudy(), "New study");
			case INTERVIEW -> titled(CjmFactory.eINSTANCE.createInterview(),
					String.format("Interview %02d", ((ResearchStudy) owner).getInterviews().size() + 1));
			case QUOTE -> {
				Quote quote = CjmFactory.eINSTANCE.createQuote();
				quote.setText("New quote");
				yield quote;
			}
			case INSIGHT -> titled(CjmFactory.eINSTANCE.createInsight(), "New insight");
			case DATA_SOURCE -> titled(CjmFactory.eINSTANCE.createDataSource(), "New data source");
		};
	}

	private static Evidence titled(Evidence evidence, String title) {
		evidence.setTitle(title);
		return evidence;
	}

	private static ResearchStudy studyOf(JourneyMap map, Object selected) {
		for (Object current = selected; current instanceof EObject element; current = element.eContainer()) {
			if (current instanceof ResearchStudy study) {
				return study;
			}
		}
		List<ResearchStudy> studies = map.getStudies();
		return studies.size() == 1 ? studies.get(0) : null;
	}

	private static Interview interviewOf(Object selected) {
		for (Object current = selected; current instanceof EObject element; current = element.eContainer()) {
			if (current instanceof Interview interview) {
				return interview;
			}
		}
		return null;
	}
}
