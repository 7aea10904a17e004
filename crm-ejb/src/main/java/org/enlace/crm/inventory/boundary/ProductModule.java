package org.enlace.crm.inventory.boundary;

import static org.enlace.crm.common.boundary.CsvColumn.date;
import static org.enlace.crm.common.boundary.CsvColumn.number;
import static org.enlace.crm.common.boundary.CsvColumn.picklist;
import static org.enlace.crm.common.boundary.CsvColumn.text;
import static org.enlace.crm.common.boundary.CsvColumn.yesNo;

import java.util.List;
import org.enlace.crm.common.boundary.DuplicateKey;
import org.enlace.crm.common.control.ModuleDeclaration;
import org.enlace.crm.common.control.ModuleDefinition;
import org.enlace.crm.common.control.ModuleDefinition.KeyIndex;
import org.enlace.crm.common.control.NumberSequences;
import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.common.entity.PicklistField;
import org.enlace.crm.inventory.entity.Product;

/** Productos, as the shared parts of the CRM know them. */
public final class ProductModule implements ModuleDeclaration {

    public static final ModuleDefinition DEFINITION = ModuleDefinition.of(
                    CrmModule.PRODUCTS, Product.class, "p", "product")
            .list(ProductService.LIST)
            .rules(
                    List.of("name"),
                    List.of(
                            "partNumber",
                            "active",
                            "category",
                            "manufacturer",
                            "vendorPartNumber",
                            "serialNumber",
                            "salesDates",
                            "supportDates",
                            "unitPrice",
                            "commissionRate",
                            "taxes",
                            "stock",
                            "usageUnit",
                            "glAccount",
                            "website",
                            "description"))
            .lookup("o", "p.ownerKey", "Owner")
            .columns(List.of(
                    text("p.number", null, "product.number"),
                    text("p.name", "name", "product.name"),
                    text("p.partNumber", "partNumber", "product.partNumber"),
                    yesNo("p.active", "active", "product.active"),
                    picklist("p.category", PicklistField.PRODUCT_CATEGORY, "product.category"),
                    picklist("p.manufacturer", PicklistField.PRODUCT_MANUFACTURER, "product.manufacturer"),
                    text("p.vendorPartNumber", "vendorPartNumber", "product.vendorPartNumber"),
                    text("p.serialNumber", "serialNumber", "product.serialNumber"),
                    date("p.salesStart", "salesDates", "product.salesStart"),
                    date("p.salesEnd", "salesDates", "product.salesEnd"),
                    date("p.supportStart", "supportDates", "product.supportStart"),
                    date("p.supportEnd", "supportDates", "product.supportEnd"),
                    number("p.unitPrice", "unitPrice", "product.unitPrice"),
                    number("p.commissionRate", "commissionRate", "product.commissionRate"),
                    number("p.quantityInStock", "stock", "product.quantityInStock"),
                    number("p.reorderLevel", "stock", "product.reorderLevel"),
                    number("p.quantityPerUnit", "stock", "product.quantityPerUnit"),
                    picklist("p.usageUnit", PicklistField.PRODUCT_USAGE_UNIT, "product.usageUnit"),
                    picklist("p.glAccount", PicklistField.PRODUCT_GL_ACCOUNT, "product.glAccount"),
                    text("p.website", "website", "product.website"),
                    text("p.description", "description", "product.description"),
                    text("o.displayName", null, "common.owner")))
            .importedLinks("owner.displayName")
            .sequence(NumberSequences.PRODUCT, "crm_product")
            .duplicateKey(DuplicateKey.NAME, new KeyIndex("name", "name", "ix_crm_product_name"))
            .dependents("crm_product_tax.product_id", "crm_product_price.product_id", "crm_product_image.product_id")
            .build();

    @Override
    public ModuleDefinition definition() {
        return DEFINITION;
    }
}
