package org.cjmstudio.model.tests.samples;

import java.util.List;

import org.cjmstudio.model.Metric;
import org.cjmstudio.model.MetricKind;
import org.cjmstudio.model.OpportunityStatus;

/** The B2C sample's metrics and the opportunities they measure, each aimed at barriers of the journey. */
final class B2cOpportunities {

	private B2cOpportunities() {
	}

	static void add(SampleMapBuilder map, B2cResearch research, B2cOnlineShopSample journey) {
		Metric addToCart = map.metric("Product page add-to-cart rate", MetricKind.CONVERSION, 7.8, 9.5, "%",
				"2025-03-31", journey.search.stage(), research.analytics);
		Metric checkoutConversion = map.metric("Checkout conversion (cart to order)", MetricKind.CONVERSION, 41, 50,
				"%", "2025-03-31", journey.purchase.stage(), research.analytics);
		Metric accountDropOff = map.metric("Drop-off at 'create account'", MetricKind.DROP_OFF_RATE, 27, 10, "%",
				"2025-03-31", journey.purchase.stage(), research.analytics);
		Metric sizeReturns = map.metric("Size-related share of rain jacket returns", MetricKind.CUSTOM, 46, 30, "%",
				"2025-03-31", journey.usage.stage(), research.tickets);
		Metric refundDays = map.metric("Time from return drop-off to refund", MetricKind.CUSTOM, 11, 3, "days",
				"2025-03-31", journey.usage.stage(), null);
		refundDays.setSourceNote("Payment provider settlement report, median of Q1 2025");
		Metric returnersComeBack = map.metric("Repeat purchases of customers who returned their first order",
				MetricKind.RETENTION, 9, 15, "%", "2024-12-31", journey.loyalty.stage(), research.crm);
		Metric nps = map.metric("Post-purchase NPS", MetricKind.NPS, 38, 50, "points", "2025-03-31", null,
				research.nps);
		map.opportunity("Guest checkout with express payment", journey.purchase.stage(),
				OpportunityStatus.IN_PROGRESS, "Product Owner Checkout", "Let buyers pay as guests with PayPal, "
						+ "Apple Pay or card and offer an account with one click after the order.",
				"Buyers who are not forced into an account finish the order: drop-off at the account step falls "
						+ "from 27 % to 10 % and checkout conversion rises from 41 % to 50 %.",
				List.of(journey.account), accountDropOff, checkoutConversion);
		map.opportunity("Shipping costs on the product page", journey.purchase.stage(), OpportunityStatus.DONE,
				"Head of E-commerce", "Show shipping costs and the free-shipping threshold next to the price and in "
						+ "the cart.",
				"Nobody is surprised at the last step, so fewer checkouts end there.",
				List.of(journey.shippingCosts), checkoutConversion);
		map.opportunity("Fit finder", journey.choosing.stage(), OpportunityStatus.PLANNED, "Head of E-commerce",
				"Recommend a size from height, chest and a jacket the buyer already owns, trained on our return "
						+ "reasons, with a note on layering.",
				"Buyers who trust the recommended size order one size, not two: size-related returns fall from "
						+ "46 % to 30 % of returns.",
				List.of(journey.sizeChart), sizeReturns);
		map.opportunity("One-click size exchange with QR-code returns", journey.usage.stage(),
				OpportunityStatus.PLANNED, "Head of Customer Service", "An exchange option in the returns portal "
						+ "that reserves the new size, a QR code instead of a printed label, and the refund on the "
						+ "carrier's drop-off scan.",
				"Customers who get the right size fast and their money back in days come back: refund time falls "
						+ "from a median of 11 to 3 days and returners' repeat purchases rise from 9 % to 15 %.",
				List.of(journey.noExchange, journey.label, journey.refund), refundDays, returnersComeBack, nps);
		map.opportunity("Plain-language weather promise on product pages", journey.search.stage(),
				OpportunityStatus.IDEA, "Content Lead", "Translate membrane ratings into 'dry for how long, in what "
						+ "rain, with a backpack', using wording from customer reviews.",
				"Buyers who understand what they get add the jacket to the cart: add-to-cart rate up from 7.8 % to "
						+ "9.5 %.",
				List.of(journey.jargon), addToCart);
	}
}
