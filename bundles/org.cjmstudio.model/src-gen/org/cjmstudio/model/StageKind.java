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
 * A representation of the literals of the enumeration '<em><b>Stage Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Standard stages of a buying journey. A stage that fits none of them is CUSTOM and is described by its name.
 * <!-- end-model-doc -->
 * @see org.cjmstudio.model.CjmPackage#getStageKind()
 * @model
 * @generated
 */
public enum StageKind implements Enumerator {
	/**
	 * The '<em><b>NEED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The customer becomes aware of a need.
	 * <!-- end-model-doc -->
	 * @see #NEED_VALUE
	 * @generated
	 * @ordered
	 */
	NEED(0, "NEED", "NEED"),

	/**
	 * The '<em><b>INFORMATION SEARCH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The customer searches for information on how to meet the need.
	 * <!-- end-model-doc -->
	 * @see #INFORMATION_SEARCH_VALUE
	 * @generated
	 * @ordered
	 */
	INFORMATION_SEARCH(1, "INFORMATION_SEARCH", "INFORMATION_SEARCH"),

	/**
	 * The '<em><b>CHOOSING ALTERNATIVES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The customer compares offers and providers.
	 * <!-- end-model-doc -->
	 * @see #CHOOSING_ALTERNATIVES_VALUE
	 * @generated
	 * @ordered
	 */
	CHOOSING_ALTERNATIVES(2, "CHOOSING_ALTERNATIVES", "CHOOSING_ALTERNATIVES"),

	/**
	 * The '<em><b>PURCHASE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The customer buys.
	 * <!-- end-model-doc -->
	 * @see #PURCHASE_VALUE
	 * @generated
	 * @ordered
	 */
	PURCHASE(3, "PURCHASE", "PURCHASE"),

	/**
	 * The '<em><b>USAGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The customer uses the product or service.
	 * <!-- end-model-doc -->
	 * @see #USAGE_VALUE
	 * @generated
	 * @ordered
	 */
	USAGE(4, "USAGE", "USAGE"),

	/**
	 * The '<em><b>LOYALTY OR CHURN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The customer comes back, recommends, or leaves.
	 * <!-- end-model-doc -->
	 * @see #LOYALTY_OR_CHURN_VALUE
	 * @generated
	 * @ordered
	 */
	LOYALTY_OR_CHURN(5, "LOYALTY_OR_CHURN", "LOYALTY_OR_CHURN"),

	/**
	 * The '<em><b>CUSTOM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A stage of the team's own; the default.
	 * <!-- end-model-doc -->
	 * @see #CUSTOM_VALUE
	 * @generated
	 * @ordered
	 */
	CUSTOM(6, "CUSTOM", "CUSTOM");

	/**
	 * The '<em><b>NEED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The customer becomes aware of a need.
	 * <!-- end-model-doc -->
	 * @see #NEED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NEED_VALUE = 0;

	/**
	 * The '<em><b>INFORMATION SEARCH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The customer searches for information on how to meet the need.
	 * <!-- end-model-doc -->
	 * @see #INFORMATION_SEARCH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INFORMATION_SEARCH_VALUE = 1;

	/**
	 * The '<em><b>CHOOSING ALTERNATIVES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The customer compares offers and providers.
	 * <!-- end-model-doc -->
	 * @see #CHOOSING_ALTERNATIVES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CHOOSING_ALTERNATIVES_VALUE = 2;

	/**
	 * The '<em><b>PURCHASE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The customer buys.
	 * <!-- end-model-doc -->
	 * @see #PURCHASE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PURCHASE_VALUE = 3;

	/**
	 * The '<em><b>USAGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The customer uses the product or service.
	 * <!-- end-model-doc -->
	 * @see #USAGE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int USAGE_VALUE = 4;

	/**
	 * The '<em><b>LOYALTY OR CHURN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The customer comes back, recommends, or leaves.
	 * <!-- end-model-doc -->
	 * @see #LOYALTY_OR_CHURN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LOYALTY_OR_CHURN_VALUE = 5;

	/**
	 * The '<em><b>CUSTOM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A stage of the team's own; the default.
	 * <!-- end-model-doc -->
	 * @see #CUSTOM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CUSTOM_VALUE = 6;

	/**
	 * An array of all the '<em><b>Stage Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final StageKind[] VALUES_ARRAY =
		new StageKind[] {
			NEED,
			INFORMATION_SEARCH,
			CHOOSING_ALTERNATIVES,
			PURCHASE,
			USAGE,
			LOYALTY_OR_CHURN,
			CUSTOM,
		};

	/**
	 * A public read-only list of all the '<em><b>Stage Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<StageKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Stage Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StageKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			StageKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Stage Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StageKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			StageKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Stage Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StageKind get(int value) {
		switch (value) {
			case NEED_VALUE: return NEED;
			case INFORMATION_SEARCH_VALUE: return INFORMATION_SEARCH;
			case CHOOSING_ALTERNATIVES_VALUE: return CHOOSING_ALTERNATIVES;
			case PURCHASE_VALUE: return PURCHASE;
			case USAGE_VALUE: return USAGE;
			case LOYALTY_OR_CHURN_VALUE: return LOYALTY_OR_CHURN;
			case CUSTOM_VALUE: return CUSTOM;
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
	private StageKind(int value, String name, String literal) {
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
	
} //StageKind
