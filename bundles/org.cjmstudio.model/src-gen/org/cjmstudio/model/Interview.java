/**
 * Copyright (c) the CJM Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cjmstudio.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Interview</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An interview with one respondent, with the quotes worth keeping.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cjmstudio.model.Interview#getRespondentProfile <em>Respondent Profile</em>}</li>
 *   <li>{@link org.cjmstudio.model.Interview#getRespondentGroup <em>Respondent Group</em>}</li>
 *   <li>{@link org.cjmstudio.model.Interview#getTranscript <em>Transcript</em>}</li>
 *   <li>{@link org.cjmstudio.model.Interview#getQuotes <em>Quotes</em>}</li>
 * </ul>
 *
 * @see org.cjmstudio.model.CjmPackage#getInterview()
 * @model
 * @generated
 */
public interface Interview extends Evidence {
	/**
	 * Returns the value of the '<em><b>Respondent Profile</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who the respondent is (anonymised).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Respondent Profile</em>' attribute.
	 * @see #setRespondentProfile(String)
	 * @see org.cjmstudio.model.CjmPackage#getInterview_RespondentProfile()
	 * @model
	 * @generated
	 */
	String getRespondentProfile();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Interview#getRespondentProfile <em>Respondent Profile</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Respondent Profile</em>' attribute.
	 * @see #getRespondentProfile()
	 * @generated
	 */
	void setRespondentProfile(String value);

	/**
	 * Returns the value of the '<em><b>Respondent Group</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cjmstudio.model.RespondentGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The group the respondent belongs to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Respondent Group</em>' attribute.
	 * @see org.cjmstudio.model.RespondentGroup
	 * @see #setRespondentGroup(RespondentGroup)
	 * @see org.cjmstudio.model.CjmPackage#getInterview_RespondentGroup()
	 * @model
	 * @generated
	 */
	RespondentGroup getRespondentGroup();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Interview#getRespondentGroup <em>Respondent Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Respondent Group</em>' attribute.
	 * @see org.cjmstudio.model.RespondentGroup
	 * @see #getRespondentGroup()
	 * @generated
	 */
	void setRespondentGroup(RespondentGroup value);

	/**
	 * Returns the value of the '<em><b>Transcript</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The whole conversation as text, as transcribed (one speaker turn per paragraph is usual). Quotes keep their place in it; the interview analysis reads it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Transcript</em>' attribute.
	 * @see #setTranscript(String)
	 * @see org.cjmstudio.model.CjmPackage#getInterview_Transcript()
	 * @model
	 * @generated
	 */
	String getTranscript();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Interview#getTranscript <em>Transcript</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Transcript</em>' attribute.
	 * @see #getTranscript()
	 * @generated
	 */
	void setTranscript(String value);

	/**
	 * Returns the value of the '<em><b>Quotes</b></em>' containment reference list.
	 * The list contents are of type {@link org.cjmstudio.model.Quote}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Verbatim quotes from the interview.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Quotes</em>' containment reference list.
	 * @see org.cjmstudio.model.CjmPackage#getInterview_Quotes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Quote> getQuotes();

} // Interview
