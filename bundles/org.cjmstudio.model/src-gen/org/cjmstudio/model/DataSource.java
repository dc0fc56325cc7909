/**
 * Copyright (c) the CJM Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cjmstudio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Data Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A quantitative or operational data source: web analytics, CRM, surveys, support tickets.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cjmstudio.model.DataSource#getKind <em>Kind</em>}</li>
 *   <li>{@link org.cjmstudio.model.DataSource#getLocation <em>Location</em>}</li>
 *   <li>{@link org.cjmstudio.model.DataSource#getSampleSize <em>Sample Size</em>}</li>
 * </ul>
 *
 * @see org.cjmstudio.model.CjmPackage#getDataSource()
 * @model
 * @generated
 */
public interface DataSource extends Evidence {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"OTHER"</code>.
	 * The literals are from the enumeration {@link org.cjmstudio.model.DataSourceKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Kind of data source.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.cjmstudio.model.DataSourceKind
	 * @see #setKind(DataSourceKind)
	 * @see org.cjmstudio.model.CjmPackage#getDataSource_Kind()
	 * @model default="OTHER"
	 * @generated
	 */
	DataSourceKind getKind();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.DataSource#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.cjmstudio.model.DataSourceKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(DataSourceKind value);

	/**
	 * Returns the value of the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * URI where the data or report can be found.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Location</em>' attribute.
	 * @see #setLocation(String)
	 * @see org.cjmstudio.model.CjmPackage#getDataSource_Location()
	 * @model
	 * @generated
	 */
	String getLocation();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.DataSource#getLocation <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Location</em>' attribute.
	 * @see #getLocation()
	 * @generated
	 */
	void setLocation(String value);

	/**
	 * Returns the value of the '<em><b>Sample Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of customers, sessions or answers the data covers; empty if unknown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sample Size</em>' attribute.
	 * @see #setSampleSize(Integer)
	 * @see org.cjmstudio.model.CjmPackage#getDataSource_SampleSize()
	 * @model
	 * @generated
	 */
	Integer getSampleSize();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.DataSource#getSampleSize <em>Sample Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sample Size</em>' attribute.
	 * @see #getSampleSize()
	 * @generated
	 */
	void setSampleSize(Integer value);

} // DataSource
