/**
 * Copyright (c) the CJM Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cjmstudio.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Lifestyle</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Lifestyle, habits and media use of a persona.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cjmstudio.model.Lifestyle#getDevices <em>Devices</em>}</li>
 *   <li>{@link org.cjmstudio.model.Lifestyle#getPreferredChannels <em>Preferred Channels</em>}</li>
 *   <li>{@link org.cjmstudio.model.Lifestyle#getHabits <em>Habits</em>}</li>
 *   <li>{@link org.cjmstudio.model.Lifestyle#getInterests <em>Interests</em>}</li>
 *   <li>{@link org.cjmstudio.model.Lifestyle#getTimeOnline <em>Time Online</em>}</li>
 *   <li>{@link org.cjmstudio.model.Lifestyle#getPurchaseFrequency <em>Purchase Frequency</em>}</li>
 * </ul>
 *
 * @see org.cjmstudio.model.CjmPackage#getLifestyle()
 * @model
 * @generated
 */
public interface Lifestyle extends CjmElement {
	/**
	 * Returns the value of the '<em><b>Devices</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Devices the persona uses (smartphone, laptop, smart TV...).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Devices</em>' attribute list.
	 * @see org.cjmstudio.model.CjmPackage#getLifestyle_Devices()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getDevices();

	/**
	 * Returns the value of the '<em><b>Preferred Channels</b></em>' reference list.
	 * The list contents are of type {@link org.cjmstudio.model.Channel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Channels the persona prefers, from the map's channel vocabulary.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Preferred Channels</em>' reference list.
	 * @see org.cjmstudio.model.CjmPackage#getLifestyle_PreferredChannels()
	 * @model
	 * @generated
	 */
	EList<Channel> getPreferredChannels();

	/**
	 * Returns the value of the '<em><b>Habits</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Everyday habits relevant to the journey.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Habits</em>' attribute list.
	 * @see org.cjmstudio.model.CjmPackage#getLifestyle_Habits()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getHabits();

	/**
	 * Returns the value of the '<em><b>Interests</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Interests and hobbies.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Interests</em>' attribute list.
	 * @see org.cjmstudio.model.CjmPackage#getLifestyle_Interests()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getInterests();

	/**
	 * Returns the value of the '<em><b>Time Online</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How much time the persona spends online, e.g. '3 h a day, mostly evenings'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Time Online</em>' attribute.
	 * @see #setTimeOnline(String)
	 * @see org.cjmstudio.model.CjmPackage#getLifestyle_TimeOnline()
	 * @model
	 * @generated
	 */
	String getTimeOnline();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Lifestyle#getTimeOnline <em>Time Online</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time Online</em>' attribute.
	 * @see #getTimeOnline()
	 * @generated
	 */
	void setTimeOnline(String value);

	/**
	 * Returns the value of the '<em><b>Purchase Frequency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How often the persona buys this kind of product.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Purchase Frequency</em>' attribute.
	 * @see #setPurchaseFrequency(String)
	 * @see org.cjmstudio.model.CjmPackage#getLifestyle_PurchaseFrequency()
	 * @model
	 * @generated
	 */
	String getPurchaseFrequency();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Lifestyle#getPurchaseFrequency <em>Purchase Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Purchase Frequency</em>' attribute.
	 * @see #getPurchaseFrequency()
	 * @generated
	 */
	void setPurchaseFrequency(String value);

} // Lifestyle
