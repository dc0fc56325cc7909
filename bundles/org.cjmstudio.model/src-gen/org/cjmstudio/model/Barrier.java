/**
 * Copyright (c) the CJM Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cjmstudio.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Barrier</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A barrier or pain point: something that hinders the customer or makes them give up at a step or touchpoint.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cjmstudio.model.Barrier#getName <em>Name</em>}</li>
 *   <li>{@link org.cjmstudio.model.Barrier#getDescription <em>Description</em>}</li>
 *   <li>{@link org.cjmstudio.model.Barrier#getKind <em>Kind</em>}</li>
 *   <li>{@link org.cjmstudio.model.Barrier#getSeverity <em>Severity</em>}</li>
 *   <li>{@link org.cjmstudio.model.Barrier#getDropOffRate <em>Drop Off Rate</em>}</li>
 *   <li>{@link org.cjmstudio.model.Barrier#getDropOffNote <em>Drop Off Note</em>}</li>
 *   <li>{@link org.cjmstudio.model.Barrier#getStep <em>Step</em>}</li>
 *   <li>{@link org.cjmstudio.model.Barrier#getTouchpoint <em>Touchpoint</em>}</li>
 *   <li>{@link org.cjmstudio.model.Barrier#getEvidence <em>Evidence</em>}</li>
 * </ul>
 *
 * @see org.cjmstudio.model.CjmPackage#getBarrier()
 * @model
 * @generated
 */
public interface Barrier extends Card {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Short name of the barrier, e.g. 'Prices only after registration'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.cjmstudio.model.CjmPackage#getBarrier_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Barrier#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What exactly goes wrong for the customer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.cjmstudio.model.CjmPackage#getBarrier_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Barrier#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"OTHER"</code>.
	 * The literals are from the enumeration {@link org.cjmstudio.model.BarrierKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Kind of barrier.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.cjmstudio.model.BarrierKind
	 * @see #setKind(BarrierKind)
	 * @see org.cjmstudio.model.CjmPackage#getBarrier_Kind()
	 * @model default="OTHER"
	 * @generated
	 */
	BarrierKind getKind();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Barrier#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.cjmstudio.model.BarrierKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(BarrierKind value);

	/**
	 * Returns the value of the '<em><b>Severity</b></em>' attribute.
	 * The default value is <code>"MEDIUM"</code>.
	 * The literals are from the enumeration {@link org.cjmstudio.model.Severity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How badly the barrier hurts the customer and the business.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Severity</em>' attribute.
	 * @see org.cjmstudio.model.Severity
	 * @see #setSeverity(Severity)
	 * @see org.cjmstudio.model.CjmPackage#getBarrier_Severity()
	 * @model default="MEDIUM"
	 * @generated
	 */
	Severity getSeverity();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Barrier#getSeverity <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Severity</em>' attribute.
	 * @see org.cjmstudio.model.Severity
	 * @see #getSeverity()
	 * @generated
	 */
	void setSeverity(Severity value);

	/**
	 * Returns the value of the '<em><b>Drop Off Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Share of customers who give up at this barrier, in percent (0 to 100); empty if unknown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Drop Off Rate</em>' attribute.
	 * @see #setDropOffRate(Double)
	 * @see org.cjmstudio.model.CjmPackage#getBarrier_DropOffRate()
	 * @model dataType="org.cjmstudio.model.Percentage"
	 * @generated
	 */
	Double getDropOffRate();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Barrier#getDropOffRate <em>Drop Off Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Drop Off Rate</em>' attribute.
	 * @see #getDropOffRate()
	 * @generated
	 */
	void setDropOffRate(Double value);

	/**
	 * Returns the value of the '<em><b>Drop Off Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the drop-off was measured or estimated.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Drop Off Note</em>' attribute.
	 * @see #setDropOffNote(String)
	 * @see org.cjmstudio.model.CjmPackage#getBarrier_DropOffNote()
	 * @model
	 * @generated
	 */
	String getDropOffNote();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Barrier#getDropOffNote <em>Drop Off Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Drop Off Note</em>' attribute.
	 * @see #getDropOffNote()
	 * @generated
	 */
	void setDropOffNote(String value);

	/**
	 * Returns the value of the '<em><b>Step</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The step at which the barrier occurs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Step</em>' reference.
	 * @see #setStep(Step)
	 * @see org.cjmstudio.model.CjmPackage#getBarrier_Step()
	 * @model
	 * @generated
	 */
	Step getStep();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Barrier#getStep <em>Step</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Step</em>' reference.
	 * @see #getStep()
	 * @generated
	 */
	void setStep(Step value);

	/**
	 * Returns the value of the '<em><b>Touchpoint</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The touchpoint at which the barrier occurs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Touchpoint</em>' reference.
	 * @see #setTouchpoint(Touchpoint)
	 * @see org.cjmstudio.model.CjmPackage#getBarrier_Touchpoint()
	 * @model
	 * @generated
	 */
	Touchpoint getTouchpoint();

	/**
	 * Sets the value of the '{@link org.cjmstudio.model.Barrier#getTouchpoint <em>Touchpoint</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Touchpoint</em>' reference.
	 * @see #getTouchpoint()
	 * @generated
	 */
	void setTouchpoint(Touchpoint value);

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' reference list.
	 * The list contents are of type {@link org.cjmstudio.model.Evidence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The research and data that show this barrier.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Evidence</em>' reference list.
	 * @see org.cjmstudio.model.CjmPackage#getBarrier_Evidence()
	 * @model
	 * @generated
	 */
	EList<Evidence> getEvidence();

} // Barrier
