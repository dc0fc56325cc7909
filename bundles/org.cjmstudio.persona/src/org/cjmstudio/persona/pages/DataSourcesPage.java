package org.cjmstudio.persona.pages;

import static org.cjmstudio.model.CjmPackage.Literals.PERSONA__EVIDENCE;
import static org.cjmstudio.persona.editing.PortraitPart.PERSONA;

import java.util.ArrayList;
import java.util.List;

import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.ResearchStudy;
import org.cjmstudio.model.validation.Findings;
import org.cjmstudio.model.validation.MapValidation;
import org.cjmstudio.model.validation.ValidationRules;
import org.cjmstudio.model.validation.rules.PersonaWithoutDataSourceRule;
import org.cjmstudio.persona.editing.PortraitSession;
import org.cjmstudio.persona.fields.FieldKit;
import org.cjmstudio.persona.fields.ReferenceChecklist;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.widgets.ScrolledForm;

/**
 * The research the portrait was drawn from: a checkbox for every study, interview, insight and data source of the
 * map. While none is ticked, the header carries the warning of the rule {@code persona.no-data-source}.
 */
public final class DataSourcesPage extends PersonaFormPage {

	public static final String ID = "evidence";

	private static final String RULE = new PersonaWithoutDataSourceRule().id();

	private ReferenceChecklist evidence;

	public DataSourcesPage(FormEditor editor, PortraitSession session) {
		super(editor, session, ID, "Data sources");
	}

	/** The checklist of the map's evidence; {@code null} until the page has been shown. */
	public ReferenceChecklist evidence() {
		return evidence;
	}

	@Override
	void createSections(Composite body, FieldKit kit) {
		Composite sources = kit.section(body, "Built from", "Tick the studies, interviews, insights and data sources"
				+ " this portrait was drawn from. Add research to the map in the map editor.");
		kit.spanBothColumns(sources);
		evidence = kit.checklist(sources, "data source", PERSONA, PERSONA__EVIDENCE, this::mapEvidence);

		ScrolledForm form = kit.form().getForm();
		MapValidation validation = new MapValidation(onlyThisRule());
		kit.track(() -> {
			if (!form.isDisposed()) {
				String warning = warningOf(validation.validate(session().persona()));
				form.setMessage(warning, warning == null ? IMessageProvider.NONE : IMessageProvider.WARNING);
			}
		});
	}

	/** Studies each followed by their interviews, then insights, then data sources: the order of the map. */
	private List<?> mapEvidence() {
		JourneyMap map = session().map();
		List<Object> all = new ArrayList<>();
		if (map != null) {
			for (ResearchStudy study : map.getStudies()) {
				all.add(study);
				all.addAll(study.getInterviews());
			}
			all.addAll(map.getInsights());
			all.addAll(map.getDataSources());
		}
		return all;
	}

	private static ValidationRules onlyThisRule() {
		ValidationRules rules = new ValidationRules();
		rules.register(new PersonaWithoutDataSourceRule());
		return rules;
	}

	private static String warningOf(Diagnostic result) {
		return result.getChildren().stream().filter(finding -> RULE.equals(Findings.ruleIdOf(finding)))
				.map(Diagnostic::getMessage).findFirst().orElse(null);
	}
}
