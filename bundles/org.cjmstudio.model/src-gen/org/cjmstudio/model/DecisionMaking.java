/**
 * Copyright (c) the CJM Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cjmstudio.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Decision Making</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How a persona takes buying decisions.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cjmstudio.model.DecisionMaking#getDecider <em>Decider</em>}</li>
 *   <li>{@link org.cjmstudio.model.DecisionMaking#getInfluencers <em>Influencers</em>}</li>
 *   <li>{@link org.cjmstudio.model.DecisionMaking#getCriteria <em>Criteria</em>}</li>
 *   <li>{@link org.cjmstudio.model.DecisionMaking#getDuration <em>Duration</em>}</li>
 * </ul>
 *
 * @see org.cjmstudio.model.CjmPackage#getDecisionMaking()
 * @model
 * @generated
 */
public interface DecisionMaking extends CjmElement {
	/**
	 * Returns the value of the '<em><b>Decider</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who takes the final decision (the persona, the partner, the family, the boss...).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Decider</em>' attribute.
	 * @see #setDecider(String)
	 * @see org.cjmstudio.model.CjmPackage#getDecisionMaking_Decider()
	 * @model
	 * @generated
	 */
	String getDecider();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.DecisionMaking#getDecider <em>Decider</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decider</em>' attribute.
	 * @see #getDecider()
	 * @generated
	 */
	void setDecider(String value);

	/**
	 * Returns the value of the '<em><b>Influencers</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who or what influences the decision (friends, reviews, bloggers, sales staff...).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Influencers</em>' attribute list.
	 * @see org.cjmstudio.model.CjmPackage#getDecisionMaking_Influencers()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getInfluencers();

	/**
	 * Returns the value of the '<em><b>Criteria</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Criteria the decision is based on (price, quality, speed, brand...).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Criteria</em>' attribute list.
	 * @see org.cjmstudio.model.CjmPackage#getDecisionMaking_Criteria()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getCriteria();

	/**
	 * Returns the value of the '<em><b>Duration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How long the decision typically takes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Duration</em>' attribute.
	 * @see #setDuration(String)
	 * @see org.cjmstudio.model.CjmPackage#getDecisionMaking_Duration()
	 * @model
	 * @generated
	 */
	String getDuration();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.DecisionMaking#getDuration <em>Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration</em>' attribute.
	 * @see #getDuration()
	 * @generated
	 */
	void setDuration(String value);

} // DecisionMaking
