package org.cjmstudio.diagram.evidence;

/** The kinds the Link Evidence tree groups the map's research by. */
enum EvidenceGroup {

	STUDIES("Studies and interviews"), INSIGHTS("Insights"), DATA_SOURCES("Data sources");

	private final String title;

	EvidenceGroup(String title) {
		this.title = title;
	}

	String title() {
		return title;
	}
}
