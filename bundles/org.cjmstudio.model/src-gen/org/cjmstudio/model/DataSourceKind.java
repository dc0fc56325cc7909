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
 * A representation of the literals of the enumeration '<em><b>Data Source Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Kinds of data sources.
 * <!-- end-model-doc -->
 * @see org.cjmstudio.model.CjmPackage#getDataSourceKind()
 * @model
 * @generated
 */
public enum DataSourceKind implements Enumerator {
	/**
	 * The '<em><b>WEB ANALYTICS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Web or app analytics.
	 * <!-- end-model-doc -->
	 * @see #WEB_ANALYTICS_VALUE
	 * @generated
	 * @ordered
	 */
	WEB_ANALYTICS(0, "WEB_ANALYTICS", "WEB_ANALYTICS"),

	/**
	 * The '<em><b>CRM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Customer relationship management system.
	 * <!-- end-model-doc -->
	 * @see #CRM_VALUE
	 * @generated
	 * @ordered
	 */
	CRM(1, "CRM", "CRM"),

	/**
	 * The '<em><b>SURVEY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Survey.
	 * <!-- end-model-doc -->
	 * @see #SURVEY_VALUE
	 * @generated
	 * @ordered
	 */
	SURVEY(2, "SURVEY", "SURVEY"),

	/**
	 * The '<em><b>NPS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Net Promoter Score survey.
	 * <!-- end-model-doc -->
	 * @see #NPS_VALUE
	 * @generated
	 * @ordered
	 */
	NPS(3, "NPS", "NPS"),

	/**
	 * The '<em><b>HEATMAP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Click or scroll heatmaps.
	 * <!-- end-model-doc -->
	 * @see #HEATMAP_VALUE
	 * @generated
	 * @ordered
	 */
	HEATMAP(4, "HEATMAP", "HEATMAP"),

	/**
	 * The '<em><b>SESSION RECORDING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Session recordings.
	 * <!-- end-model-doc -->
	 * @see #SESSION_RECORDING_VALUE
	 * @generated
	 * @ordered
	 */
	SESSION_RECORDING(5, "SESSION_RECORDING", "SESSION_RECORDING"),

	/**
	 * The '<em><b>SALES TEAM INPUT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Input from the sales team.
	 * <!-- end-model-doc -->
	 * @see #SALES_TEAM_INPUT_VALUE
	 * @generated
	 * @ordered
	 */
	SALES_TEAM_INPUT(6, "SALES_TEAM_INPUT", "SALES_TEAM_INPUT"),

	/**
	 * The '<em><b>SUPPORT TICKETS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Support tickets and complaints.
	 * <!-- end-model-doc -->
	 * @see #SUPPORT_TICKETS_VALUE
	 * @generated
	 * @ordered
	 */
	SUPPORT_TICKETS(7, "SUPPORT_TICKETS", "SUPPORT_TICKETS"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other source; the default.
	 * <!-- end-model-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(8, "OTHER", "OTHER");

	/**
	 * The '<em><b>WEB ANALYTICS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Web or app analytics.
	 * <!-- end-model-doc -->
	 * @see #WEB_ANALYTICS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WEB_ANALYTICS_VALUE = 0;

	/**
	 * The '<em><b>CRM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Customer relationship management system.
	 * <!-- end-model-doc -->
	 * @see #CRM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CRM_VALUE = 1;

	/**
	 * The '<em><b>SURVEY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Survey.
	 * <!-- end-model-doc -->
	 * @see #SURVEY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SURVEY_VALUE = 2;

	/**
	 * The '<em><b>NPS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Net Promoter Score survey.
	 * <!-- end-model-doc -->
	 * @see #NPS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NPS_VALUE = 3;

	/**
	 * The '<em><b>HEATMAP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Click or scroll heatmaps.
	 * <!-- end-model-doc -->
	 * @see #HEATMAP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HEATMAP_VALUE = 4;

	/**
	 * The '<em><b>SESSION RECORDING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Session recordings.
	 * <!-- end-model-doc -->
	 * @see #SESSION_RECORDING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SESSION_RECORDING_VALUE = 5;

	/**
	 * The '<em><b>SALES TEAM INPUT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Input from the sales team.
	 * <!-- end-model-doc -->
	 * @see #SALES_TEAM_INPUT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SALES_TEAM_INPUT_VALUE = 6;

	/**
	 * The '<em><b>SUPPORT TICKETS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Support tickets and complaints.
	 * <!-- end-model-doc -->
	 * @see #SUPPORT_TICKETS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SUPPORT_TICKETS_VALUE = 7;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other source; the default.
	 * <!-- end-model-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 8;

	/**
	 * An array of all the '<em><b>Data Source Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DataSourceKind[] VALUES_ARRAY =
		new DataSourceKind[] {
			WEB_ANALYTICS,
			CRM,
			SURVEY,
			NPS,
			HEATMAP,
			SESSION_RECORDING,
			SALES_TEAM_INPUT,
			SUPPORT_TICKETS,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Data Source Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DataSourceKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Data Source Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DataSourceKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DataSourceKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Data Source Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DataSourceKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DataSourceKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Data Source Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DataSourceKind get(int value) {
		switch (value) {
			case WEB_ANALYTICS_VALUE: return WEB_ANALYTICS;
			case CRM_VALUE: return CRM;
			case SURVEY_VALUE: return SURVEY;
			case NPS_VALUE: return NPS;
			case HEATMAP_VALUE: return HEATMAP;
			case SESSION_RECORDING_VALUE: return SESSION_RECORDING;
			case SALES_TEAM_INPUT_VALUE: return SALES_TEAM_INPUT;
			case SUPPORT_TICKETS_VALUE: return SUPPORT_TICKETS;
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
	private DataSourceKind(int value, String name, String literal) {
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
	
} //DataSourceKind
