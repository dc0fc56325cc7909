package org.cjmstudio.model.templates;

/** What a new map starts from, as the New Journey Map wizard offers it. */
public enum MapTemplate {

	/** The six standard stages of a consumer's purchase. */
	B2C("Six standard stages (B2C): need, information search, choosing alternatives, purchase, usage, loyalty or churn"),
	/** The same stages for a business purchase, with a buying-committee persona ready to fill in. */
	B2B("Six standard stages with a buying committee (B2B): decision maker, purchaser, technical expert, user"),
	/** No stages: for teams that lay out their own journey. */
	BLANK("Blank: no stages yet");

	private final String description;

	MapTemplate(String description) {
		this.description = description;
	}

	/** How the wizard names the choice. */
	public String description() {
		return description;
	}
}
