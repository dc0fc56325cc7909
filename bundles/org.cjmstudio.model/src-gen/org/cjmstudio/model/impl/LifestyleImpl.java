/**
 * Copyright (c) the CJM Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cjmstudio.model.impl;

import java.util.Collection;

import org.cjmstudio.model.Channel;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.Lifestyle;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Lifestyle</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cjmstudio.model.impl.LifestyleImpl#getDevices <em>Devices</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.LifestyleImpl#getPreferredChannels <em>Preferred Channels</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.LifestyleImpl#getHabits <em>Habits</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.LifestyleImpl#getInterests <em>Interests</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.LifestyleImpl#getTimeOnline <em>Time Online</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.LifestyleImpl#getPurchaseFrequency <em>Purchase Frequency</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LifestyleImpl extends CjmElementImpl implements Lifestyle {
	/**
	 * The cached value of the '{@link #getDevices() <em>Devices</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevices()
	 * @generated
	 * @ordered
	 */
	protected EList<String> devices;

	/**
	 * The cached value of the '{@link #getPreferredChannels() <em>Preferred Channels</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreferredChannels()
	 * @generated
	 * @ordered
	 */
	protected EList<Channel> preferredChannels;

	/**
	 * The cached value of the '{@link #getHabits() <em>Habits</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHabits()
	 * @generated
	 * @ordered
	 */
	protected EList<String> habits;

	/**
	 * The cached value of the '{@link #getInterests() <em>Interests</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterests()
	 * @generated
	 * @ordered
	 */
	protected EList<String> interests;

	/**
	 * The default value of the '{@link #getTimeOnline() <em>Time Online</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeOnline()
	 * @generated
	 * @ordered
	 */
	protected static final String TIME_ONLINE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTimeOnline() <em>Time Online</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeOnline()
	 * @generated
	 * @ordered
	 */
	protected String timeOnline = TIME_ONLINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPurchaseFrequency() <em>Purchase Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurchaseFrequency()
	 * @generated
	 * @ordered
	 */
	protected static final String PURCHASE_FREQUENCY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPurchaseFrequency() <em>Purchase Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurchaseFrequency()
	 * @generated
	 * @ordered
	 */
	protected String purchaseFrequency = PURCHASE_FREQUENCY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LifestyleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CjmPackage.Literals.LIFESTYLE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getDevices() {
		if (devices == null) {
			devices = new EDataTypeEList<String>(String.class, this, CjmPackage.LIFESTYLE__DEVICES);
		}
		return devices;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Channel> getPreferredChannels() {
		if (preferredChannels == null) {
			preferredChannels = new EObjectResolvingEList<Channel>(Channel.class, this, CjmPackage.LIFESTYLE__PREFERRED_CHANNELS);
		}
		return preferredChannels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getHabits() {
		if (habits == null) {
			habits = new EDataTypeEList<String>(String.class, this, CjmPackage.LIFESTYLE__HABITS);
		}
		return habits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getInterests() {
		if (interests == null) {
			interests = new EDataTypeEList<String>(String.class, this, CjmPackage.LIFESTYLE__INTERESTS);
		}
		return interests;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTimeOnline() {
		return timeOnline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeOnline(String newTimeOnline) {
		String oldTimeOnline = timeOnline;
		timeOnline = newTimeOnline;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.LIFESTYLE__TIME_ONLINE, oldTimeOnline, timeOnline));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPurchaseFrequency() {
		return purchaseFrequency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPurchaseFrequency(String newPurchaseFrequency) {
		String oldPurchaseFrequency = purchaseFrequency;
		purchaseFrequency = newPurchaseFrequency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.LIFESTYLE__PURCHASE_FREQUENCY, oldPurchaseFrequency, purchaseFrequency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CjmPackage.LIFESTYLE__DEVICES:
				return getDevices();
			case CjmPackage.LIFESTYLE__PREFERRED_CHANNELS:
				return getPreferredChannels();
			case CjmPackage.LIFESTYLE__HABITS:
				return getHabits();
			case CjmPackage.LIFESTYLE__INTERESTS:
				return getInterests();
			case CjmPackage.LIFESTYLE__TIME_ONLINE:
				return getTimeOnline();
			case CjmPackage.LIFESTYLE__PURCHASE_FREQUENCY:
				return getPurchaseFrequency();
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
			case CjmPackage.LIFESTYLE__DEVICES:
				getDevices().clear();
				getDevices().addAll((Collection<? extends String>)newValue);
				return;
			case CjmPackage.LIFESTYLE__PREFERRED_CHANNELS:
				getPreferredChannels().clear();
				getPreferredChannels().addAll((Collection<? extends Channel>)newValue);
				return;
			case CjmPackage.LIFESTYLE__HABITS:
				getHabits().clear();
				getHabits().addAll((Collection<? extends String>)newValue);
				return;
			case CjmPackage.LIFESTYLE__INTERESTS:
				getInterests().clear();
				getInterests().addAll((Collection<? extends String>)newValue);
				return;
			case CjmPackage.LIFESTYLE__TIME_ONLINE:
				setTimeOnline((String)newValue);
				return;
			case CjmPackage.LIFESTYLE__PURCHASE_FREQUENCY:
				setPurchaseFrequency((String)newValue);
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
			case CjmPackage.LIFESTYLE__DEVICES:
				getDevices().clear();
				return;
			case CjmPackage.LIFESTYLE__PREFERRED_CHANNELS:
				getPreferredChannels().clear();
				return;
			case CjmPackage.LIFESTYLE__HABITS:
				getHabits().clear();
				return;
			case CjmPackage.LIFESTYLE__INTERESTS:
				getInterests().clear();
				return;
			case CjmPackage.LIFESTYLE__TIME_ONLINE:
				setTimeOnline(TIME_ONLINE_EDEFAULT);
				return;
			case CjmPackage.LIFESTYLE__PURCHASE_FREQUENCY:
				setPurchaseFrequency(PURCHASE_FREQUENCY_EDEFAULT);
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
			case CjmPackage.LIFESTYLE__DEVICES:
				return devices != null && !devices.isEmpty();
			case CjmPackage.LIFESTYLE__PREFERRED_CHANNELS:
				return preferredChannels != null && !preferredChannels.isEmpty();
			case CjmPackage.LIFESTYLE__HABITS:
				return habits != null && !habits.isEmpty();
			case CjmPackage.LIFESTYLE__INTERESTS:
				return interests != null && !interests.isEmpty();
			case CjmPackage.LIFESTYLE__TIME_ONLINE:
				return TIME_ONLINE_EDEFAULT == null ? timeOnline != null : !TIME_ONLINE_EDEFAULT.equals(timeOnline);
			case CjmPackage.LIFESTYLE__PURCHASE_FREQUENCY:
				return PURCHASE_FREQUENCY_EDEFAULT == null ? purchaseFrequency != null : !PURCHASE_FREQUENCY_EDEFAULT.equals(purchaseFrequency);
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
		result.append(" (devices: ");
		result.append(devices);
		result.append(", habits: ");
		result.append(habits);
		result.append(", interests: ");
		result.append(interests);
		result.append(", timeOnline: ");
		result.append(timeOnline);
		result.append(", purchaseFrequency: ");
		result.append(purchaseFrequency);
		result.append(')');
		return result.toString();
	}

} //LifestyleImpl
