package org.cjmstudio.model.templates;

/**
 * The kinds of map CJM Studio's own templates make (see {@link JourneyMapTemplates#newMap}); the wizard names them
 * as this bundle's plugin.xml contributes them to {@code org.cjmstudio.templates}.
 */
public enum MapTemplate {

	/** The six standard stages of a consumer's purchase. */
	B2C,
	/** The same stages for a business purchase, with a buying-committee persona ready to fill in. */
	B2B,
	/** No stages: for teams that lay out their own journey. */
	BLANK
}
