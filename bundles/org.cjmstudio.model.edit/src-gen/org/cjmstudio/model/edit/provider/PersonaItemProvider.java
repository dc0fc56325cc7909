/**
 * Copyright (c) the CJM Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cjmstudio.model.edit.provider;


import java.util.Collection;
import java.util.List;

import org.cjmstudio.model.CjmFactory;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.Persona;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link org.cjmstudio.model.Persona} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class PersonaItemProvider extends CjmElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PersonaItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addNamePropertyDescriptor(object);
			addKindPropertyDescriptor(object);
			addPhotoPropertyDescriptor(object);
			addQuotePropertyDescriptor(object);
			addSegmentPropertyDescriptor(object);
			addDescriptionPropertyDescriptor(object);
			addGoalsPropertyDescriptor(object);
			addNeedsPropertyDescriptor(object);
			addPainsPropertyDescriptor(object);
			addFearsPropertyDescriptor(object);
			addValuesPropertyDescriptor(object);
			addMotivationsPropertyDescriptor(object);
			addEvidencePropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Persona_name_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Persona_name_feature", "_UI_Persona_type"),
				 CjmPackage.Literals.PERSONA__NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Kind feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addKindPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Persona_kind_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Persona_kind_feature", "_UI_Persona_type"),
				 CjmPackage.Literals.PERSONA__KIND,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Photo feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPhotoPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Persona_photo_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Persona_photo_feature", "_UI_Persona_type"),
				 CjmPackage.Literals.PERSONA__PHOTO,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Quote feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addQuotePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Persona_quote_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Persona_quote_feature", "_UI_Persona_type"),
				 CjmPackage.Literals.PERSONA__QUOTE,
				 true,
				 true,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Segment feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSegmentPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Persona_segment_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Persona_segment_feature", "_UI_Persona_type"),
				 CjmPackage.Literals.PERSONA__SEGMENT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Description feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDescriptionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Persona_description_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Persona_description_feature", "_UI_Persona_type"),
				 CjmPackage.Literals.PERSONA__DESCRIPTION,
				 true,
				 true,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Goals feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addGoalsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Persona_goals_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Persona_goals_feature", "_UI_Persona_type"),
				 CjmPackage.Literals.PERSONA__GOALS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Needs feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNeedsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Persona_needs_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Persona_needs_feature", "_UI_Persona_type"),
				 CjmPackage.Literals.PERSONA__NEEDS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Pains feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPainsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Persona_pains_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Persona_pains_feature", "_UI_Persona_type"),
				 CjmPackage.Literals.PERSONA__PAINS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Fears feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFearsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Persona_fears_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Persona_fears_feature", "_UI_Persona_type"),
				 CjmPackage.Literals.PERSONA__FEARS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Values feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addValuesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Persona_values_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Persona_values_feature", "_UI_Persona_type"),
				 CjmPackage.Literals.PERSONA__VALUES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Motivations feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMotivationsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Persona_motivations_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Persona_motivations_feature", "_UI_Persona_type"),
				 CjmPackage.Literals.PERSONA__MOTIVATIONS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Evidence feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEvidencePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Persona_evidence_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Persona_evidence_feature", "_UI_Persona_type"),
				 CjmPackage.Literals.PERSONA__EVIDENCE,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(CjmPackage.Literals.PERSONA__DEMOGRAPHICS);
			childrenFeatures.add(CjmPackage.Literals.PERSONA__LIFESTYLE);
			childrenFeatures.add(CjmPackage.Literals.PERSONA__DECISION_MAKING);
			childrenFeatures.add(CjmPackage.Literals.PERSONA__PSYCHOLOGY);
			childrenFeatures.add(CjmPackage.Literals.PERSONA__COMPANY);
			childrenFeatures.add(CjmPackage.Literals.PERSONA__BUYING_COMMITTEE);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Persona.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Persona"));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean shouldComposeCreationImage() {
		return true;
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Persona)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Persona_type") :
			getString("_UI_Persona_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(Persona.class)) {
			case CjmPackage.PERSONA__NAME:
			case CjmPackage.PERSONA__KIND:
			case CjmPackage.PERSONA__PHOTO:
			case CjmPackage.PERSONA__QUOTE:
			case CjmPackage.PERSONA__SEGMENT:
			case CjmPackage.PERSONA__DESCRIPTION:
			case CjmPackage.PERSONA__GOALS:
			case CjmPackage.PERSONA__NEEDS:
			case CjmPackage.PERSONA__PAINS:
			case CjmPackage.PERSONA__FEARS:
			case CjmPackage.PERSONA__VALUES:
			case CjmPackage.PERSONA__MOTIVATIONS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case CjmPackage.PERSONA__DEMOGRAPHICS:
			case CjmPackage.PERSONA__LIFESTYLE:
			case CjmPackage.PERSONA__DECISION_MAKING:
			case CjmPackage.PERSONA__PSYCHOLOGY:
			case CjmPackage.PERSONA__COMPANY:
			case CjmPackage.PERSONA__BUYING_COMMITTEE:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(CjmPackage.Literals.PERSONA__DEMOGRAPHICS,
				 CjmFactory.eINSTANCE.createDemographics()));

		newChildDescriptors.add
			(createChildParameter
				(CjmPackage.Literals.PERSONA__LIFESTYLE,
				 CjmFactory.eINSTANCE.createLifestyle()));

		newChildDescriptors.add
			(createChildParameter
				(CjmPackage.Literals.PERSONA__DECISION_MAKING,
				 CjmFactory.eINSTANCE.createDecisionMaking()));

		newChildDescriptors.add
			(createChildParameter
				(CjmPackage.Literals.PERSONA__PSYCHOLOGY,
				 CjmFactory.eINSTANCE.createPsychologicalProfile()));

		newChildDescriptors.add
			(createChildParameter
				(CjmPackage.Literals.PERSONA__COMPANY,
				 CjmFactory.eINSTANCE.createCompanyProfile()));

		newChildDescriptors.add
			(createChildParameter
				(CjmPackage.Literals.PERSONA__BUYING_COMMITTEE,
				 CjmFactory.eINSTANCE.createBuyingCommitteeRole()));
	}

}
