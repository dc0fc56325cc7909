/**
 * Copyright (c) the CJM Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cjmstudio.model.impl;

import java.util.Collection;

import org.cjmstudio.model.BuyingCommitteeRole;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.CompanyProfile;
import org.cjmstudio.model.DecisionMaking;
import org.cjmstudio.model.Demographics;
import org.cjmstudio.model.Evidence;
import org.cjmstudio.model.Lifestyle;
import org.cjmstudio.model.Persona;
import org.cjmstudio.model.PersonaKind;
import org.cjmstudio.model.PsychologicalProfile;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Persona</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cjmstudio.model.impl.PersonaImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.PersonaImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.PersonaImpl#getPhoto <em>Photo</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.PersonaImpl#getQuote <em>Quote</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.PersonaImpl#getSegment <em>Segment</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.PersonaImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.PersonaImpl#getGoals <em>Goals</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.PersonaImpl#getNeeds <em>Needs</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.PersonaImpl#getPains <em>Pains</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.PersonaImpl#getFears <em>Fears</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.PersonaImpl#getValues <em>Values</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.PersonaImpl#getMotivations <em>Motivations</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.PersonaImpl#getDemographics <em>Demographics</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.PersonaImpl#getLifestyle <em>Lifestyle</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.PersonaImpl#getDecisionMaking <em>Decision Making</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.PersonaImpl#getPsychology <em>Psychology</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.PersonaImpl#getCompany <em>Company</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.PersonaImpl#getBuyingCommittee <em>Buying Committee</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.PersonaImpl#getEvidence <em>Evidence</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PersonaImpl extends CjmElementImpl implements Persona {
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
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final PersonaKind KIND_EDEFAULT = PersonaKind.B2C;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected PersonaKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getPhoto() <em>Photo</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhoto()
	 * @generated
	 * @ordered
	 */
	protected static final String PHOTO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPhoto() <em>Photo</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhoto()
	 * @generated
	 * @ordered
	 */
	protected String photo = PHOTO_EDEFAULT;

	/**
	 * The default value of the '{@link #getQuote() <em>Quote</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuote()
	 * @generated
	 * @ordered
	 */
	protected static final String QUOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getQuote() <em>Quote</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuote()
	 * @generated
	 * @ordered
	 */
	protected String quote = QUOTE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSegment() <em>Segment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSegment()
	 * @generated
	 * @ordered
	 */
	protected static final String SEGMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSegment() <em>Segment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSegment()
	 * @generated
	 * @ordered
	 */
	protected String segment = SEGMENT_EDEFAULT;

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
	 * The cached value of the '{@link #getGoals() <em>Goals</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoals()
	 * @generated
	 * @ordered
	 */
	protected EList<String> goals;

	/**
	 * The cached value of the '{@link #getNeeds() <em>Needs</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNeeds()
	 * @generated
	 * @ordered
	 */
	protected EList<String> needs;

	/**
	 * The cached value of the '{@link #getPains() <em>Pains</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPains()
	 * @generated
	 * @ordered
	 */
	protected EList<String> pains;

	/**
	 * The cached value of the '{@link #getFears() <em>Fears</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFears()
	 * @generated
	 * @ordered
	 */
	protected EList<String> fears;

	/**
	 * The cached value of the '{@link #getValues() <em>Values</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValues()
	 * @generated
	 * @ordered
	 */
	protected EList<String> values;

	/**
	 * The cached value of the '{@link #getMotivations() <em>Motivations</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMotivations()
	 * @generated
	 * @ordered
	 */
	protected EList<String> motivations;

	/**
	 * The cached value of the '{@link #getDemographics() <em>Demographics</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDemographics()
	 * @generated
	 * @ordered
	 */
	protected Demographics demographics;

	/**
	 * The cached value of the '{@link #getLifestyle() <em>Lifestyle</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLifestyle()
	 * @generated
	 * @ordered
	 */
	protected Lifestyle lifestyle;

	/**
	 * The cached value of the '{@link #getDecisionMaking() <em>Decision Making</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecisionMaking()
	 * @generated
	 * @ordered
	 */
	protected DecisionMaking decisionMaking;

	/**
	 * The cached value of the '{@link #getPsychology() <em>Psychology</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPsychology()
	 * @generated
	 * @ordered
	 */
	protected PsychologicalProfile psychology;

	/**
	 * The cached value of the '{@link #getCompany() <em>Company</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompany()
	 * @generated
	 * @ordered
	 */
	protected CompanyProfile company;

	/**
	 * The cached value of the '{@link #getBuyingCommittee() <em>Buying Committee</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBuyingCommittee()
	 * @generated
	 * @ordered
	 */
	protected EList<BuyingCommitteeRole> buyingCommittee;

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
	protected PersonaImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CjmPackage.Literals.PERSONA;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.PERSONA__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PersonaKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(PersonaKind newKind) {
		PersonaKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.PERSONA__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPhoto() {
		return photo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPhoto(String newPhoto) {
		String oldPhoto = photo;
		photo = newPhoto;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.PERSONA__PHOTO, oldPhoto, photo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getQuote() {
		return quote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuote(String newQuote) {
		String oldQuote = quote;
		quote = newQuote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.PERSONA__QUOTE, oldQuote, quote));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSegment() {
		return segment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSegment(String newSegment) {
		String oldSegment = segment;
		segment = newSegment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.PERSONA__SEGMENT, oldSegment, segment));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.PERSONA__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getGoals() {
		if (goals == null) {
			goals = new EDataTypeEList<String>(String.class, this, CjmPackage.PERSONA__GOALS);
		}
		return goals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getNeeds() {
		if (needs == null) {
			needs = new EDataTypeEList<String>(String.class, this, CjmPackage.PERSONA__NEEDS);
		}
		return needs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getPains() {
		if (pains == null) {
			pains = new EDataTypeEList<String>(String.class, this, CjmPackage.PERSONA__PAINS);
		}
		return pains;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getFears() {
		if (fears == null) {
			fears = new EDataTypeEList<String>(String.class, this, CjmPackage.PERSONA__FEARS);
		}
		return fears;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getValues() {
		if (values == null) {
			values = new EDataTypeEList<String>(String.class, this, CjmPackage.PERSONA__VALUES);
		}
		return values;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getMotivations() {
		if (motivations == null) {
			motivations = new EDataTypeEList<String>(String.class, this, CjmPackage.PERSONA__MOTIVATIONS);
		}
		return motivations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Demographics getDemographics() {
		return demographics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDemographics(Demographics newDemographics, NotificationChain msgs) {
		Demographics oldDemographics = demographics;
		demographics = newDemographics;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CjmPackage.PERSONA__DEMOGRAPHICS, oldDemographics, newDemographics);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDemographics(Demographics newDemographics) {
		if (newDemographics != demographics) {
			NotificationChain msgs = null;
			if (demographics != null)
				msgs = ((InternalEObject)demographics).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CjmPackage.PERSONA__DEMOGRAPHICS, null, msgs);
			if (newDemographics != null)
				msgs = ((InternalEObject)newDemographics).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CjmPackage.PERSONA__DEMOGRAPHICS, null, msgs);
			msgs = basicSetDemographics(newDemographics, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.PERSONA__DEMOGRAPHICS, newDemographics, newDemographics));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Lifestyle getLifestyle() {
		return lifestyle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLifestyle(Lifestyle newLifestyle, NotificationChain msgs) {
		Lifestyle oldLifestyle = lifestyle;
		lifestyle = newLifestyle;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CjmPackage.PERSONA__LIFESTYLE, oldLifestyle, newLifestyle);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLifestyle(Lifestyle newLifestyle) {
		if (newLifestyle != lifestyle) {
			NotificationChain msgs = null;
			if (lifestyle != null)
				msgs = ((InternalEObject)lifestyle).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CjmPackage.PERSONA__LIFESTYLE, null, msgs);
			if (newLifestyle != null)
				msgs = ((InternalEObject)newLifestyle).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CjmPackage.PERSONA__LIFESTYLE, null, msgs);
			msgs = basicSetLifestyle(newLifestyle, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.PERSONA__LIFESTYLE, newLifestyle, newLifestyle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DecisionMaking getDecisionMaking() {
		return decisionMaking;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDecisionMaking(DecisionMaking newDecisionMaking, NotificationChain msgs) {
		DecisionMaking oldDecisionMaking = decisionMaking;
		decisionMaking = newDecisionMaking;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CjmPackage.PERSONA__DECISION_MAKING, oldDecisionMaking, newDecisionMaking);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecisionMaking(DecisionMaking newDecisionMaking) {
		if (newDecisionMaking != decisionMaking) {
			NotificationChain msgs = null;
			if (decisionMaking != null)
				msgs = ((InternalEObject)decisionMaking).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CjmPackage.PERSONA__DECISION_MAKING, null, msgs);
			if (newDecisionMaking != null)
				msgs = ((InternalEObject)newDecisionMaking).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CjmPackage.PERSONA__DECISION_MAKING, null, msgs);
			msgs = basicSetDecisionMaking(newDecisionMaking, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.PERSONA__DECISION_MAKING, newDecisionMaking, newDecisionMaking));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PsychologicalProfile getPsychology() {
		return psychology;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPsychology(PsychologicalProfile newPsychology, NotificationChain msgs) {
		PsychologicalProfile oldPsychology = psychology;
		psychology = newPsychology;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CjmPackage.PERSONA__PSYCHOLOGY, oldPsychology, newPsychology);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPsychology(PsychologicalProfile newPsychology) {
		if (newPsychology != psychology) {
			NotificationChain msgs = null;
			if (psychology != null)
				msgs = ((InternalEObject)psychology).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CjmPackage.PERSONA__PSYCHOLOGY, null, msgs);
			if (newPsychology != null)
				msgs = ((InternalEObject)newPsychology).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CjmPackage.PERSONA__PSYCHOLOGY, null, msgs);
			msgs = basicSetPsychology(newPsychology, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.PERSONA__PSYCHOLOGY, newPsychology, newPsychology));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CompanyProfile getCompany() {
		return company;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCompany(CompanyProfile newCompany, NotificationChain msgs) {
		CompanyProfile oldCompany = company;
		company = newCompany;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CjmPackage.PERSONA__COMPANY, oldCompany, newCompany);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCompany(CompanyProfile newCompany) {
		if (newCompany != company) {
			NotificationChain msgs = null;
			if (company != null)
				msgs = ((InternalEObject)company).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CjmPackage.PERSONA__COMPANY, null, msgs);
			if (newCompany != null)
				msgs = ((InternalEObject)newCompany).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CjmPackage.PERSONA__COMPANY, null, msgs);
			msgs = basicSetCompany(newCompany, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.PERSONA__COMPANY, newCompany, newCompany));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BuyingCommitteeRole> getBuyingCommittee() {
		if (buyingCommittee == null) {
			buyingCommittee = new EObjectContainmentEList<BuyingCommitteeRole>(BuyingCommitteeRole.class, this, CjmPackage.PERSONA__BUYING_COMMITTEE);
		}
		return buyingCommittee;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Evidence> getEvidence() {
		if (evidence == null) {
			evidence = new EObjectResolvingEList<Evidence>(Evidence.class, this, CjmPackage.PERSONA__EVIDENCE);
		}
		return evidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CjmPackage.PERSONA__DEMOGRAPHICS:
				return basicSetDemographics(null, msgs);
			case CjmPackage.PERSONA__LIFESTYLE:
				return basicSetLifestyle(null, msgs);
			case CjmPackage.PERSONA__DECISION_MAKING:
				return basicSetDecisionMaking(null, msgs);
			case CjmPackage.PERSONA__PSYCHOLOGY:
				return basicSetPsychology(null, msgs);
			case CjmPackage.PERSONA__COMPANY:
				return basicSetCompany(null, msgs);
			case CjmPackage.PERSONA__BUYING_COMMITTEE:
				return ((InternalEList<?>)getBuyingCommittee()).basicRemove(otherEnd, msgs);
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
			case CjmPackage.PERSONA__NAME:
				return getName();
			case CjmPackage.PERSONA__KIND:
				return getKind();
			case CjmPackage.PERSONA__PHOTO:
				return getPhoto();
			case CjmPackage.PERSONA__QUOTE:
				return getQuote();
			case CjmPackage.PERSONA__SEGMENT:
				return getSegment();
			case CjmPackage.PERSONA__DESCRIPTION:
				return getDescription();
			case CjmPackage.PERSONA__GOALS:
				return getGoals();
			case CjmPackage.PERSONA__NEEDS:
				return getNeeds();
			case CjmPackage.PERSONA__PAINS:
				return getPains();
			case CjmPackage.PERSONA__FEARS:
				return getFears();
			case CjmPackage.PERSONA__VALUES:
				return getValues();
			case CjmPackage.PERSONA__MOTIVATIONS:
				return getMotivations();
			case CjmPackage.PERSONA__DEMOGRAPHICS:
				return getDemographics();
			case CjmPackage.PERSONA__LIFESTYLE:
				return getLifestyle();
			case CjmPackage.PERSONA__DECISION_MAKING:
				return getDecisionMaking();
			case CjmPackage.PERSONA__PSYCHOLOGY:
				return getPsychology();
			case CjmPackage.PERSONA__COMPANY:
				return getCompany();
			case CjmPackage.PERSONA__BUYING_COMMITTEE:
				return getBuyingCommittee();
			case CjmPackage.PERSONA__EVIDENCE:
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
			case CjmPackage.PERSONA__NAME:
				setName((String)newValue);
				return;
			case CjmPackage.PERSONA__KIND:
				setKind((PersonaKind)newValue);
				return;
			case CjmPackage.PERSONA__PHOTO:
				setPhoto((String)newValue);
				return;
			case CjmPackage.PERSONA__QUOTE:
				setQuote((String)newValue);
				return;
			case CjmPackage.PERSONA__SEGMENT:
				setSegment((String)newValue);
				return;
			case CjmPackage.PERSONA__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case CjmPackage.PERSONA__GOALS:
				getGoals().clear();
				getGoals().addAll((Collection<? extends String>)newValue);
				return;
			case CjmPackage.PERSONA__NEEDS:
				getNeeds().clear();
				getNeeds().addAll((Collection<? extends String>)newValue);
				return;
			case CjmPackage.PERSONA__PAINS:
				getPains().clear();
				getPains().addAll((Collection<? extends String>)newValue);
				return;
			case CjmPackage.PERSONA__FEARS:
				getFears().clear();
				getFears().addAll((Collection<? extends String>)newValue);
				return;
			case CjmPackage.PERSONA__VALUES:
				getValues().clear();
				getValues().addAll((Collection<? extends String>)newValue);
				return;
			case CjmPackage.PERSONA__MOTIVATIONS:
				getMotivations().clear();
				getMotivations().addAll((Collection<? extends String>)newValue);
				return;
			case CjmPackage.PERSONA__DEMOGRAPHICS:
				setDemographics((Demographics)newValue);
				return;
			case CjmPackage.PERSONA__LIFESTYLE:
				setLifestyle((Lifestyle)newValue);
				return;
			case CjmPackage.PERSONA__DECISION_MAKING:
				setDecisionMaking((DecisionMaking)newValue);
				return;
			case CjmPackage.PERSONA__PSYCHOLOGY:
				setPsychology((PsychologicalProfile)newValue);
				return;
			case CjmPackage.PERSONA__COMPANY:
				setCompany((CompanyProfile)newValue);
				return;
			case CjmPackage.PERSONA__BUYING_COMMITTEE:
				getBuyingCommittee().clear();
				getBuyingCommittee().addAll((Collection<? extends BuyingCommitteeRole>)newValue);
				return;
			case CjmPackage.PERSONA__EVIDENCE:
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
			case CjmPackage.PERSONA__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CjmPackage.PERSONA__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case CjmPackage.PERSONA__PHOTO:
				setPhoto(PHOTO_EDEFAULT);
				return;
			case CjmPackage.PERSONA__QUOTE:
				setQuote(QUOTE_EDEFAULT);
				return;
			case CjmPackage.PERSONA__SEGMENT:
				setSegment(SEGMENT_EDEFAULT);
				return;
			case CjmPackage.PERSONA__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case CjmPackage.PERSONA__GOALS:
				getGoals().clear();
				return;
			case CjmPackage.PERSONA__NEEDS:
				getNeeds().clear();
				return;
			case CjmPackage.PERSONA__PAINS:
				getPains().clear();
				return;
			case CjmPackage.PERSONA__FEARS:
				getFears().clear();
				return;
			case CjmPackage.PERSONA__VALUES:
				getValues().clear();
				return;
			case CjmPackage.PERSONA__MOTIVATIONS:
				getMotivations().clear();
				return;
			case CjmPackage.PERSONA__DEMOGRAPHICS:
				setDemographics((Demographics)null);
				return;
			case CjmPackage.PERSONA__LIFESTYLE:
				setLifestyle((Lifestyle)null);
				return;
			case CjmPackage.PERSONA__DECISION_MAKING:
				setDecisionMaking((DecisionMaking)null);
				return;
			case CjmPackage.PERSONA__PSYCHOLOGY:
				setPsychology((PsychologicalProfile)null);
				return;
			case CjmPackage.PERSONA__COMPANY:
				setCompany((CompanyProfile)null);
				return;
			case CjmPackage.PERSONA__BUYING_COMMITTEE:
				getBuyingCommittee().clear();
				return;
			case CjmPackage.PERSONA__EVIDENCE:
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
			case CjmPackage.PERSONA__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CjmPackage.PERSONA__KIND:
				return kind != KIND_EDEFAULT;
			case CjmPackage.PERSONA__PHOTO:
				return PHOTO_EDEFAULT == null ? photo != null : !PHOTO_EDEFAULT.equals(photo);
			case CjmPackage.PERSONA__QUOTE:
				return QUOTE_EDEFAULT == null ? quote != null : !QUOTE_EDEFAULT.equals(quote);
			case CjmPackage.PERSONA__SEGMENT:
				return SEGMENT_EDEFAULT == null ? segment != null : !SEGMENT_EDEFAULT.equals(segment);
			case CjmPackage.PERSONA__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case CjmPackage.PERSONA__GOALS:
				return goals != null && !goals.isEmpty();
			case CjmPackage.PERSONA__NEEDS:
				return needs != null && !needs.isEmpty();
			case CjmPackage.PERSONA__PAINS:
				return pains != null && !pains.isEmpty();
			case CjmPackage.PERSONA__FEARS:
				return fears != null && !fears.isEmpty();
			case CjmPackage.PERSONA__VALUES:
				return values != null && !values.isEmpty();
			case CjmPackage.PERSONA__MOTIVATIONS:
				return motivations != null && !motivations.isEmpty();
			case CjmPackage.PERSONA__DEMOGRAPHICS:
				return demographics != null;
			case CjmPackage.PERSONA__LIFESTYLE:
				return lifestyle != null;
			case CjmPackage.PERSONA__DECISION_MAKING:
				return decisionMaking != null;
			case CjmPackage.PERSONA__PSYCHOLOGY:
				return psychology != null;
			case CjmPackage.PERSONA__COMPANY:
				return company != null;
			case CjmPackage.PERSONA__BUYING_COMMITTEE:
				return buyingCommittee != null && !buyingCommittee.isEmpty();
			case CjmPackage.PERSONA__EVIDENCE:
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
		result.append(", kind: ");
		result.append(kind);
		result.append(", photo: ");
		result.append(photo);
		result.append(", quote: ");
		result.append(quote);
		result.append(", segment: ");
		result.append(segment);
		result.append(", description: ");
		result.append(description);
		result.append(", goals: ");
		result.append(goals);
		result.append(", needs: ");
		result.append(needs);
		result.append(", pains: ");
		result.append(pains);
		result.append(", fears: ");
		result.append(fears);
		result.append(", values: ");
		result.append(values);
		result.append(", motivations: ");
		result.append(motivations);
		result.append(')');
		return result.toString();
	}

} //PersonaImpl
