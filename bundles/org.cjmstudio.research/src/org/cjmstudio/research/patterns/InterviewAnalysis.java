package org.cjmstudio.research.patterns;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.cjmstudio.model.Insight;
import org.cjmstudio.model.InsightKind;
import org.cjmstudio.model.Interview;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.ResearchStudy;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Proposes the patterns of a study's transcripts: phrases of fear, doubt, refusal and need from the lexicon, then
 * wordings at least two respondents repeated. Everything is counted on the respondents' own sentences, locally,
 * and each proposal shows what it rests on (count, interviews, sentences). A pattern the analyst rejected (the
 * study's dismissed patterns) or already accepted (an insight of the same title in the map) is not proposed again.
 *
 * <pre>
 * List&lt;ProposedInsight&gt; proposals = InterviewAnalysis.of(study).lexicon(Lexicon.builtIn().withTeamFiles(mapFolder))
 * 		.propose(monitor);
 * </pre>
 */
public final class InterviewAnalysis {

	private final ResearchStudy study;
	/** The built-in ones unless the caller chooses others; read only when needed. */
	private Lexicon lexicon;
	private StopWords stopWords;

	private InterviewAnalysis(ResearchStudy study) {
		this.study = study;
	}

	public static InterviewAnalysis of(ResearchStudy study) {
		return new InterviewAnalysis(study);
	}

	/** Looks for this lexicon's phrases instead of the built-in ones. */
	public InterviewAnalysis lexicon(Lexicon lexicon) {
		this.lexicon = lexicon;
		return this;
	}

	/** Uses these stop words instead of the built-in ones. */
	public InterviewAnalysis stopWords(StopWords stopWords) {
		this.stopWords = stopWords;
		return this;
	}

	/**
	 * The proposals: lexicon findings first, by kind and then by how many respondents said them, then repeated
	 * wordings by respondents, count and phrase.
	 *
	 * @param monitor may be {@code null}; the analysis stops with {@code OperationCanceledException} when cancelled
	 */
	public List<ProposedInsight> propose(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Analysing interviews", study.getInterviews().size() + 2);
		List<AnalysedInterview> interviews = new ArrayList<>();
		for (Interview interview : study.getInterviews()) {
			progress.checkCanceled();
			interviews.add(AnalysedInterview.of(interview));
			progress.worked(1);
		}
		List<ProposedInsight> proposals = new ArrayList<>();
		List<ProposedInsight> fromLexicon = new LexiconMatches(lexicon == null ? Lexicon.builtIn() : lexicon)
				.find(interviews);
		fromLexicon.sort(Comparator.comparing(ProposedInsight::kind)
				.thenComparing(Comparator.comparingInt(ProposedInsight::respondents).reversed()));
		proposals.addAll(fromLexicon);
		progress.worked(1);
		progress.checkCanceled();
		List<ProposedInsight> wordings = new RepeatedWordings(stopWords == null ? StopWords.builtIn() : stopWords)
				.find(interviews);
		// "hidden fees" or "ушла в другой банк", found by the lexicon, are not proposed again as repeated wordings.
		wordings.removeIf(wording -> fromLexicon.stream().anyMatch(found -> saysTheSame(wording, found)));
		wordings.sort(Comparator.comparingInt(ProposedInsight::respondents).reversed()
				.thenComparing(Comparator.comparingInt(ProposedInsight::count).reversed())
				.thenComparing(ProposedInsight::phrase));
		proposals.addAll(wordings);
		progress.worked(1);
		Set<String> settled = settled();
		proposals.removeIf(p -> settled.contains(InsightTexts.title(p)) || (p.kind() == InsightKind.REPEATED_WORDING
				? settled.contains(WordForms.keyOfPhrase(p.phrase()))
				: settled.contains(p.phrase())));
		return proposals;
	}

	/** Whether a repeated wording holds a lexicon finding's words and adds no respondent to it. */
	private static boolean saysTheSame(ProposedInsight wording, ProposedInsight found) {
		String words = " " + WordForms.keyOfPhrase(wording.phrase()) + " ";
		return found.interviews().containsAll(wording.interviews()) && found.forms().stream()
				.anyMatch(form -> words.contains(" " + WordForms.keyOfPhrase(form) + " "));
	}

	/** What the analyst already decided on: dismissed phrases and the titles of existing insights. */
	private Set<String> settled() {
		Set<String> settled = new HashSet<>(study.getDismissedPatterns());
		study.getDismissedPatterns().forEach(phrase -> settled.add(WordForms.keyOfPhrase(phrase)));
		if (study.eContainer() instanceof JourneyMap map) {
			for (Insight insight : map.getInsights()) {
				if (insight.getTitle() != null) {
					settled.add(insight.getTitle());
				}
			}
		}
		return settled;
	}
}
