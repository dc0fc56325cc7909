/**
 * Copyright (c) the CJM Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cjmstudio.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Stage</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A stage of the journey, one column of the map. Stages are ordered in the map. The cards shown in a stage's column (steps, touchpoints, emotions, barriers) are contained in the stage, so moving a card to another stage moves it to that stage's list.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cjmstudio.model.Stage#getName <em>Name</em>}</li>
 *   <li>{@link org.cjmstudio.model.Stage#getDescription <em>Description</em>}</li>
 *   <li>{@link org.cjmstudio.model.Stage#getPhase <em>Phase</em>}</li>
 *   <li>{@link org.cjmstudio.model.Stage#getKind <em>Kind</em>}</li>
 *   <li>{@link org.cjmstudio.model.Stage#getSteps <em>Steps</em>}</li>
 *   <li>{@link org.cjmstudio.model.Stage#getTouchpoints <em>Touchpoints</em>}</li>
 *   <li>{@link org.cjmstudio.model.Stage#getEmotions <em>Emotions</em>}</li>
 *   <li>{@link org.cjmstudio.model.Stage#getBarriers <em>Barriers</em>}</li>
 *   <li>{@link org.cjmstudio.model.Stage#getLaneCards <em>Lane Cards</em>}</li>
 * </ul>
 *
 * @see org.cjmstudio.model.CjmPackage#getStage()
 * @model
 * @generated
 */
public interface Stage extends CjmElement {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name of the stage in the team's words, e.g. 'Looking for a bank'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.cjmstudio.model.CjmPackage#getStage_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Stage#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What happens in this stage.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.cjmstudio.model.CjmPackage#getStage_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Stage#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Phase</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cjmstudio.model.Phase}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the stage comes before, during or after the purchase.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Phase</em>' attribute.
	 * @see org.cjmstudio.model.Phase
	 * @see #setPhase(Phase)
	 * @see org.cjmstudio.model.CjmPackage#getStage_Phase()
	 * @model
	 * @generated
	 */
	Phase getPhase();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Stage#getPhase <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Phase</em>' attribute.
	 * @see org.cjmstudio.model.Phase
	 * @see #getPhase()
	 * @generated
	 */
	void setPhase(Phase value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"CUSTOM"</code>.
	 * The literals are from the enumeration {@link org.cjmstudio.model.StageKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which standard stage of a buying journey this stage corresponds to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.cjmstudio.model.StageKind
	 * @see #setKind(StageKind)
	 * @see org.cjmstudio.model.CjmPackage#getStage_Kind()
	 * @model default="CUSTOM"
	 * @generated
	 */
	StageKind getKind();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Stage#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.cjmstudio.model.StageKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(StageKind value);

	/**
	 * Returns the value of the '<em><b>Steps</b></em>' containment reference list.
	 * The list contents are of type {@link org.cjmstudio.model.Step}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the customer does in this stage, in order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Steps</em>' containment reference list.
	 * @see org.cjmstudio.model.CjmPackage#getStage_Steps()
	 * @model containment="true"
	 * @generated
	 */
	EList<Step> getSteps();

	/**
	 * Returns the value of the '<em><b>Touchpoints</b></em>' containment reference list.
	 * The list contents are of type {@link org.cjmstudio.model.Touchpoint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the customer meets the company in this stage.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Touchpoints</em>' containment reference list.
	 * @see org.cjmstudio.model.CjmPackage#getStage_Touchpoints()
	 * @model containment="true"
	 * @generated
	 */
	EList<Touchpoint> getTouchpoints();

	/**
	 * Returns the value of the '<em><b>Emotions</b></em>' containment reference list.
	 * The list contents are of type {@link org.cjmstudio.model.Emotion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the customer feels in this stage (the emotion curve).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Emotions</em>' containment reference list.
	 * @see org.cjmstudio.model.CjmPackage#getStage_Emotions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Emotion> getEmotions();

	/**
	 * Returns the value of the '<em><b>Barriers</b></em>' containment reference list.
	 * The list contents are of type {@link org.cjmstudio.model.Barrier}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What hinders or stops the customer in this stage (pain points).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Barriers</em>' containment reference list.
	 * @see org.cjmstudio.model.CjmPackage#getStage_Barriers()
	 * @model containment="true"
	 * @generated
	 */
	EList<Barrier> getBarriers();

	/**
	 * Returns the value of the '<em><b>Lane Cards</b></em>' containment reference list.
	 * The list contents are of type {@link org.cjmstudio.model.Card}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cards of the lanes that plugins add to the map (org.cjmstudio.diagram.lanes), e.g. an employee's actions in a service blueprint. Their classes come from the plugin's own EMF package; a map opened where the plugin is not installed keeps them unchanged in the file.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lane Cards</em>' containment reference list.
	 * @see org.cjmstudio.model.CjmPackage#getStage_LaneCards()
	 * @model containment="true"
	 * @generated
	 */
	EList<Card> getLaneCards();

} // Stage
