/**
 * Copyright (c) the CJM Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cjmstudio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Demographics</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Socio-demographic profile of a persona. Values are free text in the team's own words, except the age range.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cjmstudio.model.Demographics#getAgeMin <em>Age Min</em>}</li>
 *   <li>{@link org.cjmstudio.model.Demographics#getAgeMax <em>Age Max</em>}</li>
 *   <li>{@link org.cjmstudio.model.Demographics#getGender <em>Gender</em>}</li>
 *   <li>{@link org.cjmstudio.model.Demographics#getEducation <em>Education</em>}</li>
 *   <li>{@link org.cjmstudio.model.Demographics#getRegion <em>Region</em>}</li>
 *   <li>{@link org.cjmstudio.model.Demographics#getOccupation <em>Occupation</em>}</li>
 *   <li>{@link org.cjmstudio.model.Demographics#getSocialStatus <em>Social Status</em>}</li>
 *   <li>{@link org.cjmstudio.model.Demographics#getFamilyStatus <em>Family Status</em>}</li>
 *   <li>{@link org.cjmstudio.model.Demographics#getIncomeBand <em>Income Band</em>}</li>
 * </ul>
 *
 * @see org.cjmstudio.model.CjmPackage#getDemographics()
 * @model
 * @generated
 */
public interface Demographics extends CjmElement {
	/**
	 * Returns the value of the '<em><b>Age Min</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lower bound of the age range, in years; empty if unknown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Age Min</em>' attribute.
	 * @see #setAgeMin(Integer)
	 * @see org.cjmstudio.model.CjmPackage#getDemographics_AgeMin()
	 * @model
	 * @generated
	 */
	Integer getAgeMin();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Demographics#getAgeMin <em>Age Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Age Min</em>' attribute.
	 * @see #getAgeMin()
	 * @generated
	 */
	void setAgeMin(Integer value);

	/**
	 * Returns the value of the '<em><b>Age Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Upper bound of the age range, in years; empty if unknown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Age Max</em>' attribute.
	 * @see #setAgeMax(Integer)
	 * @see org.cjmstudio.model.CjmPackage#getDemographics_AgeMax()
	 * @model
	 * @generated
	 */
	Integer getAgeMax();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Demographics#getAgeMax <em>Age Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Age Max</em>' attribute.
	 * @see #getAgeMax()
	 * @generated
	 */
	void setAgeMax(Integer value);

	/**
	 * Returns the value of the '<em><b>Gender</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Gender, as described by the research.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Gender</em>' attribute.
	 * @see #setGender(String)
	 * @see org.cjmstudio.model.CjmPackage#getDemographics_Gender()
	 * @model
	 * @generated
	 */
	String getGender();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Demographics#getGender <em>Gender</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gender</em>' attribute.
	 * @see #getGender()
	 * @generated
	 */
	void setGender(String value);

	/**
	 * Returns the value of the '<em><b>Education</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Level or field of education.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Education</em>' attribute.
	 * @see #setEducation(String)
	 * @see org.cjmstudio.model.CjmPackage#getDemographics_Education()
	 * @model
	 * @generated
	 */
	String getEducation();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Demographics#getEducation <em>Education</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Education</em>' attribute.
	 * @see #getEducation()
	 * @generated
	 */
	void setEducation(String value);

	/**
	 * Returns the value of the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the persona lives (country, region, city size).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Region</em>' attribute.
	 * @see #setRegion(String)
	 * @see org.cjmstudio.model.CjmPackage#getDemographics_Region()
	 * @model
	 * @generated
	 */
	String getRegion();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Demographics#getRegion <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Region</em>' attribute.
	 * @see #getRegion()
	 * @generated
	 */
	void setRegion(String value);

	/**
	 * Returns the value of the '<em><b>Occupation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Occupation or job.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Occupation</em>' attribute.
	 * @see #setOccupation(String)
	 * @see org.cjmstudio.model.CjmPackage#getDemographics_Occupation()
	 * @model
	 * @generated
	 */
	String getOccupation();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Demographics#getOccupation <em>Occupation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Occupation</em>' attribute.
	 * @see #getOccupation()
	 * @generated
	 */
	void setOccupation(String value);

	/**
	 * Returns the value of the '<em><b>Social Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Social status or class.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Social Status</em>' attribute.
	 * @see #setSocialStatus(String)
	 * @see org.cjmstudio.model.CjmPackage#getDemographics_SocialStatus()
	 * @model
	 * @generated
	 */
	String getSocialStatus();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Demographics#getSocialStatus <em>Social Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Social Status</em>' attribute.
	 * @see #getSocialStatus()
	 * @generated
	 */
	void setSocialStatus(String value);

	/**
	 * Returns the value of the '<em><b>Family Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Family status and household.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Family Status</em>' attribute.
	 * @see #setFamilyStatus(String)
	 * @see org.cjmstudio.model.CjmPackage#getDemographics_FamilyStatus()
	 * @model
	 * @generated
	 */
	String getFamilyStatus();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Demographics#getFamilyStatus <em>Family Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Family Status</em>' attribute.
	 * @see #getFamilyStatus()
	 * @generated
	 */
	void setFamilyStatus(String value);

	/**
	 * Returns the value of the '<em><b>Income Band</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Income band, e.g. 'middle', '3-5k EUR/month'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Income Band</em>' attribute.
	 * @see #setIncomeBand(String)
	 * @see org.cjmstudio.model.CjmPackage#getDemographics_IncomeBand()
	 * @model
	 * @generated
	 */
	String getIncomeBand();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Demographics#getIncomeBand <em>Income Band</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Income Band</em>' attribute.
	 * @see #getIncomeBand()
	 * @generated
	 */
	void setIncomeBand(String value);

} // Demographics
