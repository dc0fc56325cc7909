package org.cjmstudio.diagram.editor;

import org.cjmstudio.diagram.problems.ProblemMarkers;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;

/**
 * A live map's (a team map's) findings in the Problems view. It has no workspace file, so its markers are on the
 * workspace root, where the Problems view lists them like a file's, but a double click there opens only files: so
 * selecting one of them in the Problems view brings the map's editor to the top and selects the card.
 */
final class LiveProblems implements ISelectionListener {

	private final JourneyMapEditor editor;
	private final String mapKey;
	private IWorkbenchPage page;

	LiveProblems(JourneyMapEditor editor, String mapKey) {
		this.editor = editor;
		this.mapKey = mapKey;
	}

	/** The editor's diagram exists: follow the Problems view's selection. */
	void attach(IWorkbenchPage editorPage) {
		page = editorPage;
		page.addPostSelectionListener(IPageLayout.ID_PROBLEM_VIEW, this);
	}

	void show(Diagnostic validation) {
		ProblemMarkers.updateLive(mapKey, editor.getEditorInput().getName(), validation);
	}

	/** The editor closes: its problems go with it. */
	void dispose() {
		if (page != null) {
			page.removePostSelectionListener(IPageLayout.ID_PROBLEM_VIEW, this);
		}
		ProblemMarkers.removeLive(mapKey);
	}

	@Override
	public void selectionChanged(IWorkbenchPart part, ISelection selection) {
		if (selection instanceof IStructuredSelection structured && structured.size() == 1) {
			IMarker marker = Adapters.adapt(structured.getFirstElement(), IMarker.class);
			if (marker != null && marker.exists() && mapKey.equals(marker.getAttribute(ProblemMarkers.LIVE_MAP, null))) {
				page.bringToTop(editor);
				editor.gotoMarker(marker);
			}
		}
	}
}
