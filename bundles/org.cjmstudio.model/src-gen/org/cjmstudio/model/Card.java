/**
 * Copyright (c) the CJM Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cjmstudio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Card</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Anything the map shows as a card in a lane: steps, touchpoints, emotions, barriers, opportunities and metrics. A team may colour a card (to mark a theme, an owner or a workshop's findings) and attach an image to it, such as a screenshot of a touchpoint; both are kept in the map and exported.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cjmstudio.model.Card#getColor <em>Color</em>}</li>
 *   <li>{@link org.cjmstudio.model.Card#getImage <em>Image</em>}</li>
 * </ul>
 *
 * @see org.cjmstudio.model.CjmPackage#getCard()
 * @model abstract="true"
 * @generated
 */
public interface Card extends CjmElement {
	/**
	 * Returns the value of the '<em><b>Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The colour the team gave the card, as #rrggbb; empty for the colour of its kind.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Color</em>' attribute.
	 * @see #setColor(String)
	 * @see org.cjmstudio.model.CjmPackage#getCard_Color()
	 * @model dataType="org.cjmstudio.model.HexColor"
	 * @generated
	 */
	String getColor();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Card#getColor <em>Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Color</em>' attribute.
	 * @see #getColor()
	 * @generated
	 */
	void setColor(String value);

	/**
	 * Returns the value of the '<em><b>Image</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An image shown on the card, e.g. a screenshot of a touchpoint: a path relative to the map file, or an absolute file: or https: address; empty for none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Image</em>' attribute.
	 * @see #setImage(String)
	 * @see org.cjmstudio.model.CjmPackage#getCard_Image()
	 * @model
	 * @generated
	 */
	String getImage();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Card#getImage <em>Image</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Image</em>' attribute.
	 * @see #getImage()
	 * @generated
	 */
	void setImage(String value);

} // Card
