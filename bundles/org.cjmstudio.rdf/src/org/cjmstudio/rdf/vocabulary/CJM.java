package org.cjmstudio.rdf.vocabulary;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The CJM Studio ontology ({@code ontology/cjm.ttl}) as constants, in the style of Jena's {@code DCTerms}.
 * Class and property names are those of the metamodel (cjm.ecore), so the mapping can derive them by name; two
 * features are renamed because their name means different things on different classes:
 * {@code ExternalLink.target} is {@link #linkTarget}, {@code Metric.target} is {@link #targetValue},
 * {@code BuyingCommitteeRole.title} (a job title, not a document title) is {@link #jobTitle}.
 */
public final class CJM {

	public static final String NS = "https://w3id.org/cjmstudio/ontology#";

	/** Where element IRIs live: {@code https://w3id.org/cjmstudio/id/<uuid>}. */
	public static final String ID_NS = "https://w3id.org/cjmstudio/id/";

	public static final Resource ONTOLOGY = ResourceFactory.createResource("https://w3id.org/cjmstudio/ontology");

	public static final Resource Identifiable = resource("Identifiable");
	public static final Resource CjmElement = resource("CjmElement");
	public static final Resource ExternalLink = resource("ExternalLink");
	public static final Resource CommentThread = resource("CommentThread");
	public static final Resource Comment = resource("Comment");
	public static final Resource JourneyMap = resource("JourneyMap");
	public static final Resource Persona = resource("Persona");
	public static final Resource Demographics = resource("Demographics");
	public static final Resource Lifestyle = resource("Lifestyle");
	public static final Resource DecisionMaking = resource("DecisionMaking");
	public static final Resource PsychologicalProfile = resource("PsychologicalProfile");
	public static final Resource CompanyProfile = resource("CompanyProfile");
	public static final Resource BuyingCommitteeRole = resource("BuyingCommitteeRole");
	public static final Resource Stage = resource("Stage");
	public static final Resource Card = resource("Card");
	public static final Resource Step = resource("Step");
	public static final Resource Channel = resource("Channel");
	public static final Resource Touchpoint = resource("Touchpoint");
	public static final Resource Emotion = resource("Emotion");
	public static final Resource Barrier = resource("Barrier");
	public static final Resource Opportunity = resource("Opportunity");
	public static final Resource Metric = resource("Metric");
	public static final Resource Evidence = resource("Evidence");
	public static final Resource ResearchStudy = resource("ResearchStudy");
	public static final Resource Interview = resource("Interview");
	public static final Resource Quote = resource("Quote");
	public static final Resource Insight = resource("Insight");
	public static final Resource DataSource = resource("DataSource");
	public static final Resource EvidenceLevel = resource("EvidenceLevel");

	public static final Property position = property("position");
	public static final Property linkTarget = property("linkTarget");
	public static final Property externalLinks = property("externalLinks");
	public static final Property commentThreads = property("commentThreads");
	public static final Property resolved = property("resolved");
	public static final Property comments = property("comments");
	public static final Property author = property("author");
	public static final Property kind = property("kind");
	public static final Property label = property("label");
	public static final Property title = property("title");
	public static final Property description = property("description");
	public static final Property scope = property("scope");
	public static final Property owner = property("owner");
	public static final Property team = property("team");
	public static final Property created = property("created");
	public static final Property modified = property("modified");
	public static final Property status = property("status");
	public static final Property personas = property("personas");
	public static final Property stages = property("stages");
	public static final Property channels = property("channels");
	public static final Property studies = property("studies");
	public static final Property dataSources = property("dataSources");
	public static final Property insights = property("insights");
	public static final Property opportunities = property("opportunities");
	public static final Property metrics = property("metrics");
	public static final Property name = property("name");
	public static final Property photo = property("photo");
	public static final Property quote = property("quote");
	public static final Property segment = property("segment");
	public static final Property goals = property("goals");
	public static final Property needs = property("needs");
	public static final Property pains = property("pains");
	public static final Property fears = property("fears");
	public static final Property values = property("values");
	public static final Property motivations = property("motivations");
	public static final Property demographics = property("demographics");
	public static final Property lifestyle = property("lifestyle");
	public static final Property decisionMaking = property("decisionMaking");
	public static final Property psychology = property("psychology");
	public static final Property company = property("company");
	public static final Property buyingCommittee = property("buyingCommittee");
	public static final Property evidence = property("evidence");
	public static final Property ageMin = property("ageMin");
	public static final Property ageMax = property("ageMax");
	public static final Property gender = property("gender");
	public static final Property education = property("education");
	public static final Property region = property("region");
	public static final Property occupation = property("occupation");
	public static final Property socialStatus = property("socialStatus");
	public static final Property familyStatus = property("familyStatus");
	public static final Property incomeBand = property("incomeBand");
	public static final Property devices = property("devices");
	public static final Property preferredChannels = property("preferredChannels");
	public static final Property habits = property("habits");
	public static final Property interests = property("interests");
	public static final Property timeOnline = property("timeOnline");
	public static final Property purchaseFrequency = property("purchaseFrequency");
	public static final Property decider = property("decider");
	public static final Property influencers = property("influencers");
	public static final Property criteria = property("criteria");
	public static final Property duration = property("duration");
	public static final Property temperament = property("temperament");
	public static final Property communicativeness = property("communicativeness");
	public static final Property traits = property("traits");
	public static final Property industry = property("industry");
	public static final Property size = property("size");
	public static final Property geography = property("geography");
	public static final Property role = property("role");
	public static final Property jobTitle = property("jobTitle");
	public static final Property concerns = property("concerns");
	public static final Property phase = property("phase");
	public static final Property steps = property("steps");
	public static final Property touchpoints = property("touchpoints");
	public static final Property emotions = property("emotions");
	public static final Property barriers = property("barriers");
	public static final Property does = property("does");
	public static final Property thinks = property("thinks");
	public static final Property asks = property("asks");
	public static final Property category = property("category");
	public static final Property online = property("online");
	public static final Property channel = property("channel");
	public static final Property color = property("color");
	public static final Property image = property("image");
	public static final Property department = property("department");
	public static final Property serves = property("serves");
	public static final Property compliance = property("compliance");
	public static final Property deviation = property("deviation");
	public static final Property observedBy = property("observedBy");
	public static final Property feeling = property("feeling");
	public static final Property valence = property("valence");
	public static final Property state = property("state");
	public static final Property note = property("note");
	public static final Property step = property("step");
	public static final Property touchpoint = property("touchpoint");
	public static final Property persona = property("persona");
	public static final Property severity = property("severity");
	public static final Property dropOffRate = property("dropOffRate");
	public static final Property dropOffNote = property("dropOffNote");
	public static final Property hypothesis = property("hypothesis");
	public static final Property stage = property("stage");
	public static final Property addresses = property("addresses");
	public static final Property value = property("value");
	public static final Property targetValue = property("targetValue");
	public static final Property unit = property("unit");
	public static final Property date = property("date");
	public static final Property source = property("source");
	public static final Property sourceNote = property("sourceNote");
	public static final Property goal = property("goal");
	public static final Property questionGuide = property("questionGuide");
	public static final Property targetGroups = property("targetGroups");
	public static final Property dismissedPatterns = property("dismissedPatterns");
	public static final Property interviews = property("interviews");
	public static final Property respondentProfile = property("respondentProfile");
	public static final Property respondentGroup = property("respondentGroup");
	public static final Property transcript = property("transcript");
	public static final Property quotes = property("quotes");
	public static final Property text = property("text");
	public static final Property topic = property("topic");
	public static final Property transcriptOffset = property("transcriptOffset");
	public static final Property transcriptLength = property("transcriptLength");
	/** Not a metamodel feature: computed from a persona's, emotion's or barrier's citations when it is exported. */
	public static final Property evidenceLevel = property("evidenceLevel");
	public static final Property statement = property("statement");
	public static final Property supportedBy = property("supportedBy");
	public static final Property location = property("location");
	public static final Property sampleSize = property("sampleSize");

	private CJM() {
	}

	public static String getURI() {
		return NS;
	}

	public static Resource resource(String localName) {
		return ResourceFactory.createResource(NS + localName);
	}

	public static Property property(String localName) {
		return ResourceFactory.createProperty(NS, localName);
	}
}
