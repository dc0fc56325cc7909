/**
 * Copyright (c) the CJM Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cjmstudio.model.impl;

import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.Demographics;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Demographics</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cjmstudio.model.impl.DemographicsImpl#getAgeMin <em>Age Min</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.DemographicsImpl#getAgeMax <em>Age Max</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.DemographicsImpl#getGender <em>Gender</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.DemographicsImpl#getEducation <em>Education</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.DemographicsImpl#getRegion <em>Region</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.DemographicsImpl#getOccupation <em>Occupation</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.DemographicsImpl#getSocialStatus <em>Social Status</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.DemographicsImpl#getFamilyStatus <em>Family Status</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.DemographicsImpl#getIncomeBand <em>Income Band</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DemographicsImpl extends CjmElementImpl implements Demographics {
	/**
	 * The default value of the '{@link #getAgeMin() <em>Age Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgeMin()
	 * @generated
	 * @ordered
	 */
	protected static final Integer AGE_MIN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAgeMin() <em>Age Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgeMin()
	 * @generated
	 * @ordered
	 */
	protected Integer ageMin = AGE_MIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getAgeMax() <em>Age Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgeMax()
	 * @generated
	 * @ordered
	 */
	protected static final Integer AGE_MAX_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAgeMax() <em>Age Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgeMax()
	 * @generated
	 * @ordered
	 */
	protected Integer ageMax = AGE_MAX_EDEFAULT;

	/**
	 * The default value of the '{@link #getGender() <em>Gender</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGender()
	 * @generated
	 * @ordered
	 */
	protected static final String GENDER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGender() <em>Gender</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGender()
	 * @generated
	 * @ordered
	 */
	protected String gender = GENDER_EDEFAULT;

	/**
	 * The default value of the '{@link #getEducation() <em>Education</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEducation()
	 * @generated
	 * @ordered
	 */
	protected static final String EDUCATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEducation() <em>Education</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEducation()
	 * @generated
	 * @ordered
	 */
	protected String education = EDUCATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getRegion() <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegion()
	 * @generated
	 * @ordered
	 */
	protected static final String REGION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRegion() <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegion()
	 * @generated
	 * @ordered
	 */
	protected String region = REGION_EDEFAULT;

	/**
	 * The default value of the '{@link #getOccupation() <em>Occupation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOccupation()
	 * @generated
	 * @ordered
	 */
	protected static final String OCCUPATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOccupation() <em>Occupation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOccupation()
	 * @generated
	 * @ordered
	 */
	protected String occupation = OCCUPATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getSocialStatus() <em>Social Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSocialStatus()
	 * @generated
	 * @ordered
	 */
	protected static final String SOCIAL_STATUS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSocialStatus() <em>Social Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSocialStatus()
	 * @generated
	 * @ordered
	 */
	protected String socialStatus = SOCIAL_STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getFamilyStatus() <em>Family Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFamilyStatus()
	 * @generated
	 * @ordered
	 */
	protected static final String FAMILY_STATUS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFamilyStatus() <em>Family Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFamilyStatus()
	 * @generated
	 * @ordered
	 */
	protected String familyStatus = FAMILY_STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getIncomeBand() <em>Income Band</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIncomeBand()
	 * @generated
	 * @ordered
	 */
	protected static final String INCOME_BAND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIncomeBand() <em>Income Band</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIncomeBand()
	 * @generated
	 * @ordered
	 */
	protected String incomeBand = INCOME_BAND_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DemographicsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CjmPackage.Literals.DEMOGRAPHICS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getAgeMin() {
		return ageMin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAgeMin(Integer newAgeMin) {
		Integer oldAgeMin = ageMin;
		ageMin = newAgeMin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.DEMOGRAPHICS__AGE_MIN, oldAgeMin, ageMin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getAgeMax() {
		return ageMax;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAgeMax(Integer newAgeMax) {
		Integer oldAgeMax = ageMax;
		ageMax = newAgeMax;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.DEMOGRAPHICS__AGE_MAX, oldAgeMax, ageMax));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGender() {
		return gender;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGender(String newGender) {
		String oldGender = gender;
		gender = newGender;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.DEMOGRAPHICS__GENDER, oldGender, gender));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEducation() {
		return education;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEducation(String newEducation) {
		String oldEducation = education;
		education = newEducation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.DEMOGRAPHICS__EDUCATION, oldEducation, education));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRegion() {
		return region;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegion(String newRegion) {
		String oldRegion = region;
		region = newRegion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.DEMOGRAPHICS__REGION, oldRegion, region));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOccupation() {
		return occupation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOccupation(String newOccupation) {
		String oldOccupation = occupation;
		occupation = newOccupation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.DEMOGRAPHICS__OCCUPATION, oldOccupation, occupation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSocialStatus() {
		return socialStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSocialStatus(String newSocialStatus) {
		String oldSocialStatus = socialStatus;
		socialStatus = newSocialStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.DEMOGRAPHICS__SOCIAL_STATUS, oldSocialStatus, socialStatus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFamilyStatus() {
		return familyStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFamilyStatus(String newFamilyStatus) {
		String oldFamilyStatus = familyStatus;
		familyStatus = newFamilyStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.DEMOGRAPHICS__FAMILY_STATUS, oldFamilyStatus, familyStatus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIncomeBand() {
		return incomeBand;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIncomeBand(String newIncomeBand) {
		String oldIncomeBand = incomeBand;
		incomeBand = newIncomeBand;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.DEMOGRAPHICS__INCOME_BAND, oldIncomeBand, incomeBand));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CjmPackage.DEMOGRAPHICS__AGE_MIN:
				return getAgeMin();
			case CjmPackage.DEMOGRAPHICS__AGE_MAX:
				return getAgeMax();
			case CjmPackage.DEMOGRAPHICS__GENDER:
				return getGender();
			case CjmPackage.DEMOGRAPHICS__EDUCATION:
				return getEducation();
			case CjmPackage.DEMOGRAPHICS__REGION:
				return getRegion();
			case CjmPackage.DEMOGRAPHICS__OCCUPATION:
				return getOccupation();
			case CjmPackage.DEMOGRAPHICS__SOCIAL_STATUS:
				return getSocialStatus();
			case CjmPackage.DEMOGRAPHICS__FAMILY_STATUS:
				return getFamilyStatus();
			case CjmPackage.DEMOGRAPHICS__INCOME_BAND:
				return getIncomeBand();
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
			case CjmPackage.DEMOGRAPHICS__AGE_MIN:
				setAgeMin((Integer)newValue);
				return;
			case CjmPackage.DEMOGRAPHICS__AGE_MAX:
				setAgeMax((Integer)newValue);
				return;
			case CjmPackage.DEMOGRAPHICS__GENDER:
				setGender((String)newValue);
				return;
			case CjmPackage.DEMOGRAPHICS__EDUCATION:
				setEducation((String)newValue);
				return;
			case CjmPackage.DEMOGRAPHICS__REGION:
				setRegion((String)newValue);
				return;
			case CjmPackage.DEMOGRAPHICS__OCCUPATION:
				setOccupation((String)newValue);
				return;
			case CjmPackage.DEMOGRAPHICS__SOCIAL_STATUS:
				setSocialStatus((String)newValue);
				return;
			case CjmPackage.DEMOGRAPHICS__FAMILY_STATUS:
				setFamilyStatus((String)newValue);
				return;
			case CjmPackage.DEMOGRAPHICS__INCOME_BAND:
				setIncomeBand((String)newValue);
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
			case CjmPackage.DEMOGRAPHICS__AGE_MIN:
				setAgeMin(AGE_MIN_EDEFAULT);
				return;
			case CjmPackage.DEMOGRAPHICS__AGE_MAX:
				setAgeMax(AGE_MAX_EDEFAULT);
				return;
			case CjmPackage.DEMOGRAPHICS__GENDER:
				setGender(GENDER_EDEFAULT);
				return;
			case CjmPackage.DEMOGRAPHICS__EDUCATION:
				setEducation(EDUCATION_EDEFAULT);
				return;
			case CjmPackage.DEMOGRAPHICS__REGION:
				setRegion(REGION_EDEFAULT);
				return;
			case CjmPackage.DEMOGRAPHICS__OCCUPATION:
				setOccupation(OCCUPATION_EDEFAULT);
				return;
			case CjmPackage.DEMOGRAPHICS__SOCIAL_STATUS:
				setSocialStatus(SOCIAL_STATUS_EDEFAULT);
				return;
			case CjmPackage.DEMOGRAPHICS__FAMILY_STATUS:
				setFamilyStatus(FAMILY_STATUS_EDEFAULT);
				return;
			case CjmPackage.DEMOGRAPHICS__INCOME_BAND:
				setIncomeBand(INCOME_BAND_EDEFAULT);
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
			case CjmPackage.DEMOGRAPHICS__AGE_MIN:
				return AGE_MIN_EDEFAULT == null ? ageMin != null : !AGE_MIN_EDEFAULT.equals(ageMin);
			case CjmPackage.DEMOGRAPHICS__AGE_MAX:
				return AGE_MAX_EDEFAULT == null ? ageMax != null : !AGE_MAX_EDEFAULT.equals(ageMax);
			case CjmPackage.DEMOGRAPHICS__GENDER:
				return GENDER_EDEFAULT == null ? gender != null : !GENDER_EDEFAULT.equals(gender);
			case CjmPackage.DEMOGRAPHICS__EDUCATION:
				return EDUCATION_EDEFAULT == null ? education != null : !EDUCATION_EDEFAULT.equals(education);
			case CjmPackage.DEMOGRAPHICS__REGION:
				return REGION_EDEFAULT == null ? region != null : !REGION_EDEFAULT.equals(region);
			case CjmPackage.DEMOGRAPHICS__OCCUPATION:
				return OCCUPATION_EDEFAULT == null ? occupation != null : !OCCUPATION_EDEFAULT.equals(occupation);
			case CjmPackage.DEMOGRAPHICS__SOCIAL_STATUS:
				return SOCIAL_STATUS_EDEFAULT == null ? socialStatus != null : !SOCIAL_STATUS_EDEFAULT.equals(socialStatus);
			case CjmPackage.DEMOGRAPHICS__FAMILY_STATUS:
				return FAMILY_STATUS_EDEFAULT == null ? familyStatus != null : !FAMILY_STATUS_EDEFAULT.equals(familyStatus);
			case CjmPackage.DEMOGRAPHICS__INCOME_BAND:
				return INCOME_BAND_EDEFAULT == null ? incomeBand != null : !INCOME_BAND_EDEFAULT.equals(incomeBand);
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
		result.append(" (ageMin: ");
		result.append(ageMin);
		result.append(", ageMax: ");
		result.append(ageMax);
		result.append(", gender: ");
		result.append(gender);
		result.append(", education: ");
		result.append(education);
		result.append(", region: ");
		result.append(region);
		result.append(", occupation: ");
		result.append(occupation);
		result.append(", socialStatus: ");
		result.append(socialStatus);
		result.append(", familyStatus: ");
		result.append(familyStatus);
		result.append(", incomeBand: ");
		result.append(incomeBand);
		result.append(')');
		return result.toString();
	}

} //DemographicsImpl
