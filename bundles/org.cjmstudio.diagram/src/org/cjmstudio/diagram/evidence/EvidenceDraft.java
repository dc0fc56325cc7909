package org.cjmstudio.diagram.evidence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cjmstudio.model.CjmFactory;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.DataSource;
import org.cjmstudio.model.DataSourceKind;
import org.cjmstudio.model.Evidence;
import org.cjmstudio.model.Insight;
import org.cjmstudio.model.InsightKind;
import org.cjmstudio.model.Interview;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.ResearchStudy;
import org.cjmstudio.model.RespondentGroup;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * What the Link Evidence dialog is about to do to one barrier, emotion or persona: the map's evidence plus the
 * interviews, studies, insights and data sources created in the dialog (kept out of the map until OK, so Cancel
 * leaves it untouched), and which of them are ticked. {@link #command} turns it all into one undoable command.
 */
final class EvidenceDraft {

	private final EObject citing;
	private final JourneyMap map;
	private final List<ResearchStudy> newStudies = new ArrayList<>();
	private final Map<ResearchStudy, List<Interview>> newInterviews = new LinkedHashMap<>();
	private final List<Insight> newInsights = new ArrayList<>();
	private final List<DataSource> newDataSources = new ArrayList<>();
	private final Set<Evidence> ticked;

	EvidenceDraft(EObject citing) {
		this.citing = citing;
		this.map = (JourneyMap) EcoreUtil.getRootContainer(citing);
		this.ticked = new LinkedHashSet<>(EvidenceLinks.cited(citing));
	}

	EObject citing() {
		return citing;
	}

	/** The studies the map has, then those created here. */
	List<ResearchStudy> studies() {
		List<ResearchStudy> studies = new ArrayList<>(map.getStudies());
		studies.addAll(newStudies);
		return studies;
	}

	List<Interview> interviewsOf(ResearchStudy study) {
		List<Interview> interviews = new ArrayList<>(study.getInterviews());
		if (!newStudies.contains(study)) {
			interviews.addAll(newInterviews.getOrDefault(study, List.of()));
		}
		return interviews;
	}

	/** The study an interview belongs to, also for one created here and not yet in its study. */
	ResearchStudy studyOf(Interview interview) {
		if (interview.eContainer() instanceof ResearchStudy study) {
			return study;
		}
		return newInterviews.entrySet().stream().filter(entry -> entry.getValue().contains(interview))
				.map(Map.Entry::getKey).findFirst().orElse(null);
	}

	List<Insight> insights() {
		List<Insight> insights = new ArrayList<>(map.getInsights());
		insights.addAll(newInsights);
		return insights;
	}

	List<DataSource> dataSources() {
		List<DataSource> sources = new ArrayList<>(map.getDataSources());
		sources.addAll(newDataSources);
		return sources;
	}

	boolean hasResearch() {
		return !studies().isEmpty() || !insights().isEmpty() || !dataSources().isEmpty();
	}

	boolean isNew(Evidence evidence) {
		return EcoreUtil.getRootContainer(evidence) != map;
	}

	boolean isTicked(Evidence evidence) {
		return ticked.contains(evidence);
	}

	void tick(Evidence evidence, boolean tick) {
		if (tick) {
			ticked.add(evidence);
		} else {
			ticked.remove(evidence);
		}
	}

	Set<Evidence> ticked() {
		return Set.copyOf(ticked);
	}

	/** A new study, ticked neither: it only holds the interview the analyst is creating. */
	ResearchStudy newStudy(String title) {
		ResearchStudy study = CjmFactory.eINSTANCE.createResearchStudy();
		study.setTitle(title);
		study.setDate(new java.util.Date());
		newStudies.add(study);
		return study;
	}

	/** A new interview in {@code study}, ticked. */
	Interview newInterview(ResearchStudy study, String respondent, RespondentGroup group) {
		Interview interview = CjmFactory.eINSTANCE.createInterview();
		interview.setTitle(respondent);
		interview.setRespondentGroup(group);
		interview.setDate(new java.util.Date());
		if (newStudies.contains(study)) {
			study.getInterviews().add(interview); // the study is not in the map yet: it goes there with it
		} else {
			newInterviews.computeIfAbsent(study, key -> new ArrayList<>()).add(interview);
		}
		ticked.add(interview);
		return interview;
	}

	Insight newInsight(String title, InsightKind kind) {
		Insight insight = CjmFactory.eINSTANCE.createInsight();
		insight.setTitle(title);
		insight.setKind(kind);
		insight.setDate(new java.util.Date());
		newInsights.add(insight);
		ticked.add(insight);
		return insight;
	}

	DataSource newDataSource(String title, DataSourceKind kind) {
		DataSource source = CjmFactory.eINSTANCE.createDataSource();
		source.setTitle(title);
		source.setKind(kind);
		source.setDate(new java.util.Date());
		newDataSources.add(source);
		ticked.add(source);
		return source;
	}

	/** "Link Evidence to Barrier 'Delivery cost'". */
	String label() {
		return EvidenceLinks.linkLabel(citing);
	}

	/**
	 * One command that adds what was created and sets what the element cites, in the order ticked (earlier citations
	 * first); null when nothing would change.
	 */
	Command command(EditingDomain domain) {
		CompoundCommand command = new CompoundCommand(label());
		CjmPackage cjm = CjmPackage.eINSTANCE;
		add(command, domain, map, cjm.getJourneyMap_Studies(), newStudies);
		newInterviews.forEach((study, interviews) -> add(command, domain, study,
				cjm.getResearchStudy_Interviews(), interviews));
		add(command, domain, map, cjm.getJourneyMap_Insights(), newInsights);
		add(command, domain, map, cjm.getJourneyMap_DataSources(), newDataSources);
		List<Evidence> citations = citationsInOrder();
		if (!citations.equals(EvidenceLinks.cited(citing))) {
			command.append(EvidenceLinks.cite(domain, citing, citations));
		}
		return command.isEmpty() ? null : command;
	}

	/** What the element cited and still does, in its old order, then the newly ticked in the order they were ticked. */
	private List<Evidence> citationsInOrder() {
		List<Evidence> order = new ArrayList<>(EvidenceLinks.cited(citing));
		order.retainAll(ticked);
		for (Evidence evidence : ticked) {
			if (!order.contains(evidence)) {
				order.add(evidence);
			}
		}
		return order;
	}

	private static void add(CompoundCommand command, EditingDomain domain, EObject owner, Object feature,
			Collection<? extends EObject> values) {
		if (!values.isEmpty()) {
			command.append(AddCommand.create(domain, owner, feature, List.copyOf(values)));
		}
	}
}
