/**
 * Copyright (c) the CJM Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cjmstudio.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Persona</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An archetypal customer whose journey the map follows, built from research. For business customers (B2B) a persona also describes the company and the roles in its buying committee.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cjmstudio.model.Persona#getName <em>Name</em>}</li>
 *   <li>{@link org.cjmstudio.model.Persona#getKind <em>Kind</em>}</li>
 *   <li>{@link org.cjmstudio.model.Persona#getPhoto <em>Photo</em>}</li>
 *   <li>{@link org.cjmstudio.model.Persona#getQuote <em>Quote</em>}</li>
 *   <li>{@link org.cjmstudio.model.Persona#getSegment <em>Segment</em>}</li>
 *   <li>{@link org.cjmstudio.model.Persona#getDescription <em>Description</em>}</li>
 *   <li>{@link org.cjmstudio.model.Persona#getGoals <em>Goals</em>}</li>
 *   <li>{@link org.cjmstudio.model.Persona#getNeeds <em>Needs</em>}</li>
 *   <li>{@link org.cjmstudio.model.Persona#getPains <em>Pains</em>}</li>
 *   <li>{@link org.cjmstudio.model.Persona#getFears <em>Fears</em>}</li>
 *   <li>{@link org.cjmstudio.model.Persona#getValues <em>Values</em>}</li>
 *   <li>{@link org.cjmstudio.model.Persona#getMotivations <em>Motivations</em>}</li>
 *   <li>{@link org.cjmstudio.model.Persona#getDemographics <em>Demographics</em>}</li>
 *   <li>{@link org.cjmstudio.model.Persona#getLifestyle <em>Lifestyle</em>}</li>
 *   <li>{@link org.cjmstudio.model.Persona#getDecisionMaking <em>Decision Making</em>}</li>
 *   <li>{@link org.cjmstudio.model.Persona#getPsychology <em>Psychology</em>}</li>
 *   <li>{@link org.cjmstudio.model.Persona#getCompany <em>Company</em>}</li>
 *   <li>{@link org.cjmstudio.model.Persona#getBuyingCommittee <em>Buying Committee</em>}</li>
 *   <li>{@link org.cjmstudio.model.Persona#getEvidence <em>Evidence</em>}</li>
 * </ul>
 *
 * @see org.cjmstudio.model.CjmPackage#getPersona()
 * @model
 * @generated
 */
public interface Persona extends CjmElement {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name of the persona, e.g. 'Anna, the cautious first-time buyer'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.cjmstudio.model.CjmPackage#getPersona_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Persona#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cjmstudio.model.PersonaKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the persona is a private consumer (B2C) or a business customer (B2B).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.cjmstudio.model.PersonaKind
	 * @see #setKind(PersonaKind)
	 * @see org.cjmstudio.model.CjmPackage#getPersona_Kind()
	 * @model
	 * @generated
	 */
	PersonaKind getKind();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Persona#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.cjmstudio.model.PersonaKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(PersonaKind value);

	/**
	 * Returns the value of the '<em><b>Photo</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * URI of a photo or avatar of the persona (a relative path inside the project or an absolute URL).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Photo</em>' attribute.
	 * @see #setPhoto(String)
	 * @see org.cjmstudio.model.CjmPackage#getPersona_Photo()
	 * @model
	 * @generated
	 */
	String getPhoto();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Persona#getPhoto <em>Photo</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Photo</em>' attribute.
	 * @see #getPhoto()
	 * @generated
	 */
	void setPhoto(String value);

	/**
	 * Returns the value of the '<em><b>Quote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A typical sentence the persona would say, in their own words.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Quote</em>' attribute.
	 * @see #setQuote(String)
	 * @see org.cjmstudio.model.CjmPackage#getPersona_Quote()
	 * @model
	 * @generated
	 */
	String getQuote();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Persona#getQuote <em>Quote</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quote</em>' attribute.
	 * @see #getQuote()
	 * @generated
	 */
	void setQuote(String value);

	/**
	 * Returns the value of the '<em><b>Segment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Customer segment the persona represents.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Segment</em>' attribute.
	 * @see #setSegment(String)
	 * @see org.cjmstudio.model.CjmPackage#getPersona_Segment()
	 * @model
	 * @generated
	 */
	String getSegment();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Persona#getSegment <em>Segment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Segment</em>' attribute.
	 * @see #getSegment()
	 * @generated
	 */
	void setSegment(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Short story of the persona.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.cjmstudio.model.CjmPackage#getPersona_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Persona#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Goals</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the persona wants to achieve.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Goals</em>' attribute list.
	 * @see org.cjmstudio.model.CjmPackage#getPersona_Goals()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getGoals();

	/**
	 * Returns the value of the '<em><b>Needs</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the persona needs in order to reach their goals.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Needs</em>' attribute list.
	 * @see org.cjmstudio.model.CjmPackage#getPersona_Needs()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getNeeds();

	/**
	 * Returns the value of the '<em><b>Pains</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What bothers the persona today.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pains</em>' attribute list.
	 * @see org.cjmstudio.model.CjmPackage#getPersona_Pains()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getPains();

	/**
	 * Returns the value of the '<em><b>Fears</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the persona is afraid of when buying or using the product.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fears</em>' attribute list.
	 * @see org.cjmstudio.model.CjmPackage#getPersona_Fears()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getFears();

	/**
	 * Returns the value of the '<em><b>Values</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What matters to the persona (e.g. reliability, price, status).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Values</em>' attribute list.
	 * @see org.cjmstudio.model.CjmPackage#getPersona_Values()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getValues();

	/**
	 * Returns the value of the '<em><b>Motivations</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What drives the persona to act.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Motivations</em>' attribute list.
	 * @see org.cjmstudio.model.CjmPackage#getPersona_Motivations()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getMotivations();

	/**
	 * Returns the value of the '<em><b>Demographics</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Socio-demographic profile.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Demographics</em>' containment reference.
	 * @see #setDemographics(Demographics)
	 * @see org.cjmstudio.model.CjmPackage#getPersona_Demographics()
	 * @model containment="true"
	 * @generated
	 */
	Demographics getDemographics();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Persona#getDemographics <em>Demographics</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Demographics</em>' containment reference.
	 * @see #getDemographics()
	 * @generated
	 */
	void setDemographics(Demographics value);

	/**
	 * Returns the value of the '<em><b>Lifestyle</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lifestyle, habits and media use.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lifestyle</em>' containment reference.
	 * @see #setLifestyle(Lifestyle)
	 * @see org.cjmstudio.model.CjmPackage#getPersona_Lifestyle()
	 * @model containment="true"
	 * @generated
	 */
	Lifestyle getLifestyle();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Persona#getLifestyle <em>Lifestyle</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lifestyle</em>' containment reference.
	 * @see #getLifestyle()
	 * @generated
	 */
	void setLifestyle(Lifestyle value);

	/**
	 * Returns the value of the '<em><b>Decision Making</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the persona takes buying decisions.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Decision Making</em>' containment reference.
	 * @see #setDecisionMaking(DecisionMaking)
	 * @see org.cjmstudio.model.CjmPackage#getPersona_DecisionMaking()
	 * @model containment="true"
	 * @generated
	 */
	DecisionMaking getDecisionMaking();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Persona#getDecisionMaking <em>Decision Making</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decision Making</em>' containment reference.
	 * @see #getDecisionMaking()
	 * @generated
	 */
	void setDecisionMaking(DecisionMaking value);

	/**
	 * Returns the value of the '<em><b>Psychology</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Psychological traits.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Psychology</em>' containment reference.
	 * @see #setPsychology(PsychologicalProfile)
	 * @see org.cjmstudio.model.CjmPackage#getPersona_Psychology()
	 * @model containment="true"
	 * @generated
	 */
	PsychologicalProfile getPsychology();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Persona#getPsychology <em>Psychology</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Psychology</em>' containment reference.
	 * @see #getPsychology()
	 * @generated
	 */
	void setPsychology(PsychologicalProfile value);

	/**
	 * Returns the value of the '<em><b>Company</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Profile of the persona's company (B2B only).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Company</em>' containment reference.
	 * @see #setCompany(CompanyProfile)
	 * @see org.cjmstudio.model.CjmPackage#getPersona_Company()
	 * @model containment="true"
	 * @generated
	 */
	CompanyProfile getCompany();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Persona#getCompany <em>Company</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Company</em>' containment reference.
	 * @see #getCompany()
	 * @generated
	 */
	void setCompany(CompanyProfile value);

	/**
	 * Returns the value of the '<em><b>Buying Committee</b></em>' containment reference list.
	 * The list contents are of type {@link org.cjmstudio.model.BuyingCommitteeRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Roles in the company's buying committee (B2B only).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Buying Committee</em>' containment reference list.
	 * @see org.cjmstudio.model.CjmPackage#getPersona_BuyingCommittee()
	 * @model containment="true"
	 * @generated
	 */
	EList<BuyingCommitteeRole> getBuyingCommittee();

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' reference list.
	 * The list contents are of type {@link org.cjmstudio.model.Evidence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The research and data the persona was built from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Evidence</em>' reference list.
	 * @see org.cjmstudio.model.CjmPackage#getPersona_Evidence()
	 * @model
	 * @generated
	 */
	EList<Evidence> getEvidence();

} // Persona
