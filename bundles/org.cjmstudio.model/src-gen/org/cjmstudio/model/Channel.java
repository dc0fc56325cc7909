/**
 * Copyright (c) the CJM Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cjmstudio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Channel</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A channel through which touchpoints happen (website, chat, shop, sales representative...). The channel vocabulary is data, not a fixed list: each map holds its own channels, seeded with one channel per standard category and extended freely by the team ('Telegram bot', 'Partner showroom'). The category keeps channels comparable across maps, and external links can tie a channel to a shared vocabulary for RDF. This was preferred over a closed enumeration because teams name and split channels in their own way.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cjmstudio.model.Channel#getName <em>Name</em>}</li>
 *   <li>{@link org.cjmstudio.model.Channel#getCategory <em>Category</em>}</li>
 *   <li>{@link org.cjmstudio.model.Channel#isOnline <em>Online</em>}</li>
 *   <li>{@link org.cjmstudio.model.Channel#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @see org.cjmstudio.model.CjmPackage#getChannel()
 * @model
 * @generated
 */
public interface Channel extends CjmElement {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name of the channel in the team's words.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.cjmstudio.model.CjmPackage#getChannel_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Channel#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * The default value is <code>"OTHER"</code>.
	 * The literals are from the enumeration {@link org.cjmstudio.model.ChannelCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Standard category the channel belongs to, used to compare and aggregate channels across maps.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see org.cjmstudio.model.ChannelCategory
	 * @see #setCategory(ChannelCategory)
	 * @see org.cjmstudio.model.CjmPackage#getChannel_Category()
	 * @model default="OTHER"
	 * @generated
	 */
	ChannelCategory getCategory();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Channel#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see org.cjmstudio.model.ChannelCategory
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(ChannelCategory value);

	/**
	 * Returns the value of the '<em><b>Online</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the channel is digital (online) or physical (offline).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Online</em>' attribute.
	 * @see #setOnline(boolean)
	 * @see org.cjmstudio.model.CjmPackage#getChannel_Online()
	 * @model
	 * @generated
	 */
	boolean isOnline();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Channel#isOnline <em>Online</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Online</em>' attribute.
	 * @see #isOnline()
	 * @generated
	 */
	void setOnline(boolean value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Notes on the channel.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.cjmstudio.model.CjmPackage#getChannel_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Channel#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

} // Channel
