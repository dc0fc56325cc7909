/**
 * Copyright (c) the CJM Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cjmstudio.model.impl;

import java.util.Collection;

import org.cjmstudio.model.Barrier;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.Metric;
import org.cjmstudio.model.Opportunity;
import org.cjmstudio.model.OpportunityStatus;
import org.cjmstudio.model.Stage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Opportunity</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cjmstudio.model.impl.OpportunityImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.OpportunityImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.OpportunityImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.OpportunityImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.OpportunityImpl#getHypothesis <em>Hypothesis</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.OpportunityImpl#getStage <em>Stage</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.OpportunityImpl#getAddresses <em>Addresses</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.OpportunityImpl#getMetrics <em>Metrics</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OpportunityImpl extends CardImpl implements Opportunity {
	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getOwner() <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected static final String OWNER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected String owner = OWNER_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final OpportunityStatus STATUS_EDEFAULT = OpportunityStatus.IDEA;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected OpportunityStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getHypothesis() <em>Hypothesis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHypothesis()
	 * @generated
	 * @ordered
	 */
	protected static final String HYPOTHESIS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHypothesis() <em>Hypothesis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHypothesis()
	 * @generated
	 * @ordered
	 */
	protected String hypothesis = HYPOTHESIS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStage() <em>Stage</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStage()
	 * @generated
	 * @ordered
	 */
	protected Stage stage;

	/**
	 * The cached value of the '{@link #getAddresses() <em>Addresses</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddresses()
	 * @generated
	 * @ordered
	 */
	protected EList<Barrier> addresses;

	/**
	 * The cached value of the '{@link #getMetrics() <em>Metrics</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetrics()
	 * @generated
	 * @ordered
	 */
	protected EList<Metric> metrics;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OpportunityImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CjmPackage.Literals.OPPORTUNITY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.OPPORTUNITY__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.OPPORTUNITY__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOwner() {
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(String newOwner) {
		String oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.OPPORTUNITY__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OpportunityStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(OpportunityStatus newStatus) {
		OpportunityStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.OPPORTUNITY__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHypothesis() {
		return hypothesis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHypothesis(String newHypothesis) {
		String oldHypothesis = hypothesis;
		hypothesis = newHypothesis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.OPPORTUNITY__HYPOTHESIS, oldHypothesis, hypothesis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Stage getStage() {
		if (stage != null && stage.eIsProxy()) {
			InternalEObject oldStage = (InternalEObject)stage;
			stage = (Stage)eResolveProxy(oldStage);
			if (stage != oldStage) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CjmPackage.OPPORTUNITY__STAGE, oldStage, stage));
			}
		}
		return stage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Stage basicGetStage() {
		return stage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStage(Stage newStage) {
		Stage oldStage = stage;
		stage = newStage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.OPPORTUNITY__STAGE, oldStage, stage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Barrier> getAddresses() {
		if (addresses == null) {
			addresses = new EObjectResolvingEList<Barrier>(Barrier.class, this, CjmPackage.OPPORTUNITY__ADDRESSES);
		}
		return addresses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Metric> getMetrics() {
		if (metrics == null) {
			metrics = new EObjectResolvingEList<Metric>(Metric.class, this, CjmPackage.OPPORTUNITY__METRICS);
		}
		return metrics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CjmPackage.OPPORTUNITY__TITLE:
				return getTitle();
			case CjmPackage.OPPORTUNITY__DESCRIPTION:
				return getDescription();
			case CjmPackage.OPPORTUNITY__OWNER:
				return getOwner();
			case CjmPackage.OPPORTUNITY__STATUS:
				return getStatus();
			case CjmPackage.OPPORTUNITY__HYPOTHESIS:
				return getHypothesis();
			case CjmPackage.OPPORTUNITY__STAGE:
				if (resolve) return getStage();
				return basicGetStage();
			case CjmPackage.OPPORTUNITY__ADDRESSES:
				return getAddresses();
			case CjmPackage.OPPORTUNITY__METRICS:
				return getMetrics();
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
			case CjmPackage.OPPORTUNITY__TITLE:
				setTitle((String)newValue);
				return;
			case CjmPackage.OPPORTUNITY__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case CjmPackage.OPPORTUNITY__OWNER:
				setOwner((String)newValue);
				return;
			case CjmPackage.OPPORTUNITY__STATUS:
				setStatus((OpportunityStatus)newValue);
				return;
			case CjmPackage.OPPORTUNITY__HYPOTHESIS:
				setHypothesis((String)newValue);
				return;
			case CjmPackage.OPPORTUNITY__STAGE:
				setStage((Stage)newValue);
				return;
			case CjmPackage.OPPORTUNITY__ADDRESSES:
				getAddresses().clear();
				getAddresses().addAll((Collection<? extends Barrier>)newValue);
				return;
			case CjmPackage.OPPORTUNITY__METRICS:
				getMetrics().clear();
				getMetrics().addAll((Collection<? extends Metric>)newValue);
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
			case CjmPackage.OPPORTUNITY__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case CjmPackage.OPPORTUNITY__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case CjmPackage.OPPORTUNITY__OWNER:
				setOwner(OWNER_EDEFAULT);
				return;
			case CjmPackage.OPPORTUNITY__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case CjmPackage.OPPORTUNITY__HYPOTHESIS:
				setHypothesis(HYPOTHESIS_EDEFAULT);
				return;
			case CjmPackage.OPPORTUNITY__STAGE:
				setStage((Stage)null);
				return;
			case CjmPackage.OPPORTUNITY__ADDRESSES:
				getAddresses().clear();
				return;
			case CjmPackage.OPPORTUNITY__METRICS:
				getMetrics().clear();
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
			case CjmPackage.OPPORTUNITY__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case CjmPackage.OPPORTUNITY__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case CjmPackage.OPPORTUNITY__OWNER:
				return OWNER_EDEFAULT == null ? owner != null : !OWNER_EDEFAULT.equals(owner);
			case CjmPackage.OPPORTUNITY__STATUS:
				return status != STATUS_EDEFAULT;
			case CjmPackage.OPPORTUNITY__HYPOTHESIS:
				return HYPOTHESIS_EDEFAULT == null ? hypothesis != null : !HYPOTHESIS_EDEFAULT.equals(hypothesis);
			case CjmPackage.OPPORTUNITY__STAGE:
				return stage != null;
			case CjmPackage.OPPORTUNITY__ADDRESSES:
				return addresses != null && !addresses.isEmpty();
			case CjmPackage.OPPORTUNITY__METRICS:
				return metrics != null && !metrics.isEmpty();
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
		result.append(" (title: ");
		result.append(title);
		result.append(", description: ");
		result.append(description);
		result.append(", owner: ");
		result.append(owner);
		result.append(", status: ");
		result.append(status);
		result.append(", hypothesis: ");
		result.append(hypothesis);
		result.append(')');
		return result.toString();
	}

} //OpportunityImpl
