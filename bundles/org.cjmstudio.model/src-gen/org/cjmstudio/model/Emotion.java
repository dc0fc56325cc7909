/**
 * Copyright (c) the CJM Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cjmstudio.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Emotion</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What the customer feels at a point of the journey; the points of a stage make up the emotion curve.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cjmstudio.model.Emotion#getFeeling <em>Feeling</em>}</li>
 *   <li>{@link org.cjmstudio.model.Emotion#getValence <em>Valence</em>}</li>
 *   <li>{@link org.cjmstudio.model.Emotion#getState <em>State</em>}</li>
 *   <li>{@link org.cjmstudio.model.Emotion#getNote <em>Note</em>}</li>
 *   <li>{@link org.cjmstudio.model.Emotion#getStep <em>Step</em>}</li>
 *   <li>{@link org.cjmstudio.model.Emotion#getTouchpoint <em>Touchpoint</em>}</li>
 *   <li>{@link org.cjmstudio.model.Emotion#getPersona <em>Persona</em>}</li>
 *   <li>{@link org.cjmstudio.model.Emotion#getEvidence <em>Evidence</em>}</li>
 * </ul>
 *
 * @see org.cjmstudio.model.CjmPackage#getEmotion()
 * @model
 * @generated
 */
public interface Emotion extends Card {
	/**
	 * Returns the value of the '<em><b>Feeling</b></em>' attribute.
	 * The default value is <code>"NEUTRAL"</code>.
	 * The literals are from the enumeration {@link org.cjmstudio.model.Feeling}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The feeling, named.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Feeling</em>' attribute.
	 * @see org.cjmstudio.model.Feeling
	 * @see #setFeeling(Feeling)
	 * @see org.cjmstudio.model.CjmPackage#getEmotion_Feeling()
	 * @model default="NEUTRAL"
	 * @generated
	 */
	Feeling getFeeling();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Emotion#getFeeling <em>Feeling</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Feeling</em>' attribute.
	 * @see org.cjmstudio.model.Feeling
	 * @see #getFeeling()
	 * @generated
	 */
	void setFeeling(Feeling value);

	/**
	 * Returns the value of the '<em><b>Valence</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How positive or negative the feeling is, from -3 (very negative) to +3 (very positive); 0 is neutral.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Valence</em>' attribute.
	 * @see #setValence(int)
	 * @see org.cjmstudio.model.CjmPackage#getEmotion_Valence()
	 * @model default="0" dataType="org.cjmstudio.model.Valence"
	 * @generated
	 */
	int getValence();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Emotion#getValence <em>Valence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Valence</em>' attribute.
	 * @see #getValence()
	 * @generated
	 */
	void setValence(int value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * The default value is <code>"AS_IS"</code>.
	 * The literals are from the enumeration {@link org.cjmstudio.model.EmotionState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the point shows how the customer feels today (as-is, found by research) or how the team wants them to feel once its changes are made (to-be, a target). Each persona has one curve per state.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see org.cjmstudio.model.EmotionState
	 * @see #setState(EmotionState)
	 * @see org.cjmstudio.model.CjmPackage#getEmotion_State()
	 * @model default="AS_IS"
	 * @generated
	 */
	EmotionState getState();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Emotion#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see org.cjmstudio.model.EmotionState
	 * @see #getState()
	 * @generated
	 */
	void setState(EmotionState value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the customer feels this way.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.cjmstudio.model.CjmPackage#getEmotion_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Emotion#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

	/**
	 * Returns the value of the '<em><b>Step</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The step at which the feeling arises.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Step</em>' reference.
	 * @see #setStep(Step)
	 * @see org.cjmstudio.model.CjmPackage#getEmotion_Step()
	 * @model
	 * @generated
	 */
	Step getStep();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Emotion#getStep <em>Step</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Step</em>' reference.
	 * @see #getStep()
	 * @generated
	 */
	void setStep(Step value);

	/**
	 * Returns the value of the '<em><b>Touchpoint</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The touchpoint at which the feeling arises, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Touchpoint</em>' reference.
	 * @see #setTouchpoint(Touchpoint)
	 * @see org.cjmstudio.model.CjmPackage#getEmotion_Touchpoint()
	 * @model
	 * @generated
	 */
	Touchpoint getTouchpoint();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Emotion#getTouchpoint <em>Touchpoint</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Touchpoint</em>' reference.
	 * @see #getTouchpoint()
	 * @generated
	 */
	void setTouchpoint(Touchpoint value);

	/**
	 * Returns the value of the '<em><b>Persona</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The persona who feels this; empty if it applies to all personas of the map.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Persona</em>' reference.
	 * @see #setPersona(Persona)
	 * @see org.cjmstudio.model.CjmPackage#getEmotion_Persona()
	 * @model
	 * @generated
	 */
	Persona getPersona();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Emotion#getPersona <em>Persona</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Persona</em>' reference.
	 * @see #getPersona()
	 * @generated
	 */
	void setPersona(Persona value);

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' reference list.
	 * The list contents are of type {@link org.cjmstudio.model.Evidence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The research and data that show this feeling.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Evidence</em>' reference list.
	 * @see org.cjmstudio.model.CjmPackage#getEmotion_Evidence()
	 * @model
	 * @generated
	 */
	EList<Evidence> getEvidence();

} // Emotion
