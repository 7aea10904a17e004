package org.enlace.crm.common.control;

import java.beans.IntrospectionException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads and writes a record's property by its path (firstName, mailingAddress.city) through its
 * getters and setters, so an import fills a record the way a form does, with the same
 * normalisation in the setters.
 */
public final class Properties {

    private record Accessor(Method getter, Method setter) {}

    private static final ConcurrentHashMap<String, Accessor> ACCESSORS = new ConcurrentHashMap<>();

    private Properties() {}

    public static Object get(Object record, String path) {
        Object target = record;
        for (String part : path.split("\\.")) {
            if (target == null) {
                return null;
            }
            target = invoke(accessor(target.getClass(), part).getter(), target);
        }
        return target;
    }

    public static void set(Object record, String path, Object value) {
        int dot = path.lastIndexOf('.');
        Object target = dot < 0 ? record : get(record, path.substring(0, dot));
        Accessor accessor = accessor(target.getClass(), path.substring(dot + 1));
        invoke(accessor.setter(), target, value);
    }

    /** The type the setter takes. */
    public static Class<?> type(Class<?> type, String path) {
        Class<?> current = type;
        for (String part : path.split("\\.")) {
            current = accessor(current, part).getter().getReturnType();
        }
        return current;
    }

    private static Accessor accessor(Class<?> type, String property) {
        return ACCESSORS.computeIfAbsent(type.getName() + "#" + property, key -> {
            try {
                for (PropertyDescriptor d : Introspector.getBeanInfo(type).getPropertyDescriptors()) {
                    if (d.getName().equals(property)) {
                        return new Accessor(d.getReadMethod(), d.getWriteMethod());
                    }
                }
            } catch (IntrospectionException e) {
                throw new IllegalStateException(e);
            }
            throw new IllegalArgumentException("No property " + property + " on " + type.getSimpleName());
        });
    }

    private static Object invoke(Method method, Object target, Object... args) {
        if (method == null) {
            throw new IllegalArgumentException(
                    "Property not writable on " + target.getClass().getSimpleName());
        }
        try {
            return method.invoke(target, args);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
