/**
 * Copyright (c) the CJM Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cjmstudio.model.util;

import java.util.Map;

import org.cjmstudio.model.*;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.emf.ecore.util.EcoreValidator;

import org.eclipse.emf.ecore.xml.type.util.XMLTypeUtil;
import org.eclipse.emf.ecore.xml.type.util.XMLTypeValidator;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see org.cjmstudio.model.CjmPackage
 * @generated
 */
public class CjmValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final CjmValidator INSTANCE = new CjmValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "org.cjmstudio.model";

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 0;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants in a derived class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final int DIAGNOSTIC_CODE_COUNT = GENERATED_DIAGNOSTIC_CODE_COUNT;

	/**
	 * The cached base package validator.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EcoreValidator ecoreValidator;

	/**
	 * The cached base package validator.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected XMLTypeValidator xmlTypeValidator;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CjmValidator() {
		super();
		ecoreValidator = EcoreValidator.INSTANCE;
		xmlTypeValidator = XMLTypeValidator.INSTANCE;
	}

	/**
	 * Returns the package of this validator switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EPackage getEPackage() {
	  return CjmPackage.eINSTANCE;
	}

	/**
	 * Calls <code>validateXXX</code> for the corresponding classifier of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		switch (classifierID) {
			case CjmPackage.IDENTIFIABLE:
				return validateIdentifiable((Identifiable)value, diagnostics, context);
			case CjmPackage.CJM_ELEMENT:
				return validateCjmElement((CjmElement)value, diagnostics, context);
			case CjmPackage.COMMENT_THREAD:
				return validateCommentThread((CommentThread)value, diagnostics, context);
			case CjmPackage.COMMENT:
				return validateComment((Comment)value, diagnostics, context);
			case CjmPackage.EXTERNAL_LINK:
				return validateExternalLink((ExternalLink)value, diagnostics, context);
			case CjmPackage.JOURNEY_MAP:
				return validateJourneyMap((JourneyMap)value, diagnostics, context);
			case CjmPackage.PERSONA:
				return validatePersona((Persona)value, diagnostics, context);
			case CjmPackage.DEMOGRAPHICS:
				return validateDemographics((Demographics)value, diagnostics, context);
			case CjmPackage.LIFESTYLE:
				return validateLifestyle((Lifestyle)value, diagnostics, context);
			case CjmPackage.DECISION_MAKING:
				return validateDecisionMaking((DecisionMaking)value, diagnostics, context);
			case CjmPackage.PSYCHOLOGICAL_PROFILE:
				return validatePsychologicalProfile((PsychologicalProfile)value, diagnostics, context);
			case CjmPackage.COMPANY_PROFILE:
				return validateCompanyProfile((CompanyProfile)value, diagnostics, context);
			case CjmPackage.BUYING_COMMITTEE_ROLE:
				return validateBuyingCommitteeRole((BuyingCommitteeRole)value, diagnostics, context);
			case CjmPackage.STAGE:
				return validateStage((Stage)value, diagnostics, context);
			case CjmPackage.CARD:
				return validateCard((Card)value, diagnostics, context);
			case CjmPackage.STEP:
				return validateStep((Step)value, diagnostics, context);
			case CjmPackage.CHANNEL:
				return validateChannel((Channel)value, diagnostics, context);
			case CjmPackage.TOUCHPOINT:
				return validateTouchpoint((Touchpoint)value, diagnostics, context);
			case CjmPackage.EMOTION:
				return validateEmotion((Emotion)value, diagnostics, context);
			case CjmPackage.BARRIER:
				return validateBarrier((Barrier)value, diagnostics, context);
			case CjmPackage.OPPORTUNITY:
				return validateOpportunity((Opportunity)value, diagnostics, context);
			case CjmPackage.METRIC:
				return validateMetric((Metric)value, diagnostics, context);
			case CjmPackage.EVIDENCE:
				return validateEvidence((Evidence)value, diagnostics, context);
			case CjmPackage.RESEARCH_STUDY:
				return validateResearchStudy((ResearchStudy)value, diagnostics, context);
			case CjmPackage.INTERVIEW:
				return validateInterview((Interview)value, diagnostics, context);
			case CjmPackage.QUOTE:
				return validateQuote((Quote)value, diagnostics, context);
			case CjmPackage.INSIGHT:
				return validateInsight((Insight)value, diagnostics, context);
			case CjmPackage.DATA_SOURCE:
				return validateDataSource((DataSource)value, diagnostics, context);
			case CjmPackage.LINK_KIND:
				return validateLinkKind((LinkKind)value, diagnostics, context);
			case CjmPackage.MAP_STATUS:
				return validateMapStatus((MapStatus)value, diagnostics, context);
			case CjmPackage.PERSONA_KIND:
				return validatePersonaKind((PersonaKind)value, diagnostics, context);
			case CjmPackage.BUYING_ROLE:
				return validateBuyingRole((BuyingRole)value, diagnostics, context);
			case CjmPackage.PHASE:
				return validatePhase((Phase)value, diagnostics, context);
			case CjmPackage.STAGE_KIND:
				return validateStageKind((StageKind)value, diagnostics, context);
			case CjmPackage.CHANNEL_CATEGORY:
				return validateChannelCategory((ChannelCategory)value, diagnostics, context);
			case CjmPackage.COMPLIANCE:
				return validateCompliance((Compliance)value, diagnostics, context);
			case CjmPackage.EMOTION_STATE:
				return validateEmotionState((EmotionState)value, diagnostics, context);
			case CjmPackage.FEELING:
				return validateFeeling((Feeling)value, diagnostics, context);
			case CjmPackage.BARRIER_KIND:
				return validateBarrierKind((BarrierKind)value, diagnostics, context);
			case CjmPackage.SEVERITY:
				return validateSeverity((Severity)value, diagnostics, context);
			case CjmPackage.OPPORTUNITY_STATUS:
				return validateOpportunityStatus((OpportunityStatus)value, diagnostics, context);
			case CjmPackage.METRIC_KIND:
				return validateMetricKind((MetricKind)value, diagnostics, context);
			case CjmPackage.RESPONDENT_GROUP:
				return validateRespondentGroup((RespondentGroup)value, diagnostics, context);
			case CjmPackage.INSIGHT_KIND:
				return validateInsightKind((InsightKind)value, diagnostics, context);
			case CjmPackage.DATA_SOURCE_KIND:
				return validateDataSourceKind((DataSourceKind)value, diagnostics, context);
			case CjmPackage.EVIDENCE_LEVEL:
				return validateEvidenceLevel((EvidenceLevel)value, diagnostics, context);
			case CjmPackage.VALENCE:
				return validateValence((Integer)value, diagnostics, context);
			case CjmPackage.PERCENTAGE:
				return validatePercentage((Double)value, diagnostics, context);
			case CjmPackage.HEX_COLOR:
				return validateHexColor((String)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIdentifiable(Identifiable identifiable, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(identifiable, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCjmElement(CjmElement cjmElement, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(cjmElement, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCommentThread(CommentThread commentThread, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(commentThread, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateComment(Comment comment, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(comment, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateExternalLink(ExternalLink externalLink, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(externalLink, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateJourneyMap(JourneyMap journeyMap, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(journeyMap, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePersona(Persona persona, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(persona, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDemographics(Demographics demographics, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(demographics, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLifestyle(Lifestyle lifestyle, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(lifestyle, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDecisionMaking(DecisionMaking decisionMaking, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(decisionMaking, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePsychologicalProfile(PsychologicalProfile psychologicalProfile, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(psychologicalProfile, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCompanyProfile(CompanyProfile companyProfile, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(companyProfile, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBuyingCommitteeRole(BuyingCommitteeRole buyingCommitteeRole, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(buyingCommitteeRole, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStage(Stage stage, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(stage, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCard(Card card, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(card, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStep(Step step, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(step, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateChannel(Channel channel, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(channel, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTouchpoint(Touchpoint touchpoint, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(touchpoint, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEmotion(Emotion emotion, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(emotion, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBarrier(Barrier barrier, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(barrier, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOpportunity(Opportunity opportunity, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(opportunity, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMetric(Metric metric, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(metric, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEvidence(Evidence evidence, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(evidence, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateResearchStudy(ResearchStudy researchStudy, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(researchStudy, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterview(Interview interview, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(interview, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateQuote(Quote quote, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(quote, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInsight(Insight insight, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(insight, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDataSource(DataSource dataSource, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(dataSource, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLinkKind(LinkKind linkKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMapStatus(MapStatus mapStatus, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePersonaKind(PersonaKind personaKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBuyingRole(BuyingRole buyingRole, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePhase(Phase phase, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStageKind(StageKind stageKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateChannelCategory(ChannelCategory channelCategory, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCompliance(Compliance compliance, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEmotionState(EmotionState emotionState, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFeeling(Feeling feeling, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBarrierKind(BarrierKind barrierKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSeverity(Severity severity, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOpportunityStatus(OpportunityStatus opportunityStatus, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMetricKind(MetricKind metricKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRespondentGroup(RespondentGroup respondentGroup, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInsightKind(InsightKind insightKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDataSourceKind(DataSourceKind dataSourceKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEvidenceLevel(EvidenceLevel evidenceLevel, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateValence(int valence, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateValence_Min(valence, diagnostics, context);
		if (result || diagnostics != null) result &= validateValence_Max(valence, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateValence_Min
	 */
	public static final int VALENCE__MIN__VALUE = -3;

	/**
	 * Validates the Min constraint of '<em>Valence</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateValence_Min(int valence, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = valence >= VALENCE__MIN__VALUE;
		if (!result && diagnostics != null)
			reportMinViolation(CjmPackage.Literals.VALENCE, valence, VALENCE__MIN__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateValence_Max
	 */
	public static final int VALENCE__MAX__VALUE = 3;

	/**
	 * Validates the Max constraint of '<em>Valence</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateValence_Max(int valence, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = valence <= VALENCE__MAX__VALUE;
		if (!result && diagnostics != null)
			reportMaxViolation(CjmPackage.Literals.VALENCE, valence, VALENCE__MAX__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePercentage(Double percentage, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validatePercentage_Min(percentage, diagnostics, context);
		if (result || diagnostics != null) result &= validatePercentage_Max(percentage, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validatePercentage_Min
	 */
	public static final Double PERCENTAGE__MIN__VALUE = Double.valueOf(0.0);

	/**
	 * Validates the Min constraint of '<em>Percentage</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePercentage_Min(Double percentage, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = percentage.compareTo(PERCENTAGE__MIN__VALUE) >= 0;
		if (!result && diagnostics != null)
			reportMinViolation(CjmPackage.Literals.PERCENTAGE, percentage, PERCENTAGE__MIN__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validatePercentage_Max
	 */
	public static final Double PERCENTAGE__MAX__VALUE = Double.valueOf(100.0);

	/**
	 * Validates the Max constraint of '<em>Percentage</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePercentage_Max(Double percentage, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = percentage.compareTo(PERCENTAGE__MAX__VALUE) <= 0;
		if (!result && diagnostics != null)
			reportMaxViolation(CjmPackage.Literals.PERCENTAGE, percentage, PERCENTAGE__MAX__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateHexColor(String hexColor, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateHexColor_Pattern(hexColor, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateHexColor_Pattern
	 */
	public static final  PatternMatcher [][] HEX_COLOR__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("#[0-9a-fA-F]{6}")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Hex Color</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateHexColor_Pattern(String hexColor, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(CjmPackage.Literals.HEX_COLOR, hexColor, HEX_COLOR__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * Returns the resource locator that will be used to fetch messages for this validator's diagnostics.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		// TODO
		// Specialize this to return a resource locator for messages specific to this validator.
		// Ensure that you remove @generated or mark it @generated NOT
		return super.getResourceLocator();
	}

} //CjmValidator
