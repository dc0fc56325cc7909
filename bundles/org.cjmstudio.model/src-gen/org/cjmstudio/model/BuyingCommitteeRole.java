/**
 * Copyright (c) the CJM Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cjmstudio.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Buying Committee Role</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A role in the buying committee of a B2B customer: who takes part in the buying decision and what they care about.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cjmstudio.model.BuyingCommitteeRole#getRole <em>Role</em>}</li>
 *   <li>{@link org.cjmstudio.model.BuyingCommitteeRole#getTitle <em>Title</em>}</li>
 *   <li>{@link org.cjmstudio.model.BuyingCommitteeRole#getConcerns <em>Concerns</em>}</li>
 *   <li>{@link org.cjmstudio.model.BuyingCommitteeRole#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @see org.cjmstudio.model.CjmPackage#getBuyingCommitteeRole()
 * @model
 * @generated
 */
public interface BuyingCommitteeRole extends CjmElement {
	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cjmstudio.model.BuyingRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The part this role plays in the decision.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see org.cjmstudio.model.BuyingRole
	 * @see #setRole(BuyingRole)
	 * @see org.cjmstudio.model.CjmPackage#getBuyingCommitteeRole_Role()
	 * @model
	 * @generated
	 */
	BuyingRole getRole();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.BuyingCommitteeRole#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see org.cjmstudio.model.BuyingRole
	 * @see #getRole()
	 * @generated
	 */
	void setRole(BuyingRole value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Typical job title of the person in this role, e.g. 'Head of IT'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.cjmstudio.model.CjmPackage#getBuyingCommitteeRole_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.BuyingCommitteeRole#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Concerns</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What this role cares about and checks.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Concerns</em>' attribute list.
	 * @see org.cjmstudio.model.CjmPackage#getBuyingCommitteeRole_Concerns()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getConcerns();

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Notes on this role.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.cjmstudio.model.CjmPackage#getBuyingCommitteeRole_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.BuyingCommitteeRole#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

} // BuyingCommitteeRole
