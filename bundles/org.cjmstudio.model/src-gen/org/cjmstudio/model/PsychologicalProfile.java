/**
 * Copyright (c) the CJM Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cjmstudio.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Psychological Profile</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Psychological traits of a persona that affect how they go through the journey.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cjmstudio.model.PsychologicalProfile#getTemperament <em>Temperament</em>}</li>
 *   <li>{@link org.cjmstudio.model.PsychologicalProfile#getCommunicativeness <em>Communicativeness</em>}</li>
 *   <li>{@link org.cjmstudio.model.PsychologicalProfile#getTraits <em>Traits</em>}</li>
 * </ul>
 *
 * @see org.cjmstudio.model.CjmPackage#getPsychologicalProfile()
 * @model
 * @generated
 */
public interface PsychologicalProfile extends CjmElement {
	/**
	 * Returns the value of the '<em><b>Temperament</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Temperament, e.g. calm, impulsive, cautious.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Temperament</em>' attribute.
	 * @see #setTemperament(String)
	 * @see org.cjmstudio.model.CjmPackage#getPsychologicalProfile_Temperament()
	 * @model
	 * @generated
	 */
	String getTemperament();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.PsychologicalProfile#getTemperament <em>Temperament</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Temperament</em>' attribute.
	 * @see #getTemperament()
	 * @generated
	 */
	void setTemperament(String value);

	/**
	 * Returns the value of the '<em><b>Communicativeness</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How willingly the persona communicates with the company and other people.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Communicativeness</em>' attribute.
	 * @see #setCommunicativeness(String)
	 * @see org.cjmstudio.model.CjmPackage#getPsychologicalProfile_Communicativeness()
	 * @model
	 * @generated
	 */
	String getCommunicativeness();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.PsychologicalProfile#getCommunicativeness <em>Communicativeness</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Communicativeness</em>' attribute.
	 * @see #getCommunicativeness()
	 * @generated
	 */
	void setCommunicativeness(String value);

	/**
	 * Returns the value of the '<em><b>Traits</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Other traits relevant to the journey (risk aversion, early adopter...).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Traits</em>' attribute list.
	 * @see org.cjmstudio.model.CjmPackage#getPsychologicalProfile_Traits()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getTraits();

} // PsychologicalProfile
