package org.cjmstudio.edit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cjmstudio.edit.ui.ItemProviders;
import org.cjmstudio.edit.ui.viewers.ItemImages;
import org.eclipse.emf.edit.EMFEditPlugin;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.graphics.Image;
import org.junit.jupiter.api.Test;

/**
 * The item providers describe icons without SWT (a bundle URL, or an icon with overlays); the viewers turn them into
 * SWT images that belong to the viewer and go away with it.
 */
class ItemImagesTest {

	private final BikeShopMap sample = new BikeShopMap();

	@Test
	void aStageIconWithAnOverlayIsDrawnAsOneImageAndFreedWithItsOwner() {
		Object stageIcon = ItemProviders.adapt(sample.domain.getAdapterFactory(), sample.purchase,
				IItemLabelProvider.class).getImage(sample.purchase);
		ComposedImage withOverlay = new ComposedImage(
				List.of(stageIcon, EMFEditPlugin.INSTANCE.getImage("full/ovr16/ControlledObject")));
		LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources());
		ItemImages images = new ItemImages(resources);

		Image plain = images.imageFor(stageIcon);
		Image composed = images.imageFor(withOverlay);

		assertNotNull(plain, "the stage's gif is loaded from its bundle");
		assertNotNull(composed);
		assertEquals(plain.getBounds().width, composed.getBounds().width, "an overlay does not widen the icon");
		assertSame(composed, images.imageFor(new ComposedImage(List.copyOf(withOverlay.getImages()))),
				"an equal icon is the same image, not another one");

		resources.dispose();
		assertTrue(composed.isDisposed(), "the images go away with the viewer that owned them");
	}
}
