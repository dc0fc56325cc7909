/**
 * Copyright (c) the CJM Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cjmstudio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Company Profile</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Profile of the company a B2B persona works for.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cjmstudio.model.CompanyProfile#getIndustry <em>Industry</em>}</li>
 *   <li>{@link org.cjmstudio.model.CompanyProfile#getSize <em>Size</em>}</li>
 *   <li>{@link org.cjmstudio.model.CompanyProfile#getGeography <em>Geography</em>}</li>
 *   <li>{@link org.cjmstudio.model.CompanyProfile#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @see org.cjmstudio.model.CjmPackage#getCompanyProfile()
 * @model
 * @generated
 */
public interface CompanyProfile extends CjmElement {
	/**
	 * Returns the value of the '<em><b>Industry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Industry or sector.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Industry</em>' attribute.
	 * @see #setIndustry(String)
	 * @see org.cjmstudio.model.CjmPackage#getCompanyProfile_Industry()
	 * @model
	 * @generated
	 */
	String getIndustry();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.CompanyProfile#getIndustry <em>Industry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Industry</em>' attribute.
	 * @see #getIndustry()
	 * @generated
	 */
	void setIndustry(String value);

	/**
	 * Returns the value of the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Company size, e.g. '50-250 employees'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Size</em>' attribute.
	 * @see #setSize(String)
	 * @see org.cjmstudio.model.CjmPackage#getCompanyProfile_Size()
	 * @model
	 * @generated
	 */
	String getSize();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.CompanyProfile#getSize <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Size</em>' attribute.
	 * @see #getSize()
	 * @generated
	 */
	void setSize(String value);

	/**
	 * Returns the value of the '<em><b>Geography</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the company operates.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Geography</em>' attribute.
	 * @see #setGeography(String)
	 * @see org.cjmstudio.model.CjmPackage#getCompanyProfile_Geography()
	 * @model
	 * @generated
	 */
	String getGeography();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.CompanyProfile#getGeography <em>Geography</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Geography</em>' attribute.
	 * @see #getGeography()
	 * @generated
	 */
	void setGeography(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Other relevant facts about the company.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.cjmstudio.model.CjmPackage#getCompanyProfile_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.CompanyProfile#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

} // CompanyProfile
