/**
 * Copyright (c) the CJM Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cjmstudio.model.impl;

import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.Step;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Step</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cjmstudio.model.impl.StepImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.StepImpl#getDoes <em>Does</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.StepImpl#getThinks <em>Thinks</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.StepImpl#getAsks <em>Asks</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StepImpl extends CardImpl implements Step {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getDoes() <em>Does</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDoes()
	 * @generated
	 * @ordered
	 */
	protected static final String DOES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDoes() <em>Does</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDoes()
	 * @generated
	 * @ordered
	 */
	protected String does = DOES_EDEFAULT;

	/**
	 * The default value of the '{@link #getThinks() <em>Thinks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThinks()
	 * @generated
	 * @ordered
	 */
	protected static final String THINKS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getThinks() <em>Thinks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThinks()
	 * @generated
	 * @ordered
	 */
	protected String thinks = THINKS_EDEFAULT;

	/**
	 * The default value of the '{@link #getAsks() <em>Asks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAsks()
	 * @generated
	 * @ordered
	 */
	protected static final String ASKS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAsks() <em>Asks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAsks()
	 * @generated
	 * @ordered
	 */
	protected String asks = ASKS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StepImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CjmPackage.Literals.STEP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.STEP__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDoes() {
		return does;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDoes(String newDoes) {
		String oldDoes = does;
		does = newDoes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.STEP__DOES, oldDoes, does));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getThinks() {
		return thinks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setThinks(String newThinks) {
		String oldThinks = thinks;
		thinks = newThinks;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.STEP__THINKS, oldThinks, thinks));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAsks() {
		return asks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAsks(String newAsks) {
		String oldAsks = asks;
		asks = newAsks;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.STEP__ASKS, oldAsks, asks));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CjmPackage.STEP__NAME:
				return getName();
			case CjmPackage.STEP__DOES:
				return getDoes();
			case CjmPackage.STEP__THINKS:
				return getThinks();
			case CjmPackage.STEP__ASKS:
				return getAsks();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CjmPackage.STEP__NAME:
				setName((String)newValue);
				return;
			case CjmPackage.STEP__DOES:
				setDoes((String)newValue);
				return;
			case CjmPackage.STEP__THINKS:
				setThinks((String)newValue);
				return;
			case CjmPackage.STEP__ASKS:
				setAsks((String)newValue);
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
			case CjmPackage.STEP__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CjmPackage.STEP__DOES:
				setDoes(DOES_EDEFAULT);
				return;
			case CjmPackage.STEP__THINKS:
				setThinks(THINKS_EDEFAULT);
				return;
			case CjmPackage.STEP__ASKS:
				setAsks(ASKS_EDEFAULT);
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
			case CjmPackage.STEP__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CjmPackage.STEP__DOES:
				return DOES_EDEFAULT == null ? does != null : !DOES_EDEFAULT.equals(does);
			case CjmPackage.STEP__THINKS:
				return THINKS_EDEFAULT == null ? thinks != null : !THINKS_EDEFAULT.equals(thinks);
			case CjmPackage.STEP__ASKS:
				return ASKS_EDEFAULT == null ? asks != null : !ASKS_EDEFAULT.equals(asks);
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
		result.append(" (name: ");
		result.append(name);
		result.append(", does: ");
		result.append(does);
		result.append(", thinks: ");
		result.append(thinks);
		result.append(", asks: ");
		result.append(asks);
		result.append(')');
		return result.toString();
	}

} //StepImpl
