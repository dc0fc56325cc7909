/**
 * Copyright (c) the CJM Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cjmstudio.model.impl;

import java.util.Collection;
import java.util.Date;

import org.cjmstudio.model.Channel;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.DataSource;
import org.cjmstudio.model.Insight;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.MapStatus;
import org.cjmstudio.model.Metric;
import org.cjmstudio.model.Opportunity;
import org.cjmstudio.model.Persona;
import org.cjmstudio.model.ResearchStudy;
import org.cjmstudio.model.Stage;

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
 * An implementation of the model object '<em><b>Journey Map</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cjmstudio.model.impl.JourneyMapImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.JourneyMapImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.JourneyMapImpl#getScope <em>Scope</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.JourneyMapImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.JourneyMapImpl#getTeam <em>Team</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.JourneyMapImpl#getCreated <em>Created</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.JourneyMapImpl#getModified <em>Modified</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.JourneyMapImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.JourneyMapImpl#getPersonas <em>Personas</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.JourneyMapImpl#getStages <em>Stages</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.JourneyMapImpl#getChannels <em>Channels</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.JourneyMapImpl#getStudies <em>Studies</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.JourneyMapImpl#getDataSources <em>Data Sources</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.JourneyMapImpl#getInsights <em>Insights</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.JourneyMapImpl#getOpportunities <em>Opportunities</em>}</li>
 *   <li>{@link org.cjmstudio.model.impl.JourneyMapImpl#getMetrics <em>Metrics</em>}</li>
 * </ul>
 *
 * @generated
 */
public class JourneyMapImpl extends CjmElementImpl implements JourneyMap {
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
	 * The default value of the '{@link #getScope() <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected static final String SCOPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScope() <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected String scope = SCOPE_EDEFAULT;

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
	 * The default value of the '{@link #getTeam() <em>Team</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTeam()
	 * @generated
	 * @ordered
	 */
	protected static final String TEAM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTeam() <em>Team</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTeam()
	 * @generated
	 * @ordered
	 */
	protected String team = TEAM_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreated() <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreated()
	 * @generated
	 * @ordered
	 */
	protected static final Date CREATED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreated() <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreated()
	 * @generated
	 * @ordered
	 */
	protected Date created = CREATED_EDEFAULT;

	/**
	 * The default value of the '{@link #getModified() <em>Modified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModified()
	 * @generated
	 * @ordered
	 */
	protected static final Date MODIFIED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getModified() <em>Modified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModified()
	 * @generated
	 * @ordered
	 */
	protected Date modified = MODIFIED_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final MapStatus STATUS_EDEFAULT = MapStatus.DRAFT;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected MapStatus status = STATUS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPersonas() <em>Personas</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPersonas()
	 * @generated
	 * @ordered
	 */
	protected EList<Persona> personas;

	/**
	 * The cached value of the '{@link #getStages() <em>Stages</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStages()
	 * @generated
	 * @ordered
	 */
	protected EList<Stage> stages;

	/**
	 * The cached value of the '{@link #getChannels() <em>Channels</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannels()
	 * @generated
	 * @ordered
	 */
	protected EList<Channel> channels;

	/**
	 * The cached value of the '{@link #getStudies() <em>Studies</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStudies()
	 * @generated
	 * @ordered
	 */
	protected EList<ResearchStudy> studies;

	/**
	 * The cached value of the '{@link #getDataSources() <em>Data Sources</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataSources()
	 * @generated
	 * @ordered
	 */
	protected EList<DataSource> dataSources;

	/**
	 * The cached value of the '{@link #getInsights() <em>Insights</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInsights()
	 * @generated
	 * @ordered
	 */
	protected EList<Insight> insights;

	/**
	 * The cached value of the '{@link #getOpportunities() <em>Opportunities</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpportunities()
	 * @generated
	 * @ordered
	 */
	protected EList<Opportunity> opportunities;

	/**
	 * The cached value of the '{@link #getMetrics() <em>Metrics</em>}' containment reference list.
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
	protected JourneyMapImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CjmPackage.Literals.JOURNEY_MAP;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.JOURNEY_MAP__TITLE, oldTitle, title));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.JOURNEY_MAP__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getScope() {
		return scope;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScope(String newScope) {
		String oldScope = scope;
		scope = newScope;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.JOURNEY_MAP__SCOPE, oldScope, scope));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.JOURNEY_MAP__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTeam() {
		return team;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTeam(String newTeam) {
		String oldTeam = team;
		team = newTeam;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.JOURNEY_MAP__TEAM, oldTeam, team));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getCreated() {
		return created;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreated(Date newCreated) {
		Date oldCreated = created;
		created = newCreated;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.JOURNEY_MAP__CREATED, oldCreated, created));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getModified() {
		return modified;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModified(Date newModified) {
		Date oldModified = modified;
		modified = newModified;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.JOURNEY_MAP__MODIFIED, oldModified, modified));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MapStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(MapStatus newStatus) {
		MapStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CjmPackage.JOURNEY_MAP__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Persona> getPersonas() {
		if (personas == null) {
			personas = new EObjectContainmentEList<Persona>(Persona.class, this, CjmPackage.JOURNEY_MAP__PERSONAS);
		}
		return personas;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Stage> getStages() {
		if (stages == null) {
			stages = new EObjectContainmentEList<Stage>(Stage.class, this, CjmPackage.JOURNEY_MAP__STAGES);
		}
		return stages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Channel> getChannels() {
		if (channels == null) {
			channels = new EObjectContainmentEList<Channel>(Channel.class, this, CjmPackage.JOURNEY_MAP__CHANNELS);
		}
		return channels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ResearchStudy> getStudies() {
		if (studies == null) {
			studies = new EObjectContainmentEList<ResearchStudy>(ResearchStudy.class, this, CjmPackage.JOURNEY_MAP__STUDIES);
		}
		return studies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DataSource> getDataSources() {
		if (dataSources == null) {
			dataSources = new EObjectContainmentEList<DataSource>(DataSource.class, this, CjmPackage.JOURNEY_MAP__DATA_SOURCES);
		}
		return dataSources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Insight> getInsights() {
		if (insights == null) {
			insights = new EObjectContainmentEList<Insight>(Insight.class, this, CjmPackage.JOURNEY_MAP__INSIGHTS);
		}
		return insights;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Opportunity> getOpportunities() {
		if (opportunities == null) {
			opportunities = new EObjectContainmentEList<Opportunity>(Opportunity.class, this, CjmPackage.JOURNEY_MAP__OPPORTUNITIES);
		}
		return opportunities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Metric> getMetrics() {
		if (metrics == null) {
			metrics = new EObjectContainmentEList<Metric>(Metric.class, this, CjmPackage.JOURNEY_MAP__METRICS);
		}
		return metrics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CjmPackage.JOURNEY_MAP__PERSONAS:
				return ((InternalEList<?>)getPersonas()).basicRemove(otherEnd, msgs);
			case CjmPackage.JOURNEY_MAP__STAGES:
				return ((InternalEList<?>)getStages()).basicRemove(otherEnd, msgs);
			case CjmPackage.JOURNEY_MAP__CHANNELS:
				return ((InternalEList<?>)getChannels()).basicRemove(otherEnd, msgs);
			case CjmPackage.JOURNEY_MAP__STUDIES:
				return ((InternalEList<?>)getStudies()).basicRemove(otherEnd, msgs);
			case CjmPackage.JOURNEY_MAP__DATA_SOURCES:
				return ((InternalEList<?>)getDataSources()).basicRemove(otherEnd, msgs);
			case CjmPackage.JOURNEY_MAP__INSIGHTS:
				return ((InternalEList<?>)getInsights()).basicRemove(otherEnd, msgs);
			case CjmPackage.JOURNEY_MAP__OPPORTUNITIES:
				return ((InternalEList<?>)getOpportunities()).basicRemove(otherEnd, msgs);
			case CjmPackage.JOURNEY_MAP__METRICS:
				return ((InternalEList<?>)getMetrics()).basicRemove(otherEnd, msgs);
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
			case CjmPackage.JOURNEY_MAP__TITLE:
				return getTitle();
			case CjmPackage.JOURNEY_MAP__DESCRIPTION:
				return getDescription();
			case CjmPackage.JOURNEY_MAP__SCOPE:
				return getScope();
			case CjmPackage.JOURNEY_MAP__OWNER:
				return getOwner();
			case CjmPackage.JOURNEY_MAP__TEAM:
				return getTeam();
			case CjmPackage.JOURNEY_MAP__CREATED:
				return getCreated();
			case CjmPackage.JOURNEY_MAP__MODIFIED:
				return getModified();
			case CjmPackage.JOURNEY_MAP__STATUS:
				return getStatus();
			case CjmPackage.JOURNEY_MAP__PERSONAS:
				return getPersonas();
			case CjmPackage.JOURNEY_MAP__STAGES:
				return getStages();
			case CjmPackage.JOURNEY_MAP__CHANNELS:
				return getChannels();
			case CjmPackage.JOURNEY_MAP__STUDIES:
				return getStudies();
			case CjmPackage.JOURNEY_MAP__DATA_SOURCES:
				return getDataSources();
			case CjmPackage.JOURNEY_MAP__INSIGHTS:
				return getInsights();
			case CjmPackage.JOURNEY_MAP__OPPORTUNITIES:
				return getOpportunities();
			case CjmPackage.JOURNEY_MAP__METRICS:
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
			case CjmPackage.JOURNEY_MAP__TITLE:
				setTitle((String)newValue);
				return;
			case CjmPackage.JOURNEY_MAP__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case CjmPackage.JOURNEY_MAP__SCOPE:
				setScope((String)newValue);
				return;
			case CjmPackage.JOURNEY_MAP__OWNER:
				setOwner((String)newValue);
				return;
			case CjmPackage.JOURNEY_MAP__TEAM:
				setTeam((String)newValue);
				return;
			case CjmPackage.JOURNEY_MAP__CREATED:
				setCreated((Date)newValue);
				return;
			case CjmPackage.JOURNEY_MAP__MODIFIED:
				setModified((Date)newValue);
				return;
			case CjmPackage.JOURNEY_MAP__STATUS:
				setStatus((MapStatus)newValue);
				return;
			case CjmPackage.JOURNEY_MAP__PERSONAS:
				getPersonas().clear();
				getPersonas().addAll((Collection<? extends Persona>)newValue);
				return;
			case CjmPackage.JOURNEY_MAP__STAGES:
				getStages().clear();
				getStages().addAll((Collection<? extends Stage>)newValue);
				return;
			case CjmPackage.JOURNEY_MAP__CHANNELS:
				getChannels().clear();
				getChannels().addAll((Collection<? extends Channel>)newValue);
				return;
			case CjmPackage.JOURNEY_MAP__STUDIES:
				getStudies().clear();
				getStudies().addAll((Collection<? extends ResearchStudy>)newValue);
				return;
			case CjmPackage.JOURNEY_MAP__DATA_SOURCES:
				getDataSources().clear();
				getDataSources().addAll((Collection<? extends DataSource>)newValue);
				return;
			case CjmPackage.JOURNEY_MAP__INSIGHTS:
				getInsights().clear();
				getInsights().addAll((Collection<? extends Insight>)newValue);
				return;
			case CjmPackage.JOURNEY_MAP__OPPORTUNITIES:
				getOpportunities().clear();
				getOpportunities().addAll((Collection<? extends Opportunity>)newValue);
				return;
			case CjmPackage.JOURNEY_MAP__METRICS:
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
			case CjmPackage.JOURNEY_MAP__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case CjmPackage.JOURNEY_MAP__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case CjmPackage.JOURNEY_MAP__SCOPE:
				setScope(SCOPE_EDEFAULT);
				return;
			case CjmPackage.JOURNEY_MAP__OWNER:
				setOwner(OWNER_EDEFAULT);
				return;
			case CjmPackage.JOURNEY_MAP__TEAM:
				setTeam(TEAM_EDEFAULT);
				return;
			case CjmPackage.JOURNEY_MAP__CREATED:
				setCreated(CREATED_EDEFAULT);
				return;
			case CjmPackage.JOURNEY_MAP__MODIFIED:
				setModified(MODIFIED_EDEFAULT);
				return;
			case CjmPackage.JOURNEY_MAP__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case CjmPackage.JOURNEY_MAP__PERSONAS:
				getPersonas().clear();
				return;
			case CjmPackage.JOURNEY_MAP__STAGES:
				getStages().clear();
				return;
			case CjmPackage.JOURNEY_MAP__CHANNELS:
				getChannels().clear();
				return;
			case CjmPackage.JOURNEY_MAP__STUDIES:
				getStudies().clear();
				return;
			case CjmPackage.JOURNEY_MAP__DATA_SOURCES:
				getDataSources().clear();
				return;
			case CjmPackage.JOURNEY_MAP__INSIGHTS:
				getInsights().clear();
				return;
			case CjmPackage.JOURNEY_MAP__OPPORTUNITIES:
				getOpportunities().clear();
				return;
			case CjmPackage.JOURNEY_MAP__METRICS:
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
			case CjmPackage.JOURNEY_MAP__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case CjmPackage.JOURNEY_MAP__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case CjmPackage.JOURNEY_MAP__SCOPE:
				return SCOPE_EDEFAULT == null ? scope != null : !SCOPE_EDEFAULT.equals(scope);
			case CjmPackage.JOURNEY_MAP__OWNER:
				return OWNER_EDEFAULT == null ? owner != null : !OWNER_EDEFAULT.equals(owner);
			case CjmPackage.JOURNEY_MAP__TEAM:
				return TEAM_EDEFAULT == null ? team != null : !TEAM_EDEFAULT.equals(team);
			case CjmPackage.JOURNEY_MAP__CREATED:
				return CREATED_EDEFAULT == null ? created != null : !CREATED_EDEFAULT.equals(created);
			case CjmPackage.JOURNEY_MAP__MODIFIED:
				return MODIFIED_EDEFAULT == null ? modified != null : !MODIFIED_EDEFAULT.equals(modified);
			case CjmPackage.JOURNEY_MAP__STATUS:
				return status != STATUS_EDEFAULT;
			case CjmPackage.JOURNEY_MAP__PERSONAS:
				return personas != null && !personas.isEmpty();
			case CjmPackage.JOURNEY_MAP__STAGES:
				return stages != null && !stages.isEmpty();
			case CjmPackage.JOURNEY_MAP__CHANNELS:
				return channels != null && !channels.isEmpty();
			case CjmPackage.JOURNEY_MAP__STUDIES:
				return studies != null && !studies.isEmpty();
			case CjmPackage.JOURNEY_MAP__DATA_SOURCES:
				return dataSources != null && !dataSources.isEmpty();
			case CjmPackage.JOURNEY_MAP__INSIGHTS:
				return insights != null && !insights.isEmpty();
			case CjmPackage.JOURNEY_MAP__OPPORTUNITIES:
				return opportunities != null && !opportunities.isEmpty();
			case CjmPackage.JOURNEY_MAP__METRICS:
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
		result.append(", scope: ");
		result.append(scope);
		result.append(", owner: ");
		result.append(owner);
		result.append(", team: ");
		result.append(team);
		result.append(", created: ");
		result.append(created);
		result.append(", modified: ");
		result.append(modified);
		result.append(", status: ");
		result.append(status);
		result.append(')');
		return result.toString();
	}

} //JourneyMapImpl
