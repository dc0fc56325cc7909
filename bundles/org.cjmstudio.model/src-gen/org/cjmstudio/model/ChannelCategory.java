/**
 * Copyright (c) the CJM Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cjmstudio.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Channel Category</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Standard categories of channels.
 * <!-- end-model-doc -->
 * @see org.cjmstudio.model.CjmPackage#getChannelCategory()
 * @model
 * @generated
 */
public enum ChannelCategory implements Enumerator {
	/**
	 * The '<em><b>WEBSITE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The company's website.
	 * <!-- end-model-doc -->
	 * @see #WEBSITE_VALUE
	 * @generated
	 * @ordered
	 */
	WEBSITE(0, "WEBSITE", "WEBSITE"),

	/**
	 * The '<em><b>SOCIAL NETWORK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Social networks and messengers.
	 * <!-- end-model-doc -->
	 * @see #SOCIAL_NETWORK_VALUE
	 * @generated
	 * @ordered
	 */
	SOCIAL_NETWORK(1, "SOCIAL_NETWORK", "SOCIAL_NETWORK"),

	/**
	 * The '<em><b>SEARCH ADS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Search engines and search advertising.
	 * <!-- end-model-doc -->
	 * @see #SEARCH_ADS_VALUE
	 * @generated
	 * @ordered
	 */
	SEARCH_ADS(2, "SEARCH_ADS", "SEARCH_ADS"),

	/**
	 * The '<em><b>EMAIL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * E-mail.
	 * <!-- end-model-doc -->
	 * @see #EMAIL_VALUE
	 * @generated
	 * @ordered
	 */
	EMAIL(3, "EMAIL", "EMAIL"),

	/**
	 * The '<em><b>CHAT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Online chat, chat bots.
	 * <!-- end-model-doc -->
	 * @see #CHAT_VALUE
	 * @generated
	 * @ordered
	 */
	CHAT(4, "CHAT", "CHAT"),

	/**
	 * The '<em><b>MOBILE APP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The company's mobile application.
	 * <!-- end-model-doc -->
	 * @see #MOBILE_APP_VALUE
	 * @generated
	 * @ordered
	 */
	MOBILE_APP(5, "MOBILE_APP", "MOBILE_APP"),

	/**
	 * The '<em><b>REVIEWS MARKETPLACE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Review sites and marketplaces.
	 * <!-- end-model-doc -->
	 * @see #REVIEWS_MARKETPLACE_VALUE
	 * @generated
	 * @ordered
	 */
	REVIEWS_MARKETPLACE(6, "REVIEWS_MARKETPLACE", "REVIEWS_MARKETPLACE"),

	/**
	 * The '<em><b>PHYSICAL STORE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Shops, branches, offices.
	 * <!-- end-model-doc -->
	 * @see #PHYSICAL_STORE_VALUE
	 * @generated
	 * @ordered
	 */
	PHYSICAL_STORE(7, "PHYSICAL_STORE", "PHYSICAL_STORE"),

	/**
	 * The '<em><b>SALES REP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sales representatives and account managers.
	 * <!-- end-model-doc -->
	 * @see #SALES_REP_VALUE
	 * @generated
	 * @ordered
	 */
	SALES_REP(8, "SALES_REP", "SALES_REP"),

	/**
	 * The '<em><b>PHONE CALL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Phone calls, call centre.
	 * <!-- end-model-doc -->
	 * @see #PHONE_CALL_VALUE
	 * @generated
	 * @ordered
	 */
	PHONE_CALL(9, "PHONE_CALL", "PHONE_CALL"),

	/**
	 * The '<em><b>PACKAGING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Product packaging.
	 * <!-- end-model-doc -->
	 * @see #PACKAGING_VALUE
	 * @generated
	 * @ordered
	 */
	PACKAGING(10, "PACKAGING", "PACKAGING"),

	/**
	 * The '<em><b>PRINTED MATERIAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Brochures, letters, printed documents.
	 * <!-- end-model-doc -->
	 * @see #PRINTED_MATERIAL_VALUE
	 * @generated
	 * @ordered
	 */
	PRINTED_MATERIAL(11, "PRINTED_MATERIAL", "PRINTED_MATERIAL"),

	/**
	 * The '<em><b>OUTDOOR ADS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Outdoor advertising.
	 * <!-- end-model-doc -->
	 * @see #OUTDOOR_ADS_VALUE
	 * @generated
	 * @ordered
	 */
	OUTDOOR_ADS(12, "OUTDOOR_ADS", "OUTDOOR_ADS"),

	/**
	 * The '<em><b>EVENTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fairs, conferences, events.
	 * <!-- end-model-doc -->
	 * @see #EVENTS_VALUE
	 * @generated
	 * @ordered
	 */
	EVENTS(13, "EVENTS", "EVENTS"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other channel; the default.
	 * <!-- end-model-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(14, "OTHER", "OTHER");

	/**
	 * The '<em><b>WEBSITE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The company's website.
	 * <!-- end-model-doc -->
	 * @see #WEBSITE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WEBSITE_VALUE = 0;

	/**
	 * The '<em><b>SOCIAL NETWORK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Social networks and messengers.
	 * <!-- end-model-doc -->
	 * @see #SOCIAL_NETWORK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SOCIAL_NETWORK_VALUE = 1;

	/**
	 * The '<em><b>SEARCH ADS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Search engines and search advertising.
	 * <!-- end-model-doc -->
	 * @see #SEARCH_ADS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SEARCH_ADS_VALUE = 2;

	/**
	 * The '<em><b>EMAIL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * E-mail.
	 * <!-- end-model-doc -->
	 * @see #EMAIL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EMAIL_VALUE = 3;

	/**
	 * The '<em><b>CHAT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Online chat, chat bots.
	 * <!-- end-model-doc -->
	 * @see #CHAT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CHAT_VALUE = 4;

	/**
	 * The '<em><b>MOBILE APP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The company's mobile application.
	 * <!-- end-model-doc -->
	 * @see #MOBILE_APP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MOBILE_APP_VALUE = 5;

	/**
	 * The '<em><b>REVIEWS MARKETPLACE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Review sites and marketplaces.
	 * <!-- end-model-doc -->
	 * @see #REVIEWS_MARKETPLACE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REVIEWS_MARKETPLACE_VALUE = 6;

	/**
	 * The '<em><b>PHYSICAL STORE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Shops, branches, offices.
	 * <!-- end-model-doc -->
	 * @see #PHYSICAL_STORE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PHYSICAL_STORE_VALUE = 7;

	/**
	 * The '<em><b>SALES REP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sales representatives and account managers.
	 * <!-- end-model-doc -->
	 * @see #SALES_REP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SALES_REP_VALUE = 8;

	/**
	 * The '<em><b>PHONE CALL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Phone calls, call centre.
	 * <!-- end-model-doc -->
	 * @see #PHONE_CALL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PHONE_CALL_VALUE = 9;

	/**
	 * The '<em><b>PACKAGING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Product packaging.
	 * <!-- end-model-doc -->
	 * @see #PACKAGING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PACKAGING_VALUE = 10;

	/**
	 * The '<em><b>PRINTED MATERIAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Brochures, letters, printed documents.
	 * <!-- end-model-doc -->
	 * @see #PRINTED_MATERIAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PRINTED_MATERIAL_VALUE = 11;

	/**
	 * The '<em><b>OUTDOOR ADS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Outdoor advertising.
	 * <!-- end-model-doc -->
	 * @see #OUTDOOR_ADS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OUTDOOR_ADS_VALUE = 12;

	/**
	 * The '<em><b>EVENTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fairs, conferences, events.
	 * <!-- end-model-doc -->
	 * @see #EVENTS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EVENTS_VALUE = 13;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other channel; the default.
	 * <!-- end-model-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 14;

	/**
	 * An array of all the '<em><b>Channel Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ChannelCategory[] VALUES_ARRAY =
		new ChannelCategory[] {
			WEBSITE,
			SOCIAL_NETWORK,
			SEARCH_ADS,
			EMAIL,
			CHAT,
			MOBILE_APP,
			REVIEWS_MARKETPLACE,
			PHYSICAL_STORE,
			SALES_REP,
			PHONE_CALL,
			PACKAGING,
			PRINTED_MATERIAL,
			OUTDOOR_ADS,
			EVENTS,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Channel Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ChannelCategory> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Channel Category</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ChannelCategory get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ChannelCategory result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Channel Category</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ChannelCategory getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ChannelCategory result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Channel Category</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ChannelCategory get(int value) {
		switch (value) {
			case WEBSITE_VALUE: return WEBSITE;
			case SOCIAL_NETWORK_VALUE: return SOCIAL_NETWORK;
			case SEARCH_ADS_VALUE: return SEARCH_ADS;
			case EMAIL_VALUE: return EMAIL;
			case CHAT_VALUE: return CHAT;
			case MOBILE_APP_VALUE: return MOBILE_APP;
			case REVIEWS_MARKETPLACE_VALUE: return REVIEWS_MARKETPLACE;
			case PHYSICAL_STORE_VALUE: return PHYSICAL_STORE;
			case SALES_REP_VALUE: return SALES_REP;
			case PHONE_CALL_VALUE: return PHONE_CALL;
			case PACKAGING_VALUE: return PACKAGING;
			case PRINTED_MATERIAL_VALUE: return PRINTED_MATERIAL;
			case OUTDOOR_ADS_VALUE: return OUTDOOR_ADS;
			case EVENTS_VALUE: return EVENTS;
			case OTHER_VALUE: return OTHER;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private ChannelCategory(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //ChannelCategory
