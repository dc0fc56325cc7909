/**
 * Copyright (c) the CJM Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cjmstudio.model.impl;

import java.util.Collection;

import org.cjmstudio.model.CjmElement;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.CommentThread;
import org.cjmstudio.model.ExternalLink;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Element</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cjmstudio.model.impl.CjmElementImpl#getExternalLinks <em>External Links</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.CjmElementImpl#getCommentThreads <em>Comment Threads</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class CjmElementImpl extends IdentifiableImpl implements CjmElement {
	/**
	 * The cached value of the '{@link #getExternalLinks() <em>External Links</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExternalLinks()
	 * @generated
	 * @ordered
	 */
	protected EList<ExternalLink> externalLinks;

	/**
	 * The cached value of the '{@link #getCommentThreads() <em>Comment Threads</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommentThreads()
	 * @generated
	 * @ordered
	 */
	protected EList<CommentThread> commentThreads;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CjmElementImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CjmPackage.Literals.CJM_ELEMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ExternalLink> getExternalLinks() {
		if (externalLinks == null) {
			externalLinks = new EObjectContainmentEList<ExternalLink>(ExternalLink.class, this, CjmPackage.CJM_ELEMENT__EXTERNAL_LINKS);
		}
		return externalLinks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CommentThread> getCommentThreads() {
		if (commentThreads == null) {
			commentThreads = new EObjectContainmentEList<CommentThread>(CommentThread.class, this, CjmPackage.CJM_ELEMENT__COMMENT_THREADS);
		}
		return commentThreads;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CjmPackage.CJM_ELEMENT__EXTERNAL_LINKS:
				return ((InternalEList<?>)getExternalLinks()).basicRemove(otherEnd, msgs);
			case CjmPackage.CJM_ELEMENT__COMMENT_THREADS:
				return ((InternalEList<?>)getCommentThreads()).basicRemove(otherEnd, msgs);
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
			case CjmPackage.CJM_ELEMENT__EXTERNAL_LINKS:
				return getExternalLinks();
			case CjmPackage.CJM_ELEMENT__COMMENT_THREADS:
				return getCommentThreads();
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
			case CjmPackage.CJM_ELEMENT__EXTERNAL_LINKS:
				getExternalLinks().clear();
				getExternalLinks().addAll((Collection<? extends ExternalLink>)newValue);
				return;
			case CjmPackage.CJM_ELEMENT__COMMENT_THREADS:
				getCommentThreads().clear();
				getCommentThreads().addAll((Collection<? extends CommentThread>)newValue);
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
			case CjmPackage.CJM_ELEMENT__EXTERNAL_LINKS:
				getExternalLinks().clear();
				return;
			case CjmPackage.CJM_ELEMENT__COMMENT_THREADS:
				getCommentThreads().clear();
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
			case CjmPackage.CJM_ELEMENT__EXTERNAL_LINKS:
				return externalLinks != null && !externalLinks.isEmpty();
			case CjmPackage.CJM_ELEMENT__COMMENT_THREADS:
				return commentThreads != null && !commentThreads.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //CjmElementImpl
