package org.enlace.crm.settings.control;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.enlace.crm.common.entity.CrmModule;

/** Marks a module's boundary service: while the module is off, every call is refused. */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ModuleGuarded {

    @Nonbinding
    CrmModule value();
}
