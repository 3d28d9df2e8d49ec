package community.platform.runtime.messaging;

import org.springframework.kafka.listener.AbstractMessageListenerContainer;

/**
 * A service's change to the listener containers the binder makes for its bindings (the binder takes one customizer:
 * the platform's, which applies every bean of this type).
 */
@FunctionalInterface
public interface ContainerCustomization {

    void customize(AbstractMessageListenerContainer<?, ?> container, String destination, String group);
}
