package org.cjmstudio.persona.pages;

import static org.cjmstudio.model.CjmPackage.Literals.COMPANY_PROFILE__DESCRIPTION;
import static org.cjmstudio.model.CjmPackage.Literals.COMPANY_PROFILE__GEOGRAPHY;
import static org.cjmstudio.model.CjmPackage.Literals.COMPANY_PROFILE__INDUSTRY;
import static org.cjmstudio.model.CjmPackage.Literals.COMPANY_PROFILE__SIZE;
import static org.cjmstudio.persona.editing.PortraitPart.COMPANY;

import org.cjmstudio.model.PersonaKind;
import org.cjmstudio.persona.editing.PortraitSession;
import org.cjmstudio.persona.fields.FieldKit;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.widgets.ScrolledForm;

/** For business customers: the company the persona works for, and who else takes part in the buying decision. */
public final class CompanyAndCommitteePage extends PersonaFormPage {

	public static final String ID = "b2b";

	private BuyingCommitteeTable committee;

	public CompanyAndCommitteePage(FormEditor editor, PortraitSession session) {
		super(editor, session, ID, "B2B: company && buying committee");
	}

	/** The table of buying committee roles; {@code null} until the page has been shown. */
	public TableViewer committee() {
		return committee == null ? null : committee.viewer();
	}

	@Override
	void createSections(Composite body, FieldKit kit) {
		Composite company = kit.section(body, "Company", "The company the persona works for.");
		kit.spanBothColumns(company);
		kit.text(company, "Industry", COMPANY, COMPANY_PROFILE__INDUSTRY);
		kit.text(company, "Size", COMPANY, COMPANY_PROFILE__SIZE);
		kit.text(company, "Geography", COMPANY, COMPANY_PROFILE__GEOGRAPHY);
		kit.multiLineText(company, "Description", COMPANY, COMPANY_PROFILE__DESCRIPTION);

		Composite roles = kit.section(body, "Buying committee",
				"Everyone who takes part in the buying decision, and what each of them cares about.");
		kit.spanBothColumns(roles);
		committee = kit.track(new BuyingCommitteeTable(kit, roles, session()));

		ScrolledForm form = kit.form().getForm();
		kit.track(() -> {
			if (!form.isDisposed()) {
				boolean consumer = session().persona().getKind() == PersonaKind.B2C;
				form.setMessage(consumer ? "This persona is a private consumer (B2C). Company and buying committee"
						+ " describe business customers; set Kind to B2B on the Portrait page to use them." : null,
						consumer ? IMessageProvider.INFORMATION : IMessageProvider.NONE);
			}
		});
	}
}
