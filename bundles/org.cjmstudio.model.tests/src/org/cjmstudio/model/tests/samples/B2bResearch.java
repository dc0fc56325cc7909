package org.cjmstudio.model.tests.samples;

import static org.cjmstudio.model.RespondentGroup.CURRENT_CUSTOMERS;
import static org.cjmstudio.model.RespondentGroup.FORMER_CUSTOMERS;
import static org.cjmstudio.model.RespondentGroup.FRONTLINE_EMPLOYEES;
import static org.cjmstudio.model.RespondentGroup.INTERESTED_NON_BUYERS;
import static org.cjmstudio.model.tests.samples.ResearchBuilder.quote;

import java.util.List;

import org.cjmstudio.model.DataSource;
import org.cjmstudio.model.DataSourceKind;
import org.cjmstudio.model.Insight;
import org.cjmstudio.model.InsightKind;
import org.cjmstudio.model.Interview;
import org.cjmstudio.model.Quote;
import org.cjmstudio.model.ResearchStudy;

/**
 * The evidence behind the B2B sample: twelve buyer interviews (won, churned and lost), a deliberately thin study of
 * four interviews with our own sales team (it shows the thin-research warning), five data sources and six insights.
 */
final class B2bResearch {

	private static final String INSIGHTS_DATE = "2025-03-21";

	final ResearchStudy buyers;
	final ResearchStudy salesTeam;
	final Interview i01, i02, i03, i04, i05, i06, i07, i08, i09, i10, i11, i12;
	final Interview ae1, ae2, ae3, ae4;
	final DataSource analytics, crm, nps, tickets, lostDeals;
	final Insight hiddenPrices, securityFear, ownTickets, migrationPromise, supportBlind, cfoNumbers;

	B2bResearch(ResearchBuilder research) {
		buyers = research.study("Buyer journey interviews 2025", "2025-02-10",
				"Understand how mid-market companies find, choose and renew a customer service platform, and why they "
						+ "drop out or leave.",
				"Semi-structured video interviews of 45–60 minutes with service leads, IT and operations managers, "
						+ "recruited from the CRM: deals won and lost and customers who churned in the last 18 months.",
				List.of("When did you notice that your way of handling service requests was no longer enough?",
						"Where did you look for information, and whom did you ask?",
						"How did the shortlist come about, and who was involved in the decision?",
						"Tell us about the demo and the trial: what convinced you, what worried you?",
						"What happened between the decision and the signature?",
						"How did the first three months after go-live go?",
						"What would make you leave us, or recommend us?"),
				CURRENT_CUSTOMERS, FORMER_CUSTOMERS, INTERESTED_NON_BUYERS);
		i01 = research.interview(buyers, "Interview 01: Head of Customer Service, pump manufacturer", "2025-02-11",
				CURRENT_CUSTOMERS, "Head of Customer Service, industrial pumps, 450 employees; customer since 2024");
		Quote ceoEscalation = quote(i01, "Need", "We found out we had a problem when a key account called our CEO "
				+ "because nobody had answered them for four days.");
		i02 = research.interview(buyers, "Interview 02: Service team lead, medical devices", "2025-02-12",
				CURRENT_CUSTOMERS, "Service team lead, medical devices, 600 employees; customer since 2023");
		Quote ownTicketTypes = quote(i02, "Demo", "The second demo used our own ticket types. That was the moment "
				+ "our team leads said: yes, we can work with this.");
		i03 = research.interview(buyers, "Interview 03: COO, logistics provider", "2025-02-14", CURRENT_CUSTOMERS,
				"Chief operating officer, contract logistics, 900 employees; customer since 2024");
		Quote questionnaire = quote(i03, "Security review", "Our data protection officer sent 140 questions. It "
				+ "took your side three weeks to answer them, and for three weeks the project stood still.");
		i04 = research.interview(buyers, "Interview 04: IT manager, building services", "2025-02-17",
				CURRENT_CUSTOMERS, "IT manager, building services, 320 employees; customer since 2024");
		Quote nineWeeks = quote(i04, "Migration", "We were told four weeks for the migration. It was nine, and the "
				+ "Outlook import was the problem every single time.");
		i05 = research.interview(buyers, "Interview 05: Customer service manager, spare-parts wholesaler",
				"2025-02-18", CURRENT_CUSTOMERS,
				"Customer service manager, spare-parts wholesaler, 250 employees; customer since 2022");
		Quote setupAgain = quote(i05, "Support", "First-line support asks me to describe our setup from scratch "
				+ "every time. The customer success manager knows it; support doesn't.");
		i06 = research.interview(buyers, "Interview 06: Head of Service, packaging machines", "2025-02-20",
				FORMER_CUSTOMERS, "Head of Service, packaging machines, 700 employees; left at first renewal in 2024");
		quote(i06, "Renewal", "The renewal quote came four weeks before the deadline, with 9 % "
				+ "more. That is not how you treat a customer you want to keep.");
		i07 = research.interview(buyers, "Interview 07: Customer care lead, insurance broker", "2025-02-24",
				FORMER_CUSTOMERS, "Customer care lead, insurance broker, 280 employees; left after 14 months");
		Quote onOurOwn = quote(i07, "Support", "After go-live we were on our own. Tickets about the SAP connector "
				+ "went back and forth for weeks.");
		i08 = research.interview(buyers, "Interview 08: Operations manager, HVAC wholesaler", "2025-02-25",
				FORMER_CUSTOMERS, "Operations manager, HVAC wholesaler, 410 employees; left at first renewal in 2024");
		quote(i08, "Pricing", "Nobody could tell me what we would pay in year two, so we stopped at the first "
				+ "renewal.");
		i09 = research.interview(buyers, "Interview 09: Head of Customer Service, electronics distributor",
				"2025-02-27", INTERESTED_NON_BUYERS,
				"Head of Customer Service, electronics distributor, 520 employees; chose a competitor after a demo");
		Quote contactUs = quote(i09, "Pricing", "Your pricing page said 'contact us' for everything we needed. The "
				+ "competitor had a price list, so we started there.");
		i10 = research.interview(buyers, "Interview 10: Service director, lift maintenance", "2025-03-03",
				INTERESTED_NON_BUYERS,
				"Service director, lift maintenance, 380 employees; dropped out after requesting a demo");
		Quote nextFriday = quote(i10, "Demo", "I asked for a demo on Monday and got a date for the Friday after next. "
				+ "By then we had seen two other tools.");
		i11 = research.interview(buyers, "Interview 11: IT architect, food producer", "2025-03-04",
				INTERESTED_NON_BUYERS, "IT architect, food producer, 1,000 employees; chose a competitor after the trial");
		Quote dummyData = quote(i11, "Trial", "In the trial we could not import a single real ticket, so we tested "
				+ "with dummy data. That tells you nothing.");
		i12 = research.interview(buyers, "Interview 12: Customer service manager, software reseller", "2025-03-07",
				INTERESTED_NON_BUYERS, "Customer service manager, B2B software reseller, 210 employees; project postponed");
		Quote postponed = quote(i12, "Need", "I could not show our CFO what the inbox chaos costs us today, so the "
				+ "project was postponed by a year.");

		salesTeam = research.study("Account executive interviews", "2025-03-12",
				"Collect the sales team's view of where deals stall.",
				"Four 30-minute interviews with account executives, a presales engineer and a sales development "
						+ "representative. A first look only, to be extended before conclusions are drawn.",
				List.of("Where do deals get stuck between demo and signature?",
						"What do prospects ask for that you cannot give them?"),
				FRONTLINE_EMPLOYEES);
		ae1 = research.interview(salesTeam, "Sales interview 1: Account executive, DACH north", "2025-03-12",
				FRONTLINE_EMPLOYEES, "Account executive, 6 years in SaaS sales");
		Quote chaseSecurity = quote(ae1, "Security review", "Every deal above 50k goes through a security "
				+ "questionnaire, and we have no ready answers, so I chase our security team for each one.");
		ae2 = research.interview(salesTeam, "Sales interview 2: Account executive, DACH south", "2025-03-13",
				FRONTLINE_EMPLOYEES, "Account executive, 3 years with us");
		Quote readingPrices = quote(ae2, "Pricing", "Half of my discovery calls are me reading out the price list.");
		ae3 = research.interview(salesTeam, "Sales interview 3: Presales engineer", "2025-03-13",
				FRONTLINE_EMPLOYEES, "Presales engineer, runs most tailored demos");
		ae4 = research.interview(salesTeam, "Sales interview 4: Sales development representative", "2025-03-14",
				FRONTLINE_EMPLOYEES, "Sales development representative, qualifies inbound demo requests");

		analytics = research.dataSource(DataSourceKind.WEB_ANALYTICS, "Website analytics: pricing and demo funnel, "
				+ "Q4 2024", "2025-01-15", 61800, "https://analytics.example.com/tessera/pricing-demo-funnel",
				"Sessions on the pricing page and the demo request form: 38 % of pricing-page sessions end there, "
						+ "2.1 % go on to request a demo.");
		crm = research.dataSource(DataSourceKind.CRM, "CRM pipeline report: won, lost and churned accounts 2024",
				"2025-01-31", 214, "https://crm.example.com/reports/pipeline-2024",
				"Opportunity stages, lost reasons and renewals: median of 7 working days from demo request to demo, "
						+ "15 % of opportunities lost or frozen in 'Security & legal', 11 % logo churn at first renewal.");
		nps = research.dataSource(DataSourceKind.NPS, "Relationship NPS survey, January 2025", "2025-01-31", 389,
				"https://survey.example.com/tessera/rnps-2025-01",
				"Admins and team leads of all customers; NPS 31. Detractors name migration and first-line support.");
		tickets = research.dataSource(DataSourceKind.SUPPORT_TICKETS, "Support tickets of accounts in their first "
				+ "90 days, 2024", "2025-02-05", 1742, "https://support.example.com/views/onboarding-accounts-2024",
				"Tagged by topic: 41 % migration and import, 22 % SAP connector; in one escalation out of five the "
						+ "customer had to explain their setup again.");
		lostDeals = research.dataSource(DataSourceKind.SALES_TEAM_INPUT, "Lost-deal reviews by account executives, "
				+ "2024", "2025-01-20", 37, "https://crm.example.com/reports/lost-deal-reviews-2024",
				"Free-text reasons the account executives recorded for lost opportunities, coded by the CX team.");

		hiddenPrices = research.insight(InsightKind.REFUSAL_REASON, "Hidden prices send buyers to competitors",
				INSIGHTS_DATE, "Buyers who cannot see a price for the plan they need start their evaluation with a "
						+ "competitor that publishes one, and come back, if at all, as a price benchmark.",
				List.of(i08, i09, ae2), contactUs, readingPrices);
		securityFear = research.insight(InsightKind.FEAR, "The security review is where projects die",
				INSIGHTS_DATE, "Buyers and account executives describe the security and data protection review as "
						+ "the longest and least predictable step; champions fear being blamed for the delay.",
				List.of(i01, i03, ae1), questionnaire, chaseSecurity);
		ownTickets = research.insight(InsightKind.NEED, "Buyers need to see their own tickets",
				INSIGHTS_DATE, "A demo or trial convinces only when it shows the buyer's own ticket types and data; "
						+ "generic tours and dummy data leave the team leads unconvinced.",
				List.of(i02, i10, i11, ae3), ownTicketTypes, dummyData);
		migrationPromise = research.insight(InsightKind.DOUBT, "Promised and real migration time differ",
				INSIGHTS_DATE, "Customers plan go-live on the migration estimate given in the sales process; when "
						+ "the Outlook import takes twice as long, they doubt every other promise too.",
				List.of(i04, i07, i03), nineWeeks);
		supportBlind = research.insight(InsightKind.REFUSAL_REASON, "First-line support does not know the customer",
				INSIGHTS_DATE, "Support treats every ticket as if from a stranger; customers who must explain their "
						+ "setup again and again name this as a reason to leave.",
				List.of(i05, i07, i06), setupAgain, onOurOwn);
		cfoNumbers = research.insight(InsightKind.NEED, "Champions need numbers for the CFO",
				INSIGHTS_DATE, "The service lead who starts the search cannot put a price on the current chaos; "
						+ "without a cost baseline the project is postponed or turned into a hiring request.",
				List.of(i01, i12), ceoEscalation, postponed);
	}
}
