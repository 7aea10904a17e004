package org.enlace.crm.web.inventory;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.inventory.boundary.ProductRow;
import org.enlace.crm.inventory.boundary.ProductService;
import org.enlace.crm.web.common.FieldView;
import org.enlace.crm.web.common.LazyList;
import org.enlace.crm.web.common.ListPage;

/** Productos: the list. */
@Named
@ViewScoped
public class ProductListView extends ListPage<ProductRow> {

    private static final long serialVersionUID = 1L;

    private FieldView fields;

    @EJB
    ProductService products;

    @Override
    protected CrmModule exportModule() {
        return CrmModule.PRODUCTS;
    }

    @Override
    protected LazyList<ProductRow> createModel() {
        return new LazyList<>(products::rows, products::count);
    }

    public FieldView getFields() {
        if (fields == null) {
            fields = new FieldView(products.fieldRules());
        }
        return fields;
    }
}
