package org.cjmstudio.edit.ui.viewers;

import java.net.MalformedURLException;
import java.net.URL;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.graphics.Image;

/**
 * Turns the images item providers hand out into SWT images. The edit bundle has no SWT, so its item providers
 * describe an icon as a {@link URL} (an {@code icons/full/obj16/*.gif} in a bundle), an EMF {@link URI}, a
 * {@link ComposedImage} (an icon with overlays) or an {@link ImageDescriptor}. Images are allocated from the given
 * resource manager and live as long as it does.
 */
public final class ItemImages {

	private final ResourceManager resources;

	public ItemImages(ResourceManager resources) {
		this.resources = resources;
	}

	/** The SWT image for an item provider's image object, or {@code null} when it describes none. */
	public Image imageFor(Object itemImage) {
		if (itemImage instanceof Image image) {
			return image; // someone else's image: theirs to dispose
		}
		ImageDescriptor descriptor = descriptorFor(itemImage);
		if (descriptor == null) {
			return null;
		}
		// Labels are asked for again on every repaint: reuse the image rather than counting one more reference.
		Image existing = resources.find(descriptor);
		return existing != null ? existing : resources.createImageWithDefault(descriptor);
	}

	static ImageDescriptor descriptorFor(Object itemImage) {
		return switch (itemImage) {
			case ImageDescriptor descriptor -> descriptor;
			case URL url -> ImageDescriptor.createFromURL(url);
			case URI uri -> fromEmfUri(uri);
			case ComposedImage composed -> new ComposedImageDescriptor(composed);
			case Image image -> ImageDescriptor.createFromImage(image);
			case null, default -> null;
		};
	}

	private static ImageDescriptor fromEmfUri(URI uri) {
		try {
			return ImageDescriptor.createFromURL(java.net.URI.create(uri.toString()).toURL());
		} catch (MalformedURLException | IllegalArgumentException notAnImageAddress) {
			// Item providers only give addresses of their own icons; one we cannot open shows as the missing image.
			return ImageDescriptor.getMissingImageDescriptor();
		}
	}
}
