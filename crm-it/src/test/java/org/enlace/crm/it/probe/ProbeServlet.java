package org.enlace.crm.it.probe;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.enlace.crm.security.boundary.NewUser;
import org.enlace.crm.security.boundary.RoleNode;
import org.enlace.crm.security.boundary.RoleService;
import org.enlace.crm.security.boundary.UserService;

/**
 * Test-only module added to a copy of the EAR on Payara (which has no Arquillian adapter): calls
 * the administrators' UserService as whoever signed in, and says whether the EJB container let
 * the call through. GET lists users, POST creates a plain one.
 */
@WebServlet("/users")
@ServletSecurity(@HttpConstraint(rolesAllowed = "crm-user"))
public class ProbeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    UserService users;

    @EJB
    RoleService roles;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            int count = users.findAll().size();
            response.getWriter().print("allowed " + count);
        } catch (EJBAccessException e) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.getWriter().print("refused by the EJB container");
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        NewUser form = new NewUser();
        form.setUsername(request.getParameter("username"));
        form.setLastName("Sonda");
        form.setEmail(request.getParameter("username") + "@example.com");
        form.setPassword(request.getParameter("password"));
        try {
            List<RoleNode> tree = roles.tree();
            form.setRoleId(tree.get(tree.size() - 1).id());
            users.create(form);
            response.getWriter().print("created");
        } catch (EJBAccessException e) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.getWriter().print("refused by the EJB container");
        }
    }
}
