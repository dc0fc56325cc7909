package org.cjmstudio.diagram.palette;

import java.net.URL;

import org.cjmstudio.diagram.evidence.EvidenceLinkTool;
import org.cjmstudio.diagram.lanes.PaletteItem;
import org.cjmstudio.diagram.layout.Lane;
import org.cjmstudio.diagram.personas.PersonaCreationTool;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.edit.provider.CjmEditPlugin;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.gef.palette.CombinedTemplateCreationEntry;
import org.eclipse.gef.palette.MarqueeToolEntry;
import org.eclipse.gef.palette.PaletteDrawer;
import org.eclipse.gef.palette.PaletteGroup;
import org.eclipse.gef.palette.PaletteRoot;
import org.eclipse.gef.palette.SelectionToolEntry;
import org.eclipse.gef.palette.ToolEntry;
import org.eclipse.jface.resource.ImageDescriptor;

/** The editor's palette: selection tools, a tool per kind of element a CX team draws, and evidence links. */
public final class JourneyMapPaletteFactory {

	private JourneyMapPaletteFactory() {
	}

	public static PaletteRoot create() {
		PaletteRoot palette = new PaletteRoot();
		PaletteGroup tools = new PaletteGroup("Tools");
		SelectionToolEntry selection = new SelectionToolEntry();
		tools.add(selection);
		tools.add(new MarqueeToolEntry());
		palette.add(tools);
		palette.setDefaultEntry(selection);

		PaletteDrawer journey = new PaletteDrawer("Journey");
		CombinedTemplateCreationEntry persona = entry("Persona", "A customer whose journey the map follows: drop it "
				+ "into the persona band (it opens in the persona editor)", CjmPackage.Literals.PERSONA);
		persona.setToolClass(PersonaCreationTool.class);
		journey.add(persona);
		journey.add(entry("Stage", "A stage of the journey: drop it between two columns", CjmPackage.Literals.STAGE));
		palette.add(journey);

		// One tool per kind of card, in the order of the lanes they go into (ours and the plugins').
		PaletteDrawer cards = new PaletteDrawer("Cards");
		for (Lane lane : Lane.values()) {
			for (PaletteItem item : lane.palette()) {
				ImageDescriptor icon = item.icon() != null ? ImageDescriptor.createFromURL(item.icon())
						: icon(lane.cardType());
				cards.add(new CombinedTemplateCreationEntry(item.label(), item.description(), lane.cardType(),
						new CardFactory(lane.cardType()), icon, icon));
			}
		}
		palette.add(cards);

		PaletteDrawer evidence = new PaletteDrawer("Evidence");
		ImageDescriptor interviewIcon = icon(CjmPackage.Literals.INTERVIEW);
		evidence.add(new ToolEntry("Evidence link", "Click a barrier, emotion or persona to choose the research it "
				+ "rests on", interviewIcon, interviewIcon, EvidenceLinkTool.class) {
			// ToolEntry is abstract in GEF 3.2; this entry needs nothing beyond the tool class.
		});
		palette.add(evidence);
		return palette;
	}

	private static CombinedTemplateCreationEntry entry(String label, String description, EClass type) {
		ImageDescriptor icon = icon(type);
		return new CombinedTemplateCreationEntry(label, description, type, new CardFactory(type), icon, icon);
	}

	/**
	 * The same icon the outline and properties view show for this kind of element; none for a plugin's card class
	 * that has no icon of ours (a palette entry without an icon must not keep the editor from opening).
	 */
	private static ImageDescriptor icon(EClass type) {
		if (type.getEPackage() != CjmPackage.eINSTANCE) {
			return null;
		}
		Object image = CjmEditPlugin.INSTANCE.getImage("full/obj16/" + type.getName());
		return image instanceof URL url ? ImageDescriptor.createFromURL(url) : null;
	}
}
