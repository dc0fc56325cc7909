/**
 * Copyright (c) the CJM Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cjmstudio.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Insight</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A pattern found across interviews and data: repeated wordings, fears, doubts, reasons for refusal, needs.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cjmstudio.model.Insight#getStatement <em>Statement</em>}</li>
 *   <li>{@link org.cjmstudio.model.Insight#getKind <em>Kind</em>}</li>
 *   <li>{@link org.cjmstudio.model.Insight#getSupportedBy <em>Supported By</em>}</li>
 *   <li>{@link org.cjmstudio.model.Insight#getQuotes <em>Quotes</em>}</li>
 * </ul>
 *
 * @see org.cjmstudio.model.CjmPackage#getInsight()
 * @model
 * @generated
 */
public interface Insight extends Evidence {
	/**
	 * Returns the value of the '<em><b>Statement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The pattern, stated in one or two sentences.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Statement</em>' attribute.
	 * @see #setStatement(String)
	 * @see org.cjmstudio.model.CjmPackage#getInsight_Statement()
	 * @model
	 * @generated
	 */
	String getStatement();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Insight#getStatement <em>Statement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Statement</em>' attribute.
	 * @see #getStatement()
	 * @generated
	 */
	void setStatement(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"OTHER"</code>.
	 * The literals are from the enumeration {@link org.cjmstudio.model.InsightKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Kind of pattern.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.cjmstudio.model.InsightKind
	 * @see #setKind(InsightKind)
	 * @see org.cjmstudio.model.CjmPackage#getInsight_Kind()
	 * @model default="OTHER"
	 * @generated
	 */
	InsightKind getKind();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Insight#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.cjmstudio.model.InsightKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(InsightKind value);

	/**
	 * Returns the value of the '<em><b>Supported By</b></em>' reference list.
	 * The list contents are of type {@link org.cjmstudio.model.Interview}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The interviews in which the pattern shows.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Supported By</em>' reference list.
	 * @see org.cjmstudio.model.CjmPackage#getInsight_SupportedBy()
	 * @model
	 * @generated
	 */
	EList<Interview> getSupportedBy();

	/**
	 * Returns the value of the '<em><b>Quotes</b></em>' reference list.
	 * The list contents are of type {@link org.cjmstudio.model.Quote}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Quotes that illustrate the pattern.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Quotes</em>' reference list.
	 * @see org.cjmstudio.model.CjmPackage#getInsight_Quotes()
	 * @model
	 * @generated
	 */
	EList<Quote> getQuotes();

} // Insight
