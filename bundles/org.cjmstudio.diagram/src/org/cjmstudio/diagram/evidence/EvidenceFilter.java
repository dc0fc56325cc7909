package org.cjmstudio.diagram.evidence;

import java.util.Locale;
import java.util.stream.Stream;

import org.cjmstudio.model.DataSource;
import org.cjmstudio.model.Evidence;
import org.cjmstudio.model.Insight;
import org.cjmstudio.model.Interview;
import org.cjmstudio.model.Quote;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;

/**
 * Filters the Link Evidence tree as the analyst types: an element stays when its respondent, name or words contain
 * the text (case ignored), when something below it does (so the path to a matching quote stays), or when something
 * above it does (a matching interview keeps its quotes). Ticks live in the draft, not in the tree, so filtering
 * never loses them.
 */
final class EvidenceFilter extends ViewerFilter {

	private final EvidenceTreeContent content;
	private String text = "";

	EvidenceFilter(EvidenceTreeContent content) {
		this.content = content;
	}

	/** Sets the text to look for; blank shows everything. */
	void setText(String text) {
		this.text = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
	}

	boolean isActive() {
		return !text.isEmpty();
	}

	@Override
	public boolean select(Viewer viewer, Object parent, Object element) {
		return !isActive() || matchesBelow(element) || matchesAbove(element);
	}

	private boolean matchesBelow(Object element) {
		return matches(element) || content.children(element).stream().anyMatch(this::matchesBelow);
	}

	private boolean matchesAbove(Object element) {
		for (Object above = content.getParent(element); above != null; above = content.getParent(above)) {
			if (matches(above)) {
				return true;
			}
		}
		return false;
	}

	boolean matches(Object element) {
		if (!(element instanceof Evidence evidence)) {
			return false;
		}
		Stream<String> words = switch (evidence) {
		case Interview interview -> Stream.of(interview.getTitle(), interview.getRespondentProfile(),
				EvidenceWords.respondent(interview.getRespondentGroup()));
		case Quote quote -> Stream.of(quote.getText(), quote.getTitle(), quote.getTopic());
		case Insight insight -> Stream.of(insight.getTitle(), insight.getStatement(),
				EvidenceWords.kind(insight.getKind()));
		case DataSource source -> Stream.of(source.getTitle(), EvidenceWords.kind(source.getKind()));
		default -> Stream.of(evidence.getTitle());
		};
		return words.anyMatch(word -> word != null && word.toLowerCase(Locale.ROOT).contains(text));
	}
}
