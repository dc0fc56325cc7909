package org.cjmstudio.app;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The CX team's default screen: the map editor in the middle, map files and the outline on the left, and the
 * Properties, Problems (where evidence gaps are listed) and SPARQL views below, the Research view beside them.
 */
public final class JourneyMapPerspective implements IPerspectiveFactory {

	public static final String ID = "org.cjmstudio.app.perspective";

	/** The SPARQL view of org.cjmstudio.rdf.ui, named by id so the workbench does not depend on the RDF bundles. */
	private static final String SPARQL_VIEW = "org.cjmstudio.rdf.ui.sparqlView";
	/** The Research view of org.cjmstudio.research.ui (studies, interviews, transcripts), also named by id. */
	private static final String RESEARCH_VIEW = "org.cjmstudio.research.ui.researchView";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		layout.setEditorAreaVisible(true);

		IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.22f, editorArea);
		left.addView(IPageLayout.ID_PROJECT_EXPLORER);

		IFolderLayout leftBottom = layout.createFolder("leftBottom", IPageLayout.BOTTOM, 0.55f, "left");
		leftBottom.addView(IPageLayout.ID_OUTLINE);

		// The bottom views (Properties, Problems, SPARQL results) need room for a few rows each.
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.64f, editorArea);
		bottom.addView(IPageLayout.ID_PROP_SHEET);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		bottom.addView(SPARQL_VIEW);
		bottom.addPlaceholder(IPageLayout.ID_PROGRESS_VIEW);
		// Research beside Properties, not behind it: the analyst selects a quote and reads its details at once.
		IFolderLayout research = layout.createFolder("research", IPageLayout.RIGHT, 0.45f, "bottom");
		research.addView(RESEARCH_VIEW);

		layout.addNewWizardShortcut("org.cjmstudio.app.newJourneyMap");
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.project");
		layout.addShowViewShortcut(IPageLayout.ID_PROJECT_EXPLORER);
		layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
		layout.addShowViewShortcut(SPARQL_VIEW);
		layout.addShowViewShortcut(RESEARCH_VIEW);
	}
}
