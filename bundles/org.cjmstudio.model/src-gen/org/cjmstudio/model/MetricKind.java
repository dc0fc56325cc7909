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
 * A representation of the literals of the enumeration '<em><b>Metric Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Kinds of metrics.
 * <!-- end-model-doc -->
 * @see org.cjmstudio.model.CjmPackage#getMetricKind()
 * @model
 * @generated
 */
public enum MetricKind implements Enumerator {
	/**
	 * The '<em><b>NPS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Net Promoter Score.
	 * <!-- end-model-doc -->
	 * @see #NPS_VALUE
	 * @generated
	 * @ordered
	 */
	NPS(0, "NPS", "NPS"),

	/**
	 * The '<em><b>CONVERSION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Conversion rate.
	 * <!-- end-model-doc -->
	 * @see #CONVERSION_VALUE
	 * @generated
	 * @ordered
	 */
	CONVERSION(1, "CONVERSION", "CONVERSION"),

	/**
	 * The '<em><b>DROP OFF RATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Drop-off (abandonment) rate.
	 * <!-- end-model-doc -->
	 * @see #DROP_OFF_RATE_VALUE
	 * @generated
	 * @ordered
	 */
	DROP_OFF_RATE(2, "DROP_OFF_RATE", "DROP_OFF_RATE"),

	/**
	 * The '<em><b>CSAT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Customer satisfaction score.
	 * <!-- end-model-doc -->
	 * @see #CSAT_VALUE
	 * @generated
	 * @ordered
	 */
	CSAT(3, "CSAT", "CSAT"),

	/**
	 * The '<em><b>CES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Customer effort score.
	 * <!-- end-model-doc -->
	 * @see #CES_VALUE
	 * @generated
	 * @ordered
	 */
	CES(4, "CES", "CES"),

	/**
	 * The '<em><b>RETENTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Retention rate.
	 * <!-- end-model-doc -->
	 * @see #RETENTION_VALUE
	 * @generated
	 * @ordered
	 */
	RETENTION(5, "RETENTION", "RETENTION"),

	/**
	 * The '<em><b>CHURN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Churn rate.
	 * <!-- end-model-doc -->
	 * @see #CHURN_VALUE
	 * @generated
	 * @ordered
	 */
	CHURN(6, "CHURN", "CHURN"),

	/**
	 * The '<em><b>REVENUE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Revenue.
	 * <!-- end-model-doc -->
	 * @see #REVENUE_VALUE
	 * @generated
	 * @ordered
	 */
	REVENUE(7, "REVENUE", "REVENUE"),

	/**
	 * The '<em><b>CUSTOM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other metric; the default.
	 * <!-- end-model-doc -->
	 * @see #CUSTOM_VALUE
	 * @generated
	 * @ordered
	 */
	CUSTOM(8, "CUSTOM", "CUSTOM");

	/**
	 * The '<em><b>NPS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Net Promoter Score.
	 * <!-- end-model-doc -->
	 * @see #NPS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NPS_VALUE = 0;

	/**
	 * The '<em><b>CONVERSION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Conversion rate.
	 * <!-- end-model-doc -->
	 * @see #CONVERSION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONVERSION_VALUE = 1;

	/**
	 * The '<em><b>DROP OFF RATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Drop-off (abandonment) rate.
	 * <!-- end-model-doc -->
	 * @see #DROP_OFF_RATE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DROP_OFF_RATE_VALUE = 2;

	/**
	 * The '<em><b>CSAT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Customer satisfaction score.
	 * <!-- end-model-doc -->
	 * @see #CSAT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CSAT_VALUE = 3;

	/**
	 * The '<em><b>CES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Customer effort score.
	 * <!-- end-model-doc -->
	 * @see #CES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CES_VALUE = 4;

	/**
	 * The '<em><b>RETENTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Retention rate.
	 * <!-- end-model-doc -->
	 * @see #RETENTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RETENTION_VALUE = 5;

	/**
	 * The '<em><b>CHURN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Churn rate.
	 * <!-- end-model-doc -->
	 * @see #CHURN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CHURN_VALUE = 6;

	/**
	 * The '<em><b>REVENUE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Revenue.
	 * <!-- end-model-doc -->
	 * @see #REVENUE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REVENUE_VALUE = 7;

	/**
	 * The '<em><b>CUSTOM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other metric; the default.
	 * <!-- end-model-doc -->
	 * @see #CUSTOM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CUSTOM_VALUE = 8;

	/**
	 * An array of all the '<em><b>Metric Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final MetricKind[] VALUES_ARRAY =
		new MetricKind[] {
			NPS,
			CONVERSION,
			DROP_OFF_RATE,
			CSAT,
			CES,
			RETENTION,
			CHURN,
			REVENUE,
			CUSTOM,
		};

	/**
	 * A public read-only list of all the '<em><b>Metric Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<MetricKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Metric Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MetricKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MetricKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Metric Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MetricKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MetricKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Metric Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MetricKind get(int value) {
		switch (value) {
			case NPS_VALUE: return NPS;
			case CONVERSION_VALUE: return CONVERSION;
			case DROP_OFF_RATE_VALUE: return DROP_OFF_RATE;
			case CSAT_VALUE: return CSAT;
			case CES_VALUE: return CES;
			case RETENTION_VALUE: return RETENTION;
			case CHURN_VALUE: return CHURN;
			case REVENUE_VALUE: return REVENUE;
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
	private MetricKind(int value, String name, String literal) {
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
	
} //MetricKind
