/**
 * Copyright (c) the CJM Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cjmstudio.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Research Study</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A customer research study, typically a series of in-depth interviews.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cjmstudio.model.ResearchStudy#getGoal <em>Goal</em>}</li>
 *   <li>{@link org.cjmstudio.model.ResearchStudy#getQuestionGuide <em>Question Guide</em>}</li>
 *   <li>{@link org.cjmstudio.model.ResearchStudy#getTargetGroups <em>Target Groups</em>}</li>
 *   <li>{@link org.cjmstudio.model.ResearchStudy#getInterviews <em>Interviews</em>}</li>
 *   <li>{@link org.cjmstudio.model.ResearchStudy#getDismissedPatterns <em>Dismissed Patterns</em>}</li>
 * </ul>
 *
 * @see org.cjmstudio.model.CjmPackage#getResearchStudy()
 * @model
 * @generated
 */
public interface ResearchStudy extends Evidence {
	/**
	 * Returns the value of the '<em><b>Goal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the study wants to find out.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Goal</em>' attribute.
	 * @see #setGoal(String)
	 * @see org.cjmstudio.model.CjmPackage#getResearchStudy_Goal()
	 * @model
	 * @generated
	 */
	String getGoal();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.ResearchStudy#getGoal <em>Goal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Goal</em>' attribute.
	 * @see #getGoal()
	 * @generated
	 */
	void setGoal(String value);

	/**
	 * Returns the value of the '<em><b>Question Guide</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The interview guide: the questions asked, in order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Question Guide</em>' attribute list.
	 * @see org.cjmstudio.model.CjmPackage#getResearchStudy_QuestionGuide()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getQuestionGuide();

	/**
	 * Returns the value of the '<em><b>Target Groups</b></em>' attribute list.
	 * The list contents are of type {@link org.cjmstudio.model.RespondentGroup}.
	 * The literals are from the enumeration {@link org.cjmstudio.model.RespondentGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The groups of respondents the study recruits.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Groups</em>' attribute list.
	 * @see org.cjmstudio.model.RespondentGroup
	 * @see org.cjmstudio.model.CjmPackage#getResearchStudy_TargetGroups()
	 * @model
	 * @generated
	 */
	EList<RespondentGroup> getTargetGroups();

	/**
	 * Returns the value of the '<em><b>Interviews</b></em>' containment reference list.
	 * The list contents are of type {@link org.cjmstudio.model.Interview}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The interviews conducted in the study.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Interviews</em>' containment reference list.
	 * @see org.cjmstudio.model.CjmPackage#getResearchStudy_Interviews()
	 * @model containment="true"
	 * @generated
	 */
	EList<Interview> getInterviews();

	/**
	 * Returns the value of the '<em><b>Dismissed Patterns</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Phrases the interview analysis proposed as patterns and the analyst dismissed; the analysis does not propose them again for this study.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dismissed Patterns</em>' attribute list.
	 * @see org.cjmstudio.model.CjmPackage#getResearchStudy_DismissedPatterns()
	 * @model
	 * @generated
	 */
	EList<String> getDismissedPatterns();

} // ResearchStudy
