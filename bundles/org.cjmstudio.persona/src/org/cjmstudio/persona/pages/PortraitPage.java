package org.cjmstudio.persona.pages;

import static org.cjmstudio.model.CjmPackage.Literals.PERSONA__DESCRIPTION;
import static org.cjmstudio.model.CjmPackage.Literals.PERSONA__KIND;
import static org.cjmstudio.model.CjmPackage.Literals.PERSONA__NAME;
import static org.cjmstudio.model.CjmPackage.Literals.PERSONA__QUOTE;
import static org.cjmstudio.model.CjmPackage.Literals.PERSONA__SEGMENT;
import static org.cjmstudio.persona.editing.PortraitPart.PERSONA;

import org.cjmstudio.persona.editing.PortraitSession;
import org.cjmstudio.persona.fields.FieldKit;
import org.cjmstudio.persona.photo.PhotoView;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.editor.FormEditor;

/** The persona at a glance: photo, name, consumer or business, segment, a typical quote and a short story. */
public final class PortraitPage extends PersonaFormPage {

	public static final String ID = "portrait";

	private PhotoView photo;

	public PortraitPage(FormEditor editor, PortraitSession session) {
		super(editor, session, ID, "Portrait");
	}

	/** The photo box; {@code null} until the page has been shown. */
	public PhotoView photo() {
		return photo;
	}

	@Override
	boolean equalColumns() {
		return false;
	}

	@Override
	void createSections(Composite body, FieldKit kit) {
		Composite photoBox = kit.section(body, "Photo", null);
		kit.keepNarrow(photoBox);
		photo = kit.track(new PhotoView(kit, photoBox));

		Composite who = kit.section(body, "Who they are", "The persona in a sentence or two, as the team tells it.");
		kit.text(who, "Name", PERSONA, PERSONA__NAME);
		kit.choice(who, "Kind", PERSONA, PERSONA__KIND);
		kit.text(who, "Segment", PERSONA, PERSONA__SEGMENT);
		kit.multiLineText(who, "Quote", PERSONA, PERSONA__QUOTE);
		kit.multiLineText(who, "Description", PERSONA, PERSONA__DESCRIPTION);
	}
}
