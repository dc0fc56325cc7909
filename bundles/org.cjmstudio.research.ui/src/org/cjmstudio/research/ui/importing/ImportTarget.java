package org.cjmstudio.research.ui.importing;

import org.cjmstudio.model.ResearchStudy;

/**
 * Where imported transcripts go: an existing study of the open map, or a new study with this title.
 *
 * @param study the existing study, or {@code null} for a new one
 * @param newStudyTitle the new study's title when {@code study} is {@code null}
 */
public record ImportTarget(ResearchStudy study, String newStudyTitle) {

	public boolean isNewStudy() {
		return study == null;
	}
}
