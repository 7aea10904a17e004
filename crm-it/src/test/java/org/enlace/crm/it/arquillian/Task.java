package org.enlace.crm.it.arquillian;

/** Work done under a run-as identity. */
@FunctionalInterface
public interface Task<T> {
    T call() throws Exception;
}
