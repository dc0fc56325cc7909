package org.cjmstudio.app.welcome;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** The one Welcome page; not saved with the workbench, so it shows on first start and on request only. */
final class WelcomeInput implements IEditorInput {

	static final WelcomeInput INSTANCE = new WelcomeInput();

	private WelcomeInput() {
	}

	@Override
	public boolean exists() {
		return false;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public String getName() {
		return "Welcome";
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return "Welcome to CJM Studio";
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}
}
