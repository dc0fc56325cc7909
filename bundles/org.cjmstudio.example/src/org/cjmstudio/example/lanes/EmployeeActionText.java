package org.cjmstudio.example.lanes;

import org.cjmstudio.diagram.lanes.LaneCardText;
import org.cjmstudio.example.blueprint.EmployeeAction;
import org.eclipse.emf.ecore.EObject;

/** Under an employee action's name: who does it and whether the customer sees it ("Branch clerk · back stage"). */
public final class EmployeeActionText implements LaneCardText {

	@Override
	public String detail(EObject card) {
		EmployeeAction action = (EmployeeAction) card;
		String stage = action.isBackStage() ? "back stage" : "front stage";
		return action.getActor() == null || action.getActor().isBlank() ? stage : action.getActor() + " · " + stage;
	}
}
