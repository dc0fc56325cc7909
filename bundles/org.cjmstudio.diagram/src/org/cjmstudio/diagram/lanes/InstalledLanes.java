package org.cjmstudio.diagram.lanes;

import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cjmstudio.diagram.layout.Lane;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.contributions.SwitchedOff;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.swt.graphics.RGB;
import org.osgi.framework.Bundle;

/**
 * Reads the lanes contributed to {@code org.cjmstudio.diagram.lanes}, once: a plugin installed or removed takes
 * effect after the restart p2 asks for. Our own lanes are contributed by this bundle's plugin.xml, which only places
 * them (their behaviour is the editor's); a plugin's lane is made from its contribution. A broken contribution — an
 * unknown card type, one that is no card or has no name, a taken id, a text or figure class that cannot be made — is
 * left out with a warning naming its plugin, and the map opens with the other lanes. Warnings, not errors: the
 * workbench's start check treats a logged error as a failed start. A lane's own code that fails while the map is drawn
 * (its text or figure throws) is {@link SwitchedOff switched off} for the session: logged once with the plugin's name,
 * told once, and the lane's cards are drawn as plain cards from then on.
 */
public final class InstalledLanes {

	public static final String EXTENSION_POINT = "org.cjmstudio.diagram.lanes";

	private static volatile List<Lane> installed;

	private InstalledLanes() {
	}

	/** The lanes top to bottom: by {@code order}, then id. Without an extension registry: our own lanes. */
	public static List<Lane> get() {
		List<Lane> lanes = installed;
		if (lanes == null) {
			lanes = read();
			installed = lanes;
		}
		return lanes;
	}

	private record Placed(Lane lane, int order) {
	}

	private static List<Lane> read() {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry == null) {
			return Lane.builtIns();
		}
		Map<String, Lane> builtIns = new HashMap<>();
		Lane.builtIns().forEach(lane -> builtIns.put(lane.id(), lane));
		List<Placed> placed = new ArrayList<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			if (!"lane".equals(element.getName())) {
				continue;
			}
			String plugin = element.getContributor().getName();
			String id = element.getAttribute("id");
			try {
				Lane lane = builtIns.containsKey(id) && "org.cjmstudio.diagram".equals(plugin) ? builtIns.get(id)
						: contributed(element, plugin);
				if (placed.stream().anyMatch(other -> other.lane().id().equals(id))) {
					warn(plugin, "its lane '" + id + "' has an id another lane has");
				} else {
					placed.add(new Placed(lane, order(element)));
				}
			} catch (InvalidLane | CoreException | RuntimeException e) {
				warn(plugin, "its lane '" + id + "' cannot be used: " + e.getMessage());
			}
		}
		List<Lane> lanes = new ArrayList<>(placed.stream()
				.sorted(Comparator.comparingInt(Placed::order).thenComparing(p -> p.lane().id())).map(Placed::lane)
				.toList());
		// The editor draws the emotion curve and the evidence summary in our lanes: they are never missing.
		for (Lane builtIn : Lane.builtIns()) {
			if (!lanes.contains(builtIn)) {
				warn("org.cjmstudio.diagram", "our lane '" + builtIn.id() + "' is not contributed; it is added last");
				lanes.add(builtIn);
			}
		}
		return List.copyOf(lanes);
	}

	private static int order(IConfigurationElement element) throws InvalidLane {
		String order = element.getAttribute("order");
		try {
			return Integer.parseInt(order.strip());
		} catch (NumberFormatException | NullPointerException e) {
			throw new InvalidLane("its order '" + order + "' is not a whole number");
		}
	}

	private static Lane contributed(IConfigurationElement element, String plugin) throws InvalidLane, CoreException {
		String id = element.getAttribute("id");
		String name = element.getAttribute("name");
		if (id == null || id.isBlank() || name == null || name.isBlank()) {
			throw new InvalidLane("it needs an id and a name");
		}
		if (id.startsWith(Lane.BUILT_IN_PREFIX)) {
			throw new InvalidLane("ids starting with " + Lane.BUILT_IN_PREFIX + " are CJM Studio's own");
		}
		EClass cardType = cardType(element.getAttribute("cardType"));
		List<PaletteItem> palette = new ArrayList<>();
		for (IConfigurationElement entry : element.getChildren("paletteEntry")) {
			palette.add(new PaletteItem(entry.getAttribute("label"), entry.getAttribute("description"),
					icon(plugin, entry.getAttribute("icon"))));
		}
		LaneCardText text = element.getAttribute("text") == null ? null
				: (LaneCardText) element.createExecutableExtension("text");
		LaneCardFigure figure = element.getAttribute("figure") == null ? null
				: (LaneCardFigure) element.createExecutableExtension("figure");
		return new Lane(id, name, element.getAttribute("description"), cardType, palette,
				accent(element.getAttribute("accent")), text, figure, plugin);
	}

	/** {@code <namespace URI>#//<Class>}, as EMF names a class: it must be a card with a name. */
	private static EClass cardType(String uri) throws InvalidLane {
		if (uri == null || !uri.contains("#//")) {
			throw new InvalidLane("its cardType '" + uri + "' is not <namespace URI>#//<Class>");
		}
		URI classUri = URI.createURI(uri);
		EPackage ePackage = EPackage.Registry.INSTANCE.getEPackage(classUri.trimFragment().toString());
		if (ePackage == null) {
			throw new InvalidLane("no EMF package " + classUri.trimFragment() + " is registered");
		}
		if (!(ePackage.getEClassifier(classUri.fragment().substring(2)) instanceof EClass cardType)) {
			throw new InvalidLane("its package has no class " + classUri.fragment().substring(2));
		}
		if (!CjmPackage.Literals.CARD.isSuperTypeOf(cardType) || cardType.isAbstract()
				|| cardType.getEPackage() == CjmPackage.eINSTANCE) {
			throw new InvalidLane(cardType.getName() + " is not a Card of the plugin's own package");
		}
		if (!(nameAttribute(cardType).isPresent())) {
			throw new InvalidLane(cardType.getName() + " has no name or title attribute to show on the card");
		}
		return cardType;
	}

	/** The attribute that titles a card and is edited in place: {@code name}, or {@code title}. */
	public static Optional<EAttribute> nameAttribute(EClass cardType) {
		for (String name : new String[] { "name", "title" }) {
			if (cardType.getEStructuralFeature(name) instanceof EAttribute attribute
					&& attribute.getEType() == EcorePackage.Literals.ESTRING) {
				return Optional.of(attribute);
			}
		}
		return Optional.empty();
	}

	/**
	 * The text a plugin lane's card shows under its title: the plugin's choice, or its description when the lane has
	 * no text class or its code is switched off.
	 */
	public static String detail(Lane lane, EObject card) {
		if (lane.text() != null && !isSwitchedOff(lane)) {
			try {
				String detail = lane.text().detail(card);
				return detail == null ? "" : detail;
			} catch (RuntimeException | LinkageError e) {
				switchOff(lane, e);
			}
		}
		return card.eClass().getEStructuralFeature("description") instanceof EAttribute description
				&& card.eGet(description) instanceof String text ? text : "";
	}

	/**
	 * Paints a plugin lane's mark on one of its cards, if it has one and it is not switched off. Returns false when
	 * the figure failed just now, so the caller redraws the lane's cards without it.
	 */
	public static boolean paintFigure(Lane lane, EObject card, Graphics graphics, Rectangle bounds) {
		if (lane.figure() == null || isSwitchedOff(lane)) {
			return true;
		}
		graphics.pushState();
		try {
			lane.figure().paint(card, graphics, bounds.getCopy());
			return true;
		} catch (RuntimeException | LinkageError e) {
			switchOff(lane, e);
			return false;
		} finally {
			graphics.popState();
		}
	}

	/** Whether the lane's own code (its text and figure) failed this session; its cards are then drawn plain. */
	public static boolean isSwitchedOff(Lane lane) {
		return SwitchedOff.isOff(key(lane));
	}

	private static String key(Lane lane) {
		return SwitchedOff.key(lane.plugin(), EXTENSION_POINT, lane.id());
	}

	private static void switchOff(Lane lane, Throwable cause) {
		// cards are drawn often: SwitchedOff logs and tells once per lane and session, not at every repaint
		SwitchedOff.switchOffAndTell(key(lane), lane.plugin(), "the drawing of the lane '" + lane.title() + "'",
				cause);
	}

	private static RGB accent(String hex) throws InvalidLane {
		if (hex == null) {
			return null;
		}
		if (!hex.matches("#[0-9a-fA-F]{6}")) {
			throw new InvalidLane("its accent '" + hex + "' is not #rrggbb");
		}
		int rgb = Integer.parseInt(hex.substring(1), 16);
		return new RGB(rgb >> 16, (rgb >> 8) & 0xff, rgb & 0xff);
	}

	private static URL icon(String plugin, String path) {
		Bundle bundle = path == null ? null : Platform.getBundle(plugin);
		return bundle == null ? null : bundle.getEntry(path);
	}

	private static void warn(String plugin, String problem) {
		ILog.of(InstalledLanes.class).log(Status.warning("Lanes of plugin '" + plugin + "' left out: " + problem));
	}

	/** A contribution that does not follow the schema; its message says what to fix. */
	private static final class InvalidLane extends Exception {
		private static final long serialVersionUID = 1L;

		InvalidLane(String message) {
			super(message);
		}
	}
}
