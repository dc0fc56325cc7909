package org.cjmstudio.model.tests.samples;

import static org.cjmstudio.model.RespondentGroup.CURRENT_CUSTOMERS;
import static org.cjmstudio.model.RespondentGroup.FORMER_CUSTOMERS;
import static org.cjmstudio.model.RespondentGroup.INTERESTED_NON_BUYERS;
import static org.cjmstudio.model.tests.samples.ResearchBuilder.quote;
import static org.cjmstudio.model.tests.samples.ResearchBuilder.transcript;

import java.util.List;

import org.cjmstudio.model.DataSource;
import org.cjmstudio.model.DataSourceKind;
import org.cjmstudio.model.Insight;
import org.cjmstudio.model.InsightKind;
import org.cjmstudio.model.Interview;
import org.cjmstudio.model.Quote;
import org.cjmstudio.model.ResearchStudy;

/**
 * The evidence behind the B2C sample: twelve interviews with buyers, lapsed buyers and cart abandoners, five data
 * sources from the shop, service and CRM, and five insights. Four interviews come with their transcript, and the
 * analyst has dismissed one trivial wording the interview analysis proposed.
 */
final class B2cResearch {

	private static final String INSIGHTS_DATE = "2025-04-30";

	final ResearchStudy buyers;
	final Interview i01, i02, i03, i04, i05, i06, i07, i08, i09, i10, i11, i12;
	final DataSource analytics, recordings, nps, tickets, crm;
	final Insight forcedAccount, sizeDoubt, plainSpecs, returnsHarder, dryUnderneath;
	final Quote justPayPal, lastPage;

	B2cResearch(ResearchBuilder research) {
		buyers = research.study("Rain jacket buyers: interviews spring 2025", "2025-04-07",
				"Find out why visitors who like a jacket do not buy it, why buyers send it back and what brings "
						+ "them back.",
				"Twelve 45-minute remote interviews, recruited from customer accounts, NPS respondents and a "
						+ "cart-abandonment survey (with consent); 30 EUR voucher as a thank-you.",
				List.of("Tell us about the last time you needed a new rain jacket. What happened?",
						"How and where did you look for one?",
						"How did you decide between the jackets on your shortlist?",
						"Walk us through the order. Where did you hesitate?",
						"How were the delivery and the first try-on?",
						"If you sent it back: how did that go?",
						"Would you order from us again? What would make you recommend us?"),
				CURRENT_CUSTOMERS, FORMER_CUSTOMERS, INTERESTED_NON_BUYERS);
		buyers.getDismissedPatterns().add("the jacket");
		i01 = research.interview(buyers, "Interview 01: Hiker, Munich", "2025-04-08", CURRENT_CUSTOMERS,
				"Woman, 34, Munich; hikes most weekends; two orders");
		transcript(i01, B2cTranscripts.HIKER_MUNICH);
		Quote twoSizes = quote(i01, "Sizing", "I had the jacket in M and L in the cart because I honestly had no "
				+ "idea. Then I thought: a return, no thanks, and closed the tab. I came back a week later.");
		i02 = research.interview(buyers, "Interview 02: Ski tourer, Stuttgart", "2025-04-08", CURRENT_CUSTOMERS,
				"Man, 41, Stuttgart; ski touring; five orders");
		quote(i02, "Delivery", "The box was nice, no plastic, a handwritten thank-you. Small thing, but I kept the "
				+ "card.");
		i03 = research.interview(buyers, "Interview 03: Bike commuter, Hamburg", "2025-04-09", CURRENT_CUSTOMERS,
				"Woman, 29, Hamburg; commutes by bike all year; one order");
		transcript(i03, B2cTranscripts.BIKE_COMMUTER_HAMBURG);
		Quote millimetres = quote(i03, "Product information", "What is 20,000 millimetres? I need to know: will I "
				+ "be dry after an hour of rain on the bike?");
		i04 = research.interview(buyers, "Interview 04: Family hiker, Freiburg", "2025-04-10", CURRENT_CUSTOMERS,
				"Woman, 45, Freiburg; hikes with her family; three orders");
		Quote printer = quote(i04, "Returns", "I had to print a label. I don't have a printer. A colleague printed "
				+ "it for me at work. In 2025.");
		i05 = research.interview(buyers, "Interview 05: Trail runner, Vienna", "2025-04-11", CURRENT_CUSTOMERS,
				"Man, 37, Vienna; trail runner; two orders");
		Quote scottishRain = quote(i05, "Usage", "Four hours in Scottish rain and dry underneath. That's when I "
				+ "forgave them the slow refund.");
		i06 = research.interview(buyers, "Interview 06: Lapsed buyer, Berlin", "2025-04-14", FORMER_CUSTOMERS,
				"Woman, 31, Berlin; one order in 2023, buys on the marketplace since");
		Quote soldOut = quote(i06, "Returns", "I wanted an L instead of the M. They made me send it back and order "
				+ "again, and the L was sold out by the time the refund came.");
		i07 = research.interview(buyers, "Interview 07: Lapsed buyer, Dresden", "2025-04-15", FORMER_CUSTOMERS,
				"Man, 52, Dresden; two orders, the last in 2023");
		Quote fourteenDays = quote(i07, "Refund", "Fourteen days for my money. For a 280-euro jacket that's a long "
				+ "time to wait.");
		i08 = research.interview(buyers, "Interview 08: Lapsed buyer, Leipzig", "2025-04-15", FORMER_CUSTOMERS,
				"Woman, 26, Leipzig; one order in 2024");
		quote(i08, "Newsletter", "After my order the newsletter came three times a week. I unsubscribed and forgot "
				+ "about them.");
		i09 = research.interview(buyers, "Interview 09: Cart abandoner, Cologne", "2025-04-16", INTERESTED_NON_BUYERS,
				"Woman, 38, Cologne; left the checkout at 'create account'");
		transcript(i09, B2cTranscripts.CART_ABANDONER_COLOGNE);
		justPayPal = quote(i09, "Checkout", "I just wanted to pay with PayPal. Why do I need an account and a "
				+ "password for one jacket?");
		i10 = research.interview(buyers, "Interview 10: Cart abandoner, Munich", "2025-04-17", INTERESTED_NON_BUYERS,
				"Man, 24, Munich; created an account, then left the checkout when shipping costs appeared");
		transcript(i10, B2cTranscripts.CART_ABANDONER_MUNICH);
		lastPage = quote(i10, "Shipping costs", "Free shipping from 300 euros, and I saw that only on the last "
				+ "page. So 5.95 on top, and I was out.");
		i11 = research.interview(buyers, "Interview 11: Product page visitor, Zurich", "2025-04-22",
				INTERESTED_NON_BUYERS, "Woman, 33, Zurich; left after reading the size chart");
		Quote garmentSizes = quote(i11, "Sizing", "The size chart gives the jacket's measurements, not mine. How am "
				+ "I supposed to measure a jacket I don't have?");
		i12 = research.interview(buyers, "Interview 12: Store buyer, Frankfurt", "2025-04-23", INTERESTED_NON_BUYERS,
				"Man, 30, Frankfurt; bought a competitor's jacket in a store");
		Quote threeJackets = quote(i12, "Choosing", "In the store I tried on three jackets in ten minutes. Online "
				+ "that would have been three orders.");

		analytics = research.dataSource(DataSourceKind.WEB_ANALYTICS, "Shop analytics: product page and checkout "
				+ "funnel, March 2025", "2025-04-02", 48200, "https://analytics.example.com/fjellwerk/checkout-2025-03",
				"Sessions with a rain jacket in the cart: 27 % end at 'create account', 12 % when the shipping costs "
						+ "appear; 18 % of product-page sessions end right after the size chart is opened.");
		recordings = research.dataSource(DataSourceKind.SESSION_RECORDING, "Session recordings of abandoned "
				+ "checkouts, March 2025", "2025-04-03", 1150, "https://recordings.example.com/fjellwerk/checkout",
				"Visitors switch back and forth between the account form and the cart and search for a guest option.");
		nps = research.dataSource(DataSourceKind.NPS, "Post-purchase NPS survey, Q1 2025", "2025-04-04", 2340,
				"https://survey.example.com/fjellwerk/nps-2025-q1",
				"Sent 21 days after delivery; NPS 38. Detractors name returns (41 %) and refunds (23 %).");
		tickets = research.dataSource(DataSourceKind.SUPPORT_TICKETS, "Customer service tickets on returns and "
				+ "refunds, Q1 2025", "2025-04-04", 3870, "https://service.example.com/reports/returns-2025-q1",
				"46 % of rain jacket returns give 'too small' or 'too big' as the reason; one ticket in four asks "
						+ "where the refund is.");
		crm = research.dataSource(DataSourceKind.CRM, "CRM: repeat purchases of first-time rain jacket buyers, "
				+ "2024", "2025-01-15", 9600, "https://crm.example.com/fjellwerk/cohorts/rain-jackets-2024",
				"Repeat purchase within 12 months: 22 % overall, 9 % of those who returned their first order.");

		forcedAccount = research.insight(InsightKind.REFUSAL_REASON, "Forced account creation ends checkouts",
				INSIGHTS_DATE, "Visitors who are ready to pay leave when asked to create an account; they read it "
						+ "as newsletters and data collection, not as a service.",
				List.of(i09, i10, i08), justPayPal);
		sizeDoubt = research.insight(InsightKind.DOUBT, "Buyers cannot translate the size chart to their body",
				INSIGHTS_DATE, "The size chart lists garment measurements; buyers between two sizes order both, "
						+ "give up or go to a store to try on.",
				List.of(i01, i11, i06, i12), twoSizes, garmentSizes, threeJackets);
		plainSpecs = research.insight(InsightKind.NEED, "Hikers need specifications in everyday terms",
				INSIGHTS_DATE, "Ratings like 20,000 mm or RET 6 mean nothing to most buyers; they want to know how "
						+ "long they stay dry, in what kind of rain, with a backpack on.",
				List.of(i03, i05, i01), millimetres);
		returnsHarder = research.insight(InsightKind.REFUSAL_REASON, "Returning is harder than buying",
				INSIGHTS_DATE, "A size exchange means return, refund and new order; with a label to print and 14 "
						+ "days until the refund, one wrong size often ends the relationship.",
				List.of(i04, i06, i07), printer, soldOut, fourteenDays);
		dryUnderneath = research.insight(InsightKind.REPEATED_WORDING, "'Dry underneath'",
				INSIGHTS_DATE, "Customers who kept the jacket describe it in the same words, 'dry underneath', and "
						+ "forgive earlier hassles; these words convince better than specifications.",
				List.of(i05, i02), scottishRain);
	}
}
