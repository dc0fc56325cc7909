package org.cjmstudio.model.tests.samples;

import static org.cjmstudio.model.tests.samples.SampleMapBuilder.day;

import java.util.List;

import org.cjmstudio.model.CjmFactory;
import org.cjmstudio.model.DataSource;
import org.cjmstudio.model.DataSourceKind;
import org.cjmstudio.model.Insight;
import org.cjmstudio.model.InsightKind;
import org.cjmstudio.model.Interview;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Quote;
import org.cjmstudio.model.ResearchStudy;
import org.cjmstudio.model.RespondentGroup;

/** Adds the evidence of a map: interview studies with their interviews and quotes, insights and data sources. */
final class ResearchBuilder {

	private static final CjmFactory FACTORY = CjmFactory.eINSTANCE;

	private final JourneyMap map;

	ResearchBuilder(JourneyMap map) {
		this.map = map;
	}

	ResearchStudy study(String title, String date, String goal, String description, List<String> questionGuide,
			RespondentGroup... targetGroups) {
		ResearchStudy study = FACTORY.createResearchStudy();
		study.setTitle(title);
		study.setDate(day(date));
		study.setGoal(goal);
		study.setDescription(description);
		study.getQuestionGuide().addAll(questionGuide);
		study.getTargetGroups().addAll(List.of(targetGroups));
		map.getStudies().add(study);
		return study;
	}

	Interview interview(ResearchStudy study, String title, String date, RespondentGroup group,
			String respondentProfile) {
		Interview interview = FACTORY.createInterview();
		interview.setTitle(title);
		interview.setDate(day(date));
		interview.setRespondentGroup(group);
		interview.setRespondentProfile(respondentProfile);
		study.getInterviews().add(interview);
		return interview;
	}

	/** The interview's words; quotes made afterwards keep their place in it, as "Make Quote" does. */
	static void transcript(Interview interview, String transcript) {
		interview.setTranscript(transcript);
	}

	static Quote quote(Interview interview, String topic, String text) {
		Quote quote = FACTORY.createQuote();
		quote.setTopic(topic);
		quote.setText(text);
		int offset = interview.getTranscript() == null ? -1 : interview.getTranscript().indexOf(text);
		if (offset >= 0) {
			quote.setTranscriptOffset(offset);
			quote.setTranscriptLength(text.length());
		} else if (interview.getTranscript() != null) {
			throw new IllegalArgumentException("not in the transcript of " + interview.getTitle() + ": " + text);
		}
		interview.getQuotes().add(quote);
		return quote;
	}

	Insight insight(InsightKind kind, String title, String date, String statement, List<Interview> supportedBy,
			Quote... quotes) {
		Insight insight = FACTORY.createInsight();
		insight.setKind(kind);
		insight.setTitle(title);
		insight.setDate(day(date));
		insight.setStatement(statement);
		insight.getSupportedBy().addAll(supportedBy);
		insight.getQuotes().addAll(List.of(quotes));
		map.getInsights().add(insight);
		return insight;
	}

	DataSource dataSource(DataSourceKind kind, String title, String date, int sampleSize, String location,
			String description) {
		DataSource source = FACTORY.createDataSource();
		source.setKind(kind);
		source.setTitle(title);
		source.setDate(day(date));
		source.setSampleSize(sampleSize);
		source.setLocation(location);
		source.setDescription(description);
		map.getDataSources().add(source);
		return source;
	}
}
