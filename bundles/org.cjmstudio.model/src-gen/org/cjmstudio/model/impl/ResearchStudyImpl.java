/**
 * Copyright (c) the CJM Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cjmstudio.model.impl;

import java.util.Collection;

import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.Interview;
import org.cjmstudio.model.ResearchStudy;
import org.cjmstudio.model.RespondentGroup;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Research Study</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cjmstudio.model.impl.ResearchStudyImpl#getGoal <em>Goal</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.ResearchStudyImpl#getQuestionGuide <em>Question Guide</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.ResearchStudyImpl#getTargetGroups <em>Target Groups</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.ResearchStudyImpl#getInterviews <em>Interviews</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.ResearchStudyImpl#getDismissedPatterns <em>Dismissed Patterns</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ResearchStudyImpl extends EvidenceImpl implements ResearchStudy {
	/**
	 * The default value of the '{@link #getGoal() <em>Goal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoal()
	 * @generated
	 * @ordered
	 */
	protected static final String GOAL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGoal() <em>Goal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoal()
	 * @generated
	 * @ordered
	 */
	protected String goal = GOAL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getQuestionGuide() <em>Question Guide</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuestionGuide()
	 * @generated
	 * @ordered
	 */
	protected EList<String> questionGuide;

	/**
	 * The cached value of the '{@link #getTargetGroups() <em>Target Groups</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<RespondentGroup> targetGroups;

	/**
	 * The cached value of the '{@link #getInterviews() <em>Interviews</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterviews()
	 * @generated
	 * @ordered
	 */
	protected EList<Interview> interviews;

	/**
	 * The cached value of the '{@link #getDismissedPatterns() <em>Dismissed Patterns</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDismissedPatterns()
	 * @generated
	 * @ordered
	 */
	protected EList<String> dismissedPatterns;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ResearchStudyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CjmPackage.Literals.RESEARCH_STUDY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGoal() {
		return goal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGoal(String newGoal) {
		String oldGoal = goal;
		goal = newGoal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.RESEARCH_STUDY__GOAL, oldGoal, goal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getQuestionGuide() {
		if (questionGuide == null) {
			questionGuide = new EDataTypeEList<String>(String.class, this, CjmPackage.RESEARCH_STUDY__QUESTION_GUIDE);
		}
		return questionGuide;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RespondentGroup> getTargetGroups() {
		if (targetGroups == null) {
			targetGroups = new EDataTypeUniqueEList<RespondentGroup>(RespondentGroup.class, this, CjmPackage.RESEARCH_STUDY__TARGET_GROUPS);
		}
		return targetGroups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Interview> getInterviews() {
		if (interviews == null) {
			interviews = new EObjectContainmentEList<Interview>(Interview.class, this, CjmPackage.RESEARCH_STUDY__INTERVIEWS);
		}
		return interviews;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getDismissedPatterns() {
		if (dismissedPatterns == null) {
			dismissedPatterns = new EDataTypeUniqueEList<String>(String.class, this, CjmPackage.RESEARCH_STUDY__DISMISSED_PATTERNS);
		}
		return dismissedPatterns;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CjmPackage.RESEARCH_STUDY__INTERVIEWS:
				return ((InternalEList<?>)getInterviews()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CjmPackage.RESEARCH_STUDY__GOAL:
				return getGoal();
			case CjmPackage.RESEARCH_STUDY__QUESTION_GUIDE:
				return getQuestionGuide();
			case CjmPackage.RESEARCH_STUDY__TARGET_GROUPS:
				return getTargetGroups();
			case CjmPackage.RESEARCH_STUDY__INTERVIEWS:
				return getInterviews();
			case CjmPackage.RESEARCH_STUDY__DISMISSED_PATTERNS:
				return getDismissedPatterns();
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
			case CjmPackage.RESEARCH_STUDY__GOAL:
				setGoal((String)newValue);
				return;
			case CjmPackage.RESEARCH_STUDY__QUESTION_GUIDE:
				getQuestionGuide().clear();
				getQuestionGuide().addAll((Collection<? extends String>)newValue);
				return;
			case CjmPackage.RESEARCH_STUDY__TARGET_GROUPS:
				getTargetGroups().clear();
				getTargetGroups().addAll((Collection<? extends RespondentGroup>)newValue);
				return;
			case CjmPackage.RESEARCH_STUDY__INTERVIEWS:
				getInterviews().clear();
				getInterviews().addAll((Collection<? extends Interview>)newValue);
				return;
			case CjmPackage.RESEARCH_STUDY__DISMISSED_PATTERNS:
				getDismissedPatterns().clear();
				getDismissedPatterns().addAll((Collection<? extends String>)newValue);
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
			case CjmPackage.RESEARCH_STUDY__GOAL:
				setGoal(GOAL_EDEFAULT);
				return;
			case CjmPackage.RESEARCH_STUDY__QUESTION_GUIDE:
				getQuestionGuide().clear();
				return;
			case CjmPackage.RESEARCH_STUDY__TARGET_GROUPS:
				getTargetGroups().clear();
				return;
			case CjmPackage.RESEARCH_STUDY__INTERVIEWS:
				getInterviews().clear();
				return;
			case CjmPackage.RESEARCH_STUDY__DISMISSED_PATTERNS:
				getDismissedPatterns().clear();
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
			case CjmPackage.RESEARCH_STUDY__GOAL:
				return GOAL_EDEFAULT == null ? goal != null : !GOAL_EDEFAULT.equals(goal);
			case CjmPackage.RESEARCH_STUDY__QUESTION_GUIDE:
				return questionGuide != null && !questionGuide.isEmpty();
			case CjmPackage.RESEARCH_STUDY__TARGET_GROUPS:
				return targetGroups != null && !targetGroups.isEmpty();
			case CjmPackage.RESEARCH_STUDY__INTERVIEWS:
				return interviews != null && !interviews.isEmpty();
			case CjmPackage.RESEARCH_STUDY__DISMISSED_PATTERNS:
				return dismissedPatterns != null && !dismissedPatterns.isEmpty();
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
		result.append(" (goal: ");
		result.append(goal);
		result.append(", questionGuide: ");
		result.append(questionGuide);
		result.append(", targetGroups: ");
		result.append(targetGroups);
		result.append(", dismissedPatterns: ");
		result.append(dismissedPatterns);
		result.append(')');
		return result.toString();
	}

} //ResearchStudyImpl
