/**
 * Copyright (c) the CJM Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cjmstudio.model.impl;

import java.util.Collection;

import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.PsychologicalProfile;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Psychological Profile</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cjmstudio.model.impl.PsychologicalProfileImpl#getTemperament <em>Temperament</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.PsychologicalProfileImpl#getCommunicativeness <em>Communicativeness</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.PsychologicalProfileImpl#getTraits <em>Traits</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PsychologicalProfileImpl extends CjmElementImpl implements PsychologicalProfile {
	/**
	 * The default value of the '{@link #getTemperament() <em>Temperament</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemperament()
	 * @generated
	 * @ordered
	 */
	protected static final String TEMPERAMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTemperament() <em>Temperament</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemperament()
	 * @generated
	 * @ordered
	 */
	protected String temperament = TEMPERAMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getCommunicativeness() <em>Communicativeness</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommunicativeness()
	 * @generated
	 * @ordered
	 */
	protected static final String COMMUNICATIVENESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCommunicativeness() <em>Communicativeness</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommunicativeness()
	 * @generated
	 * @ordered
	 */
	protected String communicativeness = COMMUNICATIVENESS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTraits() <em>Traits</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTraits()
	 * @generated
	 * @ordered
	 */
	protected EList<String> traits;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PsychologicalProfileImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CjmPackage.Literals.PSYCHOLOGICAL_PROFILE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTemperament() {
		return temperament;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTemperament(String newTemperament) {
		String oldTemperament = temperament;
		temperament = newTemperament;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.PSYCHOLOGICAL_PROFILE__TEMPERAMENT, oldTemperament, temperament));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCommunicativeness() {
		return communicativeness;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCommunicativeness(String newCommunicativeness) {
		String oldCommunicativeness = communicativeness;
		communicativeness = newCommunicativeness;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.PSYCHOLOGICAL_PROFILE__COMMUNICATIVENESS, oldCommunicativeness, communicativeness));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getTraits() {
		if (traits == null) {
			traits = new EDataTypeEList<String>(String.class, this, CjmPackage.PSYCHOLOGICAL_PROFILE__TRAITS);
		}
		return traits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CjmPackage.PSYCHOLOGICAL_PROFILE__TEMPERAMENT:
				return getTemperament();
			case CjmPackage.PSYCHOLOGICAL_PROFILE__COMMUNICATIVENESS:
				return getCommunicativeness();
			case CjmPackage.PSYCHOLOGICAL_PROFILE__TRAITS:
				return getTraits();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CjmPackage.PSYCHOLOGICAL_PROFILE__TEMPERAMENT:
				setTemperament((String)newValue);
				return;
			case CjmPackage.PSYCHOLOGICAL_PROFILE__COMMUNICATIVENESS:
				setCommunicativeness((String)newValue);
				return;
			case CjmPackage.PSYCHOLOGICAL_PROFILE__TRAITS:
				getTraits().clear();
				getTraits().addAll((Collection<? extends String>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CjmPackage.PSYCHOLOGICAL_PROFILE__TEMPERAMENT:
				setTemperament(TEMPERAMENT_EDEFAULT);
				return;
			case CjmPackage.PSYCHOLOGICAL_PROFILE__COMMUNICATIVENESS:
				setCommunicativeness(COMMUNICATIVENESS_EDEFAULT);
				return;
			case CjmPackage.PSYCHOLOGICAL_PROFILE__TRAITS:
				getTraits().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CjmPackage.PSYCHOLOGICAL_PROFILE__TEMPERAMENT:
				return TEMPERAMENT_EDEFAULT == null ? temperament != null : !TEMPERAMENT_EDEFAULT.equals(temperament);
			case CjmPackage.PSYCHOLOGICAL_PROFILE__COMMUNICATIVENESS:
				return COMMUNICATIVENESS_EDEFAULT == null ? communicativeness != null : !COMMUNICATIVENESS_EDEFAULT.equals(communicativeness);
			case CjmPackage.PSYCHOLOGICAL_PROFILE__TRAITS:
				return traits != null && !traits.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (temperament: ");
		result.append(temperament);
		result.append(", communicativeness: ");
		result.append(communicativeness);
		result.append(", traits: ");
		result.append(traits);
		result.append(')');
		return result.toString();
	}

} //PsychologicalProfileImpl
