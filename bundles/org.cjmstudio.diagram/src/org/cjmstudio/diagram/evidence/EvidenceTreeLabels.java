package org.cjmstudio.diagram.evidence;

import org.cjmstudio.edit.ui.viewers.ItemProviderLabelProvider;
import org.cjmstudio.model.DataSource;
import org.cjmstudio.model.Evidence;
import org.cjmstudio.model.Insight;
import org.cjmstudio.model.Interview;
import org.cjmstudio.model.Quote;
import org.cjmstudio.model.ResearchStudy;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Image;

/**
 * How the Link Evidence tree names things: an interview by its respondent, group and date ("Anna K. · former
 * customer · 14 Mar 2026"), a quote in quotation marks (shortened, the whole text in its tool tip), an insight or a
 * data source by kind and name; evidence created in the dialog is marked "new". Icons are the item providers'.
 */
final class EvidenceTreeLabels extends ColumnLabelProvider {

	static final int QUOTE_LENGTH = 60;

	private final EvidenceDraft draft;
	private final ItemProviderLabelProvider icons;

	EvidenceTreeLabels(EvidenceDraft draft, AdapterFactory adapterFactory) {
		this.draft = draft;
		this.icons = new ItemProviderLabelProvider(adapterFactory);
	}

	@Override
	public String getText(Object element) {
		String text = switch (element) {
		case EvidenceGroup group -> group.title();
		case ResearchStudy study -> join(EvidenceWords.title(study), count(draft.interviewsOf(study).size()));
		case Interview interview -> interviewLabel(interview);
		case Quote quote -> quoted(shortened(quote.getText(), QUOTE_LENGTH));
		case Insight insight -> join(EvidenceWords.kind(insight.getKind()), EvidenceWords.title(insight));
		case DataSource source -> join(EvidenceWords.kind(source.getKind()), EvidenceWords.title(source));
		default -> String.valueOf(element);
		};
		return element instanceof Evidence evidence && draft.isNew(evidence) ? text + "  (new)" : text;
	}

	static String interviewLabel(Interview interview) {
		String respondent = interview.getTitle() == null || interview.getTitle().isBlank()
				? EvidenceWords.respondentOf(interview) : interview.getTitle().strip();
		return join(respondent, EvidenceWords.respondent(interview.getRespondentGroup()),
				EvidenceWords.day(interview.getDate()));
	}

	@Override
	public String getToolTipText(Object element) {
		String tip = switch (element) {
		case Quote quote -> quoted(quote.getText());
		case Interview interview -> interview.getRespondentProfile();
		case Insight insight -> insight.getStatement();
		case DataSource source -> source.getDescription();
		case ResearchStudy study -> study.getGoal();
		default -> null;
		};
		return tip == null || tip.isBlank() ? null : wrapped(tip.strip(), 80);
	}

	/** Breaks a long text into lines of about {@code width} characters, so a tool tip never runs off the screen. */
	static String wrapped(String text, int width) {
		StringBuilder lines = new StringBuilder();
		int lineLength = 0;
		for (String word : text.split(" ")) {
			if (lineLength > 0 && lineLength + 1 + word.length() > width) {
				lines.append('\n');
				lineLength = 0;
			} else if (lineLength > 0) {
				lines.append(' ');
				lineLength++;
			}
			lines.append(word);
			lineLength = word.contains("\n") ? word.length() - word.lastIndexOf('\n') - 1 : lineLength + word.length();
		}
		return lines.toString();
	}

	@Override
	public Image getImage(Object element) {
		return element instanceof EvidenceGroup ? null : icons.getImage(element);
	}

	@Override
	public Font getFont(Object element) {
		return element instanceof EvidenceGroup ? JFaceResources.getFontRegistry().getBold(JFaceResources.DIALOG_FONT)
				: null;
	}

	@Override
	public void dispose() {
		icons.dispose();
		super.dispose();
	}

	static String quoted(String text) {
		return "\u201c" + (text == null ? "" : text.strip()) + "\u201d";
	}

	/** The text cut at a word boundary before {@code length} characters, with an ellipsis when it was cut. */
	static String shortened(String text, int length) {
		String whole = text == null ? "" : text.strip().replaceAll("\\s+", " ");
		if (whole.length() <= length) {
			return whole;
		}
		int cut = whole.lastIndexOf(' ', length);
		return whole.substring(0, cut > length / 2 ? cut : length).strip() + "\u2026";
	}

	private static String count(int interviews) {
		return interviews == 1 ? "1 interview" : interviews + " interviews";
	}

	static String join(String... parts) {
		StringBuilder text = new StringBuilder();
		for (String part : parts) {
			if (part != null && !part.isBlank()) {
				text.append(text.isEmpty() ? "" : " \u00b7 ").append(part);
			}
		}
		return text.toString();
	}
}
