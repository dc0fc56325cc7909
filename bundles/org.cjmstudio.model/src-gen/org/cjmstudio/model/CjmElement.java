/**
 * Copyright (c) the CJM Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cjmstudio.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Element</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Abstract base of every element of a customer journey map. Besides its id, every element may carry links to the same or related things in external knowledge bases (Wikidata, a company knowledge base, CRM records).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cjmstudio.model.CjmElement#getExternalLinks <em>External Links</em>}</li>
 *   <li>{@link org.cjmstudio.model.CjmElement#getCommentThreads <em>Comment Threads</em>}</li>
 * </ul>
 *
 * @see org.cjmstudio.model.CjmPackage#getCjmElement()
 * @model abstract="true"
 * @generated
 */
public interface CjmElement extends Identifiable {
	/**
	 * Returns the value of the '<em><b>External Links</b></em>' containment reference list.
	 * The list contents are of type {@link org.cjmstudio.model.ExternalLink}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Links from this element to records in external knowledge bases or systems.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>External Links</em>' containment reference list.
	 * @see org.cjmstudio.model.CjmPackage#getCjmElement_ExternalLinks()
	 * @model containment="true"
	 * @generated
	 */
	EList<ExternalLink> getExternalLinks();

	/**
	 * Returns the value of the '<em><b>Comment Threads</b></em>' containment reference list.
	 * The list contents are of type {@link org.cjmstudio.model.CommentThread}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Discussions of the team about this element (a card, a stage or the whole map), oldest first. They go with the element: deleting a card deletes its threads.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Comment Threads</em>' containment reference list.
	 * @see org.cjmstudio.model.CjmPackage#getCjmElement_CommentThreads()
	 * @model containment="true"
	 * @generated
	 */
	EList<CommentThread> getCommentThreads();

} // CjmElement
