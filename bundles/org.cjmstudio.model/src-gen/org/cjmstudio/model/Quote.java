/**
 * Copyright (c) the CJM Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cjmstudio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Quote</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A verbatim quote of a respondent, held by the interview it comes from. A quote is evidence in its own right: a barrier, emotion or persona can cite the respondent's exact words.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cjmstudio.model.Quote#getText <em>Text</em>}</li>
 *   <li>{@link org.cjmstudio.model.Quote#getTopic <em>Topic</em>}</li>
 *   <li>{@link org.cjmstudio.model.Quote#getTranscriptOffset <em>Transcript Offset</em>}</li>
 *   <li>{@link org.cjmstudio.model.Quote#getTranscriptLength <em>Transcript Length</em>}</li>
 * </ul>
 *
 * @see org.cjmstudio.model.CjmPackage#getQuote()
 * @model
 * @generated
 */
public interface Quote extends Evidence {
	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The respondent's words.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.cjmstudio.model.CjmPackage#getQuote_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Quote#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Topic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the quote is about.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Topic</em>' attribute.
	 * @see #setTopic(String)
	 * @see org.cjmstudio.model.CjmPackage#getQuote_Topic()
	 * @model
	 * @generated
	 */
	String getTopic();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Quote#getTopic <em>Topic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Topic</em>' attribute.
	 * @see #getTopic()
	 * @generated
	 */
	void setTopic(String value);

	/**
	 * Returns the value of the '<em><b>Transcript Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the quote starts in its interview's transcript, counted in UTF-16 code units from the start of the transcript (0 is the first character); empty when the quote was not taken from the transcript.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Transcript Offset</em>' attribute.
	 * @see #setTranscriptOffset(Integer)
	 * @see org.cjmstudio.model.CjmPackage#getQuote_TranscriptOffset()
	 * @model
	 * @generated
	 */
	Integer getTranscriptOffset();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Quote#getTranscriptOffset <em>Transcript Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Transcript Offset</em>' attribute.
	 * @see #getTranscriptOffset()
	 * @generated
	 */
	void setTranscriptOffset(Integer value);

	/**
	 * Returns the value of the '<em><b>Transcript Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How long the quoted passage of the transcript is, in UTF-16 code units; empty when the quote was not taken from the transcript.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Transcript Length</em>' attribute.
	 * @see #setTranscriptLength(Integer)
	 * @see org.cjmstudio.model.CjmPackage#getQuote_TranscriptLength()
	 * @model
	 * @generated
	 */
	Integer getTranscriptLength();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Quote#getTranscriptLength <em>Transcript Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Transcript Length</em>' attribute.
	 * @see #getTranscriptLength()
	 * @generated
	 */
	void setTranscriptLength(Integer value);

} // Quote
