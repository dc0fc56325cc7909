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
 * A representation of the literals of the enumeration '<em><b>Link Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How an element relates to an external record. Each kind corresponds to one RDF property.
 * <!-- end-model-doc -->
 * @see org.cjmstudio.model.CjmPackage#getLinkKind()
 * @model
 * @generated
 */
public enum LinkKind implements Enumerator {
	/**
	 * The '<em><b>SEE ALSO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The external record gives more information about the element (rdfs:seeAlso). The weakest claim, hence the default.
	 * <!-- end-model-doc -->
	 * @see #SEE_ALSO_VALUE
	 * @generated
	 * @ordered
	 */
	SEE_ALSO(0, "SEE_ALSO", "seeAlso"),

	/**
	 * The '<em><b>SAME AS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The element and the external record denote the very same thing (owl:sameAs).
	 * <!-- end-model-doc -->
	 * @see #SAME_AS_VALUE
	 * @generated
	 * @ordered
	 */
	SAME_AS(1, "SAME_AS", "sameAs"),

	/**
	 * The '<em><b>EXACT MATCH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The element and the external concept can be used interchangeably (skos:exactMatch).
	 * <!-- end-model-doc -->
	 * @see #EXACT_MATCH_VALUE
	 * @generated
	 * @ordered
	 */
	EXACT_MATCH(2, "EXACT_MATCH", "exactMatch"),

	/**
	 * The '<em><b>CLOSE MATCH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The element and the external concept are similar enough to be used interchangeably in some contexts (skos:closeMatch).
	 * <!-- end-model-doc -->
	 * @see #CLOSE_MATCH_VALUE
	 * @generated
	 * @ordered
	 */
	CLOSE_MATCH(3, "CLOSE_MATCH", "closeMatch");

	/**
	 * The '<em><b>SEE ALSO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The external record gives more information about the element (rdfs:seeAlso). The weakest claim, hence the default.
	 * <!-- end-model-doc -->
	 * @see #SEE_ALSO
	 * @model literal="seeAlso"
	 * @generated
	 * @ordered
	 */
	public static final int SEE_ALSO_VALUE = 0;

	/**
	 * The '<em><b>SAME AS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The element and the external record denote the very same thing (owl:sameAs).
	 * <!-- end-model-doc -->
	 * @see #SAME_AS
	 * @model literal="sameAs"
	 * @generated
	 * @ordered
	 */
	public static final int SAME_AS_VALUE = 1;

	/**
	 * The '<em><b>EXACT MATCH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The element and the external concept can be used interchangeably (skos:exactMatch).
	 * <!-- end-model-doc -->
	 * @see #EXACT_MATCH
	 * @model literal="exactMatch"
	 * @generated
	 * @ordered
	 */
	public static final int EXACT_MATCH_VALUE = 2;

	/**
	 * The '<em><b>CLOSE MATCH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The element and the external concept are similar enough to be used interchangeably in some contexts (skos:closeMatch).
	 * <!-- end-model-doc -->
	 * @see #CLOSE_MATCH
	 * @model literal="closeMatch"
	 * @generated
	 * @ordered
	 */
	public static final int CLOSE_MATCH_VALUE = 3;

	/**
	 * An array of all the '<em><b>Link Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final LinkKind[] VALUES_ARRAY =
		new LinkKind[] {
			SEE_ALSO,
			SAME_AS,
			EXACT_MATCH,
			CLOSE_MATCH,
		};

	/**
	 * A public read-only list of all the '<em><b>Link Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<LinkKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Link Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LinkKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LinkKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Link Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LinkKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LinkKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Link Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LinkKind get(int value) {
		switch (value) {
			case SEE_ALSO_VALUE: return SEE_ALSO;
			case SAME_AS_VALUE: return SAME_AS;
			case EXACT_MATCH_VALUE: return EXACT_MATCH;
			case CLOSE_MATCH_VALUE: return CLOSE_MATCH;
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
	private LinkKind(int value, String name, String literal) {
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
	
} //LinkKind
