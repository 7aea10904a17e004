package org.enlace.crm.settings.control;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.enlace.crm.security.entity.CrmModule;

/** Refuses calls to the services of a module that is off (see {@link ModuleGuarded}). */
@Interceptor
@ModuleGuarded(CrmModule.ACCOUNTS)
@Priority(Interceptor.Priority.APPLICATION)
public class ModuleGuard {

    @Inject
    ModuleSwitch modules;

    /** The module each guarded method belongs to, looked up once per method. */
    private static final Map<Method, Optional<CrmModule>> MODULES = new ConcurrentHashMap<>();

    @AroundInvoke
    Object check(InvocationContext call) throws Exception {
        MODULES.computeIfAbsent(call.getMethod(), ModuleGuard::moduleOf).ifPresent(modules::require);
        return call.proceed();
    }

    private static Optional<CrmModule> moduleOf(Method method) {
        ModuleGuarded guarded = method.getAnnotation(ModuleGuarded.class);
        Class<?> type = method.getDeclaringClass();
        while (guarded == null && type != null) {
            guarded = type.getAnnotation(ModuleGuarded.class);
            type = type.getSuperclass();
        }
        return Optional.ofNullable(guarded).map(ModuleGuarded::value);
    }
}
