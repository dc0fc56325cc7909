package org.cjmstudio.model.tests.samples;

/**
 * Transcripts of four of the B2C sample's interviews, so the sample shows quotes in their context. Speaker turns are
 * paragraphs, as transcription services deliver them; the quotes of {@link B2cResearch} are passages of these texts.
 */
final class B2cTranscripts {

	static final String HIKER_MUNICH = """
			Interviewer: Tell us about the last time you needed a new rain jacket. What happened?

			Respondent: My old one gave up on a ridge in the Karwendel. Two hours of rain and I was wet to the \
			skin, and I had a trek in Norway coming up. So I started looking that same evening.

			Interviewer: How did you decide between the jackets on your shortlist?

			Respondent: Reviews, mostly. People with photos, people who hike like me. The specifications did not \
			help much, I read them but I could not tell one from another.

			Interviewer: Walk us through the order. Where did you hesitate?

			Respondent: I had the jacket in M and L in the cart because I honestly had no idea. Then I thought: a \
			return, no thanks, and closed the tab. I came back a week later. I measured an old jacket on the \
			kitchen table and took the M.

			Interviewer: Would you order from us again?

			Respondent: Probably, yes. The jacket is great. But I want to know the size before I pay, not after.""";

	static final String BIKE_COMMUTER_HAMBURG = """
			Interviewer: How and where did you look for a jacket?

			Respondent: Online, in the evening, on my phone. I ride to work every day, all year, so it has to \
			survive Hamburg.

			Interviewer: What did you look at on the product page?

			Respondent: The numbers. What is 20,000 millimetres? I need to know: will I be dry after an hour of rain \
			on the bike? Nobody says that. I asked the chat, but it was after nine and only the bot answered.

			Interviewer: What made you decide in the end?

			Respondent: A review from a courier in Bremen. He wrote he rides eight hours a day in it. That I \
			understood.""";

	static final String CART_ABANDONER_COLOGNE = """
			Interviewer: Walk us through the order. Where did you hesitate?

			Respondent: I did not hesitate, I was ready. Jacket in the cart, size chosen, card on the table. Then \
			the shop wanted an account.

			Interviewer: What went through your mind?

			Respondent: I just wanted to pay with PayPal. Why do I need an account and a password for one jacket? \
			I know what comes next: newsletters every other day.

			Interviewer: What did you do?

			Respondent: I closed it and bought a similar jacket on the marketplace. Two clicks.""";

	static final String CART_ABANDONER_MUNICH = """
			Interviewer: Walk us through the order. Where did you hesitate?

			Respondent: I even made the account, which I hate. Then the review page. Free shipping from 300 euros, \
			and I saw that only on the last page. So 5.95 on top, and I was out.

			Interviewer: Was it the amount?

			Respondent: No, six euros is nothing. It was that they hid it until the end. It felt like a trick.""";

	private B2cTranscripts() {
	}
}
