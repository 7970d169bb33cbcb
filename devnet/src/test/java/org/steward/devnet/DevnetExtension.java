package org.steward.devnet;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test class a running devnet: declare a {@link Devnet} parameter (constructor,
 * {@code @BeforeAll} or test method) under {@code @ExtendWith(DevnetExtension.class)}. One devnet
 * per test class, started on first use and stopped when the class finishes.
 */
public final class DevnetExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(DevnetExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Devnet.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ExtensionContext classContext = classContext(context);
        return classContext.getStore(NAMESPACE)
                .getOrComputeIfAbsent("devnet", key -> new Running(Devnet.start(DevnetOptions.forTests())), Running.class)
                .devnet();
    }

    /** The enclosing class-level context, so every method of a class shares one devnet. */
    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext c = context;
        while (c.getTestMethod().isPresent() && c.getParent().isPresent()) {
            c = c.getParent().get();
        }
        return c;
    }

    /** Closed by JUnit when the class's store is discarded. */
    private record Running(Devnet devnet) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            devnet.close();
        }
    }
}
