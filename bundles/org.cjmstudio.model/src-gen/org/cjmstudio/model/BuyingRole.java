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
 * A representation of the literals of the enumeration '<em><b>Buying Role</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The part a member of a buying committee plays in a B2B buying decision.
 * <!-- end-model-doc -->
 * @see org.cjmstudio.model.CjmPackage#getBuyingRole()
 * @model
 * @generated
 */
public enum BuyingRole implements Enumerator {
	/**
	 * The '<em><b>DECISION MAKER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Takes the final decision.
	 * <!-- end-model-doc -->
	 * @see #DECISION_MAKER_VALUE
	 * @generated
	 * @ordered
	 */
	DECISION_MAKER(0, "DECISION_MAKER", "DECISION_MAKER"),

	/**
	 * The '<em><b>PURCHASER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Negotiates and places the order (procurement).
	 * <!-- end-model-doc -->
	 * @see #PURCHASER_VALUE
	 * @generated
	 * @ordered
	 */
	PURCHASER(1, "PURCHASER", "PURCHASER"),

	/**
	 * The '<em><b>TECHNICAL EXPERT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Evaluates the technical fit.
	 * <!-- end-model-doc -->
	 * @see #TECHNICAL_EXPERT_VALUE
	 * @generated
	 * @ordered
	 */
	TECHNICAL_EXPERT(2, "TECHNICAL_EXPERT", "TECHNICAL_EXPERT"),

	/**
	 * The '<em><b>USER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Will use the product.
	 * <!-- end-model-doc -->
	 * @see #USER_VALUE
	 * @generated
	 * @ordered
	 */
	USER(3, "USER", "USER"),

	/**
	 * The '<em><b>INFLUENCER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Shapes the opinion of the others without deciding.
	 * <!-- end-model-doc -->
	 * @see #INFLUENCER_VALUE
	 * @generated
	 * @ordered
	 */
	INFLUENCER(4, "INFLUENCER", "INFLUENCER"),

	/**
	 * The '<em><b>GATEKEEPER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Controls the flow of information to the committee.
	 * <!-- end-model-doc -->
	 * @see #GATEKEEPER_VALUE
	 * @generated
	 * @ordered
	 */
	GATEKEEPER(5, "GATEKEEPER", "GATEKEEPER"),

	/**
	 * The '<em><b>INITIATOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Recognises the need and starts the purchase.
	 * <!-- end-model-doc -->
	 * @see #INITIATOR_VALUE
	 * @generated
	 * @ordered
	 */
	INITIATOR(6, "INITIATOR", "INITIATOR"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other role.
	 * <!-- end-model-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(7, "OTHER", "OTHER");

	/**
	 * The '<em><b>DECISION MAKER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Takes the final decision.
	 * <!-- end-model-doc -->
	 * @see #DECISION_MAKER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DECISION_MAKER_VALUE = 0;

	/**
	 * The '<em><b>PURCHASER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Negotiates and places the order (procurement).
	 * <!-- end-model-doc -->
	 * @see #PURCHASER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PURCHASER_VALUE = 1;

	/**
	 * The '<em><b>TECHNICAL EXPERT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Evaluates the technical fit.
	 * <!-- end-model-doc -->
	 * @see #TECHNICAL_EXPERT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TECHNICAL_EXPERT_VALUE = 2;

	/**
	 * The '<em><b>USER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Will use the product.
	 * <!-- end-model-doc -->
	 * @see #USER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int USER_VALUE = 3;

	/**
	 * The '<em><b>INFLUENCER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Shapes the opinion of the others without deciding.
	 * <!-- end-model-doc -->
	 * @see #INFLUENCER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INFLUENCER_VALUE = 4;

	/**
	 * The '<em><b>GATEKEEPER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Controls the flow of information to the committee.
	 * <!-- end-model-doc -->
	 * @see #GATEKEEPER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GATEKEEPER_VALUE = 5;

	/**
	 * The '<em><b>INITIATOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Recognises the need and starts the purchase.
	 * <!-- end-model-doc -->
	 * @see #INITIATOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INITIATOR_VALUE = 6;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other role.
	 * <!-- end-model-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 7;

	/**
	 * An array of all the '<em><b>Buying Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final BuyingRole[] VALUES_ARRAY =
		new BuyingRole[] {
			DECISION_MAKER,
			PURCHASER,
			TECHNICAL_EXPERT,
			USER,
			INFLUENCER,
			GATEKEEPER,
			INITIATOR,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Buying Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<BuyingRole> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Buying Role</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BuyingRole get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			BuyingRole result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Buying Role</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BuyingRole getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			BuyingRole result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Buying Role</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BuyingRole get(int value) {
		switch (value) {
			case DECISION_MAKER_VALUE: return DECISION_MAKER;
			case PURCHASER_VALUE: return PURCHASER;
			case TECHNICAL_EXPERT_VALUE: return TECHNICAL_EXPERT;
			case USER_VALUE: return USER;
			case INFLUENCER_VALUE: return INFLUENCER;
			case GATEKEEPER_VALUE: return GATEKEEPER;
			case INITIATOR_VALUE: return INITIATOR;
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
	private BuyingRole(int value, String name, String literal) {
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
	
} //BuyingRole
