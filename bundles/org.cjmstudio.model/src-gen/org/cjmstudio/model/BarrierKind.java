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
 * A representation of the literals of the enumeration '<em><b>Barrier Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Kinds of barriers and pain points.
 * <!-- end-model-doc -->
 * @see org.cjmstudio.model.CjmPackage#getBarrierKind()
 * @model
 * @generated
 */
public enum BarrierKind implements Enumerator {
	/**
	 * The '<em><b>LONG WAIT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The customer has to wait too long.
	 * <!-- end-model-doc -->
	 * @see #LONG_WAIT_VALUE
	 * @generated
	 * @ordered
	 */
	LONG_WAIT(0, "LONG_WAIT", "LONG_WAIT"),

	/**
	 * The '<em><b>MISSING INFORMATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Information the customer needs is missing or hard to find.
	 * <!-- end-model-doc -->
	 * @see #MISSING_INFORMATION_VALUE
	 * @generated
	 * @ordered
	 */
	MISSING_INFORMATION(1, "MISSING_INFORMATION", "MISSING_INFORMATION"),

	/**
	 * The '<em><b>COMPLEX REGISTRATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Registration, forms or paperwork are too complex.
	 * <!-- end-model-doc -->
	 * @see #COMPLEX_REGISTRATION_VALUE
	 * @generated
	 * @ordered
	 */
	COMPLEX_REGISTRATION(2, "COMPLEX_REGISTRATION", "COMPLEX_REGISTRATION"),

	/**
	 * The '<em><b>OPAQUE PRICING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Prices and conditions are unclear.
	 * <!-- end-model-doc -->
	 * @see #OPAQUE_PRICING_VALUE
	 * @generated
	 * @ordered
	 */
	OPAQUE_PRICING(3, "OPAQUE_PRICING", "OPAQUE_PRICING"),

	/**
	 * The '<em><b>INCONSISTENT EXPERIENCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Channels or staff say or do different things.
	 * <!-- end-model-doc -->
	 * @see #INCONSISTENT_EXPERIENCE_VALUE
	 * @generated
	 * @ordered
	 */
	INCONSISTENT_EXPERIENCE(4, "INCONSISTENT_EXPERIENCE", "INCONSISTENT_EXPERIENCE"),

	/**
	 * The '<em><b>TECHNICAL FAILURE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Something does not work.
	 * <!-- end-model-doc -->
	 * @see #TECHNICAL_FAILURE_VALUE
	 * @generated
	 * @ordered
	 */
	TECHNICAL_FAILURE(5, "TECHNICAL_FAILURE", "TECHNICAL_FAILURE"),

	/**
	 * The '<em><b>POOR SUPPORT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The customer gets no or bad help.
	 * <!-- end-model-doc -->
	 * @see #POOR_SUPPORT_VALUE
	 * @generated
	 * @ordered
	 */
	POOR_SUPPORT(6, "POOR_SUPPORT", "POOR_SUPPORT"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other barrier; the default.
	 * <!-- end-model-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(7, "OTHER", "OTHER");

	/**
	 * The '<em><b>LONG WAIT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The customer has to wait too long.
	 * <!-- end-model-doc -->
	 * @see #LONG_WAIT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LONG_WAIT_VALUE = 0;

	/**
	 * The '<em><b>MISSING INFORMATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Information the customer needs is missing or hard to find.
	 * <!-- end-model-doc -->
	 * @see #MISSING_INFORMATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MISSING_INFORMATION_VALUE = 1;

	/**
	 * The '<em><b>COMPLEX REGISTRATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Registration, forms or paperwork are too complex.
	 * <!-- end-model-doc -->
	 * @see #COMPLEX_REGISTRATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMPLEX_REGISTRATION_VALUE = 2;

	/**
	 * The '<em><b>OPAQUE PRICING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Prices and conditions are unclear.
	 * <!-- end-model-doc -->
	 * @see #OPAQUE_PRICING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OPAQUE_PRICING_VALUE = 3;

	/**
	 * The '<em><b>INCONSISTENT EXPERIENCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Channels or staff say or do different things.
	 * <!-- end-model-doc -->
	 * @see #INCONSISTENT_EXPERIENCE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INCONSISTENT_EXPERIENCE_VALUE = 4;

	/**
	 * The '<em><b>TECHNICAL FAILURE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Something does not work.
	 * <!-- end-model-doc -->
	 * @see #TECHNICAL_FAILURE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TECHNICAL_FAILURE_VALUE = 5;

	/**
	 * The '<em><b>POOR SUPPORT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The customer gets no or bad help.
	 * <!-- end-model-doc -->
	 * @see #POOR_SUPPORT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int POOR_SUPPORT_VALUE = 6;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other barrier; the default.
	 * <!-- end-model-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 7;

	/**
	 * An array of all the '<em><b>Barrier Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final BarrierKind[] VALUES_ARRAY =
		new BarrierKind[] {
			LONG_WAIT,
			MISSING_INFORMATION,
			COMPLEX_REGISTRATION,
			OPAQUE_PRICING,
			INCONSISTENT_EXPERIENCE,
			TECHNICAL_FAILURE,
			POOR_SUPPORT,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Barrier Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<BarrierKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Barrier Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BarrierKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			BarrierKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Barrier Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BarrierKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			BarrierKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Barrier Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BarrierKind get(int value) {
		switch (value) {
			case LONG_WAIT_VALUE: return LONG_WAIT;
			case MISSING_INFORMATION_VALUE: return MISSING_INFORMATION;
			case COMPLEX_REGISTRATION_VALUE: return COMPLEX_REGISTRATION;
			case OPAQUE_PRICING_VALUE: return OPAQUE_PRICING;
			case INCONSISTENT_EXPERIENCE_VALUE: return INCONSISTENT_EXPERIENCE;
			case TECHNICAL_FAILURE_VALUE: return TECHNICAL_FAILURE;
			case POOR_SUPPORT_VALUE: return POOR_SUPPORT;
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
	private BarrierKind(int value, String name, String literal) {
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
	
} //BarrierKind
