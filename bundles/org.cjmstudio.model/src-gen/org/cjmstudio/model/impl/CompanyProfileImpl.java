/**
 * Copyright (c) the CJM Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cjmstudio.model.impl;

import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.CompanyProfile;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Company Profile</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cjmstudio.model.impl.CompanyProfileImpl#getIndustry <em>Industry</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.CompanyProfileImpl#getSize <em>Size</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.CompanyProfileImpl#getGeography <em>Geography</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.CompanyProfileImpl#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CompanyProfileImpl extends CjmElementImpl implements CompanyProfile {
	/**
	 * The default value of the '{@link #getIndustry() <em>Industry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndustry()
	 * @generated
	 * @ordered
	 */
	protected static final String INDUSTRY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIndustry() <em>Industry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndustry()
	 * @generated
	 * @ordered
	 */
	protected String industry = INDUSTRY_EDEFAULT;

	/**
	 * The default value of the '{@link #getSize() <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSize()
	 * @generated
	 * @ordered
	 */
	protected static final String SIZE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSize() <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSize()
	 * @generated
	 * @ordered
	 */
	protected String size = SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getGeography() <em>Geography</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGeography()
	 * @generated
	 * @ordered
	 */
	protected static final String GEOGRAPHY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGeography() <em>Geography</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGeography()
	 * @generated
	 * @ordered
	 */
	protected String geography = GEOGRAPHY_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CompanyProfileImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CjmPackage.Literals.COMPANY_PROFILE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIndustry() {
		return industry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIndustry(String newIndustry) {
		String oldIndustry = industry;
		industry = newIndustry;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.COMPANY_PROFILE__INDUSTRY, oldIndustry, industry));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSize() {
		return size;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSize(String newSize) {
		String oldSize = size;
		size = newSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.COMPANY_PROFILE__SIZE, oldSize, size));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGeography() {
		return geography;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGeography(String newGeography) {
		String oldGeography = geography;
		geography = newGeography;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.COMPANY_PROFILE__GEOGRAPHY, oldGeography, geography));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.COMPANY_PROFILE__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CjmPackage.COMPANY_PROFILE__INDUSTRY:
				return getIndustry();
			case CjmPackage.COMPANY_PROFILE__SIZE:
				return getSize();
			case CjmPackage.COMPANY_PROFILE__GEOGRAPHY:
				return getGeography();
			case CjmPackage.COMPANY_PROFILE__DESCRIPTION:
				return getDescription();
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
			case CjmPackage.COMPANY_PROFILE__INDUSTRY:
				setIndustry((String)newValue);
				return;
			case CjmPackage.COMPANY_PROFILE__SIZE:
				setSize((String)newValue);
				return;
			case CjmPackage.COMPANY_PROFILE__GEOGRAPHY:
				setGeography((String)newValue);
				return;
			case CjmPackage.COMPANY_PROFILE__DESCRIPTION:
				setDescription((String)newValue);
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
			case CjmPackage.COMPANY_PROFILE__INDUSTRY:
				setIndustry(INDUSTRY_EDEFAULT);
				return;
			case CjmPackage.COMPANY_PROFILE__SIZE:
				setSize(SIZE_EDEFAULT);
				return;
			case CjmPackage.COMPANY_PROFILE__GEOGRAPHY:
				setGeography(GEOGRAPHY_EDEFAULT);
				return;
			case CjmPackage.COMPANY_PROFILE__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
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
			case CjmPackage.COMPANY_PROFILE__INDUSTRY:
				return INDUSTRY_EDEFAULT == null ? industry != null : !INDUSTRY_EDEFAULT.equals(industry);
			case CjmPackage.COMPANY_PROFILE__SIZE:
				return SIZE_EDEFAULT == null ? size != null : !SIZE_EDEFAULT.equals(size);
			case CjmPackage.COMPANY_PROFILE__GEOGRAPHY:
				return GEOGRAPHY_EDEFAULT == null ? geography != null : !GEOGRAPHY_EDEFAULT.equals(geography);
			case CjmPackage.COMPANY_PROFILE__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
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
		result.append(" (industry: ");
		result.append(industry);
		result.append(", size: ");
		result.append(size);
		result.append(", geography: ");
		result.append(geography);
		result.append(", description: ");
		result.append(description);
		result.append(')');
		return result.toString();
	}

} //CompanyProfileImpl
