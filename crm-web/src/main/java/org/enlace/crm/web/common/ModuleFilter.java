package org.enlace.crm.web.common;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.enlace.crm.common.entity.CrmModule;

/**
 * The pages of a module that is off answer "module disabled" (a 404 that says so), whatever the
 * link that led there. The services refuse too: this only makes the answer clear.
 */
@WebFilter(urlPatterns = {"/contact/*", "/lead/*", "/opportunity/*", "/product/*", "/service/*"})
public class ModuleFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The request attribute the not-found page reads to say which module is off. */
    public static final String DISABLED = "crm.disabledModule";

    private static final Map<String, CrmModule> BY_FOLDER = Map.of(
            "/contact/", CrmModule.CONTACTS,
            "/lead/", CrmModule.LEADS,
            "/product/", CrmModule.PRODUCTS,
            "/service/", CrmModule.SERVICES);

    @Inject
    CurrentSettings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath();
        for (Map.Entry<String, CrmModule> folder : BY_FOLDER.entrySet()) {
            if (path.startsWith(folder.getKey())
                    && request.getUserPrincipal() != null
                    && !settings.get().enabled(folder.getValue())) {
                disabled(request, response, folder.getValue().name());
                return;
            }
        }
        chain.doFilter(request, response);
    }

    public static void disabled(HttpServletRequest request, HttpServletResponse response, String module)
            throws IOException {
        request.setAttribute(DISABLED, module);
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
