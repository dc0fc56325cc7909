package org.cjmstudio.benchmarks;

import java.util.Random;

/**
 * Card wording for generated maps: short titles and sentences of the lengths real cards have, so the figures measure
 * and wrap text the way they do for a real map. Numbered, so every card can be told apart.
 */
final class CardTexts {

	private static final String[] VERBS = { "Compares", "Reads", "Asks about", "Checks", "Orders", "Returns",
			"Tracks", "Rates", "Searches for", "Downloads", "Pays for", "Configures", "Cancels", "Recommends" };
	private static final String[] THINGS = { "prices", "delivery times", "the size chart", "reviews", "the warranty",
			"the invoice", "the return label", "payment options", "the app", "the newsletter", "the support chat",
			"the contract", "the user manual", "loyalty points" };
	private static final String[] TOUCHPOINTS = { "Product page", "Order confirmation email", "Checkout",
			"Chat with an agent", "Search result ad", "Store visit", "Delivery notification", "Invoice letter",
			"Hotline call", "App push message", "Review site listing", "Help center article" };
	private static final String[] BARRIERS = { "Hidden shipping costs", "No size advice", "Registration required",
			"Long hotline wait", "Payment fails", "Unclear return policy", "Tracking link broken",
			"Contradicting prices", "Slow page load", "No answer by email" };
	private static final String[] OPPORTUNITIES = { "Show the total price early", "Add a size finder",
			"Offer guest checkout", "Call-back instead of waiting", "Prepaid return label", "Live delivery tracking",
			"One price on every channel", "Answer emails within a day" };
	private static final String[] METRICS = { "Conversion rate", "Cart abandonment", "NPS", "CSAT after support",
			"Return rate", "Repeat purchase rate", "First contact resolution", "Churn" };
	private static final String[] DEPARTMENTS = { "E-commerce", "Customer service", "Logistics", "Marketing",
			"Sales", "Finance", "IT" };

	private final Random random;

	CardTexts(Random random) {
		this.random = random;
	}

	String stepName(int index) {
		return pick(VERBS) + " " + pick(THINGS) + " (" + (index + 1) + ")";
	}

	String touchpointName(int index) {
		return pick(TOUCHPOINTS) + " " + (index + 1);
	}

	String barrierName(int index) {
		return pick(BARRIERS) + " " + (index + 1);
	}

	String opportunityTitle(int index) {
		return pick(OPPORTUNITIES) + " " + (index + 1);
	}

	String metricName(int index) {
		return pick(METRICS) + " " + (index + 1);
	}

	String department() {
		return pick(DEPARTMENTS);
	}

	String sentence() {
		return pick(VERBS) + " " + pick(THINGS) + " and then " + pick(VERBS).toLowerCase() + " " + pick(THINGS);
	}

	String thought() {
		return "I hope " + pick(THINGS) + " will not be a problem this time.";
	}

	String question() {
		return "Where do I find " + pick(THINGS) + "?";
	}

	private String pick(String[] words) {
		return words[random.nextInt(words.length)];
	}
}
