/**
 * Copyright (c) the CJM Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cjmstudio.model.impl;

import java.util.Collection;

import org.cjmstudio.model.Channel;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.Compliance;
import org.cjmstudio.model.Persona;
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
 * An implementation of the model object '<em><b>Touchpoint</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cjmstudio.model.impl.TouchpointImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.TouchpointImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.TouchpointImpl#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.TouchpointImpl#isOnline <em>Online</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.TouchpointImpl#getDepartment <em>Department</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.TouchpointImpl#getServes <em>Serves</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.TouchpointImpl#getCompliance <em>Compliance</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.TouchpointImpl#isDeviation <em>Deviation</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.TouchpointImpl#getObservedBy <em>Observed By</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TouchpointImpl extends CardImpl implements Touchpoint {
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
	 * The cached value of the '{@link #getChannel() <em>Channel</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannel()
	 * @generated
	 * @ordered
	 */
	protected Channel channel;

	/**
	 * The default value of the '{@link #isOnline() <em>Online</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOnline()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ONLINE_EDEFAULT = false;

	/**
	 * The default value of the '{@link #getDepartment() <em>Department</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDepartment()
	 * @generated
	 * @ordered
	 */
	protected static final String DEPARTMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDepartment() <em>Department</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDepartment()
	 * @generated
	 * @ordered
	 */
	protected String department = DEPARTMENT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getServes() <em>Serves</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServes()
	 * @generated
	 * @ordered
	 */
	protected EList<Step> serves;

	/**
	 * The default value of the '{@link #getCompliance() <em>Compliance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompliance()
	 * @generated
	 * @ordered
	 */
	protected static final Compliance COMPLIANCE_EDEFAULT = Compliance.PLANNED;

	/**
	 * The cached value of the '{@link #getCompliance() <em>Compliance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompliance()
	 * @generated
	 * @ordered
	 */
	protected Compliance compliance = COMPLIANCE_EDEFAULT;

	/**
	 * The default value of the '{@link #isDeviation() <em>Deviation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDeviation()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DEVIATION_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDeviation() <em>Deviation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDeviation()
	 * @generated
	 * @ordered
	 */
	protected boolean deviation = DEVIATION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getObservedBy() <em>Observed By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObservedBy()
	 * @generated
	 * @ordered
	 */
	protected Persona observedBy;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TouchpointImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CjmPackage.Literals.TOUCHPOINT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.TOUCHPOINT__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.TOUCHPOINT__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Channel getChannel() {
		if (channel != null && channel.eIsProxy()) {
			InternalEObject oldChannel = (InternalEObject)channel;
			channel = (Channel)eResolveProxy(oldChannel);
			if (channel != oldChannel) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CjmPackage.TOUCHPOINT__CHANNEL, oldChannel, channel));
			}
		}
		return channel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Channel basicGetChannel() {
		return channel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChannel(Channel newChannel) {
		Channel oldChannel = channel;
		channel = newChannel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.TOUCHPOINT__CHANNEL, oldChannel, channel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isOnline() {
		Channel theChannel = getChannel();
		return theChannel != null && theChannel.isOnline();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDepartment() {
		return department;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDepartment(String newDepartment) {
		String oldDepartment = department;
		department = newDepartment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.TOUCHPOINT__DEPARTMENT, oldDepartment, department));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Step> getServes() {
		if (serves == null) {
			serves = new EObjectResolvingEList<Step>(Step.class, this, CjmPackage.TOUCHPOINT__SERVES);
		}
		return serves;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Compliance getCompliance() {
		return compliance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCompliance(Compliance newCompliance) {
		Compliance oldCompliance = compliance;
		compliance = newCompliance == null ? COMPLIANCE_EDEFAULT : newCompliance;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.TOUCHPOINT__COMPLIANCE, oldCompliance, compliance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDeviation() {
		return deviation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeviation(boolean newDeviation) {
		boolean oldDeviation = deviation;
		deviation = newDeviation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.TOUCHPOINT__DEVIATION, oldDeviation, deviation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Persona getObservedBy() {
		if (observedBy != null && observedBy.eIsProxy()) {
			InternalEObject oldObservedBy = (InternalEObject)observedBy;
			observedBy = (Persona)eResolveProxy(oldObservedBy);
			if (observedBy != oldObservedBy) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CjmPackage.TOUCHPOINT__OBSERVED_BY, oldObservedBy, observedBy));
			}
		}
		return observedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Persona basicGetObservedBy() {
		return observedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setObservedBy(Persona newObservedBy) {
		Persona oldObservedBy = observedBy;
		observedBy = newObservedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.TOUCHPOINT__OBSERVED_BY, oldObservedBy, observedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CjmPackage.TOUCHPOINT__NAME:
				return getName();
			case CjmPackage.TOUCHPOINT__DESCRIPTION:
				return getDescription();
			case CjmPackage.TOUCHPOINT__CHANNEL:
				if (resolve) return getChannel();
				return basicGetChannel();
			case CjmPackage.TOUCHPOINT__ONLINE:
				return isOnline();
			case CjmPackage.TOUCHPOINT__DEPARTMENT:
				return getDepartment();
			case CjmPackage.TOUCHPOINT__SERVES:
				return getServes();
			case CjmPackage.TOUCHPOINT__COMPLIANCE:
				return getCompliance();
			case CjmPackage.TOUCHPOINT__DEVIATION:
				return isDeviation();
			case CjmPackage.TOUCHPOINT__OBSERVED_BY:
				if (resolve) return getObservedBy();
				return basicGetObservedBy();
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
			case CjmPackage.TOUCHPOINT__NAME:
				setName((String)newValue);
				return;
			case CjmPackage.TOUCHPOINT__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case CjmPackage.TOUCHPOINT__CHANNEL:
				setChannel((Channel)newValue);
				return;
			case CjmPackage.TOUCHPOINT__DEPARTMENT:
				setDepartment((String)newValue);
				return;
			case CjmPackage.TOUCHPOINT__SERVES:
				getServes().clear();
				getServes().addAll((Collection<? extends Step>)newValue);
				return;
			case CjmPackage.TOUCHPOINT__COMPLIANCE:
				setCompliance((Compliance)newValue);
				return;
			case CjmPackage.TOUCHPOINT__DEVIATION:
				setDeviation((Boolean)newValue);
				return;
			case CjmPackage.TOUCHPOINT__OBSERVED_BY:
				setObservedBy((Persona)newValue);
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
			case CjmPackage.TOUCHPOINT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CjmPackage.TOUCHPOINT__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case CjmPackage.TOUCHPOINT__CHANNEL:
				setChannel((Channel)null);
				return;
			case CjmPackage.TOUCHPOINT__DEPARTMENT:
				setDepartment(DEPARTMENT_EDEFAULT);
				return;
			case CjmPackage.TOUCHPOINT__SERVES:
				getServes().clear();
				return;
			case CjmPackage.TOUCHPOINT__COMPLIANCE:
				setCompliance(COMPLIANCE_EDEFAULT);
				return;
			case CjmPackage.TOUCHPOINT__DEVIATION:
				setDeviation(DEVIATION_EDEFAULT);
				return;
			case CjmPackage.TOUCHPOINT__OBSERVED_BY:
				setObservedBy((Persona)null);
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
			case CjmPackage.TOUCHPOINT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CjmPackage.TOUCHPOINT__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case CjmPackage.TOUCHPOINT__CHANNEL:
				return channel != null;
			case CjmPackage.TOUCHPOINT__ONLINE:
				return isOnline() != ONLINE_EDEFAULT;
			case CjmPackage.TOUCHPOINT__DEPARTMENT:
				return DEPARTMENT_EDEFAULT == null ? department != null : !DEPARTMENT_EDEFAULT.equals(department);
			case CjmPackage.TOUCHPOINT__SERVES:
				return serves != null && !serves.isEmpty();
			case CjmPackage.TOUCHPOINT__COMPLIANCE:
				return compliance != COMPLIANCE_EDEFAULT;
			case CjmPackage.TOUCHPOINT__DEVIATION:
				return deviation != DEVIATION_EDEFAULT;
			case CjmPackage.TOUCHPOINT__OBSERVED_BY:
				return observedBy != null;
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
		result.append(", department: ");
		result.append(department);
		result.append(", compliance: ");
		result.append(compliance);
		result.append(", deviation: ");
		result.append(deviation);
		result.append(')');
		return result.toString();
	}

} //TouchpointImpl
