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
 * A representation of the literals of the enumeration '<em><b>Emotion State</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Whether an emotion point belongs to the journey as it is today or as the team wants it to be.
 * <!-- end-model-doc -->
 * @see org.cjmstudio.model.CjmPackage#getEmotionState()
 * @model
 * @generated
 */
public enum EmotionState implements Enumerator {
	/**
	 * The '<em><b>AS IS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the customer feels today, as research shows it; the default.
	 * <!-- end-model-doc -->
	 * @see #AS_IS_VALUE
	 * @generated
	 * @ordered
	 */
	AS_IS(0, "AS_IS", "AS_IS"),

	/**
	 * The '<em><b>TO BE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the customer should feel once the planned changes are made: a target, not a finding.
	 * <!-- end-model-doc -->
	 * @see #TO_BE_VALUE
	 * @generated
	 * @ordered
	 */
	TO_BE(1, "TO_BE", "TO_BE");

	/**
	 * The '<em><b>AS IS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the customer feels today, as research shows it; the default.
	 * <!-- end-model-doc -->
	 * @see #AS_IS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int AS_IS_VALUE = 0;

	/**
	 * The '<em><b>TO BE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the customer should feel once the planned changes are made: a target, not a finding.
	 * <!-- end-model-doc -->
	 * @see #TO_BE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TO_BE_VALUE = 1;

	/**
	 * An array of all the '<em><b>Emotion State</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final EmotionState[] VALUES_ARRAY =
		new EmotionState[] {
			AS_IS,
			TO_BE,
		};

	/**
	 * A public read-only list of all the '<em><b>Emotion State</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<EmotionState> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Emotion State</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EmotionState get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EmotionState result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Emotion State</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EmotionState getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EmotionState result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Emotion State</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EmotionState get(int value) {
		switch (value) {
			case AS_IS_VALUE: return AS_IS;
			case TO_BE_VALUE: return TO_BE;
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
	private EmotionState(int value, String name, String literal) {
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
	
} //EmotionState
