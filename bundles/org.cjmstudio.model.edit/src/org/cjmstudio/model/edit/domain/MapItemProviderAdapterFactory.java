package org.cjmstudio.model.edit.domain;

import org.cjmstudio.model.edit.emotions.EmotionPointItemProvider;
import org.cjmstudio.model.edit.provider.CjmItemProviderAdapterFactory;
import org.eclipse.emf.common.notify.Adapter;

/**
 * The generated item providers, with hand-written ones where the generated behaviour is not what users need (the
 * "Spec" pattern: the generated code stays as generated, behaviour lives in subclasses in {@code src/}).
 */
public class MapItemProviderAdapterFactory extends CjmItemProviderAdapterFactory {

	@Override
	public Adapter createEmotionAdapter() {
		if (emotionItemProvider == null) {
			emotionItemProvider = new EmotionPointItemProvider(this);
		}
		return emotionItemProvider;
	}
}
