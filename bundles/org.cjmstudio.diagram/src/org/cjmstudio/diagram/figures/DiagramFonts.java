package org.cjmstudio.diagram.figures;

import org.eclipse.jface.resource.FontRegistry;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;

/** Fonts the figures share beyond the viewer's own: the registry owns them, so they are made once and freed. */
final class DiagramFonts {

	private static final String SMALL = "org.cjmstudio.diagram.smallBold";

	private DiagramFonts() {
	}

	/** A small bold font for the compact evidence badge, 7 points in the default font's family. */
	static Font small() {
		FontRegistry fonts = JFaceResources.getFontRegistry();
		if (!fonts.hasValueFor(SMALL)) {
			FontData base = fonts.defaultFont().getFontData()[0];
			fonts.put(SMALL, new FontData[] { new FontData(base.getName(), 7, SWT.BOLD) });
		}
		return fonts.get(SMALL);
	}
}
