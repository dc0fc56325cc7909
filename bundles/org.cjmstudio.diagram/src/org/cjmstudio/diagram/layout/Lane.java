package org.cjmstudio.diagram.layout;

import java.util.List;
import java.util.Optional;

import org.cjmstudio.diagram.lanes.InstalledLanes;
import org.cjmstudio.diagram.lanes.LaneCardFigure;
import org.cjmstudio.diagram.lanes.LaneCardText;
import org.cjmstudio.diagram.lanes.PaletteItem;
import org.cjmstudio.model.CjmPackage;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.graphics.RGB;

/**
 * A row of a journey map. Each stage column has one cell per lane; a card lives in the lane of its kind. The lanes
 * come through the extension point {@code org.cjmstudio.diagram.lanes}: ours (the constants below, placed by the
 * diagram bundle's own contributions) and those of plugins, e.g. a service blueprint's "Employee actions", top to
 * bottom in their contributed order ({@link #values()}). The evidence lane holds no cards: it counts the research
 * behind the stage's cards.
 */
public final class Lane {

	public static final Lane STEPS = builtIn("steps", "Steps", "What the customer does, thinks and asks",
			CjmPackage.Literals.STEP, new PaletteItem("Step", "What the customer does, thinks and asks", null));
	public static final Lane TOUCHPOINTS = builtIn("touchpoints", "Touchpoints", "Where the customer meets the business",
			CjmPackage.Literals.TOUCHPOINT,
			new PaletteItem("Touchpoint", "Where the customer meets the business", null));
	public static final Lane EMOTIONS = builtIn("emotions", "Emotions", "How the customer feels, from -3 to +3",
			CjmPackage.Literals.EMOTION,
			new PaletteItem("Emotion", "How the customer feels at a step (-3 ... +3)", null));
	public static final Lane BARRIERS = builtIn("barriers", "Barriers", "Pain points, coloured by severity",
			CjmPackage.Literals.BARRIER,
			new PaletteItem("Barrier", "A pain point that slows or stops the customer", null));
	public static final Lane OPPORTUNITIES = builtIn("opportunities", "Opportunities", "What the business will change",
			CjmPackage.Literals.OPPORTUNITY, new PaletteItem("Opportunity", "A change the business will make", null));
	public static final Lane METRICS = builtIn("metrics", "Metrics", "KPIs that show whether it worked",
			CjmPackage.Literals.METRIC, new PaletteItem("Metric", "A KPI that shows whether a change worked", null));
	public static final Lane EVIDENCE = builtIn("evidence", "Evidence", "Interviews and insights behind the cards",
			null, null);

	/** The id prefix of our own lanes, e.g. {@code org.cjmstudio.diagram.lanes.steps}. */
	public static final String BUILT_IN_PREFIX = "org.cjmstudio.diagram.lanes.";

	private final String id;
	private final String title;
	private final String description;
	private final EClass cardType;
	private final List<PaletteItem> palette;
	private final RGB accent;
	private final LaneCardText text;
	private final LaneCardFigure figure;
	private final String plugin;

	/**
	 * A lane of a plugin (see the extension point's schema); {@code accent}, {@code text} and {@code figure} may be
	 * null for the default look (a grey accent, the card's name and description, no mark of its own).
	 */
	public Lane(String id, String title, String description, EClass cardType, List<PaletteItem> palette, RGB accent,
			LaneCardText text, LaneCardFigure figure, String plugin) {
		this.id = id;
		this.title = title;
		this.description = description == null ? "" : description;
		this.cardType = cardType;
		this.palette = List.copyOf(palette);
		this.accent = accent;
		this.text = text;
		this.figure = figure;
		this.plugin = plugin;
	}

	private static Lane builtIn(String name, String title, String description, EClass cardType, PaletteItem entry) {
		return new Lane(BUILT_IN_PREFIX + name, title, description, cardType,
				entry == null ? List.of() : List.of(entry), null, null, null, "org.cjmstudio.diagram");
	}

	/** Our own lanes in their standard order, for code without an extension registry. */
	public static List<Lane> builtIns() {
		return List.of(STEPS, TOUCHPOINTS, EMOTIONS, BARRIERS, OPPORTUNITIES, METRICS, EVIDENCE);
	}

	/** Every lane of the map editor, top to bottom: ours and the installed plugins'. */
	public static List<Lane> values() {
		return InstalledLanes.get();
	}

	public String id() {
		return id;
	}

	public String title() {
		return title;
	}

	public String description() {
		return description;
	}

	/** The kind of card the lane holds, or null for the evidence lane. */
	public EClass cardType() {
		return cardType;
	}

	/** The palette's tools that create this lane's cards (none for the evidence lane). */
	public List<PaletteItem> palette() {
		return palette;
	}

	/** The accent stripe of a plugin lane's cards; null for ours, which colour their cards themselves. */
	public RGB accent() {
		return accent;
	}

	/** How a plugin lane titles and details its cards; null for ours and for the default look. */
	public LaneCardText text() {
		return text;
	}

	/** What a plugin lane draws on its cards over the standard card; null for ours and for none. */
	public LaneCardFigure figure() {
		return figure;
	}

	/** The bundle that contributed the lane. */
	public String plugin() {
		return plugin;
	}

	public boolean isBuiltIn() {
		return id.startsWith(BUILT_IN_PREFIX) && builtIns().contains(this);
	}

	public boolean holds(EObject card) {
		return cardType != null && cardType.isInstance(card);
	}

	/** The lane a card belongs to. */
	public static Lane of(EObject card) {
		return find(card).orElseThrow(
				() -> new IllegalArgumentException("Not a card of a journey map: " + card.eClass().getName()));
	}

	/** The lane a card belongs to; empty for a plugin's card whose lane is not installed. */
	public static Optional<Lane> find(EObject card) {
		List<Lane> lanes = values();
		Optional<Lane> exact = lanes.stream().filter(lane -> lane.cardType == card.eClass()).findFirst();
		return exact.isPresent() ? exact : lanes.stream().filter(lane -> lane.holds(card)).findFirst();
	}

	@Override
	public String toString() {
		return title;
	}
}
