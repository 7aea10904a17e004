package org.enlace.crm.web.inventory;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.enlace.crm.common.boundary.CrmException;
import org.enlace.crm.inventory.boundary.ProductService;
import org.enlace.crm.inventory.entity.ProductImage;

/** A product's picture, for those who may see the product; its version in the URL makes it cacheable. */
@WebServlet("/product/image")
public class ProductImageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    ProductService products;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ProductImage image;
        try {
            image = products.image(Long.parseLong(request.getParameter("id")));
        } catch (NumberFormatException | CrmException unknown) {
            image = null;
        }
        if (image == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] content = image.getContent();
        response.setContentType(image.getMediaType());
        response.setContentLength(content.length);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, max-age=31536000");
        response.getOutputStream().write(content);
    }
}
