/**
 * Copyright (c) the CJM Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cjmstudio.model.impl;

import java.util.Collection;

import org.cjmstudio.model.Barrier;
import org.cjmstudio.model.BarrierKind;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.Evidence;
import org.cjmstudio.model.Severity;
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
 * An implementation of the model object '<em><b>Barrier</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cjmstudio.model.impl.BarrierImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.BarrierImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.BarrierImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.BarrierImpl#getSeverity <em>Severity</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.BarrierImpl#getDropOffRate <em>Drop Off Rate</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.BarrierImpl#getDropOffNote <em>Drop Off Note</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.BarrierImpl#getStep <em>Step</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.BarrierImpl#getTouchpoint <em>Touchpoint</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.BarrierImpl#getEvidence <em>Evidence</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BarrierImpl extends CardImpl implements Barrier {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

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
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final BarrierKind KIND_EDEFAULT = BarrierKind.OTHER;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected BarrierKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeverity() <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeverity()
	 * @generated
	 * @ordered
	 */
	protected static final Severity SEVERITY_EDEFAULT = Severity.MEDIUM;

	/**
	 * The cached value of the '{@link #getSeverity() <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeverity()
	 * @generated
	 * @ordered
	 */
	protected Severity severity = SEVERITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getDropOffRate() <em>Drop Off Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDropOffRate()
	 * @generated
	 * @ordered
	 */
	protected static final Double DROP_OFF_RATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDropOffRate() <em>Drop Off Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDropOffRate()
	 * @generated
	 * @ordered
	 */
	protected Double dropOffRate = DROP_OFF_RATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDropOffNote() <em>Drop Off Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDropOffNote()
	 * @generated
	 * @ordered
	 */
	protected static final String DROP_OFF_NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDropOffNote() <em>Drop Off Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDropOffNote()
	 * @generated
	 * @ordered
	 */
	protected String dropOffNote = DROP_OFF_NOTE_EDEFAULT;

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
	protected BarrierImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CjmPackage.Literals.BARRIER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.BARRIER__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.BARRIER__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BarrierKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(BarrierKind newKind) {
		BarrierKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.BARRIER__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Severity getSeverity() {
		return severity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeverity(Severity newSeverity) {
		Severity oldSeverity = severity;
		severity = newSeverity == null ? SEVERITY_EDEFAULT : newSeverity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.BARRIER__SEVERITY, oldSeverity, severity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getDropOffRate() {
		return dropOffRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDropOffRate(Double newDropOffRate) {
		Double oldDropOffRate = dropOffRate;
		dropOffRate = newDropOffRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.BARRIER__DROP_OFF_RATE, oldDropOffRate, dropOffRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDropOffNote() {
		return dropOffNote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDropOffNote(String newDropOffNote) {
		String oldDropOffNote = dropOffNote;
		dropOffNote = newDropOffNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.BARRIER__DROP_OFF_NOTE, oldDropOffNote, dropOffNote));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CjmPackage.BARRIER__STEP, oldStep, step));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.BARRIER__STEP, oldStep, step));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CjmPackage.BARRIER__TOUCHPOINT, oldTouchpoint, touchpoint));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.BARRIER__TOUCHPOINT, oldTouchpoint, touchpoint));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Evidence> getEvidence() {
		if (evidence == null) {
			evidence = new EObjectResolvingEList<Evidence>(Evidence.class, this, CjmPackage.BARRIER__EVIDENCE);
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
			case CjmPackage.BARRIER__NAME:
				return getName();
			case CjmPackage.BARRIER__DESCRIPTION:
				return getDescription();
			case CjmPackage.BARRIER__KIND:
				return getKind();
			case CjmPackage.BARRIER__SEVERITY:
				return getSeverity();
			case CjmPackage.BARRIER__DROP_OFF_RATE:
				return getDropOffRate();
			case CjmPackage.BARRIER__DROP_OFF_NOTE:
				return getDropOffNote();
			case CjmPackage.BARRIER__STEP:
				if (resolve) return getStep();
				return basicGetStep();
			case CjmPackage.BARRIER__TOUCHPOINT:
				if (resolve) return getTouchpoint();
				return basicGetTouchpoint();
			case CjmPackage.BARRIER__EVIDENCE:
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
			case CjmPackage.BARRIER__NAME:
				setName((String)newValue);
				return;
			case CjmPackage.BARRIER__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case CjmPackage.BARRIER__KIND:
				setKind((BarrierKind)newValue);
				return;
			case CjmPackage.BARRIER__SEVERITY:
				setSeverity((Severity)newValue);
				return;
			case CjmPackage.BARRIER__DROP_OFF_RATE:
				setDropOffRate((Double)newValue);
				return;
			case CjmPackage.BARRIER__DROP_OFF_NOTE:
				setDropOffNote((String)newValue);
				return;
			case CjmPackage.BARRIER__STEP:
				setStep((Step)newValue);
				return;
			case CjmPackage.BARRIER__TOUCHPOINT:
				setTouchpoint((Touchpoint)newValue);
				return;
			case CjmPackage.BARRIER__EVIDENCE:
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
			case CjmPackage.BARRIER__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CjmPackage.BARRIER__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case CjmPackage.BARRIER__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case CjmPackage.BARRIER__SEVERITY:
				setSeverity(SEVERITY_EDEFAULT);
				return;
			case CjmPackage.BARRIER__DROP_OFF_RATE:
				setDropOffRate(DROP_OFF_RATE_EDEFAULT);
				return;
			case CjmPackage.BARRIER__DROP_OFF_NOTE:
				setDropOffNote(DROP_OFF_NOTE_EDEFAULT);
				return;
			case CjmPackage.BARRIER__STEP:
				setStep((Step)null);
				return;
			case CjmPackage.BARRIER__TOUCHPOINT:
				setTouchpoint((Touchpoint)null);
				return;
			case CjmPackage.BARRIER__EVIDENCE:
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
			case CjmPackage.BARRIER__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CjmPackage.BARRIER__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case CjmPackage.BARRIER__KIND:
				return kind != KIND_EDEFAULT;
			case CjmPackage.BARRIER__SEVERITY:
				return severity != SEVERITY_EDEFAULT;
			case CjmPackage.BARRIER__DROP_OFF_RATE:
				return DROP_OFF_RATE_EDEFAULT == null ? dropOffRate != null : !DROP_OFF_RATE_EDEFAULT.equals(dropOffRate);
			case CjmPackage.BARRIER__DROP_OFF_NOTE:
				return DROP_OFF_NOTE_EDEFAULT == null ? dropOffNote != null : !DROP_OFF_NOTE_EDEFAULT.equals(dropOffNote);
			case CjmPackage.BARRIER__STEP:
				return step != null;
			case CjmPackage.BARRIER__TOUCHPOINT:
				return touchpoint != null;
			case CjmPackage.BARRIER__EVIDENCE:
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
		result.append(" (name: ");
		result.append(name);
		result.append(", description: ");
		result.append(description);
		result.append(", kind: ");
		result.append(kind);
		result.append(", severity: ");
		result.append(severity);
		result.append(", dropOffRate: ");
		result.append(dropOffRate);
		result.append(", dropOffNote: ");
		result.append(dropOffNote);
		result.append(')');
		return result.toString();
	}

} //BarrierImpl
