package org.cjmstudio.edit.ui.viewers;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.jface.resource.CompositeImageDescriptor;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.graphics.Point;

/**
 * Draws an EMF {@link ComposedImage}: a base icon with overlays (for example the "controlled" arrow EMF adds to
 * elements stored in another file). Where each layer goes is the composed image's decision; this only paints it.
 */
final class ComposedImageDescriptor extends CompositeImageDescriptor {

	private final ComposedImage composed;
	private List<CachedImageDataProvider> layers;
	private ComposedImage.Size size;

	ComposedImageDescriptor(ComposedImage composed) {
		this.composed = composed;
	}

	@Override
	protected Point getSize() {
		loadLayers();
		return new Point(size.width, size.height);
	}

	@Override
	protected void drawCompositeImage(int width, int height) {
		loadLayers();
		Iterator<CachedImageDataProvider> layer = layers.iterator();
		for (ComposedImage.Point point : composed.getDrawPoints(size)) {
			drawImage(layer.next(), point.x, point.y);
		}
	}

	/** The composed image computes its draw points from the sizes it was last given, so give them once, first. */
	private void loadLayers() {
		if (layers != null) {
			return;
		}
		layers = new ArrayList<>();
		List<ComposedImage.Size> sizes = new ArrayList<>();
		for (Object image : composed.getImages()) {
			ImageDescriptor descriptor = ItemImages.descriptorFor(image);
			CachedImageDataProvider layer = createCachedImageDataProvider(
					descriptor != null ? descriptor : ImageDescriptor.getMissingImageDescriptor());
			ComposedImage.Size layerSize = new ComposedImage.Size();
			layerSize.width = layer.getWidth();
			layerSize.height = layer.getHeight();
			layers.add(layer);
			sizes.add(layerSize);
		}
		size = composed.getSize(sizes);
	}

	// Equal composed images share one SWT image in the resource manager.
	@Override
	public boolean equals(Object other) {
		return other instanceof ComposedImageDescriptor that && composed.equals(that.composed);
	}

	@Override
	public int hashCode() {
		return composed.hashCode();
	}
}
