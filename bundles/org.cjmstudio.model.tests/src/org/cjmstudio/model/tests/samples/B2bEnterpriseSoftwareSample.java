package org.cjmstudio.model.tests.samples;

import static org.cjmstudio.model.BarrierKind.INCONSISTENT_EXPERIENCE;
import static org.cjmstudio.model.BarrierKind.LONG_WAIT;
import static org.cjmstudio.model.BarrierKind.MISSING_INFORMATION;
import static org.cjmstudio.model.BarrierKind.OPAQUE_PRICING;
import static org.cjmstudio.model.BarrierKind.OTHER;
import static org.cjmstudio.model.BarrierKind.POOR_SUPPORT;
import static org.cjmstudio.model.Feeling.ANGER;
import static org.cjmstudio.model.Feeling.ANXIETY;
import static org.cjmstudio.model.Feeling.CONFUSION;
import static org.cjmstudio.model.Feeling.DISAPPOINTMENT;
import static org.cjmstudio.model.Feeling.DOUBT;
import static org.cjmstudio.model.Feeling.FRUSTRATION;
import static org.cjmstudio.model.Feeling.INTEREST;
import static org.cjmstudio.model.Feeling.IRRITATION;
import static org.cjmstudio.model.Feeling.JOY;
import static org.cjmstudio.model.Feeling.RELIEF;
import static org.cjmstudio.model.Feeling.SATISFACTION;
import static org.cjmstudio.model.Feeling.TRUST;
import static org.cjmstudio.model.Severity.CRITICAL;
import static org.cjmstudio.model.Severity.HIGH;
import static org.cjmstudio.model.Severity.LOW;
import static org.cjmstudio.model.Severity.MEDIUM;
import static org.cjmstudio.model.tests.samples.StageCards.dropOff;

import org.cjmstudio.model.Barrier;
import org.cjmstudio.model.Channel;
import org.cjmstudio.model.ChannelCategory;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.MapStatus;
import org.cjmstudio.model.Step;
import org.cjmstudio.model.Touchpoint;
import org.cjmstudio.model.templates.StandardChannel;
import org.cjmstudio.model.templates.StandardStage;
import org.cjmstudio.samples.SampleMap;

/**
 * Sample map "Buying a customer service platform (B2B)": a mid-market service lead and her buying committee find,
 * evaluate, buy, implement and renew Tessera Service Cloud, a (fictional) helpdesk platform. Reviews, demos, account
 * executives, a security review and support shape the journey. A draft: three barriers and four emotion points are
 * still assumptions, and the sales-team study is too thin, so the map shows those warnings on purpose.
 */
public final class B2bEnterpriseSoftwareSample {

	private final SampleMapBuilder map = new SampleMapBuilder("Buying a customer service platform (B2B)");
	private final B2bResearch research = new B2bResearch(map.research());
	private final B2bPersonas personas = new B2bPersonas(map, research);
	private final Channel videoCall = map.addChannel("Video call (Teams, Zoom)", ChannelCategory.SALES_REP, true,
			"Remote demos and workshops run by account executives and presales engineers.");
	// What the opportunities refer to.
	Barrier hiddenPrice, demoWait, trialImport, securityReview, migration, supportBlind, renewalUplift;
	StageCards search, choosing, purchase, usage, loyalty;

	private B2bEnterpriseSoftwareSample() {
	}

	public static JourneyMap build() {
		return new B2bEnterpriseSoftwareSample().assemble();
	}

	private JourneyMap assemble() {
		map.about("How mid-market companies find, evaluate, buy, implement and renew Tessera Service Cloud, our "
				+ "ticketing and customer service platform: from the first signs of a support backlog to the renewal "
				+ "decision a year after signing.",
				"Mid-market companies (200–1,000 employees) in Germany, Austria and Switzerland that replace a shared "
						+ "inbox or a legacy helpdesk; from the recognised need to the first renewal, about 14 months.",
				"Miriam Kessler, Head of Customer Experience", "CX & Revenue Operations", MapStatus.DRAFT);
		need();
		informationSearch();
		choosingAlternatives();
		purchase();
		usage();
		loyaltyOrChurn();
		B2bOpportunities.add(map, research, this);
		return map.build(SampleMap.B2B_ENTERPRISE_SOFTWARE, "2025-03-24", "2025-06-16");
	}

	private Channel channel(StandardChannel standard) {
		return map.channel(standard);
	}

	private void need() {
		StageCards need = map.stage(StandardStage.NEED, "The service team can no longer keep up; Katrin has to "
				+ "convince management that a platform, not more staff, is the answer.");
		Step backlog = need.step("Notices the backlog", "Opens the monthly Excel report: 2,300 open requests, first "
				+ "response after 31 hours, and a key account has complained to the CEO.",
				"The shared inbox worked with ten agents. With 28 it's chaos.",
				"Is this a tool problem, or do we just need more people?");
		Step businessCase = need.step("Builds the internal case", "Collects volumes and response times for the "
				+ "quarterly operations review and asks the COO for a budget to look at platforms.",
				"Without numbers the CFO will say: hire two more agents.",
				"What does a platform cost compared with two more agents?");
		need.touchpoint("LinkedIn post 'Five signs your shared inbox has outgrown you'",
				channel(StandardChannel.SOCIAL_NETWORK), "Marketing",
				"Organic post by our Head of Customer Success, shared in service leaders' groups.", backlog);
		need.touchpoint("Booth and talk at CCW Berlin", channel(StandardChannel.EVENTS), "Marketing",
				"Trade fair for customer service; talk on scaling support without more headcount.", backlog);
		Touchpoint roi = need.touchpoint("ROI calculator and business case template", channel(StandardChannel.WEBSITE),
				"Marketing", "Gated download; asks for ticket volume, agents and handling time.", businessCase);
		need.emotion(backlog, null, FRUSTRATION, -2, "The team works overtime and still gets complaints; the "
				+ "escalation to the CEO was embarrassing.", research.i01, research.i12);
		need.emotionOf(personas.katrin, businessCase, roi, ANXIETY, -1, "Unsure she can justify the spend; fears "
				+ "the project will be postponed again.", research.cfoNumbers, research.i12);
		need.barrier(businessCase, roi, "No cost baseline for the business case", MISSING_INFORMATION, MEDIUM,
				"Champions cannot say what the current inbox costs; our ROI calculator asks for numbers they do not "
						+ "have, so the project is postponed or becomes a hiring request.",
				research.cfoNumbers, research.i12);
	}

	private void informationSearch() {
		search = map.stage(StandardStage.INFORMATION_SEARCH, "Katrin looks for platforms that fit a company of her "
				+ "size and collects opinions before any vendor gets to call her.");
		Step searches = search.step("Searches for helpdesk software", "Searches 'helpdesk software SAP integration' "
				+ "and 'Zendesk alternative Germany', opens five vendor sites.",
				"They all promise the same. Which ones are built for companies like ours?",
				"Who in our industry uses this?");
		Step prices = search.step("Checks prices", "Looks for the price of a 30-agent plan with SAP integration on "
				+ "each vendor's pricing page.", "If they hide the price, it's expensive.",
				"What will we pay in total, implementation included?");
		Step reviews = search.step("Reads peer reviews", "Filters G2 and Capterra reviews by company size 201–1,000, "
				+ "reads the 2- and 3-star reviews first and asks two peers from her service leaders' group.",
				"The bad reviews all mention onboarding.", "How long did the implementation really take them?");
		Touchpoint ad = search.touchpoint("Search ad 'Customer service platform with SAP connector'",
				channel(StandardChannel.SEARCH_ADS), "Performance Marketing", null, searches);
		Touchpoint pricing = search.touchpoint("Pricing page", channel(StandardChannel.WEBSITE), "Marketing",
				"Prices for the Starter and Growth plans; 'Contact sales' for Enterprise, the only plan with the SAP "
						+ "connector.", prices);
		Touchpoint profile = search.touchpoint("Tessera profile on G2 and Capterra",
				channel(StandardChannel.REVIEWS_MARKETPLACE), "Product Marketing",
				"4.4 stars from 310 reviews; our last replies to reviews date from 2023.", reviews);
		search.emotion(searches, ad, CONFUSION, -1, "Every vendor claims to lead the market; she cannot tell who "
				+ "fits a mid-sized manufacturer.");
		search.emotion(prices, pricing, DOUBT, -2, "No price for the plan she needs: she assumes it is expensive "
				+ "and that she will have to sit through a sales call to find out.", research.hiddenPrices,
				research.analytics);
		search.emotion(reviews, profile, INTEREST, 1, "Reviews praise how easy the agents find it; the onboarding "
				+ "complaints make her cautious.", research.i01, research.i02);
		hiddenPrice = dropOff(search.barrier(prices, pricing, "Enterprise price only after a sales call",
				OPAQUE_PRICING, HIGH, "The plan with the SAP connector shows 'Contact sales' instead of a price, so "
						+ "buyers begin their evaluation with competitors that publish one.",
				research.analytics, research.hiddenPrices, research.i09), 38,
				"Share of pricing-page sessions that end on the page (web analytics, Q4 2024); 2.1 % request a demo.");
		search.barrier(reviews, profile, "Unanswered critical reviews", MISSING_INFORMATION, LOW,
				"Critical reviews about onboarding have no reply from us, so buyers take them as still true.");
	}

	private void choosingAlternatives() {
		choosing = map.stage(StandardStage.CHOOSING_ALTERNATIVES, "The buying committee forms, draws up a "
				+ "shortlist of three vendors and evaluates them in demos, a trial and a scoring round.");
		Step request = choosing.step("Requests a demo", "Fills in the demo form on Monday; a sales development "
				+ "representative calls and offers a demo for the Friday after next.",
				"Almost two weeks? The other two vendors have shown me their product already.",
				"Can you show it with our kind of requests?");
		Step demo = choosing.step("Sees a tailored demo with IT", "Joins a 90-minute demo with the account "
				+ "executive, a presales engineer, Marco from IT and two team leads.",
				"Finally someone shows our spare-parts orders, not a generic tour.",
				"How does the SAP connector handle order numbers?");
		Step trial = choosing.step("Trials it with five agents", "Runs a 14-day trial with five agents and tries to "
				+ "import last month's requests from Outlook.", "With dummy data we learn nothing.",
				"Why can't we import our own emails in the trial?");
		Step scoring = choosing.step("Scores the shortlist", "Fills in the weighted scoring matrix with IT and "
				+ "procurement: Tessera ranks first on usability, second on price.",
				"I'm convinced, but I have to carry the others.", "What will it really cost over three years?");
		Touchpoint form = choosing.touchpoint("Demo request form", channel(StandardChannel.WEBSITE),
				"Sales Development", null, request);
		Touchpoint call = choosing.touchpoint("Qualification call", channel(StandardChannel.PHONE_CALL),
				"Sales Development", "Asks again for company size, tools and budget before a demo is booked.",
				request);
		Touchpoint tailored = choosing.touchpoint("Tailored product demo", videoCall, "Presales",
				"Shows the prospect's own ticket types when they send examples beforehand.", demo);
		Touchpoint trialSpace = choosing.touchpoint("14-day trial workspace", channel(StandardChannel.WEBSITE),
				"Product (Growth)", "Self-service trial; the email import is unlocked only after purchase.", trial);
		choosing.touchpoint("On-site workshop with the team leads", channel(StandardChannel.SALES_REP), "Sales",
				"Half a day at the prospect's office, offered for deals above 50k EUR a year.", demo, scoring);
		choosing.emotion(request, call, IRRITATION, -2, "Has to wait almost two weeks for the demo and answer the "
				+ "questions she already typed into the form.", research.i10, research.crm);
		choosing.emotion(demo, tailored, TRUST, 2, "Seeing her own ticket types convinces her and the team leads.",
				research.i02, research.ownTickets);
		choosing.emotionOf(personas.marco, trial, trialSpace, FRUSTRATION, -2, "The trial cannot import real "
				+ "requests, so IT and the agents test with dummy data and stay unconvinced.", research.i11,
				research.ownTickets);
		choosing.emotion(scoring, null, DOUBT, -1, "The three-year cost is still unclear; she fears procurement will "
				+ "reopen the shortlist.");
		demoWait = dropOff(choosing.barrier(request, call, "Demo one to two weeks after the request",
				LONG_WAIT, HIGH, "Two presales engineers serve the whole region, so tailored demos are booked far "
						+ "out; meanwhile prospects see competitors.",
				research.crm, research.i10, research.ae4), 22,
				"Share of 2024 demo requests that never attended a demo (CRM, 214 opportunities).");
		trialImport = choosing.barrier(trial, trialSpace, "Trial cannot import real requests", OTHER, HIGH,
				"The Outlook and IMAP import is locked in trial workspaces, so teams evaluate with sample data and "
						+ "cannot judge the fit.",
				research.ownTickets, research.i11, research.ae3);
	}

	private void purchase() {
		purchase = map.stage(StandardStage.PURCHASE, "Procurement, legal and data protection review the offer; the "
				+ "contract is negotiated and signed.");
		Step negotiates = purchase.step("Negotiates with procurement", "Procurement asks for a three-year price, "
				+ "12 % discount and our standard contract; the account executive sends three proposal versions.",
				"Every version has different line items. What are we actually buying?", "Which price is final?");
		Step security = purchase.step("Passes the security review", "The data protection officer sends a "
				+ "140-question security questionnaire and asks for the data processing agreement and ISO 27001 "
				+ "certificate.", "If this takes months, the autumn go-live is gone, and that's on me.",
				"Where is the data hosted, and who are the sub-processors?");
		Step signs = purchase.step("Signs the order form", "The CFO signs the order form electronically; "
				+ "procurement also wants the master agreement on paper for its files.",
				"Done. Now it has to work.", "When can we start?");
		Touchpoint proposal = purchase.touchpoint("Proposal and order form (PDF)", channel(StandardChannel.EMAIL),
				"Sales", null, negotiates, signs);
		purchase.touchpoint("Negotiation call with procurement", channel(StandardChannel.PHONE_CALL), "Sales", null,
				negotiates);
		Touchpoint questionnaire = purchase.touchpoint("Security questionnaire and data processing agreement",
				channel(StandardChannel.EMAIL), "Legal & Security",
				"Answered case by case by our security team; there is no ready-made answer pack.", security);
		Touchpoint paper = purchase.touchpoint("Master agreement on paper", channel(StandardChannel.PRINTED_MATERIAL),
				"Legal & Security", "Two signed copies sent by post at procurement's request.", signs);
		purchase.emotion(negotiates, proposal, IRRITATION, -1, "Three proposal versions with shifting line items; "
				+ "procurement starts to doubt the deal.");
		purchase.emotionOf(personas.katrin, security, questionnaire, ANXIETY, -3, "Three weeks without answers to the "
				+ "questionnaire; the go-live date slips and she feels responsible.", research.i03,
				research.securityFear, research.ae1);
		purchase.emotion(signs, paper, RELIEF, 2, "The signature ends six months of evaluation; she can finally "
				+ "tell her team.", research.i01);
		securityReview = dropOff(purchase.barrier(security, questionnaire, "Security review stalls the deal for "
				+ "weeks", LONG_WAIT, CRITICAL, "Each questionnaire is answered from scratch by a busy security team; "
						+ "deals wait three weeks on average and some are frozen until the next budget year.",
				research.crm, research.securityFear, research.i03, research.ae1), 15,
				"Share of 2024 opportunities lost or frozen in the 'Security & legal' stage (CRM).");
		purchase.barrier(negotiates, proposal, "Proposal versions regroup line items", INCONSISTENT_EXPERIENCE,
				MEDIUM, "Each revision bundles licences, connector and onboarding fees differently, so procurement "
						+ "cannot compare versions.");
	}

	private void usage() {
		usage = map.stage(StandardStage.USAGE, "Tessera is set up, data is migrated and the team goes live; "
				+ "customer success and support take over from sales.");
		Step kickoff = usage.step("Kicks off the implementation", "Meets the customer success manager and an "
				+ "implementation consultant on site and agrees a four-week migration plan.",
				"Good people, clear plan. Let's hope it holds.", "Whom do I call when something goes wrong?");
		Step migrates = usage.step("Migrates and goes live", "IT imports 18 months of Outlook history and connects "
				+ "SAP; go-live moves from week 4 to week 9.",
				"We're waiting for the import again. My team is losing patience.",
				"Why did nobody tell us the import would be this hard?");
		Step support = usage.step("Gets help from support", "Opens tickets when the SAP connector stops syncing "
				+ "order numbers; first-line support asks for the setup every time.", "They don't know who we are.",
				"Can't you see our setup in your system?");
		Step works = usage.step("The team works in the platform", "Agents use macros and the SAP order view; the "
				+ "first response falls from 31 to 9 hours within two months.", "This is what I promised the CFO.",
				"Which report shows this to management?");
		Touchpoint workshop = usage.touchpoint("Kick-off workshop with the customer success manager",
				channel(StandardChannel.SALES_REP), "Customer Success", "On site at the customer's office.", kickoff);
		usage.touchpoint("Tessera Academy admin course", channel(StandardChannel.WEBSITE), "Customer Education",
				"Self-paced online course for the admins and team leads.", migrates, works);
		Touchpoint portal = usage.touchpoint("Support portal and tickets", channel(StandardChannel.WEBSITE), "Support",
				null, support);
		usage.emotion(kickoff, workshop, SATISFACTION, 1, "A competent team and a clear plan.", research.i01,
				research.i04);
		usage.emotion(migrates, null, FRUSTRATION, -2, "Go-live slips by five weeks; the team works in two systems "
				+ "meanwhile.", research.i04, research.migrationPromise, research.tickets);
		usage.emotion(support, portal, DISAPPOINTMENT, -2, "Has to explain her setup again in every ticket.",
				research.i05, research.tickets);
		usage.emotion(works, null, JOY, 2, "First response down to 9 hours; the team is proud.", research.i01,
				research.nps);
		migration = usage.barrier(migrates, null, "Migration takes twice as long as promised", LONG_WAIT, HIGH,
				"Sales estimates four weeks; importing Outlook history with attachments and mapping SAP fields takes "
						+ "eight to ten.",
				research.migrationPromise, research.i04, research.tickets);
		supportBlind = usage.barrier(support, portal, "First-line support does not know the customer's setup",
				POOR_SUPPORT, HIGH, "Support sees neither the implementation notes nor the connector configuration, "
						+ "so every ticket starts with the same questions.",
				research.supportBlind, research.i05, research.i07, research.tickets);
		usage.barrier(works, null, "Admin console only in English", OTHER, LOW,
				"Team leads who configure macros and reports struggle with the English-only admin console.");
	}

	private void loyaltyOrChurn() {
		loyalty = map.stage(StandardStage.LOYALTY_OR_CHURN, "A year after signing, the customer weighs the results "
				+ "against the renewal price and renews, expands or leaves.");
		Step review = loyalty.step("Reviews results with the customer success manager", "Quarterly business review: "
				+ "response times, SLA compliance and adoption per team.", "These numbers I can take to the CFO.",
				"Can we add the field service team?");
		Step quote = loyalty.step("Receives the renewal quote", "Gets the renewal quote by email four weeks before "
				+ "the notice period ends, with a 9 % price increase.",
				"Four weeks is not even enough to compare alternatives. That's deliberate.", "Why 9 %, and why now?");
		Step renews = loyalty.step("Renews and recommends", "Renews for two years after negotiating the increase "
				+ "down to 4 %, scores 8 in the NPS survey and presents her results at the user day.",
				"It works, but they have to stop surprising us.", "Will the price hold next year?");
		Touchpoint qbr = loyalty.touchpoint("Quarterly business review", channel(StandardChannel.SALES_REP),
				"Customer Success", null, review);
		Touchpoint renewalQuote = loyalty.touchpoint("Renewal quote", channel(StandardChannel.EMAIL),
				"Finance (Renewals)", "Sent by the billing system 30 days before the notice period ends.", quote);
		loyalty.touchpoint("Relationship NPS survey", channel(StandardChannel.EMAIL), "Customer Experience", null,
				renews);
		Touchpoint userDay = loyalty.touchpoint("Tessera user day", channel(StandardChannel.EVENTS), "Marketing",
				"Yearly customer conference in Munich.", renews);
		loyalty.emotion(review, qbr, TRUST, 2, "Clear numbers and a partner who knows her business.", research.nps,
				research.i02);
		loyalty.emotion(quote, renewalQuote, ANGER, -2, "Feels cornered by a late price increase.", research.i06,
				research.i08);
		loyalty.emotion(renews, userDay, SATISFACTION, 1, "Renewed on fair terms; proud to show her results.");
		renewalUplift = dropOff(loyalty.barrier(quote, renewalQuote, "Price increase announced only four weeks "
				+ "before renewal", OPAQUE_PRICING, HIGH, "The increase arrives too late to negotiate calmly; "
						+ "customers read it as a trap and start looking elsewhere.",
				research.crm, research.i06, research.i08), 11,
				"Logo churn at first renewal in 2024 (CRM); 7 of the 12 churned accounts named the increase.");
	}
}
