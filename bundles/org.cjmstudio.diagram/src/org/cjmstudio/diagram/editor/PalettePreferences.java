package org.cjmstudio.diagram.editor;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.draw2d.PositionConstants;
import org.eclipse.gef.ui.palette.FlyoutPaletteComposite;

/**
 * Where the palette is docked, whether it is open and how wide, kept across sessions in the workspace preferences.
 * GEF 3.2's own default reads them through an API the platform removed, so the editor supplies this instead.
 */
final class PalettePreferences implements FlyoutPaletteComposite.FlyoutPreferences {

	private static final String DOCK = "palette.dock";
	private static final String STATE = "palette.state";
	private static final String WIDTH = "palette.width";

	private final IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode("org.cjmstudio.diagram");

	@Override
	public int getDockLocation() {
		return preferences.getInt(DOCK, PositionConstants.EAST);
	}

	@Override
	public void setDockLocation(int location) {
		preferences.putInt(DOCK, location);
	}

	@Override
	public int getPaletteState() {
		return preferences.getInt(STATE, FlyoutPaletteComposite.STATE_PINNED_OPEN);
	}

	@Override
	public void setPaletteState(int state) {
		preferences.putInt(STATE, state);
	}

	@Override
	public int getPaletteWidth() {
		return preferences.getInt(WIDTH, 150);
	}

	@Override
	public void setPaletteWidth(int width) {
		preferences.putInt(WIDTH, width);
	}
}
