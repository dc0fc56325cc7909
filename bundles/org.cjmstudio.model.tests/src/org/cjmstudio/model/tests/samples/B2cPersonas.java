package org.cjmstudio.model.tests.samples;

import static org.cjmstudio.model.templates.StandardChannel.EMAIL;
import static org.cjmstudio.model.templates.StandardChannel.MOBILE_APP;
import static org.cjmstudio.model.templates.StandardChannel.REVIEWS_MARKETPLACE;
import static org.cjmstudio.model.templates.StandardChannel.SOCIAL_NETWORK;
import static org.cjmstudio.model.templates.StandardChannel.WEBSITE;

import java.util.List;

import org.cjmstudio.model.LinkKind;
import org.cjmstudio.model.Persona;
import org.cjmstudio.model.PersonaKind;

/** The B2C sample's personas: the careful hiker whose journey the map follows, and the marketplace deal hunter. */
final class B2cPersonas {

	final Persona lena;
	final Persona jonas;

	B2cPersonas(SampleMapBuilder map, B2cResearch research) {
		lena = map.persona("Lena, the careful weekend hiker", PersonaKind.B2C)
				.story("Active outdoor enthusiasts, 28–45, urban, middle to high income",
						"I'd rather spend 250 euros once than 120 euros twice. But it has to fit, and I want to know "
								+ "I can send it back.",
						"Lena is a UX researcher in Munich who hikes most weekends and is planning a two-week trek in "
								+ "Norway. Her old jacket soaked through in a storm. She researches thoroughly, trusts "
								+ "reviews from people like her and dreads returns: she has no printer, and the "
								+ "parcel shop round the corner always has a queue.")
				.goals("A jacket that stays dry on long hikes and still breathes", "Have it before the trip in June",
						"Buy once and wear it for years")
				.needs("Waterproof ratings explained in plain words", "Confidence about the size before ordering",
						"Free and easy returns")
				.pains("Jargon like '20,000 mm, RET < 6' without explanation", "Sizes that differ from brand to brand",
						"Printing return labels")
				.fears("Paying 250 EUR for a jacket that leaks", "The wrong size, and no time left before the trip",
						"Being flooded with newsletters")
				.values("Quality and durability", "Sustainability (PFC-free membranes, repairs)",
						"Honest product information")
				.motivations("Enjoy the outdoors in any weather", "Feel well prepared")
				.demographics(28, 40, "Female", "Master's degree in psychology", "Munich, Germany; large city",
						"UX researcher")
				.status("Upper middle class", "Lives with her partner, no children",
						"3,500–4,500 EUR net a month")
				.lifestyle(List.of("iPhone", "Laptop", "Smartwatch"),
						List.of(map.channel(WEBSITE), map.channel(SOCIAL_NETWORK), map.channel(REVIEWS_MARKETPLACE),
								map.channel(EMAIL)),
						List.of("Browses on the phone in the evening, orders on the laptop",
								"Follows three hiking creators on Instagram", "Reads the 3-star reviews first"),
						List.of("Hiking and trekking", "Photography", "Sustainable fashion"),
						"About 4 hours a day; shopping research in the evening",
						"Outdoor clothing 3–4 times a year; a new jacket every 4–6 years")
				.decisionMaking("Lena herself; her partner gets a say on the colour",
						List.of("Customer reviews and photos", "Hiking creators on Instagram and YouTube",
								"Tests in outdoor magazines", "Friends from the alpine club"),
						List.of("Waterproof and breathable", "Fit", "Sustainability", "Free returns",
								"Price between 180 and 280 EUR"),
						"Two to three weeks of on-and-off research")
				.psychology("Thoughtful and deliberate",
						"Rarely contacts shops; uses the chat for a specific question, never the phone",
						"Researches before buying", "Loyal once convinced", "Passes good finds on to friends")
				.evidence(research.buyers, research.nps, research.analytics)
				.get();
		SampleMapBuilder.link(lena, "https://wiki.example.com/cx/personas/lena", LinkKind.SEE_ALSO,
				"Persona research notes in the CX wiki");

		jonas = map.persona("Jonas, the marketplace deal hunter", PersonaKind.B2C)
				.story("Price-driven occasional outdoor buyers, 20–35",
						"If it's 20 euros cheaper on the marketplace and arrives tomorrow, I order it there.",
						"Jonas buys outdoor gear when he needs it, compares prices in apps and on the marketplace and "
								+ "rarely visits a brand's own shop.")
				.goals("A decent rain jacket for festivals and city rain at the best price")
				.pains("Different prices in the shop and on the marketplace")
				.demographics(20, 32, "Male", "Vocational training", "Cologne, Germany; large city",
						"Logistics coordinator")
				.lifestyle(List.of("Android phone"), List.of(map.channel(REVIEWS_MARKETPLACE), map.channel(MOBILE_APP)),
						List.of("Compares prices in apps before every purchase"), List.of("Festivals", "Football"),
						"Mostly on the phone, several hours a day", "Outdoor clothing once or twice a year")
				.decisionMaking("Jonas himself", List.of("Price comparison apps", "Star ratings on the marketplace"),
						List.of("Price", "Delivery speed", "Star rating"), "One or two evenings")
				.evidence(research.buyers, research.crm)
				.get();
	}
}
