package org.cjmstudio.research.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.cjmstudio.model.RespondentGroup;
import org.cjmstudio.research.transcripts.RespondentGroups;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Groups are read the way teams write them in spreadsheets, in English and Russian. */
class RespondentGroupsTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "current customers|CURRENT_CUSTOMERS", "Current|CURRENT_CUSTOMERS",
			"CURRENT_CUSTOMERS|CURRENT_CUSTOMERS", "existing clients|CURRENT_CUSTOMERS",
			"former customers|FORMER_CUSTOMERS", "Former|FORMER_CUSTOMERS", "lost|FORMER_CUSTOMERS",
			"lost customers|FORMER_CUSTOMERS", "churned|FORMER_CUSTOMERS", "ушедшие клиенты|FORMER_CUSTOMERS",
			"бывшие|FORMER_CUSTOMERS", "interested non-buyers|INTERESTED_NON_BUYERS",
			"interested, did not buy|INTERESTED_NON_BUYERS", "didn't buy|INTERESTED_NON_BUYERS",
			"не купили|INTERESTED_NON_BUYERS", "competitor customers|COMPETITOR_CUSTOMERS",
			"клиенты конкурентов|COMPETITOR_CUSTOMERS", "prospects|PROSPECTS", "support staff|FRONTLINE_EMPLOYEES",
			"Текущие клиенты|CURRENT_CUSTOMERS", "other|OTHER" })
	void readsWhatTeamsWrite(String written, RespondentGroup expected) {
		assertEquals(Optional.of(expected), RespondentGroups.parse(written));
	}

	@ParameterizedTest
	@CsvSource({ "VIP", "aliens", "'  '" })
	void refusesWhatNamesNoGroup(String written) {
		assertEquals(Optional.empty(), RespondentGroups.parse(written));
	}
}
