/**
 * Copyright (c) the CJM Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cjmstudio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>External Link</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A link from an element of the map to a record outside the map: a Wikidata item, a knowledge-base article, a CRM record, an analytics dashboard. Exported to RDF as a triple whose predicate is given by the kind.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cjmstudio.model.ExternalLink#getTarget <em>Target</em>}</li>
 *   <li>{@link org.cjmstudio.model.ExternalLink#getKind <em>Kind</em>}</li>
 *   <li>{@link org.cjmstudio.model.ExternalLink#getLabel <em>Label</em>}</li>
 * </ul>
 *
 * @see org.cjmstudio.model.CjmPackage#getExternalLink()
 * @model
 * @generated
 */
public interface ExternalLink extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Absolute IRI of the external record, e.g. https://www.wikidata.org/entity/Q42.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target</em>' attribute.
	 * @see #setTarget(String)
	 * @see org.cjmstudio.model.CjmPackage#getExternalLink_Target()
	 * @model
	 * @generated
	 */
	String getTarget();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.ExternalLink#getTarget <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' attribute.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cjmstudio.model.LinkKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the element relates to the external record.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.cjmstudio.model.LinkKind
	 * @see #setKind(LinkKind)
	 * @see org.cjmstudio.model.CjmPackage#getExternalLink_Kind()
	 * @model
	 * @generated
	 */
	LinkKind getKind();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.ExternalLink#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.cjmstudio.model.LinkKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(LinkKind value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Human-readable label of the external record, shown instead of the raw IRI.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.cjmstudio.model.CjmPackage#getExternalLink_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.ExternalLink#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

} // ExternalLink
