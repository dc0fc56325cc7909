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
 * A representation of the literals of the enumeration '<em><b>Insight Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Kinds of patterns found in research.
 * <!-- end-model-doc -->
 * @see org.cjmstudio.model.CjmPackage#getInsightKind()
 * @model
 * @generated
 */
public enum InsightKind implements Enumerator {
	/**
	 * The '<em><b>REPEATED WORDING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Words or phrases many respondents use.
	 * <!-- end-model-doc -->
	 * @see #REPEATED_WORDING_VALUE
	 * @generated
	 * @ordered
	 */
	REPEATED_WORDING(0, "REPEATED_WORDING", "REPEATED_WORDING"),

	/**
	 * The '<em><b>FEAR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A fear respondents share.
	 * <!-- end-model-doc -->
	 * @see #FEAR_VALUE
	 * @generated
	 * @ordered
	 */
	FEAR(1, "FEAR", "FEAR"),

	/**
	 * The '<em><b>DOUBT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A doubt respondents share.
	 * <!-- end-model-doc -->
	 * @see #DOUBT_VALUE
	 * @generated
	 * @ordered
	 */
	DOUBT(2, "DOUBT", "DOUBT"),

	/**
	 * The '<em><b>REFUSAL REASON</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A reason why respondents did not buy or left.
	 * <!-- end-model-doc -->
	 * @see #REFUSAL_REASON_VALUE
	 * @generated
	 * @ordered
	 */
	REFUSAL_REASON(3, "REFUSAL_REASON", "REFUSAL_REASON"),

	/**
	 * The '<em><b>NEED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A need respondents share.
	 * <!-- end-model-doc -->
	 * @see #NEED_VALUE
	 * @generated
	 * @ordered
	 */
	NEED(4, "NEED", "NEED"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other pattern; the default.
	 * <!-- end-model-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(5, "OTHER", "OTHER");

	/**
	 * The '<em><b>REPEATED WORDING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Words or phrases many respondents use.
	 * <!-- end-model-doc -->
	 * @see #REPEATED_WORDING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REPEATED_WORDING_VALUE = 0;

	/**
	 * The '<em><b>FEAR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A fear respondents share.
	 * <!-- end-model-doc -->
	 * @see #FEAR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FEAR_VALUE = 1;

	/**
	 * The '<em><b>DOUBT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A doubt respondents share.
	 * <!-- end-model-doc -->
	 * @see #DOUBT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DOUBT_VALUE = 2;

	/**
	 * The '<em><b>REFUSAL REASON</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A reason why respondents did not buy or left.
	 * <!-- end-model-doc -->
	 * @see #REFUSAL_REASON
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REFUSAL_REASON_VALUE = 3;

	/**
	 * The '<em><b>NEED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A need respondents share.
	 * <!-- end-model-doc -->
	 * @see #NEED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NEED_VALUE = 4;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other pattern; the default.
	 * <!-- end-model-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 5;

	/**
	 * An array of all the '<em><b>Insight Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final InsightKind[] VALUES_ARRAY =
		new InsightKind[] {
			REPEATED_WORDING,
			FEAR,
			DOUBT,
			REFUSAL_REASON,
			NEED,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Insight Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<InsightKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Insight Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InsightKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InsightKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Insight Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InsightKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InsightKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Insight Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InsightKind get(int value) {
		switch (value) {
			case REPEATED_WORDING_VALUE: return REPEATED_WORDING;
			case FEAR_VALUE: return FEAR;
			case DOUBT_VALUE: return DOUBT;
			case REFUSAL_REASON_VALUE: return REFUSAL_REASON;
			case NEED_VALUE: return NEED;
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
	private InsightKind(int value, String name, String literal) {
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
	
} //InsightKind
