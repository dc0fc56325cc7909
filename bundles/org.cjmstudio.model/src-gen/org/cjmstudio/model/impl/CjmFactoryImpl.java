/**
 * Copyright (c) the CJM Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cjmstudio.model.impl;

import org.cjmstudio.model.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.eclipse.emf.ecore.xml.type.XMLTypeFactory;
import org.eclipse.emf.ecore.xml.type.XMLTypePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class CjmFactoryImpl extends EFactoryImpl implements CjmFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static CjmFactory init() {
		try {
			CjmFactory theCjmFactory = (CjmFactory)EPackage.Registry.INSTANCE.getEFactory(CjmPackage.eNS_URI);
			if (theCjmFactory != null) {
				return theCjmFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new CjmFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CjmFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case CjmPackage.COMMENT_THREAD: return createCommentThread();
			case CjmPackage.COMMENT: return createComment();
			case CjmPackage.EXTERNAL_LINK: return createExternalLink();
			case CjmPackage.JOURNEY_MAP: return createJourneyMap();
			case CjmPackage.PERSONA: return createPersona();
			case CjmPackage.DEMOGRAPHICS: return createDemographics();
			case CjmPackage.LIFESTYLE: return createLifestyle();
			case CjmPackage.DECISION_MAKING: return createDecisionMaking();
			case CjmPackage.PSYCHOLOGICAL_PROFILE: return createPsychologicalProfile();
			case CjmPackage.COMPANY_PROFILE: return createCompanyProfile();
			case CjmPackage.BUYING_COMMITTEE_ROLE: return createBuyingCommitteeRole();
			case CjmPackage.STAGE: return createStage();
			case CjmPackage.STEP: return createStep();
			case CjmPackage.CHANNEL: return createChannel();
			case CjmPackage.TOUCHPOINT: return createTouchpoint();
			case CjmPackage.EMOTION: return createEmotion();
			case CjmPackage.BARRIER: return createBarrier();
			case CjmPackage.OPPORTUNITY: return createOpportunity();
			case CjmPackage.METRIC: return createMetric();
			case CjmPackage.RESEARCH_STUDY: return createResearchStudy();
			case CjmPackage.INTERVIEW: return createInterview();
			case CjmPackage.QUOTE: return createQuote();
			case CjmPackage.INSIGHT: return createInsight();
			case CjmPackage.DATA_SOURCE: return createDataSource();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case CjmPackage.LINK_KIND:
				return createLinkKindFromString(eDataType, initialValue);
			case CjmPackage.MAP_STATUS:
				return createMapStatusFromString(eDataType, initialValue);
			case CjmPackage.PERSONA_KIND:
				return createPersonaKindFromString(eDataType, initialValue);
			case CjmPackage.BUYING_ROLE:
				return createBuyingRoleFromString(eDataType, initialValue);
			case CjmPackage.PHASE:
				return createPhaseFromString(eDataType, initialValue);
			case CjmPackage.STAGE_KIND:
				return createStageKindFromString(eDataType, initialValue);
			case CjmPackage.CHANNEL_CATEGORY:
				return createChannelCategoryFromString(eDataType, initialValue);
			case CjmPackage.COMPLIANCE:
				return createComplianceFromString(eDataType, initialValue);
			case CjmPackage.EMOTION_STATE:
				return createEmotionStateFromString(eDataType, initialValue);
			case CjmPackage.FEELING:
				return createFeelingFromString(eDataType, initialValue);
			case CjmPackage.BARRIER_KIND:
				return createBarrierKindFromString(eDataType, initialValue);
			case CjmPackage.SEVERITY:
				return createSeverityFromString(eDataType, initialValue);
			case CjmPackage.OPPORTUNITY_STATUS:
				return createOpportunityStatusFromString(eDataType, initialValue);
			case CjmPackage.METRIC_KIND:
				return createMetricKindFromString(eDataType, initialValue);
			case CjmPackage.RESPONDENT_GROUP:
				return createRespondentGroupFromString(eDataType, initialValue);
			case CjmPackage.INSIGHT_KIND:
				return createInsightKindFromString(eDataType, initialValue);
			case CjmPackage.DATA_SOURCE_KIND:
				return createDataSourceKindFromString(eDataType, initialValue);
			case CjmPackage.EVIDENCE_LEVEL:
				return createEvidenceLevelFromString(eDataType, initialValue);
			case CjmPackage.VALENCE:
				return createValenceFromString(eDataType, initialValue);
			case CjmPackage.PERCENTAGE:
				return createPercentageFromString(eDataType, initialValue);
			case CjmPackage.HEX_COLOR:
				return createHexColorFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case CjmPackage.LINK_KIND:
				return convertLinkKindToString(eDataType, instanceValue);
			case CjmPackage.MAP_STATUS:
				return convertMapStatusToString(eDataType, instanceValue);
			case CjmPackage.PERSONA_KIND:
				return convertPersonaKindToString(eDataType, instanceValue);
			case CjmPackage.BUYING_ROLE:
				return convertBuyingRoleToString(eDataType, instanceValue);
			case CjmPackage.PHASE:
				return convertPhaseToString(eDataType, instanceValue);
			case CjmPackage.STAGE_KIND:
				return convertStageKindToString(eDataType, instanceValue);
			case CjmPackage.CHANNEL_CATEGORY:
				return convertChannelCategoryToString(eDataType, instanceValue);
			case CjmPackage.COMPLIANCE:
				return convertComplianceToString(eDataType, instanceValue);
			case CjmPackage.EMOTION_STATE:
				return convertEmotionStateToString(eDataType, instanceValue);
			case CjmPackage.FEELING:
				return convertFeelingToString(eDataType, instanceValue);
			case CjmPackage.BARRIER_KIND:
				return convertBarrierKindToString(eDataType, instanceValue);
			case CjmPackage.SEVERITY:
				return convertSeverityToString(eDataType, instanceValue);
			case CjmPackage.OPPORTUNITY_STATUS:
				return convertOpportunityStatusToString(eDataType, instanceValue);
			case CjmPackage.METRIC_KIND:
				return convertMetricKindToString(eDataType, instanceValue);
			case CjmPackage.RESPONDENT_GROUP:
				return convertRespondentGroupToString(eDataType, instanceValue);
			case CjmPackage.INSIGHT_KIND:
				return convertInsightKindToString(eDataType, instanceValue);
			case CjmPackage.DATA_SOURCE_KIND:
				return convertDataSourceKindToString(eDataType, instanceValue);
			case CjmPackage.EVIDENCE_LEVEL:
				return convertEvidenceLevelToString(eDataType, instanceValue);
			case CjmPackage.VALENCE:
				return convertValenceToString(eDataType, instanceValue);
			case CjmPackage.PERCENTAGE:
				return convertPercentageToString(eDataType, instanceValue);
			case CjmPackage.HEX_COLOR:
				return convertHexColorToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CommentThread createCommentThread() {
		CommentThreadImpl commentThread = new CommentThreadImpl();
		return commentThread;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Comment createComment() {
		CommentImpl comment = new CommentImpl();
		return comment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExternalLink createExternalLink() {
		ExternalLinkImpl externalLink = new ExternalLinkImpl();
		return externalLink;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public JourneyMap createJourneyMap() {
		JourneyMapImpl journeyMap = new JourneyMapImpl();
		return journeyMap;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Persona createPersona() {
		PersonaImpl persona = new PersonaImpl();
		return persona;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Demographics createDemographics() {
		DemographicsImpl demographics = new DemographicsImpl();
		return demographics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Lifestyle createLifestyle() {
		LifestyleImpl lifestyle = new LifestyleImpl();
		return lifestyle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DecisionMaking createDecisionMaking() {
		DecisionMakingImpl decisionMaking = new DecisionMakingImpl();
		return decisionMaking;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PsychologicalProfile createPsychologicalProfile() {
		PsychologicalProfileImpl psychologicalProfile = new PsychologicalProfileImpl();
		return psychologicalProfile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CompanyProfile createCompanyProfile() {
		CompanyProfileImpl companyProfile = new CompanyProfileImpl();
		return companyProfile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BuyingCommitteeRole createBuyingCommitteeRole() {
		BuyingCommitteeRoleImpl buyingCommitteeRole = new BuyingCommitteeRoleImpl();
		return buyingCommitteeRole;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Stage createStage() {
		StageImpl stage = new StageImpl();
		return stage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Step createStep() {
		StepImpl step = new StepImpl();
		return step;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Channel createChannel() {
		ChannelImpl channel = new ChannelImpl();
		return channel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Touchpoint createTouchpoint() {
		TouchpointImpl touchpoint = new TouchpointImpl();
		return touchpoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Emotion createEmotion() {
		EmotionImpl emotion = new EmotionImpl();
		return emotion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Barrier createBarrier() {
		BarrierImpl barrier = new BarrierImpl();
		return barrier;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Opportunity createOpportunity() {
		OpportunityImpl opportunity = new OpportunityImpl();
		return opportunity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Metric createMetric() {
		MetricImpl metric = new MetricImpl();
		return metric;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResearchStudy createResearchStudy() {
		ResearchStudyImpl researchStudy = new ResearchStudyImpl();
		return researchStudy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Interview createInterview() {
		InterviewImpl interview = new InterviewImpl();
		return interview;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Quote createQuote() {
		QuoteImpl quote = new QuoteImpl();
		return quote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Insight createInsight() {
		InsightImpl insight = new InsightImpl();
		return insight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataSource createDataSource() {
		DataSourceImpl dataSource = new DataSourceImpl();
		return dataSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LinkKind createLinkKindFromString(EDataType eDataType, String initialValue) {
		LinkKind result = LinkKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLinkKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MapStatus createMapStatusFromString(EDataType eDataType, String initialValue) {
		MapStatus result = MapStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMapStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PersonaKind createPersonaKindFromString(EDataType eDataType, String initialValue) {
		PersonaKind result = PersonaKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPersonaKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BuyingRole createBuyingRoleFromString(EDataType eDataType, String initialValue) {
		BuyingRole result = BuyingRole.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBuyingRoleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Phase createPhaseFromString(EDataType eDataType, String initialValue) {
		Phase result = Phase.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPhaseToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StageKind createStageKindFromString(EDataType eDataType, String initialValue) {
		StageKind result = StageKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertStageKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ChannelCategory createChannelCategoryFromString(EDataType eDataType, String initialValue) {
		ChannelCategory result = ChannelCategory.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertChannelCategoryToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Compliance createComplianceFromString(EDataType eDataType, String initialValue) {
		Compliance result = Compliance.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertComplianceToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EmotionState createEmotionStateFromString(EDataType eDataType, String initialValue) {
		EmotionState result = EmotionState.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEmotionStateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Feeling createFeelingFromString(EDataType eDataType, String initialValue) {
		Feeling result = Feeling.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFeelingToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BarrierKind createBarrierKindFromString(EDataType eDataType, String initialValue) {
		BarrierKind result = BarrierKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBarrierKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Severity createSeverityFromString(EDataType eDataType, String initialValue) {
		Severity result = Severity.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSeverityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OpportunityStatus createOpportunityStatusFromString(EDataType eDataType, String initialValue) {
		OpportunityStatus result = OpportunityStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOpportunityStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MetricKind createMetricKindFromString(EDataType eDataType, String initialValue) {
		MetricKind result = MetricKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMetricKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RespondentGroup createRespondentGroupFromString(EDataType eDataType, String initialValue) {
		RespondentGroup result = RespondentGroup.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRespondentGroupToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InsightKind createInsightKindFromString(EDataType eDataType, String initialValue) {
		InsightKind result = InsightKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInsightKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DataSourceKind createDataSourceKindFromString(EDataType eDataType, String initialValue) {
		DataSourceKind result = DataSourceKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDataSourceKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EvidenceLevel createEvidenceLevelFromString(EDataType eDataType, String initialValue) {
		EvidenceLevel result = EvidenceLevel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEvidenceLevelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Integer createValenceFromString(EDataType eDataType, String initialValue) {
		return (Integer)EcoreFactory.eINSTANCE.createFromString(EcorePackage.Literals.EINT, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertValenceToString(EDataType eDataType, Object instanceValue) {
		return EcoreFactory.eINSTANCE.convertToString(EcorePackage.Literals.EINT, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Double createPercentageFromString(EDataType eDataType, String initialValue) {
		return (Double)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPercentageToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createHexColorFromString(EDataType eDataType, String initialValue) {
		return (String)XMLTypeFactory.eINSTANCE.createFromString(XMLTypePackage.Literals.STRING, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertHexColorToString(EDataType eDataType, Object instanceValue) {
		return XMLTypeFactory.eINSTANCE.convertToString(XMLTypePackage.Literals.STRING, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CjmPackage getCjmPackage() {
		return (CjmPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static CjmPackage getPackage() {
		return CjmPackage.eINSTANCE;
	}

} //CjmFactoryImpl
