/**
 * Copyright (c) the CJM Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cjmstudio.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Touchpoint</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A point where the customer meets the company within a stage: an ad, a page, a call, a letter, a visit.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cjmstudio.model.Touchpoint#getName <em>Name</em>}</li>
 *   <li>{@link org.cjmstudio.model.Touchpoint#getDescription <em>Description</em>}</li>
 *   <li>{@link org.cjmstudio.model.Touchpoint#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.cjmstudio.model.Touchpoint#isOnline <em>Online</em>}</li>
 *   <li>{@link org.cjmstudio.model.Touchpoint#getDepartment <em>Department</em>}</li>
 *   <li>{@link org.cjmstudio.model.Touchpoint#getServes <em>Serves</em>}</li>
 *   <li>{@link org.cjmstudio.model.Touchpoint#getCompliance <em>Compliance</em>}</li>
 *   <li>{@link org.cjmstudio.model.Touchpoint#isDeviation <em>Deviation</em>}</li>
 *   <li>{@link org.cjmstudio.model.Touchpoint#getObservedBy <em>Observed By</em>}</li>
 * </ul>
 *
 * @see org.cjmstudio.model.CjmPackage#getTouchpoint()
 * @model
 * @generated
 */
public interface Touchpoint extends Card {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name of the touchpoint, e.g. 'Tariff comparison page'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.cjmstudio.model.CjmPackage#getTouchpoint_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Touchpoint#getName <em>Name</em>}' attribute.
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
	 * Notes on the touchpoint.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.cjmstudio.model.CjmPackage#getTouchpoint_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Touchpoint#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Channel</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The channel through which the touchpoint happens, from the map's channel vocabulary.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Channel</em>' reference.
	 * @see #setChannel(Channel)
	 * @see org.cjmstudio.model.CjmPackage#getTouchpoint_Channel()
	 * @model
	 * @generated
	 */
	Channel getChannel();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Touchpoint#getChannel <em>Channel</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channel</em>' reference.
	 * @see #getChannel()
	 * @generated
	 */
	void setChannel(Channel value);

	/**
	 * Returns the value of the '<em><b>Online</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the touchpoint is online. Derived from the channel; false when no channel is set.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Online</em>' attribute.
	 * @see org.cjmstudio.model.CjmPackage#getTouchpoint_Online()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	boolean isOnline();

	/**
	 * Returns the value of the '<em><b>Department</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Department of the company that owns the touchpoint.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Department</em>' attribute.
	 * @see #setDepartment(String)
	 * @see org.cjmstudio.model.CjmPackage#getTouchpoint_Department()
	 * @model
	 * @generated
	 */
	String getDepartment();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Touchpoint#getDepartment <em>Department</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Department</em>' attribute.
	 * @see #getDepartment()
	 * @generated
	 */
	void setDepartment(String value);

	/**
	 * Returns the value of the '<em><b>Serves</b></em>' reference list.
	 * The list contents are of type {@link org.cjmstudio.model.Step}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The steps this touchpoint serves.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Serves</em>' reference list.
	 * @see org.cjmstudio.model.CjmPackage#getTouchpoint_Serves()
	 * @model
	 * @generated
	 */
	EList<Step> getServes();

	/**
	 * Returns the value of the '<em><b>Compliance</b></em>' attribute.
	 * The default value is <code>"PLANNED"</code>.
	 * The literals are from the enumeration {@link org.cjmstudio.model.Compliance}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the touchpoint belongs to the journey as planned (the default) or was observed in an actual journey, and then how it went compared with the plan: completed, missing, failing or ad hoc (the terms of CJML, the Customer Journey Modeling Language).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Compliance</em>' attribute.
	 * @see org.cjmstudio.model.Compliance
	 * @see #setCompliance(Compliance)
	 * @see org.cjmstudio.model.CjmPackage#getTouchpoint_Compliance()
	 * @model default="PLANNED"
	 * @generated
	 */
	Compliance getCompliance();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Touchpoint#getCompliance <em>Compliance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Compliance</em>' attribute.
	 * @see org.cjmstudio.model.Compliance
	 * @see #getCompliance()
	 * @generated
	 */
	void setCompliance(Compliance value);

	/**
	 * Returns the value of the '<em><b>Deviation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether this observed touchpoint deviates from the planned journey (a CJML deviation, shown in its deviation diagram); false for planned touchpoints.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Deviation</em>' attribute.
	 * @see #setDeviation(boolean)
	 * @see org.cjmstudio.model.CjmPackage#getTouchpoint_Deviation()
	 * @model
	 * @generated
	 */
	boolean isDeviation();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Touchpoint#isDeviation <em>Deviation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deviation</em>' attribute.
	 * @see #isDeviation()
	 * @generated
	 */
	void setDeviation(boolean value);

	/**
	 * Returns the value of the '<em><b>Observed By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The persona (one real end user) in whose actual journey the touchpoint was observed; empty for a planned touchpoint.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Observed By</em>' reference.
	 * @see #setObservedBy(Persona)
	 * @see org.cjmstudio.model.CjmPackage#getTouchpoint_ObservedBy()
	 * @model
	 * @generated
	 */
	Persona getObservedBy();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Touchpoint#getObservedBy <em>Observed By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Observed By</em>' reference.
	 * @see #getObservedBy()
	 * @generated
	 */
	void setObservedBy(Persona value);

} // Touchpoint
