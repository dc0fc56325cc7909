/**
 * Copyright (c) the CJM Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cjmstudio.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Journey Map</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A customer journey map: the journey of one or more personas through ordered stages, with the steps they take, the touchpoints they meet, what they feel, what stops them, the evidence all this is based on, and the opportunities and metrics the business derives from it. The root object of a .cjm file.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cjmstudio.model.JourneyMap#getTitle <em>Title</em>}</li>
 *   <li>{@link org.cjmstudio.model.JourneyMap#getDescription <em>Description</em>}</li>
 *   <li>{@link org.cjmstudio.model.JourneyMap#getScope <em>Scope</em>}</li>
 *   <li>{@link org.cjmstudio.model.JourneyMap#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.cjmstudio.model.JourneyMap#getTeam <em>Team</em>}</li>
 *   <li>{@link org.cjmstudio.model.JourneyMap#getCreated <em>Created</em>}</li>
 *   <li>{@link org.cjmstudio.model.JourneyMap#getModified <em>Modified</em>}</li>
 *   <li>{@link org.cjmstudio.model.JourneyMap#getStatus <em>Status</em>}</li>
 *   <li>{@link org.cjmstudio.model.JourneyMap#getPersonas <em>Personas</em>}</li>
 *   <li>{@link org.cjmstudio.model.JourneyMap#getStages <em>Stages</em>}</li>
 *   <li>{@link org.cjmstudio.model.JourneyMap#getChannels <em>Channels</em>}</li>
 *   <li>{@link org.cjmstudio.model.JourneyMap#getStudies <em>Studies</em>}</li>
 *   <li>{@link org.cjmstudio.model.JourneyMap#getDataSources <em>Data Sources</em>}</li>
 *   <li>{@link org.cjmstudio.model.JourneyMap#getInsights <em>Insights</em>}</li>
 *   <li>{@link org.cjmstudio.model.JourneyMap#getOpportunities <em>Opportunities</em>}</li>
 *   <li>{@link org.cjmstudio.model.JourneyMap#getMetrics <em>Metrics</em>}</li>
 * </ul>
 *
 * @see org.cjmstudio.model.CjmPackage#getJourneyMap()
 * @model
 * @generated
 */
public interface JourneyMap extends CjmElement {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Title of the map, e.g. 'Opening a business account online'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.cjmstudio.model.CjmPackage#getJourneyMap_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.JourneyMap#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the map is about and what it is for.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.cjmstudio.model.CjmPackage#getJourneyMap_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.JourneyMap#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which part of the customer relationship the map covers (product, segment, start and end of the journey).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scope</em>' attribute.
	 * @see #setScope(String)
	 * @see org.cjmstudio.model.CjmPackage#getJourneyMap_Scope()
	 * @model
	 * @generated
	 */
	String getScope();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.JourneyMap#getScope <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scope</em>' attribute.
	 * @see #getScope()
	 * @generated
	 */
	void setScope(String value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Person accountable for the map.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner</em>' attribute.
	 * @see #setOwner(String)
	 * @see org.cjmstudio.model.CjmPackage#getJourneyMap_Owner()
	 * @model
	 * @generated
	 */
	String getOwner();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.JourneyMap#getOwner <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' attribute.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(String value);

	/**
	 * Returns the value of the '<em><b>Team</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Team or department that maintains the map.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Team</em>' attribute.
	 * @see #setTeam(String)
	 * @see org.cjmstudio.model.CjmPackage#getJourneyMap_Team()
	 * @model
	 * @generated
	 */
	String getTeam();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.JourneyMap#getTeam <em>Team</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Team</em>' attribute.
	 * @see #getTeam()
	 * @generated
	 */
	void setTeam(String value);

	/**
	 * Returns the value of the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the map was created.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Created</em>' attribute.
	 * @see #setCreated(Date)
	 * @see org.cjmstudio.model.CjmPackage#getJourneyMap_Created()
	 * @model
	 * @generated
	 */
	Date getCreated();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.JourneyMap#getCreated <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created</em>' attribute.
	 * @see #getCreated()
	 * @generated
	 */
	void setCreated(Date value);

	/**
	 * Returns the value of the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the map was last changed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Modified</em>' attribute.
	 * @see #setModified(Date)
	 * @see org.cjmstudio.model.CjmPackage#getJourneyMap_Modified()
	 * @model
	 * @generated
	 */
	Date getModified();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.JourneyMap#getModified <em>Modified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Modified</em>' attribute.
	 * @see #getModified()
	 * @generated
	 */
	void setModified(Date value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cjmstudio.model.MapStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lifecycle status of the map.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.cjmstudio.model.MapStatus
	 * @see #setStatus(MapStatus)
	 * @see org.cjmstudio.model.CjmPackage#getJourneyMap_Status()
	 * @model
	 * @generated
	 */
	MapStatus getStatus();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.JourneyMap#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.cjmstudio.model.MapStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(MapStatus value);

	/**
	 * Returns the value of the '<em><b>Personas</b></em>' containment reference list.
	 * The list contents are of type {@link org.cjmstudio.model.Persona}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The personas whose journey the map shows. A map needs at least one; the map-without-persona validation rule says so in the team's words, so the multiplicity stays 0..* (a new, empty map is still a valid file).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Personas</em>' containment reference list.
	 * @see org.cjmstudio.model.CjmPackage#getJourneyMap_Personas()
	 * @model containment="true"
	 * @generated
	 */
	EList<Persona> getPersonas();

	/**
	 * Returns the value of the '<em><b>Stages</b></em>' containment reference list.
	 * The list contents are of type {@link org.cjmstudio.model.Stage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The stages of the journey, in the order the customer goes through them (the columns of the map).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stages</em>' containment reference list.
	 * @see org.cjmstudio.model.CjmPackage#getJourneyMap_Stages()
	 * @model containment="true"
	 * @generated
	 */
	EList<Stage> getStages();

	/**
	 * Returns the value of the '<em><b>Channels</b></em>' containment reference list.
	 * The list contents are of type {@link org.cjmstudio.model.Channel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The channel vocabulary of this map: the channels through which touchpoints happen. Seeded with the standard channels when a map is created and extended freely by the team.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Channels</em>' containment reference list.
	 * @see org.cjmstudio.model.CjmPackage#getJourneyMap_Channels()
	 * @model containment="true"
	 * @generated
	 */
	EList<Channel> getChannels();

	/**
	 * Returns the value of the '<em><b>Studies</b></em>' containment reference list.
	 * The list contents are of type {@link org.cjmstudio.model.ResearchStudy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Customer research (interview studies) the map is based on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Studies</em>' containment reference list.
	 * @see org.cjmstudio.model.CjmPackage#getJourneyMap_Studies()
	 * @model containment="true"
	 * @generated
	 */
	EList<ResearchStudy> getStudies();

	/**
	 * Returns the value of the '<em><b>Data Sources</b></em>' containment reference list.
	 * The list contents are of type {@link org.cjmstudio.model.DataSource}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Quantitative and operational data sources the map is based on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data Sources</em>' containment reference list.
	 * @see org.cjmstudio.model.CjmPackage#getJourneyMap_DataSources()
	 * @model containment="true"
	 * @generated
	 */
	EList<DataSource> getDataSources();

	/**
	 * Returns the value of the '<em><b>Insights</b></em>' containment reference list.
	 * The list contents are of type {@link org.cjmstudio.model.Insight}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Patterns found in the research.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Insights</em>' containment reference list.
	 * @see org.cjmstudio.model.CjmPackage#getJourneyMap_Insights()
	 * @model containment="true"
	 * @generated
	 */
	EList<Insight> getInsights();

	/**
	 * Returns the value of the '<em><b>Opportunities</b></em>' containment reference list.
	 * The list contents are of type {@link org.cjmstudio.model.Opportunity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Changes the business considers or makes to improve the journey.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Opportunities</em>' containment reference list.
	 * @see org.cjmstudio.model.CjmPackage#getJourneyMap_Opportunities()
	 * @model containment="true"
	 * @generated
	 */
	EList<Opportunity> getOpportunities();

	/**
	 * Returns the value of the '<em><b>Metrics</b></em>' containment reference list.
	 * The list contents are of type {@link org.cjmstudio.model.Metric}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Measurements (KPIs) that track the journey and the effect of opportunities.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Metrics</em>' containment reference list.
	 * @see org.cjmstudio.model.CjmPackage#getJourneyMap_Metrics()
	 * @model containment="true"
	 * @generated
	 */
	EList<Metric> getMetrics();

} // JourneyMap
