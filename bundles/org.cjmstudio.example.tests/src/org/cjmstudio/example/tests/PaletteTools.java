package org.cjmstudio.example.tests;

import org.cjmstudio.diagram.palette.JourneyMapPaletteFactory;
import org.eclipse.gef.palette.CombinedTemplateCreationEntry;
import org.eclipse.gef.palette.PaletteContainer;
import org.eclipse.gef.requests.CreationFactory;
import org.eclipse.gef.tools.CreationTool;

/** The map editor's palette tools as the user finds them, by label. */
final class PaletteTools {

	private PaletteTools() {
	}

	/** What the palette's tool labelled {@code label} creates. */
	static CreationFactory factory(String label) {
		for (Object drawer : JourneyMapPaletteFactory.create().getChildren()) {
			for (Object entry : ((PaletteContainer) drawer).getChildren()) {
				if (entry instanceof CombinedTemplateCreationEntry tool && label.equals(tool.getLabel())) {
					return (CreationFactory) tool.getToolProperty(CreationTool.PROPERTY_CREATION_FACTORY);
				}
			}
		}
		throw new AssertionError("no palette entry " + label);
	}
}
