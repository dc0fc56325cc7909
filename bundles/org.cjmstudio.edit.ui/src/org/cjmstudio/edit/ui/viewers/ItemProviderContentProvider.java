package org.cjmstudio.edit.ui.viewers;

import java.util.Collection;

import org.cjmstudio.edit.ui.ItemProviders;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.Viewer;

/**
 * Gives a JFace tree or list viewer the structure the item providers define: a map's stages, personas and channels,
 * a stage's steps, touchpoints, emotions and barriers. It follows the model: whenever an item provider reports a
 * change, the viewer is refreshed on the UI thread, so a change made anywhere (diagram, Properties view, undo)
 * shows up here too.
 */
public class ItemProviderContentProvider implements ITreeContentProvider, INotifyChangedListener {

	private static final Object[] NONE = new Object[0];

	private final AdapterFactory adapterFactory;
	// Set on the UI thread, read by notifyChanged on whatever thread changed the model.
	private volatile ViewerRefresh viewerRefresh;

	/** Listens to {@code adapterFactory} until {@link #dispose()}; the viewer disposes its content provider. */
	public ItemProviderContentProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.addListener(this);
		}
	}

	@Override
	public void inputChanged(Viewer viewer, Object oldInput, Object newInput) {
		viewerRefresh = viewer == null ? null : new ViewerRefresh(viewer);
	}

	@Override
	public Object[] getElements(Object input) {
		IStructuredItemContentProvider provider = ItemProviders.adapt(adapterFactory, input,
				IStructuredItemContentProvider.class);
		return provider == null ? NONE : toArray(provider.getElements(input));
	}

	@Override
	public Object[] getChildren(Object parent) {
		ITreeItemContentProvider provider = treeProvider(parent);
		return provider == null ? NONE : toArray(provider.getChildren(parent));
	}

	@Override
	public Object getParent(Object element) {
		ITreeItemContentProvider provider = treeProvider(element);
		return provider == null ? null : provider.getParent(element);
	}

	@Override
	public boolean hasChildren(Object element) {
		ITreeItemContentProvider provider = treeProvider(element);
		return provider != null && provider.hasChildren(element);
	}

	/** Called by the item providers, on whatever thread changed the model. */
	@Override
	public void notifyChanged(Notification notification) {
		ViewerRefresh refresh = viewerRefresh;
		if (refresh != null) {
			refresh.schedule(notification);
		}
	}

	@Override
	public void dispose() {
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.removeListener(this);
		}
		viewerRefresh = null;
	}

	private ITreeItemContentProvider treeProvider(Object element) {
		return ItemProviders.adapt(adapterFactory, element, ITreeItemContentProvider.class);
	}

	private static Object[] toArray(Collection<?> elements) {
		return elements == null ? NONE : elements.toArray();
	}
}
