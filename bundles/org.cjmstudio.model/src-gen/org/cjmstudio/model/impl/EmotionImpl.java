/**
 * Copyright (c) the CJM Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cjmstudio.model.impl;

import java.util.Collection;

import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.Emotion;
import org.cjmstudio.model.EmotionState;
import org.cjmstudio.model.Evidence;
import org.cjmstudio.model.Feeling;
import org.cjmstudio.model.Persona;
import org.cjmstudio.model.Step;
import org.cjmstudio.model.Touchpoint;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Emotion</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cjmstudio.model.impl.EmotionImpl#getFeeling <em>Feeling</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.EmotionImpl#getValence <em>Valence</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.EmotionImpl#getState <em>State</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.EmotionImpl#getNote <em>Note</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.EmotionImpl#getStep <em>Step</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.EmotionImpl#getTouchpoint <em>Touchpoint</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.EmotionImpl#getPersona <em>Persona</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.EmotionImpl#getEvidence <em>Evidence</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EmotionImpl extends CardImpl implements Emotion {
	/**
	 * The default value of the '{@link #getFeeling() <em>Feeling</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeeling()
	 * @generated
	 * @ordered
	 */
	protected static final Feeling FEELING_EDEFAULT = Feeling.NEUTRAL;

	/**
	 * The cached value of the '{@link #getFeeling() <em>Feeling</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeeling()
	 * @generated
	 * @ordered
	 */
	protected Feeling feeling = FEELING_EDEFAULT;

	/**
	 * The default value of the '{@link #getValence() <em>Valence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValence()
	 * @generated
	 * @ordered
	 */
	protected static final int VALENCE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getValence() <em>Valence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValence()
	 * @generated
	 * @ordered
	 */
	protected int valence = VALENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected static final EmotionState STATE_EDEFAULT = EmotionState.AS_IS;

	/**
	 * The cached value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected EmotionState state = STATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected String note = NOTE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStep() <em>Step</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStep()
	 * @generated
	 * @ordered
	 */
	protected Step step;

	/**
	 * The cached value of the '{@link #getTouchpoint() <em>Touchpoint</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTouchpoint()
	 * @generated
	 * @ordered
	 */
	protected Touchpoint touchpoint;

	/**
	 * The cached value of the '{@link #getPersona() <em>Persona</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPersona()
	 * @generated
	 * @ordered
	 */
	protected Persona persona;

	/**
	 * The cached value of the '{@link #getEvidence() <em>Evidence</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidence()
	 * @generated
	 * @ordered
	 */
	protected EList<Evidence> evidence;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EmotionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CjmPackage.Literals.EMOTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Feeling getFeeling() {
		return feeling;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFeeling(Feeling newFeeling) {
		Feeling oldFeeling = feeling;
		feeling = newFeeling == null ? FEELING_EDEFAULT : newFeeling;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.EMOTION__FEELING, oldFeeling, feeling));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValence() {
		return valence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValence(int newValence) {
		int oldValence = valence;
		valence = newValence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.EMOTION__VALENCE, oldValence, valence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EmotionState getState() {
		return state;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setState(EmotionState newState) {
		EmotionState oldState = state;
		state = newState == null ? STATE_EDEFAULT : newState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.EMOTION__STATE, oldState, state));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNote() {
		return note;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNote(String newNote) {
		String oldNote = note;
		note = newNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.EMOTION__NOTE, oldNote, note));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Step getStep() {
		if (step != null && step.eIsProxy()) {
			InternalEObject oldStep = (InternalEObject)step;
			step = (Step)eResolveProxy(oldStep);
			if (step != oldStep) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CjmPackage.EMOTION__STEP, oldStep, step));
			}
		}
		return step;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Step basicGetStep() {
		return step;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStep(Step newStep) {
		Step oldStep = step;
		step = newStep;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.EMOTION__STEP, oldStep, step));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Touchpoint getTouchpoint() {
		if (touchpoint != null && touchpoint.eIsProxy()) {
			InternalEObject oldTouchpoint = (InternalEObject)touchpoint;
			touchpoint = (Touchpoint)eResolveProxy(oldTouchpoint);
			if (touchpoint != oldTouchpoint) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CjmPackage.EMOTION__TOUCHPOINT, oldTouchpoint, touchpoint));
			}
		}
		return touchpoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Touchpoint basicGetTouchpoint() {
		return touchpoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTouchpoint(Touchpoint newTouchpoint) {
		Touchpoint oldTouchpoint = touchpoint;
		touchpoint = newTouchpoint;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.EMOTION__TOUCHPOINT, oldTouchpoint, touchpoint));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Persona getPersona() {
		if (persona != null && persona.eIsProxy()) {
			InternalEObject oldPersona = (InternalEObject)persona;
			persona = (Persona)eResolveProxy(oldPersona);
			if (persona != oldPersona) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CjmPackage.EMOTION__PERSONA, oldPersona, persona));
			}
		}
		return persona;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Persona basicGetPersona() {
		return persona;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPersona(Persona newPersona) {
		Persona oldPersona = persona;
		persona = newPersona;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.EMOTION__PERSONA, oldPersona, persona));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Evidence> getEvidence() {
		if (evidence == null) {
			evidence = new EObjectResolvingEList<Evidence>(Evidence.class, this, CjmPackage.EMOTION__EVIDENCE);
		}
		return evidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CjmPackage.EMOTION__FEELING:
				return getFeeling();
			case CjmPackage.EMOTION__VALENCE:
				return getValence();
			case CjmPackage.EMOTION__STATE:
				return getState();
			case CjmPackage.EMOTION__NOTE:
				return getNote();
			case CjmPackage.EMOTION__STEP:
				if (resolve) return getStep();
				return basicGetStep();
			case CjmPackage.EMOTION__TOUCHPOINT:
				if (resolve) return getTouchpoint();
				return basicGetTouchpoint();
			case CjmPackage.EMOTION__PERSONA:
				if (resolve) return getPersona();
				return basicGetPersona();
			case CjmPackage.EMOTION__EVIDENCE:
				return getEvidence();
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
			case CjmPackage.EMOTION__FEELING:
				setFeeling((Feeling)newValue);
				return;
			case CjmPackage.EMOTION__VALENCE:
				setValence((Integer)newValue);
				return;
			case CjmPackage.EMOTION__STATE:
				setState((EmotionState)newValue);
				return;
			case CjmPackage.EMOTION__NOTE:
				setNote((String)newValue);
				return;
			case CjmPackage.EMOTION__STEP:
				setStep((Step)newValue);
				return;
			case CjmPackage.EMOTION__TOUCHPOINT:
				setTouchpoint((Touchpoint)newValue);
				return;
			case CjmPackage.EMOTION__PERSONA:
				setPersona((Persona)newValue);
				return;
			case CjmPackage.EMOTION__EVIDENCE:
				getEvidence().clear();
				getEvidence().addAll((Collection<? extends Evidence>)newValue);
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
			case CjmPackage.EMOTION__FEELING:
				setFeeling(FEELING_EDEFAULT);
				return;
			case CjmPackage.EMOTION__VALENCE:
				setValence(VALENCE_EDEFAULT);
				return;
			case CjmPackage.EMOTION__STATE:
				setState(STATE_EDEFAULT);
				return;
			case CjmPackage.EMOTION__NOTE:
				setNote(NOTE_EDEFAULT);
				return;
			case CjmPackage.EMOTION__STEP:
				setStep((Step)null);
				return;
			case CjmPackage.EMOTION__TOUCHPOINT:
				setTouchpoint((Touchpoint)null);
				return;
			case CjmPackage.EMOTION__PERSONA:
				setPersona((Persona)null);
				return;
			case CjmPackage.EMOTION__EVIDENCE:
				getEvidence().clear();
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
			case CjmPackage.EMOTION__FEELING:
				return feeling != FEELING_EDEFAULT;
			case CjmPackage.EMOTION__VALENCE:
				return valence != VALENCE_EDEFAULT;
			case CjmPackage.EMOTION__STATE:
				return state != STATE_EDEFAULT;
			case CjmPackage.EMOTION__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
			case CjmPackage.EMOTION__STEP:
				return step != null;
			case CjmPackage.EMOTION__TOUCHPOINT:
				return touchpoint != null;
			case CjmPackage.EMOTION__PERSONA:
				return persona != null;
			case CjmPackage.EMOTION__EVIDENCE:
				return evidence != null && !evidence.isEmpty();
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
		result.append(" (feeling: ");
		result.append(feeling);
		result.append(", valence: ");
		result.append(valence);
		result.append(", state: ");
		result.append(state);
		result.append(", note: ");
		result.append(note);
		result.append(')');
		return result.toString();
	}

} //EmotionImpl
