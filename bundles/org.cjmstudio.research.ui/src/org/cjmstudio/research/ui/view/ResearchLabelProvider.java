package org.cjmstudio.research.ui.view;

import org.cjmstudio.edit.ui.viewers.ItemProviderLabelProvider;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/**
 * Texts from {@link ResearchLabels}, icons from the item providers of the map on show (the same icons as in the
 * Outline and the Properties view). The icon source follows the map: it is the editor's adapter factory, which goes
 * away with the editor.
 */
final class ResearchLabelProvider extends LabelProvider {

	private ItemProviderLabelProvider icons;

	/** Called when the view shows another map (or none). */
	void useIconsOf(AdapterFactory adapterFactory) {
		if (icons != null) {
			icons.dispose();
		}
		icons = adapterFactory == null ? null : new ItemProviderLabelProvider(adapterFactory);
	}

	@Override
	public String getText(Object element) {
		return ResearchLabels.of(element);
	}

	@Override
	public Image getImage(Object element) {
		if (element instanceof EvidenceGroup) {
			return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_FOLDER);
		}
		return icons == null ? null : icons.getImage(element);
	}

	@Override
	public void dispose() {
		useIconsOf(null);
		super.dispose();
	}
}
