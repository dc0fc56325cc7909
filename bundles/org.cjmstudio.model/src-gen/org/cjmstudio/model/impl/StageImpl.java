/**
 * Copyright (c) the CJM Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cjmstudio.model.impl;

import java.util.Collection;

import org.cjmstudio.model.Barrier;
import org.cjmstudio.model.Card;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.Emotion;
import org.cjmstudio.model.Phase;
import org.cjmstudio.model.Stage;
import org.cjmstudio.model.StageKind;
import org.cjmstudio.model.Step;
import org.cjmstudio.model.Touchpoint;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Stage</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cjmstudio.model.impl.StageImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.StageImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.StageImpl#getPhase <em>Phase</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.StageImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.StageImpl#getSteps <em>Steps</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.StageImpl#getTouchpoints <em>Touchpoints</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.StageImpl#getEmotions <em>Emotions</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.StageImpl#getBarriers <em>Barriers</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.StageImpl#getLaneCards <em>Lane Cards</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StageImpl extends CjmElementImpl implements Stage {
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
	 * The default value of the '{@link #getPhase() <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhase()
	 * @generated
	 * @ordered
	 */
	protected static final Phase PHASE_EDEFAULT = Phase.BEFORE_PURCHASE;

	/**
	 * The cached value of the '{@link #getPhase() <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhase()
	 * @generated
	 * @ordered
	 */
	protected Phase phase = PHASE_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final StageKind KIND_EDEFAULT = StageKind.CUSTOM;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected StageKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSteps() <em>Steps</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSteps()
	 * @generated
	 * @ordered
	 */
	protected EList<Step> steps;

	/**
	 * The cached value of the '{@link #getTouchpoints() <em>Touchpoints</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTouchpoints()
	 * @generated
	 * @ordered
	 */
	protected EList<Touchpoint> touchpoints;

	/**
	 * The cached value of the '{@link #getEmotions() <em>Emotions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmotions()
	 * @generated
	 * @ordered
	 */
	protected EList<Emotion> emotions;

	/**
	 * The cached value of the '{@link #getBarriers() <em>Barriers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBarriers()
	 * @generated
	 * @ordered
	 */
	protected EList<Barrier> barriers;

	/**
	 * The cached value of the '{@link #getLaneCards() <em>Lane Cards</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLaneCards()
	 * @generated
	 * @ordered
	 */
	protected EList<Card> laneCards;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StageImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CjmPackage.Literals.STAGE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.STAGE__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.STAGE__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Phase getPhase() {
		return phase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPhase(Phase newPhase) {
		Phase oldPhase = phase;
		phase = newPhase == null ? PHASE_EDEFAULT : newPhase;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.STAGE__PHASE, oldPhase, phase));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StageKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(StageKind newKind) {
		StageKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.STAGE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Step> getSteps() {
		if (steps == null) {
			steps = new EObjectContainmentEList<Step>(Step.class, this, CjmPackage.STAGE__STEPS);
		}
		return steps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Touchpoint> getTouchpoints() {
		if (touchpoints == null) {
			touchpoints = new EObjectContainmentEList<Touchpoint>(Touchpoint.class, this, CjmPackage.STAGE__TOUCHPOINTS);
		}
		return touchpoints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Emotion> getEmotions() {
		if (emotions == null) {
			emotions = new EObjectContainmentEList<Emotion>(Emotion.class, this, CjmPackage.STAGE__EMOTIONS);
		}
		return emotions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Barrier> getBarriers() {
		if (barriers == null) {
			barriers = new EObjectContainmentEList<Barrier>(Barrier.class, this, CjmPackage.STAGE__BARRIERS);
		}
		return barriers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Card> getLaneCards() {
		if (laneCards == null) {
			laneCards = new EObjectContainmentEList<Card>(Card.class, this, CjmPackage.STAGE__LANE_CARDS);
		}
		return laneCards;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CjmPackage.STAGE__STEPS:
				return ((InternalEList<?>)getSteps()).basicRemove(otherEnd, msgs);
			case CjmPackage.STAGE__TOUCHPOINTS:
				return ((InternalEList<?>)getTouchpoints()).basicRemove(otherEnd, msgs);
			case CjmPackage.STAGE__EMOTIONS:
				return ((InternalEList<?>)getEmotions()).basicRemove(otherEnd, msgs);
			case CjmPackage.STAGE__BARRIERS:
				return ((InternalEList<?>)getBarriers()).basicRemove(otherEnd, msgs);
			case CjmPackage.STAGE__LANE_CARDS:
				return ((InternalEList<?>)getLaneCards()).basicRemove(otherEnd, msgs);
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
			case CjmPackage.STAGE__NAME:
				return getName();
			case CjmPackage.STAGE__DESCRIPTION:
				return getDescription();
			case CjmPackage.STAGE__PHASE:
				return getPhase();
			case CjmPackage.STAGE__KIND:
				return getKind();
			case CjmPackage.STAGE__STEPS:
				return getSteps();
			case CjmPackage.STAGE__TOUCHPOINTS:
				return getTouchpoints();
			case CjmPackage.STAGE__EMOTIONS:
				return getEmotions();
			case CjmPackage.STAGE__BARRIERS:
				return getBarriers();
			case CjmPackage.STAGE__LANE_CARDS:
				return getLaneCards();
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
			case CjmPackage.STAGE__NAME:
				setName((String)newValue);
				return;
			case CjmPackage.STAGE__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case CjmPackage.STAGE__PHASE:
				setPhase((Phase)newValue);
				return;
			case CjmPackage.STAGE__KIND:
				setKind((StageKind)newValue);
				return;
			case CjmPackage.STAGE__STEPS:
				getSteps().clear();
				getSteps().addAll((Collection<? extends Step>)newValue);
				return;
			case CjmPackage.STAGE__TOUCHPOINTS:
				getTouchpoints().clear();
				getTouchpoints().addAll((Collection<? extends Touchpoint>)newValue);
				return;
			case CjmPackage.STAGE__EMOTIONS:
				getEmotions().clear();
				getEmotions().addAll((Collection<? extends Emotion>)newValue);
				return;
			case CjmPackage.STAGE__BARRIERS:
				getBarriers().clear();
				getBarriers().addAll((Collection<? extends Barrier>)newValue);
				return;
			case CjmPackage.STAGE__LANE_CARDS:
				getLaneCards().clear();
				getLaneCards().addAll((Collection<? extends Card>)newValue);
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
			case CjmPackage.STAGE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CjmPackage.STAGE__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case CjmPackage.STAGE__PHASE:
				setPhase(PHASE_EDEFAULT);
				return;
			case CjmPackage.STAGE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case CjmPackage.STAGE__STEPS:
				getSteps().clear();
				return;
			case CjmPackage.STAGE__TOUCHPOINTS:
				getTouchpoints().clear();
				return;
			case CjmPackage.STAGE__EMOTIONS:
				getEmotions().clear();
				return;
			case CjmPackage.STAGE__BARRIERS:
				getBarriers().clear();
				return;
			case CjmPackage.STAGE__LANE_CARDS:
				getLaneCards().clear();
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
			case CjmPackage.STAGE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CjmPackage.STAGE__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case CjmPackage.STAGE__PHASE:
				return phase != PHASE_EDEFAULT;
			case CjmPackage.STAGE__KIND:
				return kind != KIND_EDEFAULT;
			case CjmPackage.STAGE__STEPS:
				return steps != null && !steps.isEmpty();
			case CjmPackage.STAGE__TOUCHPOINTS:
				return touchpoints != null && !touchpoints.isEmpty();
			case CjmPackage.STAGE__EMOTIONS:
				return emotions != null && !emotions.isEmpty();
			case CjmPackage.STAGE__BARRIERS:
				return barriers != null && !barriers.isEmpty();
			case CjmPackage.STAGE__LANE_CARDS:
				return laneCards != null && !laneCards.isEmpty();
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
		result.append(", phase: ");
		result.append(phase);
		result.append(", kind: ");
		result.append(kind);
		result.append(')');
		return result.toString();
	}

} //StageImpl
