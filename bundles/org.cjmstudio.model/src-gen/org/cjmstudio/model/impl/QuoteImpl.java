/**
 * Copyright (c) the CJM Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cjmstudio.model.impl;

import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.Quote;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Quote</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cjmstudio.model.impl.QuoteImpl#getText <em>Text</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.QuoteImpl#getTopic <em>Topic</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.QuoteImpl#getTranscriptOffset <em>Transcript Offset</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.QuoteImpl#getTranscriptLength <em>Transcript Length</em>}</li>
 * </ul>
 *
 * @generated
 */
public class QuoteImpl extends EvidenceImpl implements Quote {
	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getTopic() <em>Topic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTopic()
	 * @generated
	 * @ordered
	 */
	protected static final String TOPIC_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTopic() <em>Topic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTopic()
	 * @generated
	 * @ordered
	 */
	protected String topic = TOPIC_EDEFAULT;

	/**
	 * The default value of the '{@link #getTranscriptOffset() <em>Transcript Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTranscriptOffset()
	 * @generated
	 * @ordered
	 */
	protected static final Integer TRANSCRIPT_OFFSET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTranscriptOffset() <em>Transcript Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTranscriptOffset()
	 * @generated
	 * @ordered
	 */
	protected Integer transcriptOffset = TRANSCRIPT_OFFSET_EDEFAULT;

	/**
	 * The default value of the '{@link #getTranscriptLength() <em>Transcript Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTranscriptLength()
	 * @generated
	 * @ordered
	 */
	protected static final Integer TRANSCRIPT_LENGTH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTranscriptLength() <em>Transcript Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTranscriptLength()
	 * @generated
	 * @ordered
	 */
	protected Integer transcriptLength = TRANSCRIPT_LENGTH_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected QuoteImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CjmPackage.Literals.QUOTE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.QUOTE__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTopic() {
		return topic;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTopic(String newTopic) {
		String oldTopic = topic;
		topic = newTopic;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.QUOTE__TOPIC, oldTopic, topic));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getTranscriptOffset() {
		return transcriptOffset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTranscriptOffset(Integer newTranscriptOffset) {
		Integer oldTranscriptOffset = transcriptOffset;
		transcriptOffset = newTranscriptOffset;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.QUOTE__TRANSCRIPT_OFFSET, oldTranscriptOffset, transcriptOffset));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getTranscriptLength() {
		return transcriptLength;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTranscriptLength(Integer newTranscriptLength) {
		Integer oldTranscriptLength = transcriptLength;
		transcriptLength = newTranscriptLength;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.QUOTE__TRANSCRIPT_LENGTH, oldTranscriptLength, transcriptLength));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CjmPackage.QUOTE__TEXT:
				return getText();
			case CjmPackage.QUOTE__TOPIC:
				return getTopic();
			case CjmPackage.QUOTE__TRANSCRIPT_OFFSET:
				return getTranscriptOffset();
			case CjmPackage.QUOTE__TRANSCRIPT_LENGTH:
				return getTranscriptLength();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CjmPackage.QUOTE__TEXT:
				setText((String)newValue);
				return;
			case CjmPackage.QUOTE__TOPIC:
				setTopic((String)newValue);
				return;
			case CjmPackage.QUOTE__TRANSCRIPT_OFFSET:
				setTranscriptOffset((Integer)newValue);
				return;
			case CjmPackage.QUOTE__TRANSCRIPT_LENGTH:
				setTranscriptLength((Integer)newValue);
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
			case CjmPackage.QUOTE__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case CjmPackage.QUOTE__TOPIC:
				setTopic(TOPIC_EDEFAULT);
				return;
			case CjmPackage.QUOTE__TRANSCRIPT_OFFSET:
				setTranscriptOffset(TRANSCRIPT_OFFSET_EDEFAULT);
				return;
			case CjmPackage.QUOTE__TRANSCRIPT_LENGTH:
				setTranscriptLength(TRANSCRIPT_LENGTH_EDEFAULT);
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
			case CjmPackage.QUOTE__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case CjmPackage.QUOTE__TOPIC:
				return TOPIC_EDEFAULT == null ? topic != null : !TOPIC_EDEFAULT.equals(topic);
			case CjmPackage.QUOTE__TRANSCRIPT_OFFSET:
				return TRANSCRIPT_OFFSET_EDEFAULT == null ? transcriptOffset != null : !TRANSCRIPT_OFFSET_EDEFAULT.equals(transcriptOffset);
			case CjmPackage.QUOTE__TRANSCRIPT_LENGTH:
				return TRANSCRIPT_LENGTH_EDEFAULT == null ? transcriptLength != null : !TRANSCRIPT_LENGTH_EDEFAULT.equals(transcriptLength);
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
		result.append(" (text: ");
		result.append(text);
		result.append(", topic: ");
		result.append(topic);
		result.append(", transcriptOffset: ");
		result.append(transcriptOffset);
		result.append(", transcriptLength: ");
		result.append(transcriptLength);
		result.append(')');
		return result.toString();
	}

} //QuoteImpl
