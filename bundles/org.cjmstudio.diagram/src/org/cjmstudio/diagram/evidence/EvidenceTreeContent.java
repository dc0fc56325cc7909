package org.cjmstudio.diagram.evidence;

import java.util.List;

import org.cjmstudio.model.Insight;
import org.cjmstudio.model.DataSource;
import org.cjmstudio.model.Interview;
import org.cjmstudio.model.Quote;
import org.cjmstudio.model.ResearchStudy;
import org.eclipse.jface.viewers.ITreeContentProvider;

/**
 * The Link Evidence tree: studies with their interviews and those interviews' quotes, insights, data sources, each
 * kind under its group. It reads an {@link EvidenceDraft}, so evidence created in the dialog shows where it will go.
 */
final class EvidenceTreeContent implements ITreeContentProvider {

	private final EvidenceDraft draft;

	EvidenceTreeContent(EvidenceDraft draft) {
		this.draft = draft;
	}

	@Override
	public Object[] getElements(Object input) {
		return EvidenceGroup.values();
	}

	@Override
	public Object[] getChildren(Object parent) {
		return children(parent).toArray();
	}

	List<?> children(Object parent) {
		return switch (parent) {
		case EvidenceGroup group -> switch (group) {
		case STUDIES -> draft.studies();
		case INSIGHTS -> draft.insights();
		case DATA_SOURCES -> draft.dataSources();
		};
		case ResearchStudy study -> draft.interviewsOf(study);
		case Interview interview -> interview.getQuotes();
		default -> List.of();
		};
	}

	@Override
	public Object getParent(Object element) {
		return switch (element) {
		case ResearchStudy study -> EvidenceGroup.STUDIES;
		case Interview interview -> draft.studyOf(interview);
		case Quote quote -> quote.eContainer();
		case Insight insight -> EvidenceGroup.INSIGHTS;
		case DataSource source -> EvidenceGroup.DATA_SOURCES;
		default -> null;
		};
	}

	@Override
	public boolean hasChildren(Object element) {
		return !children(element).isEmpty();
	}
}
