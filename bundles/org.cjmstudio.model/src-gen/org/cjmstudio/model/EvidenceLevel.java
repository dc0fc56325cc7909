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
 * A representation of the literals of the enumeration '<em><b>Evidence Level</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How well a barrier, emotion or persona is backed by what it cites, from weakest to strongest. Computed from the citations, never stored; exported to RDF.
 * <!-- end-model-doc -->
 * @see org.cjmstudio.model.CjmPackage#getEvidenceLevel()
 * @model
 * @generated
 */
public enum EvidenceLevel implements Enumerator {
	/**
	 * The '<em><b>ASSUMPTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Nothing cited, or nothing cited that rests on an interview or data: an assumption.
	 * <!-- end-model-doc -->
	 * @see #ASSUMPTION_VALUE
	 * @generated
	 * @ordered
	 */
	ASSUMPTION(0, "ASSUMPTION", "ASSUMPTION"),

	/**
	 * The '<em><b>DATA ONLY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Quantitative or operational data only (analytics, CRM, surveys), no interview: shows what happens, not why.
	 * <!-- end-model-doc -->
	 * @see #DATA_ONLY_VALUE
	 * @generated
	 * @ordered
	 */
	DATA_ONLY(1, "DATA_ONLY", "DATA_ONLY"),

	/**
	 * The '<em><b>ONE INTERVIEW</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One interview (directly, through a quote of it, or through an insight or study that rests on it).
	 * <!-- end-model-doc -->
	 * @see #ONE_INTERVIEW_VALUE
	 * @generated
	 * @ordered
	 */
	ONE_INTERVIEW(2, "ONE_INTERVIEW", "ONE_INTERVIEW"),

	/**
	 * The '<em><b>SEVERAL INTERVIEWS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Two or more different interviews, no quantitative data.
	 * <!-- end-model-doc -->
	 * @see #SEVERAL_INTERVIEWS_VALUE
	 * @generated
	 * @ordered
	 */
	SEVERAL_INTERVIEWS(3, "SEVERAL_INTERVIEWS", "SEVERAL_INTERVIEWS"),

	/**
	 * The '<em><b>INTERVIEWS AND DATA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Interviews and quantitative data together: the why and the how many.
	 * <!-- end-model-doc -->
	 * @see #INTERVIEWS_AND_DATA_VALUE
	 * @generated
	 * @ordered
	 */
	INTERVIEWS_AND_DATA(4, "INTERVIEWS_AND_DATA", "INTERVIEWS_AND_DATA");

	/**
	 * The '<em><b>ASSUMPTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Nothing cited, or nothing cited that rests on an interview or data: an assumption.
	 * <!-- end-model-doc -->
	 * @see #ASSUMPTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ASSUMPTION_VALUE = 0;

	/**
	 * The '<em><b>DATA ONLY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Quantitative or operational data only (analytics, CRM, surveys), no interview: shows what happens, not why.
	 * <!-- end-model-doc -->
	 * @see #DATA_ONLY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DATA_ONLY_VALUE = 1;

	/**
	 * The '<em><b>ONE INTERVIEW</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One interview (directly, through a quote of it, or through an insight or study that rests on it).
	 * <!-- end-model-doc -->
	 * @see #ONE_INTERVIEW
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ONE_INTERVIEW_VALUE = 2;

	/**
	 * The '<em><b>SEVERAL INTERVIEWS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Two or more different interviews, no quantitative data.
	 * <!-- end-model-doc -->
	 * @see #SEVERAL_INTERVIEWS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SEVERAL_INTERVIEWS_VALUE = 3;

	/**
	 * The '<em><b>INTERVIEWS AND DATA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Interviews and quantitative data together: the why and the how many.
	 * <!-- end-model-doc -->
	 * @see #INTERVIEWS_AND_DATA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INTERVIEWS_AND_DATA_VALUE = 4;

	/**
	 * An array of all the '<em><b>Evidence Level</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final EvidenceLevel[] VALUES_ARRAY =
		new EvidenceLevel[] {
			ASSUMPTION,
			DATA_ONLY,
			ONE_INTERVIEW,
			SEVERAL_INTERVIEWS,
			INTERVIEWS_AND_DATA,
		};

	/**
	 * A public read-only list of all the '<em><b>Evidence Level</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<EvidenceLevel> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Evidence Level</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EvidenceLevel get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EvidenceLevel result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Evidence Level</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EvidenceLevel getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EvidenceLevel result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Evidence Level</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EvidenceLevel get(int value) {
		switch (value) {
			case ASSUMPTION_VALUE: return ASSUMPTION;
			case DATA_ONLY_VALUE: return DATA_ONLY;
			case ONE_INTERVIEW_VALUE: return ONE_INTERVIEW;
			case SEVERAL_INTERVIEWS_VALUE: return SEVERAL_INTERVIEWS;
			case INTERVIEWS_AND_DATA_VALUE: return INTERVIEWS_AND_DATA;
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
	private EvidenceLevel(int value, String name, String literal) {
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
	
} //EvidenceLevel
