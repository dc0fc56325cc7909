package org.cjmstudio.persona;

import java.util.Objects;

import org.cjmstudio.model.Persona;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * A persona of an open map, and the editing domain of that map, so that the persona editor changes the map through
 * the map editor's command stack. Two inputs for the same persona are equal: opening a persona that already has an
 * editor brings that editor to the front. Not persistable: the persona lives only as long as its map editor.
 */
public final class PersonaEditorInput implements IEditorInput {

	private final Persona persona;
	private final EditingDomain domain;

	public PersonaEditorInput(Persona persona, EditingDomain domain) {
		this.persona = Objects.requireNonNull(persona, "persona");
		this.domain = Objects.requireNonNull(domain, "domain");
	}

	public Persona getPersona() {
		return persona;
	}

	public EditingDomain getEditingDomain() {
		return domain;
	}

	/** While the persona is part of a loaded map; it is gone once removed from the map or the map is closed. */
	@Override
	public boolean exists() {
		return persona.eResource() != null;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return ResourceLocator.imageDescriptorFromBundle(PersonaEditorInput.class, "icons/persona16.gif")
				.orElse(null);
	}

	@Override
	public String getName() {
		String name = persona.getName();
		return name == null || name.isBlank() ? "Unnamed persona" : name;
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		Resource map = persona.eResource();
		return "Persona " + getName() + (map == null ? "" : " in " + URI.decode(map.getURI().lastSegment()));
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter.isInstance(persona)) {
			return adapter.cast(persona);
		}
		if (adapter.isInstance(domain)) {
			return adapter.cast(domain);
		}
		return null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof PersonaEditorInput that && persona.equals(that.persona);
	}

	@Override
	public int hashCode() {
		return persona.hashCode();
	}
}
