package org.cjmstudio.app;

import java.net.URL;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.ide.IDE;
import org.osgi.framework.Bundle;

/**
 * The images the IDE's views (Problems, Project Explorer) look up by name but leave to the application to declare:
 * the Eclipse IDE application does it, an RCP product must too. Without them the Problems view shows the same red
 * "missing image" square for errors and warnings, and projects show no icon.
 */
final class IdeImages {

	private static final String IDE_BUNDLE = "org.eclipse.ui.ide";
	private static final String OBJECTS = "icons/full/obj16/";

	// The names IDEInternalWorkbenchImages gives the Problems view's severity icons (an internal class, so its
	// constants are repeated here).
	private static final String ERROR = "IMG_OBJS_ERROR_PATH";
	private static final String WARNING = "IMG_OBJS_WARNING_PATH";
	private static final String INFO = "IMG_OBJS_INFO_PATH";

	private IdeImages() {
	}

	static void declare(IWorkbenchConfigurer configurer) {
		Bundle ide = Platform.getBundle(IDE_BUNDLE);
		declare(configurer, ide, ERROR, "error_tsk.png");
		declare(configurer, ide, WARNING, "warn_tsk.png");
		declare(configurer, ide, INFO, "info_tsk.png");
		declare(configurer, ide, IDE.SharedImages.IMG_OBJ_PROJECT, "prj_obj.png");
		declare(configurer, ide, IDE.SharedImages.IMG_OBJ_PROJECT_CLOSED, "cprj_obj.png");
		declare(configurer, ide, IDE.SharedImages.IMG_OBJS_TASK_TSK, "taskmrk_tsk.png");
		declare(configurer, ide, IDE.SharedImages.IMG_OBJS_BKMRK_TSK, "bkmrk_tsk.png");
	}

	private static void declare(IWorkbenchConfigurer configurer, Bundle ide, String name, String file) {
		URL url = ide == null ? null : ide.getEntry(OBJECTS + file);
		if (url != null) {
			configurer.declareImage(name, ImageDescriptor.createFromURL(url), true);
		}
	}
}
