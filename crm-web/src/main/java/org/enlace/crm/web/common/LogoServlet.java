package org.enlace.crm.web.common;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.enlace.crm.settings.boundary.CompanyService;
import org.enlace.crm.settings.entity.CompanyLogo;

/**
 * The company logo, as stored after its checks (always a re-encoded PNG or JPEG). Its URL carries
 * the logo's version, so it is cached for a long time and a new logo shows at once.
 */
@WebServlet("/company-logo")
public class LogoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    CompanyService company;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        CompanyLogo logo = company.logo();
        if (logo == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] content = logo.getContent();
        response.setContentType(logo.getMediaType());
        response.setContentLength(content.length);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", "inline; filename=\"logo\"");
        response.setHeader(
                "Cache-Control", request.getParameter("v") == null ? "private, no-cache" : "private, max-age=31536000");
        response.getOutputStream().write(content);
    }
}
