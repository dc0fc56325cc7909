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
 * A representation of the literals of the enumeration '<em><b>Respondent Group</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Groups of respondents for customer research.
 * <!-- end-model-doc -->
 * @see org.cjmstudio.model.CjmPackage#getRespondentGroup()
 * @model
 * @generated
 */
public enum RespondentGroup implements Enumerator {
	/**
	 * The '<em><b>CURRENT CUSTOMERS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Current customers.
	 * <!-- end-model-doc -->
	 * @see #CURRENT_CUSTOMERS_VALUE
	 * @generated
	 * @ordered
	 */
	CURRENT_CUSTOMERS(0, "CURRENT_CUSTOMERS", "CURRENT_CUSTOMERS"),

	/**
	 * The '<em><b>FORMER CUSTOMERS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Customers who left.
	 * <!-- end-model-doc -->
	 * @see #FORMER_CUSTOMERS_VALUE
	 * @generated
	 * @ordered
	 */
	FORMER_CUSTOMERS(1, "FORMER_CUSTOMERS", "FORMER_CUSTOMERS"),

	/**
	 * The '<em><b>INTERESTED NON BUYERS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * People who showed interest but did not buy.
	 * <!-- end-model-doc -->
	 * @see #INTERESTED_NON_BUYERS_VALUE
	 * @generated
	 * @ordered
	 */
	INTERESTED_NON_BUYERS(2, "INTERESTED_NON_BUYERS", "INTERESTED_NON_BUYERS"),

	/**
	 * The '<em><b>COMPETITOR CUSTOMERS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Customers of competitors.
	 * <!-- end-model-doc -->
	 * @see #COMPETITOR_CUSTOMERS_VALUE
	 * @generated
	 * @ordered
	 */
	COMPETITOR_CUSTOMERS(3, "COMPETITOR_CUSTOMERS", "COMPETITOR_CUSTOMERS"),

	/**
	 * The '<em><b>PROSPECTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Potential customers who have not been in contact yet.
	 * <!-- end-model-doc -->
	 * @see #PROSPECTS_VALUE
	 * @generated
	 * @ordered
	 */
	PROSPECTS(4, "PROSPECTS", "PROSPECTS"),

	/**
	 * The '<em><b>FRONTLINE EMPLOYEES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Employees in contact with customers (sales, support).
	 * <!-- end-model-doc -->
	 * @see #FRONTLINE_EMPLOYEES_VALUE
	 * @generated
	 * @ordered
	 */
	FRONTLINE_EMPLOYEES(5, "FRONTLINE_EMPLOYEES", "FRONTLINE_EMPLOYEES"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other group.
	 * <!-- end-model-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(6, "OTHER", "OTHER");

	/**
	 * The '<em><b>CURRENT CUSTOMERS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Current customers.
	 * <!-- end-model-doc -->
	 * @see #CURRENT_CUSTOMERS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CURRENT_CUSTOMERS_VALUE = 0;

	/**
	 * The '<em><b>FORMER CUSTOMERS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Customers who left.
	 * <!-- end-model-doc -->
	 * @see #FORMER_CUSTOMERS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FORMER_CUSTOMERS_VALUE = 1;

	/**
	 * The '<em><b>INTERESTED NON BUYERS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * People who showed interest but did not buy.
	 * <!-- end-model-doc -->
	 * @see #INTERESTED_NON_BUYERS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INTERESTED_NON_BUYERS_VALUE = 2;

	/**
	 * The '<em><b>COMPETITOR CUSTOMERS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Customers of competitors.
	 * <!-- end-model-doc -->
	 * @see #COMPETITOR_CUSTOMERS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMPETITOR_CUSTOMERS_VALUE = 3;

	/**
	 * The '<em><b>PROSPECTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Potential customers who have not been in contact yet.
	 * <!-- end-model-doc -->
	 * @see #PROSPECTS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROSPECTS_VALUE = 4;

	/**
	 * The '<em><b>FRONTLINE EMPLOYEES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Employees in contact with customers (sales, support).
	 * <!-- end-model-doc -->
	 * @see #FRONTLINE_EMPLOYEES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FRONTLINE_EMPLOYEES_VALUE = 5;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other group.
	 * <!-- end-model-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 6;

	/**
	 * An array of all the '<em><b>Respondent Group</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final RespondentGroup[] VALUES_ARRAY =
		new RespondentGroup[] {
			CURRENT_CUSTOMERS,
			FORMER_CUSTOMERS,
			INTERESTED_NON_BUYERS,
			COMPETITOR_CUSTOMERS,
			PROSPECTS,
			FRONTLINE_EMPLOYEES,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Respondent Group</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<RespondentGroup> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Respondent Group</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RespondentGroup get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RespondentGroup result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Respondent Group</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RespondentGroup getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RespondentGroup result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Respondent Group</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RespondentGroup get(int value) {
		switch (value) {
			case CURRENT_CUSTOMERS_VALUE: return CURRENT_CUSTOMERS;
			case FORMER_CUSTOMERS_VALUE: return FORMER_CUSTOMERS;
			case INTERESTED_NON_BUYERS_VALUE: return INTERESTED_NON_BUYERS;
			case COMPETITOR_CUSTOMERS_VALUE: return COMPETITOR_CUSTOMERS;
			case PROSPECTS_VALUE: return PROSPECTS;
			case FRONTLINE_EMPLOYEES_VALUE: return FRONTLINE_EMPLOYEES;
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
	private RespondentGroup(int value, String name, String literal) {
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
	
} //RespondentGroup
