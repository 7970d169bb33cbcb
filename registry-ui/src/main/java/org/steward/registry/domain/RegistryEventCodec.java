package org.steward.registry.domain;

import org.steward.core.chain.logs.EventMeta;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hash32;

/**
 * An event's fields (all but its {@link EventMeta}) as text and back, for storage: decimal numbers,
 * lower-case addresses, 0x hashes, status names. Driven by the records' components, so a new event
 * record is stored without a line here.
 */
public final class RegistryEventCodec {

    private record Shape(RecordComponent[] fields, Constructor<?> constructor) {
    }

    private static final Map<String, Class<?>> KINDS = new HashMap<>();
    private static final Map<Class<?>, Shape> SHAPES = new HashMap<>();

    static {
        for (Class<?> type : RegistryEvent.class.getPermittedSubclasses()) {
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
            }
            try {
                SHAPES.put(type, new Shape(components, type.getDeclaredConstructor(types)));
            } catch (NoSuchMethodException e) {
                throw new ExceptionInInitializerError(e);
            }
            KINDS.put(type.getSimpleName(), type);
        }
    }

    private RegistryEventCodec() {
    }

    public static List<String> fields(RegistryEvent event) {
        RecordComponent[] components = SHAPES.get(event.getClass()).fields();
        List<String> out = new ArrayList<>(components.length - 1);
        for (int i = 1; i < components.length; i++) {
            try {
                out.add(text(components[i].getAccessor().invoke(event)));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + components[i].getName() + " of " + event.kind(), e);
            }
        }
        return out;
    }

    /** @throws IllegalArgumentException when the kind is unknown or the fields do not fit it (a damaged row) */
    public static RegistryEvent event(String kind, EventMeta meta, List<String> fields) {
        Class<?> type = KINDS.get(kind);
        if (type == null) {
            throw new IllegalArgumentException("unknown registry event kind " + kind);
        }
        Shape shape = SHAPES.get(type);
        RecordComponent[] components = shape.fields();
        if (fields.size() != components.length - 1) {
            throw new IllegalArgumentException(kind + " has " + (components.length - 1) + " fields, not " + fields.size());
        }
        Object[] args = new Object[components.length];
        args[0] = meta;
        for (int i = 1; i < components.length; i++) {
            args[i] = value(components[i].getType(), fields.get(i - 1));
        }
        try {
            return (RegistryEvent) shape.constructor().newInstance(args);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalArgumentException("cannot rebuild " + kind + " from " + fields, e);
        }
    }

    private static String text(Object v) {
        if (v instanceof Address a) {
            return a.lowerHex();
        }
        if (v instanceof Hash32 h) {
            return h.hex();
        }
        if (v instanceof ModelStatus s) {
            return s.name();
        }
        return String.valueOf(v);
    }

    private static Object value(Class<?> type, String text) {
        if (type == BigInteger.class) {
            return new BigInteger(text);
        }
        if (type == Address.class) {
            return new Address(text);
        }
        if (type == Hash32.class) {
            return Hash32.parse(text);
        }
        if (type == ModelStatus.class) {
            return ModelStatus.valueOf(text);
        }
        if (type == long.class) {
            return Long.parseLong(text);
        }
        if (type == int.class) {
            return Integer.parseInt(text);
        }
        if (type == boolean.class) {
            return Boolean.parseBoolean(text);
        }
        if (type == String.class) {
            return text;
        }
        throw new IllegalStateException("no text form for " + type);
    }

    /** The model an event is about, for per-model queries; empty for events about no single model. */
    public static java.util.Optional<BigInteger> modelId(RegistryEvent event) {
        for (RecordComponent c : SHAPES.get(event.getClass()).fields()) {
            if (c.getName().equals("modelId")) {
                try {
                    return java.util.Optional.of((BigInteger) c.getAccessor().invoke(event));
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return java.util.Optional.empty();
    }
}
