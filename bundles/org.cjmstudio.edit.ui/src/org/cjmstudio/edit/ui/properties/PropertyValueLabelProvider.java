package org.cjmstudio.edit.ui.properties;

import org.cjmstudio.edit.ui.viewers.ItemImages;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/**
 * Shows a property value in the Properties view and in choice lists: "High" for a severity, "Interview with
 * Respondent 2" for a piece of evidence, with the item provider's icon.
 */
final class PropertyValueLabelProvider extends LabelProvider {

	private final IItemLabelProvider itemLabels;

	PropertyValueLabelProvider(IItemLabelProvider itemLabels) {
		this.itemLabels = itemLabels;
	}

	@Override
	public String getText(Object value) {
		String text = itemLabels.getText(value);
		return text == null ? "" : text;
	}

	/**
	 * The Properties view asks the descriptor for its label provider whenever it paints a row and never disposes it,
	 * so icons come from the display-wide JFace registry: one image per distinct icon, freed with the display.
	 */
	@Override
	public Image getImage(Object value) {
		return new ItemImages(JFaceResources.getResources()).imageFor(itemLabels.getImage(value));
	}
}
