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
 * A representation of the literals of the enumeration '<em><b>Feeling</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Named feelings a customer may have along the journey, from positive to negative.
 * <!-- end-model-doc -->
 * @see org.cjmstudio.model.CjmPackage#getFeeling()
 * @model
 * @generated
 */
public enum Feeling implements Enumerator {
	/**
	 * The '<em><b>DELIGHT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Delight, enthusiasm.
	 * <!-- end-model-doc -->
	 * @see #DELIGHT_VALUE
	 * @generated
	 * @ordered
	 */
	DELIGHT(0, "DELIGHT", "DELIGHT"),

	/**
	 * The '<em><b>JOY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Joy, pleasure.
	 * <!-- end-model-doc -->
	 * @see #JOY_VALUE
	 * @generated
	 * @ordered
	 */
	JOY(1, "JOY", "JOY"),

	/**
	 * The '<em><b>SATISFACTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Satisfaction.
	 * <!-- end-model-doc -->
	 * @see #SATISFACTION_VALUE
	 * @generated
	 * @ordered
	 */
	SATISFACTION(2, "SATISFACTION", "SATISFACTION"),

	/**
	 * The '<em><b>TRUST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Trust, confidence.
	 * <!-- end-model-doc -->
	 * @see #TRUST_VALUE
	 * @generated
	 * @ordered
	 */
	TRUST(3, "TRUST", "TRUST"),

	/**
	 * The '<em><b>RELIEF</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Relief.
	 * <!-- end-model-doc -->
	 * @see #RELIEF_VALUE
	 * @generated
	 * @ordered
	 */
	RELIEF(4, "RELIEF", "RELIEF"),

	/**
	 * The '<em><b>INTEREST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Interest, curiosity.
	 * <!-- end-model-doc -->
	 * @see #INTEREST_VALUE
	 * @generated
	 * @ordered
	 */
	INTEREST(5, "INTEREST", "INTEREST"),

	/**
	 * The '<em><b>SURPRISE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Surprise.
	 * <!-- end-model-doc -->
	 * @see #SURPRISE_VALUE
	 * @generated
	 * @ordered
	 */
	SURPRISE(6, "SURPRISE", "SURPRISE"),

	/**
	 * The '<em><b>NEUTRAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * No particular feeling; the default.
	 * <!-- end-model-doc -->
	 * @see #NEUTRAL_VALUE
	 * @generated
	 * @ordered
	 */
	NEUTRAL(7, "NEUTRAL", "NEUTRAL"),

	/**
	 * The '<em><b>BOREDOM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Boredom, indifference.
	 * <!-- end-model-doc -->
	 * @see #BOREDOM_VALUE
	 * @generated
	 * @ordered
	 */
	BOREDOM(8, "BOREDOM", "BOREDOM"),

	/**
	 * The '<em><b>CONFUSION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Confusion.
	 * <!-- end-model-doc -->
	 * @see #CONFUSION_VALUE
	 * @generated
	 * @ordered
	 */
	CONFUSION(9, "CONFUSION", "CONFUSION"),

	/**
	 * The '<em><b>DOUBT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Doubt, hesitation.
	 * <!-- end-model-doc -->
	 * @see #DOUBT_VALUE
	 * @generated
	 * @ordered
	 */
	DOUBT(10, "DOUBT", "DOUBT"),

	/**
	 * The '<em><b>ANXIETY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Anxiety, worry.
	 * <!-- end-model-doc -->
	 * @see #ANXIETY_VALUE
	 * @generated
	 * @ordered
	 */
	ANXIETY(11, "ANXIETY", "ANXIETY"),

	/**
	 * The '<em><b>IRRITATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Irritation.
	 * <!-- end-model-doc -->
	 * @see #IRRITATION_VALUE
	 * @generated
	 * @ordered
	 */
	IRRITATION(12, "IRRITATION", "IRRITATION"),

	/**
	 * The '<em><b>FRUSTRATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Frustration.
	 * <!-- end-model-doc -->
	 * @see #FRUSTRATION_VALUE
	 * @generated
	 * @ordered
	 */
	FRUSTRATION(13, "FRUSTRATION", "FRUSTRATION"),

	/**
	 * The '<em><b>DISAPPOINTMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Disappointment.
	 * <!-- end-model-doc -->
	 * @see #DISAPPOINTMENT_VALUE
	 * @generated
	 * @ordered
	 */
	DISAPPOINTMENT(14, "DISAPPOINTMENT", "DISAPPOINTMENT"),

	/**
	 * The '<em><b>ANGER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Anger.
	 * <!-- end-model-doc -->
	 * @see #ANGER_VALUE
	 * @generated
	 * @ordered
	 */
	ANGER(15, "ANGER", "ANGER");

	/**
	 * The '<em><b>DELIGHT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Delight, enthusiasm.
	 * <!-- end-model-doc -->
	 * @see #DELIGHT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DELIGHT_VALUE = 0;

	/**
	 * The '<em><b>JOY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Joy, pleasure.
	 * <!-- end-model-doc -->
	 * @see #JOY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int JOY_VALUE = 1;

	/**
	 * The '<em><b>SATISFACTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Satisfaction.
	 * <!-- end-model-doc -->
	 * @see #SATISFACTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SATISFACTION_VALUE = 2;

	/**
	 * The '<em><b>TRUST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Trust, confidence.
	 * <!-- end-model-doc -->
	 * @see #TRUST
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TRUST_VALUE = 3;

	/**
	 * The '<em><b>RELIEF</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Relief.
	 * <!-- end-model-doc -->
	 * @see #RELIEF
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RELIEF_VALUE = 4;

	/**
	 * The '<em><b>INTEREST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Interest, curiosity.
	 * <!-- end-model-doc -->
	 * @see #INTEREST
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INTEREST_VALUE = 5;

	/**
	 * The '<em><b>SURPRISE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Surprise.
	 * <!-- end-model-doc -->
	 * @see #SURPRISE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SURPRISE_VALUE = 6;

	/**
	 * The '<em><b>NEUTRAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * No particular feeling; the default.
	 * <!-- end-model-doc -->
	 * @see #NEUTRAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NEUTRAL_VALUE = 7;

	/**
	 * The '<em><b>BOREDOM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Boredom, indifference.
	 * <!-- end-model-doc -->
	 * @see #BOREDOM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BOREDOM_VALUE = 8;

	/**
	 * The '<em><b>CONFUSION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Confusion.
	 * <!-- end-model-doc -->
	 * @see #CONFUSION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONFUSION_VALUE = 9;

	/**
	 * The '<em><b>DOUBT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Doubt, hesitation.
	 * <!-- end-model-doc -->
	 * @see #DOUBT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DOUBT_VALUE = 10;

	/**
	 * The '<em><b>ANXIETY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Anxiety, worry.
	 * <!-- end-model-doc -->
	 * @see #ANXIETY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ANXIETY_VALUE = 11;

	/**
	 * The '<em><b>IRRITATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Irritation.
	 * <!-- end-model-doc -->
	 * @see #IRRITATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int IRRITATION_VALUE = 12;

	/**
	 * The '<em><b>FRUSTRATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Frustration.
	 * <!-- end-model-doc -->
	 * @see #FRUSTRATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FRUSTRATION_VALUE = 13;

	/**
	 * The '<em><b>DISAPPOINTMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Disappointment.
	 * <!-- end-model-doc -->
	 * @see #DISAPPOINTMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DISAPPOINTMENT_VALUE = 14;

	/**
	 * The '<em><b>ANGER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Anger.
	 * <!-- end-model-doc -->
	 * @see #ANGER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ANGER_VALUE = 15;

	/**
	 * An array of all the '<em><b>Feeling</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Feeling[] VALUES_ARRAY =
		new Feeling[] {
			DELIGHT,
			JOY,
			SATISFACTION,
			TRUST,
			RELIEF,
			INTEREST,
			SURPRISE,
			NEUTRAL,
			BOREDOM,
			CONFUSION,
			DOUBT,
			ANXIETY,
			IRRITATION,
			FRUSTRATION,
			DISAPPOINTMENT,
			ANGER,
		};

	/**
	 * A public read-only list of all the '<em><b>Feeling</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Feeling> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Feeling</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Feeling get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Feeling result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Feeling</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Feeling getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Feeling result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Feeling</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Feeling get(int value) {
		switch (value) {
			case DELIGHT_VALUE: return DELIGHT;
			case JOY_VALUE: return JOY;
			case SATISFACTION_VALUE: return SATISFACTION;
			case TRUST_VALUE: return TRUST;
			case RELIEF_VALUE: return RELIEF;
			case INTEREST_VALUE: return INTEREST;
			case SURPRISE_VALUE: return SURPRISE;
			case NEUTRAL_VALUE: return NEUTRAL;
			case BOREDOM_VALUE: return BOREDOM;
			case CONFUSION_VALUE: return CONFUSION;
			case DOUBT_VALUE: return DOUBT;
			case ANXIETY_VALUE: return ANXIETY;
			case IRRITATION_VALUE: return IRRITATION;
			case FRUSTRATION_VALUE: return FRUSTRATION;
			case DISAPPOINTMENT_VALUE: return DISAPPOINTMENT;
			case ANGER_VALUE: return ANGER;
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
	private Feeling(int value, String name, String literal) {
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
	
} //Feeling
