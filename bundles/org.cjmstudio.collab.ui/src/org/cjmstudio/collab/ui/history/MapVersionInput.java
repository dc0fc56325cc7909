package org.cjmstudio.collab.ui.history;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Objects;

import org.cjmstudio.collab.client.HistoryEntry;
import org.cjmstudio.diagram.editor.ReadOnlyMapInput;
import org.cjmstudio.model.JourneyMap;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.ui.IPersistableElement;

/**
 * A team map as it was at one version of its history, open in the journey map editor read-only: its title says
 * which version and that it is read-only, and the editor refuses every change. Two inputs are equal when they show the
 * same version of the same map of the same repository, so a version opens in one editor only.
 */
public final class MapVersionInput implements ReadOnlyMapInput {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
			.withZone(ZoneId.systemDefault());

	private final JourneyMap map;
	private final String repository;
	private final String mapId;
	private final HistoryEntry entry;

	MapVersionInput(JourneyMap map, String repository, String mapId, HistoryEntry entry) {
		this.map = map;
		this.repository = repository;
		this.mapId = mapId;
		this.entry = entry;
	}

	@Override
	public JourneyMap map() {
		return map;
	}

	public long version() {
		return entry.version();
	}

	@Override
	public String getName() {
		String title = map.getTitle() == null || map.getTitle().isBlank() ? "Team map" : map.getTitle();
		return title + " · v" + entry.version() + " (read-only)";
	}

	@Override
	public String getToolTipText() {
		return "'" + map.getTitle() + "' as of version " + entry.version() + " (" + entry.author() + ", "
				+ WHEN.format(entry.time()) + ": " + entry.summary() + "), read-only";
	}

	@Override
	public String whyReadOnly() {
		return "This is '" + map.getTitle() + "' as of version " + entry.version()
				+ ": it is read-only. Open the map from the Team Maps view to change it, or Revert a change in the "
				+ "History view.";
	}

	@Override
	public boolean exists() {
		return false; // not reopened after a restart: it needs the server
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return ResourceLocator.imageDescriptorFromBundle("org.cjmstudio.diagram", "icons/journeymap16.png")
				.orElse(null);
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof MapVersionInput input && input.repository.equals(repository)
				&& input.mapId.equals(mapId) && input.entry.version() == entry.version();
	}

	@Override
	public int hashCode() {
		return Objects.hash(repository, mapId, entry.version());
	}
}
