package org.cjmstudio.app;

import org.cjmstudio.app.problems.ProblemToolTips;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** The look of a workbench window: its title, size and which bars it shows. */
final class CjmWorkbenchWindowAdvisor extends WorkbenchWindowAdvisor {

	/** The window title; the UI tests and the launch script look for it. */
	static final String WINDOW_TITLE = "CJM Studio";

	CjmWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		super(configurer);
	}

	@Override
	public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
		return new CjmActionBarAdvisor(configurer);
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		configurer.setTitle(WINDOW_TITLE);
		configurer.setInitialSize(new Point(1280, 860));
		configurer.setShowCoolBar(true);
		configurer.setShowStatusLine(true);
		configurer.setShowProgressIndicator(true);
		configurer.setShowPerspectiveBar(true);
	}

	@Override
	public void postWindowOpen() {
		ProblemToolTips.install(getWindowConfigurer().getWindow());
	}
}
