/**
 * Copyright (c) the CJM Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cjmstudio.model.impl;

import java.util.Collection;

import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.Interview;
import org.cjmstudio.model.Quote;
import org.cjmstudio.model.RespondentGroup;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Interview</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cjmstudio.model.impl.InterviewImpl#getRespondentProfile <em>Respondent Profile</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.InterviewImpl#getRespondentGroup <em>Respondent Group</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.InterviewImpl#getTranscript <em>Transcript</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.InterviewImpl#getQuotes <em>Quotes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InterviewImpl extends EvidenceImpl implements Interview {
	/**
	 * The default value of the '{@link #getRespondentProfile() <em>Respondent Profile</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRespondentProfile()
	 * @generated
	 * @ordered
	 */
	protected static final String RESPONDENT_PROFILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRespondentProfile() <em>Respondent Profile</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRespondentProfile()
	 * @generated
	 * @ordered
	 */
	protected String respondentProfile = RESPONDENT_PROFILE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRespondentGroup() <em>Respondent Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRespondentGroup()
	 * @generated
	 * @ordered
	 */
	protected static final RespondentGroup RESPONDENT_GROUP_EDEFAULT = RespondentGroup.CURRENT_CUSTOMERS;

	/**
	 * The cached value of the '{@link #getRespondentGroup() <em>Respondent Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRespondentGroup()
	 * @generated
	 * @ordered
	 */
	protected RespondentGroup respondentGroup = RESPONDENT_GROUP_EDEFAULT;

	/**
	 * The default value of the '{@link #getTranscript() <em>Transcript</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTranscript()
	 * @generated
	 * @ordered
	 */
	protected static final String TRANSCRIPT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTranscript() <em>Transcript</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTranscript()
	 * @generated
	 * @ordered
	 */
	protected String transcript = TRANSCRIPT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getQuotes() <em>Quotes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuotes()
	 * @generated
	 * @ordered
	 */
	protected EList<Quote> quotes;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InterviewImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CjmPackage.Literals.INTERVIEW;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRespondentProfile() {
		return respondentProfile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRespondentProfile(String newRespondentProfile) {
		String oldRespondentProfile = respondentProfile;
		respondentProfile = newRespondentProfile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.INTERVIEW__RESPONDENT_PROFILE, oldRespondentProfile, respondentProfile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RespondentGroup getRespondentGroup() {
		return respondentGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRespondentGroup(RespondentGroup newRespondentGroup) {
		RespondentGroup oldRespondentGroup = respondentGroup;
		respondentGroup = newRespondentGroup == null ? RESPONDENT_GROUP_EDEFAULT : newRespondentGroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.INTERVIEW__RESPONDENT_GROUP, oldRespondentGroup, respondentGroup));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTranscript() {
		return transcript;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTranscript(String newTranscript) {
		String oldTranscript = transcript;
		transcript = newTranscript;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.INTERVIEW__TRANSCRIPT, oldTranscript, transcript));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Quote> getQuotes() {
		if (quotes == null) {
			quotes = new EObjectContainmentEList<Quote>(Quote.class, this, CjmPackage.INTERVIEW__QUOTES);
		}
		return quotes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CjmPackage.INTERVIEW__QUOTES:
				return ((InternalEList<?>)getQuotes()).basicRemove(otherEnd, msgs);
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
			case CjmPackage.INTERVIEW__RESPONDENT_PROFILE:
				return getRespondentProfile();
			case CjmPackage.INTERVIEW__RESPONDENT_GROUP:
				return getRespondentGroup();
			case CjmPackage.INTERVIEW__TRANSCRIPT:
				return getTranscript();
			case CjmPackage.INTERVIEW__QUOTES:
				return getQuotes();
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
			case CjmPackage.INTERVIEW__RESPONDENT_PROFILE:
				setRespondentProfile((String)newValue);
				return;
			case CjmPackage.INTERVIEW__RESPONDENT_GROUP:
				setRespondentGroup((RespondentGroup)newValue);
				return;
			case CjmPackage.INTERVIEW__TRANSCRIPT:
				setTranscript((String)newValue);
				return;
			case CjmPackage.INTERVIEW__QUOTES:
				getQuotes().clear();
				getQuotes().addAll((Collection<? extends Quote>)newValue);
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
			case CjmPackage.INTERVIEW__RESPONDENT_PROFILE:
				setRespondentProfile(RESPONDENT_PROFILE_EDEFAULT);
				return;
			case CjmPackage.INTERVIEW__RESPONDENT_GROUP:
				setRespondentGroup(RESPONDENT_GROUP_EDEFAULT);
				return;
			case CjmPackage.INTERVIEW__TRANSCRIPT:
				setTranscript(TRANSCRIPT_EDEFAULT);
				return;
			case CjmPackage.INTERVIEW__QUOTES:
				getQuotes().clear();
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
			case CjmPackage.INTERVIEW__RESPONDENT_PROFILE:
				return RESPONDENT_PROFILE_EDEFAULT == null ? respondentProfile != null : !RESPONDENT_PROFILE_EDEFAULT.equals(respondentProfile);
			case CjmPackage.INTERVIEW__RESPONDENT_GROUP:
				return respondentGroup != RESPONDENT_GROUP_EDEFAULT;
			case CjmPackage.INTERVIEW__TRANSCRIPT:
				return TRANSCRIPT_EDEFAULT == null ? transcript != null : !TRANSCRIPT_EDEFAULT.equals(transcript);
			case CjmPackage.INTERVIEW__QUOTES:
				return quotes != null && !quotes.isEmpty();
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
		result.append(" (respondentProfile: ");
		result.append(respondentProfile);
		result.append(", respondentGroup: ");
		result.append(respondentGroup);
		result.append(", transcript: ");
		result.append(transcript);
		result.append(')');
		return result.toString();
	}

} //InterviewImpl
