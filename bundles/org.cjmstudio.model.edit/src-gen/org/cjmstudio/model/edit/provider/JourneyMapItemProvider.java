/**
 * Copyright (c) the CJM Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cjmstudio.model.edit.provider;


import java.util.Collection;
import java.util.List;

import org.cjmstudio.model.CjmFactory;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.JourneyMap;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link org.cjmstudio.model.JourneyMap} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class JourneyMapItemProvider extends CjmElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public JourneyMapItemProvider(AdapterFactory adapterFactory) {
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

			addTitlePropertyDescriptor(object);
			addDescriptionPropertyDescriptor(object);
			addScopePropertyDescriptor(object);
			addOwnerPropertyDescriptor(object);
			addTeamPropertyDescriptor(object);
			addCreatedPropertyDescriptor(object);
			addModifiedPropertyDescriptor(object);
			addStatusPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Title feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTitlePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_JourneyMap_title_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_JourneyMap_title_feature", "_UI_JourneyMap_type"),
				 CjmPackage.Literals.JOURNEY_MAP__TITLE,
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
				 getString("_UI_JourneyMap_description_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_JourneyMap_description_feature", "_UI_JourneyMap_type"),
				 CjmPackage.Literals.JOURNEY_MAP__DESCRIPTION,
				 true,
				 true,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Scope feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addScopePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_JourneyMap_scope_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_JourneyMap_scope_feature", "_UI_JourneyMap_type"),
				 CjmPackage.Literals.JOURNEY_MAP__SCOPE,
				 true,
				 true,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Owner feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOwnerPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_JourneyMap_owner_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_JourneyMap_owner_feature", "_UI_JourneyMap_type"),
				 CjmPackage.Literals.JOURNEY_MAP__OWNER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Team feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTeamPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_JourneyMap_team_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_JourneyMap_team_feature", "_UI_JourneyMap_type"),
				 CjmPackage.Literals.JOURNEY_MAP__TEAM,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Created feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCreatedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_JourneyMap_created_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_JourneyMap_created_feature", "_UI_JourneyMap_type"),
				 CjmPackage.Literals.JOURNEY_MAP__CREATED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Modified feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addModifiedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_JourneyMap_modified_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_JourneyMap_modified_feature", "_UI_JourneyMap_type"),
				 CjmPackage.Literals.JOURNEY_MAP__MODIFIED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Status feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStatusPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_JourneyMap_status_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_JourneyMap_status_feature", "_UI_JourneyMap_type"),
				 CjmPackage.Literals.JOURNEY_MAP__STATUS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
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
			childrenFeatures.add(CjmPackage.Literals.JOURNEY_MAP__PERSONAS);
			childrenFeatures.add(CjmPackage.Literals.JOURNEY_MAP__STAGES);
			childrenFeatures.add(CjmPackage.Literals.JOURNEY_MAP__CHANNELS);
			childrenFeatures.add(CjmPackage.Literals.JOURNEY_MAP__STUDIES);
			childrenFeatures.add(CjmPackage.Literals.JOURNEY_MAP__DATA_SOURCES);
			childrenFeatures.add(CjmPackage.Literals.JOURNEY_MAP__INSIGHTS);
			childrenFeatures.add(CjmPackage.Literals.JOURNEY_MAP__OPPORTUNITIES);
			childrenFeatures.add(CjmPackage.Literals.JOURNEY_MAP__METRICS);
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
	 * This returns JourneyMap.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/JourneyMap"));
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
		String label = ((JourneyMap)object).getTitle();
		return label == null || label.length() == 0 ?
			getString("_UI_JourneyMap_type") :
			getString("_UI_JourneyMap_type") + " " + label;
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

		switch (notification.getFeatureID(JourneyMap.class)) {
			case CjmPackage.JOURNEY_MAP__TITLE:
			case CjmPackage.JOURNEY_MAP__DESCRIPTION:
			case CjmPackage.JOURNEY_MAP__SCOPE:
			case CjmPackage.JOURNEY_MAP__OWNER:
			case CjmPackage.JOURNEY_MAP__TEAM:
			case CjmPackage.JOURNEY_MAP__CREATED:
			case CjmPackage.JOURNEY_MAP__MODIFIED:
			case CjmPackage.JOURNEY_MAP__STATUS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case CjmPackage.JOURNEY_MAP__PERSONAS:
			case CjmPackage.JOURNEY_MAP__STAGES:
			case CjmPackage.JOURNEY_MAP__CHANNELS:
			case CjmPackage.JOURNEY_MAP__STUDIES:
			case CjmPackage.JOURNEY_MAP__DATA_SOURCES:
			case CjmPackage.JOURNEY_MAP__INSIGHTS:
			case CjmPackage.JOURNEY_MAP__OPPORTUNITIES:
			case CjmPackage.JOURNEY_MAP__METRICS:
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
				(CjmPackage.Literals.JOURNEY_MAP__PERSONAS,
				 CjmFactory.eINSTANCE.createPersona()));

		newChildDescriptors.add
			(createChildParameter
				(CjmPackage.Literals.JOURNEY_MAP__STAGES,
				 CjmFactory.eINSTANCE.createStage()));

		newChildDescriptors.add
			(createChildParameter
				(CjmPackage.Literals.JOURNEY_MAP__CHANNELS,
				 CjmFactory.eINSTANCE.createChannel()));

		newChildDescriptors.add
			(createChildParameter
				(CjmPackage.Literals.JOURNEY_MAP__STUDIES,
				 CjmFactory.eINSTANCE.createResearchStudy()));

		newChildDescriptors.add
			(createChildParameter
				(CjmPackage.Literals.JOURNEY_MAP__DATA_SOURCES,
				 CjmFactory.eINSTANCE.createDataSource()));

		newChildDescriptors.add
			(createChildParameter
				(CjmPackage.Literals.JOURNEY_MAP__INSIGHTS,
				 CjmFactory.eINSTANCE.createInsight()));

		newChildDescriptors.add
			(createChildParameter
				(CjmPackage.Literals.JOURNEY_MAP__OPPORTUNITIES,
				 CjmFactory.eINSTANCE.createOpportunity()));

		newChildDescriptors.add
			(createChildParameter
				(CjmPackage.Literals.JOURNEY_MAP__METRICS,
				 CjmFactory.eINSTANCE.createMetric()));
	}

}
