package org.cjmstudio.model.tests.samples;

import static org.cjmstudio.model.BarrierKind.COMPLEX_REGISTRATION;
import static org.cjmstudio.model.BarrierKind.INCONSISTENT_EXPERIENCE;
import static org.cjmstudio.model.BarrierKind.LONG_WAIT;
import static org.cjmstudio.model.BarrierKind.MISSING_INFORMATION;
import static org.cjmstudio.model.BarrierKind.OPAQUE_PRICING;
import static org.cjmstudio.model.BarrierKind.OTHER;
import static org.cjmstudio.model.Feeling.ANXIETY;
import static org.cjmstudio.model.Feeling.BOREDOM;
import static org.cjmstudio.model.Feeling.CONFUSION;
import static org.cjmstudio.model.Feeling.DELIGHT;
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
import org.cjmstudio.model.Persona;
import org.cjmstudio.model.Step;
import org.cjmstudio.model.Touchpoint;
import org.cjmstudio.model.templates.StandardChannel;
import org.cjmstudio.model.templates.StandardStage;
import org.cjmstudio.samples.SampleMap;

/**
 * Sample map "Buying a rain jacket online (B2C e-commerce)": a careful hiker finds, chooses, orders, returns and
 * finally wears a jacket from Fjellwerk, a (fictional) outdoor clothing shop that also sells on a marketplace. The
 * curve falls at the size choice and the checkout, dips again at the return, and recovers on the trail. Validated
 * with the team, but four barriers and some emotion points are still assumptions and show as warnings. Lena and
 * Jonas each have an as-is curve and a to-be curve (what the opportunities should achieve).
 */
public final class B2cOnlineShopSample {

	private final SampleMapBuilder map = new SampleMapBuilder("Buying a rain jacket online (B2C e-commerce)");
	private final B2cResearch research = new B2cResearch(map.research());
	private final B2cPersonas personas = new B2cPersonas(map, research);
	private final Persona lena = personas.lena;
	private final Persona jonas = personas.jonas;
	private final Channel locker = map.addChannel("Parcel locker and pick-up shop", ChannelCategory.OTHER, false,
			"Packstations and partner shops where customers collect parcels and drop off returns.");
	/** The colour the team gave the cards its journey workshop picked as hot spots. */
	private static final String WORKSHOP_HOT_SPOT = "#fde2c8";
	// What the opportunities refer to.
	Barrier jargon, sizeChart, account, shippingCosts, noExchange, label, refund;
	StageCards search, choosing, purchase, usage, loyalty;

	private B2cOnlineShopSample() {
	}

	public static JourneyMap build() {
		return new B2cOnlineShopSample().assemble();
	}

	private JourneyMap assemble() {
		map.about("How hikers find, choose, order, receive and sometimes return a rain jacket from the Fjellwerk "
				+ "online shop, and whether they buy again.",
				"Rain jackets and shells from 149 to 329 EUR in the online shop (web and app) and our marketplace "
						+ "listings; from the moment the old jacket fails to the second order or the last contact.",
				"Sabine Wolf, CX Lead E-commerce", "E-commerce & Customer Service", MapStatus.VALIDATED);
		need();
		informationSearch();
		choosingAlternatives();
		purchase();
		usage();
		loyaltyOrChurn();
		B2cOpportunities.add(map, research, this);
		return map.build(SampleMap.B2C_ONLINE_SHOP, "2025-05-05", "2025-07-01");
	}

	private Channel channel(StandardChannel standard) {
		return map.channel(standard);
	}

	private void need() {
		StageCards need = map.stage(StandardStage.NEED, "The old jacket fails, a trip is coming up: Lena decides to "
				+ "buy a proper rain jacket.");
		Step soaked = need.step("Old jacket soaks through", "Gets soaked on a rainy day hike in the Karwendel; the "
				+ "membrane of her old jacket has given up.", "Never again. For Norway I need something proper.",
				"What does 'proper' cost these days?");
		Step notices = need.step("Notices Fjellwerk", "Sees a hiking creator test a Fjellwerk shell in a downpour on "
				+ "Instagram and saves the post; later spots the brand's poster at the station.",
				"Looks serious, and it's PFC-free.", "Is it really that waterproof, or is it just an ad?");
		Touchpoint reel = need.touchpoint("Creator collaboration on Instagram", channel(StandardChannel.SOCIAL_NETWORK),
				"Brand Marketing", "Paid collaboration with three hiking creators, spring campaign.", notices);
		need.touchpoint("Poster campaign at Munich central station", channel(StandardChannel.OUTDOOR_ADS),
				"Brand Marketing", null, notices);
		need.emotionOf(lena, soaked, null, FRUSTRATION, -2, "Cold, wet and annoyed with the old jacket.", research.i01,
				research.i03);
		need.emotionOf(lena, notices, reel, INTEREST, 1, "Curious: the creator's test looks honest.", research.i01);
		need.emotionOf(jonas, notices, reel, INTEREST, 1, "A good-looking shell; he wants to see the price first.");
	}

	private void informationSearch() {
		search = map.stage(StandardStage.INFORMATION_SEARCH, "Lena searches for jackets, reads specifications and "
				+ "reviews and asks questions.");
		Step searches = search.step("Searches for a jacket", "Searches 'women's hardshell jacket PFC-free' and "
				+ "clicks a shopping ad that leads to the Fjellwerk product page.",
				"Three layers, 20,000 mm, RET 6... is that good?", "Which of these numbers matter for hiking?");
		Step reviews = search.step("Reads reviews", "Reads the reviews in the shop and on the marketplace listing, "
				+ "filters for 'fit' and looks at customer photos.", "Several say it runs small. Or was that the "
						+ "old model?", "Does it run small?");
		Step asks = search.step("Asks in the chat", "Asks whether the jacket fits over a fleece and how it differs "
				+ "from the previous model.", "A quick answer from someone who knows.",
				"Would you size up for layering?");
		search.touchpoint("Shopping ad", channel(StandardChannel.SEARCH_ADS), "Performance Marketing", null,
				searches);
		Touchpoint productPage = search.touchpoint("Product page with specifications and reviews",
				channel(StandardChannel.WEBSITE), "E-commerce", null, searches, reviews);
		search.touchpoint("Marketplace listing", channel(StandardChannel.REVIEWS_MARKETPLACE), "Marketplace Team",
				"Same jacket, own reviews; prices set by the marketplace partner.", reviews);
		Touchpoint chat = search.touchpoint("Live chat with a product advisor", channel(StandardChannel.CHAT),
				"Customer Service", "Staffed Monday to Friday, 9:00–18:00; outside these hours a bot takes the "
						+ "question.", asks);
		search.emotionOf(lena, searches, productPage, CONFUSION, -1,
				"Specifications full of numbers she cannot interpret.",
				research.i03, research.plainSpecs);
		search.emotionOf(lena, reviews, productPage, INTEREST, 1, "Customer photos and detailed reviews help.",
				research.i01);
		search.emotionOf(lena, asks, chat, SATISFACTION, 2,
				"A real person answers within two minutes with a sizing tip.");
		search.emotionOf(jonas, reviews, productPage, DOUBT, -1, "Shop and marketplace reviews disagree about the fit.",
				research.i12);
		search.toBe(lena, searches, productPage, SATISFACTION, 1, "Ratings in plain words: 'dry through a full day of "
				+ "rain'.");
		jargon = search.barrier(searches, productPage, "Specifications without plain-language explanation",
				MISSING_INFORMATION, MEDIUM, "The product page lists membrane ratings but never says how long "
						+ "the jacket keeps you dry in what kind of weather.",
				research.plainSpecs, research.i03);
		search.barrier(asks, chat, "No chat in the evenings and at weekends", LONG_WAIT, MEDIUM,
				"Most product research happens after 19:00 and at weekends, when only the bot answers.");
	}

	private void choosingAlternatives() {
		choosing = map.stage(StandardStage.CHOOSING_ALTERNATIVES, "Lena settles on one jacket and one size and "
				+ "decides where to buy it.");
		Step size = choosing.step("Picks a size", "Opens the size chart, measures her best-fitting jacket and puts "
				+ "both M and L in the cart.", "Between M and L. If I order both, one goes back.",
				"Which size do I take with a fleece underneath?");
		Step compares = choosing.step("Compares shop and marketplace", "Finds the same jacket on the marketplace 15 "
				+ "EUR cheaper with next-day delivery; reads the shop's returns policy.",
				"Cheaper there, but are returns easier here?", "Where am I better off if it doesn't fit?");
		Step store = choosing.step("Considers trying it on in a store", "Looks up the stockists: the nearest store "
				+ "with the jacket in her colour is 40 km away.", "Not worth a Saturday.",
				"Can't they tell me online what fits?");
		Touchpoint sizeChartPage = choosing.touchpoint("Size chart on the product page",
				channel(StandardChannel.WEBSITE), "E-commerce", "Garment measurements in cm per size.", size);
		Touchpoint returnsPage = choosing.touchpoint("Returns and refunds page", channel(StandardChannel.WEBSITE),
				"Customer Service", "Free returns within 30 days.", compares);
		choosing.touchpoint("Partner outdoor store", channel(StandardChannel.PHYSICAL_STORE),
				"Wholesale & Retail Partners", "About 60 stockists in Germany and Austria.", store);
		choosing.emotionOf(lena, size, sizeChartPage, ANXIETY, -2,
				"Afraid of ordering the wrong size and missing the trip.",
				research.sizeDoubt, research.i01, research.i11);
		choosing.emotionOf(lena, compares, null, DOUBT, -1, "Unsure whether the shop is worth the higher price.");
		choosing.emotionOf(lena, compares, returnsPage, RELIEF, 1, "Free 30-day returns reassure her.", research.i04);
		choosing.emotionOf(jonas, compares, null, SATISFACTION, 2, "15 EUR cheaper on the marketplace, with next-day "
				+ "delivery.", research.i10);
		choosing.toBe(lena, size, sizeChartPage, RELIEF, 2, "A fit advisor names her size for wearing a fleece "
				+ "under it.");
		choosing.toBe(jonas, compares, null, TRUST, 2, "The same price in the shop and on the marketplace.");
		sizeChart = dropOff(choosing.barrier(size, sizeChartPage, "Size chart does not help choose between sizes",
				MISSING_INFORMATION, HIGH, "The chart gives garment measurements, not body measurements, and says "
						+ "nothing about layering; buyers between two sizes order both or give up.",
				research.analytics, research.sizeDoubt, research.i11), 18,
				"Share of product-page sessions that end within 60 s of opening the size chart (analytics, March 2025).");
		choosing.barrier(compares, null, "Marketplace price lower than shop price", INCONSISTENT_EXPERIENCE, MEDIUM,
				"The marketplace partner discounts the jacket without telling us; shop buyers who notice feel "
						+ "cheated.");
	}

	private void purchase() {
		purchase = map.stage(StandardStage.PURCHASE, "Lena orders, pays and waits for the parcel.");
		Step checkout = purchase.step("Checks out", "Clicks 'Checkout', is asked to create an account with a "
				+ "password, then sees 5.95 EUR shipping on the last page.",
				"An account, for one jacket? And shipping on top?", "Can't I just pay with PayPal as a guest?");
		Step waits = purchase.step("Waits for the parcel", "Gets the order confirmation and follows the tracking "
				+ "link; the status does not change for two days.", "Did they forget my order? The trip is in ten "
						+ "days.", "When will it arrive?");
		Step receives = purchase.step("Receives the parcel", "Collects the parcel at the Packstation; finds the "
				+ "jacket wrapped in paper with a handwritten card and a printed return slip.",
				"Nice touch, no plastic.", "Where is the return label, in case I need it?");
		Touchpoint checkoutPage = purchase.touchpoint("Checkout", channel(StandardChannel.WEBSITE), "E-commerce",
				"Four steps: account, address, shipping and payment, review.", checkout);
		checkoutPage.setColor(WORKSHOP_HOT_SPOT);
		checkoutPage.setImage("images/checkout-account-step.png"); // a screenshot, shipped beside the map
		purchase.touchpoint("Order confirmation email", channel(StandardChannel.EMAIL), "CRM & Lifecycle Marketing",
				null, waits);
		Touchpoint tracking = purchase.touchpoint("Order tracking in the app", channel(StandardChannel.MOBILE_APP),
				"Logistics", "Shows the carrier's status; updated only when the carrier scans the parcel.", waits);
		purchase.touchpoint("Packstation pick-up", locker, "Logistics", null, receives);
		Touchpoint box = purchase.touchpoint("Plastic-free packaging with a thank-you card",
				channel(StandardChannel.PACKAGING), "Logistics", null, receives);
		purchase.emotionOf(lena, checkout, checkoutPage, FRUSTRATION, -3,
				"A forced account and late shipping costs; she "
				+ "almost leaves.", research.forcedAccount, research.analytics, research.recordings, research.i09);
		purchase.emotionOf(lena, waits, tracking, ANXIETY, -1, "The tracking has not moved for two days.");
		purchase.emotionOf(lena, receives, box, JOY, 2, "Careful, plastic-free packaging and a handwritten card.",
				research.i02);
		purchase.emotionOf(jonas, checkout, checkoutPage, IRRITATION, -2, "The shipping costs on the last page eat up "
				+ "his saving.", research.i10);
		purchase.toBe(lena, checkout, checkoutPage, SATISFACTION, 1, "Guest checkout with PayPal, shipping shown on "
				+ "the product page.");
		purchase.toBe(jonas, checkout, checkoutPage, SATISFACTION, 1, "The price he saw is the price he pays.");
		account = dropOff(purchase.barrier(checkout, checkoutPage, "Account required to check out",
				COMPLEX_REGISTRATION, CRITICAL, "There is no guest checkout: buyers must choose a password and "
						+ "confirm their email address before they can pay.",
				research.analytics, research.recordings, research.forcedAccount, research.justPayPal), 27,
				"Share of checkouts that end at the 'create account' step (analytics, March 2025, 48,200 sessions).");
		shippingCosts = dropOff(purchase.barrier(checkout, checkoutPage, "Shipping costs shown only at the last step",
				OPAQUE_PRICING, HIGH, "5.95 EUR shipping below 300 EUR appears only on the review page.",
				research.analytics, research.lastPage), 12,
				"Share of checkouts that end when the shipping costs appear (analytics, March 2025).");
		purchase.barrier(waits, tracking, "Tracking not updated for days", LONG_WAIT, LOW,
				"Parcels handed over on Friday show no movement until Monday.");
	}

	private void usage() {
		usage = map.stage(StandardStage.USAGE, "Lena tries the jacket on, sends it back for another size and "
				+ "finally takes it on the trail.");
		Step triesOn = usage.step("Tries it on at home", "Puts the jacket on over a fleece: in M the sleeves are "
				+ "too short.", "I knew it.", "Can I swap it for an L quickly?");
		Step returns = usage.step("Returns it for another size", "Finds no exchange option in the returns portal; "
				+ "prints the label at work, drops the parcel at the Packstation and orders the L again.",
				"Return, wait for the refund, order again, and hope the L is still in stock.",
				"When do I get my 249 EUR back?");
		Step wears = usage.step("Wears it on the trek", "Wears the jacket for two weeks in Norway, including a full "
				+ "day of rain.", "Dry underneath. Worth every euro.", "How do I re-proof it after washing?");
		Touchpoint slip = usage.touchpoint("Printed return slip in the parcel",
				channel(StandardChannel.PRINTED_MATERIAL), "Logistics", "Asks for the order number and a return "
						+ "reason; the label itself must be printed from the portal.", returns);
		Touchpoint portal = usage.touchpoint("Online returns portal", channel(StandardChannel.WEBSITE),
				"Customer Service", null, returns);
		portal.setColor(WORKSHOP_HOT_SPOT);
		usage.touchpoint("Customer service hotline", channel(StandardChannel.PHONE_CALL), "Customer Service",
				"Called mostly to ask where a refund is.", returns);
		usage.touchpoint("Care and repair guide", channel(StandardChannel.EMAIL), "CRM & Lifecycle Marketing",
				"Sent ten days after delivery.", wears);
		usage.emotionOf(lena, triesOn, null, DISAPPOINTMENT, -2, "The wrong size after all that research.",
				research.i06,
				research.tickets);
		usage.emotionOf(lena, returns, portal, IRRITATION, -2,
				"No exchange, a label to print and 14 days until the refund.",
				research.returnsHarder, research.i04, research.i07, research.tickets);
		usage.emotionOf(lena, wears, null, DELIGHT, 3, "Dry through a whole day of Norwegian rain.", research.i05,
				research.dryUnderneath);
		usage.emotionOf(jonas, returns, portal, FRUSTRATION, -2, "Orders the other size on the marketplace instead; "
				+ "the return costs him a Saturday.", research.i06);
		usage.toBe(lena, returns, portal, RELIEF, 1, "Swaps M for L in two clicks, the label is in the box.");
		usage.toBe(jonas, returns, portal, SATISFACTION, 1, "Exchanges the size without a second order.");
		noExchange = usage.barrier(returns, portal, "No direct size exchange", OTHER, HIGH, "Another size can only "
				+ "be had by returning and reordering; popular sizes sell out in between.",
				research.returnsHarder, research.i06, research.tickets);
		label = usage.barrier(returns, slip, "Return label must be printed", COMPLEX_REGISTRATION, MEDIUM,
				"Customers without a printer have to find one before they can send the parcel back.",
				research.returnsHarder, research.i04);
		refund = usage.barrier(returns, portal, "Refund takes up to 14 days", LONG_WAIT, MEDIUM,
				"The refund is released only after the return has been checked in the warehouse.", research.tickets,
				research.i07);
	}

	private void loyaltyOrChurn() {
		loyalty = map.stage(StandardStage.LOYALTY_OR_CHURN, "After the trip Lena decides whether Fjellwerk "
				+ "becomes her outdoor shop, and tells others about it.");
		Step reviewRequest = loyalty.step("Is asked for a review", "Gets a review request three days after "
				+ "delivery, before she has worn the jacket outside.", "I haven't even been out in it.",
				"Why ask now?");
		Step newsletters = loyalty.step("Gets newsletters", "Receives the newsletter three times a week, each with a "
				+ "10 % voucher.", "Too much. Unsubscribe.", "Can I get only news about repairs and new colours?");
		Step recommends = loyalty.step("Recommends the jacket", "Answers the NPS survey with a 9, recommends the "
				+ "jacket in her alpine club's group chat and orders merino base layers.",
				"Great product, annoying returns, but I'll come back.", "Do they repair jackets?");
		Touchpoint reviewEmail = loyalty.touchpoint("Review request email", channel(StandardChannel.EMAIL),
				"CRM & Lifecycle Marketing", "Sent automatically three days after delivery.", reviewRequest);
		Touchpoint newsletter = loyalty.touchpoint("Newsletter with voucher", channel(StandardChannel.EMAIL),
				"CRM & Lifecycle Marketing", null, newsletters);
		Touchpoint survey = loyalty.touchpoint("Post-purchase NPS survey", channel(StandardChannel.EMAIL),
				"Customer Experience", "Sent 21 days after delivery.", recommends);
		loyalty.touchpoint("Fjellwerk stand at the Munich outdoor festival", channel(StandardChannel.EVENTS),
				"Brand Marketing", "Repair corner and new colours; club members get a coffee.", recommends);
		loyalty.emotionOf(lena, reviewRequest, reviewEmail, IRRITATION, -1,
				"Asked to rate a jacket she has not worn yet.");
		loyalty.emotionOf(lena, newsletters, newsletter, BOREDOM, -1, "Too many newsletters, all alike.", research.i08);
		loyalty.emotionOf(lena, recommends, survey, TRUST, 2, "Trusts the brand after the trek and "
				+ "recommends it.", research.nps, research.i05);
		loyalty.emotionOf(jonas, newsletters, newsletter, INTEREST, 1, "Keeps the vouchers, to compare prices next "
				+ "time.");
		loyalty.toBe(lena, reviewRequest, reviewEmail, SATISFACTION, 1, "Asked for a review after her first rainy "
				+ "hike.");
		loyalty.barrier(reviewRequest, reviewEmail, "Review request before first use", OTHER, LOW,
				"The request arrives before most customers have been out in the rain with the jacket.");
		loyalty.barrier(newsletters, newsletter, "Too many newsletters after the first order", OTHER, MEDIUM,
				"New customers get the full newsletter rhythm at once; many unsubscribe and are gone.", research.i08);
	}
}
