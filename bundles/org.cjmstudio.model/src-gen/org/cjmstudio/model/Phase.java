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
 * A representation of the literals of the enumeration '<em><b>Phase</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Phase of the journey relative to the purchase.
 * <!-- end-model-doc -->
 * @see org.cjmstudio.model.CjmPackage#getPhase()
 * @model
 * @generated
 */
public enum Phase implements Enumerator {
	/**
	 * The '<em><b>BEFORE PURCHASE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Before the purchase: need, information search, choosing.
	 * <!-- end-model-doc -->
	 * @see #BEFORE_PURCHASE_VALUE
	 * @generated
	 * @ordered
	 */
	BEFORE_PURCHASE(0, "BEFORE_PURCHASE", "BEFORE_PURCHASE"),

	/**
	 * The '<em><b>DURING PURCHASE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The purchase itself.
	 * <!-- end-model-doc -->
	 * @see #DURING_PURCHASE_VALUE
	 * @generated
	 * @ordered
	 */
	DURING_PURCHASE(1, "DURING_PURCHASE", "DURING_PURCHASE"),

	/**
	 * The '<em><b>AFTER PURCHASE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * After the purchase: usage, service, loyalty or churn.
	 * <!-- end-model-doc -->
	 * @see #AFTER_PURCHASE_VALUE
	 * @generated
	 * @ordered
	 */
	AFTER_PURCHASE(2, "AFTER_PURCHASE", "AFTER_PURCHASE");

	/**
	 * The '<em><b>BEFORE PURCHASE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Before the purchase: need, information search, choosing.
	 * <!-- end-model-doc -->
	 * @see #BEFORE_PURCHASE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BEFORE_PURCHASE_VALUE = 0;

	/**
	 * The '<em><b>DURING PURCHASE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The purchase itself.
	 * <!-- end-model-doc -->
	 * @see #DURING_PURCHASE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DURING_PURCHASE_VALUE = 1;

	/**
	 * The '<em><b>AFTER PURCHASE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * After the purchase: usage, service, loyalty or churn.
	 * <!-- end-model-doc -->
	 * @see #AFTER_PURCHASE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int AFTER_PURCHASE_VALUE = 2;

	/**
	 * An array of all the '<em><b>Phase</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Phase[] VALUES_ARRAY =
		new Phase[] {
			BEFORE_PURCHASE,
			DURING_PURCHASE,
			AFTER_PURCHASE,
		};

	/**
	 * A public read-only list of all the '<em><b>Phase</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Phase> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Phase</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Phase get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Phase result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Phase</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Phase getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Phase result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Phase</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Phase get(int value) {
		switch (value) {
			case BEFORE_PURCHASE_VALUE: return BEFORE_PURCHASE;
			case DURING_PURCHASE_VALUE: return DURING_PURCHASE;
			case AFTER_PURCHASE_VALUE: return AFTER_PURCHASE;
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
	private Phase(int value, String name, String literal) {
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
	
} //Phase
