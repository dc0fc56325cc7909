/**
 * Copyright (c) the CJM Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cjmstudio.model.impl;

import java.util.Collection;

import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.DecisionMaking;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Decision Making</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cjmstudio.model.impl.DecisionMakingImpl#getDecider <em>Decider</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.DecisionMakingImpl#getInfluencers <em>Influencers</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.DecisionMakingImpl#getCriteria <em>Criteria</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.DecisionMakingImpl#getDuration <em>Duration</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DecisionMakingImpl extends CjmElementImpl implements DecisionMaking {
	/**
	 * The default value of the '{@link #getDecider() <em>Decider</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecider()
	 * @generated
	 * @ordered
	 */
	protected static final String DECIDER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDecider() <em>Decider</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecider()
	 * @generated
	 * @ordered
	 */
	protected String decider = DECIDER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getInfluencers() <em>Influencers</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInfluencers()
	 * @generated
	 * @ordered
	 */
	protected EList<String> influencers;

	/**
	 * The cached value of the '{@link #getCriteria() <em>Criteria</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriteria()
	 * @generated
	 * @ordered
	 */
	protected EList<String> criteria;

	/**
	 * The default value of the '{@link #getDuration() <em>Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDuration()
	 * @generated
	 * @ordered
	 */
	protected static final String DURATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDuration() <em>Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDuration()
	 * @generated
	 * @ordered
	 */
	protected String duration = DURATION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DecisionMakingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CjmPackage.Literals.DECISION_MAKING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDecider() {
		return decider;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecider(String newDecider) {
		String oldDecider = decider;
		decider = newDecider;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.DECISION_MAKING__DECIDER, oldDecider, decider));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getInfluencers() {
		if (influencers == null) {
			influencers = new EDataTypeEList<String>(String.class, this, CjmPackage.DECISION_MAKING__INFLUENCERS);
		}
		return influencers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getCriteria() {
		if (criteria == null) {
			criteria = new EDataTypeEList<String>(String.class, this, CjmPackage.DECISION_MAKING__CRITERIA);
		}
		return criteria;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDuration() {
		return duration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDuration(String newDuration) {
		String oldDuration = duration;
		duration = newDuration;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.DECISION_MAKING__DURATION, oldDuration, duration));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CjmPackage.DECISION_MAKING__DECIDER:
				return getDecider();
			case CjmPackage.DECISION_MAKING__INFLUENCERS:
				return getInfluencers();
			case CjmPackage.DECISION_MAKING__CRITERIA:
				return getCriteria();
			case CjmPackage.DECISION_MAKING__DURATION:
				return getDuration();
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
			case CjmPackage.DECISION_MAKING__DECIDER:
				setDecider((String)newValue);
				return;
			case CjmPackage.DECISION_MAKING__INFLUENCERS:
				getInfluencers().clear();
				getInfluencers().addAll((Collection<? extends String>)newValue);
				return;
			case CjmPackage.DECISION_MAKING__CRITERIA:
				getCriteria().clear();
				getCriteria().addAll((Collection<? extends String>)newValue);
				return;
			case CjmPackage.DECISION_MAKING__DURATION:
				setDuration((String)newValue);
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
			case CjmPackage.DECISION_MAKING__DECIDER:
				setDecider(DECIDER_EDEFAULT);
				return;
			case CjmPackage.DECISION_MAKING__INFLUENCERS:
				getInfluencers().clear();
				return;
			case CjmPackage.DECISION_MAKING__CRITERIA:
				getCriteria().clear();
				return;
			case CjmPackage.DECISION_MAKING__DURATION:
				setDuration(DURATION_EDEFAULT);
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
			case CjmPackage.DECISION_MAKING__DECIDER:
				return DECIDER_EDEFAULT == null ? decider != null : !DECIDER_EDEFAULT.equals(decider);
			case CjmPackage.DECISION_MAKING__INFLUENCERS:
				return influencers != null && !influencers.isEmpty();
			case CjmPackage.DECISION_MAKING__CRITERIA:
				return criteria != null && !criteria.isEmpty();
			case CjmPackage.DECISION_MAKING__DURATION:
				return DURATION_EDEFAULT == null ? duration != null : !DURATION_EDEFAULT.equals(duration);
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
		result.append(" (decider: ");
		result.append(decider);
		result.append(", influencers: ");
		result.append(influencers);
		result.append(", criteria: ");
		result.append(criteria);
		result.append(", duration: ");
		result.append(duration);
		result.append(')');
		return result.toString();
	}

} //DecisionMakingImpl
