/**
 * Copyright (c) the CJM Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cjmstudio.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Comment Thread</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A discussion about one element of the map: the comments of the team in the order they were written, open until someone marks it resolved.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cjmstudio.model.CommentThread#isResolved <em>Resolved</em>}</li>
 *   <li>{@link org.cjmstudio.model.CommentThread#getComments <em>Comments</em>}</li>
 * </ul>
 *
 * @see org.cjmstudio.model.CjmPackage#getCommentThread()
 * @model
 * @generated
 */
public interface CommentThread extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Resolved</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the question the thread raised has been settled; resolved threads no longer count on the card's comment badge.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Resolved</em>' attribute.
	 * @see #setResolved(boolean)
	 * @see org.cjmstudio.model.CjmPackage#getCommentThread_Resolved()
	 * @model
	 * @generated
	 */
	boolean isResolved();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.CommentThread#isResolved <em>Resolved</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resolved</em>' attribute.
	 * @see #isResolved()
	 * @generated
	 */
	void setResolved(boolean value);

	/**
	 * Returns the value of the '<em><b>Comments</b></em>' containment reference list.
	 * The list contents are of type {@link org.cjmstudio.model.Comment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The comments of the thread, oldest first; the first one opened it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Comments</em>' containment reference list.
	 * @see org.cjmstudio.model.CjmPackage#getCommentThread_Comments()
	 * @model containment="true" required="true"
	 * @generated
	 */
	EList<Comment> getComments();

} // CommentThread
