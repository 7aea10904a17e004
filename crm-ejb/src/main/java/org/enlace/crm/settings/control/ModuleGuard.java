package org.enlace.crm.settings.control;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.enlace.crm.security.entity.CrmModule;

/** Refuses calls to the services of a module that is off (see {@link ModuleGuarded}). */
@Interceptor
@ModuleGuarded(CrmModule.ACCOUNTS)
@Priority(Interceptor.Priority.APPLICATION)
public class ModuleGuard {

    @Inject
    ModuleSwitch modules;

    @AroundInvoke
    Object check(InvocationContext call) throws Exception {
        ModuleGuarded guarded = call.getMethod().getAnnotation(ModuleGuarded.class);
        Class<?> type = call.getMethod().getDeclaringClass();
        while (guarded == null && type != null) {
            guarded = type.getAnnotation(ModuleGuarded.class);
            type = type.getSuperclass();
        }
        if (guarded != null) {
            modules.require(guarded.value());
        }
        return call.proceed();
    }
}
