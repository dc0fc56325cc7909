package org.cjmstudio.model.edit.domain;

import org.cjmstudio.model.ids.ElementIdAssigner;
import org.cjmstudio.model.persistence.MapFiles;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;

/**
 * Creates the editing domain through which every change to a map is made: one command stack per editor, shared by
 * the diagram, the outline, the properties view and (later) collaboration, so undo/redo and the dirty state cover
 * every change whatever view made it.
 */
public final class MapEditingDomains {

	private MapEditingDomains() {
	}

	/** The item providers of the CJM metamodel, with EMF's resource and reflective ones as fallbacks. */
	public static ComposedAdapterFactory newAdapterFactory() {
		ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory();
		adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
		adapterFactory.addAdapterFactory(new MapItemProviderAdapterFactory());
		adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		return adapterFactory;
	}

	/**
	 * A new editing domain over a resource set that can load and save {@code .cjm} files. Every element that joins
	 * a map in this domain gets its id at once, also when it is created by a command.
	 */
	public static AdapterFactoryEditingDomain newEditingDomain() {
		return newEditingDomain(new BasicCommandStack());
	}

	/** Like {@link #newEditingDomain()}, with a command stack of the caller's (e.g. one that refuses every change). */
	public static AdapterFactoryEditingDomain newEditingDomain(BasicCommandStack commandStack) {
		ResourceSet resourceSet = MapFiles.newResourceSet();
		ElementIdAssigner.install(resourceSet);
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(newAdapterFactory(), commandStack,
				resourceSet);
		// Property descriptors and drag-and-drop find the domain of an element through its resource set; without
		// this, a change made in the Properties view would bypass the command stack (and undo).
		resourceSet.eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));
		return domain;
	}
}
