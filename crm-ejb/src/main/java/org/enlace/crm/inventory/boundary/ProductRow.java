package org.enlace.crm.inventory.boundary;

import java.math.BigDecimal;
import org.enlace.crm.common.boundary.ListRow;

/** A product as the Productos list shows it. */
public final class ProductRow implements ListRow {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String number;
    private final String name;
    private final String partNumber;
    private final String category;
    private final BigDecimal unitPrice;
    private final BigDecimal quantityInStock;
    private final boolean active;
    private final String ownerName;

    public ProductRow(
            long id,
            String number,
            String name,
            String partNumber,
            String category,
            BigDecimal unitPrice,
            BigDecimal quantityInStock,
            boolean active,
            String ownerName) {
        this.id = id;
        this.number = number;
        this.name = name;
        this.partNumber = partNumber;
        this.category = category;
        this.unitPrice = unitPrice;
        this.quantityInStock = quantityInStock;
        this.active = active;
        this.ownerName = ownerName;
    }

    @Override
    public long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public String getName() {
        return name;
    }

    public String getPartNumber() {
        return partNumber;
    }

    public String getCategory() {
        return category;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public BigDecimal getQuantityInStock() {
        return quantityInStock;
    }

    public boolean isActive() {
        return active;
    }

    public String getOwnerName() {
        return ownerName;
    }
}
