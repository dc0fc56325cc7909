/**
 * Copyright (c) the CJM Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cjmstudio.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The CJM Studio metamodel of customer journey maps: personas, the stages of their journey with steps, touchpoints, emotions and barriers, the research and data behind them, and the opportunities and metrics the business derives from them. Class and feature names follow the vocabulary of customer-experience teams.
 * <!-- end-model-doc -->
 * @see org.cjmstudio.model.CjmFactory
 * @model kind="package"
 * @generated
 */
public interface CjmPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "https://w3id.org/cjmstudio/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "cjm";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CjmPackage eINSTANCE = org.cjmstudio.model.impl.CjmPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.cjmstudio.model.impl.IdentifiableImpl <em>Identifiable</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cjmstudio.model.impl.IdentifiableImpl
	 * @see org.cjmstudio.model.impl.CjmPackageImpl#getIdentifiable()
	 * @generated
	 */
	int IDENTIFIABLE = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIABLE__ID = 0;

	/**
	 * The feature id for the '<em><b>Iri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIABLE__IRI = 1;

	/**
	 * The number of structural features of the '<em>Identifiable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIABLE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Identifiable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIABLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cjmstudio.model.impl.CjmElementImpl <em>Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cjmstudio.model.impl.CjmElementImpl
	 * @see org.cjmstudio.model.impl.CjmPackageImpl#getCjmElement()
	 * @generated
	 */
	int CJM_ELEMENT = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CJM_ELEMENT__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Iri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CJM_ELEMENT__IRI = IDENTIFIABLE__IRI;

	/**
	 * The feature id for the '<em><b>External Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CJM_ELEMENT__EXTERNAL_LINKS = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Comment Threads</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CJM_ELEMENT__COMMENT_THREADS = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CJM_ELEMENT_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CJM_ELEMENT_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cjmstudio.model.impl.CommentThreadImpl <em>Comment Thread</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cjmstudio.model.impl.CommentThreadImpl
	 * @see org.cjmstudio.model.impl.CjmPackageImpl#getCommentThread()
	 * @generated
	 */
	int COMMENT_THREAD = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENT_THREAD__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Iri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENT_THREAD__IRI = IDENTIFIABLE__IRI;

	/**
	 * The feature id for the '<em><b>Resolved</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENT_THREAD__RESOLVED = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENT_THREAD__COMMENTS = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Comment Thread</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENT_THREAD_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Comment Thread</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENT_THREAD_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cjmstudio.model.impl.CommentImpl <em>Comment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cjmstudio.model.impl.CommentImpl
	 * @see org.cjmstudio.model.impl.CjmPackageImpl#getComment()
	 * @generated
	 */
	int COMMENT = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENT__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Iri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENT__IRI = IDENTIFIABLE__IRI;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENT__AUTHOR = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENT__CREATED = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENT__TEXT = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Comment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENT_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Comment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENT_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cjmstudio.model.impl.ExternalLinkImpl <em>External Link</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cjmstudio.model.impl.ExternalLinkImpl
	 * @see org.cjmstudio.model.impl.CjmPackageImpl#getExternalLink()
	 * @generated
	 */
	int EXTERNAL_LINK = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_LINK__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Iri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_LINK__IRI = IDENTIFIABLE__IRI;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_LINK__TARGET = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_LINK__KIND = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_LINK__LABEL = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>External Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_LINK_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>External Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_LINK_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cjmstudio.model.impl.JourneyMapImpl <em>Journey Map</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cjmstudio.model.impl.JourneyMapImpl
	 * @see org.cjmstudio.model.impl.CjmPackageImpl#getJourneyMap()
	 * @generated
	 */
	int JOURNEY_MAP = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_MAP__ID = CJM_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Iri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_MAP__IRI = CJM_ELEMENT__IRI;

	/**
	 * The feature id for the '<em><b>External Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_MAP__EXTERNAL_LINKS = CJM_ELEMENT__EXTERNAL_LINKS;

	/**
	 * The feature id for the '<em><b>Comment Threads</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_MAP__COMMENT_THREADS = CJM_ELEMENT__COMMENT_THREADS;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_MAP__TITLE = CJM_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_MAP__DESCRIPTION = CJM_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_MAP__SCOPE = CJM_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_MAP__OWNER = CJM_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Team</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_MAP__TEAM = CJM_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_MAP__CREATED = CJM_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_MAP__MODIFIED = CJM_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_MAP__STATUS = CJM_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Personas</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_MAP__PERSONAS = CJM_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Stages</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_MAP__STAGES = CJM_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Channels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_MAP__CHANNELS = CJM_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Studies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_MAP__STUDIES = CJM_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Data Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_MAP__DATA_SOURCES = CJM_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Insights</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_MAP__INSIGHTS = CJM_ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Opportunities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_MAP__OPPORTUNITIES = CJM_ELEMENT_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Metrics</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_MAP__METRICS = CJM_ELEMENT_FEATURE_COUNT + 15;

	/**
	 * The number of structural features of the '<em>Journey Map</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_MAP_FEATURE_COUNT = CJM_ELEMENT_FEATURE_COUNT + 16;

	/**
	 * The number of operations of the '<em>Journey Map</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_MAP_OPERATION_COUNT = CJM_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cjmstudio.model.impl.PersonaImpl <em>Persona</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cjmstudio.model.impl.PersonaImpl
	 * @see org.cjmstudio.model.impl.CjmPackageImpl#getPersona()
	 * @generated
	 */
	int PERSONA = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__ID = CJM_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Iri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__IRI = CJM_ELEMENT__IRI;

	/**
	 * The feature id for the '<em><b>External Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__EXTERNAL_LINKS = CJM_ELEMENT__EXTERNAL_LINKS;

	/**
	 * The feature id for the '<em><b>Comment Threads</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__COMMENT_THREADS = CJM_ELEMENT__COMMENT_THREADS;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__NAME = CJM_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__KIND = CJM_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Photo</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__PHOTO = CJM_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Quote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__QUOTE = CJM_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Segment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__SEGMENT = CJM_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__DESCRIPTION = CJM_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Goals</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__GOALS = CJM_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Needs</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__NEEDS = CJM_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Pains</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__PAINS = CJM_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Fears</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__FEARS = CJM_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Values</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__VALUES = CJM_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Motivations</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__MOTIVATIONS = CJM_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Demographics</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__DEMOGRAPHICS = CJM_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Lifestyle</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__LIFESTYLE = CJM_ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Decision Making</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__DECISION_MAKING = CJM_ELEMENT_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Psychology</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__PSYCHOLOGY = CJM_ELEMENT_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Company</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__COMPANY = CJM_ELEMENT_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Buying Committee</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__BUYING_COMMITTEE = CJM_ELEMENT_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__EVIDENCE = CJM_ELEMENT_FEATURE_COUNT + 18;

	/**
	 * The number of structural features of the '<em>Persona</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA_FEATURE_COUNT = CJM_ELEMENT_FEATURE_COUNT + 19;

	/**
	 * The number of operations of the '<em>Persona</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA_OPERATION_COUNT = CJM_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cjmstudio.model.impl.DemographicsImpl <em>Demographics</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cjmstudio.model.impl.DemographicsImpl
	 * @see org.cjmstudio.model.impl.CjmPackageImpl#getDemographics()
	 * @generated
	 */
	int DEMOGRAPHICS = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEMOGRAPHICS__ID = CJM_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Iri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEMOGRAPHICS__IRI = CJM_ELEMENT__IRI;

	/**
	 * The feature id for the '<em><b>External Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEMOGRAPHICS__EXTERNAL_LINKS = CJM_ELEMENT__EXTERNAL_LINKS;

	/**
	 * The feature id for the '<em><b>Comment Threads</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEMOGRAPHICS__COMMENT_THREADS = CJM_ELEMENT__COMMENT_THREADS;

	/**
	 * The feature id for the '<em><b>Age Min</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEMOGRAPHICS__AGE_MIN = CJM_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Age Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEMOGRAPHICS__AGE_MAX = CJM_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Gender</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEMOGRAPHICS__GENDER = CJM_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Education</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEMOGRAPHICS__EDUCATION = CJM_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEMOGRAPHICS__REGION = CJM_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Occupation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEMOGRAPHICS__OCCUPATION = CJM_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Social Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEMOGRAPHICS__SOCIAL_STATUS = CJM_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Family Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEMOGRAPHICS__FAMILY_STATUS = CJM_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Income Band</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEMOGRAPHICS__INCOME_BAND = CJM_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Demographics</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEMOGRAPHICS_FEATURE_COUNT = CJM_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Demographics</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEMOGRAPHICS_OPERATION_COUNT = CJM_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cjmstudio.model.impl.LifestyleImpl <em>Lifestyle</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cjmstudio.model.impl.LifestyleImpl
	 * @see org.cjmstudio.model.impl.CjmPackageImpl#getLifestyle()
	 * @generated
	 */
	int LIFESTYLE = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFESTYLE__ID = CJM_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Iri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFESTYLE__IRI = CJM_ELEMENT__IRI;

	/**
	 * The feature id for the '<em><b>External Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFESTYLE__EXTERNAL_LINKS = CJM_ELEMENT__EXTERNAL_LINKS;

	/**
	 * The feature id for the '<em><b>Comment Threads</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFESTYLE__COMMENT_THREADS = CJM_ELEMENT__COMMENT_THREADS;

	/**
	 * The feature id for the '<em><b>Devices</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFESTYLE__DEVICES = CJM_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Preferred Channels</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFESTYLE__PREFERRED_CHANNELS = CJM_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Habits</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFESTYLE__HABITS = CJM_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Interests</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFESTYLE__INTERESTS = CJM_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Time Online</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFESTYLE__TIME_ONLINE = CJM_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Purchase Frequency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFESTYLE__PURCHASE_FREQUENCY = CJM_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Lifestyle</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFESTYLE_FEATURE_COUNT = CJM_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Lifestyle</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFESTYLE_OPERATION_COUNT = CJM_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cjmstudio.model.impl.DecisionMakingImpl <em>Decision Making</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cjmstudio.model.impl.DecisionMakingImpl
	 * @see org.cjmstudio.model.impl.CjmPackageImpl#getDecisionMaking()
	 * @generated
	 */
	int DECISION_MAKING = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_MAKING__ID = CJM_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Iri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_MAKING__IRI = CJM_ELEMENT__IRI;

	/**
	 * The feature id for the '<em><b>External Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_MAKING__EXTERNAL_LINKS = CJM_ELEMENT__EXTERNAL_LINKS;

	/**
	 * The feature id for the '<em><b>Comment Threads</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_MAKING__COMMENT_THREADS = CJM_ELEMENT__COMMENT_THREADS;

	/**
	 * The feature id for the '<em><b>Decider</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_MAKING__DECIDER = CJM_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Influencers</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_MAKING__INFLUENCERS = CJM_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Criteria</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_MAKING__CRITERIA = CJM_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Duration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_MAKING__DURATION = CJM_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Decision Making</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_MAKING_FEATURE_COUNT = CJM_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Decision Making</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_MAKING_OPERATION_COUNT = CJM_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cjmstudio.model.impl.PsychologicalProfileImpl <em>Psychological Profile</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cjmstudio.model.impl.PsychologicalProfileImpl
	 * @see org.cjmstudio.model.impl.CjmPackageImpl#getPsychologicalProfile()
	 * @generated
	 */
	int PSYCHOLOGICAL_PROFILE = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PSYCHOLOGICAL_PROFILE__ID = CJM_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Iri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PSYCHOLOGICAL_PROFILE__IRI = CJM_ELEMENT__IRI;

	/**
	 * The feature id for the '<em><b>External Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PSYCHOLOGICAL_PROFILE__EXTERNAL_LINKS = CJM_ELEMENT__EXTERNAL_LINKS;

	/**
	 * The feature id for the '<em><b>Comment Threads</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PSYCHOLOGICAL_PROFILE__COMMENT_THREADS = CJM_ELEMENT__COMMENT_THREADS;

	/**
	 * The feature id for the '<em><b>Temperament</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PSYCHOLOGICAL_PROFILE__TEMPERAMENT = CJM_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Communicativeness</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PSYCHOLOGICAL_PROFILE__COMMUNICATIVENESS = CJM_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Traits</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PSYCHOLOGICAL_PROFILE__TRAITS = CJM_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Psychological Profile</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PSYCHOLOGICAL_PROFILE_FEATURE_COUNT = CJM_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Psychological Profile</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PSYCHOLOGICAL_PROFILE_OPERATION_COUNT = CJM_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cjmstudio.model.impl.CompanyProfileImpl <em>Company Profile</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cjmstudio.model.impl.CompanyProfileImpl
	 * @see org.cjmstudio.model.impl.CjmPackageImpl#getCompanyProfile()
	 * @generated
	 */
	int COMPANY_PROFILE = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPANY_PROFILE__ID = CJM_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Iri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPANY_PROFILE__IRI = CJM_ELEMENT__IRI;

	/**
	 * The feature id for the '<em><b>External Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPANY_PROFILE__EXTERNAL_LINKS = CJM_ELEMENT__EXTERNAL_LINKS;

	/**
	 * The feature id for the '<em><b>Comment Threads</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPANY_PROFILE__COMMENT_THREADS = CJM_ELEMENT__COMMENT_THREADS;

	/**
	 * The feature id for the '<em><b>Industry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPANY_PROFILE__INDUSTRY = CJM_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPANY_PROFILE__SIZE = CJM_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Geography</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPANY_PROFILE__GEOGRAPHY = CJM_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPANY_PROFILE__DESCRIPTION = CJM_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Company Profile</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPANY_PROFILE_FEATURE_COUNT = CJM_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Company Profile</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPANY_PROFILE_OPERATION_COUNT = CJM_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cjmstudio.model.impl.BuyingCommitteeRoleImpl <em>Buying Committee Role</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cjmstudio.model.impl.BuyingCommitteeRoleImpl
	 * @see org.cjmstudio.model.impl.CjmPackageImpl#getBuyingCommitteeRole()
	 * @generated
	 */
	int BUYING_COMMITTEE_ROLE = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUYING_COMMITTEE_ROLE__ID = CJM_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Iri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUYING_COMMITTEE_ROLE__IRI = CJM_ELEMENT__IRI;

	/**
	 * The feature id for the '<em><b>External Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUYING_COMMITTEE_ROLE__EXTERNAL_LINKS = CJM_ELEMENT__EXTERNAL_LINKS;

	/**
	 * The feature id for the '<em><b>Comment Threads</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUYING_COMMITTEE_ROLE__COMMENT_THREADS = CJM_ELEMENT__COMMENT_THREADS;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUYING_COMMITTEE_ROLE__ROLE = CJM_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUYING_COMMITTEE_ROLE__TITLE = CJM_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Concerns</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUYING_COMMITTEE_ROLE__CONCERNS = CJM_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUYING_COMMITTEE_ROLE__DESCRIPTION = CJM_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Buying Committee Role</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUYING_COMMITTEE_ROLE_FEATURE_COUNT = CJM_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Buying Committee Role</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUYING_COMMITTEE_ROLE_OPERATION_COUNT = CJM_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cjmstudio.model.impl.StageImpl <em>Stage</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cjmstudio.model.impl.StageImpl
	 * @see org.cjmstudio.model.impl.CjmPackageImpl#getStage()
	 * @generated
	 */
	int STAGE = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE__ID = CJM_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Iri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE__IRI = CJM_ELEMENT__IRI;

	/**
	 * The feature id for the '<em><b>External Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE__EXTERNAL_LINKS = CJM_ELEMENT__EXTERNAL_LINKS;

	/**
	 * The feature id for the '<em><b>Comment Threads</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE__COMMENT_THREADS = CJM_ELEMENT__COMMENT_THREADS;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE__NAME = CJM_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE__DESCRIPTION = CJM_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Phase</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE__PHASE = CJM_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE__KIND = CJM_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE__STEPS = CJM_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Touchpoints</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE__TOUCHPOINTS = CJM_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Emotions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE__EMOTIONS = CJM_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Barriers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE__BARRIERS = CJM_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Lane Cards</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE__LANE_CARDS = CJM_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Stage</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE_FEATURE_COUNT = CJM_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Stage</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE_OPERATION_COUNT = CJM_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cjmstudio.model.impl.CardImpl <em>Card</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cjmstudio.model.impl.CardImpl
	 * @see org.cjmstudio.model.impl.CjmPackageImpl#getCard()
	 * @generated
	 */
	int CARD = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARD__ID = CJM_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Iri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARD__IRI = CJM_ELEMENT__IRI;

	/**
	 * The feature id for the '<em><b>External Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARD__EXTERNAL_LINKS = CJM_ELEMENT__EXTERNAL_LINKS;

	/**
	 * The feature id for the '<em><b>Comment Threads</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARD__COMMENT_THREADS = CJM_ELEMENT__COMMENT_THREADS;

	/**
	 * The feature id for the '<em><b>Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARD__COLOR = CJM_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Image</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARD__IMAGE = CJM_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Card</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARD_FEATURE_COUNT = CJM_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Card</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARD_OPERATION_COUNT = CJM_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cjmstudio.model.impl.StepImpl <em>Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cjmstudio.model.impl.StepImpl
	 * @see org.cjmstudio.model.impl.CjmPackageImpl#getStep()
	 * @generated
	 */
	int STEP = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__ID = CARD__ID;

	/**
	 * The feature id for the '<em><b>Iri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__IRI = CARD__IRI;

	/**
	 * The feature id for the '<em><b>External Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__EXTERNAL_LINKS = CARD__EXTERNAL_LINKS;

	/**
	 * The feature id for the '<em><b>Comment Threads</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__COMMENT_THREADS = CARD__COMMENT_THREADS;

	/**
	 * The feature id for the '<em><b>Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__COLOR = CARD__COLOR;

	/**
	 * The feature id for the '<em><b>Image</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__IMAGE = CARD__IMAGE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__NAME = CARD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Does</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__DOES = CARD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Thinks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__THINKS = CARD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Asks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__ASKS = CARD_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_FEATURE_COUNT = CARD_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_OPERATION_COUNT = CARD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cjmstudio.model.impl.ChannelImpl <em>Channel</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cjmstudio.model.impl.ChannelImpl
	 * @see org.cjmstudio.model.impl.CjmPackageImpl#getChannel()
	 * @generated
	 */
	int CHANNEL = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__ID = CJM_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Iri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__IRI = CJM_ELEMENT__IRI;

	/**
	 * The feature id for the '<em><b>External Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__EXTERNAL_LINKS = CJM_ELEMENT__EXTERNAL_LINKS;

	/**
	 * The feature id for the '<em><b>Comment Threads</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__COMMENT_THREADS = CJM_ELEMENT__COMMENT_THREADS;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__NAME = CJM_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__CATEGORY = CJM_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Online</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__ONLINE = CJM_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__DESCRIPTION = CJM_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Channel</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_FEATURE_COUNT = CJM_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Channel</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_OPERATION_COUNT = CJM_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cjmstudio.model.impl.TouchpointImpl <em>Touchpoint</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cjmstudio.model.impl.TouchpointImpl
	 * @see org.cjmstudio.model.impl.CjmPackageImpl#getTouchpoint()
	 * @generated
	 */
	int TOUCHPOINT = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__ID = CARD__ID;

	/**
	 * The feature id for the '<em><b>Iri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__IRI = CARD__IRI;

	/**
	 * The feature id for the '<em><b>External Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__EXTERNAL_LINKS = CARD__EXTERNAL_LINKS;

	/**
	 * The feature id for the '<em><b>Comment Threads</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__COMMENT_THREADS = CARD__COMMENT_THREADS;

	/**
	 * The feature id for the '<em><b>Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__COLOR = CARD__COLOR;

	/**
	 * The feature id for the '<em><b>Image</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__IMAGE = CARD__IMAGE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__NAME = CARD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__DESCRIPTION = CARD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__CHANNEL = CARD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Online</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__ONLINE = CARD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Department</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__DEPARTMENT = CARD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Serves</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__SERVES = CARD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Compliance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__COMPLIANCE = CARD_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Deviation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__DEVIATION = CARD_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Observed By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__OBSERVED_BY = CARD_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Touchpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT_FEATURE_COUNT = CARD_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Touchpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT_OPERATION_COUNT = CARD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cjmstudio.model.impl.EmotionImpl <em>Emotion</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cjmstudio.model.impl.EmotionImpl
	 * @see org.cjmstudio.model.impl.CjmPackageImpl#getEmotion()
	 * @generated
	 */
	int EMOTION = 18;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMOTION__ID = CARD__ID;

	/**
	 * The feature id for the '<em><b>Iri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMOTION__IRI = CARD__IRI;

	/**
	 * The feature id for the '<em><b>External Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMOTION__EXTERNAL_LINKS = CARD__EXTERNAL_LINKS;

	/**
	 * The feature id for the '<em><b>Comment Threads</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMOTION__COMMENT_THREADS = CARD__COMMENT_THREADS;

	/**
	 * The feature id for the '<em><b>Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMOTION__COLOR = CARD__COLOR;

	/**
	 * The feature id for the '<em><b>Image</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMOTION__IMAGE = CARD__IMAGE;

	/**
	 * The feature id for the '<em><b>Feeling</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMOTION__FEELING = CARD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Valence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMOTION__VALENCE = CARD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMOTION__STATE = CARD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMOTION__NOTE = CARD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Step</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMOTION__STEP = CARD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Touchpoint</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMOTION__TOUCHPOINT = CARD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Persona</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMOTION__PERSONA = CARD_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMOTION__EVIDENCE = CARD_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Emotion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMOTION_FEATURE_COUNT = CARD_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Emotion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMOTION_OPERATION_COUNT = CARD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cjmstudio.model.impl.BarrierImpl <em>Barrier</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cjmstudio.model.impl.BarrierImpl
	 * @see org.cjmstudio.model.impl.CjmPackageImpl#getBarrier()
	 * @generated
	 */
	int BARRIER = 19;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BARRIER__ID = CARD__ID;

	/**
	 * The feature id for the '<em><b>Iri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BARRIER__IRI = CARD__IRI;

	/**
	 * The feature id for the '<em><b>External Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BARRIER__EXTERNAL_LINKS = CARD__EXTERNAL_LINKS;

	/**
	 * The feature id for the '<em><b>Comment Threads</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BARRIER__COMMENT_THREADS = CARD__COMMENT_THREADS;

	/**
	 * The feature id for the '<em><b>Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BARRIER__COLOR = CARD__COLOR;

	/**
	 * The feature id for the '<em><b>Image</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BARRIER__IMAGE = CARD__IMAGE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BARRIER__NAME = CARD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BARRIER__DESCRIPTION = CARD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BARRIER__KIND = CARD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Severity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BARRIER__SEVERITY = CARD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Drop Off Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BARRIER__DROP_OFF_RATE = CARD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Drop Off Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BARRIER__DROP_OFF_NOTE = CARD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Step</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BARRIER__STEP = CARD_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Touchpoint</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BARRIER__TOUCHPOINT = CARD_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BARRIER__EVIDENCE = CARD_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Barrier</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BARRIER_FEATURE_COUNT = CARD_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Barrier</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BARRIER_OPERATION_COUNT = CARD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cjmstudio.model.impl.OpportunityImpl <em>Opportunity</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cjmstudio.model.impl.OpportunityImpl
	 * @see org.cjmstudio.model.impl.CjmPackageImpl#getOpportunity()
	 * @generated
	 */
	int OPPORTUNITY = 20;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY__ID = CARD__ID;

	/**
	 * The feature id for the '<em><b>Iri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY__IRI = CARD__IRI;

	/**
	 * The feature id for the '<em><b>External Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY__EXTERNAL_LINKS = CARD__EXTERNAL_LINKS;

	/**
	 * The feature id for the '<em><b>Comment Threads</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY__COMMENT_THREADS = CARD__COMMENT_THREADS;

	/**
	 * The feature id for the '<em><b>Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY__COLOR = CARD__COLOR;

	/**
	 * The feature id for the '<em><b>Image</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY__IMAGE = CARD__IMAGE;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY__TITLE = CARD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY__DESCRIPTION = CARD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY__OWNER = CARD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY__STATUS = CARD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Hypothesis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY__HYPOTHESIS = CARD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Stage</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY__STAGE = CARD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Addresses</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY__ADDRESSES = CARD_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Metrics</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY__METRICS = CARD_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Opportunity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY_FEATURE_COUNT = CARD_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Opportunity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY_OPERATION_COUNT = CARD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cjmstudio.model.impl.MetricImpl <em>Metric</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cjmstudio.model.impl.MetricImpl
	 * @see org.cjmstudio.model.impl.CjmPackageImpl#getMetric()
	 * @generated
	 */
	int METRIC = 21;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__ID = CARD__ID;

	/**
	 * The feature id for the '<em><b>Iri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__IRI = CARD__IRI;

	/**
	 * The feature id for the '<em><b>External Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__EXTERNAL_LINKS = CARD__EXTERNAL_LINKS;

	/**
	 * The feature id for the '<em><b>Comment Threads</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__COMMENT_THREADS = CARD__COMMENT_THREADS;

	/**
	 * The feature id for the '<em><b>Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__COLOR = CARD__COLOR;

	/**
	 * The feature id for the '<em><b>Image</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__IMAGE = CARD__IMAGE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__NAME = CARD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__KIND = CARD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__VALUE = CARD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__TARGET = CARD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__UNIT = CARD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__DATE = CARD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Stage</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__STAGE = CARD_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__SOURCE = CARD_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Source Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__SOURCE_NOTE = CARD_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Metric</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_FEATURE_COUNT = CARD_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Metric</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_OPERATION_COUNT = CARD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cjmstudio.model.impl.EvidenceImpl <em>Evidence</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cjmstudio.model.impl.EvidenceImpl
	 * @see org.cjmstudio.model.impl.CjmPackageImpl#getEvidence()
	 * @generated
	 */
	int EVIDENCE = 22;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__ID = CJM_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Iri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__IRI = CJM_ELEMENT__IRI;

	/**
	 * The feature id for the '<em><b>External Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__EXTERNAL_LINKS = CJM_ELEMENT__EXTERNAL_LINKS;

	/**
	 * The feature id for the '<em><b>Comment Threads</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__COMMENT_THREADS = CJM_ELEMENT__COMMENT_THREADS;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__TITLE = CJM_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__DATE = CJM_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__DESCRIPTION = CJM_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Evidence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_FEATURE_COUNT = CJM_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Evidence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_OPERATION_COUNT = CJM_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cjmstudio.model.impl.ResearchStudyImpl <em>Research Study</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cjmstudio.model.impl.ResearchStudyImpl
	 * @see org.cjmstudio.model.impl.CjmPackageImpl#getResearchStudy()
	 * @generated
	 */
	int RESEARCH_STUDY = 23;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESEARCH_STUDY__ID = EVIDENCE__ID;

	/**
	 * The feature id for the '<em><b>Iri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESEARCH_STUDY__IRI = EVIDENCE__IRI;

	/**
	 * The feature id for the '<em><b>External Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESEARCH_STUDY__EXTERNAL_LINKS = EVIDENCE__EXTERNAL_LINKS;

	/**
	 * The feature id for the '<em><b>Comment Threads</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESEARCH_STUDY__COMMENT_THREADS = EVIDENCE__COMMENT_THREADS;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESEARCH_STUDY__TITLE = EVIDENCE__TITLE;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESEARCH_STUDY__DATE = EVIDENCE__DATE;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESEARCH_STUDY__DESCRIPTION = EVIDENCE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Goal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESEARCH_STUDY__GOAL = EVIDENCE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Question Guide</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESEARCH_STUDY__QUESTION_GUIDE = EVIDENCE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Target Groups</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESEARCH_STUDY__TARGET_GROUPS = EVIDENCE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Interviews</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESEARCH_STUDY__INTERVIEWS = EVIDENCE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Dismissed Patterns</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESEARCH_STUDY__DISMISSED_PATTERNS = EVIDENCE_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Research Study</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESEARCH_STUDY_FEATURE_COUNT = EVIDENCE_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Research Study</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESEARCH_STUDY_OPERATION_COUNT = EVIDENCE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cjmstudio.model.impl.InterviewImpl <em>Interview</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cjmstudio.model.impl.InterviewImpl
	 * @see org.cjmstudio.model.impl.CjmPackageImpl#getInterview()
	 * @generated
	 */
	int INTERVIEW = 24;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVIEW__ID = EVIDENCE__ID;

	/**
	 * The feature id for the '<em><b>Iri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVIEW__IRI = EVIDENCE__IRI;

	/**
	 * The feature id for the '<em><b>External Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVIEW__EXTERNAL_LINKS = EVIDENCE__EXTERNAL_LINKS;

	/**
	 * The feature id for the '<em><b>Comment Threads</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVIEW__COMMENT_THREADS = EVIDENCE__COMMENT_THREADS;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVIEW__TITLE = EVIDENCE__TITLE;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVIEW__DATE = EVIDENCE__DATE;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVIEW__DESCRIPTION = EVIDENCE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Respondent Profile</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVIEW__RESPONDENT_PROFILE = EVIDENCE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Respondent Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVIEW__RESPONDENT_GROUP = EVIDENCE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Transcript</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVIEW__TRANSCRIPT = EVIDENCE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Quotes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVIEW__QUOTES = EVIDENCE_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Interview</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVIEW_FEATURE_COUNT = EVIDENCE_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Interview</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVIEW_OPERATION_COUNT = EVIDENCE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cjmstudio.model.impl.QuoteImpl <em>Quote</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cjmstudio.model.impl.QuoteImpl
	 * @see org.cjmstudio.model.impl.CjmPackageImpl#getQuote()
	 * @generated
	 */
	int QUOTE = 25;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE__ID = EVIDENCE__ID;

	/**
	 * The feature id for the '<em><b>Iri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE__IRI = EVIDENCE__IRI;

	/**
	 * The feature id for the '<em><b>External Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE__EXTERNAL_LINKS = EVIDENCE__EXTERNAL_LINKS;

	/**
	 * The feature id for the '<em><b>Comment Threads</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE__COMMENT_THREADS = EVIDENCE__COMMENT_THREADS;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE__TITLE = EVIDENCE__TITLE;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE__DATE = EVIDENCE__DATE;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE__DESCRIPTION = EVIDENCE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE__TEXT = EVIDENCE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Topic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE__TOPIC = EVIDENCE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Transcript Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE__TRANSCRIPT_OFFSET = EVIDENCE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Transcript Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE__TRANSCRIPT_LENGTH = EVIDENCE_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Quote</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE_FEATURE_COUNT = EVIDENCE_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Quote</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE_OPERATION_COUNT = EVIDENCE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cjmstudio.model.impl.InsightImpl <em>Insight</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cjmstudio.model.impl.InsightImpl
	 * @see org.cjmstudio.model.impl.CjmPackageImpl#getInsight()
	 * @generated
	 */
	int INSIGHT = 26;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSIGHT__ID = EVIDENCE__ID;

	/**
	 * The feature id for the '<em><b>Iri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSIGHT__IRI = EVIDENCE__IRI;

	/**
	 * The feature id for the '<em><b>External Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSIGHT__EXTERNAL_LINKS = EVIDENCE__EXTERNAL_LINKS;

	/**
	 * The feature id for the '<em><b>Comment Threads</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSIGHT__COMMENT_THREADS = EVIDENCE__COMMENT_THREADS;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSIGHT__TITLE = EVIDENCE__TITLE;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSIGHT__DATE = EVIDENCE__DATE;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSIGHT__DESCRIPTION = EVIDENCE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Statement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSIGHT__STATEMENT = EVIDENCE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSIGHT__KIND = EVIDENCE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Supported By</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSIGHT__SUPPORTED_BY = EVIDENCE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Quotes</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSIGHT__QUOTES = EVIDENCE_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Insight</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSIGHT_FEATURE_COUNT = EVIDENCE_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Insight</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSIGHT_OPERATION_COUNT = EVIDENCE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cjmstudio.model.impl.DataSourceImpl <em>Data Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cjmstudio.model.impl.DataSourceImpl
	 * @see org.cjmstudio.model.impl.CjmPackageImpl#getDataSource()
	 * @generated
	 */
	int DATA_SOURCE = 27;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__ID = EVIDENCE__ID;

	/**
	 * The feature id for the '<em><b>Iri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__IRI = EVIDENCE__IRI;

	/**
	 * The feature id for the '<em><b>External Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__EXTERNAL_LINKS = EVIDENCE__EXTERNAL_LINKS;

	/**
	 * The feature id for the '<em><b>Comment Threads</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__COMMENT_THREADS = EVIDENCE__COMMENT_THREADS;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__TITLE = EVIDENCE__TITLE;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__DATE = EVIDENCE__DATE;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__DESCRIPTION = EVIDENCE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__KIND = EVIDENCE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__LOCATION = EVIDENCE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Sample Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__SAMPLE_SIZE = EVIDENCE_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Data Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE_FEATURE_COUNT = EVIDENCE_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Data Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE_OPERATION_COUNT = EVIDENCE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cjmstudio.model.LinkKind <em>Link Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cjmstudio.model.LinkKind
	 * @see org.cjmstudio.model.impl.CjmPackageImpl#getLinkKind()
	 * @generated
	 */
	int LINK_KIND = 28;

	/**
	 * The meta object id for the '{@link org.cjmstudio.model.MapStatus <em>Map Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cjmstudio.model.MapStatus
	 * @see org.cjmstudio.model.impl.CjmPackageImpl#getMapStatus()
	 * @generated
	 */
	int MAP_STATUS = 29;

	/**
	 * The meta object id for the '{@link org.cjmstudio.model.PersonaKind <em>Persona Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cjmstudio.model.PersonaKind
	 * @see org.cjmstudio.model.impl.CjmPackageImpl#getPersonaKind()
	 * @generated
	 */
	int PERSONA_KIND = 30;

	/**
	 * The meta object id for the '{@link org.cjmstudio.model.BuyingRole <em>Buying Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cjmstudio.model.BuyingRole
	 * @see org.cjmstudio.model.impl.CjmPackageImpl#getBuyingRole()
	 * @generated
	 */
	int BUYING_ROLE = 31;

	/**
	 * The meta object id for the '{@link org.cjmstudio.model.Phase <em>Phase</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cjmstudio.model.Phase
	 * @see org.cjmstudio.model.impl.CjmPackageImpl#getPhase()
	 * @generated
	 */
	int PHASE = 32;

	/**
	 * The meta object id for the '{@link org.cjmstudio.model.StageKind <em>Stage Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cjmstudio.model.StageKind
	 * @see org.cjmstudio.model.impl.CjmPackageImpl#getStageKind()
	 * @generated
	 */
	int STAGE_KIND = 33;

	/**
	 * The meta object id for the '{@link org.cjmstudio.model.ChannelCategory <em>Channel Category</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cjmstudio.model.ChannelCategory
	 * @see org.cjmstudio.model.impl.CjmPackageImpl#getChannelCategory()
	 * @generated
	 */
	int CHANNEL_CATEGORY = 34;

	/**
	 * The meta object id for the '{@link org.cjmstudio.model.Compliance <em>Compliance</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cjmstudio.model.Compliance
	 * @see org.cjmstudio.model.impl.CjmPackageImpl#getCompliance()
	 * @generated
	 */
	int COMPLIANCE = 35;

	/**
	 * The meta object id for the '{@link org.cjmstudio.model.EmotionState <em>Emotion State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cjmstudio.model.EmotionState
	 * @see org.cjmstudio.model.impl.CjmPackageImpl#getEmotionState()
	 * @generated
	 */
	int EMOTION_STATE = 36;

	/**
	 * The meta object id for the '{@link org.cjmstudio.model.Feeling <em>Feeling</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cjmstudio.model.Feeling
	 * @see org.cjmstudio.model.impl.CjmPackageImpl#getFeeling()
	 * @generated
	 */
	int FEELING = 37;

	/**
	 * The meta object id for the '{@link org.cjmstudio.model.BarrierKind <em>Barrier Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cjmstudio.model.BarrierKind
	 * @see org.cjmstudio.model.impl.CjmPackageImpl#getBarrierKind()
	 * @generated
	 */
	int BARRIER_KIND = 38;

	/**
	 * The meta object id for the '{@link org.cjmstudio.model.Severity <em>Severity</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cjmstudio.model.Severity
	 * @see org.cjmstudio.model.impl.CjmPackageImpl#getSeverity()
	 * @generated
	 */
	int SEVERITY = 39;

	/**
	 * The meta object id for the '{@link org.cjmstudio.model.OpportunityStatus <em>Opportunity Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cjmstudio.model.OpportunityStatus
	 * @see org.cjmstudio.model.impl.CjmPackageImpl#getOpportunityStatus()
	 * @generated
	 */
	int OPPORTUNITY_STATUS = 40;

	/**
	 * The meta object id for the '{@link org.cjmstudio.model.MetricKind <em>Metric Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cjmstudio.model.MetricKind
	 * @see org.cjmstudio.model.impl.CjmPackageImpl#getMetricKind()
	 * @generated
	 */
	int METRIC_KIND = 41;

	/**
	 * The meta object id for the '{@link org.cjmstudio.model.RespondentGroup <em>Respondent Group</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cjmstudio.model.RespondentGroup
	 * @see org.cjmstudio.model.impl.CjmPackageImpl#getRespondentGroup()
	 * @generated
	 */
	int RESPONDENT_GROUP = 42;

	/**
	 * The meta object id for the '{@link org.cjmstudio.model.InsightKind <em>Insight Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cjmstudio.model.InsightKind
	 * @see org.cjmstudio.model.impl.CjmPackageImpl#getInsightKind()
	 * @generated
	 */
	int INSIGHT_KIND = 43;

	/**
	 * The meta object id for the '{@link org.cjmstudio.model.DataSourceKind <em>Data Source Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cjmstudio.model.DataSourceKind
	 * @see org.cjmstudio.model.impl.CjmPackageImpl#getDataSourceKind()
	 * @generated
	 */
	int DATA_SOURCE_KIND = 44;

	/**
	 * The meta object id for the '{@link org.cjmstudio.model.EvidenceLevel <em>Evidence Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cjmstudio.model.EvidenceLevel
	 * @see org.cjmstudio.model.impl.CjmPackageImpl#getEvidenceLevel()
	 * @generated
	 */
	int EVIDENCE_LEVEL = 45;

	/**
	 * The meta object id for the '<em>Valence</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cjmstudio.model.impl.CjmPackageImpl#getValence()
	 * @generated
	 */
	int VALENCE = 46;

	/**
	 * The meta object id for the '<em>Percentage</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.Double
	 * @see org.cjmstudio.model.impl.CjmPackageImpl#getPercentage()
	 * @generated
	 */
	int PERCENTAGE = 47;

	/**
	 * The meta object id for the '<em>Hex Color</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.cjmstudio.model.impl.CjmPackageImpl#getHexColor()
	 * @generated
	 */
	int HEX_COLOR = 48;


	/**
	 * Returns the meta object for class '{@link org.cjmstudio.model.Identifiable <em>Identifiable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identifiable</em>'.
	 * @see org.cjmstudio.model.Identifiable
	 * @generated
	 */
	EClass getIdentifiable();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Identifiable#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.cjmstudio.model.Identifiable#getId()
	 * @see #getIdentifiable()
	 * @generated
	 */
	EAttribute getIdentifiable_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Identifiable#getIri <em>Iri</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Iri</em>'.
	 * @see org.cjmstudio.model.Identifiable#getIri()
	 * @see #getIdentifiable()
	 * @generated
	 */
	EAttribute getIdentifiable_Iri();

	/**
	 * Returns the meta object for class '{@link org.cjmstudio.model.CjmElement <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Element</em>'.
	 * @see org.cjmstudio.model.CjmElement
	 * @generated
	 */
	EClass getCjmElement();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cjmstudio.model.CjmElement#getExternalLinks <em>External Links</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>External Links</em>'.
	 * @see org.cjmstudio.model.CjmElement#getExternalLinks()
	 * @see #getCjmElement()
	 * @generated
	 */
	EReference getCjmElement_ExternalLinks();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cjmstudio.model.CjmElement#getCommentThreads <em>Comment Threads</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Comment Threads</em>'.
	 * @see org.cjmstudio.model.CjmElement#getCommentThreads()
	 * @see #getCjmElement()
	 * @generated
	 */
	EReference getCjmElement_CommentThreads();

	/**
	 * Returns the meta object for class '{@link org.cjmstudio.model.CommentThread <em>Comment Thread</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Comment Thread</em>'.
	 * @see org.cjmstudio.model.CommentThread
	 * @generated
	 */
	EClass getCommentThread();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.CommentThread#isResolved <em>Resolved</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resolved</em>'.
	 * @see org.cjmstudio.model.CommentThread#isResolved()
	 * @see #getCommentThread()
	 * @generated
	 */
	EAttribute getCommentThread_Resolved();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cjmstudio.model.CommentThread#getComments <em>Comments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Comments</em>'.
	 * @see org.cjmstudio.model.CommentThread#getComments()
	 * @see #getCommentThread()
	 * @generated
	 */
	EReference getCommentThread_Comments();

	/**
	 * Returns the meta object for class '{@link org.cjmstudio.model.Comment <em>Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Comment</em>'.
	 * @see org.cjmstudio.model.Comment
	 * @generated
	 */
	EClass getComment();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Comment#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see org.cjmstudio.model.Comment#getAuthor()
	 * @see #getComment()
	 * @generated
	 */
	EAttribute getComment_Author();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Comment#getCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see org.cjmstudio.model.Comment#getCreated()
	 * @see #getComment()
	 * @generated
	 */
	EAttribute getComment_Created();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Comment#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.cjmstudio.model.Comment#getText()
	 * @see #getComment()
	 * @generated
	 */
	EAttribute getComment_Text();

	/**
	 * Returns the meta object for class '{@link org.cjmstudio.model.ExternalLink <em>External Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>External Link</em>'.
	 * @see org.cjmstudio.model.ExternalLink
	 * @generated
	 */
	EClass getExternalLink();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.ExternalLink#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see org.cjmstudio.model.ExternalLink#getTarget()
	 * @see #getExternalLink()
	 * @generated
	 */
	EAttribute getExternalLink_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.ExternalLink#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.cjmstudio.model.ExternalLink#getKind()
	 * @see #getExternalLink()
	 * @generated
	 */
	EAttribute getExternalLink_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.ExternalLink#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.cjmstudio.model.ExternalLink#getLabel()
	 * @see #getExternalLink()
	 * @generated
	 */
	EAttribute getExternalLink_Label();

	/**
	 * Returns the meta object for class '{@link org.cjmstudio.model.JourneyMap <em>Journey Map</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Journey Map</em>'.
	 * @see org.cjmstudio.model.JourneyMap
	 * @generated
	 */
	EClass getJourneyMap();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.JourneyMap#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.cjmstudio.model.JourneyMap#getTitle()
	 * @see #getJourneyMap()
	 * @generated
	 */
	EAttribute getJourneyMap_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.JourneyMap#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.cjmstudio.model.JourneyMap#getDescription()
	 * @see #getJourneyMap()
	 * @generated
	 */
	EAttribute getJourneyMap_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.JourneyMap#getScope <em>Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scope</em>'.
	 * @see org.cjmstudio.model.JourneyMap#getScope()
	 * @see #getJourneyMap()
	 * @generated
	 */
	EAttribute getJourneyMap_Scope();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.JourneyMap#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner</em>'.
	 * @see org.cjmstudio.model.JourneyMap#getOwner()
	 * @see #getJourneyMap()
	 * @generated
	 */
	EAttribute getJourneyMap_Owner();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.JourneyMap#getTeam <em>Team</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Team</em>'.
	 * @see org.cjmstudio.model.JourneyMap#getTeam()
	 * @see #getJourneyMap()
	 * @generated
	 */
	EAttribute getJourneyMap_Team();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.JourneyMap#getCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see org.cjmstudio.model.JourneyMap#getCreated()
	 * @see #getJourneyMap()
	 * @generated
	 */
	EAttribute getJourneyMap_Created();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.JourneyMap#getModified <em>Modified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Modified</em>'.
	 * @see org.cjmstudio.model.JourneyMap#getModified()
	 * @see #getJourneyMap()
	 * @generated
	 */
	EAttribute getJourneyMap_Modified();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.JourneyMap#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.cjmstudio.model.JourneyMap#getStatus()
	 * @see #getJourneyMap()
	 * @generated
	 */
	EAttribute getJourneyMap_Status();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cjmstudio.model.JourneyMap#getPersonas <em>Personas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Personas</em>'.
	 * @see org.cjmstudio.model.JourneyMap#getPersonas()
	 * @see #getJourneyMap()
	 * @generated
	 */
	EReference getJourneyMap_Personas();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cjmstudio.model.JourneyMap#getStages <em>Stages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Stages</em>'.
	 * @see org.cjmstudio.model.JourneyMap#getStages()
	 * @see #getJourneyMap()
	 * @generated
	 */
	EReference getJourneyMap_Stages();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cjmstudio.model.JourneyMap#getChannels <em>Channels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Channels</em>'.
	 * @see org.cjmstudio.model.JourneyMap#getChannels()
	 * @see #getJourneyMap()
	 * @generated
	 */
	EReference getJourneyMap_Channels();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cjmstudio.model.JourneyMap#getStudies <em>Studies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Studies</em>'.
	 * @see org.cjmstudio.model.JourneyMap#getStudies()
	 * @see #getJourneyMap()
	 * @generated
	 */
	EReference getJourneyMap_Studies();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cjmstudio.model.JourneyMap#getDataSources <em>Data Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Data Sources</em>'.
	 * @see org.cjmstudio.model.JourneyMap#getDataSources()
	 * @see #getJourneyMap()
	 * @generated
	 */
	EReference getJourneyMap_DataSources();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cjmstudio.model.JourneyMap#getInsights <em>Insights</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Insights</em>'.
	 * @see org.cjmstudio.model.JourneyMap#getInsights()
	 * @see #getJourneyMap()
	 * @generated
	 */
	EReference getJourneyMap_Insights();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cjmstudio.model.JourneyMap#getOpportunities <em>Opportunities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Opportunities</em>'.
	 * @see org.cjmstudio.model.JourneyMap#getOpportunities()
	 * @see #getJourneyMap()
	 * @generated
	 */
	EReference getJourneyMap_Opportunities();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cjmstudio.model.JourneyMap#getMetrics <em>Metrics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Metrics</em>'.
	 * @see org.cjmstudio.model.JourneyMap#getMetrics()
	 * @see #getJourneyMap()
	 * @generated
	 */
	EReference getJourneyMap_Metrics();

	/**
	 * Returns the meta object for class '{@link org.cjmstudio.model.Persona <em>Persona</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Persona</em>'.
	 * @see org.cjmstudio.model.Persona
	 * @generated
	 */
	EClass getPersona();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Persona#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.cjmstudio.model.Persona#getName()
	 * @see #getPersona()
	 * @generated
	 */
	EAttribute getPersona_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Persona#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.cjmstudio.model.Persona#getKind()
	 * @see #getPersona()
	 * @generated
	 */
	EAttribute getPersona_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Persona#getPhoto <em>Photo</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Photo</em>'.
	 * @see org.cjmstudio.model.Persona#getPhoto()
	 * @see #getPersona()
	 * @generated
	 */
	EAttribute getPersona_Photo();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Persona#getQuote <em>Quote</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quote</em>'.
	 * @see org.cjmstudio.model.Persona#getQuote()
	 * @see #getPersona()
	 * @generated
	 */
	EAttribute getPersona_Quote();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Persona#getSegment <em>Segment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Segment</em>'.
	 * @see org.cjmstudio.model.Persona#getSegment()
	 * @see #getPersona()
	 * @generated
	 */
	EAttribute getPersona_Segment();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Persona#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.cjmstudio.model.Persona#getDescription()
	 * @see #getPersona()
	 * @generated
	 */
	EAttribute getPersona_Description();

	/**
	 * Returns the meta object for the attribute list '{@link org.cjmstudio.model.Persona#getGoals <em>Goals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Goals</em>'.
	 * @see org.cjmstudio.model.Persona#getGoals()
	 * @see #getPersona()
	 * @generated
	 */
	EAttribute getPersona_Goals();

	/**
	 * Returns the meta object for the attribute list '{@link org.cjmstudio.model.Persona#getNeeds <em>Needs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Needs</em>'.
	 * @see org.cjmstudio.model.Persona#getNeeds()
	 * @see #getPersona()
	 * @generated
	 */
	EAttribute getPersona_Needs();

	/**
	 * Returns the meta object for the attribute list '{@link org.cjmstudio.model.Persona#getPains <em>Pains</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Pains</em>'.
	 * @see org.cjmstudio.model.Persona#getPains()
	 * @see #getPersona()
	 * @generated
	 */
	EAttribute getPersona_Pains();

	/**
	 * Returns the meta object for the attribute list '{@link org.cjmstudio.model.Persona#getFears <em>Fears</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Fears</em>'.
	 * @see org.cjmstudio.model.Persona#getFears()
	 * @see #getPersona()
	 * @generated
	 */
	EAttribute getPersona_Fears();

	/**
	 * Returns the meta object for the attribute list '{@link org.cjmstudio.model.Persona#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Values</em>'.
	 * @see org.cjmstudio.model.Persona#getValues()
	 * @see #getPersona()
	 * @generated
	 */
	EAttribute getPersona_Values();

	/**
	 * Returns the meta object for the attribute list '{@link org.cjmstudio.model.Persona#getMotivations <em>Motivations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Motivations</em>'.
	 * @see org.cjmstudio.model.Persona#getMotivations()
	 * @see #getPersona()
	 * @generated
	 */
	EAttribute getPersona_Motivations();

	/**
	 * Returns the meta object for the containment reference '{@link org.cjmstudio.model.Persona#getDemographics <em>Demographics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Demographics</em>'.
	 * @see org.cjmstudio.model.Persona#getDemographics()
	 * @see #getPersona()
	 * @generated
	 */
	EReference getPersona_Demographics();

	/**
	 * Returns the meta object for the containment reference '{@link org.cjmstudio.model.Persona#getLifestyle <em>Lifestyle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Lifestyle</em>'.
	 * @see org.cjmstudio.model.Persona#getLifestyle()
	 * @see #getPersona()
	 * @generated
	 */
	EReference getPersona_Lifestyle();

	/**
	 * Returns the meta object for the containment reference '{@link org.cjmstudio.model.Persona#getDecisionMaking <em>Decision Making</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Decision Making</em>'.
	 * @see org.cjmstudio.model.Persona#getDecisionMaking()
	 * @see #getPersona()
	 * @generated
	 */
	EReference getPersona_DecisionMaking();

	/**
	 * Returns the meta object for the containment reference '{@link org.cjmstudio.model.Persona#getPsychology <em>Psychology</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Psychology</em>'.
	 * @see org.cjmstudio.model.Persona#getPsychology()
	 * @see #getPersona()
	 * @generated
	 */
	EReference getPersona_Psychology();

	/**
	 * Returns the meta object for the containment reference '{@link org.cjmstudio.model.Persona#getCompany <em>Company</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Company</em>'.
	 * @see org.cjmstudio.model.Persona#getCompany()
	 * @see #getPersona()
	 * @generated
	 */
	EReference getPersona_Company();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cjmstudio.model.Persona#getBuyingCommittee <em>Buying Committee</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Buying Committee</em>'.
	 * @see org.cjmstudio.model.Persona#getBuyingCommittee()
	 * @see #getPersona()
	 * @generated
	 */
	EReference getPersona_BuyingCommittee();

	/**
	 * Returns the meta object for the reference list '{@link org.cjmstudio.model.Persona#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Evidence</em>'.
	 * @see org.cjmstudio.model.Persona#getEvidence()
	 * @see #getPersona()
	 * @generated
	 */
	EReference getPersona_Evidence();

	/**
	 * Returns the meta object for class '{@link org.cjmstudio.model.Demographics <em>Demographics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Demographics</em>'.
	 * @see org.cjmstudio.model.Demographics
	 * @generated
	 */
	EClass getDemographics();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Demographics#getAgeMin <em>Age Min</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Age Min</em>'.
	 * @see org.cjmstudio.model.Demographics#getAgeMin()
	 * @see #getDemographics()
	 * @generated
	 */
	EAttribute getDemographics_AgeMin();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Demographics#getAgeMax <em>Age Max</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Age Max</em>'.
	 * @see org.cjmstudio.model.Demographics#getAgeMax()
	 * @see #getDemographics()
	 * @generated
	 */
	EAttribute getDemographics_AgeMax();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Demographics#getGender <em>Gender</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gender</em>'.
	 * @see org.cjmstudio.model.Demographics#getGender()
	 * @see #getDemographics()
	 * @generated
	 */
	EAttribute getDemographics_Gender();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Demographics#getEducation <em>Education</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Education</em>'.
	 * @see org.cjmstudio.model.Demographics#getEducation()
	 * @see #getDemographics()
	 * @generated
	 */
	EAttribute getDemographics_Education();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Demographics#getRegion <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Region</em>'.
	 * @see org.cjmstudio.model.Demographics#getRegion()
	 * @see #getDemographics()
	 * @generated
	 */
	EAttribute getDemographics_Region();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Demographics#getOccupation <em>Occupation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Occupation</em>'.
	 * @see org.cjmstudio.model.Demographics#getOccupation()
	 * @see #getDemographics()
	 * @generated
	 */
	EAttribute getDemographics_Occupation();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Demographics#getSocialStatus <em>Social Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Social Status</em>'.
	 * @see org.cjmstudio.model.Demographics#getSocialStatus()
	 * @see #getDemographics()
	 * @generated
	 */
	EAttribute getDemographics_SocialStatus();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Demographics#getFamilyStatus <em>Family Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Family Status</em>'.
	 * @see org.cjmstudio.model.Demographics#getFamilyStatus()
	 * @see #getDemographics()
	 * @generated
	 */
	EAttribute getDemographics_FamilyStatus();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Demographics#getIncomeBand <em>Income Band</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Income Band</em>'.
	 * @see org.cjmstudio.model.Demographics#getIncomeBand()
	 * @see #getDemographics()
	 * @generated
	 */
	EAttribute getDemographics_IncomeBand();

	/**
	 * Returns the meta object for class '{@link org.cjmstudio.model.Lifestyle <em>Lifestyle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Lifestyle</em>'.
	 * @see org.cjmstudio.model.Lifestyle
	 * @generated
	 */
	EClass getLifestyle();

	/**
	 * Returns the meta object for the attribute list '{@link org.cjmstudio.model.Lifestyle#getDevices <em>Devices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Devices</em>'.
	 * @see org.cjmstudio.model.Lifestyle#getDevices()
	 * @see #getLifestyle()
	 * @generated
	 */
	EAttribute getLifestyle_Devices();

	/**
	 * Returns the meta object for the reference list '{@link org.cjmstudio.model.Lifestyle#getPreferredChannels <em>Preferred Channels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Preferred Channels</em>'.
	 * @see org.cjmstudio.model.Lifestyle#getPreferredChannels()
	 * @see #getLifestyle()
	 * @generated
	 */
	EReference getLifestyle_PreferredChannels();

	/**
	 * Returns the meta object for the attribute list '{@link org.cjmstudio.model.Lifestyle#getHabits <em>Habits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Habits</em>'.
	 * @see org.cjmstudio.model.Lifestyle#getHabits()
	 * @see #getLifestyle()
	 * @generated
	 */
	EAttribute getLifestyle_Habits();

	/**
	 * Returns the meta object for the attribute list '{@link org.cjmstudio.model.Lifestyle#getInterests <em>Interests</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Interests</em>'.
	 * @see org.cjmstudio.model.Lifestyle#getInterests()
	 * @see #getLifestyle()
	 * @generated
	 */
	EAttribute getLifestyle_Interests();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Lifestyle#getTimeOnline <em>Time Online</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time Online</em>'.
	 * @see org.cjmstudio.model.Lifestyle#getTimeOnline()
	 * @see #getLifestyle()
	 * @generated
	 */
	EAttribute getLifestyle_TimeOnline();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Lifestyle#getPurchaseFrequency <em>Purchase Frequency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Purchase Frequency</em>'.
	 * @see org.cjmstudio.model.Lifestyle#getPurchaseFrequency()
	 * @see #getLifestyle()
	 * @generated
	 */
	EAttribute getLifestyle_PurchaseFrequency();

	/**
	 * Returns the meta object for class '{@link org.cjmstudio.model.DecisionMaking <em>Decision Making</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Decision Making</em>'.
	 * @see org.cjmstudio.model.DecisionMaking
	 * @generated
	 */
	EClass getDecisionMaking();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.DecisionMaking#getDecider <em>Decider</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decider</em>'.
	 * @see org.cjmstudio.model.DecisionMaking#getDecider()
	 * @see #getDecisionMaking()
	 * @generated
	 */
	EAttribute getDecisionMaking_Decider();

	/**
	 * Returns the meta object for the attribute list '{@link org.cjmstudio.model.DecisionMaking#getInfluencers <em>Influencers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Influencers</em>'.
	 * @see org.cjmstudio.model.DecisionMaking#getInfluencers()
	 * @see #getDecisionMaking()
	 * @generated
	 */
	EAttribute getDecisionMaking_Influencers();

	/**
	 * Returns the meta object for the attribute list '{@link org.cjmstudio.model.DecisionMaking#getCriteria <em>Criteria</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Criteria</em>'.
	 * @see org.cjmstudio.model.DecisionMaking#getCriteria()
	 * @see #getDecisionMaking()
	 * @generated
	 */
	EAttribute getDecisionMaking_Criteria();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.DecisionMaking#getDuration <em>Duration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration</em>'.
	 * @see org.cjmstudio.model.DecisionMaking#getDuration()
	 * @see #getDecisionMaking()
	 * @generated
	 */
	EAttribute getDecisionMaking_Duration();

	/**
	 * Returns the meta object for class '{@link org.cjmstudio.model.PsychologicalProfile <em>Psychological Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Psychological Profile</em>'.
	 * @see org.cjmstudio.model.PsychologicalProfile
	 * @generated
	 */
	EClass getPsychologicalProfile();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.PsychologicalProfile#getTemperament <em>Temperament</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Temperament</em>'.
	 * @see org.cjmstudio.model.PsychologicalProfile#getTemperament()
	 * @see #getPsychologicalProfile()
	 * @generated
	 */
	EAttribute getPsychologicalProfile_Temperament();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.PsychologicalProfile#getCommunicativeness <em>Communicativeness</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Communicativeness</em>'.
	 * @see org.cjmstudio.model.PsychologicalProfile#getCommunicativeness()
	 * @see #getPsychologicalProfile()
	 * @generated
	 */
	EAttribute getPsychologicalProfile_Communicativeness();

	/**
	 * Returns the meta object for the attribute list '{@link org.cjmstudio.model.PsychologicalProfile#getTraits <em>Traits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Traits</em>'.
	 * @see org.cjmstudio.model.PsychologicalProfile#getTraits()
	 * @see #getPsychologicalProfile()
	 * @generated
	 */
	EAttribute getPsychologicalProfile_Traits();

	/**
	 * Returns the meta object for class '{@link org.cjmstudio.model.CompanyProfile <em>Company Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Company Profile</em>'.
	 * @see org.cjmstudio.model.CompanyProfile
	 * @generated
	 */
	EClass getCompanyProfile();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.CompanyProfile#getIndustry <em>Industry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Industry</em>'.
	 * @see org.cjmstudio.model.CompanyProfile#getIndustry()
	 * @see #getCompanyProfile()
	 * @generated
	 */
	EAttribute getCompanyProfile_Industry();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.CompanyProfile#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see org.cjmstudio.model.CompanyProfile#getSize()
	 * @see #getCompanyProfile()
	 * @generated
	 */
	EAttribute getCompanyProfile_Size();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.CompanyProfile#getGeography <em>Geography</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Geography</em>'.
	 * @see org.cjmstudio.model.CompanyProfile#getGeography()
	 * @see #getCompanyProfile()
	 * @generated
	 */
	EAttribute getCompanyProfile_Geography();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.CompanyProfile#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.cjmstudio.model.CompanyProfile#getDescription()
	 * @see #getCompanyProfile()
	 * @generated
	 */
	EAttribute getCompanyProfile_Description();

	/**
	 * Returns the meta object for class '{@link org.cjmstudio.model.BuyingCommitteeRole <em>Buying Committee Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Buying Committee Role</em>'.
	 * @see org.cjmstudio.model.BuyingCommitteeRole
	 * @generated
	 */
	EClass getBuyingCommitteeRole();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.BuyingCommitteeRole#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.cjmstudio.model.BuyingCommitteeRole#getRole()
	 * @see #getBuyingCommitteeRole()
	 * @generated
	 */
	EAttribute getBuyingCommitteeRole_Role();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.BuyingCommitteeRole#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.cjmstudio.model.BuyingCommitteeRole#getTitle()
	 * @see #getBuyingCommitteeRole()
	 * @generated
	 */
	EAttribute getBuyingCommitteeRole_Title();

	/**
	 * Returns the meta object for the attribute list '{@link org.cjmstudio.model.BuyingCommitteeRole#getConcerns <em>Concerns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Concerns</em>'.
	 * @see org.cjmstudio.model.BuyingCommitteeRole#getConcerns()
	 * @see #getBuyingCommitteeRole()
	 * @generated
	 */
	EAttribute getBuyingCommitteeRole_Concerns();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.BuyingCommitteeRole#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.cjmstudio.model.BuyingCommitteeRole#getDescription()
	 * @see #getBuyingCommitteeRole()
	 * @generated
	 */
	EAttribute getBuyingCommitteeRole_Description();

	/**
	 * Returns the meta object for class '{@link org.cjmstudio.model.Stage <em>Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Stage</em>'.
	 * @see org.cjmstudio.model.Stage
	 * @generated
	 */
	EClass getStage();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Stage#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.cjmstudio.model.Stage#getName()
	 * @see #getStage()
	 * @generated
	 */
	EAttribute getStage_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Stage#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.cjmstudio.model.Stage#getDescription()
	 * @see #getStage()
	 * @generated
	 */
	EAttribute getStage_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Stage#getPhase <em>Phase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phase</em>'.
	 * @see org.cjmstudio.model.Stage#getPhase()
	 * @see #getStage()
	 * @generated
	 */
	EAttribute getStage_Phase();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Stage#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.cjmstudio.model.Stage#getKind()
	 * @see #getStage()
	 * @generated
	 */
	EAttribute getStage_Kind();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cjmstudio.model.Stage#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Steps</em>'.
	 * @see org.cjmstudio.model.Stage#getSteps()
	 * @see #getStage()
	 * @generated
	 */
	EReference getStage_Steps();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cjmstudio.model.Stage#getTouchpoints <em>Touchpoints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Touchpoints</em>'.
	 * @see org.cjmstudio.model.Stage#getTouchpoints()
	 * @see #getStage()
	 * @generated
	 */
	EReference getStage_Touchpoints();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cjmstudio.model.Stage#getEmotions <em>Emotions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Emotions</em>'.
	 * @see org.cjmstudio.model.Stage#getEmotions()
	 * @see #getStage()
	 * @generated
	 */
	EReference getStage_Emotions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cjmstudio.model.Stage#getBarriers <em>Barriers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Barriers</em>'.
	 * @see org.cjmstudio.model.Stage#getBarriers()
	 * @see #getStage()
	 * @generated
	 */
	EReference getStage_Barriers();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cjmstudio.model.Stage#getLaneCards <em>Lane Cards</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Lane Cards</em>'.
	 * @see org.cjmstudio.model.Stage#getLaneCards()
	 * @see #getStage()
	 * @generated
	 */
	EReference getStage_LaneCards();

	/**
	 * Returns the meta object for class '{@link org.cjmstudio.model.Card <em>Card</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Card</em>'.
	 * @see org.cjmstudio.model.Card
	 * @generated
	 */
	EClass getCard();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Card#getColor <em>Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Color</em>'.
	 * @see org.cjmstudio.model.Card#getColor()
	 * @see #getCard()
	 * @generated
	 */
	EAttribute getCard_Color();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Card#getImage <em>Image</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Image</em>'.
	 * @see org.cjmstudio.model.Card#getImage()
	 * @see #getCard()
	 * @generated
	 */
	EAttribute getCard_Image();

	/**
	 * Returns the meta object for class '{@link org.cjmstudio.model.Step <em>Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Step</em>'.
	 * @see org.cjmstudio.model.Step
	 * @generated
	 */
	EClass getStep();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Step#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.cjmstudio.model.Step#getName()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Step#getDoes <em>Does</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Does</em>'.
	 * @see org.cjmstudio.model.Step#getDoes()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Does();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Step#getThinks <em>Thinks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Thinks</em>'.
	 * @see org.cjmstudio.model.Step#getThinks()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Thinks();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Step#getAsks <em>Asks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Asks</em>'.
	 * @see org.cjmstudio.model.Step#getAsks()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Asks();

	/**
	 * Returns the meta object for class '{@link org.cjmstudio.model.Channel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Channel</em>'.
	 * @see org.cjmstudio.model.Channel
	 * @generated
	 */
	EClass getChannel();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Channel#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.cjmstudio.model.Channel#getName()
	 * @see #getChannel()
	 * @generated
	 */
	EAttribute getChannel_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Channel#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.cjmstudio.model.Channel#getCategory()
	 * @see #getChannel()
	 * @generated
	 */
	EAttribute getChannel_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Channel#isOnline <em>Online</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Online</em>'.
	 * @see org.cjmstudio.model.Channel#isOnline()
	 * @see #getChannel()
	 * @generated
	 */
	EAttribute getChannel_Online();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Channel#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.cjmstudio.model.Channel#getDescription()
	 * @see #getChannel()
	 * @generated
	 */
	EAttribute getChannel_Description();

	/**
	 * Returns the meta object for class '{@link org.cjmstudio.model.Touchpoint <em>Touchpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Touchpoint</em>'.
	 * @see org.cjmstudio.model.Touchpoint
	 * @generated
	 */
	EClass getTouchpoint();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Touchpoint#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.cjmstudio.model.Touchpoint#getName()
	 * @see #getTouchpoint()
	 * @generated
	 */
	EAttribute getTouchpoint_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Touchpoint#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.cjmstudio.model.Touchpoint#getDescription()
	 * @see #getTouchpoint()
	 * @generated
	 */
	EAttribute getTouchpoint_Description();

	/**
	 * Returns the meta object for the reference '{@link org.cjmstudio.model.Touchpoint#getChannel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Channel</em>'.
	 * @see org.cjmstudio.model.Touchpoint#getChannel()
	 * @see #getTouchpoint()
	 * @generated
	 */
	EReference getTouchpoint_Channel();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Touchpoint#isOnline <em>Online</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Online</em>'.
	 * @see org.cjmstudio.model.Touchpoint#isOnline()
	 * @see #getTouchpoint()
	 * @generated
	 */
	EAttribute getTouchpoint_Online();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Touchpoint#getDepartment <em>Department</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Department</em>'.
	 * @see org.cjmstudio.model.Touchpoint#getDepartment()
	 * @see #getTouchpoint()
	 * @generated
	 */
	EAttribute getTouchpoint_Department();

	/**
	 * Returns the meta object for the reference list '{@link org.cjmstudio.model.Touchpoint#getServes <em>Serves</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Serves</em>'.
	 * @see org.cjmstudio.model.Touchpoint#getServes()
	 * @see #getTouchpoint()
	 * @generated
	 */
	EReference getTouchpoint_Serves();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Touchpoint#getCompliance <em>Compliance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Compliance</em>'.
	 * @see org.cjmstudio.model.Touchpoint#getCompliance()
	 * @see #getTouchpoint()
	 * @generated
	 */
	EAttribute getTouchpoint_Compliance();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Touchpoint#isDeviation <em>Deviation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deviation</em>'.
	 * @see org.cjmstudio.model.Touchpoint#isDeviation()
	 * @see #getTouchpoint()
	 * @generated
	 */
	EAttribute getTouchpoint_Deviation();

	/**
	 * Returns the meta object for the reference '{@link org.cjmstudio.model.Touchpoint#getObservedBy <em>Observed By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Observed By</em>'.
	 * @see org.cjmstudio.model.Touchpoint#getObservedBy()
	 * @see #getTouchpoint()
	 * @generated
	 */
	EReference getTouchpoint_ObservedBy();

	/**
	 * Returns the meta object for class '{@link org.cjmstudio.model.Emotion <em>Emotion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Emotion</em>'.
	 * @see org.cjmstudio.model.Emotion
	 * @generated
	 */
	EClass getEmotion();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Emotion#getFeeling <em>Feeling</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Feeling</em>'.
	 * @see org.cjmstudio.model.Emotion#getFeeling()
	 * @see #getEmotion()
	 * @generated
	 */
	EAttribute getEmotion_Feeling();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Emotion#getValence <em>Valence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valence</em>'.
	 * @see org.cjmstudio.model.Emotion#getValence()
	 * @see #getEmotion()
	 * @generated
	 */
	EAttribute getEmotion_Valence();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Emotion#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see org.cjmstudio.model.Emotion#getState()
	 * @see #getEmotion()
	 * @generated
	 */
	EAttribute getEmotion_State();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Emotion#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.cjmstudio.model.Emotion#getNote()
	 * @see #getEmotion()
	 * @generated
	 */
	EAttribute getEmotion_Note();

	/**
	 * Returns the meta object for the reference '{@link org.cjmstudio.model.Emotion#getStep <em>Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Step</em>'.
	 * @see org.cjmstudio.model.Emotion#getStep()
	 * @see #getEmotion()
	 * @generated
	 */
	EReference getEmotion_Step();

	/**
	 * Returns the meta object for the reference '{@link org.cjmstudio.model.Emotion#getTouchpoint <em>Touchpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Touchpoint</em>'.
	 * @see org.cjmstudio.model.Emotion#getTouchpoint()
	 * @see #getEmotion()
	 * @generated
	 */
	EReference getEmotion_Touchpoint();

	/**
	 * Returns the meta object for the reference '{@link org.cjmstudio.model.Emotion#getPersona <em>Persona</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Persona</em>'.
	 * @see org.cjmstudio.model.Emotion#getPersona()
	 * @see #getEmotion()
	 * @generated
	 */
	EReference getEmotion_Persona();

	/**
	 * Returns the meta object for the reference list '{@link org.cjmstudio.model.Emotion#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Evidence</em>'.
	 * @see org.cjmstudio.model.Emotion#getEvidence()
	 * @see #getEmotion()
	 * @generated
	 */
	EReference getEmotion_Evidence();

	/**
	 * Returns the meta object for class '{@link org.cjmstudio.model.Barrier <em>Barrier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Barrier</em>'.
	 * @see org.cjmstudio.model.Barrier
	 * @generated
	 */
	EClass getBarrier();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Barrier#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.cjmstudio.model.Barrier#getName()
	 * @see #getBarrier()
	 * @generated
	 */
	EAttribute getBarrier_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Barrier#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.cjmstudio.model.Barrier#getDescription()
	 * @see #getBarrier()
	 * @generated
	 */
	EAttribute getBarrier_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Barrier#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.cjmstudio.model.Barrier#getKind()
	 * @see #getBarrier()
	 * @generated
	 */
	EAttribute getBarrier_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Barrier#getSeverity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Severity</em>'.
	 * @see org.cjmstudio.model.Barrier#getSeverity()
	 * @see #getBarrier()
	 * @generated
	 */
	EAttribute getBarrier_Severity();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Barrier#getDropOffRate <em>Drop Off Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Drop Off Rate</em>'.
	 * @see org.cjmstudio.model.Barrier#getDropOffRate()
	 * @see #getBarrier()
	 * @generated
	 */
	EAttribute getBarrier_DropOffRate();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Barrier#getDropOffNote <em>Drop Off Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Drop Off Note</em>'.
	 * @see org.cjmstudio.model.Barrier#getDropOffNote()
	 * @see #getBarrier()
	 * @generated
	 */
	EAttribute getBarrier_DropOffNote();

	/**
	 * Returns the meta object for the reference '{@link org.cjmstudio.model.Barrier#getStep <em>Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Step</em>'.
	 * @see org.cjmstudio.model.Barrier#getStep()
	 * @see #getBarrier()
	 * @generated
	 */
	EReference getBarrier_Step();

	/**
	 * Returns the meta object for the reference '{@link org.cjmstudio.model.Barrier#getTouchpoint <em>Touchpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Touchpoint</em>'.
	 * @see org.cjmstudio.model.Barrier#getTouchpoint()
	 * @see #getBarrier()
	 * @generated
	 */
	EReference getBarrier_Touchpoint();

	/**
	 * Returns the meta object for the reference list '{@link org.cjmstudio.model.Barrier#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Evidence</em>'.
	 * @see org.cjmstudio.model.Barrier#getEvidence()
	 * @see #getBarrier()
	 * @generated
	 */
	EReference getBarrier_Evidence();

	/**
	 * Returns the meta object for class '{@link org.cjmstudio.model.Opportunity <em>Opportunity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Opportunity</em>'.
	 * @see org.cjmstudio.model.Opportunity
	 * @generated
	 */
	EClass getOpportunity();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Opportunity#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.cjmstudio.model.Opportunity#getTitle()
	 * @see #getOpportunity()
	 * @generated
	 */
	EAttribute getOpportunity_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Opportunity#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.cjmstudio.model.Opportunity#getDescription()
	 * @see #getOpportunity()
	 * @generated
	 */
	EAttribute getOpportunity_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Opportunity#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner</em>'.
	 * @see org.cjmstudio.model.Opportunity#getOwner()
	 * @see #getOpportunity()
	 * @generated
	 */
	EAttribute getOpportunity_Owner();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Opportunity#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.cjmstudio.model.Opportunity#getStatus()
	 * @see #getOpportunity()
	 * @generated
	 */
	EAttribute getOpportunity_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Opportunity#getHypothesis <em>Hypothesis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hypothesis</em>'.
	 * @see org.cjmstudio.model.Opportunity#getHypothesis()
	 * @see #getOpportunity()
	 * @generated
	 */
	EAttribute getOpportunity_Hypothesis();

	/**
	 * Returns the meta object for the reference '{@link org.cjmstudio.model.Opportunity#getStage <em>Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Stage</em>'.
	 * @see org.cjmstudio.model.Opportunity#getStage()
	 * @see #getOpportunity()
	 * @generated
	 */
	EReference getOpportunity_Stage();

	/**
	 * Returns the meta object for the reference list '{@link org.cjmstudio.model.Opportunity#getAddresses <em>Addresses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Addresses</em>'.
	 * @see org.cjmstudio.model.Opportunity#getAddresses()
	 * @see #getOpportunity()
	 * @generated
	 */
	EReference getOpportunity_Addresses();

	/**
	 * Returns the meta object for the reference list '{@link org.cjmstudio.model.Opportunity#getMetrics <em>Metrics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Metrics</em>'.
	 * @see org.cjmstudio.model.Opportunity#getMetrics()
	 * @see #getOpportunity()
	 * @generated
	 */
	EReference getOpportunity_Metrics();

	/**
	 * Returns the meta object for class '{@link org.cjmstudio.model.Metric <em>Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Metric</em>'.
	 * @see org.cjmstudio.model.Metric
	 * @generated
	 */
	EClass getMetric();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Metric#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.cjmstudio.model.Metric#getName()
	 * @see #getMetric()
	 * @generated
	 */
	EAttribute getMetric_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Metric#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.cjmstudio.model.Metric#getKind()
	 * @see #getMetric()
	 * @generated
	 */
	EAttribute getMetric_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Metric#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.cjmstudio.model.Metric#getValue()
	 * @see #getMetric()
	 * @generated
	 */
	EAttribute getMetric_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Metric#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see org.cjmstudio.model.Metric#getTarget()
	 * @see #getMetric()
	 * @generated
	 */
	EAttribute getMetric_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Metric#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.cjmstudio.model.Metric#getUnit()
	 * @see #getMetric()
	 * @generated
	 */
	EAttribute getMetric_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Metric#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.cjmstudio.model.Metric#getDate()
	 * @see #getMetric()
	 * @generated
	 */
	EAttribute getMetric_Date();

	/**
	 * Returns the meta object for the reference '{@link org.cjmstudio.model.Metric#getStage <em>Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Stage</em>'.
	 * @see org.cjmstudio.model.Metric#getStage()
	 * @see #getMetric()
	 * @generated
	 */
	EReference getMetric_Stage();

	/**
	 * Returns the meta object for the reference '{@link org.cjmstudio.model.Metric#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.cjmstudio.model.Metric#getSource()
	 * @see #getMetric()
	 * @generated
	 */
	EReference getMetric_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Metric#getSourceNote <em>Source Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Note</em>'.
	 * @see org.cjmstudio.model.Metric#getSourceNote()
	 * @see #getMetric()
	 * @generated
	 */
	EAttribute getMetric_SourceNote();

	/**
	 * Returns the meta object for class '{@link org.cjmstudio.model.Evidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Evidence</em>'.
	 * @see org.cjmstudio.model.Evidence
	 * @generated
	 */
	EClass getEvidence();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Evidence#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.cjmstudio.model.Evidence#getTitle()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Evidence#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.cjmstudio.model.Evidence#getDate()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Evidence#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.cjmstudio.model.Evidence#getDescription()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_Description();

	/**
	 * Returns the meta object for class '{@link org.cjmstudio.model.ResearchStudy <em>Research Study</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Research Study</em>'.
	 * @see org.cjmstudio.model.ResearchStudy
	 * @generated
	 */
	EClass getResearchStudy();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.ResearchStudy#getGoal <em>Goal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Goal</em>'.
	 * @see org.cjmstudio.model.ResearchStudy#getGoal()
	 * @see #getResearchStudy()
	 * @generated
	 */
	EAttribute getResearchStudy_Goal();

	/**
	 * Returns the meta object for the attribute list '{@link org.cjmstudio.model.ResearchStudy#getQuestionGuide <em>Question Guide</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Question Guide</em>'.
	 * @see org.cjmstudio.model.ResearchStudy#getQuestionGuide()
	 * @see #getResearchStudy()
	 * @generated
	 */
	EAttribute getResearchStudy_QuestionGuide();

	/**
	 * Returns the meta object for the attribute list '{@link org.cjmstudio.model.ResearchStudy#getTargetGroups <em>Target Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Target Groups</em>'.
	 * @see org.cjmstudio.model.ResearchStudy#getTargetGroups()
	 * @see #getResearchStudy()
	 * @generated
	 */
	EAttribute getResearchStudy_TargetGroups();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cjmstudio.model.ResearchStudy#getInterviews <em>Interviews</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Interviews</em>'.
	 * @see org.cjmstudio.model.ResearchStudy#getInterviews()
	 * @see #getResearchStudy()
	 * @generated
	 */
	EReference getResearchStudy_Interviews();

	/**
	 * Returns the meta object for the attribute list '{@link org.cjmstudio.model.ResearchStudy#getDismissedPatterns <em>Dismissed Patterns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Dismissed Patterns</em>'.
	 * @see org.cjmstudio.model.ResearchStudy#getDismissedPatterns()
	 * @see #getResearchStudy()
	 * @generated
	 */
	EAttribute getResearchStudy_DismissedPatterns();

	/**
	 * Returns the meta object for class '{@link org.cjmstudio.model.Interview <em>Interview</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Interview</em>'.
	 * @see org.cjmstudio.model.Interview
	 * @generated
	 */
	EClass getInterview();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Interview#getRespondentProfile <em>Respondent Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Respondent Profile</em>'.
	 * @see org.cjmstudio.model.Interview#getRespondentProfile()
	 * @see #getInterview()
	 * @generated
	 */
	EAttribute getInterview_RespondentProfile();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Interview#getRespondentGroup <em>Respondent Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Respondent Group</em>'.
	 * @see org.cjmstudio.model.Interview#getRespondentGroup()
	 * @see #getInterview()
	 * @generated
	 */
	EAttribute getInterview_RespondentGroup();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Interview#getTranscript <em>Transcript</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Transcript</em>'.
	 * @see org.cjmstudio.model.Interview#getTranscript()
	 * @see #getInterview()
	 * @generated
	 */
	EAttribute getInterview_Transcript();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cjmstudio.model.Interview#getQuotes <em>Quotes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Quotes</em>'.
	 * @see org.cjmstudio.model.Interview#getQuotes()
	 * @see #getInterview()
	 * @generated
	 */
	EReference getInterview_Quotes();

	/**
	 * Returns the meta object for class '{@link org.cjmstudio.model.Quote <em>Quote</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Quote</em>'.
	 * @see org.cjmstudio.model.Quote
	 * @generated
	 */
	EClass getQuote();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Quote#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.cjmstudio.model.Quote#getText()
	 * @see #getQuote()
	 * @generated
	 */
	EAttribute getQuote_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Quote#getTopic <em>Topic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Topic</em>'.
	 * @see org.cjmstudio.model.Quote#getTopic()
	 * @see #getQuote()
	 * @generated
	 */
	EAttribute getQuote_Topic();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Quote#getTranscriptOffset <em>Transcript Offset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Transcript Offset</em>'.
	 * @see org.cjmstudio.model.Quote#getTranscriptOffset()
	 * @see #getQuote()
	 * @generated
	 */
	EAttribute getQuote_TranscriptOffset();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Quote#getTranscriptLength <em>Transcript Length</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Transcript Length</em>'.
	 * @see org.cjmstudio.model.Quote#getTranscriptLength()
	 * @see #getQuote()
	 * @generated
	 */
	EAttribute getQuote_TranscriptLength();

	/**
	 * Returns the meta object for class '{@link org.cjmstudio.model.Insight <em>Insight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Insight</em>'.
	 * @see org.cjmstudio.model.Insight
	 * @generated
	 */
	EClass getInsight();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Insight#getStatement <em>Statement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Statement</em>'.
	 * @see org.cjmstudio.model.Insight#getStatement()
	 * @see #getInsight()
	 * @generated
	 */
	EAttribute getInsight_Statement();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.Insight#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.cjmstudio.model.Insight#getKind()
	 * @see #getInsight()
	 * @generated
	 */
	EAttribute getInsight_Kind();

	/**
	 * Returns the meta object for the reference list '{@link org.cjmstudio.model.Insight#getSupportedBy <em>Supported By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Supported By</em>'.
	 * @see org.cjmstudio.model.Insight#getSupportedBy()
	 * @see #getInsight()
	 * @generated
	 */
	EReference getInsight_SupportedBy();

	/**
	 * Returns the meta object for the reference list '{@link org.cjmstudio.model.Insight#getQuotes <em>Quotes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Quotes</em>'.
	 * @see org.cjmstudio.model.Insight#getQuotes()
	 * @see #getInsight()
	 * @generated
	 */
	EReference getInsight_Quotes();

	/**
	 * Returns the meta object for class '{@link org.cjmstudio.model.DataSource <em>Data Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Data Source</em>'.
	 * @see org.cjmstudio.model.DataSource
	 * @generated
	 */
	EClass getDataSource();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.DataSource#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.cjmstudio.model.DataSource#getKind()
	 * @see #getDataSource()
	 * @generated
	 */
	EAttribute getDataSource_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.DataSource#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Location</em>'.
	 * @see org.cjmstudio.model.DataSource#getLocation()
	 * @see #getDataSource()
	 * @generated
	 */
	EAttribute getDataSource_Location();

	/**
	 * Returns the meta object for the attribute '{@link org.cjmstudio.model.DataSource#getSampleSize <em>Sample Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sample Size</em>'.
	 * @see org.cjmstudio.model.DataSource#getSampleSize()
	 * @see #getDataSource()
	 * @generated
	 */
	EAttribute getDataSource_SampleSize();

	/**
	 * Returns the meta object for enum '{@link org.cjmstudio.model.LinkKind <em>Link Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Link Kind</em>'.
	 * @see org.cjmstudio.model.LinkKind
	 * @generated
	 */
	EEnum getLinkKind();

	/**
	 * Returns the meta object for enum '{@link org.cjmstudio.model.MapStatus <em>Map Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Map Status</em>'.
	 * @see org.cjmstudio.model.MapStatus
	 * @generated
	 */
	EEnum getMapStatus();

	/**
	 * Returns the meta object for enum '{@link org.cjmstudio.model.PersonaKind <em>Persona Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Persona Kind</em>'.
	 * @see org.cjmstudio.model.PersonaKind
	 * @generated
	 */
	EEnum getPersonaKind();

	/**
	 * Returns the meta object for enum '{@link org.cjmstudio.model.BuyingRole <em>Buying Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Buying Role</em>'.
	 * @see org.cjmstudio.model.BuyingRole
	 * @generated
	 */
	EEnum getBuyingRole();

	/**
	 * Returns the meta object for enum '{@link org.cjmstudio.model.Phase <em>Phase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Phase</em>'.
	 * @see org.cjmstudio.model.Phase
	 * @generated
	 */
	EEnum getPhase();

	/**
	 * Returns the meta object for enum '{@link org.cjmstudio.model.StageKind <em>Stage Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Stage Kind</em>'.
	 * @see org.cjmstudio.model.StageKind
	 * @generated
	 */
	EEnum getStageKind();

	/**
	 * Returns the meta object for enum '{@link org.cjmstudio.model.ChannelCategory <em>Channel Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Channel Category</em>'.
	 * @see org.cjmstudio.model.ChannelCategory
	 * @generated
	 */
	EEnum getChannelCategory();

	/**
	 * Returns the meta object for enum '{@link org.cjmstudio.model.Compliance <em>Compliance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Compliance</em>'.
	 * @see org.cjmstudio.model.Compliance
	 * @generated
	 */
	EEnum getCompliance();

	/**
	 * Returns the meta object for enum '{@link org.cjmstudio.model.EmotionState <em>Emotion State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Emotion State</em>'.
	 * @see org.cjmstudio.model.EmotionState
	 * @generated
	 */
	EEnum getEmotionState();

	/**
	 * Returns the meta object for enum '{@link org.cjmstudio.model.Feeling <em>Feeling</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Feeling</em>'.
	 * @see org.cjmstudio.model.Feeling
	 * @generated
	 */
	EEnum getFeeling();

	/**
	 * Returns the meta object for enum '{@link org.cjmstudio.model.BarrierKind <em>Barrier Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Barrier Kind</em>'.
	 * @see org.cjmstudio.model.BarrierKind
	 * @generated
	 */
	EEnum getBarrierKind();

	/**
	 * Returns the meta object for enum '{@link org.cjmstudio.model.Severity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Severity</em>'.
	 * @see org.cjmstudio.model.Severity
	 * @generated
	 */
	EEnum getSeverity();

	/**
	 * Returns the meta object for enum '{@link org.cjmstudio.model.OpportunityStatus <em>Opportunity Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Opportunity Status</em>'.
	 * @see org.cjmstudio.model.OpportunityStatus
	 * @generated
	 */
	EEnum getOpportunityStatus();

	/**
	 * Returns the meta object for enum '{@link org.cjmstudio.model.MetricKind <em>Metric Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Metric Kind</em>'.
	 * @see org.cjmstudio.model.MetricKind
	 * @generated
	 */
	EEnum getMetricKind();

	/**
	 * Returns the meta object for enum '{@link org.cjmstudio.model.RespondentGroup <em>Respondent Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Respondent Group</em>'.
	 * @see org.cjmstudio.model.RespondentGroup
	 * @generated
	 */
	EEnum getRespondentGroup();

	/**
	 * Returns the meta object for enum '{@link org.cjmstudio.model.InsightKind <em>Insight Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Insight Kind</em>'.
	 * @see org.cjmstudio.model.InsightKind
	 * @generated
	 */
	EEnum getInsightKind();

	/**
	 * Returns the meta object for enum '{@link org.cjmstudio.model.DataSourceKind <em>Data Source Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Data Source Kind</em>'.
	 * @see org.cjmstudio.model.DataSourceKind
	 * @generated
	 */
	EEnum getDataSourceKind();

	/**
	 * Returns the meta object for enum '{@link org.cjmstudio.model.EvidenceLevel <em>Evidence Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Evidence Level</em>'.
	 * @see org.cjmstudio.model.EvidenceLevel
	 * @generated
	 */
	EEnum getEvidenceLevel();

	/**
	 * Returns the meta object for data type '<em>Valence</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * An emotional valence: an integer from -3 (very negative) to +3 (very positive).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Valence</em>'.
	 * @model instanceClass="int"
	 *        extendedMetaData="name='Valence' baseType='http://www.eclipse.org/emf/2002/Ecore#EInt' minInclusive='-3' maxInclusive='3'"
	 * @generated
	 */
	EDataType getValence();

	/**
	 * Returns the meta object for data type '{@link java.lang.Double <em>Percentage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A percentage: a number from 0 to 100.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Percentage</em>'.
	 * @see java.lang.Double
	 * @model instanceClass="java.lang.Double"
	 *        extendedMetaData="name='Percentage' baseType='http://www.eclipse.org/emf/2002/Ecore#EDoubleObject' minInclusive='0.0' maxInclusive='100.0'"
	 * @generated
	 */
	EDataType getPercentage();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Hex Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A colour as a web colour code: '#' and six hexadecimal digits, e.g. #f5a623.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Hex Color</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='HexColor' baseType='http://www.eclipse.org/emf/2003/XMLType#string' pattern='#[0-9a-fA-F]{6}'"
	 * @generated
	 */
	EDataType getHexColor();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	CjmFactory getCjmFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.cjmstudio.model.impl.IdentifiableImpl <em>Identifiable</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cjmstudio.model.impl.IdentifiableImpl
		 * @see org.cjmstudio.model.impl.CjmPackageImpl#getIdentifiable()
		 * @generated
		 */
		EClass IDENTIFIABLE = eINSTANCE.getIdentifiable();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIABLE__ID = eINSTANCE.getIdentifiable_Id();

		/**
		 * The meta object literal for the '<em><b>Iri</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIABLE__IRI = eINSTANCE.getIdentifiable_Iri();

		/**
		 * The meta object literal for the '{@link org.cjmstudio.model.impl.CjmElementImpl <em>Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cjmstudio.model.impl.CjmElementImpl
		 * @see org.cjmstudio.model.impl.CjmPackageImpl#getCjmElement()
		 * @generated
		 */
		EClass CJM_ELEMENT = eINSTANCE.getCjmElement();

		/**
		 * The meta object literal for the '<em><b>External Links</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CJM_ELEMENT__EXTERNAL_LINKS = eINSTANCE.getCjmElement_ExternalLinks();

		/**
		 * The meta object literal for the '<em><b>Comment Threads</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CJM_ELEMENT__COMMENT_THREADS = eINSTANCE.getCjmElement_CommentThreads();

		/**
		 * The meta object literal for the '{@link org.cjmstudio.model.impl.CommentThreadImpl <em>Comment Thread</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cjmstudio.model.impl.CommentThreadImpl
		 * @see org.cjmstudio.model.impl.CjmPackageImpl#getCommentThread()
		 * @generated
		 */
		EClass COMMENT_THREAD = eINSTANCE.getCommentThread();

		/**
		 * The meta object literal for the '<em><b>Resolved</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMENT_THREAD__RESOLVED = eINSTANCE.getCommentThread_Resolved();

		/**
		 * The meta object literal for the '<em><b>Comments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMMENT_THREAD__COMMENTS = eINSTANCE.getCommentThread_Comments();

		/**
		 * The meta object literal for the '{@link org.cjmstudio.model.impl.CommentImpl <em>Comment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cjmstudio.model.impl.CommentImpl
		 * @see org.cjmstudio.model.impl.CjmPackageImpl#getComment()
		 * @generated
		 */
		EClass COMMENT = eINSTANCE.getComment();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMENT__AUTHOR = eINSTANCE.getComment_Author();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMENT__CREATED = eINSTANCE.getComment_Created();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMENT__TEXT = eINSTANCE.getComment_Text();

		/**
		 * The meta object literal for the '{@link org.cjmstudio.model.impl.ExternalLinkImpl <em>External Link</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cjmstudio.model.impl.ExternalLinkImpl
		 * @see org.cjmstudio.model.impl.CjmPackageImpl#getExternalLink()
		 * @generated
		 */
		EClass EXTERNAL_LINK = eINSTANCE.getExternalLink();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTERNAL_LINK__TARGET = eINSTANCE.getExternalLink_Target();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTERNAL_LINK__KIND = eINSTANCE.getExternalLink_Kind();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTERNAL_LINK__LABEL = eINSTANCE.getExternalLink_Label();

		/**
		 * The meta object literal for the '{@link org.cjmstudio.model.impl.JourneyMapImpl <em>Journey Map</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cjmstudio.model.impl.JourneyMapImpl
		 * @see org.cjmstudio.model.impl.CjmPackageImpl#getJourneyMap()
		 * @generated
		 */
		EClass JOURNEY_MAP = eINSTANCE.getJourneyMap();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOURNEY_MAP__TITLE = eINSTANCE.getJourneyMap_Title();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOURNEY_MAP__DESCRIPTION = eINSTANCE.getJourneyMap_Description();

		/**
		 * The meta object literal for the '<em><b>Scope</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOURNEY_MAP__SCOPE = eINSTANCE.getJourneyMap_Scope();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOURNEY_MAP__OWNER = eINSTANCE.getJourneyMap_Owner();

		/**
		 * The meta object literal for the '<em><b>Team</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOURNEY_MAP__TEAM = eINSTANCE.getJourneyMap_Team();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOURNEY_MAP__CREATED = eINSTANCE.getJourneyMap_Created();

		/**
		 * The meta object literal for the '<em><b>Modified</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOURNEY_MAP__MODIFIED = eINSTANCE.getJourneyMap_Modified();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOURNEY_MAP__STATUS = eINSTANCE.getJourneyMap_Status();

		/**
		 * The meta object literal for the '<em><b>Personas</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOURNEY_MAP__PERSONAS = eINSTANCE.getJourneyMap_Personas();

		/**
		 * The meta object literal for the '<em><b>Stages</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOURNEY_MAP__STAGES = eINSTANCE.getJourneyMap_Stages();

		/**
		 * The meta object literal for the '<em><b>Channels</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOURNEY_MAP__CHANNELS = eINSTANCE.getJourneyMap_Channels();

		/**
		 * The meta object literal for the '<em><b>Studies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOURNEY_MAP__STUDIES = eINSTANCE.getJourneyMap_Studies();

		/**
		 * The meta object literal for the '<em><b>Data Sources</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOURNEY_MAP__DATA_SOURCES = eINSTANCE.getJourneyMap_DataSources();

		/**
		 * The meta object literal for the '<em><b>Insights</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOURNEY_MAP__INSIGHTS = eINSTANCE.getJourneyMap_Insights();

		/**
		 * The meta object literal for the '<em><b>Opportunities</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOURNEY_MAP__OPPORTUNITIES = eINSTANCE.getJourneyMap_Opportunities();

		/**
		 * The meta object literal for the '<em><b>Metrics</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOURNEY_MAP__METRICS = eINSTANCE.getJourneyMap_Metrics();

		/**
		 * The meta object literal for the '{@link org.cjmstudio.model.impl.PersonaImpl <em>Persona</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cjmstudio.model.impl.PersonaImpl
		 * @see org.cjmstudio.model.impl.CjmPackageImpl#getPersona()
		 * @generated
		 */
		EClass PERSONA = eINSTANCE.getPersona();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSONA__NAME = eINSTANCE.getPersona_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSONA__KIND = eINSTANCE.getPersona_Kind();

		/**
		 * The meta object literal for the '<em><b>Photo</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSONA__PHOTO = eINSTANCE.getPersona_Photo();

		/**
		 * The meta object literal for the '<em><b>Quote</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSONA__QUOTE = eINSTANCE.getPersona_Quote();

		/**
		 * The meta object literal for the '<em><b>Segment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSONA__SEGMENT = eINSTANCE.getPersona_Segment();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSONA__DESCRIPTION = eINSTANCE.getPersona_Description();

		/**
		 * The meta object literal for the '<em><b>Goals</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSONA__GOALS = eINSTANCE.getPersona_Goals();

		/**
		 * The meta object literal for the '<em><b>Needs</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSONA__NEEDS = eINSTANCE.getPersona_Needs();

		/**
		 * The meta object literal for the '<em><b>Pains</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSONA__PAINS = eINSTANCE.getPersona_Pains();

		/**
		 * The meta object literal for the '<em><b>Fears</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSONA__FEARS = eINSTANCE.getPersona_Fears();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSONA__VALUES = eINSTANCE.getPersona_Values();

		/**
		 * The meta object literal for the '<em><b>Motivations</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSONA__MOTIVATIONS = eINSTANCE.getPersona_Motivations();

		/**
		 * The meta object literal for the '<em><b>Demographics</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERSONA__DEMOGRAPHICS = eINSTANCE.getPersona_Demographics();

		/**
		 * The meta object literal for the '<em><b>Lifestyle</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERSONA__LIFESTYLE = eINSTANCE.getPersona_Lifestyle();

		/**
		 * The meta object literal for the '<em><b>Decision Making</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERSONA__DECISION_MAKING = eINSTANCE.getPersona_DecisionMaking();

		/**
		 * The meta object literal for the '<em><b>Psychology</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERSONA__PSYCHOLOGY = eINSTANCE.getPersona_Psychology();

		/**
		 * The meta object literal for the '<em><b>Company</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERSONA__COMPANY = eINSTANCE.getPersona_Company();

		/**
		 * The meta object literal for the '<em><b>Buying Committee</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERSONA__BUYING_COMMITTEE = eINSTANCE.getPersona_BuyingCommittee();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERSONA__EVIDENCE = eINSTANCE.getPersona_Evidence();

		/**
		 * The meta object literal for the '{@link org.cjmstudio.model.impl.DemographicsImpl <em>Demographics</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cjmstudio.model.impl.DemographicsImpl
		 * @see org.cjmstudio.model.impl.CjmPackageImpl#getDemographics()
		 * @generated
		 */
		EClass DEMOGRAPHICS = eINSTANCE.getDemographics();

		/**
		 * The meta object literal for the '<em><b>Age Min</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEMOGRAPHICS__AGE_MIN = eINSTANCE.getDemographics_AgeMin();

		/**
		 * The meta object literal for the '<em><b>Age Max</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEMOGRAPHICS__AGE_MAX = eINSTANCE.getDemographics_AgeMax();

		/**
		 * The meta object literal for the '<em><b>Gender</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEMOGRAPHICS__GENDER = eINSTANCE.getDemographics_Gender();

		/**
		 * The meta object literal for the '<em><b>Education</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEMOGRAPHICS__EDUCATION = eINSTANCE.getDemographics_Education();

		/**
		 * The meta object literal for the '<em><b>Region</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEMOGRAPHICS__REGION = eINSTANCE.getDemographics_Region();

		/**
		 * The meta object literal for the '<em><b>Occupation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEMOGRAPHICS__OCCUPATION = eINSTANCE.getDemographics_Occupation();

		/**
		 * The meta object literal for the '<em><b>Social Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEMOGRAPHICS__SOCIAL_STATUS = eINSTANCE.getDemographics_SocialStatus();

		/**
		 * The meta object literal for the '<em><b>Family Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEMOGRAPHICS__FAMILY_STATUS = eINSTANCE.getDemographics_FamilyStatus();

		/**
		 * The meta object literal for the '<em><b>Income Band</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEMOGRAPHICS__INCOME_BAND = eINSTANCE.getDemographics_IncomeBand();

		/**
		 * The meta object literal for the '{@link org.cjmstudio.model.impl.LifestyleImpl <em>Lifestyle</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cjmstudio.model.impl.LifestyleImpl
		 * @see org.cjmstudio.model.impl.CjmPackageImpl#getLifestyle()
		 * @generated
		 */
		EClass LIFESTYLE = eINSTANCE.getLifestyle();

		/**
		 * The meta object literal for the '<em><b>Devices</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIFESTYLE__DEVICES = eINSTANCE.getLifestyle_Devices();

		/**
		 * The meta object literal for the '<em><b>Preferred Channels</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LIFESTYLE__PREFERRED_CHANNELS = eINSTANCE.getLifestyle_PreferredChannels();

		/**
		 * The meta object literal for the '<em><b>Habits</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIFESTYLE__HABITS = eINSTANCE.getLifestyle_Habits();

		/**
		 * The meta object literal for the '<em><b>Interests</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIFESTYLE__INTERESTS = eINSTANCE.getLifestyle_Interests();

		/**
		 * The meta object literal for the '<em><b>Time Online</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIFESTYLE__TIME_ONLINE = eINSTANCE.getLifestyle_TimeOnline();

		/**
		 * The meta object literal for the '<em><b>Purchase Frequency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIFESTYLE__PURCHASE_FREQUENCY = eINSTANCE.getLifestyle_PurchaseFrequency();

		/**
		 * The meta object literal for the '{@link org.cjmstudio.model.impl.DecisionMakingImpl <em>Decision Making</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cjmstudio.model.impl.DecisionMakingImpl
		 * @see org.cjmstudio.model.impl.CjmPackageImpl#getDecisionMaking()
		 * @generated
		 */
		EClass DECISION_MAKING = eINSTANCE.getDecisionMaking();

		/**
		 * The meta object literal for the '<em><b>Decider</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECISION_MAKING__DECIDER = eINSTANCE.getDecisionMaking_Decider();

		/**
		 * The meta object literal for the '<em><b>Influencers</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECISION_MAKING__INFLUENCERS = eINSTANCE.getDecisionMaking_Influencers();

		/**
		 * The meta object literal for the '<em><b>Criteria</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECISION_MAKING__CRITERIA = eINSTANCE.getDecisionMaking_Criteria();

		/**
		 * The meta object literal for the '<em><b>Duration</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECISION_MAKING__DURATION = eINSTANCE.getDecisionMaking_Duration();

		/**
		 * The meta object literal for the '{@link org.cjmstudio.model.impl.PsychologicalProfileImpl <em>Psychological Profile</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cjmstudio.model.impl.PsychologicalProfileImpl
		 * @see org.cjmstudio.model.impl.CjmPackageImpl#getPsychologicalProfile()
		 * @generated
		 */
		EClass PSYCHOLOGICAL_PROFILE = eINSTANCE.getPsychologicalProfile();

		/**
		 * The meta object literal for the '<em><b>Temperament</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PSYCHOLOGICAL_PROFILE__TEMPERAMENT = eINSTANCE.getPsychologicalProfile_Temperament();

		/**
		 * The meta object literal for the '<em><b>Communicativeness</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PSYCHOLOGICAL_PROFILE__COMMUNICATIVENESS = eINSTANCE.getPsychologicalProfile_Communicativeness();

		/**
		 * The meta object literal for the '<em><b>Traits</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PSYCHOLOGICAL_PROFILE__TRAITS = eINSTANCE.getPsychologicalProfile_Traits();

		/**
		 * The meta object literal for the '{@link org.cjmstudio.model.impl.CompanyProfileImpl <em>Company Profile</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cjmstudio.model.impl.CompanyProfileImpl
		 * @see org.cjmstudio.model.impl.CjmPackageImpl#getCompanyProfile()
		 * @generated
		 */
		EClass COMPANY_PROFILE = eINSTANCE.getCompanyProfile();

		/**
		 * The meta object literal for the '<em><b>Industry</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPANY_PROFILE__INDUSTRY = eINSTANCE.getCompanyProfile_Industry();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPANY_PROFILE__SIZE = eINSTANCE.getCompanyProfile_Size();

		/**
		 * The meta object literal for the '<em><b>Geography</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPANY_PROFILE__GEOGRAPHY = eINSTANCE.getCompanyProfile_Geography();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPANY_PROFILE__DESCRIPTION = eINSTANCE.getCompanyProfile_Description();

		/**
		 * The meta object literal for the '{@link org.cjmstudio.model.impl.BuyingCommitteeRoleImpl <em>Buying Committee Role</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cjmstudio.model.impl.BuyingCommitteeRoleImpl
		 * @see org.cjmstudio.model.impl.CjmPackageImpl#getBuyingCommitteeRole()
		 * @generated
		 */
		EClass BUYING_COMMITTEE_ROLE = eINSTANCE.getBuyingCommitteeRole();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUYING_COMMITTEE_ROLE__ROLE = eINSTANCE.getBuyingCommitteeRole_Role();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUYING_COMMITTEE_ROLE__TITLE = eINSTANCE.getBuyingCommitteeRole_Title();

		/**
		 * The meta object literal for the '<em><b>Concerns</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUYING_COMMITTEE_ROLE__CONCERNS = eINSTANCE.getBuyingCommitteeRole_Concerns();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUYING_COMMITTEE_ROLE__DESCRIPTION = eINSTANCE.getBuyingCommitteeRole_Description();

		/**
		 * The meta object literal for the '{@link org.cjmstudio.model.impl.StageImpl <em>Stage</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cjmstudio.model.impl.StageImpl
		 * @see org.cjmstudio.model.impl.CjmPackageImpl#getStage()
		 * @generated
		 */
		EClass STAGE = eINSTANCE.getStage();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAGE__NAME = eINSTANCE.getStage_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAGE__DESCRIPTION = eINSTANCE.getStage_Description();

		/**
		 * The meta object literal for the '<em><b>Phase</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAGE__PHASE = eINSTANCE.getStage_Phase();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAGE__KIND = eINSTANCE.getStage_Kind();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STAGE__STEPS = eINSTANCE.getStage_Steps();

		/**
		 * The meta object literal for the '<em><b>Touchpoints</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STAGE__TOUCHPOINTS = eINSTANCE.getStage_Touchpoints();

		/**
		 * The meta object literal for the '<em><b>Emotions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STAGE__EMOTIONS = eINSTANCE.getStage_Emotions();

		/**
		 * The meta object literal for the '<em><b>Barriers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STAGE__BARRIERS = eINSTANCE.getStage_Barriers();

		/**
		 * The meta object literal for the '<em><b>Lane Cards</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STAGE__LANE_CARDS = eINSTANCE.getStage_LaneCards();

		/**
		 * The meta object literal for the '{@link org.cjmstudio.model.impl.CardImpl <em>Card</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cjmstudio.model.impl.CardImpl
		 * @see org.cjmstudio.model.impl.CjmPackageImpl#getCard()
		 * @generated
		 */
		EClass CARD = eINSTANCE.getCard();

		/**
		 * The meta object literal for the '<em><b>Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARD__COLOR = eINSTANCE.getCard_Color();

		/**
		 * The meta object literal for the '<em><b>Image</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARD__IMAGE = eINSTANCE.getCard_Image();

		/**
		 * The meta object literal for the '{@link org.cjmstudio.model.impl.StepImpl <em>Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cjmstudio.model.impl.StepImpl
		 * @see org.cjmstudio.model.impl.CjmPackageImpl#getStep()
		 * @generated
		 */
		EClass STEP = eINSTANCE.getStep();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__NAME = eINSTANCE.getStep_Name();

		/**
		 * The meta object literal for the '<em><b>Does</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__DOES = eINSTANCE.getStep_Does();

		/**
		 * The meta object literal for the '<em><b>Thinks</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__THINKS = eINSTANCE.getStep_Thinks();

		/**
		 * The meta object literal for the '<em><b>Asks</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__ASKS = eINSTANCE.getStep_Asks();

		/**
		 * The meta object literal for the '{@link org.cjmstudio.model.impl.ChannelImpl <em>Channel</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cjmstudio.model.impl.ChannelImpl
		 * @see org.cjmstudio.model.impl.CjmPackageImpl#getChannel()
		 * @generated
		 */
		EClass CHANNEL = eINSTANCE.getChannel();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL__NAME = eINSTANCE.getChannel_Name();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL__CATEGORY = eINSTANCE.getChannel_Category();

		/**
		 * The meta object literal for the '<em><b>Online</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL__ONLINE = eINSTANCE.getChannel_Online();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL__DESCRIPTION = eINSTANCE.getChannel_Description();

		/**
		 * The meta object literal for the '{@link org.cjmstudio.model.impl.TouchpointImpl <em>Touchpoint</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cjmstudio.model.impl.TouchpointImpl
		 * @see org.cjmstudio.model.impl.CjmPackageImpl#getTouchpoint()
		 * @generated
		 */
		EClass TOUCHPOINT = eINSTANCE.getTouchpoint();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOUCHPOINT__NAME = eINSTANCE.getTouchpoint_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOUCHPOINT__DESCRIPTION = eINSTANCE.getTouchpoint_Description();

		/**
		 * The meta object literal for the '<em><b>Channel</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOUCHPOINT__CHANNEL = eINSTANCE.getTouchpoint_Channel();

		/**
		 * The meta object literal for the '<em><b>Online</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOUCHPOINT__ONLINE = eINSTANCE.getTouchpoint_Online();

		/**
		 * The meta object literal for the '<em><b>Department</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOUCHPOINT__DEPARTMENT = eINSTANCE.getTouchpoint_Department();

		/**
		 * The meta object literal for the '<em><b>Serves</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOUCHPOINT__SERVES = eINSTANCE.getTouchpoint_Serves();

		/**
		 * The meta object literal for the '<em><b>Compliance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOUCHPOINT__COMPLIANCE = eINSTANCE.getTouchpoint_Compliance();

		/**
		 * The meta object literal for the '<em><b>Deviation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOUCHPOINT__DEVIATION = eINSTANCE.getTouchpoint_Deviation();

		/**
		 * The meta object literal for the '<em><b>Observed By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOUCHPOINT__OBSERVED_BY = eINSTANCE.getTouchpoint_ObservedBy();

		/**
		 * The meta object literal for the '{@link org.cjmstudio.model.impl.EmotionImpl <em>Emotion</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cjmstudio.model.impl.EmotionImpl
		 * @see org.cjmstudio.model.impl.CjmPackageImpl#getEmotion()
		 * @generated
		 */
		EClass EMOTION = eINSTANCE.getEmotion();

		/**
		 * The meta object literal for the '<em><b>Feeling</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EMOTION__FEELING = eINSTANCE.getEmotion_Feeling();

		/**
		 * The meta object literal for the '<em><b>Valence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EMOTION__VALENCE = eINSTANCE.getEmotion_Valence();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EMOTION__STATE = eINSTANCE.getEmotion_State();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EMOTION__NOTE = eINSTANCE.getEmotion_Note();

		/**
		 * The meta object literal for the '<em><b>Step</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EMOTION__STEP = eINSTANCE.getEmotion_Step();

		/**
		 * The meta object literal for the '<em><b>Touchpoint</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EMOTION__TOUCHPOINT = eINSTANCE.getEmotion_Touchpoint();

		/**
		 * The meta object literal for the '<em><b>Persona</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EMOTION__PERSONA = eINSTANCE.getEmotion_Persona();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EMOTION__EVIDENCE = eINSTANCE.getEmotion_Evidence();

		/**
		 * The meta object literal for the '{@link org.cjmstudio.model.impl.BarrierImpl <em>Barrier</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cjmstudio.model.impl.BarrierImpl
		 * @see org.cjmstudio.model.impl.CjmPackageImpl#getBarrier()
		 * @generated
		 */
		EClass BARRIER = eINSTANCE.getBarrier();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BARRIER__NAME = eINSTANCE.getBarrier_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BARRIER__DESCRIPTION = eINSTANCE.getBarrier_Description();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BARRIER__KIND = eINSTANCE.getBarrier_Kind();

		/**
		 * The meta object literal for the '<em><b>Severity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BARRIER__SEVERITY = eINSTANCE.getBarrier_Severity();

		/**
		 * The meta object literal for the '<em><b>Drop Off Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BARRIER__DROP_OFF_RATE = eINSTANCE.getBarrier_DropOffRate();

		/**
		 * The meta object literal for the '<em><b>Drop Off Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BARRIER__DROP_OFF_NOTE = eINSTANCE.getBarrier_DropOffNote();

		/**
		 * The meta object literal for the '<em><b>Step</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BARRIER__STEP = eINSTANCE.getBarrier_Step();

		/**
		 * The meta object literal for the '<em><b>Touchpoint</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BARRIER__TOUCHPOINT = eINSTANCE.getBarrier_Touchpoint();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BARRIER__EVIDENCE = eINSTANCE.getBarrier_Evidence();

		/**
		 * The meta object literal for the '{@link org.cjmstudio.model.impl.OpportunityImpl <em>Opportunity</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cjmstudio.model.impl.OpportunityImpl
		 * @see org.cjmstudio.model.impl.CjmPackageImpl#getOpportunity()
		 * @generated
		 */
		EClass OPPORTUNITY = eINSTANCE.getOpportunity();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPPORTUNITY__TITLE = eINSTANCE.getOpportunity_Title();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPPORTUNITY__DESCRIPTION = eINSTANCE.getOpportunity_Description();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPPORTUNITY__OWNER = eINSTANCE.getOpportunity_Owner();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPPORTUNITY__STATUS = eINSTANCE.getOpportunity_Status();

		/**
		 * The meta object literal for the '<em><b>Hypothesis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPPORTUNITY__HYPOTHESIS = eINSTANCE.getOpportunity_Hypothesis();

		/**
		 * The meta object literal for the '<em><b>Stage</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPPORTUNITY__STAGE = eINSTANCE.getOpportunity_Stage();

		/**
		 * The meta object literal for the '<em><b>Addresses</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPPORTUNITY__ADDRESSES = eINSTANCE.getOpportunity_Addresses();

		/**
		 * The meta object literal for the '<em><b>Metrics</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPPORTUNITY__METRICS = eINSTANCE.getOpportunity_Metrics();

		/**
		 * The meta object literal for the '{@link org.cjmstudio.model.impl.MetricImpl <em>Metric</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cjmstudio.model.impl.MetricImpl
		 * @see org.cjmstudio.model.impl.CjmPackageImpl#getMetric()
		 * @generated
		 */
		EClass METRIC = eINSTANCE.getMetric();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC__NAME = eINSTANCE.getMetric_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC__KIND = eINSTANCE.getMetric_Kind();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC__VALUE = eINSTANCE.getMetric_Value();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC__TARGET = eINSTANCE.getMetric_Target();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC__UNIT = eINSTANCE.getMetric_Unit();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC__DATE = eINSTANCE.getMetric_Date();

		/**
		 * The meta object literal for the '<em><b>Stage</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference METRIC__STAGE = eINSTANCE.getMetric_Stage();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference METRIC__SOURCE = eINSTANCE.getMetric_Source();

		/**
		 * The meta object literal for the '<em><b>Source Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC__SOURCE_NOTE = eINSTANCE.getMetric_SourceNote();

		/**
		 * The meta object literal for the '{@link org.cjmstudio.model.impl.EvidenceImpl <em>Evidence</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cjmstudio.model.impl.EvidenceImpl
		 * @see org.cjmstudio.model.impl.CjmPackageImpl#getEvidence()
		 * @generated
		 */
		EClass EVIDENCE = eINSTANCE.getEvidence();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__TITLE = eINSTANCE.getEvidence_Title();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__DATE = eINSTANCE.getEvidence_Date();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__DESCRIPTION = eINSTANCE.getEvidence_Description();

		/**
		 * The meta object literal for the '{@link org.cjmstudio.model.impl.ResearchStudyImpl <em>Research Study</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cjmstudio.model.impl.ResearchStudyImpl
		 * @see org.cjmstudio.model.impl.CjmPackageImpl#getResearchStudy()
		 * @generated
		 */
		EClass RESEARCH_STUDY = eINSTANCE.getResearchStudy();

		/**
		 * The meta object literal for the '<em><b>Goal</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESEARCH_STUDY__GOAL = eINSTANCE.getResearchStudy_Goal();

		/**
		 * The meta object literal for the '<em><b>Question Guide</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESEARCH_STUDY__QUESTION_GUIDE = eINSTANCE.getResearchStudy_QuestionGuide();

		/**
		 * The meta object literal for the '<em><b>Target Groups</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESEARCH_STUDY__TARGET_GROUPS = eINSTANCE.getResearchStudy_TargetGroups();

		/**
		 * The meta object literal for the '<em><b>Interviews</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESEARCH_STUDY__INTERVIEWS = eINSTANCE.getResearchStudy_Interviews();

		/**
		 * The meta object literal for the '<em><b>Dismissed Patterns</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESEARCH_STUDY__DISMISSED_PATTERNS = eINSTANCE.getResearchStudy_DismissedPatterns();

		/**
		 * The meta object literal for the '{@link org.cjmstudio.model.impl.InterviewImpl <em>Interview</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cjmstudio.model.impl.InterviewImpl
		 * @see org.cjmstudio.model.impl.CjmPackageImpl#getInterview()
		 * @generated
		 */
		EClass INTERVIEW = eINSTANCE.getInterview();

		/**
		 * The meta object literal for the '<em><b>Respondent Profile</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERVIEW__RESPONDENT_PROFILE = eINSTANCE.getInterview_RespondentProfile();

		/**
		 * The meta object literal for the '<em><b>Respondent Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERVIEW__RESPONDENT_GROUP = eINSTANCE.getInterview_RespondentGroup();

		/**
		 * The meta object literal for the '<em><b>Transcript</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERVIEW__TRANSCRIPT = eINSTANCE.getInterview_Transcript();

		/**
		 * The meta object literal for the '<em><b>Quotes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERVIEW__QUOTES = eINSTANCE.getInterview_Quotes();

		/**
		 * The meta object literal for the '{@link org.cjmstudio.model.impl.QuoteImpl <em>Quote</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cjmstudio.model.impl.QuoteImpl
		 * @see org.cjmstudio.model.impl.CjmPackageImpl#getQuote()
		 * @generated
		 */
		EClass QUOTE = eINSTANCE.getQuote();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUOTE__TEXT = eINSTANCE.getQuote_Text();

		/**
		 * The meta object literal for the '<em><b>Topic</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUOTE__TOPIC = eINSTANCE.getQuote_Topic();

		/**
		 * The meta object literal for the '<em><b>Transcript Offset</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUOTE__TRANSCRIPT_OFFSET = eINSTANCE.getQuote_TranscriptOffset();

		/**
		 * The meta object literal for the '<em><b>Transcript Length</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUOTE__TRANSCRIPT_LENGTH = eINSTANCE.getQuote_TranscriptLength();

		/**
		 * The meta object literal for the '{@link org.cjmstudio.model.impl.InsightImpl <em>Insight</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cjmstudio.model.impl.InsightImpl
		 * @see org.cjmstudio.model.impl.CjmPackageImpl#getInsight()
		 * @generated
		 */
		EClass INSIGHT = eINSTANCE.getInsight();

		/**
		 * The meta object literal for the '<em><b>Statement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSIGHT__STATEMENT = eINSTANCE.getInsight_Statement();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSIGHT__KIND = eINSTANCE.getInsight_Kind();

		/**
		 * The meta object literal for the '<em><b>Supported By</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSIGHT__SUPPORTED_BY = eINSTANCE.getInsight_SupportedBy();

		/**
		 * The meta object literal for the '<em><b>Quotes</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSIGHT__QUOTES = eINSTANCE.getInsight_Quotes();

		/**
		 * The meta object literal for the '{@link org.cjmstudio.model.impl.DataSourceImpl <em>Data Source</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cjmstudio.model.impl.DataSourceImpl
		 * @see org.cjmstudio.model.impl.CjmPackageImpl#getDataSource()
		 * @generated
		 */
		EClass DATA_SOURCE = eINSTANCE.getDataSource();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SOURCE__KIND = eINSTANCE.getDataSource_Kind();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SOURCE__LOCATION = eINSTANCE.getDataSource_Location();

		/**
		 * The meta object literal for the '<em><b>Sample Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SOURCE__SAMPLE_SIZE = eINSTANCE.getDataSource_SampleSize();

		/**
		 * The meta object literal for the '{@link org.cjmstudio.model.LinkKind <em>Link Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cjmstudio.model.LinkKind
		 * @see org.cjmstudio.model.impl.CjmPackageImpl#getLinkKind()
		 * @generated
		 */
		EEnum LINK_KIND = eINSTANCE.getLinkKind();

		/**
		 * The meta object literal for the '{@link org.cjmstudio.model.MapStatus <em>Map Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cjmstudio.model.MapStatus
		 * @see org.cjmstudio.model.impl.CjmPackageImpl#getMapStatus()
		 * @generated
		 */
		EEnum MAP_STATUS = eINSTANCE.getMapStatus();

		/**
		 * The meta object literal for the '{@link org.cjmstudio.model.PersonaKind <em>Persona Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cjmstudio.model.PersonaKind
		 * @see org.cjmstudio.model.impl.CjmPackageImpl#getPersonaKind()
		 * @generated
		 */
		EEnum PERSONA_KIND = eINSTANCE.getPersonaKind();

		/**
		 * The meta object literal for the '{@link org.cjmstudio.model.BuyingRole <em>Buying Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cjmstudio.model.BuyingRole
		 * @see org.cjmstudio.model.impl.CjmPackageImpl#getBuyingRole()
		 * @generated
		 */
		EEnum BUYING_ROLE = eINSTANCE.getBuyingRole();

		/**
		 * The meta object literal for the '{@link org.cjmstudio.model.Phase <em>Phase</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cjmstudio.model.Phase
		 * @see org.cjmstudio.model.impl.CjmPackageImpl#getPhase()
		 * @generated
		 */
		EEnum PHASE = eINSTANCE.getPhase();

		/**
		 * The meta object literal for the '{@link org.cjmstudio.model.StageKind <em>Stage Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cjmstudio.model.StageKind
		 * @see org.cjmstudio.model.impl.CjmPackageImpl#getStageKind()
		 * @generated
		 */
		EEnum STAGE_KIND = eINSTANCE.getStageKind();

		/**
		 * The meta object literal for the '{@link org.cjmstudio.model.ChannelCategory <em>Channel Category</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cjmstudio.model.ChannelCategory
		 * @see org.cjmstudio.model.impl.CjmPackageImpl#getChannelCategory()
		 * @generated
		 */
		EEnum CHANNEL_CATEGORY = eINSTANCE.getChannelCategory();

		/**
		 * The meta object literal for the '{@link org.cjmstudio.model.Compliance <em>Compliance</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cjmstudio.model.Compliance
		 * @see org.cjmstudio.model.impl.CjmPackageImpl#getCompliance()
		 * @generated
		 */
		EEnum COMPLIANCE = eINSTANCE.getCompliance();

		/**
		 * The meta object literal for the '{@link org.cjmstudio.model.EmotionState <em>Emotion State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cjmstudio.model.EmotionState
		 * @see org.cjmstudio.model.impl.CjmPackageImpl#getEmotionState()
		 * @generated
		 */
		EEnum EMOTION_STATE = eINSTANCE.getEmotionState();

		/**
		 * The meta object literal for the '{@link org.cjmstudio.model.Feeling <em>Feeling</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cjmstudio.model.Feeling
		 * @see org.cjmstudio.model.impl.CjmPackageImpl#getFeeling()
		 * @generated
		 */
		EEnum FEELING = eINSTANCE.getFeeling();

		/**
		 * The meta object literal for the '{@link org.cjmstudio.model.BarrierKind <em>Barrier Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cjmstudio.model.BarrierKind
		 * @see org.cjmstudio.model.impl.CjmPackageImpl#getBarrierKind()
		 * @generated
		 */
		EEnum BARRIER_KIND = eINSTANCE.getBarrierKind();

		/**
		 * The meta object literal for the '{@link org.cjmstudio.model.Severity <em>Severity</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cjmstudio.model.Severity
		 * @see org.cjmstudio.model.impl.CjmPackageImpl#getSeverity()
		 * @generated
		 */
		EEnum SEVERITY = eINSTANCE.getSeverity();

		/**
		 * The meta object literal for the '{@link org.cjmstudio.model.OpportunityStatus <em>Opportunity Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cjmstudio.model.OpportunityStatus
		 * @see org.cjmstudio.model.impl.CjmPackageImpl#getOpportunityStatus()
		 * @generated
		 */
		EEnum OPPORTUNITY_STATUS = eINSTANCE.getOpportunityStatus();

		/**
		 * The meta object literal for the '{@link org.cjmstudio.model.MetricKind <em>Metric Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cjmstudio.model.MetricKind
		 * @see org.cjmstudio.model.impl.CjmPackageImpl#getMetricKind()
		 * @generated
		 */
		EEnum METRIC_KIND = eINSTANCE.getMetricKind();

		/**
		 * The meta object literal for the '{@link org.cjmstudio.model.RespondentGroup <em>Respondent Group</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cjmstudio.model.RespondentGroup
		 * @see org.cjmstudio.model.impl.CjmPackageImpl#getRespondentGroup()
		 * @generated
		 */
		EEnum RESPONDENT_GROUP = eINSTANCE.getRespondentGroup();

		/**
		 * The meta object literal for the '{@link org.cjmstudio.model.InsightKind <em>Insight Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cjmstudio.model.InsightKind
		 * @see org.cjmstudio.model.impl.CjmPackageImpl#getInsightKind()
		 * @generated
		 */
		EEnum INSIGHT_KIND = eINSTANCE.getInsightKind();

		/**
		 * The meta object literal for the '{@link org.cjmstudio.model.DataSourceKind <em>Data Source Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cjmstudio.model.DataSourceKind
		 * @see org.cjmstudio.model.impl.CjmPackageImpl#getDataSourceKind()
		 * @generated
		 */
		EEnum DATA_SOURCE_KIND = eINSTANCE.getDataSourceKind();

		/**
		 * The meta object literal for the '{@link org.cjmstudio.model.EvidenceLevel <em>Evidence Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cjmstudio.model.EvidenceLevel
		 * @see org.cjmstudio.model.impl.CjmPackageImpl#getEvidenceLevel()
		 * @generated
		 */
		EEnum EVIDENCE_LEVEL = eINSTANCE.getEvidenceLevel();

		/**
		 * The meta object literal for the '<em>Valence</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cjmstudio.model.impl.CjmPackageImpl#getValence()
		 * @generated
		 */
		EDataType VALENCE = eINSTANCE.getValence();

		/**
		 * The meta object literal for the '<em>Percentage</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.Double
		 * @see org.cjmstudio.model.impl.CjmPackageImpl#getPercentage()
		 * @generated
		 */
		EDataType PERCENTAGE = eINSTANCE.getPercentage();

		/**
		 * The meta object literal for the '<em>Hex Color</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.cjmstudio.model.impl.CjmPackageImpl#getHexColor()
		 * @generated
		 */
		EDataType HEX_COLOR = eINSTANCE.getHexColor();

	}

} //CjmPackage
