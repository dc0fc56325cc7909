/**
 * Copyright (c) the CJM Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cjmstudio.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Opportunity</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An opportunity or solution: a change the business will make to remove barriers and improve the journey. Held by the map; the stage it is shown in is a reference.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cjmstudio.model.Opportunity#getTitle <em>Title</em>}</li>
 *   <li>{@link org.cjmstudio.model.Opportunity#getDescription <em>Description</em>}</li>
 *   <li>{@link org.cjmstudio.model.Opportunity#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.cjmstudio.model.Opportunity#getStatus <em>Status</em>}</li>
 *   <li>{@link org.cjmstudio.model.Opportunity#getHypothesis <em>Hypothesis</em>}</li>
 *   <li>{@link org.cjmstudio.model.Opportunity#getStage <em>Stage</em>}</li>
 *   <li>{@link org.cjmstudio.model.Opportunity#getAddresses <em>Addresses</em>}</li>
 *   <li>{@link org.cjmstudio.model.Opportunity#getMetrics <em>Metrics</em>}</li>
 * </ul>
 *
 * @see org.cjmstudio.model.CjmPackage#getOpportunity()
 * @model
 * @generated
 */
public interface Opportunity extends Card {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Short title of the change.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.cjmstudio.model.CjmPackage#getOpportunity_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Opportunity#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The change the business will make.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.cjmstudio.model.CjmPackage#getOpportunity_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Opportunity#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Person or team responsible for the change.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner</em>' attribute.
	 * @see #setOwner(String)
	 * @see org.cjmstudio.model.CjmPackage#getOpportunity_Owner()
	 * @model
	 * @generated
	 */
	String getOwner();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Opportunity#getOwner <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' attribute.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cjmstudio.model.OpportunityStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the change stands.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.cjmstudio.model.OpportunityStatus
	 * @see #setStatus(OpportunityStatus)
	 * @see org.cjmstudio.model.CjmPackage#getOpportunity_Status()
	 * @model
	 * @generated
	 */
	OpportunityStatus getStatus();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Opportunity#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.cjmstudio.model.OpportunityStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(OpportunityStatus value);

	/**
	 * Returns the value of the '<em><b>Hypothesis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the team expects the change to achieve, and why.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hypothesis</em>' attribute.
	 * @see #setHypothesis(String)
	 * @see org.cjmstudio.model.CjmPackage#getOpportunity_Hypothesis()
	 * @model
	 * @generated
	 */
	String getHypothesis();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Opportunity#getHypothesis <em>Hypothesis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hypothesis</em>' attribute.
	 * @see #getHypothesis()
	 * @generated
	 */
	void setHypothesis(String value);

	/**
	 * Returns the value of the '<em><b>Stage</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The stage in whose column the opportunity is shown; empty if it concerns the whole journey.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stage</em>' reference.
	 * @see #setStage(Stage)
	 * @see org.cjmstudio.model.CjmPackage#getOpportunity_Stage()
	 * @model
	 * @generated
	 */
	Stage getStage();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Opportunity#getStage <em>Stage</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stage</em>' reference.
	 * @see #getStage()
	 * @generated
	 */
	void setStage(Stage value);

	/**
	 * Returns the value of the '<em><b>Addresses</b></em>' reference list.
	 * The list contents are of type {@link org.cjmstudio.model.Barrier}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The barriers the change removes or reduces.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Addresses</em>' reference list.
	 * @see org.cjmstudio.model.CjmPackage#getOpportunity_Addresses()
	 * @model
	 * @generated
	 */
	EList<Barrier> getAddresses();

	/**
	 * Returns the value of the '<em><b>Metrics</b></em>' reference list.
	 * The list contents are of type {@link org.cjmstudio.model.Metric}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The metrics by which the effect of the change is measured.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Metrics</em>' reference list.
	 * @see org.cjmstudio.model.CjmPackage#getOpportunity_Metrics()
	 * @model
	 * @generated
	 */
	EList<Metric> getMetrics();

} // Opportunity
