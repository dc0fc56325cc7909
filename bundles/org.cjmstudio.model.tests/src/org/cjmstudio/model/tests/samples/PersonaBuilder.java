package org.cjmstudio.model.tests.samples;

import java.util.List;

import org.cjmstudio.model.BuyingCommitteeRole;
import org.cjmstudio.model.BuyingRole;
import org.cjmstudio.model.Channel;
import org.cjmstudio.model.CjmFactory;
import org.cjmstudio.model.CompanyProfile;
import org.cjmstudio.model.DecisionMaking;
import org.cjmstudio.model.Demographics;
import org.cjmstudio.model.Evidence;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Lifestyle;
import org.cjmstudio.model.Persona;
import org.cjmstudio.model.PersonaKind;
import org.cjmstudio.model.PsychologicalProfile;

/** Draws a persona's portrait part by part; the persona joins the map when the builder is created. */
final class PersonaBuilder {

	private static final CjmFactory FACTORY = CjmFactory.eINSTANCE;

	private final Persona persona = FACTORY.createPersona();

	PersonaBuilder(JourneyMap map, String name, PersonaKind kind) {
		persona.setName(name);
		persona.setKind(kind);
		map.getPersonas().add(persona);
	}

	Persona get() {
		return persona;
	}

	PersonaBuilder story(String segment, String quote, String description) {
		persona.setSegment(segment);
		persona.setQuote(quote);
		persona.setDescription(description);
		return this;
	}

	PersonaBuilder goals(String... goals) {
		persona.getGoals().addAll(List.of(goals));
		return this;
	}

	PersonaBuilder needs(String... needs) {
		persona.getNeeds().addAll(List.of(needs));
		return this;
	}

	PersonaBuilder pains(String... pains) {
		persona.getPains().addAll(List.of(pains));
		return this;
	}

	PersonaBuilder fears(String... fears) {
		persona.getFears().addAll(List.of(fears));
		return this;
	}

	PersonaBuilder values(String... values) {
		persona.getValues().addAll(List.of(values));
		return this;
	}

	PersonaBuilder motivations(String... motivations) {
		persona.getMotivations().addAll(List.of(motivations));
		return this;
	}

	/** Age range, gender, education, region and occupation. */
	PersonaBuilder demographics(int ageMin, int ageMax, String gender, String education, String region,
			String occupation) {
		Demographics demographics = FACTORY.createDemographics();
		demographics.setAgeMin(ageMin);
		demographics.setAgeMax(ageMax);
		demographics.setGender(gender);
		demographics.setEducation(education);
		demographics.setRegion(region);
		demographics.setOccupation(occupation);
		persona.setDemographics(demographics);
		return this;
	}

	/** Social and family status and income band; call after {@link #demographics}. */
	PersonaBuilder status(String socialStatus, String familyStatus, String incomeBand) {
		Demographics demographics = persona.getDemographics();
		demographics.setSocialStatus(socialStatus);
		demographics.setFamilyStatus(familyStatus);
		demographics.setIncomeBand(incomeBand);
		return this;
	}

	PersonaBuilder lifestyle(List<String> devices, List<Channel> preferredChannels, List<String> habits,
			List<String> interests, String timeOnline, String purchaseFrequency) {
		Lifestyle lifestyle = FACTORY.createLifestyle();
		lifestyle.getDevices().addAll(devices);
		lifestyle.getPreferredChannels().addAll(preferredChannels);
		lifestyle.getHabits().addAll(habits);
		lifestyle.getInterests().addAll(interests);
		lifestyle.setTimeOnline(timeOnline);
		lifestyle.setPurchaseFrequency(purchaseFrequency);
		persona.setLifestyle(lifestyle);
		return this;
	}

	PersonaBuilder decisionMaking(String decider, List<String> influencers, List<String> criteria, String duration) {
		DecisionMaking decisionMaking = FACTORY.createDecisionMaking();
		decisionMaking.setDecider(decider);
		decisionMaking.getInfluencers().addAll(influencers);
		decisionMaking.getCriteria().addAll(criteria);
		decisionMaking.setDuration(duration);
		persona.setDecisionMaking(decisionMaking);
		return this;
	}

	PersonaBuilder psychology(String temperament, String communicativeness, String... traits) {
		PsychologicalProfile psychology = FACTORY.createPsychologicalProfile();
		psychology.setTemperament(temperament);
		psychology.setCommunicativeness(communicativeness);
		psychology.getTraits().addAll(List.of(traits));
		persona.setPsychology(psychology);
		return this;
	}

	PersonaBuilder company(String industry, String size, String geography, String description) {
		CompanyProfile company = FACTORY.createCompanyProfile();
		company.setIndustry(industry);
		company.setSize(size);
		company.setGeography(geography);
		company.setDescription(description);
		persona.setCompany(company);
		return this;
	}

	/** A member of the B2B buying committee and what they check. */
	PersonaBuilder committee(BuyingRole role, String title, String description, String... concerns) {
		BuyingCommitteeRole member = FACTORY.createBuyingCommitteeRole();
		member.setRole(role);
		member.setTitle(title);
		member.setDescription(description);
		member.getConcerns().addAll(List.of(concerns));
		persona.getBuyingCommittee().add(member);
		return this;
	}

	PersonaBuilder evidence(Evidence... evidence) {
		persona.getEvidence().addAll(List.of(evidence));
		return this;
	}
}
