package org.cjmstudio.edit.ui.viewers;

import org.cjmstudio.edit.ui.ItemProviders;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.BaseLabelProvider;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProviderChangedEvent;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;

/**
 * Labels and icons from the item providers ("Stage Purchase", "Barrier Checkout takes five screens"), for any JFace
 * viewer. When an item provider reports that a label changed, viewers using this provider are told so. The icons
 * belong to this provider and are released when it is disposed (a viewer disposes its label provider).
 */
public class ItemProviderLabelProvider extends BaseLabelProvider implements ILabelProvider, INotifyChangedListener {

	private final AdapterFactory adapterFactory;
	private final Display display;
	private final LocalResourceManager resources;
	private final ItemImages images;
	private boolean disposed;

	/** Create it on the UI thread: it allocates its icons on that thread's display. */
	public ItemProviderLabelProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
		this.display = Display.getCurrent();
		if (display == null) {
			throw new IllegalStateException("Create the label provider on the UI thread: it needs a display for icons.");
		}
		this.resources = new LocalResourceManager(JFaceResources.getResources(display));
		this.images = new ItemImages(resources);
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.addListener(this);
		}
	}

	@Override
	public String getText(Object element) {
		IItemLabelProvider provider = ItemProviders.adapt(adapterFactory, element, IItemLabelProvider.class);
		if (provider != null) {
			return provider.getText(element);
		}
		return element == null ? "" : element.toString();
	}

	@Override
	public Image getImage(Object element) {
		IItemLabelProvider provider = ItemProviders.adapt(adapterFactory, element, IItemLabelProvider.class);
		return provider == null ? null : images.imageFor(provider.getImage(element));
	}

	/** Called by the item providers, on whatever thread changed the model. */
	@Override
	public void notifyChanged(Notification notification) {
		if (notification instanceof IViewerNotification change && change.isLabelUpdate()) {
			Runnable fire = () -> {
				if (!disposed) {
					fireLabelProviderChanged(new LabelProviderChangedEvent(this, change.getElement()));
				}
			};
			if (Display.getCurrent() == display) {
				fire.run();
			} else if (!display.isDisposed()) {
				display.asyncExec(fire);
			}
		}
	}

	@Override
	public void dispose() {
		disposed = true;
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.removeListener(this);
		}
		resources.dispose();
		super.dispose();
	}
}
