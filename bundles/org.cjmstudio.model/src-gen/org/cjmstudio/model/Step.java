/**
 * Copyright (c) the CJM Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cjmstudio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A step the customer takes within a stage: what they do, think and ask at that moment. Steps are ordered within their stage.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cjmstudio.model.Step#getName <em>Name</em>}</li>
 *   <li>{@link org.cjmstudio.model.Step#getDoes <em>Does</em>}</li>
 *   <li>{@link org.cjmstudio.model.Step#getThinks <em>Thinks</em>}</li>
 *   <li>{@link org.cjmstudio.model.Step#getAsks <em>Asks</em>}</li>
 * </ul>
 *
 * @see org.cjmstudio.model.CjmPackage#getStep()
 * @model
 * @generated
 */
public interface Step extends Card {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Short name of the step, e.g. 'Compares tariffs'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.cjmstudio.model.CjmPackage#getStep_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Step#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Does</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the customer does.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Does</em>' attribute.
	 * @see #setDoes(String)
	 * @see org.cjmstudio.model.CjmPackage#getStep_Does()
	 * @model
	 * @generated
	 */
	String getDoes();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Step#getDoes <em>Does</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Does</em>' attribute.
	 * @see #getDoes()
	 * @generated
	 */
	void setDoes(String value);

	/**
	 * Returns the value of the '<em><b>Thinks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the customer thinks.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Thinks</em>' attribute.
	 * @see #setThinks(String)
	 * @see org.cjmstudio.model.CjmPackage#getStep_Thinks()
	 * @model
	 * @generated
	 */
	String getThinks();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Step#getThinks <em>Thinks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Thinks</em>' attribute.
	 * @see #getThinks()
	 * @generated
	 */
	void setThinks(String value);

	/**
	 * Returns the value of the '<em><b>Asks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the customer asks (themselves or the company).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Asks</em>' attribute.
	 * @see #setAsks(String)
	 * @see org.cjmstudio.model.CjmPackage#getStep_Asks()
	 * @model
	 * @generated
	 */
	String getAsks();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Step#getAsks <em>Asks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Asks</em>' attribute.
	 * @see #getAsks()
	 * @generated
	 */
	void setAsks(String value);

} // Step
