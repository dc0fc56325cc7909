/**
 * Copyright (c) the CJM Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cjmstudio.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Identifiable</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Anything that has a stable identity. The id is the EMF ID attribute: it holds a UUID that is assigned by hand-written code when the object is created (never by generated code), XMI cross references are serialised by it, and the RDF export mints the element's IRI from it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cjmstudio.model.Identifiable#getId <em>Id</em>}</li>
 *   <li>{@link org.cjmstudio.model.Identifiable#getIri <em>Iri</em>}</li>
 * </ul>
 *
 * @see org.cjmstudio.model.CjmPackage#getIdentifiable()
 * @model abstract="true"
 * @generated
 */
public interface Identifiable extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stable identifier of the element: a UUID (RFC 4122, lower-case, without a urn:uuid: prefix). Assigned once when the element is created and never changed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.cjmstudio.model.CjmPackage#getIdentifiable_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Identifiable#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Iri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The IRI the element had in the linked-data file it was imported from, when that file named it with an IRI of its own rather than https://w3id.org/cjmstudio/id/<id>. The RDF export publishes the element under this IRI again, so a re-export gives the file's IRIs. Empty for elements made in CJM Studio; a copy of an element does not keep it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Iri</em>' attribute.
	 * @see #setIri(String)
	 * @see org.cjmstudio.model.CjmPackage#getIdentifiable_Iri()
	 * @model
	 * @generated
	 */
	String getIri();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Identifiable#getIri <em>Iri</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Iri</em>' attribute.
	 * @see #getIri()
	 * @generated
	 */
	void setIri(String value);

} // Identifiable
