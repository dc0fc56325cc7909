/**
 * Copyright (c) the CJM Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cjmstudio.model;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Metric</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A metric or KPI measured along the journey: its current value, its target and where the value comes from. Held by the map; the stage it is shown in is a reference.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cjmstudio.model.Metric#getName <em>Name</em>}</li>
 *   <li>{@link org.cjmstudio.model.Metric#getKind <em>Kind</em>}</li>
 *   <li>{@link org.cjmstudio.model.Metric#getValue <em>Value</em>}</li>
 *   <li>{@link org.cjmstudio.model.Metric#getTarget <em>Target</em>}</li>
 *   <li>{@link org.cjmstudio.model.Metric#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.cjmstudio.model.Metric#getDate <em>Date</em>}</li>
 *   <li>{@link org.cjmstudio.model.Metric#getStage <em>Stage</em>}</li>
 *   <li>{@link org.cjmstudio.model.Metric#getSource <em>Source</em>}</li>
 *   <li>{@link org.cjmstudio.model.Metric#getSourceNote <em>Source Note</em>}</li>
 * </ul>
 *
 * @see org.cjmstudio.model.CjmPackage#getMetric()
 * @model
 * @generated
 */
public interface Metric extends Card {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name of the metric, e.g. 'Online application conversion'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.cjmstudio.model.CjmPackage#getMetric_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Metric#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"CUSTOM"</code>.
	 * The literals are from the enumeration {@link org.cjmstudio.model.MetricKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Kind of metric.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.cjmstudio.model.MetricKind
	 * @see #setKind(MetricKind)
	 * @see org.cjmstudio.model.CjmPackage#getMetric_Kind()
	 * @model default="CUSTOM"
	 * @generated
	 */
	MetricKind getKind();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Metric#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.cjmstudio.model.MetricKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(MetricKind value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Current (last measured) value; empty if not yet measured.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(Double)
	 * @see org.cjmstudio.model.CjmPackage#getMetric_Value()
	 * @model
	 * @generated
	 */
	Double getValue();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Metric#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(Double value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Target value; empty if none is set.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target</em>' attribute.
	 * @see #setTarget(Double)
	 * @see org.cjmstudio.model.CjmPackage#getMetric_Target()
	 * @model
	 * @generated
	 */
	Double getTarget();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Metric#getTarget <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' attribute.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Double value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unit of value and target, e.g. '%', 'points', 'EUR'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see org.cjmstudio.model.CjmPackage#getMetric_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Metric#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the value was measured.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(Date)
	 * @see org.cjmstudio.model.CjmPackage#getMetric_Date()
	 * @model
	 * @generated
	 */
	Date getDate();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Metric#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(Date value);

	/**
	 * Returns the value of the '<em><b>Stage</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The stage in whose column the metric is shown; empty if it concerns the whole journey.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stage</em>' reference.
	 * @see #setStage(Stage)
	 * @see org.cjmstudio.model.CjmPackage#getMetric_Stage()
	 * @model
	 * @generated
	 */
	Stage getStage();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Metric#getStage <em>Stage</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stage</em>' reference.
	 * @see #getStage()
	 * @generated
	 */
	void setStage(Stage value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The data source or study the value comes from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(Evidence)
	 * @see org.cjmstudio.model.CjmPackage#getMetric_Source()
	 * @model
	 * @generated
	 */
	Evidence getSource();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Metric#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(Evidence value);

	/**
	 * Returns the value of the '<em><b>Source Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the value comes from, when it is not one of the map's evidence items.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Note</em>' attribute.
	 * @see #setSourceNote(String)
	 * @see org.cjmstudio.model.CjmPackage#getMetric_SourceNote()
	 * @model
	 * @generated
	 */
	String getSourceNote();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Metric#getSourceNote <em>Source Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Note</em>' attribute.
	 * @see #getSourceNote()
	 * @generated
	 */
	void setSourceNote(String value);

} // Metric
