/**
 * Copyright (c) the CJM Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cjmstudio.model.impl;

import java.util.Collection;

import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.Insight;
import org.cjmstudio.model.InsightKind;
import org.cjmstudio.model.Interview;
import org.cjmstudio.model.Quote;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Insight</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cjmstudio.model.impl.InsightImpl#getStatement <em>Statement</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.InsightImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.InsightImpl#getSupportedBy <em>Supported By</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.InsightImpl#getQuotes <em>Quotes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InsightImpl extends EvidenceImpl implements Insight {
	/**
	 * The default value of the '{@link #getStatement() <em>Statement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatement()
	 * @generated
	 * @ordered
	 */
	protected static final String STATEMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStatement() <em>Statement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatement()
	 * @generated
	 * @ordered
	 */
	protected String statement = STATEMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final InsightKind KIND_EDEFAULT = InsightKind.OTHER;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected InsightKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSupportedBy() <em>Supported By</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupportedBy()
	 * @generated
	 * @ordered
	 */
	protected EList<Interview> supportedBy;

	/**
	 * The cached value of the '{@link #getQuotes() <em>Quotes</em>}' reference list.
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
	protected InsightImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CjmPackage.Literals.INSIGHT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStatement() {
		return statement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatement(String newStatement) {
		String oldStatement = statement;
		statement = newStatement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.INSIGHT__STATEMENT, oldStatement, statement));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InsightKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(InsightKind newKind) {
		InsightKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.INSIGHT__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Interview> getSupportedBy() {
		if (supportedBy == null) {
			supportedBy = new EObjectResolvingEList<Interview>(Interview.class, this, CjmPackage.INSIGHT__SUPPORTED_BY);
		}
		return supportedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Quote> getQuotes() {
		if (quotes == null) {
			quotes = new EObjectResolvingEList<Quote>(Quote.class, this, CjmPackage.INSIGHT__QUOTES);
		}
		return quotes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CjmPackage.INSIGHT__STATEMENT:
				return getStatement();
			case CjmPackage.INSIGHT__KIND:
				return getKind();
			case CjmPackage.INSIGHT__SUPPORTED_BY:
				return getSupportedBy();
			case CjmPackage.INSIGHT__QUOTES:
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
			case CjmPackage.INSIGHT__STATEMENT:
				setStatement((String)newValue);
				return;
			case CjmPackage.INSIGHT__KIND:
				setKind((InsightKind)newValue);
				return;
			case CjmPackage.INSIGHT__SUPPORTED_BY:
				getSupportedBy().clear();
				getSupportedBy().addAll((Collection<? extends Interview>)newValue);
				return;
			case CjmPackage.INSIGHT__QUOTES:
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
			case CjmPackage.INSIGHT__STATEMENT:
				setStatement(STATEMENT_EDEFAULT);
				return;
			case CjmPackage.INSIGHT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case CjmPackage.INSIGHT__SUPPORTED_BY:
				getSupportedBy().clear();
				return;
			case CjmPackage.INSIGHT__QUOTES:
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
			case CjmPackage.INSIGHT__STATEMENT:
				return STATEMENT_EDEFAULT == null ? statement != null : !STATEMENT_EDEFAULT.equals(statement);
			case CjmPackage.INSIGHT__KIND:
				return kind != KIND_EDEFAULT;
			case CjmPackage.INSIGHT__SUPPORTED_BY:
				return supportedBy != null && !supportedBy.isEmpty();
			case CjmPackage.INSIGHT__QUOTES:
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
		result.append(" (statement: ");
		result.append(statement);
		result.append(", kind: ");
		result.append(kind);
		result.append(')');
		return result.toString();
	}

} //InsightImpl
