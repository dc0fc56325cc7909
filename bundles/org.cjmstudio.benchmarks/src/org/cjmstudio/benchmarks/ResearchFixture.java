package org.cjmstudio.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.cjmstudio.model.CjmFactory;
import org.cjmstudio.model.DataSource;
import org.cjmstudio.model.DataSourceKind;
import org.cjmstudio.model.Insight;
import org.cjmstudio.model.InsightKind;
import org.cjmstudio.model.Interview;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Persona;
import org.cjmstudio.model.PersonaKind;
import org.cjmstudio.model.Quote;
import org.cjmstudio.model.ResearchStudy;
import org.cjmstudio.model.RespondentGroup;

/**
 * The persona of a generated map and the research behind it: one interview study (enough interviews to count as
 * research), insights supported by interviews, and data sources for the metrics. Cards cite these as evidence.
 */
final class ResearchFixture {

	private static final int INTERVIEWS = 14;
	private static final int INSIGHTS = 8;

	private final Random random;
	private final List<Interview> interviews = new ArrayList<>();
	private final List<Insight> insights = new ArrayList<>();
	private final List<DataSource> dataSources = new ArrayList<>();

	private ResearchFixture(Random random) {
		this.random = random;
	}

	static ResearchFixture addTo(JourneyMap map, Random random) {
		ResearchFixture fixture = new ResearchFixture(random);
		ResearchStudy study = fixture.study();
		map.getStudies().add(study);
		map.getInsights().addAll(fixture.insights());
		map.getDataSources().addAll(fixture.dataSources());
		map.getPersonas().add(fixture.persona(study));
		return fixture;
	}

	Interview someInterview() {
		return interviews.get(random.nextInt(interviews.size()));
	}

	Insight someInsight() {
		return insights.get(random.nextInt(insights.size()));
	}

	DataSource someDataSource() {
		return dataSources.get(random.nextInt(dataSources.size()));
	}

	private ResearchStudy study() {
		ResearchStudy study = CjmFactory.eINSTANCE.createResearchStudy();
		study.setTitle("In-depth interviews with recent buyers");
		study.setGoal("Understand why customers give up between search and second purchase.");
		study.getQuestionGuide().add("Tell me about the last time you bought something like this.");
		study.getQuestionGuide().add("What almost made you give up?");
		study.getTargetGroups().add(RespondentGroup.CURRENT_CUSTOMERS);
		study.getTargetGroups().add(RespondentGroup.FORMER_CUSTOMERS);
		RespondentGroup[] groups = RespondentGroup.values();
		for (int i = 1; i <= INTERVIEWS; i++) {
			Interview interview = CjmFactory.eINSTANCE.createInterview();
			interview.setTitle("Interview " + i);
			interview.setRespondentGroup(groups[random.nextInt(groups.length)]);
			interview.setRespondentProfile("Respondent " + i + ", " + (25 + random.nextInt(40)) + " years");
			for (int q = 1; q <= 3; q++) {
				Quote quote = CjmFactory.eINSTANCE.createQuote();
				quote.setText("Quote " + q + " of respondent " + i + ": it took longer than I expected.");
				quote.setTopic(q == 1 ? "search" : q == 2 ? "purchase" : "support");
				interview.getQuotes().add(quote);
			}
			study.getInterviews().add(interview);
			interviews.add(interview);
		}
		return study;
	}

	private List<Insight> insights() {
		InsightKind[] kinds = InsightKind.values();
		for (int i = 1; i <= INSIGHTS; i++) {
			Insight insight = CjmFactory.eINSTANCE.createInsight();
			insight.setTitle("Insight " + i);
			insight.setStatement("Customers repeat the same doubt (" + i + ") in several interviews.");
			insight.setKind(kinds[random.nextInt(kinds.length)]);
			for (int s = 0; s < 3; s++) {
				Interview support = someInterview();
				if (!insight.getSupportedBy().contains(support)) {
					insight.getSupportedBy().add(support);
				}
			}
			insights.add(insight);
		}
		return insights;
	}

	private List<DataSource> dataSources() {
		for (DataSourceKind kind : List.of(DataSourceKind.WEB_ANALYTICS, DataSourceKind.NPS,
				DataSourceKind.SUPPORT_TICKETS)) {
			DataSource source = CjmFactory.eINSTANCE.createDataSource();
			source.setTitle(kind.name().toLowerCase().replace('_', ' '));
			source.setKind(kind);
			source.setSampleSize(500 + random.nextInt(10_000));
			dataSources.add(source);
		}
		return dataSources;
	}

	private Persona persona(ResearchStudy study) {
		Persona persona = CjmFactory.eINSTANCE.createPersona();
		persona.setName("Alex, the busy comparer");
		persona.setKind(PersonaKind.B2C);
		persona.setQuote("I compare everything, but I have no time for it.");
		persona.setSegment("Urban professionals, 30-50");
		persona.getGoals().add("Buy the right thing once");
		persona.getPains().add("Unclear prices and delivery times");
		persona.getEvidence().add(study);
		persona.getEvidence().add(dataSources.get(0));
		return persona;
	}
}
