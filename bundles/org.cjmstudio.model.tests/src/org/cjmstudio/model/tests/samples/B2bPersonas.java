package org.cjmstudio.model.tests.samples;

import static org.cjmstudio.model.templates.StandardChannel.CHAT;
import static org.cjmstudio.model.templates.StandardChannel.EMAIL;
import static org.cjmstudio.model.templates.StandardChannel.EVENTS;
import static org.cjmstudio.model.templates.StandardChannel.REVIEWS_MARKETPLACE;
import static org.cjmstudio.model.templates.StandardChannel.WEBSITE;

import java.util.List;

import org.cjmstudio.model.BuyingRole;
import org.cjmstudio.model.LinkKind;
import org.cjmstudio.model.Persona;
import org.cjmstudio.model.PersonaKind;

/**
 * The B2B sample's personas: the service lead who starts and champions the purchase, drawn in full with her company
 * and its buying committee, and the IT architect who can veto it.
 */
final class B2bPersonas {

	final Persona katrin;
	final Persona marco;

	B2bPersonas(SampleMapBuilder map, B2bResearch research) {
		katrin = map.persona("Katrin, the service lead who has to scale", PersonaKind.B2B)
				.story("Mid-market B2B companies, 200–1,000 employees, DACH",
						"I don't need more features. I need my team to stop drowning, and I need to prove it to "
								+ "our CFO.",
						"Katrin runs a 28-agent customer service team at a manufacturer of industrial pumps. Requests "
								+ "arrive by email, phone and web form and are tracked in a shared Outlook inbox and "
								+ "an Excel sheet. Since a new product line doubled the volume, the first response "
								+ "takes 31 hours. She started the search for a platform, but a committee decides, "
								+ "and IT, procurement and the CFO each have a veto.")
				.goals("Bring the first response under 8 hours", "Give management a reliable view of volume and SLAs",
						"Go live before the autumn peak season")
				.needs("Comparable prices and realistic implementation times",
						"A demo with her own ticket types, not a generic tour",
						"Numbers and arguments for the CFO and for IT")
				.pains("Shared inbox: requests get lost or are answered twice",
						"Monthly reporting takes a day of Excel work",
						"Vendors insist on a call before answering simple questions")
				.fears("Choosing a tool the agents will not accept", "A migration that drags on for months",
						"Being blamed if the project fails")
				.values("Reliability", "Straight answers", "Support in German")
				.motivations("Recognition as the person who fixed customer service",
						"A calmer team with less overtime")
				.demographics(38, 50, "Female", "Degree in business administration",
						"Bavaria, Germany; mid-sized town", "Head of Customer Service")
				.status("Middle management", "Married, two children", "85–100k EUR a year")
				.lifestyle(List.of("Windows laptop", "Company smartphone"),
						List.of(map.channel(EMAIL), map.channel(WEBSITE), map.channel(REVIEWS_MARKETPLACE),
								map.channel(EVENTS)),
						List.of("Reads LinkedIn on the train to work", "Visits one trade fair a year (CCW Berlin)",
								"Asks her service leaders' peer group before buying anything"),
						List.of("Team leadership", "Lean processes", "Mountain hiking"),
						"Online all working day; researches vendors in the evening on her laptop",
						"Chooses a new core tool every 5–7 years")
				.decisionMaking("The buying committee; the CFO signs anything above 50k EUR a year",
						List.of("Peer recommendations", "G2 and Capterra reviews", "The IT architect's assessment",
								"The account executive"),
						List.of("Total cost over three years", "Time to go live", "Ease of use for agents",
								"SAP integration", "GDPR compliance and hosting in the EU"),
						"4–7 months from the first search to the signature")
				.psychology("Calm and methodical", "Open with peers, guarded with sales people until she trusts them",
						"Risk-averse", "Prepares every meeting thoroughly", "Pragmatic rather than an early adopter")
				.company("Industrial machinery manufacturing", "450 employees, 28 of them in customer service",
						"Germany, Austria and Switzerland; exports to 30 countries",
						"Family-owned; SAP ERP and Microsoft 365; an IT team of nine with little capacity for new "
								+ "projects.")
				.committee(BuyingRole.INITIATOR, "Head of Customer Service",
						"Katrin herself: starts the project and champions the vendor she prefers.",
						"Agent productivity", "SLA reporting", "Go-live date")
				.committee(BuyingRole.DECISION_MAKER, "Chief Financial Officer",
						"Signs the contract; joins only for the business case and the final negotiation.",
						"Total cost of ownership", "Payback within two years", "Contract term and exit options")
				.committee(BuyingRole.TECHNICAL_EXPERT, "IT architect", "See the persona Marco.",
						"SAP and Microsoft 365 integration", "Single sign-on", "Migration of the Outlook history")
				.committee(BuyingRole.PURCHASER, "Strategic buyer, procurement",
						"Runs the negotiation once the shortlist stands.",
						"Price benchmark against two alternatives", "Payment terms", "Standard contract clauses")
				.committee(BuyingRole.GATEKEEPER, "Data protection officer",
						"Has to approve every system that stores customer data.",
						"Data processing agreement", "Hosting in the EU", "Sub-processors")
				.committee(BuyingRole.USER, "Service team leads",
						"Speak for the 28 agents; their verdict after the demo carries great weight.",
						"Fewer clicks per request", "Templates and macros", "German user interface")
				.evidence(research.buyers, research.crm, research.cfoNumbers)
				.get();
		SampleMapBuilder.link(katrin, "https://wiki.example.com/cx/personas/katrin", LinkKind.SEE_ALSO,
				"Persona research notes in the CX wiki");

		marco = map.persona("Marco, the IT architect who has to run it", PersonaKind.B2B)
				.story("Mid-market B2B companies, 200–1,000 employees, DACH",
						"Show me the API documentation and the SSO setup before you show me another slide.",
						"Marco is one of nine people in Katrin's IT department. He assesses the technical fit, "
								+ "security and integration effort of every new system, and runs it afterwards, on "
								+ "top of the SAP upgrade.")
				.demographics(30, 42, "Male", "MSc in computer science", "Munich area, Germany", "IT architect")
				.decisionMaking("The buying committee; he can veto on technical grounds",
						List.of("API documentation", "Developer forums", "Peers in other IT departments"),
						List.of("Open API and webhooks", "Single sign-on with Entra ID", "ISO 27001 and EU hosting",
								"Effort for IT after go-live"),
						"2–4 weeks for his technical assessment")
				.psychology("Sceptical and precise", "Prefers written documentation to calls",
						"Tests everything himself", "Distrusts marketing claims")
				.lifestyle(List.of("Linux laptop", "Smartphone"),
						List.of(map.channel(WEBSITE), map.channel(EMAIL), map.channel(CHAT)),
						List.of("Reads documentation and changelogs before talking to sales"),
						List.of("Home automation", "Cycling"), "Most of the day", "Assesses 3–4 new systems a year")
				.evidence(research.i04, research.i11, research.ae3)
				.get();
	}
}
