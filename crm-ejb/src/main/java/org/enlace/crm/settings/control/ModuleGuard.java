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
import org.enlace.crm.common.entity.CrmModule;

/** Refuses calls to the services of a module that is off (see {@link ModuleGuarded}). */
@Interceptor
@ModuleGuarded(CrmModule.ACCOUNTS)
@Priority(Interceptor.Priority.APPLICATION)
public class ModuleGuard {

    @Inject
    ModuleSwitch modules;

    /** A method as called on one bean class: a shared record service's method serves many modules. */
    private record Target(Class<?> bean, Method method) {}

    /** The module each guarded method belongs to, looked up once per bean class and method. */
    private static final Map<Target, Optional<CrmModule>> MODULES = new ConcurrentHashMap<>();

    @AroundInvoke
    Object check(InvocationContext call) throws Exception {
        MODULES.computeIfAbsent(new Target(call.getTarget().getClass(), call.getMethod()), ModuleGuard::moduleOf)
                .ifPresent(modules::require);
        return call.proceed();
    }

    private static Optional<CrmModule> moduleOf(Target target) {
        ModuleGuarded guarded = target.method().getAnnotation(ModuleGuarded.class);
        Class<?> type = target.bean();
        while (guarded == null && type != null) {
            guarded = type.getAnnotation(ModuleGuarded.class);
            type = type.getSuperclass();
        }
        return Optional.ofNullable(guarded).map(ModuleGuarded::value);
    }
}
