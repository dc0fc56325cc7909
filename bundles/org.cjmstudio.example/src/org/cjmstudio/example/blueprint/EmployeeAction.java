package org.cjmstudio.example.blueprint;

import org.cjmstudio.model.impl.CardImpl;

/**
 * A card of the "Employee actions" lane: a generated Card (id, colour, image, links, comments) whose own attributes
 * EMF keeps for it, since its class is {@link BlueprintPackage#EMPLOYEE_ACTION} rather than Card.
 */
public final class EmployeeAction extends CardImpl {

	EmployeeAction() {
		eSetClass(BlueprintPackage.EMPLOYEE_ACTION);
	}

	public String getName() {
		return (String) eGet(BlueprintPackage.EMPLOYEE_ACTION__NAME);
	}

	public void setName(String name) {
		eSet(BlueprintPackage.EMPLOYEE_ACTION__NAME, name);
	}

	public String getActor() {
		return (String) eGet(BlueprintPackage.EMPLOYEE_ACTION__ACTOR);
	}

	public void setActor(String actor) {
		eSet(BlueprintPackage.EMPLOYEE_ACTION__ACTOR, actor);
	}

	public boolean isBackStage() {
		return Boolean.TRUE.equals(eGet(BlueprintPackage.EMPLOYEE_ACTION__BACK_STAGE));
	}

	public void setBackStage(boolean backStage) {
		eSet(BlueprintPackage.EMPLOYEE_ACTION__BACK_STAGE, backStage);
	}
}
