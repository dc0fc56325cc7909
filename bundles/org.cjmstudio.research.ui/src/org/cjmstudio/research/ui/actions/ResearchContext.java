package org.cjmstudio.research.ui.actions;

import org.cjmstudio.research.ui.view.OpenMap;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Shell;

/** What the Research view's actions work on: the map on show, what is selected, and where to show a result. */
public interface ResearchContext {

	/** The map the view shows, or {@code null} when no map editor is open. */
	OpenMap openMap();

	IStructuredSelection selection();

	/** Selects {@code element} in the view; with {@code rename}, opens its name for typing. */
	void show(EObject element, boolean rename);

	Shell shell();
}
