package org.cjmstudio.model.tests.samples;

import java.util.List;

import org.cjmstudio.model.Metric;
import org.cjmstudio.model.MetricKind;
import org.cjmstudio.model.OpportunityStatus;

/** The B2B sample's metrics and the opportunities they measure, each aimed at barriers of the journey. */
final class B2bOpportunities {

	private B2bOpportunities() {
	}

	static void add(SampleMapBuilder map, B2bResearch research, B2bEnterpriseSoftwareSample journey) {
		Metric pricingExits = map.metric("Pricing page exit rate", MetricKind.DROP_OFF_RATE, 38, 25, "%",
				"2025-01-15", journey.search.stage(), research.analytics);
		Metric demoNoShows = map.metric("Demo requests that never attend a demo", MetricKind.DROP_OFF_RATE, 22, 12,
				"%", "2025-01-31", journey.choosing.stage(), research.crm);
		Metric securityDays = map.metric("Security review lead time", MetricKind.CUSTOM, 21, 7, "working days",
				"2025-01-31", journey.purchase.stage(), research.crm);
		Metric timeToLive = map.metric("Time from signature to go-live", MetricKind.CUSTOM, 9, 5, "weeks",
				"2025-02-28", journey.usage.stage(), null);
		timeToLive.setSourceNote("Implementation project plans, median of 23 projects in 2024");
		Metric nps = map.metric("Relationship NPS", MetricKind.NPS, 31, 45, "points", "2025-01-31", null,
				research.nps);
		Metric churn = map.metric("Logo churn at first renewal", MetricKind.CHURN, 11, 6, "%", "2024-12-31",
				journey.loyalty.stage(), research.crm);
		map.opportunity("Publish Enterprise prices and a three-year cost calculator", journey.search.stage(),
				OpportunityStatus.PLANNED, "Head of Marketing", "Show list prices for all plans, including the SAP "
						+ "connector, and a calculator for the three-year total with implementation.",
				"If buyers see the price of the plan they need, fewer leave the pricing page for a competitor: exits "
						+ "fall from 38 % to 25 % and demo requests rise.",
				List.of(journey.hiddenPrice), pricingExits);
		map.opportunity("Tailored demo within two working days", journey.choosing.stage(),
				OpportunityStatus.IN_PROGRESS, "Head of Presales",
				"Book demos straight from the form into presales calendars, ask for sample requests beforehand"
						+ " and unlock the email import for trials with a signed NDA.",
				"Prospects who see their own requests within two days do not start with competitors: demo no-shows "
						+ "fall from 22 % to 12 %.",
				List.of(journey.demoWait, journey.trialImport), demoNoShows);
		map.opportunity("Trust centre with a security answer pack", journey.purchase.stage(),
				OpportunityStatus.IN_PROGRESS, "Chief Information Security Officer",
				"A public trust centre with the ISO 27001 certificate, the data processing agreement, sub-processors "
						+ "and answers to the 150 most common questions.",
				"Most questionnaires can then be answered from the pack: the review shrinks from 21 to 7 working "
						+ "days and fewer deals freeze.",
				List.of(journey.securityReview), securityDays);
		map.opportunity("Realistic migration plans and a customer profile for support", journey.usage.stage(),
				OpportunityStatus.PLANNED, "VP Customer Success", "Estimate migrations from the mailbox size at "
						+ "signature; show every support agent the customer's implementation notes and connector "
						+ "setup.",
				"Customers who get the go-live date they were promised and need not repeat themselves recommend "
						+ "us: go-live within 5 weeks, NPS up from 31 to 45.",
				List.of(journey.migration, journey.supportBlind), timeToLive, nps);
		map.opportunity("Renewal quote 90 days ahead with a capped increase", journey.loyalty.stage(),
				OpportunityStatus.IDEA, "Head of Finance", "Send renewal quotes 90 days before the notice period, "
						+ "with increases capped at inflation and explained in the quarterly business review.",
				"Customers who know the price early and find it fair renew: churn at first renewal falls from 11 % "
						+ "to 6 %.",
				List.of(journey.renewalUplift), churn);
	}
}
