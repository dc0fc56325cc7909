/**
 * Copyright (c) the CJM Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cjmstudio.model.impl;

import org.cjmstudio.model.Barrier;
import org.cjmstudio.model.BarrierKind;
import org.cjmstudio.model.BuyingCommitteeRole;
import org.cjmstudio.model.BuyingRole;
import org.cjmstudio.model.Card;
import org.cjmstudio.model.Channel;
import org.cjmstudio.model.ChannelCategory;
import org.cjmstudio.model.CjmElement;
import org.cjmstudio.model.CjmFactory;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.Comment;
import org.cjmstudio.model.CommentThread;
import org.cjmstudio.model.CompanyProfile;
import org.cjmstudio.model.Compliance;
import org.cjmstudio.model.DataSource;
import org.cjmstudio.model.DataSourceKind;
import org.cjmstudio.model.DecisionMaking;
import org.cjmstudio.model.Demographics;
import org.cjmstudio.model.Emotion;
import org.cjmstudio.model.EmotionState;
import org.cjmstudio.model.Evidence;
import org.cjmstudio.model.EvidenceLevel;
import org.cjmstudio.model.ExternalLink;
import org.cjmstudio.model.Feeling;
import org.cjmstudio.model.Identifiable;
import org.cjmstudio.model.Insight;
import org.cjmstudio.model.InsightKind;
import org.cjmstudio.model.Interview;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Lifestyle;
import org.cjmstudio.model.LinkKind;
import org.cjmstudio.model.MapStatus;
import org.cjmstudio.model.Metric;
import org.cjmstudio.model.MetricKind;
import org.cjmstudio.model.Opportunity;
import org.cjmstudio.model.OpportunityStatus;
import org.cjmstudio.model.Persona;
import org.cjmstudio.model.PersonaKind;
import org.cjmstudio.model.Phase;
import org.cjmstudio.model.PsychologicalProfile;
import org.cjmstudio.model.Quote;
import org.cjmstudio.model.ResearchStudy;
import org.cjmstudio.model.RespondentGroup;
import org.cjmstudio.model.Severity;
import org.cjmstudio.model.Stage;
import org.cjmstudio.model.StageKind;
import org.cjmstudio.model.Step;
import org.cjmstudio.model.Touchpoint;

import org.cjmstudio.model.util.CjmValidator;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.EcorePackage;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class CjmPackageImpl extends EPackageImpl implements CjmPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass identifiableEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass cjmElementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass commentThreadEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass commentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass externalLinkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass journeyMapEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass personaEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass demographicsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass lifestyleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass decisionMakingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass psychologicalProfileEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass companyProfileEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass buyingCommitteeRoleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass stageEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass cardEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass stepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass channelEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass touchpointEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass emotionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass barrierEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass opportunityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass metricEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass evidenceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass researchStudyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass interviewEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass quoteEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass insightEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dataSourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum linkKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum mapStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum personaKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum buyingRoleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum phaseEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum stageKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum channelCategoryEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum complianceEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum emotionStateEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum feelingEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum barrierKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum severityEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum opportunityStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum metricKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum respondentGroupEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum insightKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum dataSourceKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum evidenceLevelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType valenceEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType percentageEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType hexColorEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.cjmstudio.model.CjmPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private CjmPackageImpl() {
		super(eNS_URI, CjmFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link CjmPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static CjmPackage init() {
		if (isInited) return (CjmPackage)EPackage.Registry.INSTANCE.getEPackage(CjmPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredCjmPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		CjmPackageImpl theCjmPackage = registeredCjmPackage instanceof CjmPackageImpl ? (CjmPackageImpl)registeredCjmPackage : new CjmPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		EcorePackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theCjmPackage.createPackageContents();

		// Initialize created meta-data
		theCjmPackage.initializePackageContents();

		// Register package validator
		EValidator.Registry.INSTANCE.put
			(theCjmPackage,
			 new EValidator.Descriptor() {
				 @Override
				 public EValidator getEValidator() {
					 return CjmValidator.INSTANCE;
				 }
			 });

		// Mark meta-data to indicate it can't be changed
		theCjmPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(CjmPackage.eNS_URI, theCjmPackage);
		return theCjmPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIdentifiable() {
		return identifiableEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentifiable_Id() {
		return (EAttribute)identifiableEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentifiable_Iri() {
		return (EAttribute)identifiableEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCjmElement() {
		return cjmElementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCjmElement_ExternalLinks() {
		return (EReference)cjmElementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCjmElement_CommentThreads() {
		return (EReference)cjmElementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCommentThread() {
		return commentThreadEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCommentThread_Resolved() {
		return (EAttribute)commentThreadEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCommentThread_Comments() {
		return (EReference)commentThreadEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getComment() {
		return commentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComment_Author() {
		return (EAttribute)commentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComment_Created() {
		return (EAttribute)commentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComment_Text() {
		return (EAttribute)commentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getExternalLink() {
		return externalLinkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExternalLink_Target() {
		return (EAttribute)externalLinkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExternalLink_Kind() {
		return (EAttribute)externalLinkEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExternalLink_Label() {
		return (EAttribute)externalLinkEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getJourneyMap() {
		return journeyMapEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJourneyMap_Title() {
		return (EAttribute)journeyMapEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJourneyMap_Description() {
		return (EAttribute)journeyMapEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJourneyMap_Scope() {
		return (EAttribute)journeyMapEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJourneyMap_Owner() {
		return (EAttribute)journeyMapEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJourneyMap_Team() {
		return (EAttribute)journeyMapEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJourneyMap_Created() {
		return (EAttribute)journeyMapEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJourneyMap_Modified() {
		return (EAttribute)journeyMapEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJourneyMap_Status() {
		return (EAttribute)journeyMapEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getJourneyMap_Personas() {
		return (EReference)journeyMapEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getJourneyMap_Stages() {
		return (EReference)journeyMapEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getJourneyMap_Channels() {
		return (EReference)journeyMapEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getJourneyMap_Studies() {
		return (EReference)journeyMapEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getJourneyMap_DataSources() {
		return (EReference)journeyMapEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getJourneyMap_Insights() {
		return (EReference)journeyMapEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getJourneyMap_Opportunities() {
		return (EReference)journeyMapEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getJourneyMap_Metrics() {
		return (EReference)journeyMapEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPersona() {
		return personaEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersona_Name() {
		return (EAttribute)personaEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersona_Kind() {
		return (EAttribute)personaEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersona_Photo() {
		return (EAttribute)personaEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersona_Quote() {
		return (EAttribute)personaEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersona_Segment() {
		return (EAttribute)personaEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersona_Description() {
		return (EAttribute)personaEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersona_Goals() {
		return (EAttribute)personaEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersona_Needs() {
		return (EAttribute)personaEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersona_Pains() {
		return (EAttribute)personaEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersona_Fears() {
		return (EAttribute)personaEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersona_Values() {
		return (EAttribute)personaEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersona_Motivations() {
		return (EAttribute)personaEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPersona_Demographics() {
		return (EReference)personaEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPersona_Lifestyle() {
		return (EReference)personaEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPersona_DecisionMaking() {
		return (EReference)personaEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPersona_Psychology() {
		return (EReference)personaEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPersona_Company() {
		return (EReference)personaEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPersona_BuyingCommittee() {
		return (EReference)personaEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPersona_Evidence() {
		return (EReference)personaEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDemographics() {
		return demographicsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDemographics_AgeMin() {
		return (EAttribute)demographicsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDemographics_AgeMax() {
		return (EAttribute)demographicsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDemographics_Gender() {
		return (EAttribute)demographicsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDemographics_Education() {
		return (EAttribute)demographicsEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDemographics_Region() {
		return (EAttribute)demographicsEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDemographics_Occupation() {
		return (EAttribute)demographicsEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDemographics_SocialStatus() {
		return (EAttribute)demographicsEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDemographics_FamilyStatus() {
		return (EAttribute)demographicsEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDemographics_IncomeBand() {
		return (EAttribute)demographicsEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLifestyle() {
		return lifestyleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLifestyle_Devices() {
		return (EAttribute)lifestyleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLifestyle_PreferredChannels() {
		return (EReference)lifestyleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLifestyle_Habits() {
		return (EAttribute)lifestyleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLifestyle_Interests() {
		return (EAttribute)lifestyleEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLifestyle_TimeOnline() {
		return (EAttribute)lifestyleEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLifestyle_PurchaseFrequency() {
		return (EAttribute)lifestyleEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDecisionMaking() {
		return decisionMakingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDecisionMaking_Decider() {
		return (EAttribute)decisionMakingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDecisionMaking_Influencers() {
		return (EAttribute)decisionMakingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDecisionMaking_Criteria() {
		return (EAttribute)decisionMakingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDecisionMaking_Duration() {
		return (EAttribute)decisionMakingEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPsychologicalProfile() {
		return psychologicalProfileEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPsychologicalProfile_Temperament() {
		return (EAttribute)psychologicalProfileEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPsychologicalProfile_Communicativeness() {
		return (EAttribute)psychologicalProfileEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPsychologicalProfile_Traits() {
		return (EAttribute)psychologicalProfileEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCompanyProfile() {
		return companyProfileEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompanyProfile_Industry() {
		return (EAttribute)companyProfileEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompanyProfile_Size() {
		return (EAttribute)companyProfileEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompanyProfile_Geography() {
		return (EAttribute)companyProfileEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompanyProfile_Description() {
		return (EAttribute)companyProfileEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBuyingCommitteeRole() {
		return buyingCommitteeRoleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBuyingCommitteeRole_Role() {
		return (EAttribute)buyingCommitteeRoleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBuyingCommitteeRole_Title() {
		return (EAttribute)buyingCommitteeRoleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBuyingCommitteeRole_Concerns() {
		return (EAttribute)buyingCommitteeRoleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBuyingCommitteeRole_Description() {
		return (EAttribute)buyingCommitteeRoleEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStage() {
		return stageEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStage_Name() {
		return (EAttribute)stageEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStage_Description() {
		return (EAttribute)stageEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStage_Phase() {
		return (EAttribute)stageEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStage_Kind() {
		return (EAttribute)stageEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStage_Steps() {
		return (EReference)stageEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStage_Touchpoints() {
		return (EReference)stageEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStage_Emotions() {
		return (EReference)stageEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStage_Barriers() {
		return (EReference)stageEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStage_LaneCards() {
		return (EReference)stageEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCard() {
		return cardEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCard_Color() {
		return (EAttribute)cardEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCard_Image() {
		return (EAttribute)cardEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStep() {
		return stepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStep_Name() {
		return (EAttribute)stepEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStep_Does() {
		return (EAttribute)stepEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStep_Thinks() {
		return (EAttribute)stepEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStep_Asks() {
		return (EAttribute)stepEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getChannel() {
		return channelEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannel_Name() {
		return (EAttribute)channelEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannel_Category() {
		return (EAttribute)channelEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannel_Online() {
		return (EAttribute)channelEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannel_Description() {
		return (EAttribute)channelEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTouchpoint() {
		return touchpointEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTouchpoint_Name() {
		return (EAttribute)touchpointEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTouchpoint_Description() {
		return (EAttribute)touchpointEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTouchpoint_Channel() {
		return (EReference)touchpointEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTouchpoint_Online() {
		return (EAttribute)touchpointEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTouchpoint_Department() {
		return (EAttribute)touchpointEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTouchpoint_Serves() {
		return (EReference)touchpointEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTouchpoint_Compliance() {
		return (EAttribute)touchpointEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTouchpoint_Deviation() {
		return (EAttribute)touchpointEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTouchpoint_ObservedBy() {
		return (EReference)touchpointEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEmotion() {
		return emotionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEmotion_Feeling() {
		return (EAttribute)emotionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEmotion_Valence() {
		return (EAttribute)emotionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEmotion_State() {
		return (EAttribute)emotionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEmotion_Note() {
		return (EAttribute)emotionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEmotion_Step() {
		return (EReference)emotionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEmotion_Touchpoint() {
		return (EReference)emotionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEmotion_Persona() {
		return (EReference)emotionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEmotion_Evidence() {
		return (EReference)emotionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBarrier() {
		return barrierEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBarrier_Name() {
		return (EAttribute)barrierEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBarrier_Description() {
		return (EAttribute)barrierEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBarrier_Kind() {
		return (EAttribute)barrierEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBarrier_Severity() {
		return (EAttribute)barrierEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBarrier_DropOffRate() {
		return (EAttribute)barrierEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBarrier_DropOffNote() {
		return (EAttribute)barrierEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBarrier_Step() {
		return (EReference)barrierEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBarrier_Touchpoint() {
		return (EReference)barrierEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBarrier_Evidence() {
		return (EReference)barrierEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOpportunity() {
		return opportunityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOpportunity_Title() {
		return (EAttribute)opportunityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOpportunity_Description() {
		return (EAttribute)opportunityEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOpportunity_Owner() {
		return (EAttribute)opportunityEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOpportunity_Status() {
		return (EAttribute)opportunityEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOpportunity_Hypothesis() {
		return (EAttribute)opportunityEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOpportunity_Stage() {
		return (EReference)opportunityEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOpportunity_Addresses() {
		return (EReference)opportunityEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOpportunity_Metrics() {
		return (EReference)opportunityEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMetric() {
		return metricEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMetric_Name() {
		return (EAttribute)metricEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMetric_Kind() {
		return (EAttribute)metricEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMetric_Value() {
		return (EAttribute)metricEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMetric_Target() {
		return (EAttribute)metricEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMetric_Unit() {
		return (EAttribute)metricEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMetric_Date() {
		return (EAttribute)metricEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMetric_Stage() {
		return (EReference)metricEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMetric_Source() {
		return (EReference)metricEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMetric_SourceNote() {
		return (EAttribute)metricEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEvidence() {
		return evidenceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidence_Title() {
		return (EAttribute)evidenceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidence_Date() {
		return (EAttribute)evidenceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidence_Description() {
		return (EAttribute)evidenceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getResearchStudy() {
		return researchStudyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResearchStudy_Goal() {
		return (EAttribute)researchStudyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResearchStudy_QuestionGuide() {
		return (EAttribute)researchStudyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResearchStudy_TargetGroups() {
		return (EAttribute)researchStudyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getResearchStudy_Interviews() {
		return (EReference)researchStudyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResearchStudy_DismissedPatterns() {
		return (EAttribute)researchStudyEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInterview() {
		return interviewEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterview_RespondentProfile() {
		return (EAttribute)interviewEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterview_RespondentGroup() {
		return (EAttribute)interviewEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterview_Transcript() {
		return (EAttribute)interviewEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInterview_Quotes() {
		return (EReference)interviewEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getQuote() {
		return quoteEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuote_Text() {
		return (EAttribute)quoteEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuote_Topic() {
		return (EAttribute)quoteEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuote_TranscriptOffset() {
		return (EAttribute)quoteEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuote_TranscriptLength() {
		return (EAttribute)quoteEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInsight() {
		return insightEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInsight_Statement() {
		return (EAttribute)insightEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInsight_Kind() {
		return (EAttribute)insightEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInsight_SupportedBy() {
		return (EReference)insightEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInsight_Quotes() {
		return (EReference)insightEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDataSource() {
		return dataSourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataSource_Kind() {
		return (EAttribute)dataSourceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataSource_Location() {
		return (EAttribute)dataSourceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataSource_SampleSize() {
		return (EAttribute)dataSourceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLinkKind() {
		return linkKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMapStatus() {
		return mapStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPersonaKind() {
		return personaKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getBuyingRole() {
		return buyingRoleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPhase() {
		return phaseEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getStageKind() {
		return stageKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getChannelCategory() {
		return channelCategoryEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCompliance() {
		return complianceEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEmotionState() {
		return emotionStateEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFeeling() {
		return feelingEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getBarrierKind() {
		return barrierKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSeverity() {
		return severityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOpportunityStatus() {
		return opportunityStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMetricKind() {
		return metricKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRespondentGroup() {
		return respondentGroupEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInsightKind() {
		return insightKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDataSourceKind() {
		return dataSourceKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEvidenceLevel() {
		return evidenceLevelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getValence() {
		return valenceEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getPercentage() {
		return percentageEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getHexColor() {
		return hexColorEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CjmFactory getCjmFactory() {
		return (CjmFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		identifiableEClass = createEClass(IDENTIFIABLE);
		createEAttribute(identifiableEClass, IDENTIFIABLE__ID);
		createEAttribute(identifiableEClass, IDENTIFIABLE__IRI);

		cjmElementEClass = createEClass(CJM_ELEMENT);
		createEReference(cjmElementEClass, CJM_ELEMENT__EXTERNAL_LINKS);
		createEReference(cjmElementEClass, CJM_ELEMENT__COMMENT_THREADS);

		commentThreadEClass = createEClass(COMMENT_THREAD);
		createEAttribute(commentThreadEClass, COMMENT_THREAD__RESOLVED);
		createEReference(commentThreadEClass, COMMENT_THREAD__COMMENTS);

		commentEClass = createEClass(COMMENT);
		createEAttribute(commentEClass, COMMENT__AUTHOR);
		createEAttribute(commentEClass, COMMENT__CREATED);
		createEAttribute(commentEClass, COMMENT__TEXT);

		externalLinkEClass = createEClass(EXTERNAL_LINK);
		createEAttribute(externalLinkEClass, EXTERNAL_LINK__TARGET);
		createEAttribute(externalLinkEClass, EXTERNAL_LINK__KIND);
		createEAttribute(externalLinkEClass, EXTERNAL_LINK__LABEL);

		journeyMapEClass = createEClass(JOURNEY_MAP);
		createEAttribute(journeyMapEClass, JOURNEY_MAP__TITLE);
		createEAttribute(journeyMapEClass, JOURNEY_MAP__DESCRIPTION);
		createEAttribute(journeyMapEClass, JOURNEY_MAP__SCOPE);
		createEAttribute(journeyMapEClass, JOURNEY_MAP__OWNER);
		createEAttribute(journeyMapEClass, JOURNEY_MAP__TEAM);
		createEAttribute(journeyMapEClass, JOURNEY_MAP__CREATED);
		createEAttribute(journeyMapEClass, JOURNEY_MAP__MODIFIED);
		createEAttribute(journeyMapEClass, JOURNEY_MAP__STATUS);
		createEReference(journeyMapEClass, JOURNEY_MAP__PERSONAS);
		createEReference(journeyMapEClass, JOURNEY_MAP__STAGES);
		createEReference(journeyMapEClass, JOURNEY_MAP__CHANNELS);
		createEReference(journeyMapEClass, JOURNEY_MAP__STUDIES);
		createEReference(journeyMapEClass, JOURNEY_MAP__DATA_SOURCES);
		createEReference(journeyMapEClass, JOURNEY_MAP__INSIGHTS);
		createEReference(journeyMapEClass, JOURNEY_MAP__OPPORTUNITIES);
		createEReference(journeyMapEClass, JOURNEY_MAP__METRICS);

		personaEClass = createEClass(PERSONA);
		createEAttribute(personaEClass, PERSONA__NAME);
		createEAttribute(personaEClass, PERSONA__KIND);
		createEAttribute(personaEClass, PERSONA__PHOTO);
		createEAttribute(personaEClass, PERSONA__QUOTE);
		createEAttribute(personaEClass, PERSONA__SEGMENT);
		createEAttribute(personaEClass, PERSONA__DESCRIPTION);
		createEAttribute(personaEClass, PERSONA__GOALS);
		createEAttribute(personaEClass, PERSONA__NEEDS);
		createEAttribute(personaEClass, PERSONA__PAINS);
		createEAttribute(personaEClass, PERSONA__FEARS);
		createEAttribute(personaEClass, PERSONA__VALUES);
		createEAttribute(personaEClass, PERSONA__MOTIVATIONS);
		createEReference(personaEClass, PERSONA__DEMOGRAPHICS);
		createEReference(personaEClass, PERSONA__LIFESTYLE);
		createEReference(personaEClass, PERSONA__DECISION_MAKING);
		createEReference(personaEClass, PERSONA__PSYCHOLOGY);
		createEReference(personaEClass, PERSONA__COMPANY);
		createEReference(personaEClass, PERSONA__BUYING_COMMITTEE);
		createEReference(personaEClass, PERSONA__EVIDENCE);

		demographicsEClass = createEClass(DEMOGRAPHICS);
		createEAttribute(demographicsEClass, DEMOGRAPHICS__AGE_MIN);
		createEAttribute(demographicsEClass, DEMOGRAPHICS__AGE_MAX);
		createEAttribute(demographicsEClass, DEMOGRAPHICS__GENDER);
		createEAttribute(demographicsEClass, DEMOGRAPHICS__EDUCATION);
		createEAttribute(demographicsEClass, DEMOGRAPHICS__REGION);
		createEAttribute(demographicsEClass, DEMOGRAPHICS__OCCUPATION);
		createEAttribute(demographicsEClass, DEMOGRAPHICS__SOCIAL_STATUS);
		createEAttribute(demographicsEClass, DEMOGRAPHICS__FAMILY_STATUS);
		createEAttribute(demographicsEClass, DEMOGRAPHICS__INCOME_BAND);

		lifestyleEClass = createEClass(LIFESTYLE);
		createEAttribute(lifestyleEClass, LIFESTYLE__DEVICES);
		createEReference(lifestyleEClass, LIFESTYLE__PREFERRED_CHANNELS);
		createEAttribute(lifestyleEClass, LIFESTYLE__HABITS);
		createEAttribute(lifestyleEClass, LIFESTYLE__INTERESTS);
		createEAttribute(lifestyleEClass, LIFESTYLE__TIME_ONLINE);
		createEAttribute(lifestyleEClass, LIFESTYLE__PURCHASE_FREQUENCY);

		decisionMakingEClass = createEClass(DECISION_MAKING);
		createEAttribute(decisionMakingEClass, DECISION_MAKING__DECIDER);
		createEAttribute(decisionMakingEClass, DECISION_MAKING__INFLUENCERS);
		createEAttribute(decisionMakingEClass, DECISION_MAKING__CRITERIA);
		createEAttribute(decisionMakingEClass, DECISION_MAKING__DURATION);

		psychologicalProfileEClass = createEClass(PSYCHOLOGICAL_PROFILE);
		createEAttribute(psychologicalProfileEClass, PSYCHOLOGICAL_PROFILE__TEMPERAMENT);
		createEAttribute(psychologicalProfileEClass, PSYCHOLOGICAL_PROFILE__COMMUNICATIVENESS);
		createEAttribute(psychologicalProfileEClass, PSYCHOLOGICAL_PROFILE__TRAITS);

		companyProfileEClass = createEClass(COMPANY_PROFILE);
		createEAttribute(companyProfileEClass, COMPANY_PROFILE__INDUSTRY);
		createEAttribute(companyProfileEClass, COMPANY_PROFILE__SIZE);
		createEAttribute(companyProfileEClass, COMPANY_PROFILE__GEOGRAPHY);
		createEAttribute(companyProfileEClass, COMPANY_PROFILE__DESCRIPTION);

		buyingCommitteeRoleEClass = createEClass(BUYING_COMMITTEE_ROLE);
		createEAttribute(buyingCommitteeRoleEClass, BUYING_COMMITTEE_ROLE__ROLE);
		createEAttribute(buyingCommitteeRoleEClass, BUYING_COMMITTEE_ROLE__TITLE);
		createEAttribute(buyingCommitteeRoleEClass, BUYING_COMMITTEE_ROLE__CONCERNS);
		createEAttribute(buyingCommitteeRoleEClass, BUYING_COMMITTEE_ROLE__DESCRIPTION);

		stageEClass = createEClass(STAGE);
		createEAttribute(stageEClass, STAGE__NAME);
		createEAttribute(stageEClass, STAGE__DESCRIPTION);
		createEAttribute(stageEClass, STAGE__PHASE);
		createEAttribute(stageEClass, STAGE__KIND);
		createEReference(stageEClass, STAGE__STEPS);
		createEReference(stageEClass, STAGE__TOUCHPOINTS);
		createEReference(stageEClass, STAGE__EMOTIONS);
		createEReference(stageEClass, STAGE__BARRIERS);
		createEReference(stageEClass, STAGE__LANE_CARDS);

		cardEClass = createEClass(CARD);
		createEAttribute(cardEClass, CARD__COLOR);
		createEAttribute(cardEClass, CARD__IMAGE);

		stepEClass = createEClass(STEP);
		createEAttribute(stepEClass, STEP__NAME);
		createEAttribute(stepEClass, STEP__DOES);
		createEAttribute(stepEClass, STEP__THINKS);
		createEAttribute(stepEClass, STEP__ASKS);

		channelEClass = createEClass(CHANNEL);
		createEAttribute(channelEClass, CHANNEL__NAME);
		createEAttribute(channelEClass, CHANNEL__CATEGORY);
		createEAttribute(channelEClass, CHANNEL__ONLINE);
		createEAttribute(channelEClass, CHANNEL__DESCRIPTION);

		touchpointEClass = createEClass(TOUCHPOINT);
		createEAttribute(touchpointEClass, TOUCHPOINT__NAME);
		createEAttribute(touchpointEClass, TOUCHPOINT__DESCRIPTION);
		createEReference(touchpointEClass, TOUCHPOINT__CHANNEL);
		createEAttribute(touchpointEClass, TOUCHPOINT__ONLINE);
		createEAttribute(touchpointEClass, TOUCHPOINT__DEPARTMENT);
		createEReference(touchpointEClass, TOUCHPOINT__SERVES);
		createEAttribute(touchpointEClass, TOUCHPOINT__COMPLIANCE);
		createEAttribute(touchpointEClass, TOUCHPOINT__DEVIATION);
		createEReference(touchpointEClass, TOUCHPOINT__OBSERVED_BY);

		emotionEClass = createEClass(EMOTION);
		createEAttribute(emotionEClass, EMOTION__FEELING);
		createEAttribute(emotionEClass, EMOTION__VALENCE);
		createEAttribute(emotionEClass, EMOTION__STATE);
		createEAttribute(emotionEClass, EMOTION__NOTE);
		createEReference(emotionEClass, EMOTION__STEP);
		createEReference(emotionEClass, EMOTION__TOUCHPOINT);
		createEReference(emotionEClass, EMOTION__PERSONA);
		createEReference(emotionEClass, EMOTION__EVIDENCE);

		barrierEClass = createEClass(BARRIER);
		createEAttribute(barrierEClass, BARRIER__NAME);
		createEAttribute(barrierEClass, BARRIER__DESCRIPTION);
		createEAttribute(barrierEClass, BARRIER__KIND);
		createEAttribute(barrierEClass, BARRIER__SEVERITY);
		createEAttribute(barrierEClass, BARRIER__DROP_OFF_RATE);
		createEAttribute(barrierEClass, BARRIER__DROP_OFF_NOTE);
		createEReference(barrierEClass, BARRIER__STEP);
		createEReference(barrierEClass, BARRIER__TOUCHPOINT);
		createEReference(barrierEClass, BARRIER__EVIDENCE);

		opportunityEClass = createEClass(OPPORTUNITY);
		createEAttribute(opportunityEClass, OPPORTUNITY__TITLE);
		createEAttribute(opportunityEClass, OPPORTUNITY__DESCRIPTION);
		createEAttribute(opportunityEClass, OPPORTUNITY__OWNER);
		createEAttribute(opportunityEClass, OPPORTUNITY__STATUS);
		createEAttribute(opportunityEClass, OPPORTUNITY__HYPOTHESIS);
		createEReference(opportunityEClass, OPPORTUNITY__STAGE);
		createEReference(opportunityEClass, OPPORTUNITY__ADDRESSES);
		createEReference(opportunityEClass, OPPORTUNITY__METRICS);

		metricEClass = createEClass(METRIC);
		createEAttribute(metricEClass, METRIC__NAME);
		createEAttribute(metricEClass, METRIC__KIND);
		createEAttribute(metricEClass, METRIC__VALUE);
		createEAttribute(metricEClass, METRIC__TARGET);
		createEAttribute(metricEClass, METRIC__UNIT);
		createEAttribute(metricEClass, METRIC__DATE);
		createEReference(metricEClass, METRIC__STAGE);
		createEReference(metricEClass, METRIC__SOURCE);
		createEAttribute(metricEClass, METRIC__SOURCE_NOTE);

		evidenceEClass = createEClass(EVIDENCE);
		createEAttribute(evidenceEClass, EVIDENCE__TITLE);
		createEAttribute(evidenceEClass, EVIDENCE__DATE);
		createEAttribute(evidenceEClass, EVIDENCE__DESCRIPTION);

		researchStudyEClass = createEClass(RESEARCH_STUDY);
		createEAttribute(researchStudyEClass, RESEARCH_STUDY__GOAL);
		createEAttribute(researchStudyEClass, RESEARCH_STUDY__QUESTION_GUIDE);
		createEAttribute(researchStudyEClass, RESEARCH_STUDY__TARGET_GROUPS);
		createEReference(researchStudyEClass, RESEARCH_STUDY__INTERVIEWS);
		createEAttribute(researchStudyEClass, RESEARCH_STUDY__DISMISSED_PATTERNS);

		interviewEClass = createEClass(INTERVIEW);
		createEAttribute(interviewEClass, INTERVIEW__RESPONDENT_PROFILE);
		createEAttribute(interviewEClass, INTERVIEW__RESPONDENT_GROUP);
		createEAttribute(interviewEClass, INTERVIEW__TRANSCRIPT);
		createEReference(interviewEClass, INTERVIEW__QUOTES);

		quoteEClass = createEClass(QUOTE);
		createEAttribute(quoteEClass, QUOTE__TEXT);
		createEAttribute(quoteEClass, QUOTE__TOPIC);
		createEAttribute(quoteEClass, QUOTE__TRANSCRIPT_OFFSET);
		createEAttribute(quoteEClass, QUOTE__TRANSCRIPT_LENGTH);

		insightEClass = createEClass(INSIGHT);
		createEAttribute(insightEClass, INSIGHT__STATEMENT);
		createEAttribute(insightEClass, INSIGHT__KIND);
		createEReference(insightEClass, INSIGHT__SUPPORTED_BY);
		createEReference(insightEClass, INSIGHT__QUOTES);

		dataSourceEClass = createEClass(DATA_SOURCE);
		createEAttribute(dataSourceEClass, DATA_SOURCE__KIND);
		createEAttribute(dataSourceEClass, DATA_SOURCE__LOCATION);
		createEAttribute(dataSourceEClass, DATA_SOURCE__SAMPLE_SIZE);

		// Create enums
		linkKindEEnum = createEEnum(LINK_KIND);
		mapStatusEEnum = createEEnum(MAP_STATUS);
		personaKindEEnum = createEEnum(PERSONA_KIND);
		buyingRoleEEnum = createEEnum(BUYING_ROLE);
		phaseEEnum = createEEnum(PHASE);
		stageKindEEnum = createEEnum(STAGE_KIND);
		channelCategoryEEnum = createEEnum(CHANNEL_CATEGORY);
		complianceEEnum = createEEnum(COMPLIANCE);
		emotionStateEEnum = createEEnum(EMOTION_STATE);
		feelingEEnum = createEEnum(FEELING);
		barrierKindEEnum = createEEnum(BARRIER_KIND);
		severityEEnum = createEEnum(SEVERITY);
		opportunityStatusEEnum = createEEnum(OPPORTUNITY_STATUS);
		metricKindEEnum = createEEnum(METRIC_KIND);
		respondentGroupEEnum = createEEnum(RESPONDENT_GROUP);
		insightKindEEnum = createEEnum(INSIGHT_KIND);
		dataSourceKindEEnum = createEEnum(DATA_SOURCE_KIND);
		evidenceLevelEEnum = createEEnum(EVIDENCE_LEVEL);

		// Create data types
		valenceEDataType = createEDataType(VALENCE);
		percentageEDataType = createEDataType(PERCENTAGE);
		hexColorEDataType = createEDataType(HEX_COLOR);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		cjmElementEClass.getESuperTypes().add(this.getIdentifiable());
		commentThreadEClass.getESuperTypes().add(this.getIdentifiable());
		commentEClass.getESuperTypes().add(this.getIdentifiable());
		externalLinkEClass.getESuperTypes().add(this.getIdentifiable());
		journeyMapEClass.getESuperTypes().add(this.getCjmElement());
		personaEClass.getESuperTypes().add(this.getCjmElement());
		demographicsEClass.getESuperTypes().add(this.getCjmElement());
		lifestyleEClass.getESuperTypes().add(this.getCjmElement());
		decisionMakingEClass.getESuperTypes().add(this.getCjmElement());
		psychologicalProfileEClass.getESuperTypes().add(this.getCjmElement());
		companyProfileEClass.getESuperTypes().add(this.getCjmElement());
		buyingCommitteeRoleEClass.getESuperTypes().add(this.getCjmElement());
		stageEClass.getESuperTypes().add(this.getCjmElement());
		cardEClass.getESuperTypes().add(this.getCjmElement());
		stepEClass.getESuperTypes().add(this.getCard());
		channelEClass.getESuperTypes().add(this.getCjmElement());
		touchpointEClass.getESuperTypes().add(this.getCard());
		emotionEClass.getESuperTypes().add(this.getCard());
		barrierEClass.getESuperTypes().add(this.getCard());
		opportunityEClass.getESuperTypes().add(this.getCard());
		metricEClass.getESuperTypes().add(this.getCard());
		evidenceEClass.getESuperTypes().add(this.getCjmElement());
		researchStudyEClass.getESuperTypes().add(this.getEvidence());
		interviewEClass.getESuperTypes().add(this.getEvidence());
		quoteEClass.getESuperTypes().add(this.getEvidence());
		insightEClass.getESuperTypes().add(this.getEvidence());
		dataSourceEClass.getESuperTypes().add(this.getEvidence());

		// Initialize classes, features, and operations; add parameters
		initEClass(identifiableEClass, Identifiable.class, "Identifiable", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIdentifiable_Id(), ecorePackage.getEString(), "id", null, 1, 1, Identifiable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIdentifiable_Iri(), ecorePackage.getEString(), "iri", null, 0, 1, Identifiable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(cjmElementEClass, CjmElement.class, "CjmElement", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getCjmElement_ExternalLinks(), this.getExternalLink(), null, "externalLinks", null, 0, -1, CjmElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCjmElement_CommentThreads(), this.getCommentThread(), null, "commentThreads", null, 0, -1, CjmElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(commentThreadEClass, CommentThread.class, "CommentThread", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCommentThread_Resolved(), ecorePackage.getEBoolean(), "resolved", null, 0, 1, CommentThread.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCommentThread_Comments(), this.getComment(), null, "comments", null, 1, -1, CommentThread.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(commentEClass, Comment.class, "Comment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getComment_Author(), ecorePackage.getEString(), "author", null, 0, 1, Comment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComment_Created(), ecorePackage.getEDate(), "created", null, 0, 1, Comment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComment_Text(), ecorePackage.getEString(), "text", null, 0, 1, Comment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(externalLinkEClass, ExternalLink.class, "ExternalLink", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getExternalLink_Target(), ecorePackage.getEString(), "target", null, 0, 1, ExternalLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExternalLink_Kind(), this.getLinkKind(), "kind", null, 0, 1, ExternalLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExternalLink_Label(), ecorePackage.getEString(), "label", null, 0, 1, ExternalLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(journeyMapEClass, JourneyMap.class, "JourneyMap", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getJourneyMap_Title(), ecorePackage.getEString(), "title", null, 0, 1, JourneyMap.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getJourneyMap_Description(), ecorePackage.getEString(), "description", null, 0, 1, JourneyMap.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getJourneyMap_Scope(), ecorePackage.getEString(), "scope", null, 0, 1, JourneyMap.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getJourneyMap_Owner(), ecorePackage.getEString(), "owner", null, 0, 1, JourneyMap.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getJourneyMap_Team(), ecorePackage.getEString(), "team", null, 0, 1, JourneyMap.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getJourneyMap_Created(), ecorePackage.getEDate(), "created", null, 0, 1, JourneyMap.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getJourneyMap_Modified(), ecorePackage.getEDate(), "modified", null, 0, 1, JourneyMap.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getJourneyMap_Status(), this.getMapStatus(), "status", null, 0, 1, JourneyMap.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getJourneyMap_Personas(), this.getPersona(), null, "personas", null, 0, -1, JourneyMap.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getJourneyMap_Stages(), this.getStage(), null, "stages", null, 0, -1, JourneyMap.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getJourneyMap_Channels(), this.getChannel(), null, "channels", null, 0, -1, JourneyMap.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getJourneyMap_Studies(), this.getResearchStudy(), null, "studies", null, 0, -1, JourneyMap.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getJourneyMap_DataSources(), this.getDataSource(), null, "dataSources", null, 0, -1, JourneyMap.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getJourneyMap_Insights(), this.getInsight(), null, "insights", null, 0, -1, JourneyMap.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getJourneyMap_Opportunities(), this.getOpportunity(), null, "opportunities", null, 0, -1, JourneyMap.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getJourneyMap_Metrics(), this.getMetric(), null, "metrics", null, 0, -1, JourneyMap.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(personaEClass, Persona.class, "Persona", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPersona_Name(), ecorePackage.getEString(), "name", null, 0, 1, Persona.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPersona_Kind(), this.getPersonaKind(), "kind", null, 0, 1, Persona.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPersona_Photo(), ecorePackage.getEString(), "photo", null, 0, 1, Persona.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPersona_Quote(), ecorePackage.getEString(), "quote", null, 0, 1, Persona.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPersona_Segment(), ecorePackage.getEString(), "segment", null, 0, 1, Persona.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPersona_Description(), ecorePackage.getEString(), "description", null, 0, 1, Persona.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPersona_Goals(), ecorePackage.getEString(), "goals", null, 0, -1, Persona.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPersona_Needs(), ecorePackage.getEString(), "needs", null, 0, -1, Persona.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPersona_Pains(), ecorePackage.getEString(), "pains", null, 0, -1, Persona.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPersona_Fears(), ecorePackage.getEString(), "fears", null, 0, -1, Persona.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPersona_Values(), ecorePackage.getEString(), "values", null, 0, -1, Persona.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPersona_Motivations(), ecorePackage.getEString(), "motivations", null, 0, -1, Persona.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPersona_Demographics(), this.getDemographics(), null, "demographics", null, 0, 1, Persona.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPersona_Lifestyle(), this.getLifestyle(), null, "lifestyle", null, 0, 1, Persona.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPersona_DecisionMaking(), this.getDecisionMaking(), null, "decisionMaking", null, 0, 1, Persona.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPersona_Psychology(), this.getPsychologicalProfile(), null, "psychology", null, 0, 1, Persona.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPersona_Company(), this.getCompanyProfile(), null, "company", null, 0, 1, Persona.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPersona_BuyingCommittee(), this.getBuyingCommitteeRole(), null, "buyingCommittee", null, 0, -1, Persona.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPersona_Evidence(), this.getEvidence(), null, "evidence", null, 0, -1, Persona.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(demographicsEClass, Demographics.class, "Demographics", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDemographics_AgeMin(), ecorePackage.getEIntegerObject(), "ageMin", null, 0, 1, Demographics.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDemographics_AgeMax(), ecorePackage.getEIntegerObject(), "ageMax", null, 0, 1, Demographics.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDemographics_Gender(), ecorePackage.getEString(), "gender", null, 0, 1, Demographics.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDemographics_Education(), ecorePackage.getEString(), "education", null, 0, 1, Demographics.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDemographics_Region(), ecorePackage.getEString(), "region", null, 0, 1, Demographics.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDemographics_Occupation(), ecorePackage.getEString(), "occupation", null, 0, 1, Demographics.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDemographics_SocialStatus(), ecorePackage.getEString(), "socialStatus", null, 0, 1, Demographics.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDemographics_FamilyStatus(), ecorePackage.getEString(), "familyStatus", null, 0, 1, Demographics.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDemographics_IncomeBand(), ecorePackage.getEString(), "incomeBand", null, 0, 1, Demographics.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(lifestyleEClass, Lifestyle.class, "Lifestyle", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLifestyle_Devices(), ecorePackage.getEString(), "devices", null, 0, -1, Lifestyle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLifestyle_PreferredChannels(), this.getChannel(), null, "preferredChannels", null, 0, -1, Lifestyle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLifestyle_Habits(), ecorePackage.getEString(), "habits", null, 0, -1, Lifestyle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLifestyle_Interests(), ecorePackage.getEString(), "interests", null, 0, -1, Lifestyle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLifestyle_TimeOnline(), ecorePackage.getEString(), "timeOnline", null, 0, 1, Lifestyle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLifestyle_PurchaseFrequency(), ecorePackage.getEString(), "purchaseFrequency", null, 0, 1, Lifestyle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(decisionMakingEClass, DecisionMaking.class, "DecisionMaking", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDecisionMaking_Decider(), ecorePackage.getEString(), "decider", null, 0, 1, DecisionMaking.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDecisionMaking_Influencers(), ecorePackage.getEString(), "influencers", null, 0, -1, DecisionMaking.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDecisionMaking_Criteria(), ecorePackage.getEString(), "criteria", null, 0, -1, DecisionMaking.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDecisionMaking_Duration(), ecorePackage.getEString(), "duration", null, 0, 1, DecisionMaking.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(psychologicalProfileEClass, PsychologicalProfile.class, "PsychologicalProfile", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPsychologicalProfile_Temperament(), ecorePackage.getEString(), "temperament", null, 0, 1, PsychologicalProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPsychologicalProfile_Communicativeness(), ecorePackage.getEString(), "communicativeness", null, 0, 1, PsychologicalProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPsychologicalProfile_Traits(), ecorePackage.getEString(), "traits", null, 0, -1, PsychologicalProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(companyProfileEClass, CompanyProfile.class, "CompanyProfile", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCompanyProfile_Industry(), ecorePackage.getEString(), "industry", null, 0, 1, CompanyProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCompanyProfile_Size(), ecorePackage.getEString(), "size", null, 0, 1, CompanyProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCompanyProfile_Geography(), ecorePackage.getEString(), "geography", null, 0, 1, CompanyProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCompanyProfile_Description(), ecorePackage.getEString(), "description", null, 0, 1, CompanyProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(buyingCommitteeRoleEClass, BuyingCommitteeRole.class, "BuyingCommitteeRole", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBuyingCommitteeRole_Role(), this.getBuyingRole(), "role", null, 0, 1, BuyingCommitteeRole.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBuyingCommitteeRole_Title(), ecorePackage.getEString(), "title", null, 0, 1, BuyingCommitteeRole.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBuyingCommitteeRole_Concerns(), ecorePackage.getEString(), "concerns", null, 0, -1, BuyingCommitteeRole.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBuyingCommitteeRole_Description(), ecorePackage.getEString(), "description", null, 0, 1, BuyingCommitteeRole.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(stageEClass, Stage.class, "Stage", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStage_Name(), ecorePackage.getEString(), "name", null, 0, 1, Stage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStage_Description(), ecorePackage.getEString(), "description", null, 0, 1, Stage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStage_Phase(), this.getPhase(), "phase", null, 0, 1, Stage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStage_Kind(), this.getStageKind(), "kind", "CUSTOM", 0, 1, Stage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStage_Steps(), this.getStep(), null, "steps", null, 0, -1, Stage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStage_Touchpoints(), this.getTouchpoint(), null, "touchpoints", null, 0, -1, Stage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStage_Emotions(), this.getEmotion(), null, "emotions", null, 0, -1, Stage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStage_Barriers(), this.getBarrier(), null, "barriers", null, 0, -1, Stage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStage_LaneCards(), this.getCard(), null, "laneCards", null, 0, -1, Stage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(cardEClass, Card.class, "Card", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCard_Color(), this.getHexColor(), "color", null, 0, 1, Card.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCard_Image(), ecorePackage.getEString(), "image", null, 0, 1, Card.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(stepEClass, Step.class, "Step", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStep_Name(), ecorePackage.getEString(), "name", null, 0, 1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStep_Does(), ecorePackage.getEString(), "does", null, 0, 1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStep_Thinks(), ecorePackage.getEString(), "thinks", null, 0, 1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStep_Asks(), ecorePackage.getEString(), "asks", null, 0, 1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(channelEClass, Channel.class, "Channel", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getChannel_Name(), ecorePackage.getEString(), "name", null, 0, 1, Channel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChannel_Category(), this.getChannelCategory(), "category", "OTHER", 0, 1, Channel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChannel_Online(), ecorePackage.getEBoolean(), "online", null, 0, 1, Channel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChannel_Description(), ecorePackage.getEString(), "description", null, 0, 1, Channel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(touchpointEClass, Touchpoint.class, "Touchpoint", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTouchpoint_Name(), ecorePackage.getEString(), "name", null, 0, 1, Touchpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTouchpoint_Description(), ecorePackage.getEString(), "description", null, 0, 1, Touchpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTouchpoint_Channel(), this.getChannel(), null, "channel", null, 0, 1, Touchpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTouchpoint_Online(), ecorePackage.getEBoolean(), "online", null, 0, 1, Touchpoint.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getTouchpoint_Department(), ecorePackage.getEString(), "department", null, 0, 1, Touchpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTouchpoint_Serves(), this.getStep(), null, "serves", null, 0, -1, Touchpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTouchpoint_Compliance(), this.getCompliance(), "compliance", "PLANNED", 0, 1, Touchpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTouchpoint_Deviation(), ecorePackage.getEBoolean(), "deviation", null, 0, 1, Touchpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTouchpoint_ObservedBy(), this.getPersona(), null, "observedBy", null, 0, 1, Touchpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(emotionEClass, Emotion.class, "Emotion", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEmotion_Feeling(), this.getFeeling(), "feeling", "NEUTRAL", 0, 1, Emotion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEmotion_Valence(), this.getValence(), "valence", "0", 0, 1, Emotion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEmotion_State(), this.getEmotionState(), "state", "AS_IS", 0, 1, Emotion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEmotion_Note(), ecorePackage.getEString(), "note", null, 0, 1, Emotion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEmotion_Step(), this.getStep(), null, "step", null, 0, 1, Emotion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEmotion_Touchpoint(), this.getTouchpoint(), null, "touchpoint", null, 0, 1, Emotion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEmotion_Persona(), this.getPersona(), null, "persona", null, 0, 1, Emotion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEmotion_Evidence(), this.getEvidence(), null, "evidence", null, 0, -1, Emotion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(barrierEClass, Barrier.class, "Barrier", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBarrier_Name(), ecorePackage.getEString(), "name", null, 0, 1, Barrier.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBarrier_Description(), ecorePackage.getEString(), "description", null, 0, 1, Barrier.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBarrier_Kind(), this.getBarrierKind(), "kind", "OTHER", 0, 1, Barrier.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBarrier_Severity(), this.getSeverity(), "severity", "MEDIUM", 0, 1, Barrier.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBarrier_DropOffRate(), this.getPercentage(), "dropOffRate", null, 0, 1, Barrier.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBarrier_DropOffNote(), ecorePackage.getEString(), "dropOffNote", null, 0, 1, Barrier.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBarrier_Step(), this.getStep(), null, "step", null, 0, 1, Barrier.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBarrier_Touchpoint(), this.getTouchpoint(), null, "touchpoint", null, 0, 1, Barrier.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBarrier_Evidence(), this.getEvidence(), null, "evidence", null, 0, -1, Barrier.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(opportunityEClass, Opportunity.class, "Opportunity", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOpportunity_Title(), ecorePackage.getEString(), "title", null, 0, 1, Opportunity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOpportunity_Description(), ecorePackage.getEString(), "description", null, 0, 1, Opportunity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOpportunity_Owner(), ecorePackage.getEString(), "owner", null, 0, 1, Opportunity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOpportunity_Status(), this.getOpportunityStatus(), "status", null, 0, 1, Opportunity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOpportunity_Hypothesis(), ecorePackage.getEString(), "hypothesis", null, 0, 1, Opportunity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOpportunity_Stage(), this.getStage(), null, "stage", null, 0, 1, Opportunity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOpportunity_Addresses(), this.getBarrier(), null, "addresses", null, 0, -1, Opportunity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOpportunity_Metrics(), this.getMetric(), null, "metrics", null, 0, -1, Opportunity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(metricEClass, Metric.class, "Metric", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMetric_Name(), ecorePackage.getEString(), "name", null, 0, 1, Metric.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMetric_Kind(), this.getMetricKind(), "kind", "CUSTOM", 0, 1, Metric.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMetric_Value(), ecorePackage.getEDoubleObject(), "value", null, 0, 1, Metric.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMetric_Target(), ecorePackage.getEDoubleObject(), "target", null, 0, 1, Metric.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMetric_Unit(), ecorePackage.getEString(), "unit", null, 0, 1, Metric.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMetric_Date(), ecorePackage.getEDate(), "date", null, 0, 1, Metric.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMetric_Stage(), this.getStage(), null, "stage", null, 0, 1, Metric.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMetric_Source(), this.getEvidence(), null, "source", null, 0, 1, Metric.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMetric_SourceNote(), ecorePackage.getEString(), "sourceNote", null, 0, 1, Metric.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(evidenceEClass, Evidence.class, "Evidence", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEvidence_Title(), ecorePackage.getEString(), "title", null, 0, 1, Evidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidence_Date(), ecorePackage.getEDate(), "date", null, 0, 1, Evidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidence_Description(), ecorePackage.getEString(), "description", null, 0, 1, Evidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(researchStudyEClass, ResearchStudy.class, "ResearchStudy", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getResearchStudy_Goal(), ecorePackage.getEString(), "goal", null, 0, 1, ResearchStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResearchStudy_QuestionGuide(), ecorePackage.getEString(), "questionGuide", null, 0, -1, ResearchStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResearchStudy_TargetGroups(), this.getRespondentGroup(), "targetGroups", null, 0, -1, ResearchStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getResearchStudy_Interviews(), this.getInterview(), null, "interviews", null, 0, -1, ResearchStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResearchStudy_DismissedPatterns(), ecorePackage.getEString(), "dismissedPatterns", null, 0, -1, ResearchStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(interviewEClass, Interview.class, "Interview", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInterview_RespondentProfile(), ecorePackage.getEString(), "respondentProfile", null, 0, 1, Interview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterview_RespondentGroup(), this.getRespondentGroup(), "respondentGroup", null, 0, 1, Interview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterview_Transcript(), ecorePackage.getEString(), "transcript", null, 0, 1, Interview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInterview_Quotes(), this.getQuote(), null, "quotes", null, 0, -1, Interview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(quoteEClass, Quote.class, "Quote", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getQuote_Text(), ecorePackage.getEString(), "text", null, 0, 1, Quote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQuote_Topic(), ecorePackage.getEString(), "topic", null, 0, 1, Quote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQuote_TranscriptOffset(), ecorePackage.getEIntegerObject(), "transcriptOffset", null, 0, 1, Quote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQuote_TranscriptLength(), ecorePackage.getEIntegerObject(), "transcriptLength", null, 0, 1, Quote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(insightEClass, Insight.class, "Insight", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInsight_Statement(), ecorePackage.getEString(), "statement", null, 0, 1, Insight.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInsight_Kind(), this.getInsightKind(), "kind", "OTHER", 0, 1, Insight.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInsight_SupportedBy(), this.getInterview(), null, "supportedBy", null, 0, -1, Insight.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInsight_Quotes(), this.getQuote(), null, "quotes", null, 0, -1, Insight.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(dataSourceEClass, DataSource.class, "DataSource", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDataSource_Kind(), this.getDataSourceKind(), "kind", "OTHER", 0, 1, DataSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataSource_Location(), ecorePackage.getEString(), "location", null, 0, 1, DataSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataSource_SampleSize(), ecorePackage.getEIntegerObject(), "sampleSize", null, 0, 1, DataSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(linkKindEEnum, LinkKind.class, "LinkKind");
		addEEnumLiteral(linkKindEEnum, LinkKind.SEE_ALSO);
		addEEnumLiteral(linkKindEEnum, LinkKind.SAME_AS);
		addEEnumLiteral(linkKindEEnum, LinkKind.EXACT_MATCH);
		addEEnumLiteral(linkKindEEnum, LinkKind.CLOSE_MATCH);

		initEEnum(mapStatusEEnum, MapStatus.class, "MapStatus");
		addEEnumLiteral(mapStatusEEnum, MapStatus.DRAFT);
		addEEnumLiteral(mapStatusEEnum, MapStatus.VALIDATED);
		addEEnumLiteral(mapStatusEEnum, MapStatus.ARCHIVED);

		initEEnum(personaKindEEnum, PersonaKind.class, "PersonaKind");
		addEEnumLiteral(personaKindEEnum, PersonaKind.B2C);
		addEEnumLiteral(personaKindEEnum, PersonaKind.B2B);

		initEEnum(buyingRoleEEnum, BuyingRole.class, "BuyingRole");
		addEEnumLiteral(buyingRoleEEnum, BuyingRole.DECISION_MAKER);
		addEEnumLiteral(buyingRoleEEnum, BuyingRole.PURCHASER);
		addEEnumLiteral(buyingRoleEEnum, BuyingRole.TECHNICAL_EXPERT);
		addEEnumLiteral(buyingRoleEEnum, BuyingRole.USER);
		addEEnumLiteral(buyingRoleEEnum, BuyingRole.INFLUENCER);
		addEEnumLiteral(buyingRoleEEnum, BuyingRole.GATEKEEPER);
		addEEnumLiteral(buyingRoleEEnum, BuyingRole.INITIATOR);
		addEEnumLiteral(buyingRoleEEnum, BuyingRole.OTHER);

		initEEnum(phaseEEnum, Phase.class, "Phase");
		addEEnumLiteral(phaseEEnum, Phase.BEFORE_PURCHASE);
		addEEnumLiteral(phaseEEnum, Phase.DURING_PURCHASE);
		addEEnumLiteral(phaseEEnum, Phase.AFTER_PURCHASE);

		initEEnum(stageKindEEnum, StageKind.class, "StageKind");
		addEEnumLiteral(stageKindEEnum, StageKind.NEED);
		addEEnumLiteral(stageKindEEnum, StageKind.INFORMATION_SEARCH);
		addEEnumLiteral(stageKindEEnum, StageKind.CHOOSING_ALTERNATIVES);
		addEEnumLiteral(stageKindEEnum, StageKind.PURCHASE);
		addEEnumLiteral(stageKindEEnum, StageKind.USAGE);
		addEEnumLiteral(stageKindEEnum, StageKind.LOYALTY_OR_CHURN);
		addEEnumLiteral(stageKindEEnum, StageKind.CUSTOM);

		initEEnum(channelCategoryEEnum, ChannelCategory.class, "ChannelCategory");
		addEEnumLiteral(channelCategoryEEnum, ChannelCategory.WEBSITE);
		addEEnumLiteral(channelCategoryEEnum, ChannelCategory.SOCIAL_NETWORK);
		addEEnumLiteral(channelCategoryEEnum, ChannelCategory.SEARCH_ADS);
		addEEnumLiteral(channelCategoryEEnum, ChannelCategory.EMAIL);
		addEEnumLiteral(channelCategoryEEnum, ChannelCategory.CHAT);
		addEEnumLiteral(channelCategoryEEnum, ChannelCategory.MOBILE_APP);
		addEEnumLiteral(channelCategoryEEnum, ChannelCategory.REVIEWS_MARKETPLACE);
		addEEnumLiteral(channelCategoryEEnum, ChannelCategory.PHYSICAL_STORE);
		addEEnumLiteral(channelCategoryEEnum, ChannelCategory.SALES_REP);
		addEEnumLiteral(channelCategoryEEnum, ChannelCategory.PHONE_CALL);
		addEEnumLiteral(channelCategoryEEnum, ChannelCategory.PACKAGING);
		addEEnumLiteral(channelCategoryEEnum, ChannelCategory.PRINTED_MATERIAL);
		addEEnumLiteral(channelCategoryEEnum, ChannelCategory.OUTDOOR_ADS);
		addEEnumLiteral(channelCategoryEEnum, ChannelCategory.EVENTS);
		addEEnumLiteral(channelCategoryEEnum, ChannelCategory.OTHER);

		initEEnum(complianceEEnum, Compliance.class, "Compliance");
		addEEnumLiteral(complianceEEnum, Compliance.PLANNED);
		addEEnumLiteral(complianceEEnum, Compliance.COMPLETED);
		addEEnumLiteral(complianceEEnum, Compliance.MISSING);
		addEEnumLiteral(complianceEEnum, Compliance.FAILING);
		addEEnumLiteral(complianceEEnum, Compliance.AD_HOC);

		initEEnum(emotionStateEEnum, EmotionState.class, "EmotionState");
		addEEnumLiteral(emotionStateEEnum, EmotionState.AS_IS);
		addEEnumLiteral(emotionStateEEnum, EmotionState.TO_BE);

		initEEnum(feelingEEnum, Feeling.class, "Feeling");
		addEEnumLiteral(feelingEEnum, Feeling.DELIGHT);
		addEEnumLiteral(feelingEEnum, Feeling.JOY);
		addEEnumLiteral(feelingEEnum, Feeling.SATISFACTION);
		addEEnumLiteral(feelingEEnum, Feeling.TRUST);
		addEEnumLiteral(feelingEEnum, Feeling.RELIEF);
		addEEnumLiteral(feelingEEnum, Feeling.INTEREST);
		addEEnumLiteral(feelingEEnum, Feeling.SURPRISE);
		addEEnumLiteral(feelingEEnum, Feeling.NEUTRAL);
		addEEnumLiteral(feelingEEnum, Feeling.BOREDOM);
		addEEnumLiteral(feelingEEnum, Feeling.CONFUSION);
		addEEnumLiteral(feelingEEnum, Feeling.DOUBT);
		addEEnumLiteral(feelingEEnum, Feeling.ANXIETY);
		addEEnumLiteral(feelingEEnum, Feeling.IRRITATION);
		addEEnumLiteral(feelingEEnum, Feeling.FRUSTRATION);
		addEEnumLiteral(feelingEEnum, Feeling.DISAPPOINTMENT);
		addEEnumLiteral(feelingEEnum, Feeling.ANGER);

		initEEnum(barrierKindEEnum, BarrierKind.class, "BarrierKind");
		addEEnumLiteral(barrierKindEEnum, BarrierKind.LONG_WAIT);
		addEEnumLiteral(barrierKindEEnum, BarrierKind.MISSING_INFORMATION);
		addEEnumLiteral(barrierKindEEnum, BarrierKind.COMPLEX_REGISTRATION);
		addEEnumLiteral(barrierKindEEnum, BarrierKind.OPAQUE_PRICING);
		addEEnumLiteral(barrierKindEEnum, BarrierKind.INCONSISTENT_EXPERIENCE);
		addEEnumLiteral(barrierKindEEnum, BarrierKind.TECHNICAL_FAILURE);
		addEEnumLiteral(barrierKindEEnum, BarrierKind.POOR_SUPPORT);
		addEEnumLiteral(barrierKindEEnum, BarrierKind.OTHER);

		initEEnum(severityEEnum, Severity.class, "Severity");
		addEEnumLiteral(severityEEnum, Severity.LOW);
		addEEnumLiteral(severityEEnum, Severity.MEDIUM);
		addEEnumLiteral(severityEEnum, Severity.HIGH);
		addEEnumLiteral(severityEEnum, Severity.CRITICAL);

		initEEnum(opportunityStatusEEnum, OpportunityStatus.class, "OpportunityStatus");
		addEEnumLiteral(opportunityStatusEEnum, OpportunityStatus.IDEA);
		addEEnumLiteral(opportunityStatusEEnum, OpportunityStatus.PLANNED);
		addEEnumLiteral(opportunityStatusEEnum, OpportunityStatus.IN_PROGRESS);
		addEEnumLiteral(opportunityStatusEEnum, OpportunityStatus.DONE);
		addEEnumLiteral(opportunityStatusEEnum, OpportunityStatus.REJECTED);

		initEEnum(metricKindEEnum, MetricKind.class, "MetricKind");
		addEEnumLiteral(metricKindEEnum, MetricKind.NPS);
		addEEnumLiteral(metricKindEEnum, MetricKind.CONVERSION);
		addEEnumLiteral(metricKindEEnum, MetricKind.DROP_OFF_RATE);
		addEEnumLiteral(metricKindEEnum, MetricKind.CSAT);
		addEEnumLiteral(metricKindEEnum, MetricKind.CES);
		addEEnumLiteral(metricKindEEnum, MetricKind.RETENTION);
		addEEnumLiteral(metricKindEEnum, MetricKind.CHURN);
		addEEnumLiteral(metricKindEEnum, MetricKind.REVENUE);
		addEEnumLiteral(metricKindEEnum, MetricKind.CUSTOM);

		initEEnum(respondentGroupEEnum, RespondentGroup.class, "RespondentGroup");
		addEEnumLiteral(respondentGroupEEnum, RespondentGroup.CURRENT_CUSTOMERS);
		addEEnumLiteral(respondentGroupEEnum, RespondentGroup.FORMER_CUSTOMERS);
		addEEnumLiteral(respondentGroupEEnum, RespondentGroup.INTERESTED_NON_BUYERS);
		addEEnumLiteral(respondentGroupEEnum, RespondentGroup.COMPETITOR_CUSTOMERS);
		addEEnumLiteral(respondentGroupEEnum, RespondentGroup.PROSPECTS);
		addEEnumLiteral(respondentGroupEEnum, RespondentGroup.FRONTLINE_EMPLOYEES);
		addEEnumLiteral(respondentGroupEEnum, RespondentGroup.OTHER);

		initEEnum(insightKindEEnum, InsightKind.class, "InsightKind");
		addEEnumLiteral(insightKindEEnum, InsightKind.REPEATED_WORDING);
		addEEnumLiteral(insightKindEEnum, InsightKind.FEAR);
		addEEnumLiteral(insightKindEEnum, InsightKind.DOUBT);
		addEEnumLiteral(insightKindEEnum, InsightKind.REFUSAL_REASON);
		addEEnumLiteral(insightKindEEnum, InsightKind.NEED);
		addEEnumLiteral(insightKindEEnum, InsightKind.OTHER);

		initEEnum(dataSourceKindEEnum, DataSourceKind.class, "DataSourceKind");
		addEEnumLiteral(dataSourceKindEEnum, DataSourceKind.WEB_ANALYTICS);
		addEEnumLiteral(dataSourceKindEEnum, DataSourceKind.CRM);
		addEEnumLiteral(dataSourceKindEEnum, DataSourceKind.SURVEY);
		addEEnumLiteral(dataSourceKindEEnum, DataSourceKind.NPS);
		addEEnumLiteral(dataSourceKindEEnum, DataSourceKind.HEATMAP);
		addEEnumLiteral(dataSourceKindEEnum, DataSourceKind.SESSION_RECORDING);
		addEEnumLiteral(dataSourceKindEEnum, DataSourceKind.SALES_TEAM_INPUT);
		addEEnumLiteral(dataSourceKindEEnum, DataSourceKind.SUPPORT_TICKETS);
		addEEnumLiteral(dataSourceKindEEnum, DataSourceKind.OTHER);

		initEEnum(evidenceLevelEEnum, EvidenceLevel.class, "EvidenceLevel");
		addEEnumLiteral(evidenceLevelEEnum, EvidenceLevel.ASSUMPTION);
		addEEnumLiteral(evidenceLevelEEnum, EvidenceLevel.DATA_ONLY);
		addEEnumLiteral(evidenceLevelEEnum, EvidenceLevel.ONE_INTERVIEW);
		addEEnumLiteral(evidenceLevelEEnum, EvidenceLevel.SEVERAL_INTERVIEWS);
		addEEnumLiteral(evidenceLevelEEnum, EvidenceLevel.INTERVIEWS_AND_DATA);

		// Initialize data types
		initEDataType(valenceEDataType, int.class, "Valence", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(percentageEDataType, Double.class, "Percentage", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(hexColorEDataType, String.class, "HexColor", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http:///org/eclipse/emf/ecore/util/ExtendedMetaData
		createExtendedMetaDataAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http:///org/eclipse/emf/ecore/util/ExtendedMetaData</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createExtendedMetaDataAnnotations() {
		String source = "http:///org/eclipse/emf/ecore/util/ExtendedMetaData";
		addAnnotation
		  (valenceEDataType,
		   source,
		   new String[] {
			   "name", "Valence",
			   "baseType", "http://www.eclipse.org/emf/2002/Ecore#EInt",
			   "minInclusive", "-3",
			   "maxInclusive", "3"
		   });
		addAnnotation
		  (percentageEDataType,
		   source,
		   new String[] {
			   "name", "Percentage",
			   "baseType", "http://www.eclipse.org/emf/2002/Ecore#EDoubleObject",
			   "minInclusive", "0.0",
			   "maxInclusive", "100.0"
		   });
		addAnnotation
		  (hexColorEDataType,
		   source,
		   new String[] {
			   "name", "HexColor",
			   "baseType", "http://www.eclipse.org/emf/2003/XMLType#string",
			   "pattern", "#[0-9a-fA-F]{6}"
		   });
	}

} //CjmPackageImpl
