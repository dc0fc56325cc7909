package org.cjmstudio.persona.pages;

import static org.cjmstudio.model.CjmPackage.Literals.DEMOGRAPHICS__AGE_MAX;
import static org.cjmstudio.model.CjmPackage.Literals.DEMOGRAPHICS__AGE_MIN;
import static org.cjmstudio.model.CjmPackage.Literals.DEMOGRAPHICS__EDUCATION;
import static org.cjmstudio.model.CjmPackage.Literals.DEMOGRAPHICS__FAMILY_STATUS;
import static org.cjmstudio.model.CjmPackage.Literals.DEMOGRAPHICS__GENDER;
import static org.cjmstudio.model.CjmPackage.Literals.DEMOGRAPHICS__INCOME_BAND;
import static org.cjmstudio.model.CjmPackage.Literals.DEMOGRAPHICS__OCCUPATION;
import static org.cjmstudio.model.CjmPackage.Literals.DEMOGRAPHICS__REGION;
import static org.cjmstudio.model.CjmPackage.Literals.DEMOGRAPHICS__SOCIAL_STATUS;
import static org.cjmstudio.model.CjmPackage.Literals.LIFESTYLE__DEVICES;
import static org.cjmstudio.model.CjmPackage.Literals.LIFESTYLE__HABITS;
import static org.cjmstudio.model.CjmPackage.Literals.LIFESTYLE__INTERESTS;
import static org.cjmstudio.model.CjmPackage.Literals.LIFESTYLE__PREFERRED_CHANNELS;
import static org.cjmstudio.model.CjmPackage.Literals.LIFESTYLE__PURCHASE_FREQUENCY;
import static org.cjmstudio.model.CjmPackage.Literals.LIFESTYLE__TIME_ONLINE;
import static org.cjmstudio.persona.editing.PortraitPart.DEMOGRAPHICS;
import static org.cjmstudio.persona.editing.PortraitPart.LIFESTYLE;

import java.util.List;

import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.persona.editing.PortraitSession;
import org.cjmstudio.persona.fields.FieldKit;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.editor.FormEditor;

/** Who the persona is (age, region, occupation...) and how they live: devices, channels, habits, interests. */
public final class DemographicsAndLifestylePage extends PersonaFormPage {

	public static final String ID = "demographics";

	public DemographicsAndLifestylePage(FormEditor editor, PortraitSession session) {
		super(editor, session, ID, "Demographics && lifestyle");
	}

	@Override
	void createSections(Composite body, FieldKit kit) {
		Composite demographics = kit.section(body, "Demographics", "In the team's own words, except the age range.");
		kit.text(demographics, "Age from", DEMOGRAPHICS, DEMOGRAPHICS__AGE_MIN);
		kit.text(demographics, "Age to", DEMOGRAPHICS, DEMOGRAPHICS__AGE_MAX);
		kit.text(demographics, "Gender", DEMOGRAPHICS, DEMOGRAPHICS__GENDER);
		kit.text(demographics, "Education", DEMOGRAPHICS, DEMOGRAPHICS__EDUCATION);
		kit.text(demographics, "Region", DEMOGRAPHICS, DEMOGRAPHICS__REGION);
		kit.text(demographics, "Occupation", DEMOGRAPHICS, DEMOGRAPHICS__OCCUPATION);
		kit.text(demographics, "Social status", DEMOGRAPHICS, DEMOGRAPHICS__SOCIAL_STATUS);
		kit.text(demographics, "Family status", DEMOGRAPHICS, DEMOGRAPHICS__FAMILY_STATUS);
		kit.text(demographics, "Income band", DEMOGRAPHICS, DEMOGRAPHICS__INCOME_BAND);

		Composite lifestyle = kit.section(body, "Lifestyle", "How the persona spends time online and buys.");
		kit.multiLineText(lifestyle, "Time online", LIFESTYLE, LIFESTYLE__TIME_ONLINE);
		kit.text(lifestyle, "Purchase frequency", LIFESTYLE, LIFESTYLE__PURCHASE_FREQUENCY);

		kit.lines(body, "Devices", "The devices they use.", "device", LIFESTYLE, LIFESTYLE__DEVICES);
		Composite channels = kit.section(body, "Preferred channels",
				"The channels of this map the persona prefers; add channels to the map in the map editor.");
		kit.checklist(channels, "preferred channel", LIFESTYLE, LIFESTYLE__PREFERRED_CHANNELS, this::channels);
		kit.lines(body, "Habits", "What they do regularly.", "habit", LIFESTYLE, LIFESTYLE__HABITS);
		kit.lines(body, "Interests", "What they care about outside work or shopping.", "interest", LIFESTYLE,
				LIFESTYLE__INTERESTS);
	}

	private List<?> channels() {
		JourneyMap map = session().map();
		return map == null ? List.of() : map.getChannels();
	}
}
